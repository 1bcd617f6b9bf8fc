/**
 * Glued table-二 rows resolved with the reports of the years around them in the same batch (#17 item 5). A
 * 2021-format row of 规章 or 行政规范性文件 read from text as run-together digits ("行政规范性文件8855698") has
 * several splits into 本年制发 | 本年废止 | 现行有效; the report's own text may single one out (analysis/glued.ts).
 * Failing that, the agency's reports of the year before and the year after in the run are evidence: last
 * year's 现行有效 + this year's 本年制发 − 本年废止 = this year's 现行有效 (what yoy-in-force checks), and this
 * year's 现行有效 = next year's 现行有效 − 本年制发 + 本年废止. When the splits that fit all of them are exactly
 * one, it is taken: the row's extract-ambiguous gives way to an extract-resolved note naming those files,
 * and the report's findings are those of the report checked with that split. Otherwise nothing changes. A
 * split taken is then known for the years next to it (resolveChain), so several glued years in a row are
 * resolved from one that was read; and yoy-in-force compares the years with it.
 *
 * The cross-file step holds only each file's facts, not its report, so the report cannot be checked again
 * there. Instead, when a report is checked (check/bytes.ts) and such a row is left ambiguous, the report is
 * also checked once per split with the row's cells set to it, and the facts carry each split's values and
 * findings (`glued`). The cross-file step (crossfile.ts apply) then only picks the split the years around
 * it leave and puts that split's findings in place of the file's own.
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
import type { Diagnostic, FileResult, Finding, MessageData } from '../model/diagnostic.js';
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

/** Table 二's figures of 规章 and 行政规范性文件 of a report (facts.ts), as known: read, or taken from a split. */
type Documents = NonNullable<ReportFacts['documents']>;

/** A report of the same agency the year before or after, with its table-二 figures as known. */
export interface Neighbour {
  file: string;
  year?: number;
  documents?: Documents;
}

/** The split of a glued row that was taken, and the reports of the year before and after that left it (the first of each). */
export interface Taken {
  index: number;
  last?: { file: string; year: number; in_force: number };
  next?: { file: string; year: number; in_force: number; issued: number; repealed: number };
}

/**
 * The one split of `row` (in a report of `year`) that fits every neighbour with the figures it needs, or
 * none: each report of the year before with the row's 现行有效 (last year's 现行有效 + this year's 本年制发 −
 * 本年废止 = this year's 现行有效), each report of the year after with all three figures of the row (this
 * year's 现行有效 = next year's 现行有效 − 本年制发 + 本年废止). At least one must be there. The year after
 * gives this year's 现行有效 only, which the splits of the other two figures share; with the year before it
 * may leave one split where neither does alone.
 */
function pick(row: GluedRow, year: number, neighbours: readonly Neighbour[]): Taken | undefined {
  let fits = row.splits.map((_, i) => i);
  let last: Taken['last'];
  let next: Taken['next'];
  for (const n of neighbours) {
    const d = n.documents?.[row.row];
    if (!d || d.in_force === null || n.year === undefined) continue;
    if (n.year === year - 1) {
      const before = d.in_force;
      fits = fits.filter((i) => before + row.splits[i]!.values[0] - row.splits[i]!.values[1] === row.splits[i]!.values[2]);
      last ??= { file: n.file, year: n.year, in_force: before };
    } else if (n.year === year + 1 && d.issued !== null && d.repealed !== null) {
      const inForce = d.in_force - d.issued + d.repealed;
      fits = fits.filter((i) => row.splits[i]!.values[2] === inForce);
      next ??= { file: n.file, year: n.year, in_force: d.in_force, issued: d.issued, repealed: d.repealed };
    }
  }
  if ((!last && !next) || fits.length !== 1) return undefined;
  return { index: fits[0]!, ...(last ? { last } : {}), ...(next ? { next } : {}) };
}

/** A report's table-二 figures with the picked splits of its glued rows in place. */
function withPicks(documents: Documents | undefined, glued: Glued, picks: readonly (Taken | undefined)[]): Documents | undefined {
  if (!documents || picks.every((p) => p === undefined)) return documents;
  const out = { regulations: { ...documents.regulations }, normative_documents: { ...documents.normative_documents } };
  glued.rows.forEach((row, k) => {
    const p = picks[k];
    if (!p) return;
    const [issued, repealed, inForce] = row.splits[p.index]!.values;
    out[row.row] = { issued, repealed, in_force: inForce };
  });
  return out;
}

/** What resolveChain gives for one report: each glued row's pick (or none), and its figures with them. */
export interface ChainResult {
  picks: (Taken | undefined)[];
  documents?: Documents;
}

