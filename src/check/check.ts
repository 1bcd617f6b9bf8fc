/**
 * Runs the rules on one report and turns findings into diagnostics, in small named steps:
 * collect → apply severity → render → sort → count.
 */
import { cellId, cellLabels, type FormatSpec, type TableId } from '../format/spec.js';
import type { LogicalLocation } from '../model/location.js';
import { shortLabel } from '../format/labels.js';
import { templateHeading } from '../format/sections.js';
import type { Diagnostic, FileResult, Finding, Severity } from '../model/diagnostic.js';
import { tableFormat, tableSpec, type Report } from '../model/report.js';
import { fill, type Lang } from '../messages/render.js';
import { getRule, RULES } from '../rules/index.js';
import type { CellRef, RuleContext } from '../rules/rule.js';
import type { RuleOptions } from '../analysis/review-data.js';
import { resolveGlued } from '../analysis/glued.js';
import { resolveFormat, resolveSections } from '../analysis/resolve.js';
import { markAbsent, unreadFindings } from './absent.js';
import { addRepairHints } from './hints.js';
import { inDocumentOrder } from './order.js';

/** Severity per rule id, or 'off' to disable it. */
export type RuleSettings = Record<string, Severity | 'off'>;

export interface CheckOptions {
  lang?: Lang;
  rules?: RuleSettings;
  /** Settings of the rules that have some (a config file's "options"; defaults: schemas/review.json). */
  ruleOptions?: RuleOptions;
}

type Collected = Finding & { severity?: Severity };

/** A cell of a format: its `row.column` key (one string per cell, so lookups reuse its hash) and location. */
interface CellEntry {
  key: string;
  location: LogicalLocation;
}

/** Per format and table: row id → column id → cell entry, built on first use. */
const entries = new WeakMap<FormatSpec, Record<TableId, Map<string, Map<string, CellEntry>>>>();

function cellEntry(format: FormatSpec, table: TableId, row: string, column: string): CellEntry {
  let byTable = entries.get(format);
  if (!byTable) entries.set(format, (byTable = { t2: new Map(), t3: new Map(), t4: new Map() }));
  let byColumn = byTable[table].get(row);
  if (!byColumn) byTable[table].set(row, (byColumn = new Map()));
  let hit = byColumn.get(column);
  if (!hit) {
    const t = format.tables[table];
    const labels = cellLabels(t, row, column);
    hit = {
      key: `${row}.${column}`,
      location: {
        section: t.section,
        table,
        row,
        column,
        cell: cellId(table, row, column),
        labels: {
          table: labels.table,
          ...(labels.rowGroup ? { rowGroup: labels.rowGroup } : {}),
          row: shortLabel(labels.row),
          ...(labels.columnGroup ? { columnGroup: labels.columnGroup } : {}),
          column: labels.column,
        },
      },
    };
    byColumn.set(column, hit);
  }
  return hit;
}

/**
 * The logical location of a cell: ids and official labels. The same for every report of a format,
 * so built once per format and cell (shared objects: never mutate them).
 */
export function logicalLocation(format: FormatSpec, table: TableId, row: string, column: string): LogicalLocation {
  return cellEntry(format, table, row, column).location;
}

/** Step 1: run every rule that has a check, plus the reader's own findings. */
function collect(input: Report, ruleOptions: RuleOptions = {}): { findings: Collected[]; format: string } {
  const format = resolveFormat(input);
  const sections = resolveSections(input);
  // Rows of run-together digits that the report's own text singles out are read before the rules run.
  const report = resolveGlued(input, format, sections);
  const findings: Collected[] = [...report.findings];
  // A table filled in by the other version of the format is checked by its own layout (tableSpec).
  const cellRef = (table: TableId, row: string, column: string): CellRef => {
    const { key, location } = cellEntry(tableFormat(report, format, table), table, row, column);
    const cell = report.tables[table]?.cells[key];
    return cell?.source ? { cell, location, physical: cell.source } : { cell, location };
  };
  // Computed once per check and shared by the rules (e.g. the list of present cells).
  const memo = new Map<string, unknown>();
  // One context for every rule; `report` files findings under the rule being run.
  let ruleId = '';
  const ctx: RuleContext = {
    model: report,
    ruleOptions,
    format,
    sections,
    table: (id) => report.tables[id],
    spec: (id) => tableSpec(report, format, id),
    cellRef,
    memo: <T>(key: string, make: () => T): T => {
      if (!memo.has(key)) memo.set(key, make());
      return memo.get(key) as T;
    },
    report: (f) => findings.push({ ...f, ruleId }),
  };
  for (const rule of RULES) {
    if (!rule.check) continue;
    ruleId = rule.id;
    const before = findings.length;
    try {
      rule.check(ctx);
    } catch (e) {
      // A bug in one rule: its findings so far are dropped, one internal-error finding names it, and the
      // other rules still run (the CLI exits 2 at the end of the run).
      findings.length = before;
      findings.push(ruleFailure(rule.id, e));
    }
  }
  addRepairHints(report, format, findings);
  return { findings: markAbsent(report, withoutUnread(report, findings)), format: format.id };
}

