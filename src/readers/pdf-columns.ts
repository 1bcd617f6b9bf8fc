/**
 * Tables a PDF prints without ruling lines: runs of text lines that each hold pieces set well apart
 * (columns), at least two of them with a figure. Their column edges come from where the pieces of the
 * lines with figures sit (the gaps between the pieces are the borders a ruled table would draw); their
 * rows are the lines. The result has the shape of a ruled table (pdf-grid.ts), so it is placed, continued
 * over page breaks and handed to the table finder the same way.
 */
import { isValueText } from './grid-labels.js';
import { joinPieces, readingOrder, type PdfCell, type PdfTable } from './pdf-grid.js';
import type { TextItem } from './pdf-page.js';

interface Segment {
  items: TextItem[];
  x0: number;
  x1: number;
  text: string;
}

interface Line {
  segments: Segment[];
  top: number;
  bottom: number;
  size: number;
}

/** Pieces of one line set apart by more than this many font sizes are in different columns. */
const GAP = 1.5;

function segments(line: TextItem[]): Segment[] {
  const out: Segment[] = [];
  for (const it of line) {
    const last = out[out.length - 1];
    if (last && it.x0 - last.x1 <= Math.max(it.size * GAP, 6)) {
      last.items.push(it);
      last.x1 = Math.max(last.x1, it.x1);
    } else out.push({ items: [it], x0: it.x0, x1: it.x1, text: '' });
  }
  for (const s of out) s.text = joinPieces(s.items.map((i) => i.text));
  return out;
}

const hasValue = (l: Line): boolean => l.segments.some((s) => isValueText(s.text));

/** Tables without rules among these items (those outside any ruled table), and the items left. */
export function unruledTables(items: TextItem[]): { tables: PdfTable[]; outside: TextItem[] } {
  const lines: Line[] = readingOrder(items.filter((i) => !i.vertical)).map((l) => ({
    segments: segments(l),
    top: Math.max(...l.map((i) => i.y1)),
    bottom: Math.min(...l.map((i) => i.y0)),
    size: Math.max(...l.map((i) => i.size)),
  }));
  const tables: PdfTable[] = [];
  const taken = new Set<TextItem>();
  let k = 0;
  while (k < lines.length) {
    // A run of lines of two pieces or more, close one under the other; a line of one piece (a block's
    // group label, "第二十条第（五）项") belongs to it when a line of columns follows it.
    const close = (a: number, b: number): boolean => lines[a]!.bottom - lines[b]!.top <= lines[b]!.size * 3;
    const columns = (j: number): boolean => (lines[j]?.segments.length ?? 0) >= 2;
    const fits = (j: number): boolean => columns(j) || (j + 1 < lines.length && columns(j + 1) && close(j, j + 1));
    let end = k;
    while (end < lines.length && fits(end) && (end === k || close(end - 1, end))) end++;
    while (end > k && !columns(end - 1)) end--;
    const block = lines.slice(k, end);
    if (block.filter(hasValue).length >= 2) {
      tables.push(tableOf(block));
      for (const l of block) for (const s of l.segments) for (const i of s.items) taken.add(i);
    }
    k = Math.max(end, k + 1);
  }
  return { tables, outside: items.filter((i) => !taken.has(i)) };
}

/** The column edges of a block from its lines with figures, and one cell per line and column. */
function tableOf(block: Line[]): PdfTable {
  // Column spans: the pieces of the lines with figures, overlapping ones taken together.
  const spans = block
    .filter(hasValue)
    .flatMap((l) => l.segments.map((s) => [s.x0, s.x1] as [number, number]))
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const left = Math.min(...block.flatMap((l) => l.segments.map((s) => s.x0))) - 1;
  const right = Math.max(...block.flatMap((l) => l.segments.map((s) => s.x1))) + 1;
  const xs = [left, ...merged.slice(1).map(([a], i) => (merged[i]![1] + a) / 2), right];
  const ys = [block[0]!.top + 1, ...block.slice(1).map((l, i) => (block[i]!.bottom + l.top) / 2), block[block.length - 1]!.bottom - 1];
  const C = xs.length - 1;
  const cells: PdfCell[][] = block.map((line, r) => {
    const row: PdfCell[] = Array.from({ length: C }, (_, c) => ({ text: '', row: r, col: c, rows: 1, cols: 1, x0: xs[c]!, x1: xs[c + 1]!, y0: ys[r + 1]!, y1: ys[r]! }));
    for (const s of line.segments) {
      const mid = (s.x0 + s.x1) / 2;
      const c = Math.max(0, xs.findIndex((x, i) => i < C && mid >= x && mid <= xs[i + 1]!));
      row[c]!.text = joinPieces([row[c]!.text, s.text]);
    }
    return row;
  });
  return { xs, ys, cells, x0: left, x1: right, y0: ys[ys.length - 1]!, y1: ys[0]! };
}
