/**
 * Re-splitting table values that a flattened page ran together ("713000074" = 71|3|0|0|0|0|74).
 *
 * Input: the tokens found after a row label (separated by whitespace, tabs or "|"; a separator is
 * always a cell boundary, a token may hold several cells) and the types of the cells expected
 * there. Every way of cutting the tokens into that many well-formed numbers (no leading zeros, a
 * sign only where the column is signed, a decimal point only in amounts) is enumerated, filtered
 * by the sum constraints the caller gives, within a fixed step budget so a long digit run can
 * never hang the reader. The caller decides what one, several or no candidates mean.
 */
import type { CellType } from '../format/spec.js';
import { COUNT_UNITS } from '../model/cell.js';

/** A run of non-separator characters and its offset in the source text. */
export interface Token {
  text: string;
  offset: number;
  /** Offset just after the token in the source text (when known). */
  end?: number;
  /** A line break, tab or bar separates it from the token before: a cell boundary the layout states. */
  fieldStart?: boolean;
}

/** One cell cut out of a token. `value` is null for a placeholder ("/", "—"). */
export interface Piece {
  raw: string;
  offset: number;
  value: number | null;
}

export type SplitOutcome =
  | { kind: 'ok'; pieces: Piece[] }
  | { kind: 'ambiguous'; candidates: Piece[][]; truncated: boolean }
  | { kind: 'none' }
  | { kind: 'budget' };

export interface SplitOptions {
  /**
   * Cells are laid out one per line or between tabs/bars: each token is exactly one cell and is
   * never re-cut (a blank cell there would otherwise be "found" by cutting a neighbour in two).
   * Default: true when any token after the first starts a field.
   */
  strict?: boolean;
  /** Checked on the values of a complete split (null = placeholder, cannot be checked: pass). */
  check?: (values: (number | null)[]) => boolean;
  /** Checked after each cell is cut; false prunes (e.g. table 四: each group of 5 must add up). */
  partial?: (values: (number | null)[]) => boolean;
  /** Maximum search steps, counted per piece tried (default 50 000). */
  budget?: number;
  /** Maximum candidates kept (default 200). */
  maxCandidates?: number;
}

/** Longest text of one cell ("73802895.90元" is 12; a count has at most 12 digits). */
const MAX_PIECE = 24;

/** Characters that separate cells in text: whitespace, tabs, "|". */
const SEPARATOR = /[\s\u00a0\u3000|｜]/u;
/**
 * Characters a value run may contain (digits, signs, decimal point, thousands comma, units, placeholders).
 * A plus sign as well as a minus: a 2019 page writes 本年增/减 "+1", and flattened, "行政许可0+11" is
 * 0 | +1 | 1 — a sign starts a new piece, and only in a signed column (SIGNED).
 */
const VALUE_CHAR = /[0-9０-９.．\-−－+＋,，元万/／—–\s\u00a0\u3000|｜]/u;
const PLACEHOLDER_TOKEN = /^(?:\/|／|-|－|—|——|–|\\)$/u;
/**
 * A unit a count is written with, right after its digits ("政府集中采购 3个 3443000元", "2笔", "1个246900元"):
 * part of the value, as in a table cell (schemas/format/cells.json units; reported by cell-unit).
 */
const COUNT_UNIT_CHARS = new Set(COUNT_UNITS);
const COUNT_UNIT = `(?:${COUNT_UNITS.join('|')})?`;
/** A unit of money written as a token of its own. */
const MONEY_TOKEN = /^(?:万元|元)$/u;
/** A Markdown table rule ("---", ":---:") is layout, not a cell. */
const MD_RULE = /^:?-{3,}:?$/;

function fold(ch: string): string {
  const n = ch.normalize('NFKC');
  return n === '−' ? '-' : n === '，' ? ',' : n;
}

/**
 * The value run at `from`: the longest prefix of text made of value characters. Returns its
 * tokens (folded to half-width) and where the run ends. Two tabs or bars with nothing between
 * them on one line ("规章\t\t0\t0", "| 0 |  | 3 |") enclose an empty field: an empty token, read
 * as a blank cell.
 */
