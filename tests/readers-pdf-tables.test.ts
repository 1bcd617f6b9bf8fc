/**
 * A table that goes on over a page break (src/readers/pdf-tables.ts `tableGrid`): merged labels carried
 * over to the rows of the next page that print none, a group label split at the break joined, a row cut
 * by the break made whole, and a repeated header left as it is. Built from table parts as pdf-grid.ts
 * makes them, so each layout is exact.
 */
import { describe, expect, it } from 'vitest';
import type { GridCell } from '../src/readers/grid-cells.js';
import type { PdfCell, PdfTable } from '../src/readers/pdf-grid.js';
import type { PageContent } from '../src/readers/pdf-page.js';
import { tableGrid, type PlacedTable } from '../src/readers/pdf-tables.js';

const XS = [50, 80, 150, 250, 300];

/** A table part: rows of texts; a text '^' is the cell above going on (merged down). */
function part(page: number, rows: string[][], top = 800): PlacedTable {
  const ys = Array.from({ length: rows.length + 1 }, (_, i) => top - i * 20);
  const cells: PdfCell[][] = [];
  rows.forEach((row, r) => {
    cells.push(
      row.map((text, c) => {
        if (text === '^') {
          const above = cells[r - 1]![c]!;
          above.rows++;
          above.y0 = ys[r + 1]!;
          return above;
        }
        return { text, row: r, col: c, rows: 1, cols: 1, x0: XS[c]!, x1: XS[c + 1]!, y0: ys[r + 1]!, y1: ys[r]! };
      }),
    );
  });
  const p: PageContent = { page, width: 595, height: 842, items: [], rulings: [], images: [] };
  return { page: p, table: { xs: XS, ys, cells, x0: XS[0]!, x1: XS[XS.length - 1]!, y0: ys[ys.length - 1]!, y1: ys[0]! } satisfies PdfTable, firstOnPage: true, lastOnPage: true };
}

const texts = (rows: (GridCell | undefined)[][]): string[][] => rows.map((r) => r.map((c) => c?.text ?? ''));

describe('a table over a page break', () => {
  it('merged labels printed only on the first page are carried over to the next page’s rows', () => {
    const grid = tableGrid(
      [
        part(3, [
          ['三、本年度办理结果', '（四）无法提供', '1.本机关不掌握相关政府信息', '31'],
        ]),
        part(4, [
          ['', '', '2.没有现成信息需要另行制作', '1'],
          ['^', '^', '3.补正后申请内容仍不明确', '0'],
        ]),
      ],
      2,
    );
    expect(texts(grid.rows)).toEqual([
      ['三、本年度办理结果', '（四）无法提供', '1.本机关不掌握相关政府信息', '31'],
      ['三、本年度办理结果', '（四）无法提供', '2.没有现成信息需要另行制作', '1'],
      ['三、本年度办理结果', '（四）无法提供', '3.补正后申请内容仍不明确', '0'],
    ]);
    // Each value keeps its own page; a carried label keeps the page it is printed on.
    expect(grid.rows[1]![3]!.source.page).toBe(4);
    expect(grid.rows[1]![1]!.source.page).toBe(3);
  });

  it('a group label split at the break ("（四）无" | "法提供") is one label over all its rows', () => {
    const grid = tableGrid(
      [part(3, [['（四）无', '1.本机关不掌握相关政府信息', '31', '0']]), part(4, [['法提供', '2.没有现成信息需要另行制作', '1', '0'], ['^', '3.补正后申请内容仍不明确', '0', '0']])],
      1,
    );
    expect(texts(grid.rows).map((r) => r[0])).toEqual(['（四）无法提供', '（四）无法提供', '（四）无法提供']);
  });

  it('a row cut by the break (its labels go on at the top of the next page) is one row', () => {
    const grid = tableGrid([part(3, [['（三）不予公开', '4.保护第三', '0', '0']]), part(4, [['', '方合法权益', '', ''], ['^', '5.属于三类内部事务信息', '0', '0']])], 1);
    expect(texts(grid.rows)).toEqual([
      ['（三）不予公开', '4.保护第三方合法权益', '0', '0'],
      ['（三）不予公开', '5.属于三类内部事务信息', '0', '0'],
    ]);
  });

  it('a header repeated on the next page is left as it is, nothing carried into it', () => {
    const grid = tableGrid([part(3, [['项目', '', '自然人', '总计'], ['一、本年新收', '', '23', '23']]), part(4, [['项目', '', '自然人', '总计'], ['二、上年结转', '', '0', '0']])], 1);
    expect(texts(grid.rows)).toEqual([
      ['项目', '', '自然人', '总计'],
      ['一、本年新收', '', '23', '23'],
      ['项目', '', '自然人', '总计'],
      ['二、上年结转', '', '0', '0'],
    ]);
  });
});
