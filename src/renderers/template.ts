/**
 * The official layout of a report as a sheet: title, the six section headings, and tables 二/三/四
 * with their exact labels and merged headers, built from schemas/format (nothing listed here).
 *
 * `gongkai template` writes it empty (xlsx with a SUM formula in every 总计 cell whose equation is
 * "parts = total"); tests and fixtures fill it with real figures. Text that a spreadsheet would run
 * as a formula is neutralized with a leading apostrophe; numbers stay numbers.
 */
import { equationBindings, getFormat, TABLE_IDS, type FormatId, type FormatSpec, type TableId, type TableSpec } from '../format/spec.js';
import { a1 } from '../model/location.js';
import { neutralize } from './csv.js';
import { maxOf } from '../lists.js';

/** A cell of the layout: text, a number, or a formula with its cached value. */
export type LayoutCell = { text: string } | { number: number; raw?: string } | { formula: string; number?: number };

interface Merge {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** A rectangle of cells (0-based rows and columns) with its merges. */
export interface Layout {
  rows: (LayoutCell | undefined)[][];
  merges: Merge[];
  /** Position of each table cell: `t3.new.natural` → [row, col]. */
  cells: Map<string, [number, number]>;
  /** Position of each section heading: `s1` → [row, col]. */
  headings: Map<string, [number, number]>;
}

/** A value for a table cell: number, text as written, or null/undefined for blank. */
export type CellValue = number | string | null | undefined;

export interface LayoutOptions {
  /** Values by cell id (`t3.new.natural`); absent = blank. */
  values?: (cellId: string) => CellValue;
  /** Write a SUM formula in every total cell (xlsx). */
  formulas?: boolean;
}

function emptyLayout(): Layout {
  return { rows: [], merges: [], cells: new Map(), headings: new Map() };
}

function put(l: Layout, r: number, c: number, cell: LayoutCell | undefined): void {
  while (l.rows.length <= r) l.rows.push([]);
  l.rows[r]![c] = cell;
}

function merge(l: Layout, r0: number, c0: number, r1: number, c1: number): void {
  if (r1 > r0 || c1 > c0) l.merges.push({ r0, c0, r1, c1 });
}

function valueCell(v: CellValue): LayoutCell | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'number') return { number: v };
  return { text: v };
}

/** Moves the A1 references of a formula by (dr, dc). */
function shiftFormula(formula: string, dr: number, dc: number): string {
  return formula.replace(/\b([A-Z]{1,3})(\d+)\b/g, (_, letters: string, digits: string) => {
    const col = [...letters].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return a1(Number(digits) - 1 + dr, col + dc);
  });
}

/** Places `src` into `dst` at (dr, dc); formulas follow. */
export function place(dst: Layout, src: Layout, dr: number, dc: number): void {
  src.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === undefined) return;
      put(dst, r + dr, c + dc, 'formula' in cell ? { ...cell, formula: shiftFormula(cell.formula, dr, dc) } : cell);
    }),
  );
  while (dst.rows.length < src.rows.length + dr) dst.rows.push([]);
  for (const m of src.merges) dst.merges.push({ r0: m.r0 + dr, c0: m.c0 + dc, r1: m.r1 + dr, c1: m.c1 + dc });
  for (const [k, [r, c]] of src.cells) dst.cells.set(k, [r + dr, c + dc]);
  for (const [k, [r, c]] of src.headings) dst.headings.set(k, [r + dr, c + dc]);
}

/** Group chain of a row, outermost first. */
function rowChain(t: TableSpec, group: string | undefined): string[] {
  const chain: string[] = [];
  let g = t.rowGroups.find((x) => x.id === group);
  while (g) {
    chain.unshift(g.id);
    const parent = g.parent;
    g = t.rowGroups.find((x) => x.id === parent);
  }
  return chain;
}

function colChain(t: TableSpec, group: string | undefined): string[] {
  const chain: string[] = [];
  let g = t.columnGroups.find((x) => x.id === group);
  while (g) {
    chain.unshift(g.id);
    const parent = g.parent;
    g = t.columnGroups.find((x) => x.id === parent);
  }
  return chain;
}

