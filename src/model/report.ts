/**
 * The normalized report: what every reader produces and every rule reads.
 *
 * Two shapes live here:
 * - `Report`, the in-memory model (cells parsed, sources attached, reader findings);
 * - `NormalizedJson`, the documented JSON form (zod schema; `schemas/report.schema.json` is
 *   generated from it by `npm run schema`). `convert --to json` writes it and the JSON reader reads it.
 */
import { z } from 'zod';
import type { Cell } from './cell.js';
import type { Source } from './location.js';
import { getFormat, type FormatId, type FormatSpec, type TableId, type TableSpec } from '../format/spec.js';
import type { Finding } from './diagnostic.js';

/** Version of the normalized JSON layout. Bump on incompatible change. */
export const SCHEMA_VERSION = 1;

/** A section as found in the report: heading text as written and the text under it. */
export interface SectionText {
  heading: string;
  text: string;
  /** Where the heading is. */
  source?: Source;
  /** Where the body text starts. */
  textSource?: Source;
}

/** A row or column found in a table that the official format does not have. */
interface Extra {
  kind: 'row' | 'column';
  label: string;
  source?: Source;
}

/**
 * A row or column whose label, as printed, differs from the official one by more than spacing, wrapping
 * and punctuation (a typo, a dropped word), read as that official row or column all the same.
 */
interface Relabelled {
  kind: 'row' | 'column';
  /** Official row or column id. */
  id: string;
  /** The label as printed. */
  label: string;
  source?: Source;
}

/** A row of a table read from text whose digits run together and split in several ways. */
export interface AmbiguousRow {
  row: string;
  /** The row's column ids, in order: each split gives one text per column. */
  columns: string[];
  /** The digits as written. */
  raw: string;
  /**
   * A split's pieces, one per column; a piece of no text is a blank cell (`few`: a reading with a cell left
   * blank where the text has no value).
   */
  candidates: { raw: string; source?: Source }[][];
  /**
   * The row has fewer values than cells, set apart by spaces (extract-failed tooFew: "行政规范性文件 20 155"):
   * its readings are each value where it stands with a blank cell beside it, and the values cut into more
   * cells ("20 | 1 | 55"); the finding stays unless the report's text singles one out.
   */
  few?: { found: number; cells: number };
}

/** One table's content: cells by `row.column` key, plus what did not fit the format. */
export interface TableContent {
  /** Keyed `${rowId}.${columnId}` (ids from schemas/format). A missing key = cell not in the input. */
  cells: Record<string, Cell>;
  extras: Extra[];
  /** Rows and columns read under an official label they are printed differently from (table-label). */
  relabelled?: Relabelled[];
  /**
   * The format version whose rows and columns this table follows, when it is not the report's (a 2021
   * report whose table 三 keeps the 2019 single （六）其他处理 row): the table is read and checked by its
   * own layout (tableSpec), and table-layout reports the mix once.
   */
  layout?: FormatId;
  /**
   * Rows whose run-together digits split into several ways (extract-ambiguous), with every split: what
   * else the report says may single one out (analysis/glued.ts).
   */
  ambiguous?: AmbiguousRow[];
  /** Where the table starts. */
  source?: Source;
}

/** The normalized model of one report. */
export interface Report {
  /** Path of the input file as given. */
  path: string;
  /** Reader that produced it (json, xlsx, csv, html, docx, text). */
  reader: string;
  title?: string;
  agency?: string;
  /** Reporting year (the year whose work is reported, not the publication year). */
  year?: number;
  /** The 统计期限 sentence, if the report has one. */
  period?: { text: string; from?: string; to?: string; source?: Source };
  /** When the page says the report was published (a saved web page or its text copy: the site's header). */
  published?: { date: string; text: string; source?: Source };
  /** Format version the input declares or whose labels it uses; undefined = unknown. */
  format?: FormatId;
  /** How `format` was determined. */
  formatEvidence?: 'declared' | 'labels' | 'keys';
  /** Sections in document order. */
  sections: SectionText[];
  /** Tables present in the input. A table absent here is missing from the report. */
  tables: Partial<Record<TableId, TableContent>>;
  /** Findings the reader made while reading (extraction problems, schema problems). */
  findings: Finding[];
}

/** What a reader found, any of the optional fields possibly undefined. */
export interface Found extends Omit<Report, 'title' | 'agency' | 'year' | 'period' | 'format' | 'formatEvidence'> {
  title?: string | undefined;
  agency?: string | undefined;
  year?: number | undefined;
  period?: Report['period'] | undefined;
  format?: FormatId | undefined;
  /** How the format was found (default: by its labels). */
  formatEvidence?: Report['formatEvidence'];
}

