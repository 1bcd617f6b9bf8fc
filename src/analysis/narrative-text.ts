/**
 * Sentence and number scanning for the narrative checks (narrative.ts) and report-period: the fold of
 * a text for matching (full-width and traditional characters, every offset kept), its sentences, where
 * a number is followed by a unit word, the years a sentence mentions, a regex run over a text without
 * copies, and a sentence shortened around a phrase for quoting. Each is linear in its text.
 */
import { mapUnits, simplificationTable } from '../format/labels.js';
import { CN_NUMERAL_CHARS } from '../format/numerals.js';

/** The last character of every number NUMBER_PATTERN matches is one of these (a digit, 万/亿 or a Chinese numeral). */
const NUMBER_END = new Set([...'0123456789０１２３４５６７８９', ...CN_NUMERAL_CHARS]);
const SPACE = /\s/u;

/**
 * Where, in a folded section text, some unit word of each units name starts right after (optional
 * spaces and) a character that can end a number: sorted offsets per units name. NUMBER_PATTERN + `\s*`
 * + a unit word matching inside a sentence starts its unit at one of these offsets (looking back over
 * the whole text can only add offsets, never lose one), so a sentence holding none of them cannot be
 * matched by the patterns with `numberUnit` of that units name.
 */
export function numberUnitOffsets(s: string, unitWords: ReadonlyMap<string, readonly string[]>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [name, words] of unitWords) {
    const at: number[] = [];
    for (const w of words) {
      for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
        let k = i - 1;
        while (k >= 0 && SPACE.test(s[k]!)) k--;
        if (k >= 0 && NUMBER_END.has(s[k]!)) at.push(i);
      }
    }
    out.set(name, at.sort((a, b) => a - b));
  }
  return out;
}

/** Whether a sorted list holds a value in [from, to). */
export function anyIn(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! < to;
}

/** One sentence of a section: original text and its offset in the section text. */
export interface Sentence {
  text: string;
  start: number;
}

/** Full-width ASCII → half-width, ideographic space → space, traditional → simplified: one table. */
const FOLD = simplificationTable();
for (let c = 0xff01; c <= 0xff5e; c++) FOLD[c] = c - 0xfee0;
FOLD[0x3000] = 0x20;

/**
 * Folds full-width ASCII to half-width and traditional characters to simplified, keeping every offset
 * (one UTF-16 unit for one): the fold of a slice is the slice of the fold.
 */
export function foldForMatching(s: string): string {
  return mapUnits(s, FOLD);
}

const foldedTexts = new Map<string, string>();

/**
 * foldForMatching of a whole section text, remembered for the few texts of the report being checked
 * (the narrative scan and report-period both fold them). Huge texts are folded again rather than kept.
 */
export function foldedText(text: string): string {
  if (text.length > 100_000) return foldForMatching(text);
  let hit = foldedTexts.get(text);
  if (hit === undefined) {
    hit = foldForMatching(text);
    if (foldedTexts.size >= 16) foldedTexts.clear();
    foldedTexts.set(text, hit);
  }
  return hit;
}

/**
 * Spaces beside a number in running Chinese text: between a digit and a Chinese character or full-width
 * mark, either side ("受理政府信息公开申请 17 件", "2024 年"). Word and WPS documents carry them, typed or
 * set around the digits, and so do their PDFs' text layers; the report's phrases mean the same without
 * them. Spaces between two numbers, or a number and a Latin word, are kept: they separate what they stand
 * between. And a line break with the spaces around it: inside a sentence (see `sentences`) it is a line
 * wrapped where a paragraph ran on ("受理政府信息公开申\n请17件").
 */
// Each alternative starts only where its run of spaces starts (the lookbehinds): tried from inside a long
// run of spaces, `[ \t]*\n` would scan the rest of the run again at every position (quadratic; found by
// fuzzing: a 700 KB text with long runs of spaces took 50 s).
const TIGHTEN = /(?<![ \t\u00a0\r])[ \t\u00a0\r]*\n\s*|(?<=[0-9])[ \t\u00a0]+(?=[^\x00-\x7f]|%)|(?<=[^\x00-\x7f\s])[ \t\u00a0]+(?=[0-9])/gu;
/** A line break with the spaces around it, from where its spaces start (see TIGHTEN). */
const LINE_BREAK = /(?<![ \t\u00a0\r])[ \t\u00a0\r]*\n\s*/gu;
/** Characters a wrapped line joins to the next with a space, when both ends are such: Latin letters and digits. */
const ASCII_WORD = /[\x21-\x7e]/u;

