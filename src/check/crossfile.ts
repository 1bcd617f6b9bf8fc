/**
 * Checks across the files of one run (SPEC §6.3 H1, H2; §9.7): the reports of one agency, matched by
 * normalised agency name and year, form a chain; each report is compared with the one of the year
 * before. `--previous FILE` gives the previous year's report for a single pair.
 *
 * - yoy-carry-over: this year's 二、上年结转 = last year's 四、结转下年度继续办理, every column (error);
 * - yoy-in-force: last year's 现行有效 + 本年制发 − 本年废止 = this year's 现行有效 (warning);
 * - yoy-section5-repeat: section 五 nearly identical to the previous report's (warning);
 * - yoy-jump: a figure that more than doubles or halves (info);
 * - yoy-missing-year: years missing in an agency's chain, or a --previous that is not the year before (info).
 *
 * Findings go to the later file of each pair and get that file's severities (config, --rule).
 */
import { toSimplified } from '../format/labels.js';
import { getFormat, type FormatId, type TableId } from '../format/spec.js';
import type { FileResult, Finding, Severity } from '../model/diagnostic.js';
import type { LogicalLocation } from '../model/location.js';
import { ReadError, UsageError } from '../errors.js';
import type { Report } from '../model/report.js';
import { fileResult, logicalLocation, renderFindings, sortDiagnostics, unreadableResult, type CheckOptions, type RuleSettings } from './check.js';
import { T3_COLUMNS, extractFacts, jumpFigures, type ReportFacts } from '../analysis/facts.js';
import { narrativeData } from '../analysis/narrative-data.js';

/** Section 五 texts at least this similar (0–1) are reported as repeated… */
const SECTION5_SIMILARITY = 0.85;
/** …and so is a section 五 that repeats at least this share of the previous one. */
const SECTION5_REUSED = 0.9;
/** A figure that grows or shrinks by at least this factor, and by at least JUMP_MIN_CHANGE, is a jump. */
const JUMP_FACTOR = 2;
const JUMP_MIN_CHANGE = 20;

type Collected = Finding & { severity?: Severity };

function location(format: FormatId, table: TableId, row: string, column: string): LogicalLocation {
  return logicalLocation(getFormat(format), table, row, column);
}

/** Text of section 五 in a comparable form: width, traditional characters, spacing and numbers folded. */
function normalise5(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .replace(/[0-9]+/gu, '#')
    .replace(/[\s\p{P}]/gu, '');
}

/** Dice coefficient of the character bigrams (0 = nothing shared, 1 = the same text). */
export function textSimilarity(a: string, b: string): number {
  return textOverlap(a, b).dice;
}

/**
 * How much two texts share, by character bigrams: `dice` (0 = nothing, 1 = the same text) and `reused`,
 * the share of the first text's bigrams found again in the second (old text copied into a longer new one).
 */
function textOverlap(a: string, b: string): { dice: number; reused: number } {
  const x = normalise5(a);
  const y = normalise5(b);
  if (x.length < 2 || y.length < 2) return x === y ? { dice: 1, reused: 1 } : { dice: 0, reused: 0 };
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < x.length; i++) {
    const g = x.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + 1 < y.length; i++) {
    const g = y.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  return { dice: (2 * shared) / (x.length - 1 + (y.length - 1)), reused: shared / (x.length - 1) };
}

/** How a figure is named to people: the quantity's name in schemas/narrative.json. */
function quantityName(name: string, lang: 'zh' | 'en'): string {
  return narrativeData().data.quantities[name]?.[lang] ?? name;
}

/** The (first) cell of a jump figure, as its location. */
function figureLocation(format: FormatId, name: string): LogicalLocation {
  const first = jumpFigures()[name]?.[0];
  if (!first) return {};
  const [table, row, column] = first.split('.') as [TableId, string, string];
  return location(format, table, row, column);
}

