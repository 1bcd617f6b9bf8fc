/**
 * Cells a reader could not read: left absent from the model, with an extraction finding (extract-failed,
 * extract-ambiguous, …) that names their table, row or cell. `convert` keeps them in its output marked
 * as unread (never dropped, never written as blank or 0), says so on standard error and exits 1;
 * `--strict` writes nothing. `check` does not report them again as missing (check.ts).
 */
import { TABLE_IDS, tableCells, type TableId } from '../format/spec.js';
import type { Source } from '../model/location.js';
import { tableSpec, type Report } from '../model/report.js';
import type { Lang } from '../messages/render.js';
import { unreadFindings } from './absent.js';
import { renderFindings } from './check.js';
import { resolveFormat } from '../analysis/resolve.js';

/** One official cell of a present table that the reader could not read. */
export interface UnreadCell {
  table: TableId;
  row: string;
  column: string;
  /** Why, in plain words (the reader's finding, in the chosen language). */
  reason: string;
  /** Where in the file the reader was when it gave up (the row or cell as written), if known. */
  source?: Source;
  /** The finding's rule id (extract-failed, extract-ambiguous, …). */
  ruleId: string;
}

/** The official cells absent from the report that a reader finding says it could not read, in official order. */
export function unreadCells(report: Report, lang: Lang = 'zh'): UnreadCell[] {
  const findings = unreadFindings(report);
  if (findings.length === 0) return [];
  const format = resolveFormat(report);
  // Rendered one by one: the reason of each finding, whatever the settings.
  const reasons = findings.map((f) => renderFindings([f], report.path, { lang })[0]?.message ?? '');
  const out: UnreadCell[] = [];
  for (const table of TABLE_IDS) {
    const content = report.tables[table];
    if (!content) continue;
    for (const { row, column } of tableCells(tableSpec(report, format, table))) {
      if (content.cells[`${row.id}.${column.id}`] !== undefined) continue;
      const i = findings.findIndex((f) => f.location.table === table && (f.location.row === undefined || f.location.row === row.id) && (f.location.column === undefined || f.location.column === column.id));
      if (i < 0) continue;
      const f = findings[i]!;
      out.push({ table, row: row.id, column: column.id, reason: reasons[i]!, ...(f.physical ? { source: f.physical } : {}), ruleId: f.ruleId });
    }
  }
  return out;
}

/** Thrown by the API's `convert` with `strict: true` when some cells could not be read. */
export class UnreadCellsError extends Error {
  constructor(
    readonly path: string,
    readonly cells: UnreadCell[],
  ) {
    super(`${path}: ${cells.length} table cell(s) could not be read (${cells.map((c) => `${c.table}.${c.row}.${c.column}`).slice(0, 5).join(', ')}${cells.length > 5 ? ', …' : ''})`);
    this.name = 'UnreadCellsError';
  }
}
