/**
 * How much of one text is found again in another, for the checks across files (yoy-text-repeat: a
 * report and the same agency's previous one; batch-copied-text: sections of different agencies). Pure,
 * linear in the texts.
 *
 * A text is first folded: width and traditional characters folded, spaces and punctuation dropped, every
 * run of digits (a year, a count) one `#`, a year written in Chinese numerals (二〇二三年) too, and the
 * names given as masks (an agency's name) one `◇` — so a text copied with other years, other figures and
 * another agency's name folds to the same characters. Each folded character remembers where it was in
 * the text, so a passage found in the folded text is quoted as written.
 *
 * - `coverage(a, b)`: the share of a's folded characters that lie in a run of at least SHINGLE characters
 *   also found in b (shingles of SHINGLE characters): how much of a repeats b.
 * - `longestShared(a, b)`: the longest run of folded characters the two share (suffix automaton), quoted.
 * - `minHash(text)`, `lshBands(signature)` and `alike(a, b)`: a fixed-size sketch of a text's shingles, the
 *   band keys under which texts that share many shingles meet (locality-sensitive hashing), and how alike
 *   two sketches say their texts are, so a run of thousands of files finds its near-duplicate pairs
 *   without comparing every pair.
 */
import { foldForMatching, sentences } from './narrative-text.js';

/** Length of the shingles (runs of folded characters) two texts must share to count as repeated. */
const SHINGLE = 12;
/** Texts are compared on at most this many folded characters (a report's text is a few thousand). */
const MAX_FOLDED = 200_000;

export interface Folded {
  /** The folded characters. */
  text: string;
  /** For each folded character, where it starts and ends in the original text (UTF-16 offsets). */
  at: number[];
  end: number[];
  /** The original text. */
  source: string;
}

const MASK = '◇';
/** Where boilerplate was left out: never part of a shingle or a shared passage. */
const GAP = '\u0000';
const NUMBER = '#';
const CN_YEAR = /[〇○零一二三四五六七八九]{4}(?=\s*年)/gu;
const SKIP = /[\s\p{P}\p{S}]/u;
const OPENING = /[（(【［\[「『“‘《〈]/u;
const CLOSING = /[）)】］\]」』”’》〉]/u;

/** Masks as maskedRanges wants them: folded, distinct, two characters or more, longest first. */
function prepareMasks(masks: readonly string[]): string[] {
  return [...new Set(masks.map(foldForMatching))].filter((x) => x.length >= 2).sort((a, b) => b.length - a.length);
}

/** Ranges [from, to) of `text` replaced by one mark each: masks (prepared, longest first), Chinese-numeral years. */
function maskedRanges(text: string, masks: readonly string[]): { from: number; to: number; mark: string }[] {
  const ranges: { from: number; to: number; mark: string }[] = [];
  const taken = new Uint8Array(text.length);
  const add = (from: number, to: number, mark: string): void => {
    for (let i = from; i < to; i++) if (taken[i]) return;
    taken.fill(1, from, to);
    ranges.push({ from, to, mark });
  };
  for (const m of masks) {
    for (let i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + m.length)) add(i, i + m.length, MASK);
  }
  for (const m of text.matchAll(CN_YEAR)) add(m.index, m.index + m[0].length, NUMBER);
  return ranges.sort((a, b) => a.from - b.from);
}

/**
 * What one UTF-16 unit of the basic plane (not a surrogate) folds to: '' when it is left out (a space,
 * punctuation, a symbol), else its lower case when that is one unit, else itself. Filled as units are met.
 */
const UNIT_FOLD: (string | undefined)[] = [];

function unitFold(c: number): string {
  let hit = UNIT_FOLD[c];
  if (hit === undefined) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    hit = SKIP.test(ch) ? '' : lower.length === 1 ? lower : ch;
    UNIT_FOLD[c] = hit;
  }
  return hit;
}

/** Folds a text for comparison (see the top of this file); `masks`: names that stand for one mark. */
export function fold(source: string, masks: readonly string[] = []): Folded {
  return foldPrepared(source, prepareMasks(masks));
}

