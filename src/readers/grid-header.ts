/**
 * Table headers in a grid, for the table finder (grid.ts). A header seed is a row naming enough
 * distinct column labels of a table with no value among them; around it, the header band is up to four
 * consecutive rows without numbers holding the table's column labels, column groups, label-column
 * header and corner note (for table 四, laid out with its logical rows as column groups, the row labels
 * too). Group labels extend to the right over empty cells, as merged headers do when a spreadsheet is
 * saved without merges; the band ends where another table's labels begin, so tables side by side are
 * read apart. The band maps each grid column right of the label area to a column id (and, for table
 * 四, a row id), from the lowest header text in it.
 */
import { FORMAT_IDS, getFormat, TABLE_IDS, type FormatId, type TableSpec } from '../format/spec.js';
import type { Labelled } from '../format/labels.js';
import { rowHasValue, textAt, width, type Grid, type GridCell } from './grid-cells.js';
import { columnTypo, couldMatch, isLabelHeader, isNote, isValueText, matchColumn, matchColumnGroup, matchRow, matchRowGroup, MAX_LABEL, specMemo } from './grid-labels.js';
import { memoised } from '../format/memo.js';
import { minOf } from '../lists.js';

/** Does a cell text belong to a header of table t? */
function isHeaderText(text: string, t: TableSpec, f: FormatId): boolean {
  return memoised(specMemo(t).header, text, () => {
    if (matchColumn(text, t, f) !== undefined || matchColumnGroup(text, t, f) !== undefined) return true;
    if (isLabelHeader(text, t) || isNote(text, t)) return true;
    if (t.transposed && (matchRow(text, t, f) !== undefined || matchRowGroup(text, t, f) !== undefined || columnTypo(text, t, f) !== undefined)) return true;
    return false;
  });
}

/** Columns of row r whose text belongs to a header of t. */
function headerColumns(g: Grid, r: number, t: TableSpec, f: FormatId): number[] {
  const out: number[] = [];
  (g.rows[r] ?? []).forEach((c, i) => c !== undefined && isHeaderText(c.text, t, f) && out.push(i));
  return out;
}

/** Labels a table's header may have left of its value columns (the label columns and the corner note). */
const LABEL_COLUMNS = 4;

/** A header row of t: header text within from..to (its seed's columns and label area), no value in span. */
function isHeaderRow(g: Grid, r: number, t: TableSpec, f: FormatId, from: number, to: number, span: [number, number]): boolean {
  if (rowHasValue(g, r, span[0], span[1])) return false;
  return headerColumns(g, r, t, f).some((c) => c >= from && c <= to);
}

/** Least number of distinct column labels that make a row the header of a table. */
function seedSize(t: TableSpec): number {
  // Table 二's blocks have their own columns: one column label ("本年处理决定数量") heads a block.
  if (t.rowGroups.some((g) => g.columns !== undefined)) return 1;
  return Math.min(3, t.columns.length);
}

/** Every column label of every table of both versions: a row naming none of them heads no table. */
let allColumns: Labelled[] | undefined;
const headerRows = new WeakMap<(GridCell | undefined)[], boolean>();

const columnLike = new Map<string, boolean>();

/** Could a cell text be a column label of some table (mayBeHeader's test, remembered per text)? */
function mayBeColumnLabel(text: string): boolean {
  if (text.length > MAX_LABEL) return false;
  return memoised(columnLike, text, () => {
    allColumns ??= FORMAT_IDS.flatMap((id) => TABLE_IDS.flatMap((t) => getFormat(id).tables[t].columns));
    return text.trim() !== '' && !isValueText(text) && couldMatch(text.trim(), allColumns, 0.8);
  });
}

function mayBeHeader(row: (GridCell | undefined)[]): boolean {
  let v = headerRows.get(row);
  if (v === undefined) {
    v = row.some((c) => c !== undefined && mayBeColumnLabel(c.text));
    headerRows.set(row, v);
  }
  return v;
}

/**
 * The columns a header seed of t spans in row r, if row r is one: a run of t's header texts (empty
 * cells allowed) naming enough distinct columns, with no value in it. The run stops at any other text,
 * so that a table beside it on the same rows is not taken in.
 */
export function seedSpan(g: Grid, r: number, t: TableSpec, f: FormatId): [number, number] | undefined {
  const row = g.rows[r] ?? [];
  if (!mayBeHeader(row)) return undefined;
  // Quick exit: fewer distinct column labels in the whole row than a header needs.
  const all = new Set<string>();
  for (const cell of row) {
    const id = cell ? matchColumn(cell.text, t, f) : undefined;
    if (id !== undefined) all.add(id);
  }
  if (all.size < seedSize(t)) return undefined;
  const own = (c: number): 'empty' | 'header' | 'other' => {
    const text = row[c]?.text.trim() ?? '';
    if (text === '') return 'empty';
    return !isValueText(text) && isHeaderText(text, t, f) ? 'header' : 'other';
  };
  let c = 0;
  while (c < row.length) {
    if (own(c) !== 'header') {
      c++;
      continue;
    }
    let from = c;
    while (from - 1 >= 0 && own(from - 1) !== 'other') from--;
    let to = c;
    while (to + 1 < row.length && own(to + 1) !== 'other') to++;
    const ids = new Set<string>();
    for (let x = from; x <= to; x++) {
      const id = matchColumn(row[x]?.text ?? '', t, f);
      if (id !== undefined) ids.add(id);
    }
    if (ids.size >= seedSize(t)) {
      while (own(to) === 'empty') to--;
      while (own(from) === 'empty') from++;
      return [from, to];
    }
    c = to + 1;
  }
  return undefined;
}

export function isSeed(g: Grid, r: number, t: TableSpec, f: FormatId): boolean {
  return seedSpan(g, r, t, f) !== undefined;
}

