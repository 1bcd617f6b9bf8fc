/**
 * Checks across the files of one run (SPEC §6.3 H1, H2; §9.7): the reports of one agency, matched by
 * normalised agency name and year, form a chain; each report is compared with the one of the year
 * before. `--previous FILE` gives the previous year's report for a single pair.
 *
 * - yoy-carry-over: this year's 二、上年结转 = last year's 四、结转下年度继续办理, every column (error);
 * - yoy-in-force: last year's 现行有效 + 本年制发 − 本年废止 = this year's 现行有效 (warning);
 * - yoy-text-repeat: a section, or the whole report, that mostly repeats the previous report's text (warning);
 * - yoy-tables-unchanged: (nearly) all non-zero figures of the tables equal to the previous report's (warning);
 * - yoy-jump: a figure that more than doubles or halves (info);
 * - yoy-missing-year: years missing in an agency's chain, or a --previous that is not the year before (info);
 * - batch-copied-text: section 一 or 五 largely the same as another agency's in the same run (warning, on
 *   both files; pairs that may be alike found by MinHash bands, not by comparing every pair).
 *
 * Findings go to the later file of each pair and get that file's severities (config, --rule) and
 * settings (the config's "options", schemas/review.json for the defaults).
 */
import { templateHeading } from '../format/sections.js';
import { getFormat, hasCell, type FormatId, type TableId } from '../format/spec.js';
import type { FileResult, Finding, Severity } from '../model/diagnostic.js';
import type { LogicalLocation, Source } from '../model/location.js';
import { ReadError, UsageError } from '../errors.js';
import type { Report } from '../model/report.js';
import { fileResult, logicalLocation, renderFindings, sortDiagnostics, unreadableResult, type CheckOptions, type RuleSettings } from './check.js';
import { BATCH_SECTIONS, T3_COLUMNS, agencyMasks, extractFacts, jumpFigures, sourceOf, type ReportFacts } from '../analysis/facts.js';
import { narrativeData } from '../analysis/narrative-data.js';
import { isBoilerplate, settingsOf, type RuleOptions } from '../analysis/review-data.js';
import { alike, coverage, foldedLength, foldWithout, longestShared, lshBands, quotePassage, type Folded } from '../analysis/similarity.js';
import { atSection } from '../rules/helpers.js';
import { applyPicks, hasGluedRow, resolveByNeighbours, resolveChain, type ChainResult, type GluedFacts } from './glued-years.js';
import { Rollup, type RollupDeclared } from './rollup.js';
/** A figure that grows or shrinks by at least this factor, and by at least JUMP_MIN_CHANGE, is a jump. */
const JUMP_FACTOR = 2;
const JUMP_MIN_CHANGE = 20;

type Collected = Finding & { severity?: Severity };

function location(format: FormatId, table: TableId, row: string, column: string): LogicalLocation {
  return logicalLocation(getFormat(format), table, row, column);
}

/** Where cell `id` (t3.new.total) is in the file of `facts` (page and box, sheet!cell, pointer…), as a finding's `physical`. */
function physicalOf(facts: ReportFacts, id: string): { physical?: Source } {
  const physical = sourceOf(facts, id);
  return physical ? { physical } : {};
}

/** At most this many changed figures are listed with a yoy-tables-unchanged finding. */
const MAX_LISTED = 10;

/** A share (0–1) as people read it: a whole percent. */
function percent(share: number): string {
  return `${Math.floor(share * 100)}%`;
}

/** Folds a text for comparison: years and numbers as one mark, boilerplate left out (analysis/similarity.ts). */
type Fold = (text: string, masks?: readonly string[]) => Folded;

/** How many folded texts a run keeps for reuse (see `foldMemo`). */
const FOLDS_KEPT = 64;

/**
 * `folded`, remembering the last FOLDS_KEPT texts: a report is compared with every report of its agency's
 * year before (the same report in several formats: each pair) and its sections with other agencies', and
 * each comparison would fold both texts again. The memory stays bounded whatever the run's size.
 */