/** What a line break (with its spaces) at [from, to) of `s` becomes when its lines are joined: a space between two Latin words or numbers, else nothing. */
function joiner(s: string, from: number, to: number): string {
  return ASCII_WORD.test(s[from - 1] ?? '') && ASCII_WORD.test(s[to] ?? '') ? ' ' : '';
}

/** A text with the spaces beside its numbers and its line breaks taken out, and where each of its offsets is in the text. */
export interface Tightened {
  text: string;
  /** The offset in the text of the character at `i` (`i` up to the length: the text's length). */
  at(i: number): number;
  /** The offset in the text just after the character before `i`: where a slice ending at `i` ends. */
  end(i: number): number;
}

/**
 * A sentence as its phrases are matched: without the spaces beside its numbers and with its wrapped lines
 * joined (TIGHTEN; a line break between two Latin words or numbers becomes one space: "20\n155" stays two
 * numbers); offsets found in it are turned back into the sentence's with `at` and `end`. The sentence
 * itself when there is nothing to take out.
 */
export function tightened(s: string): Tightened {
  if (s.search(TIGHTEN) < 0) return { text: s, at: (i) => i, end: (i) => i };
  const map: number[] = [];
  let out = '';
  let from = 0;
  for (const m of s.matchAll(TIGHTEN)) {
    for (let i = from; i < m.index; i++) map.push(i);
    out += s.slice(from, m.index);
    from = m.index + m[0].length;
    if (m[0].includes('\n') && joiner(s, m.index, from) === ' ') {
      map.push(m.index);
      out += ' ';
    }
  }
  for (let i = from; i < s.length; i++) map.push(i);
  out += s.slice(from);
  const n = map.length;
  return {
    text: out,
    at: (i) => (i >= n ? s.length : map[i]!),
    end: (i) => (i <= 0 ? 0 : i > n ? s.length : map[i - 1]! + 1),
  };
}

/** A sentence's text for quoting: its wrapped lines joined (a space between Latin words or numbers). */
export function joinedLines(s: string): string {
  return s.includes('\n') ? s.replace(LINE_BREAK, (m, at: number) => joiner(s, at, at + m.length)) : s;
}

/** Whether a UTF-16 unit ends a sentence (kept with it): 。！？；!?; (a line break ends one too, and is dropped). */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x21 || c === 0x3f || c === 0x3b;
}

/** The sentences of the last few texts split (the narrative scan, the year slips and the facts split the same section texts). */
const sentenceCache = new Map<string, readonly Sentence[]>();

/**
 * Splits text into sentences at 。！？；and line breaks: each sentence is a run of other characters with
 * the end mark after it; blank runs and marks standing alone are left out. One pass over the text (a
 * regex such as /[^。！？；\n]+[。！？；]?/ overflows the stack on a run of millions of characters).
 * A line break where a paragraph was wrapped (`wrapped`) stays inside its sentence: text copied from a PDF
 * or kept in fixed-width lines breaks sentences anywhere ("受理政府信息公开申\n请17件"); `tightened` joins them.
 * The list is shared with other callers for the same text: never change it.
 */
export function sentences(text: string): readonly Sentence[] {
  if (text.length > 100_000) return splitSentences(text);
  let hit = sentenceCache.get(text);
  if (hit === undefined) {
    hit = splitSentences(text);
    if (sentenceCache.size >= 16) sentenceCache.clear();
    sentenceCache.set(text, hit);
  }
  return hit;
}

