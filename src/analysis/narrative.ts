/**
 * Narrative against tables: finds every statement in the text sections that restates a table figure
 * (schemas/narrative.json says which phrases tie to which cells; narrative-data.ts) and compares it with
 * the tables, sentence by sentence (narrative-text.ts). Rules narrative-figure and narrative-percentage
 * report from the statements found here.
 */
import { oncePerPair } from '../memo.js';
import { shortLabel } from '../format/labels.js';
import { decimalsOf, parseNumeral } from '../format/numerals.js';
import { hasCell, type FormatSpec, type TableId } from '../format/spec.js';
import type { Cell } from '../model/cell.js';
import type { Report, TableContent } from '../model/report.js';
import { narrativeData, type QuantitySpec } from './narrative-data.js';
import { anyIn, foldedText, forEachMatch, joinedLines, nearestYear, numberOffset, numberUnitOffsets, sentences, tightened, yearMentions } from './narrative-text.js';
import type { ResolvedSection } from './resolve.js';

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
  /** The one reading of the quantity the wording allows ("本年新收…" the plain one), if it fixes one. */
  reading?: number;
}

/**
 * A reading of a quantity in the tables: its cells and the sum, or undefined when a cell is not a number.
 * A cell the report left blank (or "-", "/", …) counts as 0, a blank 总计 as its row's parts; `blanks`
 * says the value was read that way (the findings then say blanks were counted as 0).
 */
export interface Reading {
  cells: { table: TableId; row: string; column: string }[];
  value: number | undefined;
  blanks: boolean;
}

type ReadingCells = { reading: number; cells: { table: TableId; row: string; column: string; key: string; parts?: string[] }[] };

/**
 * The parts of a total cell: the other columns of its row when a row equation of its table has it alone
 * on one side (表三's 总计 = the six applicant columns, 表四's 总计 = its four results).
 */
function partsOf(format: FormatSpec, table: TableId, row: string, column: string): string[] | undefined {
  const eq = format.tables[table].equations.find((e) => e.each === 'row' && e.anchor === column && e.right.length === 1 && e.right[0] === column);
  if (!eq || !eq.left.every((c) => hasCell(format.tables[table], row, c))) return undefined;
  return eq.left.map((c) => `${row}.${c}`);
}

/** The cells of each reading of a quantity in a format (cells the format lacks left out, empty readings dropped). */
const readingCells = oncePerPair((format: FormatSpec, q: QuantitySpec): ReadingCells[] => {
  const plan: ReadingCells[] = [];
  q.anyOf.forEach((alt, reading) => {
    const cells: ReadingCells['cells'] = [];
    for (const id of alt) {
      const [table, row, column] = id.split('.') as [TableId, string, string];
      if (!hasCell(format.tables[table], row, column)) continue;
      const parts = partsOf(format, table, row, column);
      cells.push({ table, row, column, key: `${row}.${column}`, ...(parts ? { parts } : {}) });
    }
    if (cells.length > 0) plan.push({ reading, cells });
  });
  return plan;
});

/** A cell the report left blank: empty, or a placeholder ("-", "/", "—", "无"). */
const isBlank = (c: Cell | undefined): boolean => c?.kind === 'blank' || c?.kind === 'placeholder';

/**
 * The value of one cell of a reading: a number as written; a blank counts as 0, except a blank total
 * whose row has a number in its parts, which counts as their sum (blanks 0). Undefined when the cell, or
 * a part a blank total is read from, is unread, missing or text.
 */
function cellValue(cells: TableContent['cells'], key: string, parts: string[] | undefined): { value: number; blanks: boolean } | undefined {
  const cell = cells[key];
  if (cell?.kind === 'number') return { value: cell.value, blanks: false };
  if (!isBlank(cell)) return undefined;
  let sum = 0;
  for (const k of parts ?? []) {
    const c = cells[k];
    if (c?.kind === 'number') sum += c.value;
    else if (!isBlank(c)) return undefined;
  }
  return { value: sum, blanks: true };
}

/**
 * The readings of a quantity for a report: cells the format lacks are left out; empty readings dropped.
 * `only`: the one reading a statement's wording allows (its index in the quantity's anyOf).
 */
export function readings(report: Report, format: FormatSpec, q: QuantitySpec, only?: number): Reading[] {
  const out: Reading[] = [];
  for (const { reading, cells: plan } of readingCells(format, q)) {
    if (only !== undefined && reading !== only) continue;
    let value: number | undefined = 0;
    let blanks = false;
    for (const c of plan) {
      const t = report.tables[c.table];
      const v = t && cellValue(t.cells, c.key, c.parts);
      if (!v) {
        value = undefined;
        break;
      }
      value += v.value;
      blanks ||= v.blanks;
    }
    const cells = plan.map((c) => ({ table: c.table, row: c.row, column: c.column }));
    out.push({ cells, value: value === undefined ? undefined : Math.round(value * 1e6) / 1e6, blanks: value !== undefined && blanks });
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

/** Words that make a statement about another period ("上年", "同比", "较…"), except 上年结转 itself. */
const OTHER_PERIOD = /(?:上一?年(?!度?结转)|去年|同比|较上年|比上年|上年度(?!结转)|历年|累计至今)/u;

const cache = new WeakMap<Report, Statement[]>();

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
      // The fold keeps offsets, so the sentence's fold is the slice of the section's; the phrases are
      // matched without the spaces beside numbers ("申请 17 件") and with wrapped lines joined, offsets
      // turned back with `at`/`end`.
      const tight = tightened(sectionFolded.slice(s.start, s.start + s.text.length));
      const folded = tight.text;
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
            written: s.text.slice(tight.at(numberAt), tight.end(numberAt + n.length)),
            value,
            unit,
            phrase: joinedLines(s.text.slice(tight.at(m.index), tight.end(m.index + m[0].length))),
            sentence: (trimmed ??= joinedLines(s.text.trim())),
            section,
            offset: s.start + tight.at(numberAt),
            ...(pm ? { percent: { written: pm[1]!, value: Number(pm[1]) } } : {}),
            ...(p.reading !== undefined ? { reading: p.reading } : {}),
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
              phrase: joinedLines(s.text.slice(tight.at(m.index), tight.end(m.index + m[0].length))),
              sentence: (trimmed ??= joinedLines(s.text.trim())),
              section,
              offset: s.start + tight.at(m.index),
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
