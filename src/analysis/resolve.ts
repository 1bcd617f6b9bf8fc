/**
 * Resolution step between reading and checking: decides the format version that applies and
 * matches the report's headings to the official six sections.
 */
import { formatForYear, getFormat, type FormatId, type FormatSpec } from '../format/spec.js';
import { matchSection, type SectionMatch } from '../format/sections.js';
import type { Report, SectionText } from '../model/report.js';

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

export function resolveSections(report: Report): ResolvedSection[] {
  return report.sections.map((found, index) => ({ index, found, match: matchSection(found.heading) }));
}