function foldMemo(): Fold {
  const kept = new Map<string, Folded>();
  return (text, masks = []) => {
    const key = masks.length === 0 ? text : `${masks.join('\u0000')}\u0001${text}`;
    const hit = kept.get(key);
    if (hit) {
      kept.delete(key);
      kept.set(key, hit);
      return hit;
    }
    const f = foldWithout(text, isBoilerplate, masks);
    kept.set(key, f);
    if (kept.size > FOLDS_KEPT) kept.delete(kept.keys().next().value!);
    return f;
  };
}

/** Where and what the longest passage `cur` shares with `prev` is, for a message. */
function passageData(cur: Folded, prev: Folded): { passage: string; passageLength: number } {
  const shared = longestShared(cur, prev);
  return { passage: shared ? quotePassage(shared.text) : '', passageLength: shared?.length ?? 0 };
}

/**
 * yoy-text-repeat: each section, and the whole report, against the previous report's (years and numbers
 * ignored): the share of this year's text found again in last year's.
 */
function textRepeats(prev: ReportFacts, cur: ReportFacts, options: RuleOptions | undefined, base: Record<string, string | number>, folded: Fold): Collected[] {
  const { percent: threshold, minChars } = settingsOf(options, 'yoy-text-repeat');
  const out: Collected[] = [];
  const check = (a: Folded, b: Folded): number | undefined => {
    if (foldedLength(a) < Math.max(minChars, 1) || foldedLength(b) === 0) return undefined;
    const share = coverage(a, b);
    return share * 100 >= threshold ? share : undefined;
  };
  const ids = Object.keys(cur.texts).sort();
  const whole = (f: ReportFacts): string => ids.concat(Object.keys(f.texts).filter((id) => !ids.includes(id)).sort()).map((id) => f.texts[id] ?? '').join('\n');
  const a = folded(whole(cur));
  const b = folded(whole(prev));
  const all = check(a, b);
  if (all !== undefined) {
    out.push({ ruleId: 'yoy-text-repeat', messageId: 'report', data: { ...base, share: percent(all), threshold: `${threshold}%`, ...passageData(a, b) }, hintId: 'rewrite', location: {} });
  }
  for (const id of ids) {
    const p = prev.texts[id];
    if (p === undefined) continue;
    const x = folded(cur.texts[id]!);
    const y = folded(p);
    const share = check(x, y);
    if (share === undefined) continue;
    out.push({
      ruleId: 'yoy-text-repeat',
      messageId: 'section',
      data: { ...base, section: templateHeading(id), share: percent(share), threshold: `${threshold}%`, ...passageData(x, y) },
      hintId: 'rewrite',
      ...atSection(id, sourceOf(cur, id)),
    });
  }
  return out;
}

/** yoy-tables-unchanged: the share of this year's non-zero figures that equal last year's, cell for cell. */
function tablesUnchanged(prev: ReportFacts, cur: ReportFacts, options: RuleOptions | undefined, base: Record<string, string | number>): Collected[] {
  const { percent: threshold, minCells } = settingsOf(options, 'yoy-tables-unchanged');
  const cells = Object.entries(cur.cells);
  if (cells.length === 0 || cells.length < minCells) return [];
  const differ = cells.filter(([id, v]) => prev.cells[id] !== v);
  const same = cells.length - differ.length;
  if ((same / cells.length) * 100 < threshold) return [];
  // The few figures that did change, listed with the finding (this year's value; last year's in the message data).
  const format = getFormat(cur.format);
  const related = differ.slice(0, MAX_LISTED).flatMap(([id, v]) => {
    const [table, row, column] = id.split('.') as [TableId, string, string];
    return hasCell(format.tables[table], row, column) ? [{ location: location(cur.format, table, row, column), ...physicalOf(cur, id), value: String(v) }] : [];
  });
  return [
    {
      ruleId: 'yoy-tables-unchanged',
      messageId: same === cells.length ? 'all' : 'most',
      data: { ...base, same, total: cells.length, changed: differ.length, share: percent(same / cells.length), threshold: `${threshold}%` },
      hintId: 'check',
      location: {},
      ...(related.length > 0 ? { related } : {}),
    },
  ];
}

