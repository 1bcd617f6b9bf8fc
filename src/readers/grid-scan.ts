/**
 * One table in one grid, for the table finder (grid.ts): from a header band down, each row's label is
 * the rightmost text left of the first value column that matches a row of the table ("1.属于国家秘密"
 * beside "（三）不予公开" beside "三、本年度办理结果"), and its value cells are read into the model's
 * `row.column` keys. A new header of the same table (table 二's blocks) changes the column map; a row
 * that is only a group label ("第二十条第（五）项") is context; a row that matches nothing becomes an
 * extra when another known row follows it. A section heading or another table's header ends the
 * table. `locate` keeps the occurrence with the most cells over all grids.
 */
import { rowName, shortLabel } from '../format/labels.js';
import { cellId, type FormatId, type TableSpec } from '../format/spec.js';
import type { Finding } from '../model/diagnostic.js';
import { parseCellText } from '../model/cell.js';
import type { Source } from '../model/location.js';
import { emptyTable, type TableContent } from '../model/report.js';
import { firstText, rowHasValue, rowIsEmpty, textAt, type Grid, type GridCell } from './grid-cells.js';
import { buildBand, isSeed, seedSpan, type Band } from './grid-header.js';
import { headingMatch, isValueText, matchRow, matchRowGroup, rowMatch } from './grid-labels.js';
import { unplacedCellFinding, unreadCellFinding } from './unread-cell.js';

interface Found {
  content: TableContent;
  rows: Set<number>;
  /** Last row looked at (scanning for the next occurrence goes on after it). */
  end: number;
  cellCount: number;
  /** Rows left unread (extract-failed), for the reader's findings. */
  findings: Finding[];
}

/** Grid columns of each column id, in grid order (per band; bands without row hints only). */
const bandColumns = new WeakMap<Band, Map<string, number[]>>();

function columnsOf(band: Band, colId: string, rowId: string): number[] {
  if (band.rowHints.size > 0) return [...band.columns.entries()].filter(([c, id]) => id === colId && band.rowHints.get(c) === rowId).map(([c]) => c);
  let byId = bandColumns.get(band);
  if (!byId) {
    byId = new Map();
    for (const [c, id] of band.columns) {
      const list = byId.get(id);
      if (list) list.push(c);
      else byId.set(id, [c]);
    }
    bandColumns.set(band, byId);
  }
  return byId.get(colId) ?? [];
}

/**
 * How one data row's cells fall under its header's cells (#17). A merged header cell and a merged value
 * cell over the same grid columns line up; but a row may merge another figure than its header does
 * (header 上一年项目数量 | 本年增/减 over 1 | 2 columns, figures over 2 | 1): read by position, one figure
 * would be read twice and another never. `aligned`: every figure lies under one header cell and no header
 * cell has two (read by position, as always). `ordered`: they do not line up, but the row has as many
 * figures as the header has cells (each merged cell once; the label cell and empty spacer cells left
 * out): the i-th figure goes under the i-th header cell, from its own cell. `unread`: they do not line up
 * and the numbers differ — which figure belongs where cannot be told, and the row is not guessed.
 */
type RowCells = { kind: 'aligned' } | { kind: 'ordered'; pick: Map<number, GridCell> } | { kind: 'unread'; found: number; cells: number; raw: string; at?: GridCell };

interface Run {
  from: number;
  to: number;
}