export function valueRun(text: string, from: number, to: number = text.length): { tokens: Token[]; end: number } {
  const tokens: Token[] = [];
  let i = from;
  let cur: Token | undefined;
  let fieldSepOnLine = false;
  let tokenSinceSep = false;
  let strongSep = false;
  while (i < to) {
    const ch = text[i]!;
    if (!VALUE_CHAR.test(ch)) {
      // A count's unit, right after its digits or after a space ("2 笔": the unit still the count's).
      const prev = tokens.at(-1);
      const owner = cur ?? (prev && /^[ \u00a0\u3000]+$/u.test(text.slice(prev.end ?? i, i)) ? prev : undefined);
      if (!(COUNT_UNIT_CHARS.has(ch) && owner && /[0-9]$/.test(owner.text))) break;
      if (!cur) cur = tokens.pop()!;
      cur.text += ch;
      cur.end = i + 1;
      i++;
      continue;
    }
    // "万" only as part of "万元".
    if (ch === '万' && text[i + 1] !== '元') break;
    if (SEPARATOR.test(ch)) {
      if (cur) tokens.push(cur);
      cur = undefined;
      if (ch === '\n' || ch === '\r') {
        fieldSepOnLine = false;
        tokenSinceSep = false;
        strongSep = true;
      } else if (ch === '\t' || ch === '|' || ch === '｜') {
        if (fieldSepOnLine && !tokenSinceSep) tokens.push({ text: '', offset: i, end: i, fieldStart: true });
        fieldSepOnLine = true;
        tokenSinceSep = false;
        strongSep = true;
      }
    } else {
      tokenSinceSep = true;
      if (!cur) {
        cur = { text: '', offset: i, ...(strongSep && tokens.length > 0 ? { fieldStart: true } : {}) };
        strongSep = false;
      }
      cur.text += fold(ch);
      cur.end = i + 1;
    }
    i++;
  }
  if (cur) tokens.push(cur);
  // A unit of money set apart by a space ("0.5 万元") belongs to the amount before it.
  for (let k = tokens.length - 1; k > 0; k--) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (t.fieldStart || !MONEY_TOKEN.test(t.text) || !/\d$/.test(prev.text)) continue;
    prev.text += t.text;
    prev.end = t.end;
    tokens.splice(k, 1);
  }
  // A run ending in a lone ".", "," or "+" is punctuation of the following text, not part of a value.
  const last = tokens[tokens.length - 1];
  if (last && /[.,+]$/.test(last.text)) {
    let e = last.text.length;
    while (e > 0 && '.,+'.includes(last.text[e - 1]!)) e--;
    last.text = last.text.slice(0, e);
    if (last.text === '') tokens.pop();
  }
  return { tokens: tokens.filter((t) => !MD_RULE.test(t.text)), end: i };
}

const COUNT = new RegExp(`^(?:0|[1-9]\\d{0,11}|[1-9]\\d{0,2}(?:,\\d{3})+)${COUNT_UNIT}$`, 'u');
const SIGNED = new RegExp(`^[-+]?(?:0|[1-9]\\d{0,11}|[1-9]\\d{0,2}(?:,\\d{3})+)${COUNT_UNIT}$`, 'u');
const AMOUNT = /^(?:0|[1-9]\d{0,13}|[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d{1,8})?(?:元|万元)?$/;

function valid(piece: string, type: CellType): boolean {
  if (type === 'count') return COUNT.test(piece);
  if (type === 'signed') return SIGNED.test(piece);
  return AMOUNT.test(piece);
}

/** Whether a token can be one cell of this type as written (a well-formed number, or a placeholder "/", "—"). */
export function fitsCell(token: string, type: CellType): boolean {
  return PLACEHOLDER_TOKEN.test(token) || valid(token, type);
}

function numberOf(piece: string): number {
  let body = piece.replace(/元|万元|,/g, '');
  if (COUNT_UNIT_CHARS.has(body.slice(-1))) body = body.slice(0, -1);
  return Number(body);
}

/**
 * Tokens whose leading zeros are cells of their own: "00" is 0 | 0 and "0155" is 0 | 155 however the
 * cells are laid out, since no figure is written with a leading zero (an amount "0.5" is left as it is).
 */
function peelZeros(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    let k = 0;
    while (/^0\d/.test(t.text.slice(k))) k++;
    for (let z = 0; z < k; z++) out.push({ text: '0', offset: t.offset + z, end: t.offset + z + 1, ...(z === 0 && t.fieldStart ? { fieldStart: true } : {}) });
    if (k === 0) out.push(t);
    else out.push({ text: t.text.slice(k), offset: t.offset + k, ...(t.end !== undefined ? { end: t.end } : {}) });
  }
  return out;
}

