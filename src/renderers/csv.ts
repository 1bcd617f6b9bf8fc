/**
 * Tidy CSV: one row per table cell, columns table,row_group,row,column_group,column,value,source.
 * Labels are the exact official ones; text values that a spreadsheet would run as a formula
 * (starting with = + - @ tab or CR) are neutralized with a leading apostrophe; numbers stay numbers.
 */
import { TABLE_IDS, getFormat, tableCells } from '../format/spec.js';
import { cellDisplay } from '../model/cell.js';
import { formatSource } from '../model/location.js';
import type { Report } from '../model/report.js';

export const CSV_HEADER = ['table', 'row_group', 'row', 'column_group', 'column', 'value', 'source'] as const;

/** Neutralizes text that a spreadsheet would evaluate as a formula. */
export function neutralize(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(report: Report): string {
  const spec = getFormat(report.format ?? '2021');
  const lines = [CSV_HEADER.join(',')];
  for (const id of TABLE_IDS) {
    const content = report.tables[id];
    if (!content) continue;
    const t = spec.tables[id];
    for (const { row, column } of tableCells(t)) {
      const cell = content.cells[`${row.id}.${column.id}`];
      if (!cell) continue;
      const rowGroup = row.group ? (t.rowGroups.find((g) => g.id === row.group)?.label ?? '') : '';
      const colGroup = column.group ? (t.columnGroups.find((g) => g.id === column.group)?.label ?? '') : '';
      // Table 四 is transposed: its logical rows are the official column groups.
      const fields = t.transposed
        ? [t.number, '', '', row.label, column.label]
        : [t.number, rowGroup, row.label, colGroup, column.label];
      const exact = cell.kind === 'number' && cell.raw !== undefined && /^-?\d+(\.\d+)?$/.test(cell.raw.trim()) ? cell.raw.trim() : undefined;
      const value = cell.kind === 'number' && cell.unit === undefined ? (exact ?? String(cell.value)) : neutralize(cellDisplay(cell));
      lines.push([...fields, value, neutralize(formatSource(cell.source, 'en'))].map(csvField).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
