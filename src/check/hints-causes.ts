/**
 * The cause finders of the repair hints (hints.ts): for the failed sums of one report, the likely causes,
 * each found by testing that changing the suspect cells makes every equation they take part in hold and
 * breaks none (hints-model.ts):
 *
 * - split:   two adjacent cells that read as one number (2 | 0 → 20);
 * - slip:    the same amount moved between two cells of one row or column, which explains two
 *            failures with opposite differences at once (a ±1 between two columns or two rows);
 * - copied:  a total equal to the total of the neighbouring row (or column) whose own sum holds;
 * - shifted: the numbers of a row (or a column) shifted by one cell.
 *
 * It also groups the failed sums by the cells they share, and finds for each group the one cell (or the
 * totals) whose change makes every member hold.
 */
import { cellId, type FormatSpec, type TableId } from '../format/spec.js';
import type { Finding, MessageData } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import { byCell, instances, labelOf, lines, planOf, round, test, values, type Instance, type Key } from './hints-model.js';

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
export interface Group {
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
