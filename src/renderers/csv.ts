/**
 * Tidy CSV: one row per table cell, columns table,row_group,row,column_group,column,value,source.
 * Labels are the exact official ones; text values that a spreadsheet would run as a formula
 * (starting with = + - @ tab or CR) are neutralized with a leading apostrophe; numbers stay numbers.
 * When some cells could not be read (src/check/unread.ts), two columns follow, status and reason:
 * such a cell is a row with an empty value, status `unread` and why; every other row has status `read`.
 */
import { TABLE_IDS, getFormat, tableCells } from '../format/spec.js';
import { cellDisplay, type Cell } from '../model/cell.js';
import { formatSource } from '../model/location.js';
import { tableSpec, type Report } from '../model/report.js';
import { CSV_HEADER } from '../model/tidy-csv.js';
import type { UnreadCell } from '../check/unread.js';

/** The columns added when some cells could not be read. */
const CSV_STATUS_HEADER = ['status', 'reason'] as const;
const CSV_READ = 'read';
const CSV_UNREAD = 'unread';

export interface CsvOptions {
  /** Cells the reader could not read: kept as rows marked unread (see unreadCells). */
  unread?: readonly UnreadCell[];
}

/** Neutralizes text that a spreadsheet would evaluate as a formula. */
export function neutralize(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A CSV field: quoted when it holds a quote, a comma or a line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One official cell of a present table, as the tidy CSV lists it: its labels, and what it holds or why it could not be read. */
export interface TidyRow {
  /** The official labels: table number, row group, row, column group, column (table 四's logical rows as column groups). */
  fields: [string, string, string, string, string];
  /** What the cell holds, or… */
  cell?: Cell;
  /** …why the reader could not read it. */
  lost?: UnreadCell;
  /** The unit gongkai reads the column's amounts in when its template prints none (元 for the 2019 采购总金额). */
  readUnit?: string;
}

/** The cells of a report's tables in official order, with their labels (cells absent and not unread are left out). */
export function* tidyRows(report: Pick<Report, 'format' | 'tables'>, unreadList: readonly UnreadCell[] = []): Generator<TidyRow> {
  const spec = getFormat(report.format ?? '2021');
  const unread = new Map(unreadList.map((u) => [`${u.table}.${u.row}.${u.column}`, u]));
  for (const id of TABLE_IDS) {
    const content = report.tables[id];
    if (!content) continue;
    const t = tableSpec(report, spec, id);
    for (const { row, column } of tableCells(t)) {
      const cell = content.cells[`${row.id}.${column.id}`];
      const lost = cell ? undefined : unread.get(`${id}.${row.id}.${column.id}`);
      if (!cell && !lost) continue;
      const rowGroup = row.group ? (t.rowGroups.find((g) => g.id === row.group)?.label ?? '') : '';
      const colGroup = column.group ? (t.columnGroups.find((g) => g.id === column.group)?.label ?? '') : '';
      // Table 四 is transposed: its logical rows are the official column groups.
      const fields: TidyRow['fields'] = t.transposed ? [t.number, '', '', row.label, column.label] : [t.number, rowGroup, row.label, colGroup, column.label];
      const unit = column.readUnit ? { readUnit: column.readUnit } : {};
      yield cell ? { fields, cell, ...unit } : { fields, lost: lost!, ...unit };
    }
  }
}

export function renderCsv(report: Report, opts: CsvOptions = {}): string {
  const status = (opts.unread ?? []).length > 0;
  const lines = [(status ? [...CSV_HEADER, ...CSV_STATUS_HEADER] : CSV_HEADER).join(',')];
  for (const { fields, cell, lost } of tidyRows(report, opts.unread)) {
    if (lost) {
      lines.push([...fields, '', neutralize(formatSource(lost.source, 'en')), CSV_UNREAD, neutralize(lost.reason)].map(csvField).join(','));
      continue;
    }
    const c = cell!;
    const exact = c.kind === 'number' && c.raw !== undefined && /^-?\d+(\.\d+)?$/.test(c.raw.trim()) ? c.raw.trim() : undefined;
    const value = c.kind === 'number' && c.unit === undefined ? (exact ?? String(c.value)) : neutralize(cellDisplay(c));
    const out = [...fields, value, neutralize(formatSource(c.source, 'en'))];
    if (status) out.push(CSV_READ, '');
    lines.push(out.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
