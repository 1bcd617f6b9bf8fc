/**
 * Narrative against tables: finds every statement in the text sections that restates a table figure
 * (schemas/narrative.json says which phrases tie to which cells) and compares it with the tables.
 * Rules narrative-figure and narrative-percentage report from the statements found here.
 */
import { oncePerPair } from '../memo.js';
import { z } from 'zod';
import narrativeJson from '../../schemas/narrative.json' with { type: 'json' };
import { mapUnits, shortLabel, simplificationTable } from '../format/labels.js';
import { CN_NUMERAL_CHARS, NUMBER_PATTERN, decimalsOf, parseNumeral } from '../format/numerals.js';
import { hasCell, type FormatSpec, type TableId } from '../format/spec.js';
import type { Report } from '../model/report.js';
import type { ResolvedSection } from './resolve.js';

const Quantity = z.object({
  zh: z.string(),
  en: z.string(),
  anyOf: z.array(z.array(z.string().regex(/^t[234]\.[a-z0-9_]+\.[a-z0-9_]+$/)).min(1)).min(1),
  percentOf: z.string().optional(),
  unit: z.string().optional(),
});
const Pattern = z.object({
  quantity: z.string(),
  units: z.string(),
  regex: z.string().includes('{N}'),
  before: z.string().optional(),
  notBefore: z.string().optional(),
  exclude: z.string().optional(),
  sentence: z.string().optional(),
});
const NonePattern = z.object({
  quantities: z.record(z.string(), z.string()),
  regex: z.string(),
  exclude: z.string().optional(),
  sentence: z.string().optional(),
});
const NarrativeFile = z.object({
  $comment: z.string().optional(),
  version: z.literal(1),
  /** Quantities compared from year to year for large jumps (yoy-jump); their first reading is the figure. */
  yearOverYear: z.array(z.string()),
  quantities: z.record(z.string(), Quantity),
  units: z.record(z.string(), z.string()),
  patterns: z.array(Pattern),
  none: z.array(NonePattern),
  percent: z.string().includes('{P}'),
  approximate: z.object({ before: z.string(), after: z.string() }),
});
type NarrativeData = z.infer<typeof NarrativeFile>;
export type QuantitySpec = z.infer<typeof Quantity>;

interface CompiledPattern {
  quantity: string;
  re: RegExp;
  /**
   * When every match ends with the number, optional spaces and the unit (the regex has no top-level
   * alternation and only lookarounds after `{N}`): the units, so that a sentence without any
   * "number + unit" of them is skipped without running the pattern.
   */
  numberUnit?: string;
  before?: RegExp;
  notBefore?: RegExp;
  exclude?: RegExp;
  sentence?: RegExp;
}

interface Compiled {
  data: NarrativeData;
  patterns: CompiledPattern[];
  /** The units of each units name written as plain alternatives (`件|个|宗`), for `numberUnit`. */
  unitWords: Map<string, string[]>;
  none: { quantities: Record<string, RegExp>; re: RegExp; exclude?: RegExp; sentence?: RegExp }[];
  percent: RegExp;
  approxBefore: RegExp;
  approxAfter: RegExp;
}

let compiled: Compiled | undefined;

/** Validates and compiles schemas/narrative.json (imported as a module, bundled; once). Throws with the file name when it is invalid. */
export function narrativeData(): Compiled {
  if (compiled) return compiled;
  const parsed = NarrativeFile.safeParse(narrativeJson);
  if (!parsed.success) throw new Error(`schemas/narrative.json is not valid: ${z.prettifyError(parsed.error)}`);
  const data = parsed.data;
  for (const q of data.yearOverYear) if (!data.quantities[q]) throw new Error(`schemas/narrative.json: yearOverYear names unknown quantity ${q}`);
  const patterns = data.patterns.map((p, i) => {
    if (!data.quantities[p.quantity]) throw new Error(`schemas/narrative.json: pattern ${i} names unknown quantity ${p.quantity}`);
    const units = data.units[p.units];
    if (units === undefined) throw new Error(`schemas/narrative.json: pattern ${i} names unknown units ${p.units}`);
    const source = `${p.regex.replace('{N}', `(?<n>${NUMBER_PATTERN})`)}\\s*(?<unit>${units})`;
    const anchored =
      PLAIN_WORDS.test(units) && !hasTopLevelAlternation(p.regex) && onlyLookarounds(p.regex.slice(p.regex.indexOf('{N}') + 3));
    return {
      quantity: p.quantity,
      re: new RegExp(source, 'gu'),
      ...(anchored ? { numberUnit: p.units } : {}),
      ...(p.before ? { before: new RegExp(p.before, 'u') } : {}),
      ...(p.notBefore ? { notBefore: new RegExp(p.notBefore, 'u') } : {}),
      ...(p.exclude ? { exclude: new RegExp(p.exclude, 'u') } : {}),
      ...(p.sentence ? { sentence: new RegExp(p.sentence, 'u') } : {}),
    };
  });
  const none = data.none.map((n) => {
    for (const q of Object.keys(n.quantities)) if (!data.quantities[q]) throw new Error(`schemas/narrative.json: none names unknown quantity ${q}`);
    return {
      quantities: Object.fromEntries(Object.entries(n.quantities).map(([q, m]) => [q, new RegExp(m, 'u')])),
      re: new RegExp(n.regex, 'gu'),
      ...(n.exclude ? { exclude: new RegExp(n.exclude, 'u') } : {}),
      ...(n.sentence ? { sentence: new RegExp(n.sentence, 'u') } : {}),
    };
  });
  const unitWords = new Map(Object.entries(data.units).map(([name, u]) => [name, u.split('|')]));
  compiled = {
    data,
    patterns,
    unitWords,
    none,
    percent: new RegExp(data.percent.replace('{P}', '[0-9]+(?:\\.[0-9]+)?'), 'u'),
    approxBefore: new RegExp(data.approximate.before, 'u'),
    approxAfter: new RegExp(data.approximate.after, 'u'),
  };
  return compiled;
}

