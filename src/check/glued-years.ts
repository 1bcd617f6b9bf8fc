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
 * also checked once per split with the row's cells set to it, and the facts carry each split's values and
 * findings (`glued`). The cross-file step (crossfile.ts apply) then only picks the split last year's
 * figures leave and puts that split's findings in place of the file's own.
 *
 * Both rows glued (规章 and 行政规范性文件): each row's equation involves only its own cells, so last year
 * picks each row's split independently; only the report's findings depend on both. The facts then carry
 * three sets of checks: every combination (a split of each row, both rows set), and each row's splits
 * with the other row left unread. Both rows picked: the combination's findings and one note per row. One
 * row picked (last year leaves the other with no split or several): that row's split with the other row
 * still unread — its extract-ambiguous stays — and one note. Neither: nothing changes. A row of more than
 * MAX_SPLITS splits, or two rows that would take more than MAX_CHECKS checks: nothing is carried, and the
 * report stays as it is.
 */
import type { ReportFacts } from '../analysis/facts.js';
import { rowName, shortLabel } from '../format/labels.js';
import { getFormat } from '../format/spec.js';
import { parseCellText, type Cell } from '../model/cell.js';
import type { Diagnostic, FileResult, Finding } from '../model/diagnostic.js';
import type { Source } from '../model/location.js';
import type { AmbiguousRow, Report } from '../model/report.js';
import { fileResult, renderFindings, sortDiagnostics, type CheckOptions } from './check.js';

/** The rows yoy-in-force relates across years, and their columns in order. */
const ROWS = ['regulations', 'normative_documents'] as const;
type DocRow = (typeof ROWS)[number];
const COLUMNS = ['issued', 'repealed', 'in_force'] as const;
/** A row with more splits than this is not checked one by one (the report stays as it is). */
const MAX_SPLITS = 24;
/**
 * The most checks of one report for its glued rows. Each check runs every rule on the report (about 10 ms
 * on one core for a city's report), so this keeps a report with both rows glued within about a second:
 * enough for a 行政规范性文件 row of 8 digits (at most 21 splits) with a 规章 row of 4 (3 splits): 21 × 3
 * combinations + 21 + 3 = 87 checks. One row alone takes at most MAX_SPLITS checks.
 */
const MAX_CHECKS = 100;

