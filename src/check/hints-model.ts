/**
 * The equation model of the repair hints (hints.ts): the format's sum equations bound to each column or
 * row (planned once per format), the report's values and each equation's difference as read, which
 * equations each cell takes part in, and `test`, which says what changing some cells does to every
 * equation they touch (which failures it fixes, whether it breaks any). Also the cells' official labels
 * and the rows and columns of the tables with sums, for the cause finders (hints-causes.ts).
 */
import { shortLabel } from '../format/labels.js';
import { equationBindings, TABLE_IDS, type EquationSpec, type FormatSpec, type TableId } from '../format/spec.js';
import type { Report } from '../model/report.js';

/** Cell key across tables: `t3.new.natural`. */
export type Key = string;

/** An equation bound to a column or row, with the report's values: its difference as read. */
export interface Instance extends Template {
  /** left − right with the values as read. */
  diff: number;
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

export function planOf(format: FormatSpec): FormatPlan {
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

export function values(report: Report, format: FormatSpec): Map<Key, number> {
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
export function instances(report: Report, format: FormatSpec, v: Map<Key, number>): Instance[] {
  const out: Instance[] = [];
  for (const x of planOf(format).templates) {
    if (!report.tables[x.table]) continue;
    if (!x.left.every((k) => v.has(k)) || !x.right.every((k) => v.has(k))) continue;
    const sum = (ks: Key[]): number => ks.reduce((a, k) => a + v.get(k)!, 0);
    out.push({ table: x.table, eq: x.eq, bound: x.bound, left: x.left, right: x.right, anchor: x.anchor, diff: round(sum(x.left) - sum(x.right)) });
  }
  return out;
}

export const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The instances each cell takes part in (indices into `all`, ascending). */
export function byCell(all: Instance[]): Map<Key, number[]> {
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
export function test(all: Instance[], index: Map<Key, number[]>, v: Map<Key, number>, change: Map<Key, number>): { fixes: Instance[]; ok: boolean } {
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
export function labelOf(format: FormatSpec, k: Key): string {
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
export function lines(format: FormatSpec, report: Report): Line[] {
  const out: Line[] = [];
  const plan = planOf(format);
  for (const tid of TABLE_IDS) {
    if (!report.tables[tid]) continue;
    out.push(...plan.lines.get(tid)!);
  }
  return out;
}
