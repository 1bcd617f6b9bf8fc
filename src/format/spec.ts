/**
 * The official format as data: `schemas/format/*.json`, imported as modules (the build bundles them;
 * nothing is read from disk), validated, and resolved for one version (2021 or 2019) into tables whose
 * rows, columns and equations apply to that version.
 * Nothing else in gongkai lists rows, columns or labels: readers, rules and renderers ask here.
 */
import { oncePer } from '../memo.js';
import { z } from 'zod';
import formatsJson from '../../schemas/format/formats.json' with { type: 'json' };
import sectionsJson from '../../schemas/format/sections.json' with { type: 'json' };
import table2of2019 from '../../schemas/format/table2-2019.json' with { type: 'json' };
import table2of2021 from '../../schemas/format/table2-2021.json' with { type: 'json' };
import table3Json from '../../schemas/format/table3.json' with { type: 'json' };
import table4Json from '../../schemas/format/table4.json' with { type: 'json' };

/** Format version ids, as used in `formats.json`. */
export const FORMAT_IDS = ['2021', '2019'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];
export type TableId = 't2' | 't3' | 't4';
export const TABLE_IDS: readonly TableId[] = ['t2', 't3', 't4'];

/** Value domain of a column: count = integer ≥ 0; signed = integer; amount = decimal ≥ 0. */
export type CellType = 'count' | 'signed' | 'amount';

const formatsOnly = z.array(z.enum(FORMAT_IDS)).optional();
const labelled = {
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: z.string().min(1),
  variants: z.array(z.string()).optional(),
};
const ColumnData = z.object({
  ...labelled,
  type: z.enum(['count', 'signed', 'amount']),
  /** The unit the official template prints for the column (万元 for the 2021 fee amount). */
  unit: z.string().optional(),
  /** An amount column whose template prints no unit: the unit gongkai reads its amounts in (元 for the 2019 procurement amount). */
  readUnit: z.string().optional(),
  group: z.string().optional(),
});
const ColumnGroupData = z.object({ ...labelled, parent: z.string().optional() });
const RowGroupData = z.object({
  ...labelled,
  parent: z.string().optional(),
  columns: z.array(z.string()).optional(),
  formats: formatsOnly,
});
const RowData = z.object({ ...labelled, group: z.string().optional(), formats: formatsOnly });
const EquationData = z.object({
  id: z.string(),
  rule: z.string(),
  each: z.enum(['row', 'column']),
  left: z.array(z.string()).min(1),
  right: z.array(z.string()).min(1),
  anchor: z.string(),
  formats: formatsOnly,
});
const TableData = z.object({
  $comment: z.string().optional(),
  id: z.enum(['t2', 't3', 't4']),
  number: z.string(),
  title: z.string(),
  section: z.string(),
  note: z.string().optional(),
  labelHeader: z.string().optional(),
  transposed: z.boolean().optional(),
  columnGroups: z.array(ColumnGroupData).optional(),
  columns: z.array(ColumnData).min(1),
  rowGroups: z.array(RowGroupData).optional(),
  rows: z.array(RowData).min(1),
  equations: z.array(EquationData),
});
const SectionData = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  kind: z.enum(['text', 'table']),
  variants: z.array(z.string()),
  keywords: z.array(z.array(z.string())),
});
const SectionsFile = z.object({ $comment: z.string().optional(), sections: z.array(SectionData).length(6) });
const FormatData = z.object({
  id: z.enum(FORMAT_IDS),
  name: z.string(),
  document: z.string(),
  years: z.object({ from: z.number().int(), to: z.number().int().optional() }),
  tables: z.array(z.string()).length(3),
  section1MaxChars: z.number().int().nullable(),
  feeReportRequired: z.boolean(),
  feeWords: z.array(z.string()),
  markers: z.array(z.string()),
});
const FormatsFile = z.object({ $comment: z.string().optional(), formats: z.array(FormatData) });

export type SectionSpec = z.infer<typeof SectionData>;
export type ColumnSpec = z.infer<typeof ColumnData>;
type ColumnGroupSpec = z.infer<typeof ColumnGroupData>;
export type RowGroupSpec = z.infer<typeof RowGroupData>;
export type EquationSpec = z.infer<typeof EquationData>;