/** The findings on `cur` from comparing it with `prev` (the previous year's report of the same agency). */
function comparePair(prev: ReportFacts, cur: ReportFacts): Collected[] {
  const out: Collected[] = [];
  const base = { previousFile: prev.file, previousYear: prev.year ?? '?', year: cur.year ?? '?' };
  const adjacent = prev.year !== undefined && cur.year !== undefined && cur.year === prev.year + 1;
  if (adjacent && prev.carry && cur.carry) {
    for (const c of T3_COLUMNS) {
      const over = cur.carry.over[c];
      const fwd = prev.carry.forward[c];
      if (over === null || over === undefined || fwd === null || fwd === undefined || over === fwd) continue;
      const loc = location(cur.format, 't3', 'carried_over', c);
      const prevLoc = location(prev.format, 't3', 'carried_forward', c);
      const physical = cur.carry.sources[`carried_over.${c}`];
      const prevPhysical = prev.carry.sources[`carried_forward.${c}`];
      out.push({
        ruleId: 'yoy-carry-over',
        messageId: 'mismatch',
        data: { ...base, column: loc.labels!.column!, value: over, previous: fwd },
        hintId: 'fix',
        location: loc,
        ...(physical ? { physical } : {}),
        related: [{ location: prevLoc, ...(prevPhysical ? { physical: prevPhysical } : {}), value: String(fwd) }],
        expected: fwd,
        actual: over,
      });
    }
  }
  if (adjacent && prev.documents && cur.documents) {
    for (const row of ['regulations', 'normative_documents'] as const) {
      const p = prev.documents[row];
      const d = cur.documents[row];
      if (p.in_force === null || d.issued === null || d.repealed === null || d.in_force === null) continue;
      const expected = p.in_force + d.issued - d.repealed;
      if (expected === d.in_force) continue;
      const loc = location(cur.format, 't2', row, 'in_force');
      out.push({
        ruleId: 'yoy-in-force',
        messageId: 'mismatch',
        data: { ...base, row: loc.labels!.row!, previous: p.in_force, issued: d.issued, repealed: d.repealed, expected, value: d.in_force, diff: d.in_force - expected },
        hintId: 'explain',
        location: loc,
        related: [{ location: location(prev.format, 't2', row, 'in_force'), value: String(p.in_force) }],
        expected,
        actual: d.in_force,
      });
    }
  }
  if (prev.section5 && cur.section5) {
    const { dice, reused } = textOverlap(prev.section5, cur.section5);
    if (dice >= SECTION5_SIMILARITY || reused >= SECTION5_REUSED) {
      out.push({
        ruleId: 'yoy-section5-repeat',
        messageId: 'similar',
        data: { ...base, similarity: `${Math.round(dice * 100)}%`, reused: `${Math.round(reused * 100)}%` },
        hintId: 'rewrite',
        location: { section: 's5' },
      });
    }
  }
  if (adjacent) {
    for (const [name, a] of Object.entries(prev.figures)) {
      const b = cur.figures[name];
      if (a === null || a === undefined || b === null || b === undefined) continue;
      if (Math.abs(b - a) < JUMP_MIN_CHANGE) continue;
      if (b < a * JUMP_FACTOR && b > a / JUMP_FACTOR) continue;
      out.push({
        ruleId: 'yoy-jump',
        messageId: b > a ? 'up' : 'down',
        data: { ...base, figure: quantityName(name, 'zh'), figureEn: quantityName(name, 'en'), previous: a, value: b },
        location: figureLocation(cur.format, name),
      });
    }
  }
  return out;
}

export interface CrossFileOptions extends CheckOptions {
  /** Facts of the --previous file: compared with every checked file of the following year. */
  previous?: ReportFacts;
  /**
   * The rule settings of one file (the CLI: its nearest config file with the command line's `--rule` on
   * top, node/config.ts). Without it, `rules` applies to every file.
   */
  rulesFor?: (file: string) => RuleSettings;
}

/** What the cross-file step keeps of each file while the run goes on: enough to pair files, no more. */
export interface FactsKey {
  agencyKey?: string;
  year?: number;
}

/** The key of a file's facts (undefined: the file could not be read). */
export function factsKey(facts: ReportFacts | undefined): FactsKey | undefined {
  if (!facts) return undefined;
  return { ...(facts.agencyKey !== undefined ? { agencyKey: facts.agencyKey } : {}), ...(facts.year !== undefined ? { year: facts.year } : {}) };
}

/**
 * The cross-file checks of one run. It holds only each file's key (agency and year); the facts of the
 * files actually compared are asked for when needed (`load`), so a run of any size keeps little in
 * memory (the CLI keeps the facts on disk, see spool.ts).
 */
