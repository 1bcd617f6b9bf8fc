/**
 * Resolution step between reading and checking: decides the format version that applies and
 * matches the report's headings to the official six sections.
 */
import { formatForYear, getFormat, type FormatId, type FormatSpec } from '../format/spec.js';
import { matchSection, type SectionMatch } from '../format/sections.js';
import type { Report, SectionText, TableContent } from '../model/report.js';
import type { TableId, TableSpec } from '../format/spec.js';

export interface ResolvedSection {
  /** Index in `report.sections`. */
  index: number;
  found: SectionText;
  match: SectionMatch | undefined;
}

/** Format version the report uses: as declared or read from its labels, else by its year, else 2021. */
export function resolveFormat(report: Report): FormatSpec {
  const id: FormatId = report.format ?? (report.year !== undefined ? formatForYear(report.year) : undefined) ?? '2021';
  return getFormat(id);
}

/**
 * A report whose tables follow both versions of the format (TableContent.layout) and whose version was
 * only guessed from its labels: the version of its year is the report's, when one of its tables follows
 * it — a 2022 report that kept the 2019 table 二 (eight 2019 labels against table 三's two 2021 ones) is a
 * 2021 report with one table in the old layout, not a 2019 report with one in the new. A version declared
 * by the input (JSON `format`) stands. A new report object, or the report itself when nothing changes.
 */
/** Whether two versions of a table have the same rows, each with the same columns. */
function sameLayout(a: TableSpec, b: TableSpec): boolean {
  const shape = (t: TableSpec): string => t.rows.map((r) => `${r.id}:${r.columns.join(',')}`).join(';');
  return shape(a) === shape(b);
}

export function settleMixedFormat(report: Report): Report {
  if (report.formatEvidence === 'declared' || report.format === undefined || report.year === undefined) return report;
  const own = formatForYear(report.year);
  const entries = Object.entries(report.tables) as [TableId, TableContent][];
  if (own === undefined || own === report.format || !entries.some(([, c]) => c.layout === own)) return report;
  const was = report.format;
  const tables: Report['tables'] = {};
  for (const [id, c] of entries) {
    const layout = c.layout ?? was;
    const { layout: _old, ...rest } = c;
    // A table the two versions print alike (table 四) follows both: no layout of its own.
    tables[id] = layout === own || sameLayout(getFormat(layout).tables[id], getFormat(own).tables[id]) ? rest : { ...rest, layout };
  }
  return { ...report, format: own, tables };
}

export function resolveSections(report: Report): ResolvedSection[] {
  return report.sections.map((found, index) => ({ index, found, match: matchSection(found.heading) }));
}
