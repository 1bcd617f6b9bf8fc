/**
 * The one generic engine for the sum rules. Equations are data in schemas/format (`left` = `right`,
 * evaluated for each column or each row); a rule only names its id and calls `checkEquations`.
 * It never sums around a gap: an operand that is not a number makes it say it could not check.
 */
import { oncePerPair } from '../memo.js';
import { rowName } from '../format/labels.js';
import { equationBindings, TABLE_IDS, type EquationSpec, type TableId, type TableSpec } from '../format/spec.js';
import type { TableContent } from '../model/report.js';
import { atCell, relatedCell } from './helpers.js';
import type { CellRef, RuleContext } from './rule.js';

function rowLabel(t: TableSpec, id: string): string {
  const row = t.rows.find((r) => r.id === id);
  if (!row) return id;
  return rowName(row.label, t.rowGroups.find((g) => g.id === row.group)?.label);
}

function label(t: TableSpec, eq: EquationSpec, term: string): string {
  if (eq.each === 'column') return rowLabel(t, term);
  return t.columns.find((c) => c.id === term)?.label ?? term;
}

/** "一、本年新收政府信息公开申请数量 + 二、上年结转… = （七）总计 + 四、结转下年度继续办理" */
function equationText(t: TableSpec, eq: EquationSpec): string {
  const side = (terms: string[]): string => terms.map((x) => label(t, eq, x)).join(' + ');
  return `${side(eq.left)} = ${side(eq.right)}`;
}

/** One equation bound to a column or a row: the `row.column` keys of its left and right terms. */
interface BoundEquation {
  eq: EquationSpec;
  bound: string;
  left: string[];
  right: string[];
}

/** The equations of a table by rule id, bound to every column or row they apply to (once per table spec). */
const planOf = oncePerPair((t: TableSpec, ruleId: string): BoundEquation[] => {
  const plan: BoundEquation[] = [];
  for (const eq of t.equations.filter((e) => e.rule === ruleId)) {
    for (const bound of equationBindings(t, eq)) {
      const key = (term: string): string => (eq.each === 'column' ? `${term}.${bound}` : `${bound}.${term}`);
      plan.push({ eq, bound, left: eq.left.map(key), right: eq.right.map(key) });
    }
  }
  return plan;
});

/** Sum of the cells, in term order; undefined when one of them is not a number. */
function sumOf(cells: TableContent['cells'], keys: string[]): number | undefined {
  let sum = 0;
  for (const k of keys) {
    const c = cells[k];
    if (c?.kind !== 'number') return undefined;
    sum += c.value;
  }
  return sum;
}

/** Up to this many equations of a rule that cannot be checked in a table are reported one by one. */
const GAPS_ONE_BY_ONE = 2;

/** Checks every equation of `ruleId` on every present table, reporting through `ctx`. */
export function checkEquations(ctx: RuleContext, ruleId: string): void {
  for (const tableId of TABLE_IDS) {
    const content = ctx.table(tableId);
    if (!content) continue;
    const t = ctx.spec(tableId);
    const gaps: BoundEquation[] = [];
    for (const b of planOf(t, ruleId)) {
      // Most equations hold: tested on the cells alone; only a gap or a failure builds the finding.
      const l = sumOf(content.cells, b.left);
      const r = l === undefined ? undefined : sumOf(content.cells, b.right);
      if (l !== undefined && r !== undefined && Math.abs(l - r) < 1e-9) continue;
      if (l === undefined || r === undefined) gaps.push(b);
      else checkOne(ctx, tableId, t, b.eq, b.bound);
    }
    if (gaps.length <= GAPS_ONE_BY_ONE) for (const b of gaps) checkOne(ctx, tableId, t, b.eq, b.bound);
    else uncheckedMany(ctx, tableId, t, gaps);
  }
}

/**
 * Many equations of one rule that cannot be checked in a table (a blank template, a table of "/"): one
 * "could not check" for the table, at the first one's total, with the count, a few rows or columns by
 * name, and every unchecked total in `related`.
 */
function uncheckedMany(ctx: RuleContext, tableId: TableId, t: TableSpec, gaps: BoundEquation[]): void {
  const anchors = gaps.map((b) => (b.eq.each === 'column' ? ctx.cellRef(tableId, b.eq.anchor, b.bound) : ctx.cellRef(tableId, b.bound, b.eq.anchor)));
  const name = (b: BoundEquation): string => (b.eq.each === 'column' ? (t.columns.find((c) => c.id === b.bound)?.label ?? b.bound) : rowLabel(t, b.bound));
  const shown = gaps.slice(0, 3).map(name);
  // At a total the report has (one in a row the reader could not read is not reported again).
  const first = anchors.find((a) => a.cell !== undefined) ?? anchors[0]!;
  ctx.report({
    severity: 'info',
    messageId: 'incompleteMany',
    data: {
      table: t.number,
      count: gaps.length,
      examples: shown.map((x) => `“${x}”`).join('') + (gaps.length > shown.length ? '等' : ''),
      examplesEn: shown.map((x) => `"${x}"`).join(', ') + (gaps.length > shown.length ? ', …' : ''),
    },
    ...atCell(first),
    related: anchors.map((a) => relatedCell(a)),
  });
}

function checkOne(ctx: RuleContext, tableId: TableId, t: TableSpec, eq: EquationSpec, bound: string): void {
  const ref = (term: string): CellRef =>
    eq.each === 'column' ? ctx.cellRef(tableId, term, bound) : ctx.cellRef(tableId, bound, term);
  const left = eq.left.map(ref);
  const right = eq.right.map(ref);
  const anchor = ref(eq.anchor);
  const boundLabel =
    eq.each === 'column'
      ? (t.columns.find((c) => c.id === bound)?.label ?? bound)
      : rowLabel(t, bound);
  const where: Record<string, string> = eq.each === 'column' ? { column: boundLabel } : { row: boundLabel };
  const operands = [...left, ...right];
  const gaps = operands.filter((r) => r.cell?.kind !== 'number');
  if (gaps.length > 0) {
    // Missing cells are reported by cell-missing, blanks by cell-blank: here only "could not check".
    const names = gaps.map((g) => (eq.each === 'column' ? rowLabel(t, g.location.row ?? '') : (g.location.labels?.column ?? g.location.cell ?? '?')));
    ctx.report({
      severity: 'info',
      messageId: 'incomplete',
      data: { ...where, equationName: eq.id, cells: names.join('、') },
      ...atCell(anchor),
      related: operands.map((o) => relatedCell(o)),
      equation: equationText(t, eq),
    });
    return;
  }
  const sum = (refs: CellRef[]): number => refs.reduce((a, r) => a + (r.cell?.kind === 'number' ? r.cell.value : 0), 0);
  const l = sum(left);
  const r = sum(right);
  if (Math.abs(l - r) < 1e-9) return;
  const anchorValue = anchor.cell?.kind === 'number' ? anchor.cell.value : 0;
  const anchorOnLeft = eq.left.includes(eq.anchor);
  // The value the anchor cell would need for the equation to hold.
  const expected = anchorValue + (anchorOnLeft ? r - l : l - r);
  ctx.report({
    messageId: 'mismatch',
    data: { ...where, equation: equationText(t, eq), left: l, right: r, diff: Math.abs(l - r), anchor: label(t, eq, eq.anchor) },
    hintId: 'check',
    hintData: { ...where },
    ...atCell(anchor),
    related: operands.filter((o) => o.location.cell !== anchor.location.cell).map((o) => relatedCell(o)),
    expected,
    actual: anchorValue,
    equation: equationText(t, eq),
  });
}
