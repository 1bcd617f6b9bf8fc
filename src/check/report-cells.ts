/**
 * A report's table cells as plain data, for the outputs that list every cell of every report of a run
 * (`check -f xlsx`, its 数据 sheet and key figures): made where the report is checked (a checking
 * process), kept on disk with the file's result (node/spool.ts), and read back one file at a time when
 * the output is written. Only the cells and the layout of each table travel, with the cells the reader
 * could not read (unread.ts) and the agency and year as the cross-file checks pair files (facts.ts).
 */
import type { ReportFacts } from '../analysis/facts.js';
import type { Lang } from '../messages/render.js';
import type { Report, TableContent } from '../model/report.js';
import type { FormatId, TableId } from '../format/spec.js';
import { unreadCells, type UnreadCell } from './unread.js';

export interface ReportCells {
  /** The format version the report declares or uses (as `convert --to csv` takes it). */
  format?: FormatId;
  /** The tables present: their cells and, for a table of the other version's layout, that layout. */
  tables: Partial<Record<TableId, TableContent>>;
  /** Official cells the reader could not read, with why (in the run's language). */
  unread: UnreadCell[];
  /** The agency and year as the cross-file checks pair files (from the title when the report has no field). */
  agency?: string;
  agencyKey?: string;
  year?: number;
}

/** The cells of a report (and its facts, for agency and year). */
export function reportCells(report: Report, facts: ReportFacts, lang: Lang = 'zh'): ReportCells {
  const tables: ReportCells['tables'] = {};
  for (const [id, t] of Object.entries(report.tables) as [TableId, TableContent][]) {
    tables[id] = { cells: t.cells, extras: [], ...(t.layout ? { layout: t.layout } : {}) };
  }
  return {
    ...(report.format ? { format: report.format } : {}),
    tables,
    unread: unreadCells(report, lang),
    ...(facts.agency !== undefined ? { agency: facts.agency } : {}),
    ...(facts.agencyKey !== undefined ? { agencyKey: facts.agencyKey } : {}),
    ...(facts.year !== undefined ? { year: facts.year } : {}),
  };
}
