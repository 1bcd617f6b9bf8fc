/**
 * A cell that `convert` wrote as unread (the original could not be read there): the normalized JSON's
 * `{ "value": null, "status": "unread", "reason": … }` and the tidy CSV's status column `unread`. Read
 * back, the cell stays absent with an extract-failed finding, as when the original was read: never a
 * blank, never 0. Also a PDF's cell gongkai could not place (unplacedCellFinding).
 */
import { rowName, shortLabel } from '../format/labels.js';
import { cellId, type TableSpec } from '../format/spec.js';
import type { Finding } from '../model/diagnostic.js';
import type { Source } from '../model/location.js';

/** The value of the status field or column that marks such a cell. */
export const UNREAD = 'unread';

/** The extract-failed finding of a cell marked unread, at its place in the converted file. */
export function unreadCellFinding(t: TableSpec, rowId: string, columnId: string, reason: string, physical: Source): Finding {
  const f = cellFinding(t, rowId, columnId, physical);
  return { ...f, messageId: 'converted', data: { ...f.data, reason: reason.trim() === '' ? '—' : reason.trim() }, hintId: 'original' };
}

/**
 * The extract-failed finding of a PDF's cell whose text's place does not tell what it holds (GridCell.absent
 * `unplaced`: a figure wrapped in a narrow cell, rows with no space between them): gongkai could not read
 * it; the report is not at fault.
 */
export function unplacedCellFinding(t: TableSpec, rowId: string, columnId: string, physical: Source): Finding {
  return { ...cellFinding(t, rowId, columnId, physical), messageId: 'unplaced', hintId: 'checkPdf' };
}

function cellFinding(t: TableSpec, rowId: string, columnId: string, physical: Source): Finding & { data: Record<string, string | number> } {
  const row = t.rows.find((r) => r.id === rowId);
  const group = row?.group ? t.rowGroups.find((g) => g.id === row.group) : undefined;
  const column = t.columns.find((c) => c.id === columnId);
  const rowLabel = row ? rowName(row.label, group?.label) : rowId;
  return {
    ruleId: 'extract-failed',
    messageId: '',
    data: { table: t.number, row: rowLabel, column: column?.label ?? columnId },
    location: {
      section: t.section,
      table: t.id,
      row: rowId,
      column: columnId,
      cell: cellId(t.id, rowId, columnId),
      labels: { table: `${t.number}、${t.title}`, row: row ? shortLabel(row.label) : rowId, column: column?.label ?? columnId },
    },
    physical,
  };
}
