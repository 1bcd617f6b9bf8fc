/**
 * Finding a report's structure in running text: metadata, title, the 统计期限 sentence, the six
 * section headings (also when a flattened page glued them to the text around them), and the
 * format version by its marker labels. Shared by the text reader and by the HTML and DOCX readers
 * for the prose around their tables.
 */
import { splitNumbering, toSimplified } from '../format/labels.js';
import { asciiDigits } from '../format/numerals.js';
import { CONTENTS_MIN, CONTENTS_TAIL, headingNumber, insertedHeadings, matchSection, MAX_HEADING, outsideHeading } from '../format/sections.js';
import { allFormats, getFormat, type FormatId } from '../format/spec.js';
import type { Source } from '../model/location.js';
import { findPeriod, isTitleLine as isSimplifiedTitleLine, metaFromTitle } from '../model/meta.js';
import type { Report, SectionText } from '../model/report.js';

// ---------------------------------------------------------------------------------------------
// Offsets → line:column
// ---------------------------------------------------------------------------------------------

/** Characters per block of the line index (lineLocator). */
const LINE_BLOCK = 256;

/**
 * Maps character offsets of a text to 1-based line:column. The index keeps, per block of 256
 * characters, the line count and the last line start before it (two numbers per block, off the heap,
 * whatever the number of lines: a list of every line start took 10 MB of line breaks past the
 * memory limit); a lookup counts the line breaks in the rest of one block.
 */
export function lineLocator(text: string): (offset: number) => Source {
  const blocks = Math.floor(text.length / LINE_BLOCK) + 1;
  const lines = new Uint32Array(blocks);
  const starts = new Float64Array(blocks);
  let line = 0;
  let start = 0;
  for (let b = 0; b < blocks; b++) {
    lines[b] = line;
    starts[b] = start;
    const end = Math.min(text.length, (b + 1) * LINE_BLOCK);
    for (let i = b * LINE_BLOCK; i < end; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        start = i + 1;
      }
    }
  }
  return (offset: number): Source => {
    const b = Math.max(0, Math.min(blocks - 1, Math.floor(offset / LINE_BLOCK)));
    let l = lines[b]!;
    let s = starts[b]!;
    const end = Math.min(offset, text.length);
    for (let i = b * LINE_BLOCK; i < end; i++) {
      if (text.charCodeAt(i) === 10) {
        l++;
        s = i + 1;
      }
    }
    return { line: l + 1, column: offset - s + 1 };
  };
}

// ---------------------------------------------------------------------------------------------
// A normalised view of text, for label search: no whitespace, half-width, simplified, no quotes
// ---------------------------------------------------------------------------------------------