/** The total cells and their parts: equations whose one right-hand term is the anchor. */
function totals(t: TableSpec): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const eq of t.equations) {
    if (eq.right.length !== 1 || eq.right[0] !== eq.anchor) continue;
    // The same cell key as the equation engine: `row.column`, the bound id on the row or column side.
    const cell = (term: string, bound: string): string => (eq.each === 'row' ? `${bound}.${term}` : `${term}.${bound}`);
    for (const bound of equationBindings(t, eq)) {
      const key = cell(eq.anchor, bound);
      if (!out.has(key)) out.set(key, eq.left.map((term) => cell(term, bound)));
    }
  }
  return out;
}

/** SUM over cells, written as ranges where they are contiguous. */
function sumFormula(positions: [number, number][]): string {
  const sorted = [...positions].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    const [r0, c0] = sorted[i]!;
    while (j + 1 < sorted.length) {
      const [r, c] = sorted[j + 1]!;
      const [pr, pc] = sorted[j]!;
      if ((c === pc && r === pr + 1 && c === c0) || (r === pr && c === pc + 1 && r === r0)) j++;
      else break;
    }
    const [r1, c1] = sorted[j]!;
    parts.push(i === j ? a1(r0, c0) : `${a1(r0, c0)}:${a1(r1, c1)}`);
    i = j + 1;
  }
  return `SUM(${parts.join(',')})`;
}

function addFormulas(l: Layout, t: TableSpec, opts: LayoutOptions): void {
  if (!opts.formulas) return;
  for (const [key, parts] of totals(t)) {
    const at = l.cells.get(`${t.id}.${key}`);
    const pos = parts.map((p) => l.cells.get(`${t.id}.${p}`)).filter((p): p is [number, number] => p !== undefined);
    if (!at || pos.length !== parts.length) continue;
    const given = opts.values?.(`${t.id}.${key}`);
    put(l, at[0], at[1], { formula: sumFormula(pos), ...(typeof given === 'number' ? { number: given } : { number: 0 }) });
  }
}

/** Table 二: one block per row group (第二十条第（X）项), each with its own column header. */
function table2(t: TableSpec, opts: LayoutOptions): Layout {
  const l = emptyLayout();
  const w = maxOf(t.rowGroups, (g) => g.columns?.length ?? t.columns.length);
  let r = 0;
  for (const g of t.rowGroups) {
    const cols = (g.columns ?? t.columns.map((c) => c.id)).map((id) => t.columns.find((c) => c.id === id)!);
    put(l, r, 0, { text: g.label });
    merge(l, r, 0, r, w);
    r++;
    put(l, r, 0, { text: t.labelHeader ?? '' });
    cols.forEach((c, i) => {
      put(l, r, i + 1, { text: c.label });
      if (i === cols.length - 1) merge(l, r, i + 1, r, w);
    });
    r++;
    for (const row of t.rows.filter((x) => x.group === g.id)) {
      put(l, r, 0, { text: row.label });
      cols.forEach((c, i) => {
        l.cells.set(`t2.${row.id}.${c.id}`, [r, i + 1]);
        put(l, r, i + 1, valueCell(opts.values?.(`t2.${row.id}.${c.id}`)));
        if (i === cols.length - 1) merge(l, r, i + 1, r, w);
      });
      r++;
    }
  }
  return l;
}