/**
 * A cell the reader said it could not read (an `extraction` finding naming its table, row or
 * cell) is absent from the model; it is not reported again as missing from the report.
 */
function withoutUnread(report: Report, findings: Collected[]): Collected[] {
  const unread = unreadFindings(report);
  if (unread.length === 0) return findings;
  const absent = (table: string, row: string, column?: string): boolean => {
    const cells = report.tables[table as TableId]?.cells ?? {};
    return column !== undefined ? cells[`${row}.${column}`] === undefined : !Object.keys(cells).some((k) => k.startsWith(`${row}.`));
  };
  // A whole table the reader could not read (a picture in a PDF): its section is not called empty as well.
  const unreadSections = new Set(unread.filter((u) => u.location.row === undefined && u.location.section !== undefined).map((u) => u.location.section));
  return findings.filter((f, i) => {
    if (i < report.findings.length) return true;
    const l = f.location;
    if (f.ruleId === 'section-empty' && f.messageId === 'noTable' && unreadSections.has(l.section)) return false;
    if (l.table === undefined || l.row === undefined || !absent(l.table, l.row, l.column)) return true;
    // A finding about a whole row is not repeated when any of its cells is named unread (a row `convert`
    // wrote as unread names each of its cells).
    return !unread.some(
      (u) =>
        u.location.table === l.table &&
        (u.location.row === undefined || u.location.row === l.row) &&
        (u.location.column === undefined || l.column === undefined || u.location.column === l.column),
    );
  });
}

/** The internal-error finding for a rule whose check threw. */
function ruleFailure(id: string, e: unknown): Collected {
  const rule = getRule(id)!;
  return { ruleId: 'internal-error', messageId: 'rule', data: { rule: id, ruleTitle: rule.text.zh.title, ruleTitleEn: rule.text.en.title, error: errorText(e) }, location: {} };
}

function errorText(e: unknown): string {
  return (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 300);
}

/**
 * The result of a file whose check failed outside any one rule (a bug in gongkai): readable, with one
 * internal-error finding instead of its findings.
 */
export function checkFailure(report: Report, e: unknown, opts: CheckOptions = {}): FileResult {
  const f = { ruleId: 'internal-error', messageId: 'check', data: { error: errorText(e) }, location: {}, severity: 'error' as const };
  return fileResult({
    file: report.path,
    reader: report.reader,
    ...(report.title !== undefined ? { title: report.title } : {}),
    ...(report.agency !== undefined ? { agency: report.agency } : {}),
    ...(report.year !== undefined ? { year: report.year } : {}),
    readable: true,
    diagnostics: [render(f, report.path, opts.lang ?? 'zh')],
  });
}

/** Step 2: the configured severity (or 'off'); a finding may only lower it (e.g. info for "could not check"). */
function applySeverity(findings: Collected[], settings: RuleSettings): (Collected & { severity: Severity })[] {
  const out: (Collected & { severity: Severity })[] = [];
  for (const f of findings) {
    const rule = getRule(f.ruleId);
    if (!rule) throw new Error(`finding under unregistered rule id "${f.ruleId}"`);
    // An internal error is always said: no setting turns it off or down.
    const configured = f.ruleId === 'internal-error' ? rule.severity : (settings[f.ruleId] ?? rule.severity);
    if (configured === 'off') continue;
    out.push({ ...f, severity: f.severity ?? configured });
  }
  return out;
}

/** Step 3: message and hint in the chosen language. */
function render(f: Collected & { severity: Severity }, file: string, lang: Lang): Diagnostic {
  const rule = getRule(f.ruleId)!;
  const text = rule.text[lang];
  const template = text.messages[f.messageId];
  if (template === undefined) throw new Error(`rule ${f.ruleId} has no message "${f.messageId}" in ${lang}`);
  const hintTemplate = f.hintId !== undefined ? text.hints?.[f.hintId] : undefined;
  if (f.hintId !== undefined && hintTemplate === undefined) throw new Error(`rule ${f.ruleId} has no hint "${f.hintId}" in ${lang}`);
  const location = { ...f.location };
  if (location.section && !location.labels?.section) location.labels = { ...location.labels, section: templateHeading(location.section) };
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    category: f.category ?? rule.category,
    messageId: f.messageId,
    message: fill(template, f.data),
    ...(hintTemplate !== undefined ? { hint: fill(hintTemplate, { ...f.data, ...f.hintData }) } : {}),
    file,
    location,
    ...(f.physical ? { physical: f.physical } : {}),
    ...(f.related?.length ? { related: f.related } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
    ...(f.equation !== undefined ? { equation: f.equation } : {}),
    ...(f.data ? { data: f.data } : {}),
  };
}