/** Shortest line (characters, spaces not counted) that a paragraph can have been wrapped after. */
const WRAPPED_LINE = 20;
/** A line that starts a numbered item, a sub-heading or a bullet: never the rest of the line before it. */
const ITEM_START = /^[ \t\u3000]*(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是.．]|[0-9]{1,2}[.、．)）](?![0-9])|第[一二三四五六七八九十0-9]{1,3}[章节条部项]|[-•·●◆■□※*>])/u;
/** Marks a sentence or a clause can end a paragraph's line with: no wrap after them. */
const LINE_END_MARK = /[。！？；：!?;:”’"'）)】》」』]/u;

/**
 * Whether the line break at `i` (text[i] is "\n") only wraps a paragraph: the line before it has at least
 * WRAPPED_LINE characters and ends without an end mark, and the next line is not blank, not indented (a
 * paragraph's first line is: two spaces or more, or an ideographic space) and starts no numbered item. A
 * heading on a line of its own is short, a paragraph's last line ends with 。: both stay breaks. Looks at
 * most at the line before and the start of the next.
 */
function wrapped(text: string, i: number, lineStart: number): boolean {
  let k = i - 1;
  while (k >= lineStart && /\s/u.test(text[k]!)) k--;
  if (k < lineStart || LINE_END_MARK.test(text[k]!)) return false;
  let chars = 0;
  for (let j = lineStart; j <= k && chars < WRAPPED_LINE; j++) if (!/\s/u.test(text[j]!)) chars++;
  if (chars < WRAPPED_LINE) return false;
  const next = text.slice(i + 1, i + 24);
  // An indented line ("　　2024年，…", two spaces or more) starts a paragraph: a wrapped line is not indented.
  return /^(?:[ \t]?[^\s])/u.test(next) && !ITEM_START.test(next);
}

function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let i = 0;
  let lineStart = 0;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 0x0a || isSentenceEnd(ch)) {
      if (ch === 0x0a) lineStart = i + 1;
      i++;
      continue;
    }
    const start = i;
    let c = ch;
    for (;;) {
      if (c === 0x0a) {
        if (!wrapped(text, i, lineStart)) break;
        lineStart = i + 1;
      } else if (isSentenceEnd(c)) break;
      if (++i >= n) break;
      c = text.charCodeAt(i);
    }
    if (i < n && c !== 0x0a) i++;
    const s = text.slice(start, i);
    if (s.trim() !== '') out.push({ text: s, start });
  }
  return out;
}

const YEAR = /(20[0-9]{2}|19[0-9]{2})\s*年/gu;

/**
 * The years a sentence mentions, by where each mention ends (in order). The year nearest before an
 * offset is the last one ending at or before it: the same as scanning the text before the offset (a
 * mention is digits, spaces and 年, so no mention can start inside another one).
 */
export function yearMentions(folded: string): { end: number; year: number }[] {
  const out: { end: number; year: number }[] = [];
  for (const m of folded.matchAll(YEAR)) out.push({ end: m.index + m[0].length, year: Number(m[1]) });
  return out;
}

/** The year of the last mention ending at or before `at`, if any. */
export function nearestYear(mentions: readonly { end: number; year: number }[], at: number): number | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? mentions[lo - 1]!.year : undefined;
}

/**
 * Runs a global regex over a string like `str.matchAll(re)` (same matches, in order), without the copy
 * of the regex that matchAll makes on every call. `re` must not be used by `each`.
 */
export function forEachMatch(re: RegExp, str: string, each: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(str); m !== null; m = re.exec(str)) {
    if (m[0] === '') {
      // An empty match: step over one code point (unicode regexes), as matchAll does.
      const at = re.lastIndex;
      const c = str.charCodeAt(at);
      re.lastIndex = at + (re.unicode && c >= 0xd800 && c <= 0xdbff && at + 1 < str.length ? 2 : 1);
    }
    const last = re.lastIndex;
    each(m);
    re.lastIndex = last;
  }
}

/** Offset of the number in the sentence: the match ends with number, spaces, unit. */
export function numberOffset(matchAt: number, whole: string, n: string, unit: string): number {
  const upto = whole.slice(0, whole.length - unit.length).trimEnd();
  return matchAt + upto.length - n.length;
}

/** Whether a text has at most `max` characters (code points), counting no further than needed. */
function atMost(s: string, max: number): boolean {
  if (s.length <= max) return true;
  // Each code point is one or two UTF-16 units.
  if (s.length > 2 * max) return false;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    if (++n > max) return false;
  }
  return true;
}

/** A sentence shortened around a position for quoting (at most ~`max` characters). */
export function quote(sentence: string, phrase: string, max = 90): string {
  const s = sentence.trim();
  if (atMost(s, max)) return s;
  const at = Math.max(0, s.indexOf(phrase));
  const from = Math.max(0, at - Math.floor((max - phrase.length) / 2));
  const to = Math.min(s.length, from + max);
  return `${from > 0 ? '…' : ''}${s.slice(from, to)}${to < s.length ? '…' : ''}`;
}