export interface Band {
  top: number;
  bottom: number;
  /** Grid column → column id. */
  columns: Map<number, string>;
  /** Grid column → row id (table 四 laid out officially: rows as column groups). */
  rowHints: Map<number, string>;
  /** Grid column → header text that is no label of the table. */
  unknown: Map<number, GridCell>;
  /** Grid column → its column label printed with a slip (table 四: columnTypo), read under the official column. */
  relabelled: Map<number, GridCell>;
  /** First value column: everything left of it (down to `left`) is the label area. */
  firstCol: number;
  /** Leftmost column of the label area and last column of the table. */
  left: number;
  right: number;
}

export function buildBand(g: Grid, seed: number, t: TableSpec, f: FormatId, others: TableSpec[]): Band | undefined {
  const span = seedSpan(g, seed, t, f);
  if (!span) return undefined;
  const [from, to] = [Math.max(0, span[0] - LABEL_COLUMNS), span[1]];
  let top = seed;
  while (top - 1 >= 0 && seed - (top - 1) < 4 && isHeaderRow(g, top - 1, t, f, from, to, span)) top--;
  let bottom = seed;
  while (bottom + 1 < g.rows.length && bottom + 1 - top < 4 && isHeaderRow(g, bottom + 1, t, f, from, to, span)) bottom++;
  const w = width(g);
  const foreign = (c: number): boolean => {
    for (let r = top; r <= bottom; r++) {
      const text = textAt(g, r, c);
      if (text === '') continue;
      if (isValueText(text)) return true;
      if (!isHeaderText(text, t, f) && others.some((o) => isHeaderText(text, o, f) || (matchRowGroup(text, o, f) ?? matchRow(text, o, f)) !== undefined)) return true;
    }
    return false;
  };
  const hasText = (c: number): boolean => {
    for (let r = top; r <= bottom; r++) if (textAt(g, r, c) !== '') return true;
    return false;
  };
  // The table ends at the first column after its header that is empty or belongs to another table.
  let right = span[1];
  while (right + 1 < w && hasText(right + 1) && !foreign(right + 1)) right++;
  // Its label area starts after the last column on the left that belongs to something else.
  let left = span[0];
  while (left - 1 >= 0 && !foreign(left - 1)) left--;
  // Group labels extend to the right over empty cells (a merged header saved without its merge).
  const filled: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: string[] = [];
    let carry = '';
    for (let c = 0; c <= right; c++) {
      const text = c >= left ? textAt(g, r, c) : '';
      if (text !== '') {
        const isGroup =
          matchColumnGroup(text, t, f) !== undefined ||
          (t.transposed && (matchRow(text, t, f) !== undefined || matchRowGroup(text, t, f) !== undefined));
        carry = isGroup ? text : '';
        line.push(text);
      } else {
        line.push(carry);
      }
    }
    filled.push(line);
  }
  const columns = new Map<number, string>();
  const rowHints = new Map<number, string>();
  const unknown = new Map<number, GridCell>();
  const relabelled = new Map<number, GridCell>();
  for (let c = left; c <= right; c++) {
    for (let r = bottom; r >= top; r--) {
      const text = textAt(g, r, c);
      if (text === '') continue;
      const id = matchColumn(text, t, f);
      const typo = id === undefined ? columnTypo(text, t, f) : undefined;
      if (id !== undefined) columns.set(c, id);
      else if (typo !== undefined) {
        columns.set(c, typo);
        relabelled.set(c, g.rows[r]![c]!);
      } else if (!isHeaderText(text, t, f) && !isNote(text, t)) unknown.set(c, g.rows[r]![c]!);
      break;
    }
    if (t.transposed) {
      for (let r = bottom; r >= top; r--) {
        const id = matchRow(filled[r - top]![c]!, t, f);
        if (id !== undefined) {
          rowHints.set(c, id);
          break;
        }
      }
    }
  }
  if (columns.size === 0) return undefined;
  if (t.transposed && rowHints.size > 0) unnamedGroup(t, columns, rowHints);
  const firstCol = minOf(columns.keys());
  for (const c of [...unknown.keys()]) if (c < firstCol) unknown.delete(c);
  return { top, bottom, columns, rowHints, unknown, relabelled, firstCol, left, right };
}

/**
 * Table 四's one group whose label the header lacks, when the rest leave it no doubt: every group but one
 * named, and one run of adjacent columns under no group holding each of the table's columns once, where
 * the missing group stands in the official order. Chromium printing a page sometimes sets the first header
 * row (行政复议 | 行政诉讼) above the table's box at the foot of the page before, without its borders: the
 * table below starts with 结果维持 … 总计 | 未经复议直接起诉 | 复议后起诉, and those five columns are 行政复议's.
 */
function unnamedGroup(t: TableSpec, columns: Map<number, string>, rowHints: Map<number, string>): void {
  const named = new Set(rowHints.values());
  const missing = t.rows.filter((r) => !named.has(r.id));
  if (missing.length !== 1) return;
  const bare = [...columns.keys()].filter((c) => !rowHints.has(c)).sort((a, b) => a - b);
  if (bare.length !== t.columns.length || bare.some((c, i) => i > 0 && c !== bare[i - 1]! + 1)) return;
  if (new Set(bare.map((c) => columns.get(c))).size !== t.columns.length) return;
  const firstOf = (id: string): number => minOf([...rowHints].filter(([, v]) => v === id), ([c]) => c);
  const order = [...[...named].map((id) => [firstOf(id), id] as const), [bare[0]!, missing[0]!.id] as const].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  if (order.join() !== t.rows.map((r) => r.id).join()) return;
  for (const c of bare) rowHints.set(c, missing[0]!.id);
}