/**
 * The glued rows of one agency's reports in a run, resolved by the years around them, again and again
 * until nothing more is taken: a split taken for one year is then known for the years next to it, so a
 * chain of years whose rows are glued is resolved from any year that was read (2021 read, 2022 and 2023
 * glued: 2022 by 2021, then 2023 by 2022). A split once taken stays: those taken later were chosen to fit it.
 * `members`: the agency's reports (facts with their glued rows); the result is by the same index, for the
 * reports with glued rows only.
 */
export function resolveChain(members: readonly (GluedFacts | undefined)[]): Map<number, ChainResult> {
  const documents = members.map((m) => m?.documents);
  const picks = new Map<number, (Taken | undefined)[]>();
  members.forEach((m, i) => {
    if (m?.glued && m.year !== undefined) picks.set(i, m.glued.rows.map(() => undefined));
  });
  for (let changed = picks.size > 0; changed; ) {
    changed = false;
    for (const [i, rowPicks] of picks) {
      const m = members[i]!;
      const neighbours: Neighbour[] = [];
      members.forEach((o, j) => {
        if (o && j !== i && o.year !== undefined && Math.abs(o.year - m.year!) === 1) neighbours.push({ file: o.file, year: o.year, ...(documents[j] ? { documents: documents[j] } : {}) });
      });
      m.glued!.rows.forEach((row, k) => {
        if (rowPicks[k]) return;
        const p = pick(row, m.year!, neighbours);
        if (!p) return;
        rowPicks[k] = p;
        documents[i] = withPicks(documents[i], m.glued!, rowPicks);
        changed = true;
      });
    }
  }
  const out = new Map<number, ChainResult>();
  for (const [i, p] of picks) out.set(i, { picks: p, ...(documents[i] ? { documents: documents[i] } : {}) });
  return out;
}

/** The extract-resolved note of a row whose split the reports of the year before or after left. */
function note(row: GluedRow, chosen: GluedSplit, p: Taken): Finding {
  const t = getFormat('2021').tables.t2;
  const spec = t.rows.find((r) => r.id === row.row)!;
  const group = spec.group ? t.rowGroups.find((g) => g.id === spec.group)?.label : undefined;
  const last: MessageData = p.last ? { previousFile: p.last.file, previousYear: p.last.year, previous: p.last.in_force } : {};
  const next: MessageData = p.next ? { nextFile: p.next.file, nextYear: p.next.year, next: p.next.in_force, nextIssued: p.next.issued, nextRepealed: p.next.repealed } : {};
  return {
    ruleId: 'extract-resolved',
    messageId: p.last && p.next ? 'resolvedByYears' : p.last ? 'resolvedByLastYear' : 'resolvedByNextYear',
    hintId: 'original',
    data: { table: t.number, row: rowName(spec.label, group), raw: row.raw, chosen: chosen.raw.join(' | '), ...last, ...next },
    location: { section: t.section, table: 't2', row: row.row, labels: { table: `${t.number}、${t.title}`, row: shortLabel(spec.label) } },
    ...(row.source ? { physical: row.source } : {}),
  };
}

/**
 * File `result` with the splits `picks` of its glued rows (`glued`) taken: the findings of the report
 * checked with them (each row not taken still unread, its extract-ambiguous kept) and one extract-resolved
 * note per row taken; or the result itself when nothing is taken. `opts`: the file's settings, for the
 * notes' severity and language.
 */
export function applyPicks(result: FileResult, glued: Glued, picks: readonly (Taken | undefined)[], opts: () => CheckOptions): FileResult {
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
    return p ? [note(row, row.splits[p.index]!, p)] : [];
  });
  return fileResult({ ...result, diagnostics: sortDiagnostics([...diagnostics, ...renderFindings(notes, result.file, opts())], result.format) });
}

/** Whether a file's result still reports a glued row of 规章 or 行政规范性文件 (then its facts carry the splits). */
export function hasGluedRow(result: FileResult): boolean {
  return result.diagnostics.some((d) => (ROWS as readonly string[]).some((r) => isAmbiguousAt(d, r)));
}

/**
 * File `result` with its glued rows resolved by the given reports of the year before or after (the
 * --previous file), or the result itself. Facts are loaded only for a file that reports such a row.
 */
export function resolveByNeighbours(result: FileResult, facts: () => GluedFacts | undefined, neighbours: () => Neighbour[], opts: () => CheckOptions): FileResult {
  // Most files have no such row: nothing is loaded for them.
  if (!hasGluedRow(result)) return result;
  const mine = facts();
  const glued = mine?.glued;
  if (!mine || !glued || mine.year === undefined) return result;
  const around = neighbours();
  if (around.length === 0) return result;
  return applyPicks(result, glued, glued.rows.map((row) => pick(row, mine.year!, around)), opts);
}
