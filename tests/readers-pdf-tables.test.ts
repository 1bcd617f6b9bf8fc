/**
 * A table that goes on over a page break (src/readers/pdf-tables.ts `tableGrid`): merged labels carried
 * over to the rows of the next page that print none, a group label split at the break joined, a row cut
 * by the break made whole, and a repeated header dropped. Built from table parts as pdf-grid.ts makes
 * them, so each layout is exact, and from small PDFs (tests/support/pdf.ts) for the layouts the
 * generated corpus PDFs showed: a header row cut by the break, the next header row, the next group
 * label, a repeated header, the rest of a two-column row under open sides.
 */
import { describe, expect, it } from 'vitest';
import type { Grid, GridCell } from '../src/readers/grid-cells.js';
import { readPdf } from '../src/readers/pdf-doc.js';
import { placeTables, tableGrid, type PlacedTable } from '../src/readers/pdf-tables.js';
import { furniture } from '../src/readers/pdf-text.js';
import { buildPdf, ruledTable } from './support/pdf.js';
import { tablePart } from './support/pdf-parts.js';

const XS = [50, 80, 150, 250, 300];

/** A table part: rows of texts; a text '^' is the cell above going on (merged down). */
function part(page: number, rows: string[][], top = 800): PlacedTable {
  return tablePart(page, rows, XS, top);
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

  it('table 二\'s block heading cut by the break where its numbering starts ("第二十条第" | "（五）项") is one heading, not a row "（五）项"', () => {
    // (A 公文's 16 pt, the heading wrapped in its merged row: the part below starts like a numbered label.)
    const grid = tableGrid(
      [
        part(3, [['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '0', '0', '0'], ['行政规范性文件', '5', '0', '5'], ['第二十条第', '<', '<', '<']]),
        part(4, [['（五）项', '<', '<', '<'], ['信息内容', '本年处理决定数量', '<', '<'], ['行政许可', '0', '<', '<']]),
      ],
      1,
    );
    expect(texts(grid.rows).map((r) => r[0])).toEqual(['信息内容', '规章', '行政规范性文件', '第二十条第（五）项', '信息内容', '行政许可']);
    // A block heading of its own atop the page stays one ("第二十条第（五）项" under a row of figures, as before).
    const own = tableGrid([part(3, [['规章', '0', '0', '0']]), part(4, [['第二十条第（五）项', '<', '<', '<'], ['信息内容', '本年处理决定数量', '<', '<']])], 1);
    expect(texts(own.rows).map((r) => r[0])).toEqual(['规章', '第二十条第（五）项', '信息内容']);
  });

  // LibreOffice's print of a 公文 whose table 三 sets its group labels in vertical writing (w:textDirection),
  // ruled, a character a line in its narrow cells: a merged cell's text is printed in the part of it on the
  // page where it falls — "（三）不予公开" down its cell from the top of the page after the one that cut the row
  // "8." | "属于行政查询事项". That top row is the rest of "8." (its group label the merged cell's, going on
  // the empty one above the break), and "（二）部分公开", across the group and label columns, is no label of
  // the group column's cell opening the next page; nor is "（三）不予公开" of （四）'s under it.
  it('a group label printed in its merged cell\'s part atop the next page, beside the rest of a cut row: the cut row made whole, no label carried into another group', () => {
    const grid = tableGrid(
      [
        part(8, [['（二）部分公开', '<', '29', '29']]),
        part(9, [
          ['', '1.属于国家秘密', '4', '4'],
          ['^', '7.属于行政执法案卷', '0', '0'],
          ['^', '8.', '0', '0'],
        ]),
        part(10, [
          ['（三）不予公开', '属于行政查询事项', '', '<'],
          ['', '1.本机关不掌握相关政府信息', '75', '75'],
          ['^', '2.没有现成信息需要另行制作', '0', '0'],
        ]),
      ],
      2,
    );
    expect(texts(grid.rows)).toEqual([
      ['（二）部分公开', '（二）部分公开', '29', '29'],
      ['（三）不予公开', '1.属于国家秘密', '4', '4'],
      ['（三）不予公开', '7.属于行政执法案卷', '0', '0'],
      ['（三）不予公开', '8.属于行政查询事项', '0', '0'],
      ['', '1.本机关不掌握相关政府信息', '75', '75'],
      ['', '2.没有现成信息需要另行制作', '0', '0'],
    ]);
  });

  it('a header repeated on the next page is dropped (the table has it), nothing carried into it', () => {
    const grid = tableGrid([part(3, [['项目', '', '自然人', '总计'], ['一、本年新收', '', '23', '23']]), part(4, [['项目', '', '自然人', '总计'], ['二、上年结转', '', '0', '0']])], 1);
    expect(texts(grid.rows)).toEqual([
      ['项目', '', '自然人', '总计'],
      ['一、本年新收', '', '23', '23'],
      ['二、上年结转', '', '0', '0'],
    ]);
    expect(grid.rows[2]![2]!.source).toMatchObject({ page: 4, row: 3 });
  });

  // Word's 重复标题行 in a table without rules (LibreOffice): the header printed again atop the next page,
  // its lines grouped into rows otherwise than on the page before, and beside its last line the rest of the
  // row the break cut (the libreoffice-borderless-repeated-header-pingtan-2021 fixture).
  const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
  it('a header repeated on the next page in rows of another grouping, the rest of a row the break cut among them: the header dropped, the rest joined to its row', () => {
    const grid = tableGrid(
      [
        part(3, [['', NOTE, '法人或其他组织', '总计'], ['', '', '商业企业', ''], ['（四）无法提供', '1.本机关不掌握', '22', '25']]),
        part(4, [['', NOTE, '法人或其他组织', ''], ['', '相关政府信息', '商业企业', '总计'], ['', '2.没有现成信息需要另行制作', '0', '0']]),
      ],
      1,
    );
    expect(texts(grid.rows)).toEqual([
      ['', NOTE, '法人或其他组织', '总计'],
      ['', '', '商业企业', ''],
      ['（四）无法提供', '1.本机关不掌握相关政府信息', '22', '25'],
      ['（四）无法提供', '2.没有现成信息需要另行制作', '0', '0'],
    ]);
    expect(grid.rows[3]![2]!.source).toMatchObject({ page: 4, row: 4 });
  });

  it('the rest of the cut row one character the header has in a heading of its own ("项" of 8.属于行政查询事项, the corner note\'s 第一项): still that rest', () => {
    const grid = tableGrid(
      [
        part(3, [['', NOTE, '法人或其他组织', '总计'], ['', '', '商业企业', ''], ['（三）不予公开', '8.属于行政查询事', '1', '1']]),
        part(4, [['', NOTE, '法人或其他组织', ''], ['', '项', '商业企业', '总计'], ['', '1.本机关不掌握相关政府信息', '0', '0']]),
      ],
      1,
    );
    expect(texts(grid.rows).map((r) => r[1])).toEqual([NOTE, '', '8.属于行政查询事项', '1.本机关不掌握相关政府信息']);
  });

  it('the same headings with other words among them outside the label columns, or fewer of them, are no repeated header', () => {
    const page3 = part(3, [['', NOTE, '法人或其他组织', '总计'], ['', '', '商业企业', ''], ['（四）无法提供', '1.本机关不掌握相关政府信息', '22', '25']]);
    // (A heading of the page's own beside them: not the table's header alone.)
    const other = tableGrid([page3, part(4, [['', NOTE, '法人或其他组织', ''], ['', '', '商业企业', '总计合计'], ['', '2.没有现成信息需要另行制作', '0', '0']])], 1);
    expect(texts(other.rows)).toHaveLength(6);
    // (Two headings: the rest of a header row cut by the break, not the header again.)
    const two = tableGrid([page3, part(4, [['', '', '商业企业', '总计'], ['', '2.没有现成信息需要另行制作', '0', '0']])], 1);
    expect(texts(two.rows).map((r) => r.join('|'))).toContain('||商业企业|总计');
  });
});

/** The grids the PDF reader makes of a PDF's tables (as pdf.ts does: page furniture set aside, tables placed and joined over breaks). */
async function pdfTables(pages: string[]): Promise<Grid[]> {
  const doc = await readPdf(buildPdf(pages.map((content) => ({ content }))));
  const skip = furniture(doc.pages.map((p) => ({ page: p.page, height: p.height, items: p.items, rulings: p.rulings })));
  return placeTables(doc.pages, skip).groups.map((g, i) => tableGrid(g, i + 1));
}
const pdfGrids = async (pages: string[]): Promise<string[][][]> => (await pdfTables(pages)).map((g) => texts(g.rows));

// Four columns; a table ending at the foot of page 1 (rows from y 150 down to 50) and going on at the top of page 2.
const X4 = [60, 180, 260, 340, 420];
const foot = (n: number): number[] => Array.from({ length: n + 1 }, (_, i) => 50 + (n - i) * 25);
const head = (n: number): number[] => Array.from({ length: n + 1 }, (_, i) => 790 - i * 25);

describe('a table over a page break, in a PDF', () => {
  it('a header row cut by the break ("社会公益" | "组织") is one row; the rows below keep their numbers', async () => {
    const [table] = await pdfTables([
      ruledTable(X4, foot(2), [['项目', '申请人情况', '<', '<'], ['^', '自然人', '社会公益', '总计']]),
      ruledTable(X4, head(2), [['', '', '组织', ''], ['一、本年新收', '5', '1', '6']]),
    ]);
    expect(table!.rows[2]![1]!.source).toMatchObject({ page: 2, row: 3, col: 2 });
    expect(texts(table!.rows)).toEqual([
      ['项目', '申请人情况', '申请人情况', '申请人情况'],
      ['项目', '自然人', '社会公益组织', '总计'],
      ['一、本年新收', '5', '1', '6'],
    ]);
  });

  it('the next header row at the top of the page ("行政复议" over "结果维持" …) is a row of its own', async () => {
    const [grid] = await pdfGrids([
      ruledTable(X4, foot(1), [['行政复议', '<', '行政诉讼', '<']]),
      ruledTable(X4, head(2), [['结果维持', '总计', '结果维持', '总计'], ['0', '0', '1', '1']]),
    ]);
    expect(grid).toEqual([
      ['行政复议', '行政复议', '行政诉讼', '行政诉讼'],
      ['结果维持', '总计', '结果维持', '总计'],
      ['0', '0', '1', '1'],
    ]);
  });

  it('a group label that starts with its own numbering at the top of the page is the next group, not the rest of the last', async () => {
    const [grid] = await pdfGrids([
      ruledTable(X4, foot(2), [['（四）无法提供', '1.本机关不掌握', '3', '3'], ['^', '2.没有现成信息', '0', '0']]),
      ruledTable(X4, head(2), [['（五）不予处理', '1.信访举报投诉', '0', '0'], ['^', '2.重复申请', '1', '1']]),
    ]);
    expect(grid!.map((r) => r[0])).toEqual(['（四）无法提供', '（四）无法提供', '（五）不予处理', '（五）不予处理']);
  });

  it('a header printed again at the top of the next page is dropped', async () => {
    const header = [['项目', '自然人', '其他', '总计']];
    const [grid] = await pdfGrids([
      ruledTable(X4, foot(2), [...header, ['一、本年新收', '5', '1', '6']]),
      ruledTable(X4, head(2), [...header, ['二、上年结转', '0', '0', '0']]),
    ]);
    expect(grid).toEqual([['项目', '自然人', '其他', '总计'], ['一、本年新收', '5', '1', '6'], ['二、上年结转', '0', '0', '0']]);
  });

  it('the rest of a two-column row cut by the break, its sides open and one border inside (LibreOffice), joins its row; a figure wrapped in its cell is one figure', async () => {
    const X2 = [60, 110, 190];
    const [grid] = await pdfGrids([
      ruledTable(X2, foot(2), [['规章', '0'], ['行政事', '24252.31\n1082']], { open: true }),
      ruledTable(X2, head(1), [['业性收费', '']], { open: true }),
    ]);
    expect(grid).toEqual([['规章', '0'], ['行政事业性收费', '24252.311082']]);
  });
});