/** How a figure is named to people: the quantity's name in schemas/narrative.json. */
function quantityName(name: string, lang: 'zh' | 'en'): string {
  return narrativeData().data.quantities[name]?.[lang] ?? name;
}

/** The (first) cell of a jump figure in report `facts`: its location, and where it is in the file. */
function figureLocation(facts: ReportFacts, name: string): { location: LogicalLocation; physical?: Source } {
  const first = jumpFigures()[name]?.[0];
  if (!first) return { location: {} };
  const [table, row, column] = first.split('.') as [TableId, string, string];
  return { location: location(facts.format, table, row, column), ...physicalOf(facts, first) };
}

/** The findings on `cur` from comparing it with `prev` (the previous year's report of the same agency). */
function comparePair(prev: ReportFacts, cur: ReportFacts, folded: Fold, options?: RuleOptions): Collected[] {
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
      out.push({
        ruleId: 'yoy-carry-over',
        messageId: 'mismatch',
        data: { ...base, column: loc.labels!.column!, value: over, previous: fwd },
        hintId: 'fix',
        location: loc,
        ...physicalOf(cur, `t3.carried_over.${c}`),
        related: [{ location: prevLoc, ...physicalOf(prev, `t3.carried_forward.${c}`), value: String(fwd) }],
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
        ...physicalOf(cur, `t2.${row}.in_force`),
        related: [{ location: location(prev.format, 't2', row, 'in_force'), ...physicalOf(prev, `t2.${row}.in_force`), value: String(p.in_force) }],
        expected,
        actual: d.in_force,
      });
    }
  }
  out.push(...textRepeats(prev, cur, options, base, folded), ...tablesUnchanged(prev, cur, options, base));
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
        ...figureLocation(cur, name),
      });
    }
  }
  return out;
}

/**
 * The year-over-year comparisons made while the run goes on (the CLI's checking processes still busy): as
 * each file's facts come in (`add`), it is compared with the files of its agency that came in before it whose
 * year is the one before or the one after — the pairs CrossFile compares once every file is in, when the
 * years are adjacent. Only the findings are kept. A file with a glued table-二 row is left to the end (the years around
 * it resolve the row first). CrossFile takes a pair's findings from here when it has them: the same
 * findings either way, earlier.
 */
export class EarlyPairs {
  /** The files in so far with an agency and a year, by agency key. */
  private readonly byAgency = new Map<string, { index: number; year: number }[]>();
  private readonly pairs = new Map<string, Collected[]>();
  private readonly folded = foldMemo();

  constructor(
    private readonly load: (index: number) => ReportFacts | undefined,
    private readonly optionsFor?: (file: string) => RuleOptions | undefined,
  ) {}

  /** File `index` has come in, with this key: compared with the files of its agency in so far of the years next to it. */
  add(index: number, key: FactsKey | undefined): void {
    if (!key?.agencyKey || key.year === undefined || key.glued) return;
    let members = this.byAgency.get(key.agencyKey);
    if (!members) this.byAgency.set(key.agencyKey, (members = []));
    const year = key.year;
    const next = members.filter((m) => Math.abs(m.year - year) === 1);
    members.push({ index, year });
    if (next.length === 0) return;
    const mine = this.load(index);
    if (!mine) return;
    for (const m of next) {
      const other = this.load(m.index);
      if (!other) continue;
      const [prev, cur, p, c] = m.year < year ? [other, mine, m.index, index] : [mine, other, index, m.index];
      this.pairs.set(`${p}>${c}`, comparePair(prev, cur, this.folded, this.optionsFor?.(cur.file)));
    }
  }

