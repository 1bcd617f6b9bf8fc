/**
 * batch-rollup (逐级汇总): a summary report's tables 二, 三 and 四 against the sum of its units' reports of
 * the same year, in one run (called from crossfile.ts; the findings go on the summary).
 *
 * - Declared (gongkai.config.json "rollup", resolved to the run's files by node/config.ts): every cell the
 *   summary fills in must equal the units' sum (amounts within their rounding); when some unit has no
 *   number in a cell (blank, unreadable, its table missing, the file unreadable), only a sum ABOVE the
 *   summary is certain, and those units are named.
 * - Undeclared: a government's report that says it is a summary (schemas/rollup.json) with reports of the
 *   same year whose agencies are that government's departments or towns (its name, then a department's or
 *   a town's). The run may hold only some of the units, so only a sum above the summary is reported (info).
 *
 * A unit following the other version of the format is compared on the cells both versions have, and one
 * info finding says so; a unit in the run twice (the same agency and year) counts once.
 */
import { rowName } from '../format/labels.js';
import { getFormat, hasCell, tableCells, TABLE_IDS, type FormatId } from '../format/spec.js';
import type { Finding, Severity } from '../model/diagnostic.js';
import { sourceOf, type ReportFacts } from '../analysis/facts.js';
import { agencyLevel } from '../analysis/published.js';
import { summarySays, summaryWords } from '../analysis/rollup-words.js';
import { quotePassage } from '../analysis/similarity.js';
import { logicalLocation } from './check.js';
import { maxOf, minOf } from '../lists.js';

type Collected = Finding & { severity?: Severity };
/** What the run keeps of each file (crossfile.ts FactsKey). */
type Key = { agencyKey?: string; year?: number };

/** A rollup declared in a config, as indices of the run's files (node/config.ts rollupPlan). */
export interface RollupDeclared {
  /** The summary report. */
  summary: number;
  /** Its units, with their files as shown to people (files of other years among them are left out here). */
  units: { index: number; file: string }[];
  /** Only reports of this year (without it: the summary's year). */
  year?: number;
  /** The config file that declares it, as shown to people. */
  config: string;
}

// What a summary says, and which agencies are never units: schemas/rollup.json (analysis/rollup-words.ts,
// where the facts use it too); re-exported for the tests.
export { summarySays, summaryWords };

/** A government's name without the words for its government (XX县人民政府 → XX县): its departments' prefix. */
function regionOf(agencyKey: string): string {
  return agencyKey.replace(/(人民政府|政府|管理委员会|管委会)$/u, '');
}

/**
 * True when `unit` (an agency key) is a department or a town of the government `region`: its name is the
 * region's, then a department's or a town's own name that names no other region (XX县 → XX县财政局,
 * XX县城关镇; never another government or what is under it, nor an agency of vertical management,
 * schemas/rollup.json notUnits).
 */
export function isUnitOf(region: string, unit: string): boolean {
  if (region.length < 2 || !unit.startsWith(region) || unit.length === region.length) return false;
  const own = unit.slice(region.length);
  if (/[省市县区州旗盟]/u.test(own) || summaryWords().notUnits.some((re) => re.test(own))) return false;
  const level = agencyLevel(own);
  return level === 'department' || level === 'township';
}

/** At most this many units are named in a finding (with their values). */
const MAX_NAMED = 5;