/**
 * Step 4: document order (src/check/order.ts): file-level findings first, then section, table, official
 * row and column order, text by line; rule order breaks ties. One total order.
 */
export function sortDiagnostics(ds: Diagnostic[], format?: FormatSpec | string): Diagnostic[] {
  return inDocumentOrder(ds, format);
}

/** Step 5: counts. */
export function fileResult(base: Omit<FileResult, 'errorCount' | 'warningCount' | 'infoCount'>): FileResult {
  // Findings left out of a long list (too-many-findings) still count.
  const note = base.diagnostics.find((d) => d.ruleId === 'too-many-findings');
  const more = (key: string): number => Number(note?.data?.[key] ?? 0);
  const count = (s: Severity): number => base.diagnostics.filter((d) => d.severity === s).length;
  return { ...base, errorCount: count('error') + more('moreErrors'), warningCount: count('warning') + more('moreWarnings'), infoCount: count('info') + more('moreInfos') };
}

/**
 * The most findings listed for one file. A hostile or absurd file can give tens of thousands (one per
 * sentence of a text that repeats itself): listed, they took 33 MB per file and 650 MB in the process
 * that writes the output. Beyond the cap the errors are kept first, then warnings, then infos, each in
 * document order; one too-many-findings note says how many more of each there are, and they still count.
 */
export const MAX_FINDINGS_PER_FILE = 1000;

function capped(diagnostics: Diagnostic[], file: string, lang: Lang): Diagnostic[] {
  if (diagnostics.length <= MAX_FINDINGS_PER_FILE) return diagnostics;
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const order = diagnostics.map((_, i) => i).sort((a, b) => rank[diagnostics[a]!.severity] - rank[diagnostics[b]!.severity] || a - b);
  const keep = new Set(order.slice(0, MAX_FINDINGS_PER_FILE));
  const dropped = diagnostics.filter((_, i) => !keep.has(i));
  const more = (s: Severity): number => dropped.filter((d) => d.severity === s).length;
  const data = { total: diagnostics.length, shown: MAX_FINDINGS_PER_FILE, more: dropped.length, moreErrors: more('error'), moreWarnings: more('warning'), moreInfos: more('info') };
  // About the whole file: first in document order. Always said, whatever the settings.
  const note = render({ ruleId: 'too-many-findings', messageId: 'capped', severity: 'info', data, location: {} }, file, lang);
  return [note, ...diagnostics.filter((_, i) => keep.has(i))];
}

/** Severity and texts for findings made outside a report's own check (the cross-file checks). */
export function renderFindings(findings: Collected[], file: string, opts: CheckOptions = {}): Diagnostic[] {
  return applySeverity(findings, opts.rules ?? {}).map((f) => render(f, file, opts.lang ?? 'zh'));
}

/** The result for a file that could not be read: one diagnostic, `readable: false`. */
export function unreadableResult(path: string, finding: Finding, opts: CheckOptions = {}): FileResult {
  const lang = opts.lang ?? 'zh';
  // A file that cannot be read is always an error, whatever the settings say.
  const f = { ...finding, severity: 'error' as const };
  return fileResult({ file: path, readable: false, diagnostics: [render(f, path, lang)] });
}

/** Checks one normalized report. */
export function checkReport(report: Report, opts: CheckOptions = {}): FileResult {
  const lang = opts.lang ?? 'zh';
  const { findings, format } = collect(report, opts.ruleOptions);
  const diagnostics = capped(
    sortDiagnostics(
      applySeverity(findings, opts.rules ?? {}).map((f) => render(f, report.path, lang)),
      resolveFormat(report),
    ),
    report.path,
    lang,
  );
  return fileResult({
    file: report.path,
    reader: report.reader,
    format,
    ...(report.title !== undefined ? { title: report.title } : {}),
    ...(report.agency !== undefined ? { agency: report.agency } : {}),
    ...(report.year !== undefined ? { year: report.year } : {}),
    readable: true,
    diagnostics,
  });
}
