/** Table parts for tests of pdf-tables.ts tableGrid, built from rows of texts (no PDF needed). */
import type { PdfCell, PdfTable } from '../../src/readers/pdf-grid.js';
import type { PageContent } from '../../src/readers/pdf-page.js';
import type { PlacedTable } from '../../src/readers/pdf-tables.js';

/**
 * A table part on page `page` with column edges `xs`: rows of texts, each row `rowHeight` points tall from
 * `top` down; a text '^' is the cell above going on (merged down), '<' the cell before it (merged across).
 */
export function tablePart(page: number, rows: string[][], xs: number[], top = 800, rowHeight = 20): PlacedTable {
  const ys = Array.from({ length: rows.length + 1 }, (_, i) => top - i * rowHeight);
  const cells: PdfCell[][] = [];
  rows.forEach((row, r) => {
    const out: PdfCell[] = [];
    cells.push(out);
    row.forEach((text, c) => {
      out.push(((): PdfCell => {
        if (text === '^') {
          const above = cells[r - 1]![c]!;
          above.rows++;
          above.y0 = ys[r + 1]!;
          return above;
        }
        if (text === '<') {
          const before = cells[r]![c - 1]!;
          before.cols++;
          before.x1 = xs[c + 1]!;
          return before;
        }
        return { text, row: r, col: c, rows: 1, cols: 1, x0: xs[c]!, x1: xs[c + 1]!, y0: ys[r + 1]!, y1: ys[r]! };
      })());
    });
  });
  const p: PageContent = { page, width: 595, height: 842, items: [], rulings: [], images: [] };
  return { page: p, table: { xs, ys, cells, x0: xs[0]!, x1: xs[xs.length - 1]!, y0: ys[ys.length - 1]!, y1: ys[0]! } satisfies PdfTable, firstOnPage: true, lastOnPage: true };
}