/** Decimal places a figure is written with (as a number: 2.50 counts as 2.5). */
function decimals(v: number): number {
  const s = String(v);
  if (s.includes('e')) return 6;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Half a unit of the last place a figure is written to: how far it may be from what it rounds. */
function halfUlp(v: number): number {
  return 0.5 * 10 ** -decimals(v);
}

/**
 * Files as a message names them: without the folders they all share (汇总/x.json and 部门/y.json rather
 * than the whole path of each).
 */
function shortNames(files: readonly string[]): Map<string, string> {
  const parts = files.map((f) => f.split(/[\\/]/u));
  let common = 0;
  const shortest = minOf(parts, (p) => p.length - 1);
  while (common < shortest && parts.every((p) => p[common] === parts[0]![common])) common++;
  return new Map(files.map((f, n) => [f, parts[n]!.slice(common).join('/')]));
}

interface Group {
  units: { index: number; file?: string }[];
  declared?: RollupDeclared;
}

/** One unit's value in a cell: a number, or why it has none. */
type UnitValue = { value: number } | { none: 'empty' | 'table' | 'unreadable' } | { version: FormatId };

/** The batch-rollup findings of a run (crossfile.ts asks `findings(i)` for each file). */
export class Rollup {
  private groups: Map<number, Group[]> | undefined;

  constructor(
    private readonly keys: readonly (Key | undefined)[],
    private readonly load: (index: number) => ReportFacts | undefined,
    private readonly declared: readonly RollupDeclared[] = [],
  ) {}

  /** The findings on file `i` (a summary), none on other files. */
  findings(i: number): Collected[] {
    const groups = this.plan().get(i);
    if (!groups) return [];
    const summary = this.load(i);
    if (!summary) return [];
    return groups.flatMap((g) => this.compare(summary, g));
  }

  /** Summary → its groups of units: the declared ones, then the summaries the batch itself shows. */
  private plan(): Map<number, Group[]> {
    if (this.groups) return this.groups;
    const groups = new Map<number, Group[]>();
    for (const d of this.declared) {
      const list = groups.get(d.summary) ?? [];
      list.push({ units: d.units.filter((u) => u.index !== d.summary), declared: d });
      groups.set(d.summary, list);
    }
    // Undeclared: a government's report with reports of its departments or towns of the same year.
    const byYear = new Map<number, number[]>();
    this.keys.forEach((k, i) => {
      if (k?.agencyKey === undefined || k.year === undefined) return;
      const list = byYear.get(k.year);
      if (list) list.push(i);
      else byYear.set(k.year, [i]);
    });
    this.keys.forEach((k, i) => {
      if (k?.agencyKey === undefined || k.year === undefined || groups.has(i) || agencyLevel(k.agencyKey) !== 'government') return;
      const region = regionOf(k.agencyKey);
      const units = (byYear.get(k.year) ?? []).filter((j) => j !== i && isUnitOf(region, this.keys[j]!.agencyKey!)).map((index) => ({ index }));
      if (units.length === 0) return;
      const facts = this.load(i);
      if (facts && summarySays(facts) !== undefined) groups.set(i, [{ units }]);
    });
    return (this.groups = groups);
  }

  /** The findings of one summary against one group of units. */
  private compare(summary: ReportFacts, group: Group): Collected[] {
    const declared = group.declared;
    const year = declared?.year ?? summary.year;
    const base: Record<string, string> = declared ? { config: declared.config } : {};
    if (declared && year === undefined) return [{ ruleId: 'batch-rollup', messageId: 'noYear', data: base, location: {}, severity: 'info' }];
    if (declared?.year !== undefined && summary.year !== undefined && summary.year !== declared.year) return [];
    // The units of the year, each agency once; a unit that cannot be read is skipped in every cell.
    const units: ReportFacts[] = [];
    const unreadable: string[] = [];
    const seen = new Set<string>();
    for (const { index: j, file } of group.units) {
      const f = this.load(j);
      if (!f) {
        if (file !== undefined) unreadable.push(file);
        continue;
      }
      if (f.year !== year) continue;
      const id = f.agencyKey !== undefined ? `${f.agencyKey}|${f.year ?? ''}` : `#${j}`;
      if (seen.has(id)) continue;
      seen.add(id);
      units.push(f);
    }
    if (units.length === 0) {
      return declared ? [{ ruleId: 'batch-rollup', messageId: 'noUnits', data: { ...base, year: year ?? '?' }, location: {}, severity: 'info' }] : [];
    }
    const names = shortNames([summary.file, ...units.map((u) => u.file), ...unreadable]);
    const name = (file: string): string => names.get(file) ?? file;
    const out: Collected[] = [];
    const otherVersion = new Map<string, FormatId>();
    let notCompared = 0;
    for (const table of TABLE_IDS) {
      const own = summary.tables?.[table];
      if (!own) continue;
      const format = getFormat(own.format);
      const spec = format.tables[table];
      const empty = new Set(own.empty);
      for (const { row, column } of tableCells(spec)) {
        const key = `${row.id}.${column.id}`;
        // Never a blank (or unread) summary cell against a sum.
        if (empty.has(key)) continue;
        const actual = summary.cells[`${table}.${key}`] ?? 0;
        const values = units.map((u): UnitValue => {
          const t = u.tables?.[table];
          if (!t) return { none: 'table' };
          if (t.format !== own.format && !hasCell(getFormat(t.format).tables[table], row.id, column.id)) return { version: t.format };
          if (t.empty.includes(key)) return { none: 'empty' };
          return { value: u.cells[`${table}.${key}`] ?? 0 };
        });
        const versions = values.flatMap((v, n) => ('version' in v ? [[units[n]!.file, v.version] as const] : []));
        if (versions.length > 0) {
          for (const [file, v] of versions) otherVersion.set(file, v);
          notCompared++;
          continue;
        }
        const read = values.flatMap((v, n) => ('value' in v ? [{ file: units[n]!.file, value: v.value }] : []));
        const skipped = values.flatMap((v, n) => ('none' in v ? [units[n]!.file] : [])).concat(unreadable);
        if (read.length === 0) continue;
        // A signed figure (2019: 本年增/减) may be negative: with units left out nothing is certain.
        if (column.type === 'signed' && (skipped.length > 0 || !declared)) continue;
        const amount = column.type === 'amount';
        const tolerance = amount ? read.reduce((a, r) => a + halfUlp(r.value), halfUlp(actual)) + 1e-9 : 0;
        const places = amount ? Math.max(decimals(actual), maxOf(read, (r) => decimals(r.value))) : 0;
        const expected = Number(read.reduce((a, r) => a + r.value, 0).toFixed(places));
        const diff = expected - actual;
        const certain = declared && skipped.length === 0;
        if (certain ? Math.abs(diff) <= tolerance : diff <= tolerance) continue;
        const location = logicalLocation(format, table, row.id, column.id);
        // Where the summary's cell is in its file (facts.ts: every figure of a report that says it is a summary, the non-zero ones of another).
        const physical = sourceOf(summary, `${table}.${key}`);
        const group_ = row.group ? spec.rowGroups.find((g) => g.id === row.group) : undefined;
        const named = read.slice(0, MAX_NAMED);
        const more = read.length - named.length;
        const skippedNamed = skipped.slice(0, MAX_NAMED).map(name);
        out.push({
          ruleId: 'batch-rollup',
          messageId: certain ? 'differs' : declared ? 'above' : 'aboveFound',
          data: {
            ...base,
            table: spec.number,
            row: rowName(row.label, group_?.label),
            column: column.label,
            actual,
            expected,
            diff: Number(Math.abs(diff).toFixed(places)),
            unitCount: read.length,
            units: named.map((r) => `${name(r.file)}（${r.value}）`).join('、') + (more > 0 ? ' 等' : ''),
            unitsEn: named.map((r) => `${name(r.file)} (${r.value})`).join(', ') + (more > 0 ? ', …' : ''),
            skippedCount: skipped.length,
            skipped: skippedNamed.join('、') + (skipped.length > MAX_NAMED ? ' 等' : ''),
            skippedEn: skippedNamed.join(', ') + (skipped.length > MAX_NAMED ? ', …' : ''),
            ...(amount ? { tolerance: Number(tolerance.toFixed(places + 1)) } : {}),
            ...(declared ? {} : { says: quotePassage(summarySays(summary) ?? '', 60) }),
          },
          hintId: certain ? 'fix' : 'fixAbove',
          location,
          ...(physical ? { physical } : {}),
          expected,
          actual,
          ...(declared ? {} : { severity: 'info' as const }),
        });
      }
    }
    if (otherVersion.size > 0) {
      const files = [...otherVersion.keys()];
      const first = files.slice(0, MAX_NAMED).map(name);
      out.push({
        ruleId: 'batch-rollup',
        messageId: 'versions',
        data: {
          ...base,
          format: summary.format,
          other: [...new Set(otherVersion.values())].join('、'),
          units: first.join('、') + (files.length > MAX_NAMED ? ' 等' : ''),
          unitsEn: first.join(', ') + (files.length > MAX_NAMED ? ', …' : ''),
          unitCount: files.length,
          cells: notCompared,
        },
        location: {},
        severity: 'info',
      });
    }
    return out;
  }
}
