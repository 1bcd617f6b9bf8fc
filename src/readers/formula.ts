/**
 * The few formula forms a report's totals are written with, evaluated from the cells as read, so that
 * a saved result that no longer matches its cells can be told (a workbook edited by a program that does
 * not recalculate). Only these forms, on the formula's own sheet:
 *
 *   SUM(B3:B9)   SUM(B3:B9,D3,D5:D6)   B3+B4-B5   =+B3+B4   SUM(B3:B9)-B10+2   ($ anchors allowed)
 *
 * Anything else (other functions, other sheets, parentheses, *, /, text or error operands, ranges
 * beyond what was read) gives undefined: the formula is left alone, never guessed at.
 */

/** A referenced cell's value: a number, 'blank' (empty: 0 in a sum), or undefined (text, error, unread: not evaluable). */
export type Lookup = (row0: number, col0: number) => number | 'blank' | undefined;

/** Largest range a SUM may cover here (report totals cover a few dozen cells). */
const MAX_RANGE_CELLS = 10_000;

type Token = { kind: 'num'; value: number } | { kind: 'ref'; row: number; col: number } | { kind: 'op'; value: string } | { kind: 'sum' };

function tokenize(formula: string): Token[] | undefined {
  const s = formula.replace(/^=/, '').replace(/\s+/g, '');
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^SUM\(/i.exec(rest))) {
      out.push({ kind: 'sum' });
      i += m[0].length;
    } else if ((m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?![\w(!])/i.exec(rest))) {
      const col = [...m[1]!.toUpperCase()].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const row = Number(m[2]) - 1;
      if (row < 0) return undefined;
      out.push({ kind: 'ref', row, col });
      i += m[0].length;
    } else if ((m = /^\d+(?:\.\d+)?/.exec(rest))) {
      out.push({ kind: 'num', value: Number(m[0]) });
      i += m[0].length;
    } else if ('+-,:)'.includes(rest[0]!)) {
      out.push({ kind: 'op', value: rest[0]! });
      i++;
    } else return undefined;
  }
  return out;
}

/** Value of a single referenced cell in + / − (blank is 0). */
function single(lookup: Lookup, row: number, col: number): number | undefined {
  const v = lookup(row, col);
  return v === 'blank' ? 0 : v;
}

/** Sum of a rectangle of cells (blanks are 0). */
function range(lookup: Lookup, a: { row: number; col: number }, b: { row: number; col: number }): number | undefined {
  const [r0, r1] = [Math.min(a.row, b.row), Math.max(a.row, b.row)];
  const [c0, c1] = [Math.min(a.col, b.col), Math.max(a.col, b.col)];
  if ((r1 - r0 + 1) * (c1 - c0 + 1) > MAX_RANGE_CELLS) return undefined;
  let sum = 0;
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const v = single(lookup, r, c);
      if (v === undefined) return undefined;
      sum += v;
    }
  }
  return sum;
}

/**
 * The value of a simple formula (SheetJS gives it without the leading "="), or undefined when it is
 * not one of the simple forms or an operand is not a number.
 */
export function evaluateSimple(formula: string, lookup: Lookup): number | undefined {
  const t = tokenize(formula);
  if (!t || t.length === 0) return undefined;
  let i = 0;
  const peek = (): Token | undefined => t[i];
  const isOp = (x: Token | undefined, v: string): boolean => x?.kind === 'op' && x.value === v;

  /** ref, ref:ref or number, inside SUM( … ). */
  const sumArg = (): number | undefined => {
    const x = t[i++];
    if (x?.kind === 'num') return x.value;
    if (x?.kind !== 'ref') return undefined;
    if (isOp(peek(), ':')) {
      i++;
      const y = t[i++];
      return y?.kind === 'ref' ? range(lookup, x, y) : undefined;
    }
    return single(lookup, x.row, x.col);
  };

  const term = (): number | undefined => {
    const x = t[i++];
    if (x?.kind === 'num') return x.value;
    if (x?.kind === 'ref') return isOp(peek(), ':') ? undefined : single(lookup, x.row, x.col);
    if (x?.kind !== 'sum') return undefined;
    let sum = 0;
    for (;;) {
      const v = sumArg();
      if (v === undefined) return undefined;
      sum += v;
      if (isOp(peek(), ',')) i++;
      else if (isOp(peek(), ')')) {
        i++;
        return sum;
      } else return undefined;
    }
  };

  let sign = 1;
  if (isOp(peek(), '+') || isOp(peek(), '-')) sign = isOp(t[i++], '-') ? -1 : 1;
  let value = 0;
  for (;;) {
    const v = term();
    if (v === undefined) return undefined;
    value += sign * v;
    if (i === t.length) return value;
    const op = t[i++];
    if (isOp(op, '+')) sign = 1;
    else if (isOp(op, '-')) sign = -1;
    else return undefined;
  }
}