const DROP = /[\s\u00a0\u3000"'“”‘’「」『』]/u;

const folded = new Map<string, string>();

function foldChar(ch: string): string {
  let f = folded.get(ch);
  if (f === undefined) {
    f = toSimplified(ch.normalize('NFKC')).replace(/[\s"'“”‘’「」『』]/gu, '');
    if (folded.size < 100_000) folded.set(ch, f);
  }
  return f;
}

/** The normalised form of a label (what `NormView.s` holds for the same words). */
export function normLabel(label: string): string {
  let out = '';
  for (const ch of label) if (!DROP.test(ch)) out += foldChar(ch);
  return out;
}

export interface NormView {
  /** The normalised characters. */
  s: string;
  /** Original offset where each normalised character starts. */
  start: Int32Array;
  /** Original offset just after each normalised character. */
  end: Int32Array;
}

/**
 * Normalised view of text[from, to). The offsets are kept in typed arrays and the text is built in
 * pieces (a list of numbers and a string grown a character at a time, a rope of millions of pieces, took
 * over 100 MB for a text of two million characters).
 */
export function normView(text: string, from = 0, to = text.length): NormView {
  const parts: string[] = [];
  // Code units of the current piece of `s`: turned into a (flat) string every 4,096 units.
  const units = new Uint16Array(4096);
  let u = 0;
  let start = new Int32Array(Math.max(16, to - from));
  let end = new Int32Array(start.length);
  let k = 0;
  let i = from;
  while (i < to) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    if (!DROP.test(ch)) {
      for (const c of foldChar(ch)) {
        for (let j = 0; j < c.length; j++) {
          if (u === units.length) {
            parts.push(String.fromCharCode(...units));
            u = 0;
          }
          units[u++] = c.charCodeAt(j);
        }
        if (k === start.length) {
          const grownStart = new Int32Array(k * 2);
          grownStart.set(start);
          start = grownStart;
          const grownEnd = new Int32Array(k * 2);
          grownEnd.set(end);
          end = grownEnd;
        }
        start[k] = i;
        end[k] = next;
        k++;
      }
    }
    i = next;
  }
  parts.push(String.fromCharCode(...units.subarray(0, u)));
  return { s: parts.join(''), start: start.subarray(0, k), end: end.subarray(0, k) };
}

/** Index in the view of the first normalised char at or after original offset `offset`. */
export function viewIndex(v: NormView, offset: number): number {
  let lo = 0;
  let hi = v.start.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Metadata, title, period, format
// ---------------------------------------------------------------------------------------------

/** A title line, also written in traditional characters (mirror sites, Big5 pages). */
export function isTitleLine(line: string): boolean {
  if (line.length >= 200) return false;
  return isSimplifiedTitleLine(line) || isSimplifiedTitleLine(toSimplified(line));
}

/**
 * Agency and year from a title, also in traditional characters; the agency is kept as written
 * (toSimplified maps character for character, so positions agree).
 */
export function titleMeta(title: string): { agency?: string; year?: number } {
  const direct = metaFromTitle(title);
  if (direct.year !== undefined) return direct;
  const simple = toSimplified(title);
  const m = metaFromTitle(simple);
  if (m.agency !== undefined) {
    const at = simple.indexOf(m.agency);
    if (at >= 0 && [...simple].length === [...title].length) m.agency = title.slice(at, at + m.agency.length);
  }
  return m;
}

export interface TextMeta {
  title?: string;
  agency?: string;
  year?: number;
  period?: Report['period'];
  /** Offset where the report body starts (after a crawler's metadata header, if any). */
  bodyStart: number;
}

const BODY_MARK = /^=+\s*正文\s*=+\s*$/mu;
const TITLE_IN_TEXT = /[^\s。，,：:；;“”"《》]{2,40}?\d{4}\s*年度?[^\s。，,：:；;“”"]{0,30}?政府信息公开(?:工作)?年度?报告/u;

/** The first `count` non-blank lines from `from`, trimmed (looking no further than needed). */
function firstLines(text: string, from: number, count: number): string[] {
  const out: string[] = [];
  let at = from;
  while (out.length < count && at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end).trim();
    if (line !== '') out.push(line);
    at = end + 1;
  }
  return out;
}

/** Title, agency, year and period from a text (metadata header, first lines, or the body's start). */
export function findMeta(written: string, locate: (offset: number) => Source): TextMeta {
  // Years and dates typed in full width ("２０２１年度…") read as ASCII ones.
  const text = asciiDigits(written);
  const mark = BODY_MARK.exec(text);
  const bodyStart = mark ? mark.index + mark[0].length : 0;
  // The crawler's header is short; a hostile one must not make the line search below slow.
  const header = text.slice(0, Math.min(bodyStart, 4096));
  let title = /^[ \t]*标题[ \t]*[:：]([^\n]*)$/mu.exec(header)?.[1]?.trim() || undefined;
  if (!title) {
    title = firstLines(text, bodyStart, 10).find((l) => isTitleLine(l));
  }
  if (!title) title = TITLE_IN_TEXT.exec(text.slice(bodyStart, bodyStart + 1000))?.[0];
  const fromTitle = title ? titleMeta(title) : {};
  const p = findPeriod(text.slice(bodyStart));
  let period: Report['period'];
  if (p) {
    const at = text.indexOf(p.text, bodyStart);
    period = { ...p, ...(at >= 0 ? { text: written.slice(at, at + p.text.length), source: locate(at) } : {}) };
  }
  const year = fromTitle.year ?? (p?.from ? Number(p.from.slice(0, 4)) : undefined);
  // The title as written (its digits as typed).
  const titleAt = title ? text.indexOf(title) : -1;
  if (title && titleAt >= 0) title = written.slice(titleAt, titleAt + title.length);
  return {
    ...(title ? { title: title.trim() } : {}),
    ...(fromTitle.agency ? { agency: fromTitle.agency } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(period ? { period } : {}),
    bodyStart,
  };
}

/** The format version whose marker labels the text uses (more markers wins), or undefined. */
export function formatByMarkers(text: string, normalised?: string): FormatId | undefined {
  const view = normalised ?? normLabel(text);
  let best: FormatId | undefined;
  let bestCount = 0;
  let tie = false;
  for (const f of allFormats()) {
    const count = f.markers.filter((m) => view.includes(normLabel(m))).length;
    if (count > bestCount) {
      best = f.id;
      bestCount = count;
      tie = false;
    } else if (count === bestCount && count > 0) tie = true;
  }
  return tie ? undefined : best;
}

// ---------------------------------------------------------------------------------------------
// Section headings
// ---------------------------------------------------------------------------------------------

export interface Heading {
  /** Section id s1…s6; '' for a heading outside the template (outsideHeadings). */
  id: string;
  /** Offsets of the heading text. */
  start: number;
  end: number;
  heading: string;
  score: number;
}

const HEADING_START = /[一二三四五六七八九十][、.．]/gu;
/** A heading never runs past these: sentence punctuation, digits (the text glued after it), a line end. */
const HEADING_STOP = /[。，,；;：:！!？?\n\r0-9０-９]/u;

/** matchSection (memoised there); texts without two CJK characters are no heading. */
function section(text: string): ReturnType<typeof matchSection> {
  return /\p{Script=Han}.*\p{Script=Han}/u.test(text) ? matchSection(text) : undefined;
}

function rank(m: { how: string; score: number }): number {
  return m.how === 'similar' ? m.score : 2;
}

let endings: Set<string> | undefined;

/** Last characters of the section titles and variants: where a heading glued to its text can end. */
function headingEndings(): Set<string> {
  if (endings) return endings;
  endings = new Set();
  for (const s of getFormat('2021').sections) {
    for (const l of [s.title, ...s.variants]) {
      const body = l.replace(/[。.\s]+$/u, '');
      endings.add(body[body.length - 1]!);
    }
  }
  return endings;
}

/** Best heading starting at `start`: the prefix of the following text that matches a section best. */
function headingAt(text: string, start: number, limit: number): Heading | undefined {
  let stop = start + 2;
  while (stop < limit && stop - start < MAX_HEADING && !HEADING_STOP.test(text[stop]!)) stop++;
  // The run up to the text after it, without the spaces before that text ("一、概述 2020 年，…").
  let runEnd = stop;
  while (runEnd > start + 3 && /\s/u.test(text[runEnd - 1]!)) runEnd--;
  let best: Heading | undefined;
  const ends = headingEndings();
  for (let end = start + 3; end <= stop; end++) {
    const candidate = text.slice(start, end);
    if (/\s$/u.test(candidate)) continue;
    // Only where a heading can end (or the whole run up to the text after it).
    if (end < runEnd && !ends.has(candidate[candidate.length - 1]!)) continue;
    const m = section(candidate);
    if (!m) continue;
    const r = rank(m);
    if (!best || r > best.score) best = { id: m.id, start, end, heading: candidate.trim(), score: r };
    if (r === 2) break;
  }
  return best;
}

/**
 * The six section headings in a text: numbered headings anywhere (also glued to the text around
 * them) and whole short lines. When candidates conflict, the best-scoring run in official order
 * wins; a heading matched exactly but out of order is kept (section-order reports it).
 */
export function findHeadings(text: string, from = 0, to = text.length): Heading[] {
  const cands: Heading[] = [];
  HEADING_START.lastIndex = from;
  for (let m = HEADING_START.exec(text); m && m.index < to; m = HEADING_START.exec(text)) {
    const prev = text[m.index - 1];
    if (prev !== undefined && /[一二三四五六七八九十第]/u.test(prev)) continue;
    const h = headingAt(text, m.index, to);
    if (h) cands.push(h);
  }
  // Whole lines that are a heading without numbering ("总体情况").
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed !== '' && trimmed.length <= 2 * MAX_HEADING && [...trimmed].length <= MAX_HEADING && splitNumbering(trimmed).numbering === '') {
      const m = section(trimmed);
      if (m && m.how !== 'similar') {
        const s = lineStart + line.indexOf(trimmed);
        cands.push({ id: m.id, start: s, end: s + trimmed.length, heading: trimmed, score: rank(m) });
      }
    }
    lineStart = lineEnd + 1;
  }
  cands.sort((a, b) => a.start - b.start);
  const entries = tocEntries(text, cands, to);
  return findHeadingsAmong(text, entries.size > 0 ? cands.filter((c) => !entries.has(c)) : cands, to);
}

/** The most characters of leaders and page number looked at after a heading. */
const TAIL_WINDOW = 120;

/**
 * The entries of a table of contents (目录) before the report: headings followed on their line only by leaders
 * and a page number (format/sections.ts CONTENTS_TAIL: "一、总体情况……………1", "二、主动公开政府信息情况 2"),
 * CONTENTS_MIN of them or more in a row. They are the report's headings listed, not its sections: taken as
 * headings, every section would hold a page number and every table would be missing.
 */
function tocEntries(text: string, cands: Heading[], to: number): Set<Heading> {
  const out = new Set<Heading>();
  let run: Heading[] = [];
  const close = (): void => {
    if (run.length >= CONTENTS_MIN) for (const h of run) out.add(h);
    run = [];
  };
  cands.forEach((c, i) => {
    // The rest of its line, up to the next candidate (those overlapping it start within a heading's length of
    // it), looked at over TAIL_WINDOW characters at most: each candidate costs the same in a long text.
    const window = text.slice(c.end, Math.min(to, c.end + TAIL_WINDOW));
    const nl = window.indexOf('\n');
    let end = nl >= 0 ? c.end + nl : c.end + window.length;
    let j = i + 1;
    while (j < cands.length && cands[j]!.start < c.end) j++;
    if (j < cands.length && cands[j]!.start < end) end = cands[j]!.start;
    const tail = text.slice(c.end, end);
    const whole = nl >= 0 || end < c.end + window.length || end === to;
    if (whole && CONTENTS_TAIL.test(tail)) run.push(c);
    else {
      const last = run[run.length - 1];
      if (!last || !(last.start < c.end && c.start < last.end)) close();
    }
  });
  close();
  return out;
}

/** findHeadings' choice among the candidates (sorted by where they start): the chain, then the headings outside the template. */
function findHeadingsAmong(text: string, cands: Heading[], to: number): Heading[] {
  // Best chain in official order (dynamic programming over the candidates, linear in their number:
  // for each section number, the best chain ending in it among the candidates that end before).
  const num = (h: Heading): number => Number(h.id.slice(1));
  const best: number[] = [];
  const prevOf: number[] = [];
  const bestBy: { score: number; index: number }[] = Array.from({ length: 7 }, () => ({ score: 0, index: -1 }));
  const pending: number[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    // Candidates that end before this one starts become available as predecessors.
    for (let k = pending.length - 1; k >= 0; k--) {
      const j = pending[k]!;
      if (cands[j]!.end > c.start) continue;
      const n = num(cands[j]!);
      if (best[j]! > bestBy[n]!.score) bestBy[n] = { score: best[j]!, index: j };
      pending.splice(k, 1);
    }
    best[i] = c.score;
    prevOf[i] = -1;
    for (let n = 1; n < num(c); n++) {
      const b = bestBy[n]!;
      if (b.index >= 0 && b.score + c.score > best[i]!) {
        best[i] = b.score + c.score;
        prevOf[i] = b.index;
      }
    }
    pending.push(i);
  }
  let top = -1;
  for (let i = 0; i < cands.length; i++) if (top < 0 || best[i]! > best[top]!) top = i;
  const chain: Heading[] = [];
  for (let i = top; i >= 0; i = prevOf[i]!) chain.unshift(cands[i]!);
  // Exact or variant headings left out only because they are out of order.
  for (const c of cands) {
    if (c.score < 2 || chain.some((h) => h.id === c.id || (c.start < h.end && h.start < c.end))) continue;
    chain.push(c);
  }
  chain.sort((a, b) => a.start - b.start);
  return [...chain, ...outsideHeadings(text, to, chain)].sort((a, b) => a.start - b.start);
}

/** Where a heading outside the template ends: where a section heading does, at white space or a quotation mark. */
const OUTSIDE_STOP = /[。，,；;：:！!？?\n\r0-9０-９\s“"]/u;

/**
 * Top-level headings outside the template ("二、政务公开工作主要任务落实情况" inserted after 一, the sections
 * after it numbered 三…七), where the report's own numbering leaves room for them (insertedHeadings):
 * looked for only in those places, between section headings whose numbers skip and after the last.
 */
function outsideHeadings(text: string, to: number, chain: Heading[]): Heading[] {
  const known = chain.map((h) => ({ at: h.start, number: headingNumber(h.heading) }));
  const numbered: { at: number; number: number }[] = [];
  known.forEach((a, i) => {
    const b = known[i + 1];
    if (a.number === undefined || (b !== undefined && (b.number === undefined || b.number <= a.number + 1))) return;
    const stopAt = b?.at ?? to;
    HEADING_START.lastIndex = chain[i]!.end;
    for (let m = HEADING_START.exec(text); m && m.index < stopAt; m = HEADING_START.exec(text)) {
      const prev = text[m.index - 1];
      if (prev === undefined || !/[一二三四五六七八九十第]/u.test(prev)) numbered.push({ at: m.index, number: headingNumber(m[0])! });
    }
  });
  const headings = new Map<number, Heading>();
  const isOutside = ({ at }: { at: number }): boolean => {
    let end = at + 2;
    while (end < to && end - at < 4 && /[ \t\u3000]/u.test(text[end]!)) end++;
    while (end < to && end - at < MAX_HEADING && !OUTSIDE_STOP.test(text[end]!) && !chain.some((h) => h.start === end)) end++;
    const heading = text.slice(at, end).trim();
    if (outsideHeading(heading) === undefined) return false;
    headings.set(at, { id: '', start: at, end, heading, score: 0 });
    return true;
  };
  return insertedHeadings(known, numbered, isOutside).map((c) => headings.get(c.at)!);
}

/** A span of the text that belongs to a table (left out of the section texts). */
export interface Span {
  start: number;
  end: number;
}

/** The lines of a text trimmed, blank ones dropped, joined by line breaks (no array of every line). */
function nonBlankLines(text: string): string {
  const out: string[] = [];
  for (let at = 0; at <= text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end).trim();
    if (line !== '') out.push(line);
    at = end + 1;
  }
  return out.join('\n');
}

/** Sections from headings: each section's text runs to the next heading, table spans removed. */
export function sectionsFrom(
  text: string,
  headings: Heading[],
  end: number,
  tableSpans: Span[],
  locate: (offset: number) => Source,
): SectionText[] {
  return headings.map((h, i) => {
    const stop = headings[i + 1]?.start ?? end;
    let body = '';
    let at = h.end;
    for (const s of [...tableSpans].sort((a, b) => a.start - b.start)) {
      if (s.end <= at || s.start >= stop) continue;
      body += text.slice(at, Math.max(at, s.start)) + '\n';
      at = Math.max(at, s.end);
    }
    if (at < stop) body += text.slice(at, stop);
    const trimmedStart = h.end + (text.slice(h.end, stop).length - text.slice(h.end, stop).trimStart().length);
    return {
      heading: h.heading,
      // Lines trimmed and empty lines dropped (string methods, not a regex: linear on long blank runs).
      text: nonBlankLines(body),
      source: locate(h.start),
      ...(trimmedStart < stop ? { textSource: locate(trimmedStart) } : {}),
    };
  });
}