function rowCells(g: Grid, r: number, band: Band): RowCells {
  // Table 四 laid out officially (one data row under column groups) is read by position.
  if (band.rowHints.size > 0) return { kind: 'aligned' };
  const row = g.rows[r] ?? [];
  // The header's cells: runs of grid columns of one column id (a merged header cell, or its label repeated).
  const heads: Run[] = [];
  for (let c = band.firstCol; c <= band.right; c++) {
    const id = band.columns.get(c);
    if (id === undefined) continue;
    const last = heads[heads.length - 1];
    if (last && last.to === c - 1 && band.columns.get(last.from) === id) last.to = c;
    else heads.push({ from: c, to: c });
  }
  // The row's figures: each merged cell once, under a column label, or a number or placeholder under no
  // header text at all (a column of the header's merged cell saved without its merge); not the row's
  // label cell spanning into the value columns, not under a header text that is no column label (an
  // extra column).
  const label = new Set(row.slice(0, band.firstCol));
  const headerText = (c: number): boolean => {
    for (let x = band.top; x <= band.bottom; x++) if (textAt(g, x, c) !== '') return true;
    return false;
  };
  const figures: (Run & { cell: GridCell })[] = [];
  for (let c = band.firstCol; c <= band.right; c++) {
    const cell = row[c];
    const counted = cell !== undefined && (band.columns.has(c) ? cell.text.trim() !== '' : isValueText(cell.text) && !headerText(c));
    if (!counted || label.has(cell)) continue;
    // A merged cell is one figure, over all its columns (even across a column left out).
    const last = figures[figures.length - 1];
    if (last && cell === last.cell) last.to = c;
    else figures.push({ from: c, to: c, cell });
  }
  const under = figures.map((f) => heads.findIndex((h) => f.from >= h.from && f.to <= h.to));
  if (under.every((i) => i >= 0) && new Set(under).size === under.length) return { kind: 'aligned' };
  if (figures.length === heads.length) {
    const pick = new Map<number, GridCell>();
    heads.forEach((h, i) => {
      for (let c = h.from; c <= h.to; c++) pick.set(c, figures[i]!.cell);
    });
    return { kind: 'ordered', pick };
  }
  return { kind: 'unread', found: figures.length, cells: heads.length, raw: figures.map((f) => f.cell.text.trim()).join(' '), ...(figures[0] ? { at: figures[0].cell } : {}) };
}

/** The extract-failed finding of a row left unread by rowCells. */
function unreadRow(t: TableSpec, rowId: string, u: RowCells & { kind: 'unread' }, label: GridCell | undefined): Finding {
  const row = t.rows.find((x) => x.id === rowId);
  const group = row?.group ? t.rowGroups.find((x) => x.id === row.group) : undefined;
  const physical = (label ?? u.at)?.source;
  return {
    ruleId: 'extract-failed',
    messageId: u.found < u.cells ? 'tooFew' : 'tooMany',
    data: { table: t.number, row: row ? rowName(row.label, group?.label) : rowId, raw: u.raw, found: u.found, cells: u.cells },
    location: { section: t.section, table: t.id, row: rowId, labels: { table: `${t.number}、${t.title}`, row: row ? shortLabel(row.label) : rowId } },
    ...(physical ? { physical } : {}),
  };
}

/**
 * Reads the value cells of one grid row into `content` for logical row `rowId`; returns the positions
 * placed. A cell gongkai's own page wrote as missing or unread (GridCell.absent) is placed but not read:
 * it stays absent, an unread one with its extract-failed finding in `findings`.
 */
function readValues(
  g: Grid,
  r: number,
  rowId: string,
  band: Band,
  t: TableSpec,
  content: TableContent,
  findings: Finding[],
  layout: RowCells = { kind: 'aligned' },
  readFrom?: Map<GridCell, string[]>,
): number {
  const spec = t.rows.find((x) => x.id === rowId);
  if (!spec || layout.kind === 'unread') return 0;
  let n = 0;
  for (const colId of spec.columns) {
    const key = `${rowId}.${colId}`;
    if (content.cells[key] !== undefined) continue;
    const cols = columnsOf(band, colId, rowId);
    if (cols.length === 0) continue;
    // Merged value cells repeat the value; an unmerged spreadsheet puts it in one of the columns.
    const pick = layout.kind === 'ordered' ? cols.find((c) => layout.pick.has(c)) : (cols.find((c) => textAt(g, r, c) !== '') ?? cols[0]!);
    const cell = pick === undefined ? undefined : layout.kind === 'ordered' ? layout.pick.get(pick) : g.rows[r]?.[pick];
    if (cell?.absent) {
      if (cell.absent.kind === 'unread') findings.push(unreadCellFinding(t, rowId, colId, cell.absent.reason, cell.source));
      if (cell.absent.kind === 'unplaced') findings.push(unplacedCellFinding(t, rowId, colId, cell.source));
      n++;
      continue;
    }
    content.cells[key] = parseCellText(cell?.text ?? '', cell?.source);
    if (!cell) delete (content.cells[key] as { source?: Source }).source;
    else if (readFrom) {
      const keys = readFrom.get(cell);
      if (keys) keys.push(key);
      else readFrom.set(cell, [key]);
    }
    n++;
  }
  return n;
}