  /** The findings of comparing file `prev` with file `cur`, when they were compared. */
  found(prev: number, cur: number): Collected[] | undefined {
    return this.pairs.get(`${prev}>${cur}`);
  }
}

export interface CrossFileOptions extends CheckOptions {
  /** Facts of the --previous file: compared with every checked file of the following year. */
  previous?: ReportFacts;
  /**
   * The rule settings of one file (the CLI: its nearest config file with the command line's `--rule` on
   * top, node/config.ts). Without it, `rules` applies to every file.
   */
  rulesFor?: (file: string) => RuleSettings;
  /** The settings of the rules of one file (the CLI: its nearest config file's "options"); defaults without it. */
  optionsFor?: (file: string) => RuleOptions | undefined;
  /** batch-rollup: the summaries and units declared in the configs (node/config.ts rollupPlan); see rollup.ts. */
  rollups?: readonly RollupDeclared[];
  /** The pairs of years compared while the run went on (the same `optionsFor`). */
  early?: EarlyPairs;
}

/** What the cross-file step keeps of each file while the run goes on: enough to pair files, no more. */
export interface FactsKey {
  agencyKey?: string;
  year?: number;
  /** The file has a glued table-二 row the years around it may resolve (glued-years.ts). */
  glued?: true;
}

/** The key of a file's facts (undefined: the file could not be read). */
export function factsKey(facts: ReportFacts | undefined): FactsKey | undefined {
  if (!facts) return undefined;
  return {
    ...(facts.agencyKey !== undefined ? { agencyKey: facts.agencyKey } : {}),
    ...(facts.year !== undefined ? { year: facts.year } : {}),
    ...((facts as GluedFacts).glued ? { glued: true as const } : {}),
  };
}

/**
 * A band shared by more files than this holds text that many agencies share (a template every department
 * of a region fills in): it proposes no pairs, so a run never compares all pairs of a large group.
 */
const MAX_BAND_FILES = 50;
/**
 * Two files that meet under a band are compared only when their signatures say the sections are at least
 * this alike (Jaccard, estimated): a section half of which is copied into another of the same length is
 * about a third alike; texts that only share some common wording, a few hundredths.
 */
const MIN_ALIKE = 0.1;
/** At most this many other files are named per section of a file (the most alike first). */
const MAX_COPIES = 5;

/**
 * batch-copied-text: section `id` of two files of different agencies (`a`: this file's, folded), folded with
 * each agency's own names masked: the share of each found in the other.
 */
function copiedSection(a: Folded, id: string, other: ReportFacts, minChars: number, folded: Fold): { mine: number; theirs: number; a: Folded; b: Folded } | undefined {
  const y = other.texts[id];
  if (y === undefined) return undefined;
  const b = folded(y, agencyMasks(other.agency));
  if (foldedLength(a) < Math.max(minChars, 1) || foldedLength(b) < Math.max(minChars, 1)) return undefined;
  return { mine: coverage(a, b), theirs: coverage(b, a), a, b };
}

/**
 * The cross-file checks of one run. It holds only each file's key (agency and year); the facts of the
 * files actually compared are asked for when needed (`load`), so a run of any size keeps little in
 * memory (the CLI keeps the facts on disk, see spool.ts).
 */
export class CrossFile {
  /** Files of one agency (with a year), by agency key: indices. */
  private readonly groups = new Map<string, number[]>();
  /**
   * batch-copied-text: per section, band key → the files whose section has it, and each file's signatures;
   * built on first use from every file's facts (only the signatures are kept).
   */
  private index: { files: Map<string, Map<number, number[]>>; sigs: (Record<string, number[]> | undefined)[] } | undefined;

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

  /** Texts folded for comparison, the last few kept (foldMemo). */
  private readonly folded = foldMemo();

  /** The settings of file `file`'s rules. */
  private options(file: string): RuleOptions | undefined {
    return this.opts.optionsFor?.(file);
  }