/** One split of a glued row: its pieces as written, their values, and the report's findings with it. */
interface GluedSplit {
  raw: string[];
  values: [number, number, number];
  /** The report's findings with this split (and any other glued row left unread). */
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

/** With both rows glued: the report's findings with split `of[0]` of the first row and `of[1]` of the second. */
interface GluedPair {
  of: [number, number];
  diagnostics: Diagnostic[];
}

/** The report's glued rows (one or both), each split checked; with two rows every combination too. */
export interface Glued {
  rows: GluedRow[];
  /** Every combination of the two rows' splits (empty with one row). */
  pairs: GluedPair[];
}

/** Facts with the glued rows, as check/bytes.ts hands them on (the spool keeps every field). */
export type GluedFacts = ReportFacts & { glued?: Glued };

/** The row's extract-ambiguous finding in a report or a result. */
function isAmbiguousAt(f: Pick<Finding, 'ruleId' | 'location'>, row: string): boolean {
  return f.ruleId === 'extract-ambiguous' && f.location.table === 't2' && f.location.row === row;
}

type Split = AmbiguousRow['candidates'][number];

/** The report with the row's cells set to one split and its extract-ambiguous finding gone. */
function withSplit(report: Report, row: AmbiguousRow, split: Split): Report {
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

/** A row's splits into three whole numbers (a split with a piece that is not one is left out). */
function wholeSplits(row: AmbiguousRow): { split: Split; raw: string[]; values: [number, number, number] }[] {
  return row.candidates.flatMap((split) => {
    const values = split.map((p) => parseCellText(p.raw)).map((c) => (c.kind === 'number' && Number.isInteger(c.value) ? c.value : undefined));
    if (values.length !== 3 || values.some((v) => v === undefined)) return [];
    return [{ split, raw: split.map((p) => p.raw), values: values as [number, number, number] }];
  });
}

/**
 * The glued rows to carry in the facts: the 2021-format table-二 rows of 规章 and 行政规范性文件 that the
 * checked result still reports as extract-ambiguous (their text did not resolve them), each with 2 to
 * MAX_SPLITS splits of whole numbers — each split's findings from `check` (the report checked with it),
 * and with two rows every combination's, within MAX_CHECKS checks in all.
 */
export function gluedRows(report: Report, facts: ReportFacts, result: FileResult, check: (report: Report) => FileResult): Glued | undefined {
  if (facts.format !== '2021') return undefined;
  const ambiguous = (report.tables.t2?.ambiguous ?? []).filter(
    (a) => (ROWS as readonly string[]).includes(a.row) && a.columns.join() === COLUMNS.join() && result.diagnostics.some((d) => isAmbiguousAt(d, a.row)),
  );
  if (ambiguous.length === 0 || ambiguous.length > ROWS.length || new Set(ambiguous.map((a) => a.row)).size !== ambiguous.length) return undefined;
  if (ambiguous.some((a) => a.candidates.length > MAX_SPLITS)) return undefined;
  const whole = ambiguous.map(wholeSplits);
  if (whole.some((w) => w.length < 2)) return undefined;
  const singles = whole.reduce((n, w) => n + w.length, 0);
  const combinations = whole.length === 2 ? whole[0]!.length * whole[1]!.length : 0;
  if (singles + combinations > MAX_CHECKS) return undefined;
  const rows: GluedRow[] = ambiguous.map((row, k) => {
    const source = row.candidates[0]?.[0]?.source;
    const splits = whole[k]!.map((s) => ({ raw: s.raw, values: s.values, diagnostics: check(withSplit(report, row, s.split)).diagnostics }));
    return { row: row.row as DocRow, raw: row.raw, ...(source ? { source } : {}), splits };
  });
  const pairs: GluedPair[] = [];
  if (whole.length === 2) {
    whole[0]!.forEach((a, i) => {
      const first = withSplit(report, ambiguous[0]!, a.split);
      whole[1]!.forEach((b, j) => pairs.push({ of: [i, j], diagnostics: check(withSplit(first, ambiguous[1]!, b.split)).diagnostics }));
    });
  }
  return { rows, pairs };
}

/** The one split of `row` that every last-year file with the row's 现行有效 leaves, and the first such file. */
function pick(row: GluedRow, lastYear: ReportFacts[]): { index: number; last: ReportFacts } | undefined {
  const evidence = lastYear.filter((p) => p.documents?.[row.row].in_force != null);
  let chosen: number | undefined;
  for (const p of evidence) {
    const before = p.documents![row.row].in_force!;
    const fits = row.splits.flatMap((s, i) => (before + s.values[0] - s.values[1] === s.values[2] ? [i] : []));
    if (fits.length !== 1 || (chosen !== undefined && chosen !== fits[0])) return undefined;
    chosen = fits[0]!;
  }
  return chosen === undefined ? undefined : { index: chosen, last: evidence[0]! };
}

/** The extract-resolved note of a row whose split last year's file `last` leaves. */
function note(row: GluedRow, chosen: GluedSplit, last: ReportFacts): Finding {
  const t = getFormat('2021').tables.t2;
  const spec = t.rows.find((r) => r.id === row.row)!;
  const group = spec.group ? t.rowGroups.find((g) => g.id === spec.group)?.label : undefined;
  return {
    ruleId: 'extract-resolved',
    messageId: 'resolvedByLastYear',
    hintId: 'original',
    data: {
      table: t.number,
      row: rowName(spec.label, group),
      raw: row.raw,
      chosen: chosen.raw.join(' | '),
      previousFile: last.file,
      previousYear: last.year!,
      previous: last.documents![row.row].in_force!,
    },
    location: { section: t.section, table: 't2', row: row.row, labels: { table: `${t.number}、${t.title}`, row: shortLabel(spec.label) } },
    ...(row.source ? { physical: row.source } : {}),
  };
}

/**
 * File `result` with its glued rows resolved by last year's facts (`previous`: the run's files of the same
 * agency and the year before, or the --previous file), or the result itself. `opts`: the file's settings,
 * for the notes' severity and language. Facts are loaded only for a file that reports such a row.
 */
export function resolveByLastYear(result: FileResult, facts: () => GluedFacts | undefined, previous: () => ReportFacts[], opts: () => CheckOptions): FileResult {
  // Most files have no such row: nothing is loaded for them.
  if (!result.diagnostics.some((d) => (ROWS as readonly string[]).some((r) => isAmbiguousAt(d, r)))) return result;
  const mine = facts();
  const glued = mine?.glued;
  if (!mine || !glued || mine.year === undefined) return result;
  const lastYear = previous().filter((p) => p.year === mine.year! - 1);
  if (lastYear.length === 0) return result;
  const picks = glued.rows.map((row) => pick(row, lastYear));
  let diagnostics: Diagnostic[];
  if (picks.length === 2 && picks[0] && picks[1]) {
    const pair = glued.pairs.find((p) => p.of[0] === picks[0]!.index && p.of[1] === picks[1]!.index);
    if (!pair) return result;
    diagnostics = pair.diagnostics;
  } else {
    // One row picked (the other, if any, stays unread): its split's findings, checked with the other row unread.
    const k = picks.findIndex((p) => p !== undefined);
    if (k < 0) return result;
    diagnostics = glued.rows[k]!.splits[picks[k]!.index]!.diagnostics;
  }
  const notes = glued.rows.flatMap((row, k) => {
    const p = picks[k];
    return p ? [note(row, row.splits[p.index]!, p.last)] : [];
  });
  return fileResult({ ...result, diagnostics: sortDiagnostics([...diagnostics, ...renderFindings(notes, result.file, opts())], result.format) });
}