/** Whether a UTF-16 unit is an ASCII digit (NaN, past the end, is not). */
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function foldPrepared(source: string, masks: readonly string[]): Folded {
  const f = foldForMatching(source);
  const ranges = maskedRanges(f, masks);
  const out: string[] = [];
  const at: number[] = [];
  const end: number[] = [];
  const push = (c: string, from: number, to: number): void => {
    out.push(c);
    at.push(from);
    end.push(to);
  };
  let r = 0;
  for (let i = 0; i < f.length && out.length < MAX_FOLDED; i++) {
    const range = ranges[r];
    if (range && i === range.from) {
      push(range.mark, i, range.to);
      i = range.to - 1;
      r++;
      continue;
    }
    const unit = f.charCodeAt(i);
    const last = out.length - 1;
    // A run of digits, with a decimal point or thousands comma between digits, is one number.
    const inNumber = last >= 0 && out[last] === NUMBER && end[last] === i;
    if (unit >= 0x30 && unit <= 0x39) {
      if (inNumber) end[last] = i + 1;
      else push(NUMBER, i, i + 1);
      continue;
    }
    if ((unit === 0x2e || unit === 0x2c) && inNumber && isDigit(f.charCodeAt(i + 1))) {
      end[last] = i + 1;
      continue;
    }
    if (unit < 0xd800 || unit > 0xdfff) {
      // The common case, one unit: as below, from a table.
      const folded = unitFold(unit);
      if (folded !== '') push(folded, i, i + 1);
      continue;
    }
    const cp = f.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    // One folded character per character: one outside the basic plane stands for a private-use one.
    if (!SKIP.test(ch)) {
      const lower = ch.toLowerCase();
      push(cp > 0xffff ? String.fromCharCode(0xe000 + (cp % 0x1900)) : lower.length === 1 ? lower : ch, i, i + ch.length);
    }
    i += ch.length - 1;
  }
  return { text: out.join(''), at, end, source };
}

/**
 * The folded text with the sentences `drop` says are boilerplate left out; where one was, a GAP that no
 * shingle or shared passage spans (what stood on either side of it was not written together).
 */
export function foldWithout(source: string, drop: (sentence: string) => boolean, masks: readonly string[] = []): Folded {
  const text: string[] = [];
  const at: number[] = [];
  const end: number[] = [];
  let dropped = false;
  const prepared = prepareMasks(masks);
  for (const s of sentences(source)) {
    if (drop(s.text)) {
      dropped = true;
      continue;
    }
    // Each kept sentence folded on its own, its offsets moved to where it stands in the source.
    const f = foldPrepared(s.text, prepared);
    if (f.text === '') continue;
    if (dropped && text.length > 0) {
      text.push(GAP);
      at.push(s.start);
      end.push(s.start);
    }
    dropped = false;
    text.push(f.text);
    for (let k = 0; k < f.at.length; k++) {
      at.push(f.at[k]! + s.start);
      end.push(f.end[k]! + s.start);
    }
  }
  return { text: text.join(''), at, end, source };
}

/** The distinct shingles of a folded text (none across a GAP). */
function shingles(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= text.length; i++) {
    const g = text.slice(i, i + SHINGLE);
    if (!g.includes(GAP)) out.add(g);
  }
  return out;
}

/** The number of folded characters of a text (gaps not counted). */
export function foldedLength(f: Folded): number {
  let n = f.text.length;
  for (let i = f.text.indexOf(GAP); i >= 0; i = f.text.indexOf(GAP, i + 1)) n--;
  return n;
}

/** The share (0–1) of a's folded characters covered by shingles that b has too; 0 for a text shorter than a shingle. */
export function coverage(a: Folded, b: Folded): number {
  const n = foldedLength(a);
  if (n < SHINGLE) return 0;
  const theirs = shingles(b.text);
  let covered = 0;
  let end = 0; // a's characters before `end` are covered
  for (let i = 0; i + SHINGLE <= n; i++) {
    if (!theirs.has(a.text.slice(i, i + SHINGLE))) continue;
    covered += i + SHINGLE - Math.max(end, i);
    end = i + SHINGLE;
  }
  return covered / n;
}

/** A passage two texts share: where it is in each original text, and how many folded characters it has. */
export interface Shared {
  /** As written in a (the first text). */
  text: string;
  /** Its length in folded characters. */
  length: number;
  /** Offsets [from, to) in a's source and in b's source. */
  a: [number, number];
  b: [number, number];
}

/**
 * The longest passage the two folded texts share (suffix automaton of b, a walked through it: linear),
 * or undefined when they share nothing.
 */