/** Table 三: label area as deep as the row groups, header as deep as the column groups. */
function table3(t: TableSpec, opts: LayoutOptions): Layout {
  const l = emptyLayout();
  const depth = maxOf(t.rows, (row) => rowChain(t, row.group).length) + 1;
  const hdepth = maxOf(t.columns, (c) => colChain(t, c.group).length) + 1;
  // Corner: the note over the label area and all header rows.
  put(l, 0, 0, { text: t.note ?? t.labelHeader ?? '' });
  merge(l, 0, 0, hdepth - 1, depth - 1);
  t.columns.forEach((col, i) => {
    const c = depth + i;
    const chain = colChain(t, col.group);
    chain.forEach((gid, level) => {
      const prev = t.columns[i - 1];
      const sameAsPrev = prev !== undefined && colChain(t, prev.group)[level] === gid;
      if (!sameAsPrev) {
        put(l, level, c, { text: t.columnGroups.find((x) => x.id === gid)!.label });
        let end = i;
        while (end + 1 < t.columns.length && colChain(t, t.columns[end + 1]!.group)[level] === gid) end++;
        merge(l, level, c, level, depth + end);
      }
    });
    put(l, chain.length, c, { text: col.label });
    merge(l, chain.length, c, hdepth - 1, c);
  });
  let r = hdepth;
  t.rows.forEach((row, i) => {
    const chain = rowChain(t, row.group);
    chain.forEach((gid, level) => {
      const prev = t.rows[i - 1];
      if (prev !== undefined && rowChain(t, prev.group)[level] === gid) return;
      put(l, r, level, { text: t.rowGroups.find((x) => x.id === gid)!.label });
      let end = i;
      while (end + 1 < t.rows.length && rowChain(t, t.rows[end + 1]!.group)[level] === gid) end++;
      merge(l, r, level, r + end - i, level);
    });
    put(l, r, chain.length, { text: row.label });
    merge(l, r, chain.length, r, depth - 1);
    t.columns.forEach((col, ci) => {
      l.cells.set(`${t.id}.${row.id}.${col.id}`, [r, depth + ci]);
      put(l, r, depth + ci, valueCell(opts.values?.(`${t.id}.${row.id}.${col.id}`)));
    });
    r++;
  });
  addFormulas(l, t, opts);
  return l;
}

/** Table 四: the logical rows laid out as column groups (行政复议 | 行政诉讼 → 未经复议直接起诉, 复议后起诉). */
function table4(t: TableSpec, opts: LayoutOptions): Layout {
  const l = emptyLayout();
  const gdepth = maxOf(t.rows, (row) => rowChain(t, row.group).length);
  const hdepth = gdepth + 2;
  const n = t.columns.length;
  t.rows.forEach((row, i) => {
    const c0 = i * n;
    const chain = rowChain(t, row.group);
    chain.forEach((gid, level) => {
      const prev = t.rows[i - 1];
      if (prev !== undefined && rowChain(t, prev.group)[level] === gid) return;
      put(l, level, c0, { text: t.rowGroups.find((x) => x.id === gid)!.label });
      let end = i;
      while (end + 1 < t.rows.length && rowChain(t, t.rows[end + 1]!.group)[level] === gid) end++;
      merge(l, level, c0, level, (end + 1) * n - 1);
    });
    put(l, chain.length, c0, { text: row.label });
    merge(l, chain.length, c0, chain.length, c0 + n - 1);
    t.columns.forEach((col, ci) => {
      put(l, chain.length + 1, c0 + ci, { text: col.label });
      merge(l, chain.length + 1, c0 + ci, hdepth - 1, c0 + ci);
      l.cells.set(`${t.id}.${row.id}.${col.id}`, [hdepth, c0 + ci]);
      put(l, hdepth, c0 + ci, valueCell(opts.values?.(`${t.id}.${row.id}.${col.id}`)));
    });
  });
  addFormulas(l, t, opts);
  return l;
}

/** One table in the official layout, at (0, 0). */
export function tableLayout(spec: FormatSpec, id: TableId, opts: LayoutOptions = {}): Layout {
  const t = spec.tables[id];
  if (id === 't2') return table2(t, opts);
  if (t.transposed) return table4(t, opts);
  return table3(t, opts);
}

export interface ReportLayoutOptions extends LayoutOptions {
  /** Title line; default "（机关名称）YYYY年政府信息公开工作年度报告". */
  title?: string;
  year?: number;
  /** Text under each section heading, by section id; absent = an empty line to fill. */
  texts?: Record<string, string>;
}

/** Width of the whole report sheet: the widest table. */
function sheetWidth(spec: FormatSpec): number {
  return maxOf(TABLE_IDS, (id) => maxOf(tableLayout(spec, id).rows, (r) => r.length));
}