/**
 * Cuts `tokens` into `types.length` cells. A token that is exactly as many cells as it should
 * be is never re-cut: when the tokens already number as many as the cells, that is the reading.
 */
export function splitTokens(tokens: Token[], types: CellType[], opts: SplitOptions = {}): SplitOutcome {
  const n = types.length;
  if (tokens.length === n) {
    return {
      kind: 'ok',
      pieces: tokens.map((t) => {
        const v = numberOf(t.text);
        return { raw: t.text, offset: t.offset, value: t.text === '' || PLACEHOLDER_TOKEN.test(t.text) || !Number.isFinite(v) ? null : v };
      }),
    };
  }
  if (tokens.length > n || tokens.length === 0) return { kind: 'none' };
  if (opts.strict ?? tokens.slice(1).some((t) => t.fieldStart)) {
    // Cells the text separates are never cut, except for zeros that can only be cells of their own — between
    // spaces only: where lines, tabs or bars lay the cells out, each holds one cell (a "00" there is no figure).
    if (tokens.some((t, i) => i > 0 && t.fieldStart)) return { kind: 'none' };
    const peeled = peelZeros(tokens);
    return peeled.length === n ? splitTokens(peeled, types, opts) : { kind: 'none' };
  }
  const budget = opts.budget ?? 50_000;
  const maxCandidates = opts.maxCandidates ?? 200;
  // Digits that can be cut only one way are read that way: the sums then check them (a wrong
  // total is the report's error, not a reading problem).
  const free = enumerate(tokens, types, {}, budget, 2);
  if (free.overBudget) return { kind: 'budget' };
  if (free.candidates.length === 0) return { kind: 'none' };
  if (free.candidates.length === 1 && !free.truncated) return { kind: 'ok', pieces: free.candidates[0]! };
  const found = enumerate(tokens, types, opts, budget, maxCandidates);
  if (found.overBudget) return { kind: 'budget' };
  if (found.candidates.length === 0) return { kind: 'none' };
  if (found.candidates.length === 1 && !found.truncated) return { kind: 'ok', pieces: found.candidates[0]! };
  return { kind: 'ambiguous', candidates: found.candidates, truncated: found.truncated };
}

/** Every cut of the tokens into cells that passes the constraints (up to `maxCandidates`). */
function enumerate(
  tokens: Token[],
  types: CellType[],
  opts: SplitOptions,
  budget: number,
  maxCandidates: number,
): { candidates: Piece[][]; truncated: boolean; overBudget: boolean } {
  const n = types.length;
  const candidates: Piece[][] = [];
  let truncated = false;
  let steps = 0;
  let overBudget = false;
  const pieces: Piece[] = [];
  const values: (number | null)[] = [];
  const charsLeft: number[] = [];
  // An empty field is one (blank) cell: count it as one character.
  for (let i = tokens.length - 1, acc = 0; i >= 0; i--) {
    acc += Math.max(1, tokens[i]!.text.length);
    charsLeft[i] = acc;
  }

  const rec = (ti: number, p: number): void => {
    if (overBudget || truncated) return;
    if (++steps > budget) {
      overBudget = true;
      return;
    }
    const ci = pieces.length;
    if (ti === tokens.length) {
      if (ci === n && (!opts.check || opts.check(values))) {
        if (candidates.length >= maxCandidates) truncated = true;
        else candidates.push([...pieces]);
      }
      return;
    }
    if (ci >= n) return;
    const tok = tokens[ti]!;
    const cellsLeft = n - ci;
    // Each remaining token needs at least one cell; each cell at least one character.
    if (cellsLeft < tokens.length - ti) return;
    if (cellsLeft > charsLeft[ti]! - p) return;
    // …and no cell is longer than MAX_PIECE characters: a run too long for the cells left cannot fit.
    if (charsLeft[ti]! - p > cellsLeft * MAX_PIECE) return;
    // A whole-token placeholder, or an empty field, is one cell.
    if (p === 0 && (tok.text === '' || PLACEHOLDER_TOKEN.test(tok.text))) {
      pieces.push({ raw: tok.text, offset: tok.offset, value: null });
      values.push(null);
      if (!opts.partial || opts.partial(values)) rec(ti + 1, 0);
      pieces.pop();
      values.pop();
      return;
    }
    for (let end = p + 1; end <= tok.text.length && end - p <= MAX_PIECE; end++) {
      // Every piece tried counts against the budget (not only every call).
      if (++steps > budget) {
        overBudget = true;
        return;
      }
      const raw = tok.text.slice(p, end);
      if (!valid(raw, types[ci]!)) continue;
      const value = numberOf(raw);
      pieces.push({ raw, offset: tok.offset + p, value });
      values.push(value);
      if (!opts.partial || opts.partial(values)) {
        if (end === tok.text.length) rec(ti + 1, 0);
        else rec(ti, end);
      }
      pieces.pop();
      values.pop();
      if (overBudget || truncated) return;
    }
  };
  rec(0, 0);
  return { candidates, truncated, overBudget };
}

