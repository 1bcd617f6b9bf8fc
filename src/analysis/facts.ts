/**
 * Facts of one report for the checks across files (crossfile.ts): small, plain, structured-cloneable
 * data computed where the report is checked (in a worker too), so that the run never keeps whole
 * reports in memory.
 */
import { oncePer } from '../memo.js';
import { toSimplified } from '../format/labels.js';
import { matchSection } from '../format/sections.js';
import { hasCell, tableCells, type FormatId, type FormatSpec, type TableId } from '../format/spec.js';
import { metaFromTitle } from '../model/meta.js';
import { tableFormat, type Report } from '../model/report.js';
import type { Source } from '../model/location.js';
import { narrativeData } from './narrative-data.js';
import { resolveFormat } from './resolve.js';
import { summarySays } from './rollup-words.js';
import { isBoilerplate } from './review-data.js';
import { foldWithout, minHash } from './similarity.js';

/** A cell value: a number, or null when the cell is absent, blank, a placeholder or text. */
type Value = number | null;

export const T3_COLUMNS = ['natural', 'commercial', 'research', 'nonprofit', 'legal_services', 'other', 'total'] as const;

/** Figures compared from year to year for large jumps (quantity name → cells summed), from schemas/narrative.json. */
export function jumpFigures(): Record<string, string[]> {
  const { data } = narrativeData();
  return Object.fromEntries(data.yearOverYear.map((name) => [name, data.quantities[name]!.anyOf[0]!]));
}

/** The jump figures with their cells split, and whether a format has all of them (once per format). */
const figurePlan = oncePer((format: FormatSpec): { name: string; cells: { table: TableId; key: string }[]; formatHas: boolean }[] =>
  Object.entries(jumpFigures()).map(([name, cells]) => {
    const split = cells.map((c) => c.split('.') as [TableId, string, string]);
    return {
      name,
      cells: split.map(([table, row, column]) => ({ table, key: `${row}.${column}` })),
      formatHas: split.every(([t, r, col]) => hasCell(format.tables[t], r, col)),
    };
  }),
);

export interface ReportFacts {
  file: string;
  agency?: string;
  /** Normalised agency name used to match the files of one agency. */
  agencyKey?: string;
  year?: number;
  format: FormatId;
  /** Table 三: 二、上年结转 and 四、结转下年度继续办理 per column (absent when table 三 is missing). */
  carry?: { over: Record<string, Value>; forward: Record<string, Value> };
  /** Table 二 (2021 format): 本年制发, 本年废止, 现行有效 for 规章 and 行政规范性文件. */
  documents?: Record<'regulations' | 'normative_documents', { issued: Value; repealed: Value; in_force: Value }>;
  /** Figures for the jump check (see jumpFigures). */
  figures: Record<string, Value>;
  /** The text of each of the six sections the report has (s1…s6; a section given twice, both texts), when not empty. */
  texts: Record<string, string>;
  /** The tables' non-zero figures, by cell id (t3.granted.total), for yoy-tables-unchanged. */
  cells: Record<string, number>;
  /**
   * Where in the file the cells are that a cross-file finding can name (the reader's sources: page and box,
   * sheet!cell, JSON pointer, line…), by cell id: table 三's carry-over rows (yoy-carry-over), the first cell
   * of each jump figure (yoy-jump, located as its logical location is), table 二's 现行有效 (yoy-in-force)
   * and every cell of `cells` (yoy-tables-unchanged lists the changed ones, batch-rollup the summary's);
   * and, by section id (s1), the heading of each section of `texts` (yoy-text-repeat, batch-copied-text).
   * A report that says it is a summary (schemas/rollup.json) keeps every official cell that holds a number:
   * batch-rollup compares each with its units' sum, a 0 too.
   * Only these, and packed (`sourceOf` unpacks one): a source per official cell, as objects, would double
   * the facts the run keeps on disk.
   */
  sources: PackedSources;
  /**
   * Per table the report has: the version of the format it follows and its official cells (`row.column`)
   * that hold no number — blank, a placeholder, text or absent. Every other official cell of the table holds
   * `cells[id]`, else 0 (batch-rollup).
   */
  tables?: Partial<Record<TableId, { format: FormatId; empty: string[] }>>;
  /**
   * Sections 一 and 五 for batch-copied-text: their MinHash signatures (agency names, years, numbers and
   * boilerplate left out), by which near copies in other files are found (analysis/similarity.ts).
   */
  signatures?: Record<string, number[]>;
}

