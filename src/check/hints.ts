/**
 * Repair hints for failed sums — never repairs. After the sum rules have run on one report, this
 * post-pass looks for a likely cause of each failed equation and attaches it as the finding's hint:
 *
 * - split:   two adjacent cells that read as one number (2 | 0 → 20);
 * - slip:    the same amount moved between two cells of one row or column, which explains two
 *            failures with opposite differences at once (a ±1 between two columns or two rows);
 * - copied:  a total equal to the total of the neighbouring row (or column) whose own sum holds;
 * - shifted: the numbers of a row (or a column) shifted by one cell.
 *
 * A cause is offered only when changing the suspect cells would make every equation they take part in
 * hold and break none; the finding stays an error, the hint says where to look.
 *
 * Failed sums that share a cell are advised together, so that no advice rests on a cell in doubt. The
 * value an equation gives for its total (the finding's `expected`, printed as 应为) is kept only when no
 * cell of that equation takes part in another failed sum. When failures share cells and one single cell,
 * changed to one value, makes all of them hold and breaks nothing, that cell is named as the likely
 * wrong one with that value, once; the other failures say they come from it. When no single cell
 * explains them, none of them states a value, and the hint names the cells they share.
 */
import { oncePer } from '../memo.js';
import { shortLabel } from '../format/labels.js';
import { cellId, equationBindings, TABLE_IDS, type EquationSpec, type FormatSpec, type TableId } from '../format/spec.js';
import { compareDiagnostics } from './order.js';
import type { Finding, MessageData } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';

/** Cell key across tables: `t3.new.natural`. */
type Key = string;

/** An equation bound to a column or row, with the report's values: its difference as read. */
interface Instance extends Template {
  /** left − right with the values as read. */
  diff: number;
}

interface Hint {
  hintId: 'split' | 'slip' | 'slipSome' | 'copied' | 'shifted';
  hintData: MessageData;
}

/** The one cell whose change makes every failure of a group hold (and breaks no other sum). */
interface Cause {
  key: Key;
  /** Cell id (`t3.granted.natural`) and its label for hints. */
  cell: string;
  label: string;
  /** The value it would need, and the value it has. */
  value: number;
  actual: number;
}

/** Failed equations linked by the cells they share (an equation alone is a group of one). */
interface Group {
  members: Instance[];
  /** The likely single wrong cell, when exactly one cell and value explains every member. */
  cause?: Cause;
  /**
   * Else, when the totals the members give for their own total cells agree and, changed together, make
   * every member hold and break no other sum: those values by cell (the members' 应为 can be trusted).
   */
  totals?: Map<Key, number>;
  /** Cells that take part in more than one member. */
  shared: Key[];
}

const key = (t: TableId, row: string, col: string): Key => `${t}.${row}.${col}`;

/** An equation bound to a column or row, before values: what `instances` fills for a report. */
interface Template {
  table: TableId;
  eq: EquationSpec;
  /** Binding: a column id (each column) or a row id (each row). */
  bound: string;
  left: Key[];
  right: Key[];
  anchor: Key;
}

/** What a format alone decides, computed once per format (a batch checks thousands of reports). */
interface FormatPlan {
  /** Every official cell: its key across tables, table and `row.column` key in the table. */
  cells: { key: Key; table: TableId; cell: string }[];
  templates: Template[];
  /** Bindings of each equation, in order. */
  bindings: Map<EquationSpec, string[]>;
  /** Lines per table with sums (rows first, then columns of more than one cell). */
  lines: Map<TableId, Line[]>;
  labels: Map<Key, string>;
}

/** A row or column of cells, in order; `position` gives each cell's index. */
interface Line {
  id: string;
  label: string;
  cells: Key[];
  position: Map<Key, number>;
}

const makeLine = (id: string, label: string, cells: Key[]): Line => ({ id, label, cells, position: new Map(cells.map((c, j) => [c, j])) });

const plans = new WeakMap<FormatSpec, FormatPlan>();

