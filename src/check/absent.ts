/**
 * A table cell the report has no value for is one of two things, and every output says which: `unread`
 * — a reader's extraction finding (extract-failed, extract-ambiguous, …) names its table, row or cell:
 * gongkai could not read it, the report is not necessarily wrong — or `missing` — absent from the report
 * (cell-missing). A cell left empty in the report is neither: it is read, as a blank (cell-blank).
 */
import type { TableId } from '../format/spec.js';
import type { Finding } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import { getRule } from '../rules/index.js';

export type Absence = 'unread' | 'missing';

/** The reader's findings that leave table cells unread. */
export function unreadFindings(report: Report): Finding[] {
  return report.findings.filter((f) => (f.category ?? getRule(f.ruleId)?.category) === 'extraction' && f.location.table !== undefined);
}

/** Whether a reader's finding among `unread` names the cell (its table, its row, or the cell itself). */
function namesCell(unread: readonly Finding[], table: string, row: string, column: string): boolean {
  return unread.some((f) => f.location.table === table && (f.location.row === undefined || f.location.row === row) && (f.location.column === undefined || f.location.column === column));
}

/** For a cell id (`t3.new.natural`): why the report has no value there, or undefined when it has one. */
export function absence(report: Report, unread: readonly Finding[] = unreadFindings(report)): (cellId: string) => Absence | undefined {
  return (cellId) => {
    const [table, row, column] = cellId.split('.') as [TableId, string, string];
    if (report.tables[table]?.cells[`${row}.${column}`] !== undefined) return undefined;
    return namesCell(unread, table, row, column) ? 'unread' : 'missing';
  };
}

/**
 * The cells listed with findings (`related`) that the report has no value for carry `status` instead of
 * a value: an unread cell is never shown as blank.
 */
export function markAbsent<F extends Finding>(report: Report, findings: F[]): F[] {
  if (!findings.some((f) => f.related?.some((r) => r.location.cell !== undefined))) return findings;
  const why = absence(report);
  return findings.map((f) => {
    if (!f.related?.some((r) => r.location.cell !== undefined && why(r.location.cell) !== undefined)) return f;
    const related = f.related.map((r) => {
      const status = r.location.cell !== undefined ? why(r.location.cell) : undefined;
      if (status === undefined) return r;
      const { value: _shown, ...rest } = r;
      return { ...rest, status };
    });
    return { ...f, related };
  });
}
