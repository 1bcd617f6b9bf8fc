/**
 * Tables whose cells each draw their own border (cellspacing, border-collapse: separate), cut by a page
 * break (#16): the part of a merged cell that goes on past the top and bottom of a page (Chromium slices
 * its box: its two sides and no rule across) is a column of the table on that page (pdf-grid.ts
 * tablesOf), and the foot of a page where only cells of the rows above go on is no row (pdf-tables.ts
 * tableGrid). The printed cases are fixtures/readers/pdf/chromium-agency-page-pingtan-2020, -2024 and
 * -seed-tianmen-2021 (tests/readers-pdf-fixtures.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { GridCell } from '../src/readers/grid-cells.js';
import { pageTables, type PdfCell, type PdfTable } from '../src/readers/pdf-grid.js';
import type { PageContent, Ruling, TextItem } from '../src/readers/pdf-page.js';
import { tableGrid, type PlacedTable } from '../src/readers/pdf-tables.js';

const h = (at: number, from: number, to: number): Ruling => ({ horizontal: true, at, from, to });
const v = (at: number, from: number, to: number): Ruling => ({ horizontal: false, at, from, to });
const item = (text: string, x: number, y: number): TextItem => ({ text, x0: x, y0: y, x1: x + 10 * text.length, y1: y + 10, size: 10, font: 'F1', vertical: false });

/** Each cell's own box, 1.5 points inside the grid lines: what cellspacing draws. */
function ownBorders(xs: number[], ys: number[], from = 0): Ruling[] {
  const out: Ruling[] = [];
  for (let r = 0; r + 1 < ys.length; r++) {
    for (let c = from; c + 1 < xs.length; c++) {
      const [x0, x1, y1, y0] = [xs[c]! + 1.5, xs[c + 1]!, ys[r]!, ys[r + 1]! + 1.5];
      out.push(h(y1, x0, x1), h(y0, x0, x1), v(x0, y0, y1), v(x1, y0, y1));
    }
  }
  return out;
}

describe('the part of a merged cell sliced by the page break', () => {
  // Columns: 三、本年度办理结果 (7–66), the label (66–226), two figures. The page is all inside the
  // merged 三、本年度办理结果 cell: its sides run the page's height, nothing across.
  const xs = [7, 66, 226, 260, 290];
  const ys = [842, 786, 730, 674, 0];
  const side = [v(7, 0, 842), v(66, 0, 842)];
  const rows = ownBorders(xs, ys, 1);
  const items = [item('1.属于国家秘密', 70, 810), item('0', 240, 810), item('2.其他', 70, 750), item('3', 240, 750)];

  it('is the first column of the table on that page: one empty cell over all its rows', () => {
    const { tables } = pageTables([...side, ...rows], items);
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect(t.x0).toBeCloseTo(7, 0);
    expect(t.cells[0]![1]!.text).toBe('1.属于国家秘密');
    const first = new Set(t.cells.map((r) => r[0]));
    expect(first.size).toBe(1);
    expect([...first][0]!.text).toBe('');
  });

  it('without it the table starts at the label column (the rows alone)', () => {
    expect(pageTables(rows, items).tables[0]!.x0).toBeGreaterThan(60);
  });

  it('a line of another extent beside the table is not part of it', () => {
    const { tables } = pageTables([v(7, 300, 842), v(66, 0, 842), ...rows], items);
    expect(tables[0]!.x0).toBeGreaterThan(60);
  });
});

const XS = [50, 80, 150, 250, 300];