/** Spaces that may stand for a blank cell among glued zeros (one of them, between two digits). */
const ONE_SPACE = /^[ \u00a0\u3000]$/u;

/**
 * A row of zeros run together with one space where a cell was left blank: "0 00000" for the seven cells
 * of a table-三 row (自然人 0, 商业企业 blank, then five 0s), where the other rows are written "0000000".
 * Only when that is the one reading: every digit is a 0 (a zero is never written "00", so each is a cell
 * of its own, and no other figure can be cut differently), at least two of them are run together (the
 * row is glued: a space is no separator there), each space stands alone between two digits, and the
 * digits and the spaces together number exactly `cells`. Then each digit is a cell and each space a blank
 * cell (an empty token at the space); otherwise undefined (the row is read, or reported, as before).
 */
export function blankAmongZeros(text: string, tokens: readonly Token[], cells: number): Token[] | undefined {
  if (tokens.length < 2 || tokens.some((t, i) => (i > 0 && t.fieldStart) || !/^0+$/.test(t.text) || t.end !== t.offset + t.text.length)) return undefined;
  if (!tokens.some((t) => t.text.length > 1)) return undefined;
  for (let i = 1; i < tokens.length; i++) {
    const gap = text.slice(tokens[i - 1]!.end!, tokens[i]!.offset);
    if (!ONE_SPACE.test(gap)) return undefined;
  }
  const digits = tokens.reduce((n, t) => n + t.text.length, 0);
  if (digits + tokens.length - 1 !== cells) return undefined;
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    if (i > 0) out.push({ text: '', offset: tokens[i - 1]!.end!, end: tokens[i - 1]!.end!, fieldStart: true });
    for (let k = 0; k < t.text.length; k++) out.push({ text: '0', offset: t.offset + k, end: t.offset + k + 1, fieldStart: true });
  });
  return out;
}

/** A number written straight (or with spaces) before one of these is prose ("2022年", "3 件"), not a table cell. */
const PROSE_AFTER = /^[ \t\u3000]*[年月日件条个项次人名家起宗%％]/u;
/** The same for the year run into a row's digits: its 年, spaces before it allowed. */
const YEAR_MARK = /^[ \t\u3000]*年/u;

/**
 * Drops trailing tokens that are the start of the text after the table ("0 2022年，…" after the
 * last row), while there are more tokens than cells.
 */
export function withoutTrailingProse(tokens: Token[], cells: number, text: string): Token[] {
  const out = [...tokens];
  while (out.length > cells) {
    const last = out[out.length - 1]!;
    if (last.end === undefined || !PROSE_AFTER.test(text.slice(last.end, last.end + 8))) break;
    out.pop();
  }
  // The year that starts the sentence after the table, run into the last row's digits
  // ("四、结转下年度继续办理20000022025年，我局…" = 2|0|0|0|0|0|2, then "2025年，…"): a number straight
  // before 年 is prose, so the four digits of a year at the end of the run are not the row's.
  const last = out[out.length - 1];
  const year = last?.end !== undefined && YEAR_MARK.test(text.slice(last.end, last.end + 8)) ? /^(.*\d)((?:19|20)\d\d)$/u.exec(last.text) : null;
  if (last && year) out[out.length - 1] = { ...last, text: year[1]!, end: last.end! - 4 };
  return out;
}

/** "71|3|0|0|0|0|74" */
export function showSplit(pieces: Piece[]): string {
  return pieces.map((p) => p.raw).join('|');
}

