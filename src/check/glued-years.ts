/**
 * Glued table-二 rows resolved with last year's report in the same batch (#17 item 5). A 2021-format
 * row of 规章 or 行政规范性文件 read from text as run-together digits ("行政规范性文件8855698") has several
 * splits into 本年制发 | 本年废止 | 现行有效; the report's own text may single one out (analysis/glued.ts).
 * Failing that, last year's report of the same agency in the run is evidence: last year's 现行有效 + this
 * year's 本年制发 − 本年废止 = this year's 现行有效 (what yoy-in-force checks). When that leaves exactly one
 * split — and every last-year file of the agency in the run agrees — the split is taken: the row's
 * extract-ambiguous gives way to an extract-resolved note naming last year's file, and the report's
 * findings are those of the report checked with that split. Otherwise nothing changes.
 *
 * The cross-file step holds only each file's facts, not its report, so the report cannot be checked again
 * there. Instead, when a report is checked (check/bytes.ts) and such a row is left ambiguous, the report is
 * also checked once per split with the row's cells set to it (at most MAX_SPLITS splits), and the facts
 * carry each split's values and findings (`glued`). The cross-file step (crossfile.ts apply) then only
 * picks the split last year's figures leave and puts that split's findings in place of the file's own.
 * One such row per report: with both rows glued, the splits of one depend on the other's, and neither is
 * taken.
 */
import type { ReportFacts } from '../analysis/facts.js';
import { rowName, shortLabel } from '../format/labels.js';
import { getFormat } from '../format/spec.js';
import { parseCellText, type Cell } from '../model/cell.js';
import type { Diagnostic, FileResult, Finding, Severity } from '../model/diagnostic.js';
import type { Source } from '../model/location.js';
import type { AmbiguousRow, Report } from '../model/report.js';
import { fileResult, renderFindings, sortDiagnostics, type CheckOptions } from './check.js';

/** The rows yoy-in-force relates across years, and their columns in order. */
const ROWS = ['regulations', 'normative_documents'] as const;
type DocRow = (typeof ROWS)[number];
const COLUMNS = ['issued', 'repealed', 'in_force'] as const;
/** More splits than this are not checked one by one (the report stays as it is). */
const MAX_SPLITS = 24;

/** One split of a glued row: its pieces as written, their values, and the report's findings with it. */
interface GluedSplit {
  raw: string[];
  values: [number, number, number];
  diagnostics: Diagnostic[];
}

/** A glued row of table 二 that the report itself left unread, with every split checked. */
interface GluedRow {
  row: DocRow;
  /** The digits as written. */
  raw: string;
  source?: Source;
  splits: GluedSplit[];
}

/** Facts with the glued row, as check/bytes.ts hands them on (the spool keeps every field). */
export type GluedFacts = ReportFacts & { glued?: GluedRow };

/** The row's extract-ambiguous finding in a report or a result. */
function isAmbiguousAt(f: Pick<Finding, 'ruleId' | 'location'>, row: string): boolean {
  return f.ruleId === 'extract-ambiguous' && f.location.table === 't2' && f.location.row === row;
}

/** The report with the row's cells set to one split and its extract-ambiguous finding gone. */
function withSplit(report: Report, row: AmbiguousRow, split: AmbiguousRow['candidates'][number]): Report {
  const content = report.tables.t2!;
  const cells: Record<string, Cell> = Object.assign(Object.create(null) as Record<string, Cell>, content.cells);
  split.forEach((piece, i) => {
    cells[`${row.row}.${row.columns[i]!}`] = parseCellText(piece.raw, piece.source);
  });
  return {
    ...report,
    tables: { ...report.tables, t2: { ...content, cells, ambiguous: content.ambiguous!.filter((a) => a !== row) } },
    findings: report.findings.filter((f) => !isAmbiguousAt(f, row.row)),
  };
}