/** A regex source that is plain words separated by `|` (no other regex syntax). */
const PLAIN_WORDS = /^[^\\^$.*+?()[\]{}|]+(?:\|[^\\^$.*+?()[\]{}|]+)*$/u;

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
function numberUnitOffsets(s: string, unitWords: ReadonlyMap<string, readonly string[]>): Map<string, number[]> {
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
function anyIn(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! < to;
}

/** Index just past the group that opens at `open` (a `(`), skipping escapes and classes; -1 if unclosed. */
function groupEnd(re: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < re.length; i++) {
    const ch = re[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Whether a regex source has a `|` outside every group (then a suffix applies to its last branch only). */
function hasTopLevelAlternation(re: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < re.length; i++) {
    const ch = re[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** Whether a regex source is nothing but lookaheads/lookbehinds (matches no characters). */
function onlyLookarounds(re: string): boolean {
  let at = 0;
  while (at < re.length) {
    if (!/^\((?:\?[=!]|\?<[=!])/u.test(re.slice(at))) return false;
    const end = groupEnd(re, at);
    if (end < 0) return false;
    at = end;
  }
  return true;
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

/** Characters that end a sentence (kept with it); a line break ends one too (and is dropped). */
const SENTENCE_END = new Set([...'。！？；!?;']);

/**
 * Splits text into sentences at 。！？；and line breaks: each sentence is a run of other characters with
 * the end mark after it; blank runs and marks standing alone are left out. One pass over the text (a
 * regex such as /[^。！？；\n]+[。！？；]?/ overflows the stack on a run of millions of characters).
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '\n' || SENTENCE_END.has(ch)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && text[i] !== '\n' && !SENTENCE_END.has(text[i]!)) i++;
    if (i < n && text[i] !== '\n') i++;
    const s = text.slice(start, i);
    if (s.trim() !== '') out.push({ text: s, start });
  }
  return out;
}

/** A statement in the text: what it restates, the number written and where. */
export interface Statement {
  quantity: string;
  /** The number as written ("八", "1,234") and its value (in the table's unit for amounts). */
  written: string;
  value: number;
  /** Unit as written ("件", "万元"). */
  unit: string;
  /** The statement itself and its sentence. */
  phrase: string;
  sentence: string;
  section: ResolvedSection;
  /** Offset of the number in the section text. */
  offset: number;
  /** A percentage written right after the figure ("占33.9%"), if any. */
  percent?: { written: string; value: number };
  /** True for "未收到…" statements (value 0). */
  none?: boolean;
}

/** A reading of a quantity in the tables: its cells and the sum, or undefined when a cell is not a number. */
export interface Reading {
  cells: { table: TableId; row: string; column: string }[];
  value: number | undefined;
}

type ReadingCells = { table: TableId; row: string; column: string; key: string }[];

/** The cells of each reading of a quantity in a format (cells the format lacks left out, empty readings dropped). */
const readingCells = oncePerPair((format: FormatSpec, q: QuantitySpec): ReadingCells[] => {
  const plan: ReadingCells[] = [];
  for (const alt of q.anyOf) {
    const cells: ReadingCells = [];
    for (const id of alt) {
      const [table, row, column] = id.split('.') as [TableId, string, string];
      if (!hasCell(format.tables[table], row, column)) continue;
      cells.push({ table, row, column, key: `${row}.${column}` });
    }
    if (cells.length > 0) plan.push(cells);
  }
  return plan;
});

/** The readings of a quantity for a report: cells the format lacks are left out; empty readings dropped. */
export function readings(report: Report, format: FormatSpec, q: QuantitySpec): Reading[] {
  const out: Reading[] = [];
  for (const plan of readingCells(format, q)) {
    let value: number | undefined = 0;
    for (const c of plan) {
      const t = report.tables[c.table];
      const cell = t?.cells[c.key];
      if (!t || cell?.kind !== 'number') {
        value = undefined;
        break;
      }
      value += cell.value;
    }
    const cells = plan.map((c) => ({ table: c.table, row: c.row, column: c.column }));
    out.push({ cells, value: value === undefined ? undefined : Math.round(value * 1e6) / 1e6 });
  }
  return out;
}

const MONEY: Record<string, number> = { 元: 1e-4, 万元: 1, 亿元: 1e4 };

/**
 * How far the checks around a statement look in its sentence, in characters: back for the words that
 * must or must not come before it (`before`, `notBefore`, 约/近…, the clause's 上年/同比), forward for
 * 余/多/左右 and 占N%. A sentence is read as far as a person reads it together with the statement; the
 * longest sentence of the corpus has 260 characters. Looking back over the whole sentence at every
 * statement made a long sentence quadratic (30,000 statements in one sentence under 1 MB took 10 s).
 */
const LOOKBACK = 400;
const LOOKAHEAD = 100;

const YEAR = /(20[0-9]{2}|19[0-9]{2})\s*年/gu;

/**
 * The years a sentence mentions, by where each mention ends (in order). The year nearest before an
 * offset is the last one ending at or before it: the same as scanning the text before the offset (a
 * mention is digits, spaces and 年, so no mention can start inside another one).
 */
function yearMentions(folded: string): { end: number; year: number }[] {
  const out: { end: number; year: number }[] = [];
  for (const m of folded.matchAll(YEAR)) out.push({ end: m.index + m[0].length, year: Number(m[1]) });
  return out;
}

/** The year of the last mention ending at or before `at`, if any. */
function nearestYear(mentions: readonly { end: number; year: number }[], at: number): number | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? mentions[lo - 1]!.year : undefined;
}

/** Words that make a statement about another period ("上年", "同比", "较…"), except 上年结转 itself. */
const OTHER_PERIOD = /(?:上一?年(?!度?结转)|去年|同比|较上年|比上年|上年度(?!结转)|历年|累计至今)/u;

const cache = new WeakMap<Report, Statement[]>();

/**
 * Runs a global regex over a string like `str.matchAll(re)` (same matches, in order), without the copy
 * of the regex that matchAll makes on every call. `re` must not be used by `each`.
 */
function forEachMatch(re: RegExp, str: string, each: (m: RegExpExecArray) => void): void {
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

/** Every statement of every text section of a report, in document order (cached per report). */
export function findStatements(report: Report, sections: ResolvedSection[]): Statement[] {
  const hit = cache.get(report);
  if (hit) return hit;
  const c = narrativeData();
  const out: Statement[] = [];
  for (const section of sections) {
    if (!section.match || section.found.text.trim() === '') continue;
    const sectionFolded = foldedText(section.found.text);
    const unitOffsets = numberUnitOffsets(sectionFolded, c.unitWords);
    for (const s of sentences(section.found.text)) {
      // The fold keeps offsets, so the sentence's fold is the slice of the section's.
      const folded = sectionFolded.slice(s.start, s.start + s.text.length);
      // Numbers already taken by an earlier pattern, by offset in the sentence.
      const taken = new Set<number>();
      // The sentence before / after an offset, as far as the checks look (LOOKBACK, LOOKAHEAD).
      const back = (from: number, to = from): string => folded.slice(Math.max(0, from - LOOKBACK), to);
      const ahead = (from: number): string => folded.slice(from, from + LOOKAHEAD);
      let years: { end: number; year: number }[] | undefined;
      // The sentence as quoted, once (not a copy of a long sentence per statement).
      let trimmed: string | undefined;
      const context = (at: number): boolean => {
        const y = nearestYear((years ??= yearMentions(folded)), at);
        if (y !== undefined && report.year !== undefined && y !== report.year) return false;
        const prefix = back(at);
        const clause = prefix.slice(Math.max(prefix.lastIndexOf('，'), prefix.lastIndexOf(','), 0));
        return !OTHER_PERIOD.test(clause);
      };
      // Whether the sentence has a number followed by one of these units (per units name, when asked).
      const numberUnit = new Map<string, boolean>();
      const hasNumberUnit = (units: string): boolean => {
        let has = numberUnit.get(units);
        if (has === undefined) {
          has = anyIn(unitOffsets.get(units)!, s.start, s.start + s.text.length);
          numberUnit.set(units, has);
        }
        return has;
      };
      for (const p of c.patterns) {
        if (p.numberUnit !== undefined && !hasNumberUnit(p.numberUnit)) continue;
        if (p.sentence && !p.sentence.test(folded)) continue;
        forEachMatch(p.re, folded, (m) => {
          const n = m.groups!.n!;
          const numberAt = numberOffset(m.index, m[0], n, m.groups!.unit!);
          if (taken.has(numberAt)) return;
          if (p.before && !p.before.test(back(m.index, numberAt))) return;
          if (p.notBefore && p.notBefore.test(back(m.index))) return;
          if (p.exclude && p.exclude.test(m[0])) return;
          if (c.approxBefore.test(back(numberAt)) || c.approxAfter.test(ahead(numberAt + n.length))) return;
          if (!context(m.index)) return;
          const parsed = parseNumeral(n);
          if (parsed === undefined) return;
          taken.add(numberAt);
          const unit = m.groups!.unit!;
          const value = unit in MONEY ? Math.round(parsed * MONEY[unit]! * 1e6) / 1e6 : parsed;
          const pm = c.percent.exec(ahead(m.index + m[0].length));
          out.push({
            quantity: p.quantity,
            written: s.text.slice(numberAt, numberAt + n.length),
            value,
            unit,
            phrase: s.text.slice(m.index, m.index + m[0].length),
            sentence: (trimmed ??= s.text.trim()),
            section,
            offset: s.start + numberAt,
            ...(pm ? { percent: { written: pm[1]!, value: Number(pm[1]) } } : {}),
          });
        });
      }
      for (const n of c.none) {
        if (n.sentence && !n.sentence.test(folded)) continue;
        forEachMatch(n.re, folded, (m) => {
          if (n.exclude && n.exclude.test(m[0])) return;
          if (!context(m.index)) return;
          for (const [q, mention] of Object.entries(n.quantities)) {
            if (!mention.test(m[0])) continue;
            out.push({
              quantity: q,
              written: '0',
              value: 0,
              unit: '',
              phrase: s.text.slice(m.index, m.index + m[0].length),
              sentence: (trimmed ??= s.text.trim()),
              section,
              offset: s.start + m.index,
              none: true,
            });
          }
        });
      }
    }
  }
  out.sort((a, b) => a.section.index - b.section.index || a.offset - b.offset);
  cache.set(report, out);
  return out;
}

/** Offset of the number in the sentence: the match ends with number, spaces, unit. */
function numberOffset(matchAt: number, whole: string, n: string, unit: string): number {
  const upto = whole.slice(0, whole.length - unit.length).trimEnd();
  return matchAt + upto.length - n.length;
}

/** Whether a written value agrees with a table value: exact for counts, to the written precision for amounts. */
export function agrees(statement: Statement, tableValue: number, q: QuantitySpec): boolean {
  if (q.unit === undefined) return Math.abs(statement.value - tableValue) < 1e-9;
  // Amount: the written number's last decimal place, in its unit, converted to the table's unit.
  const places = decimalsOf(statement.written);
  const scale = /万$/u.test(statement.written) ? 1e4 : /亿$/u.test(statement.written) ? 1e8 : 1;
  const step = 10 ** -places * scale * (MONEY[statement.unit] ?? 1);
  return Math.abs(statement.value - tableValue) <= step / 2 + 1e-9;
}

/** Whether a written percentage agrees with part/base to one unit of its last decimal place. */
export function percentAgrees(written: string, value: number, part: number, base: number): boolean {
  if (base <= 0) return false;
  const actual = (part / base) * 100;
  const step = 10 ** -decimalsOf(written);
  return Math.abs(actual - value) <= step + 1e-9;
}

/** Names the cells of a reading for messages: 表三“一、本年新收政府信息公开申请数量”总计 (+ …). */
export function describeReading(format: FormatSpec, r: Reading): { zh: string; en: string } {
  const one = (c: Reading['cells'][number]): { zh: string; en: string } => {
    const t = format.tables[c.table];
    const row = t.rows.find((x) => x.id === c.row);
    const group = row?.group ? t.rowGroups.find((g) => g.id === row.group) : undefined;
    const rowLabel = shortLabel(row?.label ?? c.row);
    const fullRow = group && !group.label.startsWith('三、') && c.table === 't3' ? `${shortLabel(group.label)}${rowLabel}` : rowLabel;
    const col = t.columns.find((x) => x.id === c.column)?.label ?? c.column;
    return { zh: `表${t.number}“${fullRow}”${col}`, en: `table ${t.number} "${fullRow}" / ${col}` };
  };
  const parts = r.cells.map(one);
  if (parts.length <= 3) return { zh: parts.map((p) => p.zh).join('＋'), en: parts.map((p) => p.en).join(' + ') };
  return {
    zh: `${parts[0]!.zh}等${parts.length}项之和`,
    en: `the sum of ${parts.length} cells from ${parts[0]!.en}`,
  };
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