/** Small counts in words ("三个子行", "three sub-rows"); larger ones in digits. */
const COUNT_ZH = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const COUNT_EN = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * A value cell merged over several rows of the table (#17; every grid reader expands a merged area as the
 * same cell at each position it covers): real reports merge the three sub-rows of table 三's （六）其他处理
 * into one cell per column (rowspan, vMerge, a merged area, a cell with no inner border). A merged 0 or
 * blank is every row's, exactly (counts are never negative); any other number is the rows' figure
 * together, not each row's, and is never copied into them: the cells it covers are left unread, each
 * row with an extract-failed finding (`mergedRows`) that names the merged values and the rows they cover
 * (its `raw`, the figures seen, keeps analysis/forced.ts from overruling them with the sums). A label cell
 * spanning rows is not a value cell and is not read here; a label over two grid rows of one table row is
 * read once (scanTable), so its value cells are not seen twice.
 */
function mergedOverRows(t: TableSpec, content: TableContent, readFrom: Map<GridCell, string[]>, findings: Finding[]): void {
  const rowOf = (key: string): string => key.slice(0, key.indexOf('.'));
  const columnOf = (key: string): string => key.slice(key.indexOf('.') + 1);
  const order = (row: string): number => t.rows.findIndex((x) => x.id === row);
  const byRow = new Map<string, { rows: Set<string>; cells: { columns: string[]; text: string; source: Source }[] }>();
  for (const [cell, keys] of readFrom) {
    const rows = [...new Set(keys.map(rowOf))];
    if (rows.length < 2) continue;
    const value = content.cells[keys[0]!];
    if (value?.kind !== 'number' || value.value === 0) continue;
    for (const k of keys) delete content.cells[k];
    const columns = t.columns.map((c) => c.id).filter((c) => keys.some((k) => columnOf(k) === c));
    for (const row of rows) {
      let entry = byRow.get(row);
      if (!entry) byRow.set(row, (entry = { rows: new Set(), cells: [] }));
      for (const r of rows) entry.rows.add(r);
      entry.cells.push({ columns, text: cell.text.trim(), source: cell.source });
    }
  }
  const spec = (id: string): TableSpec['rows'][number] | undefined => t.rows.find((x) => x.id === id);
  const groupOf = (id: string): TableSpec['rowGroups'][number] | undefined => {
    const g = spec(id)?.group;
    return g === undefined ? undefined : t.rowGroups.find((x) => x.id === g);
  };
  const nameOf = (id: string): string => {
    const r = spec(id);
    return r ? rowName(r.label, groupOf(id)?.label) : id;
  };
  const columnLabel = (id: string): string => t.columns.find((c) => c.id === id)?.label ?? id;
  for (const row of [...byRow.keys()].sort((a, b) => order(a) - order(b))) {
    const { rows: covered, cells } = byRow.get(row)!;
    const rows = [...covered].sort((a, b) => order(a) - order(b));
    cells.sort((a, b) => t.columns.findIndex((c) => c.id === a.columns[0]) - t.columns.findIndex((c) => c.id === b.columns[0]));
    const n = rows.length;
    const group = groupOf(rows[0]!);
    const wholeGroup = group !== undefined && rows.every((r) => groupOf(r) === group) && t.rows.filter((r) => r.group === group.id).length === n;
    const zhCount = COUNT_ZH[n] ?? String(n);
    const enCount = COUNT_EN[n] ?? String(n);
    const rowsZh = wholeGroup ? `“${shortLabel(group.label)}”的${zhCount}个子行` : `${rows.map((r) => `“${nameOf(r)}”`).join('')}${zhCount}行`;
    const quoted = rows.map((r) => `"${nameOf(r)}"`);
    const rowsEn = wholeGroup ? `the ${enCount} sub-rows of "${shortLabel(group.label)}"` : `rows ${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
    const r = spec(row);
    const single = cells.length === 1 && cells[0]!.columns.length === 1 ? cells[0]!.columns[0]! : undefined;
    findings.push({
      ruleId: 'extract-failed',
      messageId: 'mergedRows',
      data: {
        table: t.number,
        row: nameOf(row),
        rows: rowsZh,
        rowsEn,
        values: cells.map((c) => `${c.columns.map((x) => `“${columnLabel(x)}”`).join('')}列为 ${c.text}`).join('，'),
        valuesEn: cells.map((c) => `${c.columns.map((x) => `"${columnLabel(x)}"`).join(', ')} ${c.text}`).join(', '),
        raw: cells.map((c) => c.text).join(' '),
      },
      hintId: 'unmerge',
      location: {
        section: t.section,
        table: t.id,
        row,
        ...(single !== undefined ? { column: single, cell: cellId(t.id, row, single) } : {}),
        labels: { table: `${t.number}、${t.title}`, row: r ? shortLabel(r.label) : row, ...(single !== undefined ? { column: columnLabel(single) } : {}) },
      },
      physical: cells[0]!.source,
    });
  }
}

/**
 * The row a grid row is: its rightmost label cell that matches a row of the table, else — when none
 * does — its rightmost label read as a numbered row with a typo (grid-labels.ts rowMatch). `relabelled`:
 * the label as printed differs from the official one (a typo or a dropped word), for table-label.
 */
function rowLabel(g: Grid, r: number, band: Band, t: TableSpec, f: FormatId): { row?: string; group?: string; label?: GridCell; relabelled?: boolean } {
  let label: GridCell | undefined;
  let group: string | undefined;
  for (let c = band.firstCol - 1; c >= band.left; c--) {
    const cell = g.rows[r]?.[c];
    const text = cell?.text.trim() ?? '';
    if (text === '' || isValueText(text)) continue;
    label ??= cell;
    const row = matchRow(text, t, f);
    if (row !== undefined) return { row, label: cell!, ...(rowMatch(text, t, f)?.how === 'similar' ? { relabelled: true } : {}) };
    group ??= matchRowGroup(text, t, f);
  }
  const typo = label && matchRowGroup(label.text, t, f) === undefined ? rowMatch(label.text, t, f) : undefined;
  if (typo && label) return { row: typo.id, label, relabelled: true };
  return { ...(group !== undefined ? { group } : {}), ...(label ? { label } : {}) };
}

/** Is row r the header of another table, in columns that overlap this table's? */
function otherHeader(g: Grid, r: number, band: Band, others: TableSpec[], f: FormatId): boolean {
  return others.some((o) => {
    const span = seedSpan(g, r, o, f);
    return span !== undefined && span[0] <= band.right && span[1] >= band.left;
  });
}

/** Scans one occurrence of table t in grid g starting with the header seed at row `seed`. */
function scanTable(g: Grid, seed: number, t: TableSpec, f: FormatId, others: TableSpec[]): Found | undefined {
  let band = buildBand(g, seed, t, f, others);
  if (!band) return undefined;
  const topCell = firstText(g, band.top, band.left, band.right);
  const content = emptyTable(topCell?.source);
  const used = new Set<number>();
  for (let r = band.top; r <= band.bottom; r++) used.add(r);
  // A group label right above the first header ("第二十条第（一）项") belongs to the table.
  const above = band.top - 1;
  if (above >= 0 && (g.rows[above] ?? []).some((c, i) => c !== undefined && i >= band!.left && i <= band!.right && matchRowGroup(c.text, t, f) !== undefined)) used.add(above);
  const extraColumns = new Set<string>();
  // Column labels printed with a slip (table 四), each once, for table-label.
  const slipped = new Set<GridCell>();
  const relabelledColumns = (b: Band): void => {
    for (const [c, cell] of b.relabelled) {
      if (slipped.has(cell)) continue;
      slipped.add(cell);
      (content.relabelled ??= []).push({ kind: 'column', id: b.columns.get(c)!, label: cell.text.replace(/[\s\u3000]+/gu, ''), ...(cell.source ? { source: cell.source } : {}) });
    }
  };
  const noteColumns = (b: Band): void => {
    for (const cell of b.unknown.values()) {
      if (extraColumns.has(cell.text.trim())) continue;
      extraColumns.add(cell.text.trim());
      content.extras.push({ kind: 'column', label: cell.text.trim(), source: cell.source });
    }
  };
  noteColumns(band);
  relabelledColumns(band);
  let cellCount = 0;
  let pending: { r: number; label: string; source?: Source }[] = [];
  let end = band.bottom;
  const seen = new Set<string>();
  /** Where each row was read: its grid row and label cell (a merged label spanning two grid rows is one row). */
  const readAt = new Map<string, { r: number; label?: GridCell }>();
  let misses = 0;
  const findings: Finding[] = [];
  /** The logical cells each value cell was read into: one merged over several table rows is settled after the scan. */
  const readFrom = new Map<GridCell, string[]>();
  for (let r = band.bottom + 1; r < g.rows.length; r++) {
    if (band.rowHints.size > 0) {
      // Official layout of table 四: one data row right under the header.
      const rowIds = new Set(band.rowHints.values());
      for (const id of rowIds) cellCount += readValues(g, r, id, band, t, content, findings, undefined, readFrom);
      used.add(r);
      end = r;
      break;
    }
    if (rowIsEmpty(g, r, band.left, band.right)) {
      if (++misses > 4) break;
      continue;
    }
    const lab = rowLabel(g, r, band, t, f);
    if (lab.row !== undefined) {
      for (const p of pending) {
        content.extras.push({ kind: 'row', label: p.label, ...(p.source ? { source: p.source } : {}) });
        used.add(p.r);
      }
      pending = [];
      misses = 0;
      used.add(r);
      end = r;
      if (seen.has(lab.row)) {
        // The same label cell again, one grid row lower, with no value of its own: a label cell spanning two
        // grid rows (a page printed by Chromium from a table with cellspacing draws each cell's own borders,
        // and rulings of other columns split the grid) — one row, read already, not a second one.
        const first = readAt.get(lab.row);
        const own = (c: number): boolean => g.rows[r]?.[c] !== g.rows[first!.r]?.[c] && isValueText(textAt(g, r, c));
        if (lab.label !== undefined && first?.label === lab.label && ![...band.columns.keys()].some(own)) continue;
        content.extras.push({ kind: 'row', label: lab.label?.text.trim() ?? lab.row, ...(lab.label ? { source: lab.label.source } : {}) });
        continue;
      }
      seen.add(lab.row);
      readAt.set(lab.row, { r, ...(lab.label ? { label: lab.label } : {}) });
      if (lab.relabelled && lab.label) (content.relabelled ??= []).push({ kind: 'row', id: lab.row, label: lab.label.text.replace(/[\s\u3000]+/gu, ''), ...(lab.label.source ? { source: lab.label.source } : {}) });
      const layout = rowCells(g, r, band);
      if (layout.kind === 'unread') findings.push(unreadRow(t, lab.row, layout, lab.label));
      cellCount += readValues(g, r, lab.row, band, t, content, findings, layout, readFrom);
      continue;
    }
    if (isSeed(g, r, t, f)) {
      const next = buildBand(g, r, t, f, others);
      if (next && next.top >= r && next.firstCol <= band.right && next.right >= band.firstCol) {
        band = next;
        noteColumns(band);
        relabelledColumns(band);
        for (let x = band.top; x <= band.bottom; x++) used.add(x);
        r = band.bottom;
        end = r;
        misses = 0;
        continue;
      }
    }
    if (otherHeader(g, r, band, others, f)) break;
    const head = firstText(g, r, band.left, band.right);
    if (lab.group !== undefined && !rowHasValue(g, r, band.left, band.right)) {
      used.add(r);
      continue;
    }
    const line = firstText(g, r);
    if (line && headingMatch(line.text.split('\n')[0] ?? '') !== undefined) break;
    if (++misses > 4) break;
    const text = lab.label?.text.trim() ?? head?.text.trim() ?? '';
    pending.push({ r, label: text, ...(lab.label ? { source: lab.label.source } : head ? { source: head.source } : {}) });
  }
  // Unknown rows after the last known one are extras only when they hold values under the header.
  for (const p of pending) {
    if (![...band.columns.keys()].some((c) => isValueText(textAt(g, p.r, c)))) continue;
    content.extras.push({ kind: 'row', label: p.label, ...(p.source ? { source: p.source } : {}) });
    used.add(p.r);
  }
  mergedOverRows(t, content, readFrom, findings);
  return { content, rows: used, end, cellCount, findings };
}

interface Located extends Found {
  grid: number;
}

export function locate(grids: Grid[], t: TableSpec, f: FormatId, others: TableSpec[]): Located | undefined {
  let best: Located | undefined;
  grids.forEach((g, gi) => {
    for (let r = 0; r < g.rows.length; r++) {
      if (!isSeed(g, r, t, f)) continue;
      const found = scanTable(g, r, t, f, others);
      if (!found) continue;
      if (!best || found.cellCount > best.cellCount) best = { ...found, grid: gi };
      r = Math.max(r, found.end);
    }
  });
  return best;
}