/** A table part: rows of texts; '^' is the cell above going on, '<' the cell to the left. */
function part(page: number, rows: string[][]): PlacedTable {
  const ys = Array.from({ length: rows.length + 1 }, (_, i) => 800 - i * 20);
  const cells: PdfCell[][] = [];
  rows.forEach((row, r) => {
    const line: PdfCell[] = [];
    row.forEach((text, c) => {
      if (text === '^' || text === '<') {
        const cell = text === '^' ? cells[r - 1]![c]! : line[c - 1]!;
        if (text === '^') (cell.rows++, (cell.y0 = ys[r + 1]!));
        else (cell.cols++, (cell.x1 = XS[c + 1]!));
        line.push(cell);
        return;
      }
      line.push({ text, row: r, col: c, rows: 1, cols: 1, x0: XS[c]!, x1: XS[c + 1]!, y0: ys[r + 1]!, y1: ys[r]! });
    });
    cells.push(line);
  });
  const p: PageContent = { page, width: 595, height: 842, items: [], rulings: [], images: [] };
  return { page: p, table: { xs: XS, ys, cells, x0: XS[0]!, x1: XS[XS.length - 1]!, y0: ys[ys.length - 1]!, y1: ys[0]! } satisfies PdfTable, firstOnPage: true, lastOnPage: true };
}

const texts = (rows: (GridCell | undefined)[][]): string[][] => rows.map((r) => r.map((c) => c?.text ?? ''));

describe('the foot of a page where only cells of the rows above go on', () => {
  it('is no row: a header cut inside its two-row headings is one header again (table 四)', () => {
    const grid = tableGrid(
      [
        part(6, [
          ['行政复议', '<', '行政诉讼', '<'],
          ['结果', '其他', '未经复议直接起诉', '<'],
          ['^', '^', '', '<'],
        ]),
        part(7, [
          ['维持', '结果', '结果维持', '总计'],
          ['0', '1', '2', '3'],
        ]),
      ],
      3,
    );
    expect(texts(grid.rows)).toEqual([
      ['行政复议', '行政复议', '行政诉讼', '行政诉讼'],
      ['结果维持', '其他结果', '未经复议直接起诉', '未经复议直接起诉'],
      ['结果维持', '其他结果', '结果维持', '总计'],
      ['0', '1', '2', '3'],
    ]);
    // The rows of the next page are numbered after the header, the foot not counted.
    expect(grid.rows[3]![0]!.source).toMatchObject({ page: 7, row: 4 });
  });

  it('is no row between a group and the next one (table 三)', () => {
    const grid = tableGrid(
      [part(6, [['三、本年度办理结果', '（二）部分公开', '6', '0'], ['^', '', '<', '<']]), part(7, [['', '（三）不予公开', '0', '0']])],
      2,
    );
    expect(texts(grid.rows)).toEqual([
      ['三、本年度办理结果', '（二）部分公开', '6', '0'],
      ['三、本年度办理结果', '（三）不予公开', '0', '0'],
    ]);
  });

  it('a foot with text of its own is a row', () => {
    const grid = tableGrid([part(6, [['三、本年度办理结果', '（二）部分公开', '6', '0'], ['^', '（三）不', '0', '0']]), part(7, [['', '予公开', '1', '1']])], 2);
    expect(grid.rows).toHaveLength(3);
  });
});

describe('a header cut by the break inside its wrapped headings', () => {
  it('"其他" | "结果" goes on under 其他 though "结果" | "维持" stands beside it above the break', () => {
    const grid = tableGrid(
      [
        part(5, [
          ['行政复议', '<', '行政诉讼', '<'],
          ['结果维持', '其他结果', '结果', '其他'],
        ]),
        part(6, [
          ['', '', '维持', '结果'],
          ['0', '0', '1', '2'],
        ]),
      ],
      3,
    );
    expect(texts(grid.rows)).toEqual([
      ['行政复议', '行政复议', '行政诉讼', '行政诉讼'],
      ['结果维持', '其他结果', '结果维持', '其他结果'],
      ['0', '0', '1', '2'],
    ]);
  });

  it('a header printed again on the next page is not the rest of the one above', () => {
    const grid = tableGrid([part(5, [['行政复议', '<', '行政诉讼', '<'], ['结果', '其他', '结果', '其他']]), part(6, [['行政复议', '<', '行政诉讼', '<'], ['0', '0', '1', '2']])], 3);
    // The headings above the break are not joined with the repeated ones ("结果行政复议").
    expect(texts(grid.rows)[1]).toEqual(['结果', '其他', '结果', '其他']);
  });
});
