/**
 * The one generic engine for the sum rules. Equations are data in schemas/format (`left` = `right`,
 * evaluated for each column or each row); a rule only names its id and calls `checkEquations`.
 *
 * A cell the report left blank (blank or a placeholder such as "-", "/", "—") counts as 0 when each side
 * of the equation still has a number, or when both sides are blank, or one is blank and the other's
 * numbers add up to 0 (0 = 0): many reports leave their zeros blank (SPEC §9), and cell-blank reports
 * the blanks themselves. A failure found that way says the blanks were counted as 0 (messageId
 * `mismatchBlank`). Otherwise it never sums around a gap: an unread, missing or text cell, or a side
 * left entirely blank next to numbers that are not all 0 (a blank 总计 beside filled columns), makes it
 * say it could not check — unless it cannot hold whatever the gaps are: the figures read on the side with
 * the gaps already exceed the other, complete side (counts are never below 0; messageId `exceeds`).
 */
import { oncePerPair } from '../memo.js';
import { rowName } from '../format/labels.js';
import { equationBindings, TABLE_IDS, type EquationSpec, type TableId, type TableSpec } from '../format/spec.js';
import type { Cell } from '../model/cell.js';
import { equationSides as sidesOf, isBlankCell as isBlank } from '../model/sums.js';
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

/** What one side of an equation holds: the sum of its numbers, whether it has any, and its gaps (unread, missing, text). */
function partialOf(cells: readonly (Cell | undefined)[]): { sum: number; numbers: boolean; gaps: number } {
  let sum = 0;
  let numbers = false;
  let gaps = 0;
  for (const c of cells) {
    if (c?.kind === 'number') {
      sum += c.value;
      numbers = true;
    } else if (!isBlank(c)) gaps++;
  }
  return { sum, numbers, gaps };
}

/**
 * An equation that cannot be checked but cannot hold either: one side complete, with figures (its blanks
 * count as 0), the other with cells in the way, whose figures read already add up to more. The equations
 * are between counts (tables 三 and 四), never below 0, so the gaps can only add to that side.
 */
function certainBreak(left: readonly (Cell | undefined)[], right: readonly (Cell | undefined)[]): { onLeft: boolean; known: number; other: number } | undefined {
  const l = partialOf(left);
  const r = partialOf(right);
  if (l.gaps > 0 && r.gaps === 0 && r.numbers && l.sum > r.sum + 1e-9) return { onLeft: true, known: l.sum, other: r.sum };
  if (r.gaps > 0 && l.gaps === 0 && l.numbers && r.sum > l.sum + 1e-9) return { onLeft: false, known: r.sum, other: l.sum };
  return undefined;
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
      const sides = sidesOf(b.left.map((k) => content.cells[k]), b.right.map((k) => content.cells[k]));
      if (sides && Math.abs(sides.l - sides.r) < 1e-9) continue;
      if (!sides && !certainBreak(b.left.map((k) => content.cells[k]), b.right.map((k) => content.cells[k]))) gaps.push(b);
      else checkOne(ctx, tableId, t, b.eq, b.bound);
    }
    if (gaps.length <= GAPS_ONE_BY_ONE) for (const b of gaps) checkOne(ctx, tableId, t, b.eq, b.bound);
    else uncheckedMany(ctx, tableId, t, gaps);
  }
}

/**
 * Many equations of one rule that cannot be checked in a table (a table of text, totals left blank): one
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
  const sides = sidesOf(left.map((o) => o.cell), right.map((o) => o.cell));
  const hardOf = (list: CellRef[]): CellRef[] => list.filter((o) => o.cell?.kind !== 'number' && !isBlank(o.cell));
  const nameOf = (g: CellRef): string => (eq.each === 'column' ? rowLabel(t, g.location.row ?? '') : (g.location.labels?.column ?? g.location.cell ?? '?'));
  const certain = sides ? undefined : certainBreak(left.map((o) => o.cell), right.map((o) => o.cell));
  if (certain) {
    // Whatever the cells in the way hold, the equation fails: an error, not "could not check".
    const terms = certain.onLeft ? eq.left : eq.right;
    const labels = terms.map((x) => label(t, eq, x));
    ctx.report({
      messageId: 'exceeds',
      data: {
        ...where,
        cells: hardOf(certain.onLeft ? left : right).map(nameOf).join('、'),
        known: certain.known,
        other: certain.other,
        // A side of a few terms by name; the many result rows of table 三 as "the items".
        side: labels.length <= 4 ? `“${labels.join('＋')}”一边` : '各项',
        sideEn: labels.length <= 4 ? `the ${labels.join(' + ')} side` : 'the items',
      },
      hintId: 'check',
      hintData: { ...where },
      ...atCell(anchor),
      related: operands.filter((o) => o.location.cell !== anchor.location.cell).map((o) => relatedCell(o)),
      equation: equationText(t, eq),
    });
    return;
  }
  if (!sides) {
    // Missing cells are reported by cell-missing, blanks by cell-blank: here only "could not check".
    // The cells in the way: those neither a number nor blank, else the side left blank (its blanks alone:
    // the blanks on the side with figures would have counted as 0).
    const hard = hardOf(operands);
    const blankSide = left.some((o) => o.cell?.kind === 'number') ? right : left;
    const gaps = hard.length > 0 ? hard : blankSide;
    const names = gaps.map(nameOf);
    // Each cell in the way with what it is: no value (unread or missing: their own findings say which), text, or left blank.
    const state = (o: CellRef): [string, string] => (o.cell === undefined ? ['无数值', 'has no value'] : isBlank(o.cell) ? ['留空', 'is left blank'] : ['不是数字', 'is not a number']);
    ctx.report({
      severity: 'info',
      messageId: 'incomplete',
      data: {
        ...where,
        equationName: eq.id,
        cells: names.join('、'),
        gaps: gaps.map((g, i) => `${names[i]} ${state(g)[0]}`).join('、'),
        gapsEn: gaps.map((g, i) => `${names[i]} ${state(g)[1]}`).join(', '),
      },
      ...atCell(anchor),
      related: operands.map((o) => relatedCell(o)),
      equation: equationText(t, eq),
    });
    return;
  }
  const { l, r, blanks } = sides;
  if (Math.abs(l - r) < 1e-9) return;
  const anchorValue = anchor.cell?.kind === 'number' ? anchor.cell.value : 0;
  const anchorOnLeft = eq.left.includes(eq.anchor);
  // The value the anchor cell would need for the equation to hold.
  const expected = anchorValue + (anchorOnLeft ? r - l : l - r);
  ctx.report({
    // Blank cells counted as 0 (cell-blank reports them): the message says so.
    messageId: blanks ? 'mismatchBlank' : 'mismatch',
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