/** A row of one format version, with the columns it has (table 二's blocks have their own columns). */
export interface RowSpec {
  id: string;
  label: string;
  variants: string[];
  /** Row group id, if any (e.g. `denied` for （三）不予公开). */
  group?: string;
  /** Column ids this row has, in official order. */
  columns: string[];
}

/** One table of one format version. */
export interface TableSpec {
  id: TableId;
  number: string;
  title: string;
  section: string;
  note?: string;
  labelHeader?: string;
  /** True for table 四: the logical rows are laid out as column groups in the official table. */
  transposed: boolean;
  columns: ColumnSpec[];
  columnGroups: ColumnGroupSpec[];
  rows: RowSpec[];
  rowGroups: RowGroupSpec[];
  equations: EquationSpec[];
}

/** One version of the format, fully resolved. */
export interface FormatSpec {
  id: FormatId;
  name: string;
  document: string;
  years: { from: number; to?: number };
  section1MaxChars: number | null;
  feeReportRequired: boolean;
  /** Regular expressions: section 六 mentions the information processing fee when one matches. */
  feeWords: string[];
  markers: string[];
  sections: SectionSpec[];
  tables: Record<TableId, TableSpec>;
}

/** The files of `schemas/format/` by name, as `formats.json` names them. Their shape is checked here, not trusted. */
const FORMAT_FILES: Readonly<Record<string, unknown>> = {
  'formats.json': formatsJson,
  'sections.json': sectionsJson,
  'table2-2019.json': table2of2019,
  'table2-2021.json': table2of2021,
  'table3.json': table3Json,
  'table4.json': table4Json,
};