/** The report of what a reader found: a field it did not find is left out, never undefined. */
export function newReport(f: Found): Report {
  return {
    path: f.path,
    reader: f.reader,
    ...(f.title !== undefined ? { title: f.title } : {}),
    ...(f.agency !== undefined ? { agency: f.agency } : {}),
    ...(f.year !== undefined ? { year: f.year } : {}),
    ...(f.period ? { period: f.period } : {}),
    ...(f.format ? { format: f.format, formatEvidence: f.formatEvidence ?? 'labels' } : {}),
    sections: f.sections,
    tables: f.tables,
    findings: f.findings,
  };
}

/**
 * The rows and columns table `id` of a report follows: its own layout when it has one (a table filled in
 * by the other version of the format), else the report's format.
 */
export function tableSpec(report: Pick<Report, 'tables'>, format: FormatSpec, id: TableId): TableSpec {
  return tableFormat(report, format, id).tables[id];
}

/** The version of the format table `id` of a report follows (its own layout, else the report's). */
export function tableFormat(report: Pick<Report, 'tables'>, format: FormatSpec, id: TableId): FormatSpec {
  const layout = report.tables[id]?.layout;
  return layout && layout !== format.id ? getFormat(layout) : format;
}

/** Creates an empty table content. */
export function emptyTable(source?: Source): TableContent {
  return { cells: Object.create(null) as Record<string, Cell>, extras: [], ...(source ? { source } : {}) };
}

// ---------------------------------------------------------------------------------------------
// The documented JSON form
// ---------------------------------------------------------------------------------------------

const SourceJson = z
  .object({
    pointer: z.string().optional(),
    sheet: z.string().optional(),
    cell: z.string().optional(),
    line: z.number().int().positive().optional(),
    column: z.number().int().positive().optional(),
    table: z.number().int().positive().optional(),
    row: z.number().int().positive().optional(),
    col: z.number().int().positive().optional(),
    path: z.string().optional(),
    paragraph: z.number().int().positive().optional(),
    page: z.number().int().positive().optional(),
    box: z
      .tuple([z.number(), z.number(), z.number(), z.number()])
      .optional()
      .meta({ description: "PDF: the box on `page` — left, top, right, bottom in points from the page's top-left corner." }),
  })
  .meta({ description: 'Where the value was read from in the original file (all numbers 1-based, except the box).' });

const ScalarCell = z.union([z.number(), z.string(), z.null()]);

const CellJson = z
  .union([
    ScalarCell,
    z.object({
      value: ScalarCell.meta({ description: 'Number, null for blank, or the text as written ("/", "3件"); null when status is "unread".' }),
      raw: z.string().optional().meta({ description: 'Text as written, when it differs from value.' }),
      source: SourceJson.optional(),
      status: z.literal('unread').optional().meta({
        description:
          'The cell could not be read from the original file (written by `convert` so that it is not lost): its value is unknown, ' +
          'not blank and not 0. Read back, gongkai reports it as unread.',
      }),
      reason: z.string().optional().meta({ description: 'Why the cell could not be read (with status "unread").' }),
    }),
  ])
  .meta({
    description:
      'A cell: a number; null or "" for a blank cell; a placeholder such as "/", "-", "—", "无"; or text as written. ' +
      'The object form adds the source location, or marks a cell that could not be read (status "unread").',
  });

const RowJson = z.record(z.string(), CellJson).meta({ description: 'Cells of one row, keyed by column id.' });
const TableJson = z.record(z.string(), RowJson).meta({ description: 'Rows keyed by row id (see schemas/format).' });

const SectionJson = z.object({
  heading: z.string().meta({ description: 'Heading as written, e.g. "一、总体情况".' }),
  text: z.string().meta({ description: 'Text of the section (may be empty for table sections).' }),
  source: SourceJson.optional(),
});

const FormatJson = z.enum(['2021', '2019']);

export const NormalizedJson = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION).meta({ description: 'Version of this JSON layout.' }),
    format: z.enum(['2021', '2019']).optional().meta({
      description: 'Official format version: 2021 (国办公开办函〔2021〕30号) or 2019 (国办公开办函〔2019〕60号, 试行).',
    }),
    title: z.string().optional(),
    agency: z.string().optional(),
    year: z.number().int().min(2000).max(2100).optional().meta({ description: 'Reporting year.' }),
    period: z
      .object({ text: z.string(), from: z.string().optional(), to: z.string().optional() })
      .optional()
      .meta({ description: 'The 统计期限 sentence and the dates it gives (YYYY-MM-DD).' }),
    sections: z.array(SectionJson).meta({ description: 'Sections in document order.' }),
    tableFormats: z
      .object({ t2: FormatJson.optional(), t3: FormatJson.optional(), t4: FormatJson.optional() })
      .optional()
      .meta({
        description:
          'Tables filled in by the other version of the format than `format` (e.g. a 2021 report whose t3 keeps the 2019 single ' +
          '（六）其他处理 row, `other_handling`): their rows and columns are those of this version. Absent: every table follows `format`.',
      }),
    tables: z
      .object({ t2: TableJson.optional(), t3: TableJson.optional(), t4: TableJson.optional() })
      .meta({
        description:
          't2 = 主动公开政府信息情况, t3 = 收到和处理政府信息公开申请情况, t4 = 政府信息公开行政复议、行政诉讼情况. ' +
          'Rows and columns are keyed by the stable ids in schemas/format; unknown keys are non-standard rows/columns.',
      }),
  })
  .meta({
    title: 'gongkai normalized report',
    description: 'A 政府信息公开工作年度报告 in the normalized form read and written by gongkai.',
  });

