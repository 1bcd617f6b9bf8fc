/**
 * A table cell as read: a number, blank, a placeholder ("/", "-", "—", "无"), or text that is not a
 * number. Never silently 0: rules decide what a blank or a placeholder means.
 */
import type { Source } from './location.js';
import cells from '../../schemas/format/cells.json' with { type: 'json' };

export type Cell =
  | {
      kind: 'number';
      /** The value. Amounts keep their exact decimal text in `raw`. */
      value: number;
      /** Text as written, when it was text (e.g. "1,234", "３", "1.20"). */
      raw?: string;
      /** A unit written inside the cell ("件", "万元", "元"), if any. */
      unit?: string;
      source?: Source;
    }
  | { kind: 'blank'; raw?: string; source?: Source }
  | { kind: 'placeholder'; raw: string; source?: Source }
  | {
      kind: 'text';
      raw: string;
      /** A number found inside the text, offered as a hint ("约3件" → 3). */
      number?: number;
      source?: Source;
    };

const CELLS: { placeholders: string[]; units: string[] } = cells;

/** Placeholders that stand for "nothing to report" in real reports (SPEC §6.4), from schemas/format/cells.json. */
const PLACEHOLDERS: readonly string[] = CELLS.placeholders;
const UNITS: readonly string[] = CELLS.units;
/** The units a count may be written with ("3个", "2笔"): those that are not money. */
export const COUNT_UNITS: readonly string[] = UNITS.filter((u) => !u.endsWith('元'));
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** Space of any kind (NFKC has made the full-width space and the no-break spaces plain ones). */
const SPACE = /\s+/g;
/**
 * Digits a space apart: two figures in one cell ("0 7", "0 430"), unless grouped in threes as thousands
 * ("1 234", "12 345.5": the 分节 of GB/T 15835, a space every three digits).
 */
const DIGITS_APART = /\d\s+\d/;
const SPACED_THOUSANDS = /^\s*[+-]?[1-9]\d{0,2}(?:\s\d{3})+(?:\.\d+)?\s*$/;

/**
 * Parses the text of a cell. Full-width digits and punctuation are folded (NFKC), thousands
 * separators removed, a trailing unit split off.
 */
export function parseCellText(text: string, source?: Source): Cell {
  // Short texts ("0", "12", "/", "3件") recur in every table: parsed once, a fresh copy returned.
  if (text.length > MEMO_TEXT) return parse(text, source);
  let base = parsed.get(text);
  if (base === undefined) {
    base = parse(text);
    if (parsed.size >= 20_000) parsed.clear();
    parsed.set(text, base);
  }
  return copyOf(base, source);
}

/** A fresh copy of a parsed cell with its source, keys in the order parse() writes them. */
function copyOf(base: Cell, source: Source | undefined): Cell {
  let c: Cell;
  switch (base.kind) {
    case 'number':
      c = { kind: 'number', value: base.value };
      if (base.raw !== undefined) c.raw = base.raw;
      if (base.unit !== undefined) c.unit = base.unit;
      break;
    case 'blank':
      c = { kind: 'blank' };
      if (base.raw !== undefined) c.raw = base.raw;
      break;
    case 'placeholder':
      c = { kind: 'placeholder', raw: base.raw };
      break;
    case 'text':
      c = { kind: 'text', raw: base.raw };
      if (base.number !== undefined) c.number = base.number;
      break;
  }
  if (source) c.source = source;
  return c;
}

const MEMO_TEXT = 64;
const parsed = new Map<string, Cell>();

function parse(text: string, source?: Source): Cell {
  const src = source ? { source } : {};
  const folded = text.normalize('NFKC');
  const t = folded.replace(SPACE, '');
  if (t === '') return { kind: 'blank', ...(text !== '' ? { raw: text } : {}), ...src };
  if (PLACEHOLDERS.includes(t)) return { kind: 'placeholder', raw: text, ...src };
  const unit = UNITS.find((u) => t.endsWith(u) && t.length > u.length);
  const body = unit ? t.slice(0, -unit.length) : t;
  // Spaces elsewhere are padding ("3 件", " 12 "); between digits they part two figures, which is no number.
  const apart = DIGITS_APART.test(folded) && !SPACED_THOUSANDS.test(unit ? folded.slice(0, folded.lastIndexOf(unit)) : folded);
  if (!apart && NUMBER.test(body)) {
    const value = Number(body.replace(/,/g, ''));
    if (Number.isFinite(value)) {
      return {
        kind: 'number',
        value,
        ...(text !== String(value) ? { raw: text } : {}),
        ...(unit ? { unit: unit === '項' ? '项' : unit } : {}),
        ...src,
      };
    }
  }
  const m = apart ? null : /[+-]?\d+(?:\.\d+)?/.exec(t.replace(/,/g, ''));
  return { kind: 'text', raw: text, ...(m ? { number: Number(m[0]) } : {}), ...src };
}

/** Numeric value of a cell, or undefined when it has none. */
export function numeric(c: Cell | undefined): number | undefined {
  return c?.kind === 'number' ? c.value : undefined;
}

/** The text a cell shows: the number as written, the placeholder, or the text. */
export function cellDisplay(c: Cell | undefined): string {
  if (!c) return '';
  switch (c.kind) {
    case 'number':
      return c.raw !== undefined ? c.raw.trim() : String(c.value);
    case 'blank':
      return '';
    case 'placeholder':
    case 'text':
      return c.raw;
  }
}

/** The money units written in amount cells, as multiples of 元. */
const MONEY: Readonly<Record<string, number>> = { 元: 1, 万元: 10_000 };

/** A unit of money written in a cell ("元", "万元"). */
export function isMoneyUnit(unit: string | undefined): unit is string {
  return unit !== undefined && unit in MONEY;
}

/**
 * The amount of a number cell written with a money unit ("1,200元", "123.5万元"), in `unit` (元 or
 * 万元): the number as written, converted. From the text as written, so converting a cell already
 * converted gives the same value. Undefined for any other cell.
 */
export function amountIn(c: Cell | undefined, unit: string): number | undefined {
  if (c?.kind !== 'number' || !isMoneyUnit(c.unit) || !isMoneyUnit(unit)) return undefined;
  const written = c.raw !== undefined ? parseCellText(c.raw) : c;
  if (written.kind !== 'number') return undefined;
  return Number(((written.value * MONEY[c.unit]!) / MONEY[unit]!).toPrecision(15));
}