/** The tokens as written, space-separated. */
export function showTokens(tokens: Token[]): string {
  return tokens.map((t) => t.text).join(' ');
}

// ---------------------------------------------------------------------------------------------
// Cells one per line, a blank cell as an empty line
// ---------------------------------------------------------------------------------------------

/**
 * The values after one row label as laid out in the text: where the label ends, the value tokens,
 * and where the run of value characters after them ends.
 */
export interface LineRow {
  from: number;
  tokens: Token[];
  end: number;
}

/** Offsets of the line breaks in text[from, to) (looking no further: the span a value run covered). */
function breaks(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) out.push(i);
  return out;
}

/**
 * Line breaks before each token of a row (from the label, then from the token before) and after its
 * last one (after the label when it has none); undefined when the row is not one cell per line (a
 * token on the line of the label or of another token).
 */
export function lineGaps(text: string, row: LineRow): { before: number[]; after: number } | undefined {
  const before: number[] = [];
  let at = row.from;
  for (const t of row.tokens) {
    const n = breaks(text, at, t.offset).length;
    if (n === 0) return undefined;
    before.push(n);
    at = t.end ?? t.offset + t.text.length;
  }
  return { before, after: breaks(text, at, row.end).length };
}

/**
 * The usual number of line breaks between two cells of a table laid out one per line (1 when each
 * cell is a line, 2 when an empty line separates them): the most frequent gap, the smaller on a tie.
 */
export function lineUnit(gaps: readonly number[]): number | undefined {
  const count = new Map<number, number>();
  for (const g of gaps) if (g > 0) count.set(g, (count.get(g) ?? 0) + 1);
  let best: number | undefined;
  for (const [g, n] of count) if (best === undefined || n > count.get(best)! || (n === count.get(best)! && g < best)) best = g;
  return best;
}

/** Blank cells a gap of `gap` line breaks stands for, in a layout whose usual gap is `unit`. */
function blanksIn(gap: number, unit: number): number {
  return gap > unit ? Math.max(1, Math.round((gap - unit) / unit)) : 0;
}

/**
 * A row laid out one cell per line with fewer values than cells, where empty lines stand for the
 * blank cells (what copying a web table, or many text archives, give): the tokens with an empty token
 * (a blank cell) at each such place, located at its empty line. Only when the empty lines inside the
 * row — or, failing that, with those after its last value — account for exactly the missing cells
 * (after the `last` row of a table, at least for them); otherwise undefined (the row stays unread).
 */
export function withBlankLines(text: string, row: LineRow, unit: number, cells: number, last = false): Token[] | undefined {
  const missing = cells - row.tokens.length;
  if (missing <= 0) return undefined;
  const gaps = lineGaps(text, row);
  if (!gaps) return undefined;
  const inside = gaps.before.map((g) => blanksIn(g, unit));
  const after = blanksIn(gaps.after, unit);
  const sum = inside.reduce((a, b) => a + b, 0);
  // After the last row of a table the text may leave more space before what follows: there the empty
  // lines need only be enough.
  const trailing = sum === missing ? 0 : sum + after === missing || (last && sum < missing && sum + after > missing) ? missing - sum : -1;
  if (trailing < 0) return undefined;
  /** Empty tokens for `n` blank cells in text[from, to), each at the start of its empty line. */
  const blanks = (n: number, from: number, to: number): Token[] => {
    const nl = breaks(text, from, to);
    return Array.from({ length: n }, (_, j) => {
      const at = nl[Math.min(nl.length - 1, (j + 1) * unit - 1)]! + 1;
      return { text: '', offset: at, end: at, fieldStart: true };
    });
  };
  const out: Token[] = [];
  let at = row.from;
  row.tokens.forEach((t, i) => {
    out.push(...blanks(inside[i]!, at, t.offset), { ...t, fieldStart: true });
    at = t.end ?? t.offset + t.text.length;
  });
  out.push(...blanks(trailing, at, row.end));
  return out;
}

/** The line breaks between the lines with text in text[from, to) (a table's header laid out one label per line). */
export function gapsBetweenLines(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  let seen = false;
  let n = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '\n') n++;
    else if (!/\s/u.test(ch)) {
      if (seen && n > 0) out.push(n);
      seen = true;
      n = 0;
    }
  }
  return out;
}
