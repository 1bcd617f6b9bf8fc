/**
 * A grid as the grid readers hand it to the table finder (one sheet, CSV file or HTML/DOCX table,
 * merged areas expanded), and the few ways the finder reads positions of it: the trimmed text at a
 * position, the grid's width, whether a stretch of a row is empty or holds a value, its first text.
 */
import type { Source } from '../model/location.js';
import { isValueText } from './grid-labels.js';

/** One cell of a grid: its text as shown and where it is in the input. */
export interface GridCell {
  text: string;
  source: Source;
  /**
   * Only on gongkai's own page read back (html.ts: a `td` with `data-cell` and `data-kind`): a cell gongkai
   * wrote with no value of the report's. `missing`: absent from the report — read as no cell, so the
   * report's own cell-missing follows, not a blank. `unread`: gongkai could not read it — no cell, with the
   * extract-failed finding of a converted file's unread cell (unread-cell.ts), `reason` as the page gives it.
   * And from a PDF's table without rules (pdf-grid.ts PdfCell.unsure): `unplaced`, a cell whose text's place
   * does not tell what it holds (a figure wrapped in a narrow cell, rows with no space between them) — no
   * cell, with an extract-failed finding: gongkai could not read it, the report is not at fault.
   */
  absent?: { kind: 'missing' } | { kind: 'unread'; reason: string } | { kind: 'unplaced' };
}

/**
 * A sheet, CSV file or HTML/DOCX table as a grid of rows. Merged areas are already expanded: every
 * covered position carries the merged cell's text (and its source, the top-left cell): the same object,
 * so the table finder can tell a merged cell from cells that happen to hold the same text (a value cell
 * over several table rows: grid-scan.ts mergedOverRows). `undefined` is a position outside the input's cells.
 */
export interface Grid {
  name: string;
  rows: (GridCell | undefined)[][];
}

export function textAt(g: Grid, r: number, c: number): string {
  return g.rows[r]?.[c]?.text.trim() ?? '';
}

export function width(g: Grid): number {
  return g.rows.reduce((w, row) => Math.max(w, row.length), 0);
}

export function rowIsEmpty(g: Grid, r: number, from = 0, to = Number.MAX_SAFE_INTEGER): boolean {
  const row = g.rows[r] ?? [];
  for (let c = Math.max(0, from); c <= Math.min(to, row.length - 1); c++) if ((row[c]?.text.trim() ?? '') !== '') return false;
  return true;
}

/** Does row r hold a number or placeholder in columns from..to? */
export function rowHasValue(g: Grid, r: number, from = 0, to = Number.MAX_SAFE_INTEGER): boolean {
  const row = g.rows[r] ?? [];
  for (let c = Math.max(0, from); c <= Math.min(to, row.length - 1); c++) {
    const cell = row[c];
    if (cell !== undefined && isValueText(cell.text)) return true;
  }
  return false;
}

export function firstText(g: Grid, r: number, from = 0, to = Number.MAX_SAFE_INTEGER): GridCell | undefined {
  const row = g.rows[r] ?? [];
  for (let c = Math.max(0, from); c <= Math.min(to, row.length - 1); c++) {
    const cell = row[c];
    if (cell !== undefined && cell.text.trim() !== '') return cell;
  }
  return undefined;
}
