/**
 * A table row as a browser copies a web table (select all, copy: what `document.body.innerText`
 * gives): every cell after a tab, a cell whose text is in a `<p>` wrapped in blank lines, a blank cell
 * a no-break space (sometimes with a space after it) or nothing, rows separated by line breaks —
 * "5\n\n\t\u00a0\t\u00a0\t\n\n2\n\n\t\n\n7". The tabs give each cell its place, so the blank ones are
 * read where they stand, never by moving a figure into another column.
 */
import { valueRun, type Token } from './split.js';

/** Whitespace that only lays text out (a no-break space is what a blank cell holds: it counts as content). */
const LAYOUT_SPACE = /[ \t\r\n]/u;

/**
 * The cells of one row laid out with tabs in text[from, to) (`to`: where the run of value characters
 * after the row's label ends). With a `label` (tables 二 and 三) the text before the first tab is the
 * rest of the label's cell and must hold no value; without one (table 四's row of figures after its
 * header) every field is a cell. Each field holds at most one value; one without any is a blank cell
 * (an empty token at its no-break space, else where the field starts). The last field ends with the
 * line its content is on (what follows is no longer the row). Only when the fields number exactly
 * `cells` are they the row: tokens, each a cell of its own (fieldStart), and where the last one ends;
 * otherwise undefined (the caller reads the row as before).
 */
export function tabCells(text: string, from: number, to: number, cells: number, label: boolean): { tokens: Token[]; end: number } | undefined {
  const tabs: number[] = [];
  // More tabs than cells (and the label's) is no reading: stop counting there.
  for (let i = from; i < to && tabs.length <= cells; i++) if (text.charCodeAt(i) === 9) tabs.push(i);
  if (tabs.length === 0 || tabs.length > cells) return undefined;
  const fields: [number, number][] = [];
  let start = from;
  for (const t of tabs) {
    fields.push([start, t]);
    start = t + 1;
  }
  fields.push([start, lastFieldEnd(text, start, to)]);
  if (label) {
    const [a, b] = fields.shift()!;
    if (valueRun(text, a, b).tokens.length > 0) return undefined;
  }
  if (fields.length !== cells) return undefined;
  const tokens: Token[] = [];
  let end = from;
  for (const [a, b] of fields) {
    const inField = valueRun(text, a, b).tokens;
    if (inField.length > 1) return undefined;
    const tok = inField[0];
    if (tok) {
      tokens.push({ ...tok, fieldStart: true });
      end = tok.end ?? tok.offset + tok.text.length;
      continue;
    }
    let at = a;
    while (at < b && LAYOUT_SPACE.test(text[at]!)) at++;
    const mark = at < b ? at : a;
    tokens.push({ text: '', offset: mark, end: mark, fieldStart: true });
    end = at < b ? at + 1 : end;
  }
  // A figure run into the words after it ("2020年…") is the text after the table, not the last cell.
  const last = tokens[tokens.length - 1]!;
  if (last.text !== '' && last.end === to && to < text.length && !/\s/u.test(text[to]!)) return undefined;
  return { tokens, end };
}

/** The last field of a row runs to the end of the line its content (a value or a blank's no-break space) is on. */
function lastFieldEnd(text: string, from: number, to: number): number {
  let seen = false;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '\n' && seen) return i;
    if (!LAYOUT_SPACE.test(ch)) seen = true;
  }
  return to;
}