/** The whole report on one sheet: title, then each section heading with its text or its table. */
export function reportLayout(format: FormatId, opts: ReportLayoutOptions = {}): Layout {
  const spec = getFormat(format);
  const l = emptyLayout();
  const w = sheetWidth(spec);
  const title = opts.title ?? `（机关名称）${opts.year ?? ''}年政府信息公开工作年度报告`;
  put(l, 0, 0, { text: title });
  merge(l, 0, 0, 0, w - 1);
  let r = 2;
  for (const s of spec.sections) {
    put(l, r, 0, { text: `${s.number}、${s.title}` });
    merge(l, r, 0, r, w - 1);
    l.headings.set(s.id, [r, 0]);
    r++;
    const text = opts.texts?.[s.id];
    if (text !== undefined && text !== '') {
      put(l, r, 0, { text });
      merge(l, r, 0, r, w - 1);
      r++;
    } else if (s.kind === 'text') {
      // An empty line to write the text in (kept inside the sheet's range).
      r++;
      while (l.rows.length < r) l.rows.push([]);
    }
    const table = TABLE_IDS.find((id) => spec.tables[id].section === s.id);
    if (table) {
      const tl = tableLayout(spec, table, opts);
      place(l, tl, r, 0);
      r += tl.rows.length;
    }
    r++;
  }
  return l;
}

/** Text of a layout cell as a CSV field value (formulas: their cached value). */
function cellText(c: LayoutCell | undefined): string {
  if (!c) return '';
  if ('text' in c) return neutralize(c.text);
  if ('formula' in c) return c.number === undefined ? '' : String(c.number);
  return c.raw ?? String(c.number);
}

function csvField(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A layout as CSV, the way a spreadsheet saves it: merged cells keep their text in the top-left cell only. */
export function layoutToCsv(l: Layout, delimiter = ','): string {
  const rows = Array.from({ length: l.rows.length }, (_, r) => l.rows[r] ?? []);
  const w = rows.reduce((m, row) => Math.max(m, row.length), 0);
  const lines = rows.map((row) => Array.from({ length: w }, (_, c) => csvField(cellText(row[c]), delimiter)).join(delimiter));
  return `${lines.join('\r\n')}\r\n`;
}

/** Column widths (characters) for a sheet: wide label columns, narrow number columns. */
function colWidths(l: Layout): number[] {
  const w = l.rows.reduce((m, row) => Math.max(m, row?.length ?? 0), 0);
  return Array.from({ length: w }, (_, c) => (c === 0 ? 28 : c < 3 ? 18 : 10));
}

/** One sheet of a workbook to write. */
export interface SheetOut {
  name: string;
  layout: Layout;
}

/** Writes sheets as an .xlsx workbook (SheetJS, loaded only here). */
export async function layoutToXlsx(sheets: SheetOut[]): Promise<Uint8Array> {
  const XLSX = await import('xlsx');
  const wb = XLSX.utils.book_new();
  for (const { name, layout } of sheets) {
    const ws: Record<string, unknown> = {};
    let maxC = 0;
    layout.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        maxC = Math.max(maxC, c);
        const at = a1(r, c);
        if ('text' in cell) ws[at] = { t: 's', v: neutralize(cell.text) };
        else if ('formula' in cell) ws[at] = { t: 'n', f: cell.formula, ...(cell.number !== undefined ? { v: cell.number } : {}) };
        else ws[at] = { t: 'n', v: cell.number };
      }),
    );
    for (const m of layout.merges) maxC = Math.max(maxC, m.c1);
    const rows = Math.max(layout.rows.length, maxOf(layout.merges, (m) => m.r1 + 1));
    ws['!ref'] = `A1:${a1(Math.max(rows - 1, 0), maxC)}`;
    ws['!merges'] = layout.merges.map((m) => ({ s: { r: m.r0, c: m.c0 }, e: { r: m.r1, c: m.c1 } }));
    ws['!cols'] = colWidths(layout).map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(wb, ws as import('xlsx').WorkSheet, name);
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/** `gongkai template`: the blank official template of a format version. */
export async function renderTemplate(to: 'xlsx' | 'csv', format: FormatId, year?: number): Promise<string | Uint8Array> {
  const layout = reportLayout(format, { ...(year !== undefined ? { year } : {}), formulas: to === 'xlsx' });
  if (to === 'csv') return `\uFEFF${layoutToCsv(layout)}`;
  return layoutToXlsx([{ name: '年度报告', layout }]);
}