function planOf(format: FormatSpec): FormatPlan {
  let plan = plans.get(format);
  if (plan) return plan;
  const cells: FormatPlan['cells'] = [];
  const templates: Template[] = [];
  const bindingsOf = new Map<EquationSpec, string[]>();
  const linesOf = new Map<TableId, Line[]>();
  for (const tid of TABLE_IDS) {
    const t = format.tables[tid];
    for (const row of t.rows) for (const col of row.columns) cells.push({ key: key(tid, row.id, col), table: tid, cell: `${row.id}.${col}` });
    for (const eq of t.equations) {
      const bs = equationBindings(t, eq);
      bindingsOf.set(eq, bs);
      for (const bound of bs) {
        const k = (term: string): Key => (eq.each === 'column' ? key(tid, term, bound) : key(tid, bound, term));
        templates.push({ table: tid, eq, bound, left: eq.left.map(k), right: eq.right.map(k), anchor: k(eq.anchor) });
      }
    }
    const ls: Line[] = [];
    if (t.equations.length > 0) {
      for (const r of t.rows) ls.push(makeLine(`${tid}.${r.id}`, `表${t.number}“${shortLabel(r.label)}”`, r.columns.map((c) => key(tid, r.id, c))));
      for (const c of t.columns) {
        const cs = t.rows.filter((r) => r.columns.includes(c.id)).map((r) => key(tid, r.id, c.id));
        if (cs.length > 1) ls.push(makeLine(`${tid}..${c.id}`, `表${t.number}“${c.label}”列`, cs));
      }
    }
    linesOf.set(tid, ls);
  }
  plan = { cells, templates, bindings: bindingsOf, lines: linesOf, labels: new Map() };
  plans.set(format, plan);
  return plan;
}

function values(report: Report, format: FormatSpec): Map<Key, number> {
  const out = new Map<Key, number>();
  for (const c of planOf(format).cells) {
    const content = report.tables[c.table];
    if (!content) continue;
    const cell = content.cells[c.cell];
    if (cell?.kind === 'number') out.set(c.key, cell.value);
  }
  return out;
}