function loadJson<T>(file: string, schema: z.ZodType<T>): T {
  if (!Object.hasOwn(FORMAT_FILES, file)) throw new Error(`schemas/format/${file} is not a file of the format data`);
  const parsed = schema.safeParse(FORMAT_FILES[file]);
  if (!parsed.success) {
    throw new Error(`schemas/format/${file} is not valid format data: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

function applies(formats: readonly FormatId[] | undefined, id: FormatId): boolean {
  return formats === undefined || formats.includes(id);
}

function resolveTable(file: string, format: FormatId): TableSpec {
  const data = loadJson(file, TableData);
  const rowGroups = (data.rowGroups ?? []).filter((g) => applies(g.formats, format));
  const allColumns = data.columns.map((c) => c.id);
  const columnsOf = (groupId: string | undefined): string[] => {
    let g = rowGroups.find((x) => x.id === groupId);
    while (g) {
      if (g.columns) return g.columns;
      const parent = g.parent;
      g = rowGroups.find((x) => x.id === parent);
    }
    return allColumns;
  };
  const rows: RowSpec[] = data.rows
    .filter((r) => applies(r.formats, format))
    .map((r) => ({
      id: r.id,
      label: r.label,
      variants: r.variants ?? [],
      ...(r.group !== undefined ? { group: r.group } : {}),
      columns: columnsOf(r.group),
    }));
  const table: TableSpec = {
    id: data.id,
    number: data.number,
    title: data.title,
    section: data.section,
    ...(data.note !== undefined ? { note: data.note } : {}),
    ...(data.labelHeader !== undefined ? { labelHeader: data.labelHeader } : {}),
    transposed: data.transposed ?? false,
    columns: data.columns,
    columnGroups: data.columnGroups ?? [],
    rows,
    rowGroups,
    equations: data.equations.filter((e) => applies(e.formats, format)),
  };
  checkTable(table, file);
  return table;
}

/** Referential integrity of the data: every id an equation or group names must exist. */
function checkTable(t: TableSpec, file: string): void {
  const rowIds = new Set(t.rows.map((r) => r.id));
  const colIds = new Set(t.columns.map((c) => c.id));
  const fail = (what: string): never => {
    throw new Error(`schemas/format/${file}: ${what}`);
  };
  if (rowIds.size !== t.rows.length) fail('duplicate row id');
  if (colIds.size !== t.columns.length) fail('duplicate column id');
  for (const r of t.rows) {
    if (r.group !== undefined && !t.rowGroups.some((g) => g.id === r.group)) fail(`row ${r.id}: unknown group ${r.group}`);
    for (const c of r.columns) if (!colIds.has(c)) fail(`row ${r.id}: unknown column ${c}`);
  }
  for (const e of t.equations) {
    const [terms, others] = e.each === 'column' ? [rowIds, colIds] : [colIds, rowIds];
    void others;
    for (const id of [...e.left, ...e.right]) if (!terms.has(id)) fail(`equation ${e.id}: unknown term ${id}`);
    if (![...e.left, ...e.right].includes(e.anchor)) fail(`equation ${e.id}: anchor ${e.anchor} is not a term`);
  }
}

const cache = new Map<FormatId, FormatSpec>();

/** The resolved spec of one format version (cached). */
export function getFormat(id: FormatId): FormatSpec {
  const hit = cache.get(id);
  if (hit) return hit;
  const all = loadJson('formats.json', FormatsFile);
  const data = all.formats.find((f) => f.id === id);
  if (!data) throw new Error(`schemas/format/formats.json has no format ${id}`);
  const { sections } = loadJson('sections.json', SectionsFile);
  const tables = {} as Record<TableId, TableSpec>;
  for (const file of data.tables) {
    const t = resolveTable(file, id);
    tables[t.id] = t;
  }
  for (const t of TABLE_IDS) if (!tables[t]) throw new Error(`format ${id} lacks table ${t}`);
  const spec: FormatSpec = {
    id,
    name: data.name,
    document: data.document,
    years: data.years,
    section1MaxChars: data.section1MaxChars,
    feeReportRequired: data.feeReportRequired,
    feeWords: data.feeWords,
    markers: data.markers,
    sections,
    tables,
  };
  cache.set(id, spec);
  return spec;
}

/** Both versions, newest first. */
export function allFormats(): FormatSpec[] {
  return FORMAT_IDS.map(getFormat);
}

/** The format version that applies to a reporting year (2019 for 2019–2020, 2021 from 2021). */
export function formatForYear(year: number): FormatId | undefined {
  return allFormats().find((f) => year >= f.years.from && (f.years.to === undefined || year <= f.years.to))?.id;
}

/** Stable id of a cell: `t3.new.natural`. Row and column ids never contain dots. */
/** Whether a table has the cell `row.column` in this format. */
export function hasCell(t: TableSpec, row: string, column: string): boolean {
  return t.rows.find((r) => r.id === row)?.columns.includes(column) ?? false;
}

/**
 * The bindings of an equation: the columns it holds in (`each: column`, terms are rows) or the rows
 * (`each: row`, terms are columns) — those where the table has every term's cell.
 */
export function equationBindings(t: TableSpec, eq: EquationSpec): string[] {
  const terms = [...eq.left, ...eq.right];
  if (eq.each === 'column') return t.columns.map((c) => c.id).filter((cid) => terms.every((rid) => hasCell(t, rid, cid)));
  return t.rows.filter((r) => terms.every((cid) => r.columns.includes(cid))).map((r) => r.id);
}

export function cellId(table: TableId, row: string, column: string): string {
  return `${table}.${row}.${column}`;
}

/** Every cell a table has in a format, in official order (row by row). Built once per table spec: do not mutate. */
export const tableCells = oncePer((t: TableSpec): readonly { row: RowSpec; column: ColumnSpec }[] => {
  const list: { row: RowSpec; column: ColumnSpec }[] = [];
  for (const row of t.rows) {
    for (const cid of row.columns) {
      const column = t.columns.find((c) => c.id === cid);
      if (column) list.push({ row, column });
    }
  }
  return Object.freeze(list);
});

/** Official labels of a cell: row, its group chain, column and its group chain. */
export interface CellLabels {
  table: string;
  row: string;
  rowGroup?: string;
  column: string;
  columnGroup?: string;
}

export function cellLabels(t: TableSpec, rowId: string, columnId: string): CellLabels {
  const row = t.rows.find((r) => r.id === rowId);
  const col = t.columns.find((c) => c.id === columnId);
  const rowGroup = row?.group ? t.rowGroups.find((g) => g.id === row.group) : undefined;
  const colGroup = col?.group ? t.columnGroups.find((g) => g.id === col.group) : undefined;
  // Table 四 is transposed: a logical row is a column group in the official layout, and
  // 未经复议直接起诉 / 复议后起诉 sit under 行政诉讼.
  return {
    table: `${t.number}、${t.title}`,
    row: row?.label ?? rowId,
    ...(rowGroup ? { rowGroup: rowGroup.label } : {}),
    column: col?.label ?? columnId,
    ...(colGroup ? { columnGroup: colGroup.label } : {}),
  };
}