export type NormalizedJsonType = z.infer<typeof NormalizedJson>;

// A fast path for the common case: true only when NormalizedJson would accept the value, checked by
// hand in one pass (zod's parse costs more than reading the report). False means "not sure": the caller
// asks zod, which gives the issues. Keep it at least as strict as the schema above.
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const optString = (o: Obj, k: string): boolean => o[k] === undefined || typeof o[k] === 'string';
const positiveInt = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
const SOURCE_STRINGS = ['pointer', 'sheet', 'cell', 'path'] as const;
const SOURCE_INTS = ['line', 'column', 'table', 'row', 'col', 'paragraph', 'page'] as const;

function plainSource(v: unknown): boolean {
  if (!isObj(v)) return false;
  for (const k of SOURCE_STRINGS) if (!optString(v, k)) return false;
  for (const k of SOURCE_INTS) if (v[k] !== undefined && !positiveInt(v[k])) return false;
  if (v.box !== undefined && !(Array.isArray(v.box) && v.box.length === 4 && v.box.every((n) => typeof n === 'number' && Number.isFinite(n)))) return false;
  return true;
}

const plainScalar = (v: unknown): boolean => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

function plainCell(v: unknown): boolean {
  if (plainScalar(v)) return true;
  return (
    isObj(v) &&
    plainScalar(v.value) &&
    optString(v, 'raw') &&
    (v.source === undefined || plainSource(v.source)) &&
    (v.status === undefined || v.status === 'unread') &&
    optString(v, 'reason')
  );
}

/** True only when `NormalizedJson.safeParse(v)` succeeds; false when unsure (then ask zod). */
export function isPlainNormalizedJson(v: unknown): boolean {
  if (!isObj(v)) return false;
  if (v.schemaVersion !== SCHEMA_VERSION) return false;
  if (!optString(v, '$schema') || !optString(v, 'title') || !optString(v, 'agency')) return false;
  if (v.format !== undefined && v.format !== '2021' && v.format !== '2019') return false;
  if (v.year !== undefined && !(typeof v.year === 'number' && Number.isSafeInteger(v.year) && v.year >= 2000 && v.year <= 2100)) return false;
  if (v.period !== undefined) {
    const p = v.period;
    if (!isObj(p) || typeof p.text !== 'string' || !optString(p, 'from') || !optString(p, 'to')) return false;
  }
  if (v.tableFormats !== undefined) {
    if (!isObj(v.tableFormats)) return false;
    for (const [k, f] of Object.entries(v.tableFormats)) if (!['t2', 't3', 't4'].includes(k) || (f !== '2021' && f !== '2019')) return false;
  }
  if (!Array.isArray(v.sections)) return false;
  for (const s of v.sections as unknown[]) {
    if (!isObj(s) || typeof s.heading !== 'string' || typeof s.text !== 'string') return false;
    if (s.source !== undefined && !plainSource(s.source)) return false;
  }
  const tables = v.tables;
  if (!isObj(tables)) return false;
  for (const t of ['t2', 't3', 't4']) {
    const table = tables[t];
    if (table === undefined) continue;
    if (!isObj(table)) return false;
    for (const row of Object.values(table)) {
      if (!isObj(row)) return false;
      for (const cell of Object.values(row)) if (!plainCell(cell)) return false;
    }
  }
  return true;
}

/** Keys the JSON form knows at each level; anything else is reported as unknown. */
export const KNOWN_KEYS = {
  top: ['$schema', 'schemaVersion', 'format', 'title', 'agency', 'year', 'period', 'sections', 'tableFormats', 'tables'],
  period: ['text', 'from', 'to'],
  section: ['heading', 'text', 'source'],
  tables: ['t2', 't3', 't4'],
  cell: ['value', 'raw', 'source', 'status', 'reason'],
  source: ['pointer', 'sheet', 'cell', 'line', 'column', 'table', 'row', 'col', 'path', 'paragraph', 'page', 'box'],
} as const;