/**
 * Cell sources without their field names, which would be most of their size: `fields` lists the fields
 * the report's sources use (one reader: the same few), and each cell id has its source's values in that
 * order, null where it has none.
 */
interface PackedSources {
  fields: (keyof Source)[];
  cells: Record<string, (Source[keyof Source] | null)[]>;
}

/** Packs cell sources (cell id → source) into `PackedSources`. */
function packSources(sources: ReadonlyMap<string, Source>): PackedSources {
  const fields = [...new Set([...sources.values()].flatMap((s) => Object.keys(s) as (keyof Source)[]))];
  const cells: PackedSources['cells'] = {};
  for (const [id, source] of sources) cells[id] = fields.map((f) => source[f] ?? null);
  return { fields, cells };
}

/** Where cell `id` (t3.new.total) is in the report's file, if the facts keep it (see ReportFacts.sources). */
export function sourceOf(facts: Pick<ReportFacts, 'sources'>, id: string): Source | undefined {
  const values = facts.sources.cells[id];
  if (!values) return undefined;
  const out: Record<string, unknown> = {};
  facts.sources.fields.forEach((f, n) => {
    if (values[n] !== null && values[n] !== undefined) out[f] = values[n];
  });
  return out as Source;
}

/** Sections compared between the files of different agencies (batch-copied-text). */
export const BATCH_SECTIONS = ['s1', 's5'] as const;

/**
 * The names an agency's text calls it by, masked before texts of different agencies are compared: the
 * name without notes in brackets, and its own part after the region (平潭综合实验区公安局 → 公安局).
 */
export function agencyMasks(agency: string | undefined): string[] {
  if (!agency) return [];
  const name = agency.replace(/[（(][^）)]*[）)]|【[^】]*】/gu, '').trim();
  const out = [name];
  const own = name.match(/(?:省|市|区|县|州|旗|盟)([^省市区县州旗盟]{2,})$/u)?.[1];
  if (own) out.push(own);
  return out.filter((x) => x.length >= 2);
}

/**
 * The agency name in a comparable form: width and traditional characters folded, notes in brackets
 * ("平潭综合实验区（管委会，区级汇总报告）"), quotes and spaces removed.
 */
