/**
 * How an equation between table cells reads (the sums of schemas/format: R1–R4), shared by the sum rules
 * (rules/equations.ts) and the cells the sums force (analysis/forced.ts), so both count alike.
 *
 * A cell the report left blank (blank or a placeholder such as "-", "/", "—") counts as 0 when each side
 * still has a number, or when both sides are blank, or one is blank and the other's numbers add up to 0;
 * an unread, missing or text cell, or a side left wholly blank beside numbers that are not all 0, leaves
 * the equation unchecked.
 */
import type { Cell } from './cell.js';

/** A cell the report left blank: empty, or a placeholder ("-", "/", "—", "无"). */
export const isBlankCell = (c: Cell | undefined): boolean => c?.kind === 'blank' || c?.kind === 'placeholder';

/** One side of an equation: its sum (blanks as 0), whether it has a number, and whether it has a blank. */
interface Side {
  sum: number;
  numbers: boolean;
  blanks: boolean;
}

/** The side's sum in term order; undefined when one of its cells is neither a number nor left blank. */
function sideOf(cells: readonly (Cell | undefined)[]): Side | undefined {
  let sum = 0;
  let numbers = false;
  let blanks = false;
  for (const c of cells) {
    if (c?.kind === 'number') {
      sum += c.value;
      numbers = true;
    } else if (isBlankCell(c)) blanks = true;
    else return undefined;
  }
  return { sum, numbers, blanks };
}

/**
 * An equation's two sides as the report has them: undefined when it cannot be checked (an operand that
 * is unread, missing or text, or one side blank while the other has numbers adding up to more than 0);
 * `blanks` when a blank cell was counted as 0.
 */
export function equationSides(left: readonly (Cell | undefined)[], right: readonly (Cell | undefined)[]): { l: number; r: number; blanks: boolean } | undefined {
  const l = sideOf(left);
  const r = l && sideOf(right);
  if (!l || !r) return undefined;
  // A side left entirely blank beside numbers: unchecked, unless those add up to 0 (a blank 总计 of a row of 0s).
  if (l.numbers !== r.numbers && Math.abs(l.numbers ? l.sum : r.sum) > 1e-9) return undefined;
  return { l: l.sum, r: r.sum, blanks: l.blanks || r.blanks };
}

/** Whether the equation holds, is broken, or cannot be checked, as the sum rules read it. */
export function equationState(left: readonly (Cell | undefined)[], right: readonly (Cell | undefined)[]): 'holds' | 'broken' | 'unchecked' {
  const sides = equationSides(left, right);
  if (!sides) return 'unchecked';
  return Math.abs(sides.l - sides.r) < 1e-9 ? 'holds' : 'broken';
}