/**
 * The glued row to carry in the facts: a 2021-format table-二 row of 规章 or 行政规范性文件 that the checked
 * result still reports as extract-ambiguous (its text did not resolve it), alone of its kind, with at most
 * MAX_SPLITS splits of whole numbers — each split's findings from `check` (the report checked with it).
 */
export function gluedRow(report: Report, facts: ReportFacts, result: FileResult, check: (report: Report) => FileResult): GluedRow | undefined {
  if (facts.format !== '2021') return undefined;
  const rows = (report.tables.t2?.ambiguous ?? []).filter(
    (a) => (ROWS as readonly string[]).includes(a.row) && a.columns.join() === COLUMNS.join() && result.diagnostics.some((d) => isAmbiguousAt(d, a.row)),
  );
  if (rows.length !== 1) return undefined;
  const row = rows[0]!;
  if (row.candidates.length > MAX_SPLITS) return undefined;
  const splits: GluedSplit[] = [];
  for (const split of row.candidates) {
    const values = split.map((p) => parseCellText(p.raw)).map((c) => (c.kind === 'number' && Number.isInteger(c.value) ? c.value : undefined));
    if (values.length !== 3 || values.some((v) => v === undefined)) continue;
    splits.push({ raw: split.map((p) => p.raw), values: values as [number, number, number], diagnostics: check(withSplit(report, row, split)).diagnostics });
  }
  if (splits.length < 2) return undefined;
  const source = row.candidates[0]?.[0]?.source;
  return { row: row.row as DocRow, raw: row.raw, ...(source ? { source } : {}), splits };
}

/**
 * File `result` with its glued row resolved by last year's facts (`previous`: the run's files of the same
 * agency and the year before, or the --previous file), or the result itself. `opts`: the file's settings,
 * for the note's severity and language. Facts are loaded only for a file that reports such a row.
 */
export function resolveByLastYear(result: FileResult, facts: () => GluedFacts | undefined, previous: () => ReportFacts[], opts: () => CheckOptions): FileResult {
  // Most files have no such row: nothing is loaded for them.
  if (!result.diagnostics.some((d) => (ROWS as readonly string[]).some((r) => isAmbiguousAt(d, r)))) return result;
  const mine = facts();
  const glued = mine?.glued;
  if (!mine || !glued || mine.year === undefined) return result;
  const evidence = previous().filter((p) => p.year === mine.year! - 1 && p.documents?.[glued.row].in_force != null);
  if (evidence.length === 0) return result;
  // Each last-year file must leave the same single split.
  let chosen: GluedSplit | undefined;
  for (const p of evidence) {
    const before = p.documents![glued.row].in_force!;
    const fits = glued.splits.filter((s) => before + s.values[0] - s.values[1] === s.values[2]);
    if (fits.length !== 1 || (chosen && chosen !== fits[0])) return result;
    chosen = fits[0]!;
  }
  if (!chosen) return result;
  const last = evidence[0]!;
  const t = getFormat('2021').tables.t2;
  const spec = t.rows.find((r) => r.id === glued.row)!;
  const group = spec.group ? t.rowGroups.find((g) => g.id === spec.group)?.label : undefined;
  const note: Finding & { severity?: Severity } = {
    ruleId: 'extract-resolved',
    messageId: 'resolvedByLastYear',
    hintId: 'original',
    data: {
      table: t.number,
      row: rowName(spec.label, group),
      raw: glued.raw,
      chosen: chosen.raw.join(' | '),
      previousFile: last.file,
      previousYear: last.year!,
      previous: last.documents![glued.row].in_force!,
    },
    location: { section: t.section, table: 't2', row: glued.row, labels: { table: `${t.number}、${t.title}`, row: shortLabel(spec.label) } },
    ...(glued.source ? { physical: glued.source } : {}),
  };
  const diagnostics = sortDiagnostics([...chosen.diagnostics, ...renderFindings([note], result.file, opts())], result.format);
  return fileResult({ ...result, diagnostics });
}