  /** batch-rollup's plan of the run, made on first use (rollup.ts). */
  private rollup: Rollup | undefined;

  /**
   * The findings on file `i`: year over year (as the later file of each pair), copies in the run, and rollups.
   * `rules`: the file's rule settings — a batch rule set to off there is not computed at all (comparing a
   * batch of near-copies costs more than checking it).
   */
  findings(i: number, rules: RuleSettings = this.opts.rules ?? {}): Collected[] {
    const yoy = this.yearOverYear(i);
    const copied = rules['batch-copied-text'] === 'off' ? [] : this.copied(i);
    const rollup = rules['batch-rollup'] === 'off' ? [] : (this.rollup ??= new Rollup(this.keys, this.load, this.opts.rollups)).findings(i);
    return copied.length === 0 && rollup.length === 0 ? yoy : [...yoy, ...copied, ...rollup];
  }

  /**
   * batch-copied-text on file `i`: the files of other agencies whose section 一 or 五 meets this file's
   * under a band key, compared with it; each one over the threshold named, the most alike first.
   */
  private copied(i: number): Collected[] {
    const key = this.keys[i];
    if (key?.agencyKey === undefined) return [];
    const index = this.bandIndex();
    const candidates = new Map<string, Set<number>>();
    for (const [id, sig] of Object.entries(index.sigs[i] ?? {})) {
      const byKey = index.files.get(id);
      for (const b of lshBands(sig)) {
        const files = byKey?.get(b);
        if (!files || files.length > MAX_BAND_FILES) continue;
        for (const j of files) {
          const other = this.keys[j];
          if (j === i || other?.agencyKey === undefined || other.agencyKey === key.agencyKey) continue;
          if (candidates.get(id)?.has(j) || alike(sig, index.sigs[j]?.[id] ?? []) < MIN_ALIKE) continue;
          let set = candidates.get(id);
          if (!set) candidates.set(id, (set = new Set()));
          set.add(j);
        }
      }
    }
    if (candidates.size === 0) return [];
    const mine = this.load(i);
    if (!mine) return [];
    const { percent: threshold, minChars } = settingsOf(this.options(mine.file), 'batch-copied-text');
    const out: Collected[] = [];
    for (const id of BATCH_SECTIONS) {
      const found: { share: number; finding: Collected }[] = [];
      // The same report of another agency twice in the run (a copy, another format) is named once.
      const seen = new Set<string>();
      const text = mine.texts[id];
      const a = text === undefined ? undefined : this.folded(text, agencyMasks(mine.agency));
      for (const j of [...(candidates.get(id) ?? [])].sort((x, y) => x - y)) {
        const other = a && this.load(j);
        if (!other) continue;
        const c = copiedSection(a, id, other, minChars, this.folded);
        if (!c || Math.max(c.mine, c.theirs) * 100 < threshold) continue;
        const same = `${other.agencyKey}|${other.year ?? ''}`;
        if (seen.has(same)) continue;
        seen.add(same);
        found.push({
          share: Math.max(c.mine, c.theirs),
          finding: {
            ruleId: 'batch-copied-text',
            messageId: 'copied',
            data: {
              section: templateHeading(id),
              otherFile: other.file,
              otherAgency: other.agency ?? '?',
              mine: percent(c.mine),
              theirs: percent(c.theirs),
              threshold: `${threshold}%`,
              ...passageData(c.a, c.b),
            },
            hintId: 'rewrite',
            ...atSection(id, sourceOf(mine, id)),
          },
        });
      }
      found.sort((x, y) => y.share - x.share);
      out.push(...found.slice(0, MAX_COPIES).map((f) => f.finding));
    }
    return out;
  }