export class CrossFile {
  /** Files of one agency (with a year), by agency key: indices. */
  private readonly groups = new Map<string, number[]>();

  constructor(
    private readonly keys: readonly (FactsKey | undefined)[],
    private readonly load: (index: number) => ReportFacts | undefined,
    private readonly opts: CrossFileOptions = {},
  ) {
    if (opts.previous) return;
    keys.forEach((k, i) => {
      if (!k?.agencyKey || k.year === undefined) return;
      const g = this.groups.get(k.agencyKey);
      if (g) g.push(i);
      else this.groups.set(k.agencyKey, [i]);
    });
  }

  /** The findings on file `i` (the later file of each pair). */
  findings(i: number): Collected[] {
    const key = this.keys[i];
    if (!key) return [];
    const prev = this.opts.previous;
    if (prev) {
      const facts = this.load(i);
      if (!facts) return [];
      if (prev.year !== undefined && facts.year !== undefined && facts.year === prev.year + 1) return comparePair(prev, facts);
      return [
        {
          ruleId: 'yoy-missing-year',
          messageId: 'previousNotAdjacent',
          data: { previousFile: prev.file, previousYear: prev.year ?? '?', year: facts.year ?? '?' },
          location: {},
        },
      ];
    }
    // Chains: the files of one agency by year; each file is compared with the nearest earlier year.
    if (!key.agencyKey || key.year === undefined) return [];
    const members = this.groups.get(key.agencyKey) ?? [];
    if (members.length < 2) return [];
    const y = key.year;
    let nearest: number | undefined;
    for (const m of members) {
      const my = this.keys[m]!.year!;
      if (my < y && (nearest === undefined || my > nearest)) nearest = my;
    }
    if (nearest === undefined) return [];
    const out: Collected[] = [];
    const facts = this.load(i);
    if (facts) {
      // The same report may be in the run twice (as .json and .xlsx, say): a finding that another file
      // of that year already gave, word for word but for the file name, is not repeated.
      const seen = new Set<string>();
      for (const p of members) {
        if (this.keys[p]!.year !== nearest) continue;
        const pf = this.load(p);
        if (!pf) continue;
        for (const f of comparePair(pf, facts)) {
          const key = JSON.stringify([f.ruleId, f.messageId, f.location, f.expected, f.actual, { ...f.data, previousFile: '' }]);
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(f);
        }
      }
    }
    // A gap of more than a century is no chain (facts.ts keeps only years 2000–2100): never listed year by year.
    if (nearest !== y - 1 && y - nearest <= 100) {
      const missing: number[] = [];
      for (let k = nearest + 1; k < y; k++) missing.push(k);
      out.push({
        ruleId: 'yoy-missing-year',
        messageId: 'gap',
        data: { agency: facts?.agency ?? key.agencyKey, missing: missing.join('、'), missingEn: missing.join(', '), previousYear: nearest, year: y },
        location: {},
      });
    }
    return out;
  }

  /** File `i`'s result with its cross-file diagnostics appended (the same object when there are none). */
  apply(i: number, result: FileResult): FileResult {
    const fs = this.findings(i);
    if (fs.length === 0) return result;
    const rules = this.opts.rulesFor ? this.opts.rulesFor(result.file) : (this.opts.rules ?? {});
    const added = renderFindings(fs, result.file, { ...this.opts, rules });
    // In document order with the file's own findings; fileResult recounts errors, warnings and infos.
    return fileResult({ ...result, diagnostics: sortDiagnostics([...result.diagnostics, ...added], result.format) });
  }
}

/**
 * Facts of the --previous file. It is read like any report; one that cannot be read is a usage
 * error (exit 2) with the reader's message.
 */
export async function loadPrevious(
  path: string,
  read: (path: string) => Promise<Report>,
  opts: CheckOptions = {},
): Promise<ReportFacts> {
  try {
    return extractFacts(await read(path));
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    const r = unreadableResult(path, { ruleId: e.ruleId, messageId: e.messageId, data: e.data, location: {} }, opts);
    throw new UsageError(`--previous ${path}: ${r.diagnostics[0]?.message ?? e.message}`);
  }
}