/** Every equation instance whose operands are all numbers. */
function instances(report: Report, format: FormatSpec, v: Map<Key, number>): Instance[] {
  const out: Instance[] = [];
  for (const x of planOf(format).templates) {
    if (!report.tables[x.table]) continue;
    if (!x.left.every((k) => v.has(k)) || !x.right.every((k) => v.has(k))) continue;
    const sum = (ks: Key[]): number => ks.reduce((a, k) => a + v.get(k)!, 0);
    out.push({ table: x.table, eq: x.eq, bound: x.bound, left: x.left, right: x.right, anchor: x.anchor, diff: round(sum(x.left) - sum(x.right)) });
  }
  return out;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The instances each cell takes part in (indices into `all`, ascending). */
function byCell(all: Instance[]): Map<Key, number[]> {
  const out = new Map<Key, number[]>();
  all.forEach((i, n) => {
    for (const k of [...i.left, ...i.right]) {
      const list = out.get(k);
      if (!list) out.set(k, [n]);
      else if (list[list.length - 1] !== n) list.push(n);
    }
  });
  return out;
}

/** What a set of changed cells does to the equations: which failures it fixes and whether it breaks any. */
function test(all: Instance[], index: Map<Key, number[]>, v: Map<Key, number>, change: Map<Key, number>): { fixes: Instance[]; ok: boolean } {
  // Any broken equation or impossible value rejects the change, whichever is found first.
  for (const x of change.values()) if (x < 0 || !Number.isFinite(x)) return { fixes: [], ok: false };
  const get = (k: Key): number => (change.has(k) ? change.get(k)! : v.get(k)!);
  // Only the instances a changed cell takes part in; fixes in the order of `all`.
  const seen = new Set<number>();
  const fixed: number[] = [];
  for (const k of change.keys()) {
    for (const n of index.get(k) ?? []) {
      if (seen.has(n)) continue;
      seen.add(n);
      const i = all[n]!;
      const d = round(i.left.reduce((a, x) => a + get(x), 0) - i.right.reduce((a, x) => a + get(x), 0));
      if (d !== 0) return { fixes: [], ok: false };
      if (i.diff !== 0) fixed.push(n);
    }
  }
  fixed.sort((a, b) => a - b);
  return { fixes: fixed.map((n) => all[n]!), ok: seen.size > 0 && fixed.length > 0 };
}

/** Label of a cell for hints: row and column in official words. */
function labelOf(format: FormatSpec, k: Key): string {
  const labels = planOf(format).labels;
  let hit = labels.get(k);
  if (hit === undefined) {
    const [tid, row, col] = k.split('.') as [TableId, string, string];
    const t = format.tables[tid];
    const r = t.rows.find((x) => x.id === row);
    const g = r?.group ? t.rowGroups.find((x) => x.id === r.group) : undefined;
    const rowLabel = shortLabel(r?.label ?? row);
    const rowFull = g && tid === 't3' && !g.label.startsWith('三、') ? `${shortLabel(g.label)}${rowLabel}` : rowLabel;
    const colLabel = t.columns.find((x) => x.id === col)?.label ?? col;
    hit = `表${t.number}“${rowFull}”${colLabel}`;
    labels.set(k, hit);
  }
  return hit;
}

/** Lines of cells (rows in column order, and columns in row order) of the tables with sums. */
function lines(format: FormatSpec, report: Report): Line[] {
  const out: Line[] = [];
  const plan = planOf(format);
  for (const tid of TABLE_IDS) {
    if (!report.tables[tid]) continue;
    out.push(...plan.lines.get(tid)!);
  }
  return out;
}

interface Candidate {
  hint: Hint;
  fixes: Set<Instance>;
}

/** Finds the likely causes of the failed equations of one report. */
type Hints = Map<Instance, Hint> & {
  /** The failed equation a sum finding reports (by table, rule and binding). */
  instanceOf: (f: Finding) => Instance | undefined;
  byFinding: (f: Finding) => Hint | undefined;
  /** The group of failed equations each failed equation belongs to. */
  groups: Map<Instance, Group>;
};

/**
 * Groups the failed equations by shared cells and finds, for each group of two or more, the one cell
 * whose change to one value makes them all hold and breaks no other equation (when exactly one does).
 */
function groupFailures(format: FormatSpec, all: Instance[], failing: Instance[], index: Map<Key, number[]>, v: Map<Key, number>): Map<Instance, Group> {
  const out = new Map<Instance, Group>();
  // Union-find over the failed equations, joined by each cell they share.
  const parent = failing.map((_, n) => n);
  const find = (n: number): number => (parent[n] === n ? n : (parent[n] = find(parent[n]!)));
  const firstWith = new Map<Key, number>();
  failing.forEach((i, n) => {
    for (const k of [...i.left, ...i.right]) {
      const m = firstWith.get(k);
      if (m === undefined) firstWith.set(k, n);
      else parent[find(n)] = find(m);
    }
  });
  const byRoot = new Map<number, Instance[]>();
  failing.forEach((i, n) => {
    const r = find(n);
    const list = byRoot.get(r);
    if (list) list.push(i);
    else byRoot.set(r, [i]);
  });
  for (const members of byRoot.values()) {
    const count = new Map<Key, number>();
    for (const i of members) for (const k of new Set([...i.left, ...i.right])) count.set(k, (count.get(k) ?? 0) + 1);
    const shared = [...count].filter(([, c]) => c > 1).map(([k]) => k);
    const group: Group = { members, shared };
    if (members.length > 1) {
      // A single cell can fix every member only if it is in every member.
      const causes: Cause[] = [];
      for (const [k, c] of count) {
        if (c !== members.length) continue;
        const first = members[0]!;
        const value = round(v.get(k)! + (first.left.includes(k) ? -first.diff : first.diff));
        const r = test(all, index, v, new Map([[k, value]]));
        if (!r.ok || r.fixes.length !== members.length) continue;
        const [tid, row, col] = k.split('.') as [TableId, string, string];
        causes.push({ key: k, cell: cellId(tid, row, col), label: labelOf(format, k), value, actual: v.get(k)! });
      }
      if (causes.length === 1) group.cause = causes[0]!;
    }
    for (const i of members) out.set(i, group);
  }
  // Groups no single cell explains: do the totals they give agree and, all changed at once (groups can
  // be linked through a sum that holds, e.g. the 总计 row), make every member hold? First all such
  // groups together, then each alone.
  const open = [...new Set(out.values())].filter((g) => g.members.length > 1 && !g.cause);
  const tryTotals = (groups: Group[]): boolean => {
    const change = new Map<Key, number>();
    for (const g of groups) {
      for (const i of g.members) {
        const value = round(v.get(i.anchor)! + (i.left.includes(i.anchor) ? -i.diff : i.diff));
        if (change.has(i.anchor) && change.get(i.anchor) !== value) return false;
        change.set(i.anchor, value);
      }
    }
    const r = test(all, index, v, change);
    const fixed = new Set(r.fixes);
    if (!r.ok || !groups.every((g) => g.members.every((i) => fixed.has(i)))) return false;
    for (const g of groups) g.totals = new Map(g.members.map((i) => [i.anchor, change.get(i.anchor)!]));
    return true;
  };
  if (open.length > 0 && !tryTotals(open)) for (const g of open) tryTotals([g]);
  return out;
}

export function repairHints(report: Report, format: FormatSpec): Hints {
  const v = values(report, format);
  const all = instances(report, format, v);
  const failing = all.filter((i) => i.diff !== 0);
  const result = new Map<Instance, Hint>() as Hints;
  result.instanceOf = (f: Finding): Instance | undefined => {
    const l = f.location;
    return failing.find((i) => i.table === l.table && i.eq.rule === f.ruleId && (i.eq.each === 'column' ? i.bound === l.column : i.bound === l.row));
  };
  result.byFinding = (f: Finding): Hint | undefined => {
    const inst = result.instanceOf(f);
    return inst ? result.get(inst) : undefined;
  };
  result.groups = new Map();
  if (failing.length === 0) return result;
  const suspect = new Set(failing.flatMap((i) => [...i.left, ...i.right]));
  const index = byCell(all);
  result.groups = groupFailures(format, all, failing, index, v);
  const candidates: Candidate[] = [];
  // The hint's words are made only for a change that works.
  const accept = (change: Map<Key, number>, hint: () => Hint): void => {
    const r = test(all, index, v, change);
    if (r.ok) candidates.push({ hint: hint(), fixes: new Set(r.fixes) });
  };

  // 1. Split: a | b next to each other in a row read as one number ab.
  for (const line of lines(format, report).filter((l) => !l.id.includes('..'))) {
    for (let i = 0; i + 1 < line.cells.length; i++) {
      const [ka, kb] = [line.cells[i]!, line.cells[i + 1]!];
      const a = v.get(ka);
      const b = v.get(kb);
      if (a === undefined || b === undefined || !Number.isInteger(a) || !Number.isInteger(b) || a <= 0 || b < 0) continue;
      if (!suspect.has(ka) && !suspect.has(kb)) continue;
      const merged = Number(`${a}${b}`);
      const data = (): MessageData => ({ cellA: labelOf(format, ka), a, cellB: labelOf(format, kb), b, merged });
      accept(new Map([[ka, merged], [kb, 0]]), () => ({ hintId: 'split', hintData: { ...data(), target: labelOf(format, ka) } }));
      accept(new Map([[ka, 0], [kb, merged]]), () => ({ hintId: 'split', hintData: { ...data(), target: labelOf(format, kb) } }));
    }
  }

  // 2. Slip: two failures of the same equation with opposite differences, fixed by moving the amount
  //    between the two cells of one term.
  for (let x = 0; x < failing.length; x++) {
    for (let y = x + 1; y < failing.length; y++) {
      const [p, q] = [failing[x]!, failing[y]!];
      if (p.table !== q.table || p.eq !== q.eq || round(p.diff + q.diff) !== 0) continue;
      const found: { ka: Key; kb: Key; from: number; to: number; na: number; nb: number }[] = [];
      const terms = [...p.eq.left, ...p.eq.right];
      terms.forEach((_term, idx) => {
        const onLeft = idx < p.eq.left.length;
        const ka = onLeft ? p.left[idx]! : p.right[idx - p.eq.left.length]!;
        const kb = onLeft ? q.left[idx]! : q.right[idx - q.eq.left.length]!;
        const da = onLeft ? -p.diff : p.diff;
        const na = round(v.get(ka)! + da);
        const nb = round(v.get(kb)! - da);
        const r = test(all, index, v, new Map([[ka, na], [kb, nb]]));
        if (r.ok && r.fixes.includes(p) && r.fixes.includes(q)) found.push({ ka, kb, from: v.get(ka)!, to: v.get(kb)!, na, nb });
      });
      if (found.length === 0) continue;
      const delta = Math.abs(p.diff);
      const fixes = new Set([p, q]);
      if (found.length === 1) {
        const f = found[0]!;
        candidates.push({
          hint: {
            hintId: 'slip',
            hintData: { cellA: labelOf(format, f.ka), a: f.from, newA: f.na, cellB: labelOf(format, f.kb), b: f.to, newB: f.nb, delta },
          },
          fixes,
        });
      } else {
        const pairs = found.slice(0, 3).map((f) => `${labelOf(format, f.ka)}（${f.from}→${f.na}）与${labelOf(format, f.kb)}（${f.to}→${f.nb}）`);
        candidates.push({
          hint: { hintId: 'slipSome', hintData: { delta, count: found.length, pairs: pairs.join('；') + (found.length > 3 ? '…' : '') } },
          fixes,
        });
      }
    }
  }

  // 3. Copied total: the anchor equals the anchor of a neighbouring binding whose equation holds.
  for (const i of failing) {
    const bs = planOf(format).bindings.get(i.eq)!;
    const at = bs.indexOf(i.bound);
    const value = v.get(i.anchor)!;
    // 0 and 1 equal their neighbours too often to mean anything.
    if (Math.abs(value) < 2) continue;
    for (const n of [at - 1, at + 1]) {
      const nb = bs[n];
      if (nb === undefined) continue;
      const other = all.find((o) => o.table === i.table && o.eq === i.eq && o.bound === nb);
      if (!other || other.diff !== 0 || v.get(other.anchor) !== value) continue;
      const expected = round(value + (i.eq.left.includes(i.eq.anchor) ? -i.diff : i.diff));
      candidates.push({
        hint: { hintId: 'copied', hintData: { value, neighbour: labelOf(format, other.anchor), expected } },
        fixes: new Set([i]),
      });
      break;
    }
  }

  // 4. Shifted: the numbers of a line moved by one cell from some position on.
  const seenAt = new Int32Array(all.length);
  let generation = 0;
  for (const line of lines(format, report)) {
    if (!line.cells.some((k) => suspect.has(k))) continue;
    const vals = line.cells.map((k) => v.get(k));
    if (vals.some((x) => x === undefined)) continue;
    const n = vals.length;
    const position = line.position;
    // after[k]: neighbours that differ right of k — the cells a shift from k changes besides the one
    // that becomes 0 (vals[k] moving right, or vals[n − 1] moving left).
    const after = new Array<number>(n).fill(0);
    for (let k = n - 2; k >= 0; k--) after[k] = after[k + 1]! + (vals[k] !== vals[k + 1] ? 1 : 0);
    // Most shifts break an equation at once: found from the line's values before any array or change
    // map is made (test() would reject the same shifts; the ones left go through it as before).
    const breaks = (dir: 'right' | 'left', k: number): boolean => {
      const nextAt = (p: number): number => (p < k ? vals[p]! : dir === 'right' ? (p === k ? 0 : vals[p - 1]!) : p === n - 1 ? 0 : vals[p + 1]!);
      const get = (key: Key): number => {
        const p = position.get(key);
        return p !== undefined ? nextAt(p) : v.get(key)!;
      };
      generation++;
      for (let j = k; j < n; j++) {
        const x = nextAt(j);
        if (x === vals[j]) continue;
        if (x < 0 || !Number.isFinite(x)) return true;
        for (const at of index.get(line.cells[j]!) ?? []) {
          if (seenAt[at] === generation) continue;
          seenAt[at] = generation;
          const i = all[at]!;
          if (round(i.left.reduce((a, y) => a + get(y), 0) - i.right.reduce((a, y) => a + get(y), 0)) !== 0) return true;
        }
      }
      return false;
    };
    for (let k = 0; k < n - 1; k++) {
      for (const dir of ['right', 'left'] as const) {
        // Fewer than two changed cells is no shift (the count the change map below would have).
        if (after[k]! + ((dir === 'right' ? vals[k] : vals[n - 1]) !== 0 ? 1 : 0) < 2) continue;
        if (breaks(dir, k)) continue;
        const next = [...(vals as number[])];
        if (dir === 'right') {
          for (let j = n - 1; j > k; j--) next[j] = vals[j - 1]!;
          next[k] = 0;
        } else {
          for (let j = k; j < n - 1; j++) next[j] = vals[j + 1]!;
          next[n - 1] = 0;
        }
        const change = new Map<Key, number>();
        line.cells.forEach((c, j) => {
          if (next[j] !== vals[j]) change.set(c, next[j]!);
        });
        if (change.size < 2) continue;
        // Moving the numbers back left means they were displaced to the right (or down), and vice versa.
        const firstChanged = line.cells.find((c) => change.has(c))!;
        accept(change, () => ({
          hintId: 'shifted',
          hintData: {
            line: line.label,
            from: labelOf(format, firstChanged),
            direction: dir === 'left' ? '后' : '前',
            directionEn: dir === 'left' ? 'towards the end' : 'towards the start',
          },
        }));
      }
    }
  }

  // Each failure gets the cause that explains the most failures at once; on a tie, the first kind in
  // the order above.
  const order: Hint['hintId'][] = ['split', 'slip', 'slipSome', 'copied', 'shifted'];
  candidates.sort((a, b) => b.fixes.size - a.fixes.size || order.indexOf(a.hint.hintId) - order.indexOf(b.hint.hintId));
  for (const i of failing) {
    const c = candidates.find((x) => x.fixes.has(i));
    if (c) result.set(i, c.hint);
  }
  return result;
}

/** The post-pass over the findings of one report: sum mismatches get a repair hint when one is found. */
const sumRuleSet = oncePer((format: FormatSpec) => new Set(TABLE_IDS.flatMap((t) => format.tables[t].equations.map((e) => e.rule))));

export function addRepairHints(report: Report, format: FormatSpec, findings: Finding[]): void {
  const sumRules = sumRuleSet(format);
  const targets = findings.filter((f) => sumRules.has(f.ruleId) && f.messageId === 'mismatch');
  if (targets.length === 0) return;
  const hints = repairHints(report, format);
  const setHint = (f: Finding, hintId: string, data: MessageData): void => {
    f.hintId = hintId;
    f.hintData = { ...f.hintData, ...data };
  };
  // The findings of each group of failed equations that share cells.
  const byGroup = new Map<Group, { f: Finding; i: Instance }[]>();
  for (const f of targets) {
    const i = hints.instanceOf(f);
    const g = i && hints.groups.get(i);
    if (!i || !g) continue;
    const list = byGroup.get(g);
    if (list) list.push({ f, i });
    else byGroup.set(g, [{ f, i }]);
  }
  const order = compareDiagnostics(format);
  for (const [g, members] of byGroup) {
    if (g.members.length < 2) {
      // Nothing it rests on is in doubt: its 应为 stays, with the cause found for it if any.
      const { f, i } = members[0]!;
      const h = hints.get(i);
      if (h) setHint(f, h.hintId, h.hintData);
      continue;
    }
    const others = g.members.length - 1;
    // No value derived from a cell in doubt: the 应为 of each is dropped, the group is advised as one.
    const actual = new Map(members.map(({ f }) => [f, f.actual]));
    for (const { f } of members) {
      delete f.expected;
      delete f.actual;
    }
    const c = g.cause;
    if (!c && g.totals) {
      // The totals agree and hold together: each finding keeps its 应为; a second finding at the same
      // total cell says so instead of repeating the advice.
      const advised = new Set<Key>();
      for (const m of [...members].sort((a, b) => order(a.f, b.f))) {
        m.f.expected = g.totals.get(m.i.anchor)!;
        const was = actual.get(m.f);
        if (was !== undefined) m.f.actual = was;
        const h = hints.get(m.i);
        if (h) setHint(m.f, h.hintId, h.hintData);
        else if (advised.has(m.i.anchor)) setHint(m.f, 'sameCell', {});
        advised.add(m.i.anchor);
      }
      continue;
    }
    if (!c) {
      const shared = g.shared.slice(0, 3).map((k) => labelOf(format, k)).join('、') + (g.shared.length > 3 ? '等' : '');
      for (const { f, i } of members) {
        const h = hints.get(i);
        if (h) setHint(f, h.hintId, h.hintData);
        else setHint(f, 'shared', { others, shared, sharedEn: shared });
      }
      continue;
    }
    const cause = { causeCell: c.cell, causeValue: c.value, causeActual: c.actual };
    for (const { f } of members) f.data = { ...f.data, ...cause };
    // The cause is advised once: on the failure whose total is the cell itself, else on the first one.
    // Only findings at that cell state its value as 应为; the others say they come from it.
    const sorted = [...members].sort((a, b) => order(a.f, b.f));
    const primary = sorted.find((m) => m.i.anchor === c.key) ?? sorted[0]!;
    const data = { cell: c.label, value: c.value, current: c.actual, others };
    for (const m of members) {
      if (m.i.anchor === c.key) {
        m.f.expected = c.value;
        m.f.actual = c.actual;
      }
      if (m !== primary) setHint(m.f, m.i.anchor === c.key ? 'sameCell' : 'sameCause', data);
      else if (m.i.anchor === c.key) {
        // A total copied from its neighbour says why, with the same value.
        const h = hints.get(m.i);
        if (h?.hintId === 'copied' && h.hintData.expected === c.value) setHint(m.f, h.hintId, h.hintData);
        else setHint(m.f, 'cellHere', data);
      } else setHint(m.f, 'cellThere', data);
    }
  }
}