export function longestShared(a: Folded, b: Folded): Shared | undefined {
  // Suffix automaton of b.text: per state its link, length, the end of its first occurrence, transitions.
  const len: number[] = [0];
  const link: number[] = [-1];
  const firstEnd: number[] = [-1];
  const next: Map<string, number>[] = [new Map()];
  let last = 0;
  const t = b.text;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    const cur = len.length;
    len.push(len[last]! + 1);
    link.push(-1);
    firstEnd.push(i);
    next.push(new Map());
    let p = last;
    while (p !== -1 && !next[p]!.has(c)) {
      next[p]!.set(c, cur);
      p = link[p]!;
    }
    if (p === -1) link[cur] = 0;
    else {
      const q = next[p]!.get(c)!;
      if (len[p]! + 1 === len[q]) link[cur] = q;
      else {
        const clone = len.length;
        len.push(len[p]! + 1);
        link.push(link[q]!);
        firstEnd.push(firstEnd[q]!);
        next.push(new Map(next[q]!));
        while (p !== -1 && next[p]!.get(c) === q) {
          next[p]!.set(c, clone);
          p = link[p]!;
        }
        link[q] = clone;
        link[cur] = clone;
      }
    }
    last = cur;
  }
  let state = 0;
  let run = 0;
  let best = 0;
  let bestEndA = -1;
  let bestEndB = -1;
  const s = a.text;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === GAP) {
      state = 0;
      run = 0;
      continue;
    }
    while (state !== 0 && !next[state]!.has(c)) {
      state = link[state]!;
      run = len[state]!;
    }
    const to = next[state]!.get(c);
    if (to === undefined) {
      state = 0;
      run = 0;
      continue;
    }
    state = to;
    run++;
    if (run > best) {
      best = run;
      bestEndA = i;
      bestEndB = firstEnd[state]!;
    }
  }
  if (best === 0) return undefined;
  // The passage as written, with the brackets and quotes that open and close right at its ends.
  const span = (f: Folded, last: number): [number, number] => {
    let from = f.at[last - best + 1]!;
    let to = f.end[last]!;
    while (from > 0 && OPENING.test(f.source[from - 1]!)) from--;
    while (to < f.source.length && CLOSING.test(f.source[to]!)) to++;
    return [from, to];
  };
  const inA = span(a, bestEndA);
  return { text: a.source.slice(inA[0], inA[1]), length: best, a: inA, b: span(b, bestEndB) };
}

/** A passage shortened for a message: at most `max` characters, the middle left out. */
export function quotePassage(text: string, max = 80): string {
  const s = text.trim().replace(/\s+/gu, ' ');
  const chars = [...s];
  if (chars.length <= max) return s;
  const half = Math.floor((max - 1) / 2);
  return `${chars.slice(0, half).join('')}…${chars.slice(chars.length - half).join('')}`;
}

// ---------------------------------------------------------------------------------------------------
// MinHash and locality-sensitive hashing

/** MinHash values per text: bands of ROWS values each. */
const HASHES = 64;
const ROWS = 2;

/** The 32-bit finaliser of MurmurHash3: a bijection that mixes every bit. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The seeds of the hash functions (fixed: signatures of one run, or of two runs, are comparable). */
const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));

/**
 * The MinHash signature of a folded text's shingles (HASHES values); empty for a text shorter than a
 * shingle. Every shingle is hashed where it stands (a shingle found twice gives the same values again:
 * the minimum is that of the distinct shingles), none across a GAP.
 */
export function minHash(f: Folded): number[] {
  const t = f.text;
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  let any = false;
  // The next GAP at or after a shingle's start: a shingle that reaches it is skipped.
  let gap = t.indexOf(GAP);
  for (let i = 0; i + SHINGLE <= t.length; i++) {
    if (gap >= 0 && gap < i) gap = t.indexOf(GAP, i);
    if (gap >= 0 && gap < i + SHINGLE) continue;
    // FNV-1a of the shingle, 32 bits.
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) {
      h ^= t.charCodeAt(j);
      h = Math.imul(h, 0x01000193);
    }
    h >>>= 0;
    any = true;
    for (let k = 0; k < HASHES; k++) {
      const v = mix(h ^ SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return any ? Array.from(sig) : [];
}

/**
 * The band keys of a signature: texts whose signatures agree on all ROWS values of some band meet under
 * its key. With 32 bands of 2, two texts whose shingle sets are half alike (Jaccard) meet with a chance
 * of 99.99 %, 30 % alike 95 %, 20 % alike 73 %, 5 % alike 8 %.
 */
export function lshBands(sig: readonly number[]): number[] {
  const out: number[] = [];
  for (let b = 0; b * ROWS < sig.length; b++) {
    let h = mix(b + 1);
    for (let r = 0; r < ROWS; r++) h = mix(h ^ sig[b * ROWS + r]!);
    out.push(h);
  }
  return out;
}

/** The share of equal values of two signatures: an estimate of how alike (Jaccard) their shingle sets are. */
export function alike(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let k = 0; k < n; k++) if (a[k] === b[k]) same++;
  return same / n;
}