  /** The band index of batch-copied-text (see `index`): every file of an agency with signatures, read once. */
  private bandIndex(): NonNullable<CrossFile['index']> {
    if (this.index) return this.index;
    const files = new Map<string, Map<number, number[]>>();
    const sigs: (Record<string, number[]> | undefined)[] = [];
    this.keys.forEach((k, i) => {
      if (k?.agencyKey === undefined) return;
      const mine = this.load(i)?.signatures;
      sigs[i] = mine;
      for (const [id, sig] of Object.entries(mine ?? {})) {
        let byKey = files.get(id);
        if (!byKey) files.set(id, (byKey = new Map()));
        for (const b of lshBands(sig)) {
          const members = byKey.get(b);
          if (!members) byKey.set(b, [i]);
          else if (members.length <= MAX_BAND_FILES && members[members.length - 1] !== i) members.push(i);
        }
      }
    });
    return (this.index = { files, sigs });
  }

  /** Year over year on file `i` (the later file of each pair). */
  private yearOverYear(i: number): Collected[] {
    const key = this.keys[i];
    if (!key) return [];
    const prev = this.opts.previous;
    if (prev) {
      const facts = this.load(i);
      if (!facts) return [];
      if (prev.year !== undefined && facts.year !== undefined && facts.year === prev.year + 1) return comparePair(prev, facts, this.folded, this.options(facts.file));
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
    const facts = this.factsOf(i);
    if (facts) {
      // The same report may be in the run twice (as .json and .xlsx, say): a finding that another file
      // of that year already gave, word for word but for the file name, is not repeated.
      const seen = new Set<string>();
      for (const p of members) {
        if (this.keys[p]!.year !== nearest) continue;
        let found = this.opts.early?.found(p, i);
        if (!found) {
          const pf = this.factsOf(p);
          if (!pf) continue;
          found = comparePair(pf, facts, this.folded, this.options(facts.file));
        }
        for (const f of found) {
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

  /** Per agency with a glued row in the run: its files' glued rows resolved by the years around them, by file index. */
  private readonly chains = new Map<string, Map<number, ChainResult>>();

  /** File `i`'s glued rows as its agency's chain of years resolves them (undefined: no glued row in its agency's files). */
  private chainOf(i: number): ChainResult | undefined {
    const key = this.keys[i];
    if (this.opts.previous || !key?.glued || !key.agencyKey) return undefined;
    let chain = this.chains.get(key.agencyKey);
    if (!chain) {
      const members = this.groups.get(key.agencyKey) ?? [];
      const resolved = resolveChain(members.map((m) => this.load(m) as GluedFacts | undefined));
      chain = new Map([...resolved].map(([k, r]) => [members[k]!, r]));
      this.chains.set(key.agencyKey, chain);
    }
    return chain.get(i);
  }

  /** File `i`'s facts, with the splits of its glued rows that the years around it resolve in its table-二 figures. */
  private factsOf(i: number): ReportFacts | undefined {
    const facts = this.load(i);
    if (!facts) return undefined;
    const chain = this.chainOf(i);
    return chain?.documents ? { ...facts, documents: chain.documents } : facts;
  }

  /** File `i`'s result with its cross-file diagnostics appended (the same object when there are none). */
  apply(i: number, input: FileResult): FileResult {
    const rulesOf = (file: string): RuleSettings => (this.opts.rulesFor ? this.opts.rulesFor(file) : (this.opts.rules ?? {}));
    // A glued table-二 row that the reports of the years around it in the run, or the --previous file, resolve (glued-years.ts).
    const fileOpts = (): CheckOptions => ({ ...this.opts, rules: rulesOf(input.file) });
    const previous = this.opts.previous;
    let result = input;
    if (previous) result = resolveByNeighbours(input, () => this.load(i), () => [previous], fileOpts);
    else if (hasGluedRow(input)) {
      const chain = this.chainOf(i);
      const glued = chain && (this.load(i) as GluedFacts | undefined)?.glued;
      if (chain && glued) result = applyPicks(input, glued, chain.picks, fileOpts);
    }
    const rules = rulesOf(result.file);
    const fs = this.findings(i, rules);
    if (fs.length === 0) return result;
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