export function agencyKey(name: string): string {
  const s = toSimplified(name.normalize('NFKC')).replace(/\([^)]*\)|【[^】]*】|\[[^\]]*\]/gu, '');
  return s.replace(/[\s"'“”‘’《》<>「」、，,。.·・\-—_]/gu, '');
}

function cellValue(report: Report, id: string): Value {
  const [table, row, column] = id.split('.') as ['t2' | 't3' | 't4', string, string];
  const c = report.tables[table]?.cells[`${row}.${column}`];
  return c?.kind === 'number' ? c.value : null;
}

/** Table 三's carry-over cells per column, keyed as in the table content. */
const CARRY_KEYS = T3_COLUMNS.map((column) => ({ column, overKey: `carried_over.${column}`, forwardKey: `carried_forward.${column}` }));

/** Extracts the facts of one report. */
export function extractFacts(report: Report): ReportFacts {
  const format = resolveFormat(report);
  const agency = report.agency ?? (report.title ? metaFromTitle(report.title).agency : undefined);
  // Only a real reporting year pairs files (2000–2100, as the JSON schema and the title reader accept):
  // a report whose year is 1e308 is not paired with anything (the cross-file step once counted the
  // years between 2021 and it, one by one, until the process died).
  const given = report.year ?? (report.title ? metaFromTitle(report.title).year : undefined);
  const year = given !== undefined && Number.isSafeInteger(given) && given >= 2000 && given <= 2100 ? given : undefined;
  const facts: ReportFacts = {
    file: report.path,
    ...(agency ? { agency, agencyKey: agencyKey(agency) } : {}),
    ...(year !== undefined ? { year } : {}),
    format: format.id,
    figures: {},
    texts: {},
    cells: {},
    sources: { fields: [], cells: {} },
  };
  const sources = new Map<string, Source>();
  const keepSource = (table: TableId, key: string): void => {
    const source = report.tables[table]?.cells[key]?.source;
    if (source) sources.set(`${table}.${key}`, source);
  };
  if (report.tables.t3) {
    const over: Record<string, Value> = {};
    const forward: Record<string, Value> = {};
    const cells = report.tables.t3.cells;
    for (const { column, overKey, forwardKey } of CARRY_KEYS) {
      const co = cells[overKey];
      const cf = cells[forwardKey];
      over[column] = co?.kind === 'number' ? co.value : null;
      forward[column] = cf?.kind === 'number' ? cf.value : null;
      keepSource('t3', overKey);
      keepSource('t3', forwardKey);
    }
    facts.carry = { over, forward };
  }
  if (report.tables.t2 && format.id === '2021') {
    const doc = (row: string): { issued: Value; repealed: Value; in_force: Value } => ({
      issued: cellValue(report, `t2.${row}.issued`),
      repealed: cellValue(report, `t2.${row}.repealed`),
      in_force: cellValue(report, `t2.${row}.in_force`),
    });
    facts.documents = { regulations: doc('regulations'), normative_documents: doc('normative_documents') };
    keepSource('t2', 'regulations.in_force');
    keepSource('t2', 'normative_documents.in_force');
  }
  for (const { name, cells, formatHas } of figurePlan(format)) {
    const vals = cells.map(({ table, key }): Value => {
      const c = report.tables[table]?.cells[key];
      return c?.kind === 'number' ? c.value : null;
    });
    facts.figures[name] = formatHas && vals.every((v) => v !== null) ? vals.reduce<number>((a, v) => a + v!, 0) : null;
    if (facts.figures[name] !== null) keepSource(cells[0]!.table, cells[0]!.key);
  }
  for (const section of report.sections) {
    const id = matchSection(section.heading)?.id;
    if (!id || section.text.trim() === '') continue;
    if (section.source && !sources.has(id)) sources.set(id, section.source);
    facts.texts[id] = facts.texts[id] === undefined ? section.text : `${facts.texts[id]}\n${section.text}`;
  }
  const summary = summarySays(facts) !== undefined;
  for (const table of ['t2', 't3', 't4'] as const) {
    for (const [key, c] of Object.entries(report.tables[table]?.cells ?? {})) {
      if (c.kind !== 'number' || c.value === 0) continue;
      facts.cells[`${table}.${key}`] = c.value;
      if (c.source) sources.set(`${table}.${key}`, c.source);
    }
    const content = report.tables[table];
    if (!content) continue;
    const own = tableFormat(report, format, table);
    const official = tableCells(own.tables[table]).map(({ row, column }) => `${row.id}.${column.id}`);
    const empty = official.filter((key) => content.cells[key]?.kind !== 'number');
    if (summary) for (const key of official) if (content.cells[key]?.kind === 'number') keepSource(table, key);
    (facts.tables ??= {})[table] = { format: own.id, empty };
  }
  facts.sources = packSources(sources);
  const masks = agencyMasks(agency);
  for (const id of BATCH_SECTIONS) {
    const text = facts.texts[id];
    if (text === undefined) continue;
    const sig = minHash(foldWithout(text, isBoilerplate, masks));
    if (sig.length > 0) (facts.signatures ??= {})[id] = sig;
  }
  return facts;
}
