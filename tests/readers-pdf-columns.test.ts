/**
 * Tables a PDF prints without ruling lines (src/readers/pdf-columns.ts): columns from where the pieces
 * of the lines with figures sit, rows from the lines, then the same table finder as every grid format.
 * Made here from positioned text items (what pdfjs hands the reader), so the layout is exact.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../src/model/cell.js';
import { findTables } from '../src/readers/grid.js';
import { unruledTables } from '../src/readers/pdf-columns.js';
import type { PageContent, Ruling, TextItem } from '../src/readers/pdf-page.js';
import { placeTables, tableGrid } from '../src/readers/pdf-tables.js';

/** One line of pieces: [text, x] at baseline y, 10.5 pt. */
function line(y: number, pieces: [string, number][]): TextItem[] {
  return pieces.map(([text, x]) => ({ text, x0: x, x1: x + text.length * 10.5, y0: y - 1.5, y1: y + 9, size: 10.5, font: 'f', vertical: false }));
}

const page: PageContent = { page: 2, width: 595, height: 842, items: [], rulings: [], images: [] };

/** Table `t` as the label matching reads it from these table parts: its cells, and each one's value (a number, else the cell's kind). */
function readTable(groups: Parameters<typeof tableGrid>[0][], t: 't2' | 't3' | 't4'): { cells: Record<string, Cell | undefined>; value: (k: string) => unknown } {
  const cells: Record<string, Cell | undefined> = findTables(groups.map((g, i) => tableGrid(g, i + 1))).tables[t]?.cells ?? {};
  return { cells, value: (k) => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind) };
}

/**
 * Pieces [text, x0, x1] in 16 pt whose tops stand at y1, each with where its characters start (as the
 * reader's items have them; an even share of the piece's width): positions from prints in a 公文's 16 pt.
 */
function top16(y1: number, pieces: [string, number, number][]): TextItem[] {
  return pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y1 - 16, y1, size: 16, font: 'f', vertical: false, xs: [...text].map((_, i) => (i * (x1 - x0)) / text.length) }));
}

/** The same in 12.24 pt: a browser's print of a page set as a 公文 (16 pt on 28-point lines), scaled to the page. */
function top12(y1: number, pieces: [string, number, number][]): TextItem[] {
  return pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y1 - 12.24, y1, size: 12.24, font: 'f', vertical: false, xs: [...text].map((_, i) => (i * (x1 - x0)) / text.length) }));
}

/** The same in 9 pt: a browser's print of the official-layout page (12-pixel text), scaled to the page. */
function top9(y1: number, pieces: [string, number, number][]): TextItem[] {
  return pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y1 - 9, y1, size: 9, font: 'f', vertical: false, xs: [...text].map((_, i) => (i * (x1 - x0)) / text.length) }));
}

/** Table 四's rows, each as [结果维持, 结果纠正, 其他结果, 尚未审结, 总计]. */
function table4(value: (k: string) => unknown): unknown[][] {
  return ['review', 'suit_direct', 'suit_after_review'].map((r) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => value(`${r}.${c}`)));
}

/** Table 三's header in 16 pt, its lines closing at y 565.1 (positions from a print of a corpus report in a 公文's 16 pt, borders off). */
function head16(): TextItem[] {
  const at = top16;
  return [
    ...at(705.1, [['社', 403.9, 419.9], ['法', 439.2, 455.2]]),
    ...at(691.1, [['（本列数据的', 77.8, 173.8], ['勾稽', 173.8, 205.8], ['关系为：', 205.8, 269.8], ['第', 269.8, 285.8]]),
    ...at(677.1, [['自', 302.3, 318.3], ['商', 333.1, 349.1], ['科', 368.5, 384.5], ['会', 403.9, 419.9], ['律', 439.2, 455.2]]),
    ...at(663.1, [['一项', 77.8, 109.8], ['加第二', 109.8, 157.8], ['项', 157.8, 173.8], ['之', 173.8, 189.8], ['和，等于', 189.8, 253.8], ['第', 253.8, 269.8], ['三', 269.8, 285.8], ['总', 496.9, 512.9]]),
    ...at(649.1, [['然', 302.3, 318.3], ['业', 333.1, 349.1], ['研', 368.5, 384.5], ['公', 403.9, 419.9], ['服', 439.2, 455.2], ['其', 470.3, 486.3]]),
    ...at(635.1, [['项', 117.8, 133.8], ['加第', 133.8, 165.8], ['四', 165.8, 181.8], ['项', 181.8, 197.8], ['之', 197.8, 213.8], ['和）', 213.8, 245.8], ['计', 496.9, 512.9]]),
    ...at(621.1, [['人', 302.3, 318.3], ['企', 333.1, 349.1], ['机', 368.5, 384.5], ['益', 403.9, 419.9], ['务', 439.2, 455.2], ['他', 470.3, 486.3]]),
    ...at(593.1, [['业', 333.1, 349.1], ['构', 368.5, 384.5], ['组', 403.9, 419.9], ['机', 439.2, 455.2]]),
    ...at(565.1, [['织', 403.9, 419.9], ['构', 439.2, 455.2]]),
  ];
}

/**
 * Rows 一 and 二 of table 三 in 16 pt, centred in their rows, 217 and 218 wrapped over three lines ("2" | "1" on
 * the row's line | "7"): the first line's top at `y1` (positions from the print head16 is from).
 */
function rows16(y1: number): TextItem[] {
  const at = (y: number, pieces: [string, number, number][]): TextItem[] => top16(y - 593.1 + y1, pieces);
  return [
    ...at(593.1, [['2', 305.0, 315.2], ['2', 499.7, 509.9]]),
    ...at(579.1, [['一、本年新收政府信息公开申', 77.8, 285.8]]),
    ...at(565.1, [['1', 305.0, 315.2], ['1', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['1', 499.7, 509.9]]),
    ...at(551.1, [['请数量', 157.8, 205.8]]),
    ...at(537.1, [['7', 305.0, 315.2], ['8', 499.7, 509.9]]),
    ...at(509.1, [['二、上年', 77.8, 141.8], ['结转', 141.8, 173.8], ['政府信息公开申', 173.8, 285.8]]),
    ...at(495.1, [['0', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['0', 499.7, 509.9]]),
    ...at(481.1, [['请数量', 157.8, 205.8]]),
  ];
}

/** Table 四's header in 16 pt, its first line (行政复议 | 行政诉讼) at the top `y` (positions from a print of a corpus report in a 公文's 16 pt, borders off, text at the top of the cells). */
function head4of16(y: number): TextItem[] {
  return [
    ...top16(y, [['行政复议', 109.9, 173.9], ['行政诉讼', 335.6, 399.6]]),
    ...top16(y - 28, [['结', 74.6, 90.6], ['结', 106.2, 122.2], ['其', 137.9, 153.9], ['尚', 169.5, 185.5], ['总', 198.8, 214.8], ['未', 228.4, 244.4], ['经复议', 244.4, 292.4], ['直接起', 292.4, 340.4], ['诉', 340.4, 356.4], ['复议', 402.8, 434.8], ['后起', 434.8, 466.8], ['诉', 466.8, 482.8]]),
    ...top16(y - 56, [['果', 74.6, 90.6], ['果', 106.2, 122.2], ['他', 137.9, 153.9], ['未', 169.5, 185.5], ['计', 198.8, 214.8], ['结', 225.0, 241.0], ['结', 256.6, 272.6], ['其', 288.3, 304.3], ['尚', 320.0, 336.0], ['总', 349.2, 365.2], ['结', 375.4, 391.4], ['结', 407.1, 423.1], ['其', 438.7, 454.7], ['尚', 470.4, 486.4], ['总', 499.7, 515.7]]),
    ...top16(y - 84, [['维', 74.6, 90.6], ['纠', 106.2, 122.2], ['结', 137.9, 153.9], ['审', 169.5, 185.5], ['果', 225.0, 241.0], ['果', 256.6, 272.6], ['他', 288.3, 304.3], ['未', 320.0, 336.0], ['计', 349.2, 365.2], ['果', 375.4, 391.4], ['果', 407.1, 423.1], ['他', 438.7, 454.7], ['未', 470.4, 486.4], ['计', 499.7, 515.7]]),
    ...top16(y - 112, [['持', 74.6, 90.6], ['正', 106.2, 122.2], ['果', 137.9, 153.9], ['结', 169.5, 185.5], ['维', 225.0, 241.0], ['纠', 256.6, 272.6], ['结', 288.3, 304.3], ['审', 320.0, 336.0], ['维', 375.4, 391.4], ['纠', 407.1, 423.1], ['结', 438.7, 454.7], ['审', 470.4, 486.4]]),
    ...top16(y - 140, [['持', 225.0, 241.0], ['正', 256.6, 272.6], ['果', 288.3, 304.3], ['结', 320.0, 336.0], ['持', 375.4, 391.4], ['正', 407.1, 423.1], ['果', 438.7, 454.7], ['结', 470.4, 486.4]]),
  ];
}

describe('PDF tables without rules', () => {
  it('table 二 set in columns with no lines: every cell read, the body text around it left alone', () => {
    const items = [
      ...line(760, [['二、主动公开政府信息情况', 72]]),
      ...line(740, [['第二十条第（一）项', 200]]),
      ...line(720, [['信息内容', 80], ['本年制发件数', 220], ['本年废止件数', 340], ['现行有效件数', 460]]),
      ...line(700, [['规章', 80], ['0', 250], ['0', 370], ['0', 490]]),
      ...line(680, [['行政规范性文件', 80], ['3', 250], ['0', 370], ['8', 490]]),
      ...line(660, [['第二十条第（五）项', 200]]),
      ...line(640, [['信息内容', 80], ['本年处理决定数量', 300]]),
      ...line(620, [['行政许可', 80], ['9487', 330]]),
      ...line(560, [['2024年，本机关主动公开政府信息124条。', 72]]),
    ];
    const { tables, outside } = unruledTables(items);
    expect(tables.length).toBeGreaterThanOrEqual(1);
    expect(outside.map((i) => i.text)).toContain('2024年，本机关主动公开政府信息124条。');
    expect(outside.map((i) => i.text)).toContain('二、主动公开政府信息情况');
    const grids = tables.map((t, i) => tableGrid([{ page, table: t, firstOnPage: false, lastOnPage: false }], i + 1));
    const found = findTables(grids);
    const cells = found.tables.t2?.cells ?? {};
    const value = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    expect([value('regulations.issued'), value('regulations.repealed'), value('regulations.in_force')]).toEqual([0, 0, 0]);
    expect([value('normative_documents.issued'), value('normative_documents.repealed'), value('normative_documents.in_force')]).toEqual([3, 0, 8]);
    expect(value('licensing.decisions')).toBe(9487);
    expect(cells['licensing.decisions']?.source?.page).toBe(2);
  });

  // Table 二's last blocks on a page of their own in a Word table with its borders off, set as a 公文 is (16 pt,
  // lines exactly 28 points apart; LibreOffice; positions from such a print of pingtan-2019): block (九)'s
  // wide 采购总金额 (75394432.52) overlaps the figures of two columns of block (六) above, which the lines
  // then do not tell apart.
  // 2019's table 二: blocks of three columns of figures over blocks of two, each block's figures centred in
  // its own cells, and the amount 75394432.52 as wide as two columns. It once joined the second and third
  // columns of the blocks above into one (their figures then two in one column's place, left unread).
  it('table 二 of 2019 without rules: each block\'s figures in their own columns, the wide amount joining none', () => {
    const at = (y: number, pieces: [string, number, number][]): TextItem[] =>
      pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y, y1: y + 16, size: 16, font: 'f', vertical: false }));
    const items = [
      ...at(689.1, [['行政处罚', 125.0, 189.0], ['2648', 263.0, 303.7], ['0', 377.5, 387.7], ['430', 466.6, 497.1]]),
      ...at(661.1, [['行政强制', 125.0, 189.0], ['126', 268.1, 298.6], ['0', 377.5, 387.7], ['25', 471.7, 492.1]]),
      ...at(633.1, [['第二十条第（八）项', 220.4, 364.4]]),
      ...at(577.1, [['信息内容', 125.0, 189.0], ['上一年项目数量', 259.3, 307.3], ['本年增/减', 384.0, 453.4]]),
      ...at(521.1, [['行政事业性收费', 101.0, 213.0], ['35', 273.2, 293.6], ['0', 413.6, 423.8]]),
      ...at(493.1, [['第二十条第（九）项', 220.4, 364.4]]),
      ...at(451.1, [['信息内容', 125.0, 189.0], ['采购项目数量', 259.3, 307.3], ['采购总金额', 378.7, 458.7]]),
      ...at(409.1, [['政府集中采购', 109.0, 205.0], ['135', 268.1, 298.6], ['75394432.52', 365.3, 472.1]]),
    ];
    const { tables } = unruledTables(items);
    expect(tables).toHaveLength(1);
    const grid = tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1);
    // (Each cell once: a figure under a heading across two columns is one cell across them.)
    const figures = (label: string): string[] => [...new Set(grid.rows.find((r) => r.some((c) => c?.text === label)))].map((c) => c?.text ?? '').filter((t) => /^[\d.]+$/.test(t));
    expect(figures('行政处罚')).toEqual(['2648', '0', '430']);
    expect(figures('行政强制')).toEqual(['126', '0', '25']);
    expect(figures('行政事业性收费')).toEqual(['35', '0']);
    expect(new Set(figures('政府集中采购'))).toEqual(new Set(['135', '75394432.52']));
    // Each figure under its own block's heading: 0 (本年增/减 of 行政事业性收费) across the columns its heading is
    // across (the blocks above's from their second on, as the table merges them), not in 行政处罚's 0's alone.
    const columns = (label: string, text: string): number[] => grid.rows.find((r) => r.some((c) => c?.text === label))!.flatMap((c, i) => (c?.text === text ? [i] : []));
    expect(columns('行政事业性收费', '0')).toEqual(columns('本年增/减', '本年增/减'));
    expect(columns('本年增/减', '本年增/减').length).toBeGreaterThan(1);
    expect(grid.rows.flat().some((c) => /^\d+ \d+$/.test(c?.text ?? '') || c?.absent)).toBe(false);
  });

  it('a paragraph with figures in it is not a table', () => {
    const items = [...line(700, [['本年新收申请95件，', 72], ['办结95件。', 262]]), ...line(680, [['其中予以公开50件。', 72]])];
    expect(unruledTables(items).tables).toEqual([]);
  });

  // Table 三 and 四 as a web page prints them when its style removes every border (Chromium; positions
  // from such a print of a corpus page, 9 pt): labels wrapped around the row's figures, group labels
  // beside the middle of their rows, headings over headings, table 四's one row of figures.
  it('table 三 without rules: wrapped labels go with the figures they stand around, group labels beside, headings stacked', () => {
    const figs = (y: number, v: number[]): [string, number][] => v.map((n, i) => [String(n), [308, 345, 383, 423, 466, 505, 541][i]!]);
    const items = [
      ...line(788, [['申请人情况', 404]]),
      ...line(771, [['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加', 37], ['法人或其他组织', 395]]),
      ...line(758, [['第四项之和）', 37]]),
      ...line(756, [['自然人', 297], ['总计', 535]]),
      ...line(754, [['商业', 338], ['科研', 376], ['社会公', 412], ['法律服', 455]]),
      ...line(748, [['其他', 499]]),
      ...line(741, [['企业', 338], ['机构', 376], ['益组织', 412], ['务机构', 455]]),
      ...line(723, [['一、本年新收政府信息公开申请数量', 37], ...figs(723, [71, 3, 0, 0, 0, 0, 74])]),
      ...line(706, [['（二）部分公开（区分处理的，只计这一情形，', 92]]),
      ...line(699, figs(699, [8, 1, 0, 0, 0, 0, 9])),
      ...line(693, [['不计其他情形）', 92]]),
      ...line(675, [['1.属于国家秘密', 141], ...figs(675, [0, 0, 0, 0, 0, 0, 0])]),
      ...line(658, [['2.其他法律行政法规禁止公开', 141], ...figs(658, [2, 0, 0, 0, 0, 0, 2])]),
      ...line(640, [['（三）不', 92], ['3.危及“三安全一稳定”', 145], ...figs(640, [0, 1, 0, 0, 0, 0, 1])]),
      ...line(627, [['予公开', 100]]),
      ...line(622, [['4.保护第三方合法权益', 141], ...figs(622, [5, 0, 0, 0, 0, 0, 5])]),
    ];
    const { tables, outside } = unruledTables(items);
    expect(tables.length).toBe(1);
    expect(outside).toEqual([]);
    const found = findTables([tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1)]);
    const cells = found.tables.t3?.cells ?? {};
    const value = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    expect([value('new.natural'), value('new.commercial'), value('new.total')]).toEqual([71, 3, 74]);
    expect([value('partly_granted.natural'), value('partly_granted.commercial'), value('partly_granted.total')]).toEqual([8, 1, 9]);
    expect([value('denied_state_secret.natural'), value('denied_prohibited.natural'), value('denied_prohibited.total')]).toEqual([0, 2, 2]);
    expect([value('denied_security.commercial'), value('denied_third_party.natural'), value('denied_third_party.total')]).toEqual([1, 5, 5]);
    expect(found.findings.filter((f) => f.ruleId === 'table-extra')).toEqual([]);
  });

  it('table 四 without rules: one row of figures under headings set in the middle of the columns they span', () => {
    const xs = Array.from({ length: 15 }, (_, i) => 40 + 38 * i);
    // Headings wrapped two characters a line ("结果" | "维持"), as in columns as narrow as these.
    const upper = ['结果', '结果', '其他', '尚未', '总计'];
    const lower = ['维持', '纠正', '结果', '审结'];
    const items = [
      ...line(790, [['行政复议', 95], ['行政诉讼', 380]]),
      ...line(772, [['未经复议直接起诉', 264], ['复议后起诉', 469.75]]),
      ...line(754, xs.map((x, i) => [upper[i % 5]!, x - 10.5] as [string, number])),
      ...line(741, xs.flatMap((x, i) => (i % 5 < 4 ? [[lower[i % 5]!, x - 10.5] as [string, number]] : []))),
      ...line(730, xs.map((x, i) => [String([1, 2, 0, 0, 3, 4, 0, 0, 1, 5, 0, 6, 0, 0, 6][i]), x - 3] as [string, number])),
    ];
    const { tables } = unruledTables(items);
    expect(tables.length).toBe(1);
    const found = findTables([tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1)]);
    const cells = found.tables.t4?.cells ?? {};
    const value = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    expect(['review.upheld', 'review.corrected', 'review.total', 'suit_direct.upheld', 'suit_direct.pending', 'suit_direct.total', 'suit_after_review.corrected', 'suit_after_review.total'].map(value)).toEqual([1, 2, 3, 4, 1, 5, 6, 6]);
  });

  // A page's own style: rows padded far apart (gaps of more than three font sizes between them).
  it('table 二 without rules, its rows padded far apart: still one table, every cell read', () => {
    const items = [
      ...line(800, [['第二十条第（一）项', 200]]),
      ...line(755, [['信息内容', 80], ['本年制发件数', 220], ['本年废止件数', 340], ['现行有效件数', 460]]),
      ...line(710, [['规章', 80], ['0', 250], ['0', 370], ['0', 490]]),
      ...line(665, [['行政规范性文件', 80], ['3', 250], ['0', 370], ['8', 490]]),
    ];
    const { tables } = unruledTables(items);
    expect(tables.length).toBe(1);
    const found = findTables([tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1)]);
    const cells = found.tables.t2?.cells ?? {};
    const value = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    expect(['regulations.issued', 'normative_documents.issued', 'normative_documents.in_force'].map(value)).toEqual([0, 3, 8]);
  });

  // Cells set at their left (text-align: left): column headings a short gap apart, figures at the columns' left.
  it('table 三 without rules, set at the cells\' left: headings a short gap apart are each their column\'s', () => {
    const xs = [300, 340, 380, 420, 460, 500, 540];
    const figs = (v: number[]): [string, number][] => v.map((n, i) => [String(n), xs[i]!]);
    const items = [
      ...line(760, [['自然人', 300], ['商业', 340], ['科研', 380], ['社会公', 420], ['法律服', 460], ['其他', 500], ['总计', 540]]),
      ...line(748, [['企业', 340], ['机构', 380], ['益组织', 420], ['务机构', 460]]),
      ...line(723, [['一、本年新收政府信息公开申请数量', 37], ...figs([71, 3, 0, 0, 0, 1, 75])]),
      ...line(705, [['二、上年结转政府信息公开申请数量', 37], ...figs([1, 0, 0, 0, 0, 0, 1])]),
    ];
    const { tables } = unruledTables(items);
    expect(tables.length).toBe(1);
    const found = findTables([tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1)]);
    const cells = found.tables.t3?.cells ?? {};
    const value = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    expect(['new.natural', 'new.commercial', 'new.other', 'new.total', 'carried_over.natural', 'carried_over.total'].map(value)).toEqual([71, 3, 1, 75, 1, 1]);
  });

  // Table 四's header closing one page, its row of figures opening the next with no header repeated.
  it('table 四 without rules over a page break: its headings at the foot of a page, its figures alone at the top of the next', () => {
    const xs = Array.from({ length: 15 }, (_, i) => 40 + 38 * i);
    const upper = ['结果', '结果', '其他', '尚未', '总计'];
    const lower = ['维持', '纠正', '结果', '审结'];
    const foot: TextItem[] = [
      ...line(600, [['前文的最后一段。', 72]]),
      ...line(120, [['行政复议', 95], ['行政诉讼', 380]]),
      ...line(102, [['未经复议直接起诉', 264], ['复议后起诉', 469.75]]),
      ...line(84, xs.map((x, i) => [upper[i % 5]!, x - 10.5] as [string, number])),
      ...line(71, xs.flatMap((x, i) => (i % 5 < 4 ? [[lower[i % 5]!, x - 10.5] as [string, number]] : []))),
    ];
    const figures = [1, 2, 0, 0, 3, 4, 0, 0, 1, 5, 0, 6, 0, 0, 6];
    const top: TextItem[] = [...line(780, xs.map((x, i) => [String(figures[i]), x - 3] as [string, number])), ...line(700, [['五、存在的主要问题及改进情况', 72]])];
    const pages: PageContent[] = [
      { ...page, page: 4, items: foot },
      { ...page, page: 5, items: top },
    ];
    const { groups } = placeTables(pages, new Set());
    expect(groups.length).toBe(1);
    expect(groups[0]!.map((p) => p.page.page)).toEqual([4, 5]);
    const found = findTables(groups.map((g, i) => tableGrid(g, i + 1)));
    const cells = found.tables.t4?.cells ?? {};
    const value = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    expect(['review.upheld', 'review.corrected', 'review.total', 'suit_direct.upheld', 'suit_direct.pending', 'suit_direct.total', 'suit_after_review.corrected', 'suit_after_review.total'].map(value)).toEqual([1, 2, 3, 4, 1, 5, 6, 6]);
    expect(cells['review.upheld']?.source?.page).toBe(5);
  });

  // Table 四 set in 16 pt with its borders off (a 公文's size): 总计's figure 12 wraps in its narrow column,
  // and the page break falls between its lines — "1" closing the page, "2" alone opening the next above the
  // next section's heading. Never "1" for 12.
  describe('a figure wrapped in its narrow cell and cut by the page break between its lines', () => {
    const xs = Array.from({ length: 15 }, (_, i) => 40 + 38 * i);
    const upper = ['结果', '结果', '其他', '尚未', '总计'];
    const lower = ['维持', '纠正', '结果', '审结'];
    const closing = (figure: string): TextItem[] => [
      ...line(600, [['前文的最后一段。', 72]]),
      ...line(160, [['行政复议', 95], ['行政诉讼', 380]]),
      ...line(142, [['未经复议直接起诉', 264], ['复议后起诉', 469.75]]),
      ...line(124, xs.map((x, i) => [upper[i % 5]!, x - 10.5] as [string, number])),
      ...line(111, xs.flatMap((x, i) => (i % 5 < 4 ? [[lower[i % 5]!, x - 10.5] as [string, number]] : []))),
      ...line(93, ['1', '0', '2', '0', '3', '12', '0', '0', '0', figure, '0', '0', '0', '0', '0'].map((t, i) => [t, xs[i]! - (t.length * 10.5) / 2] as [string, number])),
    ];
    const read = (up: string, down: string) => {
      const pages: PageContent[] = [
        { ...page, page: 4, items: closing(up) },
        { ...page, page: 5, items: [...line(780, [[down, xs[9]! - (down.length * 10.5) / 2]]), ...line(750, [['五、存在的主要问题及改进情况', 72]])] },
      ];
      const { groups, outside } = placeTables(pages, new Set());
      const cells = findTables(groups.map((g, i) => tableGrid(g, i + 1))).tables.t4?.cells ?? {};
      const value = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
      return { groups, outside, cells, value };
    };

    it('the piece opening the next page joins the piece closing the page: one figure, upper line first', () => {
      const { groups, outside, cells, value } = read('1', '2');
      expect(groups.map((g) => g.map((p) => p.page.page))).toEqual([[4, 5]]);
      expect(['suit_direct.upheld', 'suit_direct.pending', 'suit_direct.total', 'suit_after_review.upheld'].map(value)).toEqual([12, 0, 12, 0]);
      expect(cells['suit_direct.total']?.source?.page).toBe(4);
      expect(outside.get(5)?.map((i) => i.text)).toEqual(['五、存在的主要问题及改进情况']);
    });

    it('pieces that do not read as one figure\'s lines (the lower longer than the upper): that cell unread, never the upper piece alone', () => {
      const { cells, value } = read('1', '23');
      expect(cells['suit_direct.total']).toBeUndefined();
      expect(['suit_direct.upheld', 'suit_direct.pending', 'review.total'].map(value)).toEqual([12, 0, 3]);
    });
  });

  it('table 四 in 16 pt without rules, its columns two characters wide: 复议后起诉 stays one heading over its five columns, not cut two characters a column', () => {
    // Positions from a print of a corpus report (a 公文 with its tables in 16 pt, borders off): the headings
    // a character a line, "复议后起诉" two characters over each of its first two columns — as column
    // headings run together where cells have no padding are, which are cut at the columns' edges.
    const at = top16;
    const left = [74.6, 106.2, 137.9, 169.5, 198.8];
    const middle = [225.0, 256.6, 288.3, 320.0, 349.2];
    const right = [375.4, 407.1, 438.7, 470.4, 499.7];
    const chars = (y1: number, cols: number[], text: string): TextItem[] => at(y1, [...text].map((ch, i) => [ch, cols[i]!, cols[i]! + 16] as [string, number, number]));
    const figures = [1, 0, 2, 0, 3, 4, 0, 0, 1, 5, 0, 6, 0, 0, 6];
    const figureAt = [77.5, 109.1, 140.8, 172.4, 200.2, 227.9, 259.5, 291.2, 322.9, 350.6, 378.3, 410.0, 441.6, 473.3, 501.1];
    const items: TextItem[] = [
      ...at(419.3, [['行政复议', 109.9, 173.9], ['行政诉讼', 335.6, 399.6]]),
      ...at(391.3, [['未经复议', 228.4, 292.4], ['直接起', 292.4, 340.4], ['诉', 340.4, 356.4], ['复议后', 402.8, 450.8], ['起', 450.8, 466.8], ['诉', 466.8, 482.8]]),
      ...chars(377.3, left, '结结其尚'),
      ...chars(363.3, [...middle.slice(0, 4), ...right.slice(0, 4)], '结结其尚结结其尚'),
      ...chars(349.3, left, '果果他未总'),
      ...chars(335.3, [...middle, ...right], '果果他未总果果他未总'),
      ...chars(321.3, left, '维纠结审计'),
      ...chars(307.3, [...middle, ...right], '维纠结审计维纠结审计'),
      ...chars(293.3, left, '持正果结'),
      ...chars(279.3, [...middle.slice(0, 4), ...right.slice(0, 4)], '持正果结持正果结'),
      ...at(251.3, figures.map((n, i) => [String(n), figureAt[i]!, figureAt[i]! + 10.2] as [string, number, number])),
    ];
    const { tables } = unruledTables(items);
    expect(tables).toHaveLength(1);
    const grid = tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1);
    expect([...new Set(grid.rows[1]!.map((c) => c?.text))].filter((t) => t)).toEqual(['未经复议直接起诉', '复议后起诉']);
    const cells = findTables([grid]).tables.t4?.cells ?? {};
    const value = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    expect(['review.upheld', 'review.other', 'review.total', 'suit_direct.upheld', 'suit_direct.pending', 'suit_direct.total', 'suit_after_review.upheld', 'suit_after_review.corrected', 'suit_after_review.total'].map(value)).toEqual([1, 2, 3, 4, 1, 5, 0, 6, 6]);
  });

  it('table 三 in 16 pt without rules: a row\'s label wrapped over the lines above and below its figures, its two-digit figures wrapped beside those lines — one row, each figure whole', () => {
    // Positions from a print of a corpus report (a 公文 with its tables in 16 pt, borders off): 一、本年新收…
    // over two lines, 20 and 21 wrapped in their narrow cells ("2" | "0", "2" | "1") on those lines, the
    // row's other figures on the line between them. Before, the three lines were three rows, every cell unread.
    const at = top16;
    const items: TextItem[] = [
      ...head16(),
      ...at(537.1, [['一、本年新收政府信息公开申', 77.8, 285.8], ['2', 305.0, 315.2], ['2', 499.7, 509.9]]),
      ...at(523.1, [['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['1', 473.1, 483.3]]),
      ...at(509.1, [['请数', 157.8, 189.8], ['量', 189.8, 205.8], ['0', 305.0, 315.2], ['1', 499.7, 509.9]]),
      ...at(481.1, [['二', 77.8, 93.8], ['、', 93.8, 109.8], ['上', 109.8, 125.8], ['年', 125.8, 141.8], ['结', 141.8, 157.8], ['转', 157.8, 173.8], ['政府信息公开申', 173.8, 285.8]]),
      ...at(467.1, [['0', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['0', 499.7, 509.9]]),
      ...at(453.1, [['请数', 157.8, 189.8], ['量', 189.8, 205.8]]),
    ];
    const { cells } = t3(items);
    expect(row(cells, 'new')).toEqual([20, 0, 0, 0, 0, 1, 21]);
    expect(row(cells, 'carried_over')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // The lower pieces apart from the upper ("2" over "12": not one figure's lines) — unread, never 2 or 12.
    const { cells: unsure } = t3(items.map((i) => (i.y1 === 509.1 && i.x0 === 305.0 ? { ...i, text: '12', x1: 325.4, xs: [0, 10.2] } : i)));
    expect(row(unsure, 'new')[0]).not.toBe(2);
    expect(row(unsure, 'new')[0]).not.toBe(212);
  });

  it('table 三 in 16 pt without rules: two-digit figures wrapped over the lines above and below their row\'s line, beside the lines of a group label or of the row\'s own label wrapped over four lines — each figure whole on its row', () => {
    // Positions from a print of a corpus report (a 公文 with its tables in 16 pt, borders off): 71 of （一）予以公开
    // wrapped "7" | "1" beside "三、本年" and "度办理结" (the group label 三、本年度办理结果), the row's other figures
    // on the line between with its label; 29 of （二）部分公开 beside its own label's lines "（区分处理的，只" and
    // "计这一情形，不计"; 75 of 1.本机关不掌握相关政府信息 beside "无法提" | "不掌握相" and "供" | "关政府信". Before,
    // each such line was a row of its own: the figures unread, the label lines reported as rows outside the format.
    const at = top16;
    const head = head16();
    const items: TextItem[] = [
      ...head,
      ...rows16(537.1),
      ...at(397.1, [['三、本年', 74.6, 138.6], ['7', 305.0, 315.2], ['7', 499.7, 509.9]]),
      ...at(383.1, [['（一）', 165.6, 213.6], ['予', 213.6, 229.6], ['以公开', 229.6, 277.6], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3]]),
      ...at(369.1, [['度办理', 74.6, 122.6], ['结', 122.6, 138.6], ['1', 305.0, 315.2], ['1', 499.7, 509.9]]),
      ...at(341.1, [['果', 98.6, 114.6], ['（二）部分公开', 165.6, 277.6]]),
      ...at(313.1, [['（区分处理的，', 157.6, 269.6], ['只', 269.6, 285.6], ['2', 305.0, 315.2], ['2', 499.7, 509.9]]),
      ...at(299.1, [['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3]]),
      ...at(285.1, [['计', 157.6, 173.6], ['这', 173.6, 189.6], ['一情形，不计', 189.6, 285.6], ['9', 305.0, 315.2], ['9', 499.7, 509.9]]),
      ...at(257.1, [['其他情形）', 181.6, 261.6]]),
      ...at(229.1, [['（三）', 153.4, 201.4], ['1.', 221.0, 236.3], ['属', 236.3, 252.3], ['于国', 252.3, 284.3]]),
      ...at(215.1, [['4', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['4', 499.7, 509.9]]),
      ...at(201.1, [['不', 153.4, 169.4], ['予', 169.4, 185.4], ['公', 185.4, 201.4], ['家', 228.6, 244.6], ['秘密', 244.6, 276.6]]),
      ...at(173.1, [['开', 169.4, 185.4]]),
      ...at(145.1, [['（', 153.4, 169.4], ['四', 169.4, 185.4], ['）', 185.4, 201.4], ['1.', 221.0, 236.3], ['本', 236.3, 252.3], ['机', 252.3, 268.3], ['关', 268.3, 284.3]]),
      ...at(117.1, [['无法', 153.4, 185.4], ['提', 185.4, 201.4], ['不', 220.6, 236.6], ['掌握相', 236.6, 284.6], ['7', 305.0, 315.2], ['7', 499.7, 509.9]]),
      ...at(103.1, [['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3]]),
      ...at(89.1, [['供', 169.4, 185.4], ['关政府信', 220.6, 284.6], ['5', 305.0, 315.2], ['5', 499.7, 509.9]]),
      ...at(61.1, [['息', 244.6, 260.6]]),
    ];
    const { tables, cells } = t3(items);
    expect(row(cells, 'new')).toEqual([217, 1, 0, 0, 0, 0, 218]);
    expect(row(cells, 'carried_over')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(cells, 'granted')).toEqual([71, 0, 0, 0, 0, 0, 71]);
    expect(row(cells, 'partly_granted')).toEqual([29, 0, 0, 0, 0, 0, 29]);
    expect(row(cells, 'denied_state_secret')).toEqual([4, 0, 0, 0, 0, 0, 4]);
    expect(row(cells, 'unable_not_held')).toEqual([75, 0, 0, 0, 0, 0, 75]);
    // The labels' lines are labels of those rows, no row of their own.
    const grid = tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1);
    const labels = grid.rows.map((r) => r.slice(0, 2).map((c) => c?.text ?? '').join('|'));
    expect(labels).toContain('三、本年度办理结果|（一）予以公开');
    expect(labels).toContain('|（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(labels.filter((l) => /^\|(三、本年|度办理结果?|（区分处理的，只|计这一情形)|无法提\||不掌握相$|\|关政府信/.test(l))).toEqual([]);
    // A piece under the row's own figure in its column ("7" over a "1" on the row's line, "1" under it: a figure
    // over three lines, or pieces of the rows around): never taken as the row's — 71 not read from "7" | "1".
    const three = items.map((i) => (i.y1 === 383.1 && i.x0 === 336.0 ? { ...i, x0: 305.0, x1: 315.2 } : i));
    expect(row(t3(three).cells, 'granted')[0]).not.toBe(71);
  });

  it('table 三\'s header in 16 pt without rules cut by the page break inside its cells: "自" | "然人" and "总" | "计" are 自然人 and 总计 again, no column outside the format', () => {
    // Positions from a print of a corpus report (a 公文 with its tables in 16 pt, borders off): the header's
    // first lines close page 3 — 申请人情况, then "自", 法人或其他组织 and "总" — and the rest opens page 4.
    // Before, "计" was a column outside the format and every figure of 总计 missing (a false error each).
    const at = top16;
    const before: TextItem[] = [
      ...at(257.0, [['三、收到和处理政府信息公开申请情况', 72.1, 344.1]]),
      ...at(230.4, [['（本列数据的', 72.1, 168.1], ['勾稽', 168.1, 200.1], ['关系为：第一项加第二项', 200.1, 376.1], ['之', 376.1, 392.1], ['和，等于第三项加', 392.1, 520.1]]),
      ...at(202.4, [['第', 72.1, 88.1], ['四', 88.1, 104.1], ['项', 104.1, 120.1], ['之', 120.1, 136.1], ['和）申请人情况', 136.1, 248.1], ['自然', 248.1, 280.1], ['人', 280.1, 296.1], ['法', 296.1, 312.1], ['人', 312.1, 328.1], ['或', 328.1, 344.1], ['其他', 344.1, 376.1], ['组织', 376.1, 408.1], ['总计商业', 408.1, 472.1], ['企', 472.1, 488.1], ['业', 488.1, 504.1], ['科', 504.1, 520.1]]),
      ...at(174.4, [['研机构', 72.1, 120.1], ['社会公', 120.1, 168.1], ['益 组织 法律服', 168.1, 272.5], ['务', 272.5, 288.5], ['机构', 292.7, 324.7], ['其他', 328.8, 360.8]]),
      ...at(146.4, [['（本列数据的', 77.8, 173.8], ['勾稽', 173.8, 205.8], ['关系为：第', 205.8, 285.8], ['申请人情况', 367.5, 447.5]]),
      ...at(118.4, [['一项加第二项', 77.8, 173.8], ['之', 173.8, 189.8], ['和，等于第三', 189.8, 285.8], ['自', 302.3, 318.3], ['法', 351.4, 367.4], ['人', 367.4, 383.4], ['或', 383.4, 399.4], ['其他', 399.4, 431.4], ['组织', 431.4, 463.4], ['总', 496.9, 512.9]]),
    ];
    const after: TextItem[] = [
      ...at(761.1, [['项加第', 117.8, 165.8], ['四', 165.8, 181.8], ['项', 181.8, 197.8], ['之', 197.8, 213.8], ['和）', 213.8, 245.8], ['社', 403.9, 419.9], ['法', 439.2, 455.2]]),
      ...at(733.1, [['商', 333.1, 349.1], ['科', 368.5, 384.5], ['会', 403.9, 419.9], ['律', 439.2, 455.2]]),
      ...at(705.1, [['然', 302.3, 318.3], ['业', 333.1, 349.1], ['研', 368.5, 384.5], ['公', 403.9, 419.9], ['服', 439.2, 455.2], ['其', 470.3, 486.3]]),
      ...at(691.1, [['计', 496.9, 512.9]]),
      ...at(677.1, [['人', 302.3, 318.3], ['企', 333.1, 349.1], ['机', 368.5, 384.5], ['益', 403.9, 419.9], ['务', 439.2, 455.2], ['他', 470.3, 486.3]]),
      ...at(649.1, [['业', 333.1, 349.1], ['构', 368.5, 384.5], ['组', 403.9, 419.9], ['机', 439.2, 455.2]]),
      ...at(621.1, [['织', 403.9, 419.9], ['构', 439.2, 455.2]]),
      ...rows16(593.1),
    ];
    const { groups } = placeTables([{ ...page, page: 3, items: before }, { ...page, page: 4, items: after }], new Set());
    const t = groups.find((g) => g.some((p) => p.page.page === 4))!;
    expect(t.map((p) => p.page.page)).toEqual([3, 4]);
    const found = findTables([tableGrid(t, 1)]);
    const cells = found.tables.t3?.cells ?? {};
    expect(row(cells, 'new')).toEqual([217, 1, 0, 0, 0, 0, 218]);
    expect(row(cells, 'carried_over')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(found.findings.map((f) => f.ruleId)).not.toContain('table-extra');
    // Only where the two parts make a heading of the format: "总" | "其他" (another column's heading in its place) stays two.
    const other = after.map((i) => (i.text === '计' ? { ...i, text: '其他' } : i));
    const { groups: g2 } = placeTables([{ ...page, page: 3, items: before }, { ...page, page: 4, items: other }], new Set());
    const found2 = findTables([tableGrid(g2.find((g) => g.some((p) => p.page.page === 4))!, 1)]);
    expect(row(found2.tables.t3?.cells ?? {}, 'new')[6]).not.toBe(218);
  });

  it('rules across only, 16 pt: the rest of figures the page break cut, atop the next page over a rule, goes with the row before the break, never into the row under the rule', () => {
    // A Word table keeping only its rules across (no vertical border) in a 公文's 16 pt: （七）总计's 72 and 75
    // wrapped "7" | "2", the row cut by the break after its first line, "2" … "5" atop the next page between
    // two rules, 四、结转 under the second. Before, "2" and "5" were read as the first lines of 四、结转's
    // figures: 20 and 50 there, 7 and 7 for the total — four wrong cells.
    const at = top16;
    const fig = (y: number, v: string[]): TextItem[] =>
      at(y, v.flatMap((t, i) => (t === '' ? [] : [[t, [305.0, 336.0, 371.4, 406.8, 442.1, 473.1, 499.7][i]!, [315.2, 346.2, 381.6, 417.0, 452.3, 483.3, 509.9][i]!] as [string, number, number]])));
    const rule = (y: number): Ruling => ({ horizontal: true, at: y, from: 66.6, to: 517.9 });
    const before: TextItem[] = [
      ...head16(),
      ...rows16(537.1),
      ...at(397.1, [['3.', 229.0, 244.3], ['其他', 244.3, 276.3]]),
      ...fig(397.1, ['0', '2', '0', '0', '0', '0', '2']),
      ...at(368.6, [['（', 181.6, 197.6], ['七', 197.6, 213.6], ['）总计', 213.6, 261.6]]),
      ...fig(368.6, ['7', '3', '0', '0', '0', '0', '7']),
    ];
    const after: TextItem[] = [
      ...fig(760.6, ['2', '', '', '', '', '', '5']),
      ...at(732.1, [['四、结转下年度继续办理', 93.8, 269.8]]),
      ...fig(732.1, ['0', '0', '0', '0', '0', '0', '0']),
    ];
    const pages = (rules: boolean): PageContent[] => [
      { ...page, page: 8, items: before, rulings: rules ? [rule(406.1), rule(377.6), rule(349.1)] : [] },
      { ...page, page: 9, items: after, rulings: rules ? [rule(769.6), rule(741.1), rule(712.6)] : [] },
    ];
    const read = (rules: boolean): Record<string, Cell | undefined> => {
      const t = placeTables(pages(rules), new Set()).groups.find((g) => g.some((p) => p.page.page === 9))!;
      expect(t.map((p) => p.page.page)).toEqual([8, 9]);
      return findTables([tableGrid(t, 1)]).tables.t3?.cells ?? {};
    };
    const ruled = read(true);
    expect(row(ruled, 'total')).toEqual([72, 3, 0, 0, 0, 0, 75]);
    expect(row(ruled, 'carried_forward')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // The same with no rule at all, the table setting its text in the middle of its rows (217 around 一、本年新收's
    // line): pieces opening the page over its first row are the rest of the row the break cut, not that row's
    // figures' first lines — text set in the middle of the cells puts no line of a figure a line above its
    // row's one line of label, but for a figure over three lines, its third line under the label's. Read as the
    // rest, 72 and 75, and 四、结转's own 0 … 0 (before: 7, 7, 20, 50; then 四、结转's unread in those columns).
    const plain = read(false);
    expect(row(plain, 'total')).toEqual([72, 3, 0, 0, 0, 0, 75]);
    expect(row(plain, 'carried_forward')).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('16 pt without rules, table 四\'s headings closing a page and its one line of figures opening the next: a figure wrapped under that line ("1" | "2" of 12) is read whole', () => {
    // A print of pingtan-2021 in a 公文's 16 pt, borders off, text at the top of the cells (positions from it):
    // 未经复议直接起诉's 总计 12 wrapped in its column two characters wide, "2" alone under the line. Before, the
    // page's one line of figures took nothing under it: 1 (a wrong cell).
    const at = top16;
    const before: TextItem[] = [
      ...head4of16(251.3),
    ];
    const after: TextItem[] = [
      ...at(761.1, [['1', 77.5, 87.7], ['0', 109.1, 119.3], ['2', 140.8, 151.0], ['0', 172.4, 182.6], ['3', 200.2, 210.4], ['12', 222.8, 243.2], ['0', 259.5, 269.7], ['0', 291.2, 301.4], ['0', 322.9, 333.1], ['1', 350.6, 360.8], ['0', 378.3, 388.5], ['0', 410.0, 420.2], ['0', 441.6, 451.8], ['0', 473.3, 483.5], ['0', 501.1, 511.3]]),
      ...at(733.1, [['2', 350.6, 360.8]]),
      ...at(698.0, [['五', 72.1, 88.1], ['、存在的主要问题及改进情况', 88.1, 296.1]]),
      ...at(671.3, [['（一）存在的主要问题', 72.1, 232.1], [':', 232.1, 237.5], ['政策解读', 237.5, 301.5], ['形式', 301.5, 333.5], ['不', 333.5, 349.5], ['够丰富', 349.5, 397.5], ['，', 397.5, 413.5], ['未能', 413.5, 445.5], ['充', 445.5, 461.5], ['分', 461.5, 477.5], ['运用', 477.5, 509.5]]),
      ...at(643.3, [['数字化、', 72.1, 136.1], ['图表图', 136.1, 184.1], ['解等', 184.1, 216.1], ['方式', 216.1, 248.1], ['通', 248.1, 264.1], ['俗易懂', 264.1, 312.1], ['地解读政策文件。政务公开', 312.1, 504.1], ['质', 504.1, 520.1]]),
    ];
    const { groups } = placeTables([{ ...page, page: 8, items: before }, { ...page, page: 9, items: after }], new Set());
    const t = groups.find((g) => g.some((p) => p.page.page === 9))!;
    expect(t.map((p) => p.page.page)).toEqual([8, 9]);
    const cells = findTables([tableGrid(t, 1)]).tables.t4?.cells ?? {};
    const num = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    const cols = ['upheld', 'corrected', 'other', 'pending', 'total'];
    expect(['review', 'suit_direct', 'suit_after_review'].flatMap((r) => cols.map((c) => num(`${r}.${c}`)))).toEqual([1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0]);
  });

  it('16 pt without rules, the text at the bottom of the cells: pieces alone opening a page over its first row read alike as the rest of the row before the break and as that row\'s figures\' first lines — neither read', () => {
    // A print of pingtan-2022 in a 公文's 16 pt, borders off, text at the bottom of the cells (w:vAlign bottom),
    // page 8 closing with （七）总计's 7 3 0 0 0 0 7 (72 and 75 cut after "7"), page 9 opening with "2" … "5" over
    // 四、结转's 0 … 0. At the bottom of the cells 四、结转's own 20 and 50 would print so too (and did, on
    // another print: 3.其他 closing the page, "7" … "7" over （七）总计's 2 3 0 0 0 0 5). Before: 7, 7, 20, 50.
    const at = top16;
    const before: TextItem[] = [
      ...at(761.1, [['5.', 221.0, 236.3], ['要求行', 236.3, 284.3]]),
      ...at(733.1, [['政', 220.6, 236.6], ['机', 236.6, 252.6], ['关', 252.6, 268.6], ['确', 268.6, 284.6]]),
      ...at(705.1, [['认', 220.6, 236.6], ['或', 236.6, 252.6], ['重新', 252.6, 284.6]]),
      ...at(677.1, [['出具已获', 220.6, 284.6]]),
      ...at(649.1, [['取', 228.6, 244.6], ['信息', 244.6, 276.6], ['0', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['0', 499.7, 509.9]]),
      ...at(621.1, [['1.', 221.0, 236.3], ['申', 236.3, 252.3], ['请人', 252.3, 284.3]]),
      ...at(593.1, [['无正', 220.6, 252.6], ['当', 252.6, 268.6], ['理', 268.6, 284.6]]),
      ...at(565.1, [['由逾期不', 220.6, 284.6]]),
      ...at(537.1, [['补正', 220.6, 252.6], ['、行', 252.6, 284.6]]),
      ...at(509.1, [['政', 220.6, 236.6], ['机', 236.6, 252.6], ['关', 252.6, 268.6], ['不', 268.6, 284.6]]),
      ...at(481.1, [['再', 220.6, 236.6], ['处', 236.6, 252.6], ['理其', 252.6, 284.6]]),
      ...at(453.1, [['政府信息', 220.6, 284.6]]),
      ...at(425.1, [['公开', 220.6, 252.6], ['申', 252.6, 268.6], ['请', 268.6, 284.6], ['2', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['2', 499.7, 509.9]]),
      ...at(397.1, [['2.', 221.0, 236.3], ['申', 236.3, 252.3], ['请人', 252.3, 284.3]]),
      ...at(369.1, [['逾期未按', 220.6, 284.6]]),
      ...at(341.1, [['收', 220.6, 236.6], ['费通知', 236.6, 284.6]]),
      ...at(313.1, [['要求缴纳', 220.6, 284.6]]),
      ...at(285.1, [['费', 220.6, 236.6], ['用', 236.6, 252.6], ['、行', 252.6, 284.6]]),
      ...at(257.1, [['政', 220.6, 236.6], ['机', 236.6, 252.6], ['关', 252.6, 268.6], ['不', 268.6, 284.6]]),
      ...at(229.1, [['再', 220.6, 236.6], ['处', 236.6, 252.6], ['理其', 252.6, 284.6]]),
      ...at(201.1, [['（', 153.4, 169.4], ['六', 169.4, 185.4], ['）', 185.4, 201.4], ['政府信息', 220.6, 284.6]]),
      ...at(173.1, [['其他', 153.4, 185.4], ['处', 185.4, 201.4], ['公开', 220.6, 252.6], ['申', 252.6, 268.6], ['请', 268.6, 284.6], ['0', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['0', 499.7, 509.9]]),
      ...at(145.1, [['理', 169.4, 185.4], ['3.', 229.0, 244.3], ['其他', 244.3, 276.3], ['0', 305.0, 315.2], ['2', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['2', 499.7, 509.9]]),
      ...at(117.1, [['（', 181.6, 197.6], ['七', 197.6, 213.6], ['）总计', 213.6, 261.6], ['7', 305.0, 315.2], ['3', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['7', 499.7, 509.9]]),
    ];
    const after: TextItem[] = [
      ...at(761.1, [['2', 305.0, 315.2], ['5', 499.7, 509.9]]),
      ...at(733.1, [['四、', 93.8, 125.8], ['结转', 125.8, 157.8], ['下年度', 157.8, 205.8], ['继', 205.8, 221.8], ['续办', 221.8, 253.8], ['理', 253.8, 269.8], ['0', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['0', 499.7, 509.9]]),
    ];
    const { groups } = placeTables([{ ...page, page: 8, items: before }, { ...page, page: 9, items: after }], new Set());
    const t = groups.find((g) => g.some((p) => p.page.page === 9))!;
    expect(t.map((p) => p.page.page)).toEqual([8, 9]);
    const grid = tableGrid(t, 1);
    const labelled = (label: string): string[] => grid.rows.find((r) => r.some((c) => c?.text.includes(label)))!.slice(-7).map((c) => (c?.absent ? '?' : (c?.text ?? '')));
    expect(labelled('（七）总计')).toEqual(['?', '3', '0', '0', '0', '0', '?']);
    expect(labelled('四、结转')).toEqual(['?', '0', '0', '0', '0', '0', '?']);
    expect(labelled('3.其他')).toEqual(['0', '2', '0', '0', '0', '0', '2']);
  });

  it('16 pt without rules, a row the page break cuts: the rest of its figures beside the rest of its label atop the next page, which the page alone cannot place, joins its figures above the break — never the first line alone', () => {
    // 一、本年新收's 32 in a 公文's 16 pt, borders off (positions from such a print of pingtan-office-2025 with an
    // empty line before its title): "一、本年新收政府信息公开申" | 3 0 0 0 0 0 3 closing page 3, "请数量" | 2 … 2 opening
    // page 4 over 二、上年结转's lines. On page 4 alone the "2"s might be the first lines of 二、上年结转's figures,
    // but for the page showing its text set in the middle of the rows (二's figures between its label's two
    // lines), which puts no line of a figure a line above its row's label: 二's own 0 … 0 (they were left unread
    // before). Before that, 一、本年新收 read 3 … 3 (two wrong cells).
    const at = top16;
    const before: TextItem[] = [...head16(), ...at(537.1, [['一、本年新', 77.8, 157.8], ['收', 157.8, 173.8], ['政府信息公开申', 173.8, 285.8], ['3', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['3', 499.7, 509.9]])];
    const after: TextItem[] = [
      ...at(761.1, [['请数', 157.8, 189.8], ['量', 189.8, 205.8], ['2', 305.0, 315.2], ['2', 499.7, 509.9]]),
      ...at(733.1, [['二、上年结', 77.8, 157.8], ['转', 157.8, 173.8], ['政府信息公开申', 173.8, 285.8]]),
      ...at(719.1, [['0', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['0', 499.7, 509.9]]),
      ...at(705.1, [['请数', 157.8, 189.8], ['量', 189.8, 205.8]]),
      ...at(677.1, [['三', 74.6, 90.6], ['、本年', 90.6, 138.6], ['（一）予以公开', 165.6, 277.6], ['8', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['8', 499.7, 509.9]]),
      ...at(649.1, [['度办理结', 74.6, 138.6], ['（二）部', 165.6, 229.6], ['分', 229.6, 245.6], ['公开', 245.6, 277.6]]),
    ];
    const { groups } = placeTables([{ ...page, page: 3, items: before }, { ...page, page: 4, items: after }], new Set());
    const t = groups.find((g) => g.some((p) => p.page.page === 4))!;
    expect(t.map((p) => p.page.page)).toEqual([3, 4]);
    const cells = findTables([tableGrid(t, 1)]).tables.t3?.cells ?? {};
    expect(row(cells, 'new')).toEqual([32, 0, 0, 0, 0, 0, 32]);
    expect(row(cells, 'carried_over')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(cells, 'granted')).toEqual([8, 0, 0, 0, 0, 0, 8]);
  });

  it('text at the top of its cells, 16 pt without rules: a figure wrapped in its narrow cell, its first line on the row\'s and its rest beside the label\'s next line, is never read as its first line', () => {
    // Word's own vertical alignment (w:vAlign top) in a 公文's table in 16 pt, borders off: 71 and 74 of
    // 一、本年新收… wrapped "7" | "1" and "7" | "4", the row's figures on its label's first line, "1" and "4"
    // beside "请数量". Before, the row read 7 … 7 — two wrong figures.
    const at = top16;
    const head = head16();
    const fig = (y: number, v: string[]): TextItem[] =>
      at(y, v.flatMap((t, i) => (t === '' ? [] : [[t, [305.0, 336.0, 371.4, 406.8, 442.1, 473.1, 499.7][i]!, [315.2, 346.2, 381.6, 417.0, 452.3, 483.3, 509.9][i]!] as [string, number, number]])));
    const rows = [
      ...at(537.1, [['一、本年新收政府信息公开申', 77.8, 285.8]]),
      ...fig(537.1, ['7', '3', '0', '0', '0', '0', '7']),
      ...at(509.1, [['请数量', 157.8, 205.8]]),
      ...fig(509.1, ['1', '', '', '', '', '', '4']),
      ...at(481.1, [['二、上年结转政府信息公开申', 77.8, 285.8]]),
      ...fig(481.1, ['1', '0', '0', '0', '0', '0', '1']),
      ...at(453.1, [['请数量', 157.8, 205.8]]),
      ...at(425.1, [['三、本年', 74.6, 138.6], ['（一）予以公开', 165.6, 277.6]]),
      ...fig(425.1, ['5', '0', '0', '0', '0', '0', '5']),
    ];
    // 二、上年结转…'s figures on its label's first line, the label going on below, more rows after: the text
    // is set at the top of the rows, so "1" and "4" are the rest of 一、本年新收's 7 and 7 — 71 and 74.
    const { cells } = t3([...head, ...rows]);
    expect(row(cells, 'new')).toEqual([71, 3, 0, 0, 0, 0, 74]);
    expect(row(cells, 'carried_over')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(cells, 'granted')).toEqual([5, 0, 0, 0, 0, 0, 5]);
    // Where only the next page shows it (the break after 一's rows), the page takes what the document shows.
    const page4 = [...head, ...rows.filter((i) => i.y1 >= 509.1)];
    const page5 = rows.filter((i) => i.y1 < 509.1).map((i) => ({ ...i, y0: i.y0 + 300, y1: i.y1 + 300 }));
    const { groups } = placeTables([{ ...page, page: 4, items: page4 }, { ...page, page: 5, items: page5 }], new Set());
    const over = findTables([tableGrid(groups.find((g) => g.some((p) => p.page.page === 4))!, 1)]).tables.t3?.cells ?? {};
    expect(row(over, 'new')).toEqual([71, 3, 0, 0, 0, 0, 74]);
    // A figure over three lines at the top of its cell: "2" on the row's line, "1" beside "请数量", "7" under
    // it (217 and 218 of such a print; its 71 of （一）予以公开 beside the group label's "度办理结").
    const three = t3([
      ...head,
        ...at(537.1, [['一、本年新收政府信息公开申', 77.8, 285.8], ['2', 305.0, 315.2], ['1', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['2', 499.7, 509.9]]),
        ...at(509.1, [['请数量', 157.8, 205.8], ['1', 305.0, 315.2], ['1', 499.7, 509.9]]),
        ...at(481.1, [['7', 305.0, 315.2], ['8', 499.7, 509.9]]),
        ...at(453.1, [['二、上年', 77.8, 141.8], ['结转', 141.8, 173.8], ['政府信息公开申', 173.8, 285.8], ['0', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['0', 499.7, 509.9]]),
        ...at(425.1, [['请数量', 157.8, 205.8]]),
        ...at(397.1, [['三、本年', 74.6, 138.6], ['（一）', 165.6, 213.6], ['予', 213.6, 229.6], ['以公开', 229.6, 277.6], ['7', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['7', 499.7, 509.9]]),
        ...at(369.1, [['度办理', 74.6, 122.6], ['结', 122.6, 138.6], ['1', 305.0, 315.2], ['1', 499.7, 509.9]]),
    ]).cells;
    expect(row(three, 'new')).toEqual([217, 1, 0, 0, 0, 0, 218]);
    expect(row(three, 'carried_over')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(three, 'granted')).toEqual([71, 0, 0, 0, 0, 0, 71]);
    // With nothing else showing where the text is set (二's label on one line), "1" and "4" may as well be the
    // first lines of 二's 11 and 41 set at the bottom of its row: 一's and 二's figures there unread — never 7.
    const { cells: unsure } = t3([...head, ...rows.filter((i) => !(i.y1 === 453.1))]);
    expect(row(unsure, 'new').slice(1, 6)).toEqual([3, 0, 0, 0, 0]);
    expect([row(unsure, 'new')[0], row(unsure, 'new')[6]]).not.toContain(7);
    expect([row(unsure, 'carried_over')[0], row(unsure, 'carried_over')[6]]).not.toContain(1);
  });

  it('text at the bottom of its cells, 16 pt without rules: a figure\'s first line beside its label\'s first line (numbered), the rest on the row\'s line, is one figure where the document shows its text at the bottom', () => {
    // Positions from such a print of a corpus report (w:vAlign bottom, a 公文 in 16 pt, borders off): 23 of
    // 一、本年新收… wrapped "2" | "3", the row's figures on its label's last line "请数量"; page 9's rows show
    // where the text is set (其他情形）'s and 家秘密's figures on their labels' last lines, the next row just below).
    const at = top16;
    const page8: TextItem[] = [
        ...at(391.3, [['申请人情况', 367.5, 447.5]]),
        ...at(363.3, [['法人', 351.4, 383.4], ['或', 383.4, 399.4], ['其他组', 399.4, 447.4], ['织', 447.4, 463.4]]),
        ...at(335.3, [['社', 403.9, 419.9], ['法', 439.2, 455.2]]),
        ...at(307.3, [['会', 403.9, 419.9], ['律', 439.2, 455.2]]),
        ...at(279.3, [['商', 333.1, 349.1], ['科', 368.5, 384.5], ['公', 403.9, 419.9], ['服', 439.2, 455.2]]),
        ...at(251.3, [['（本列数据的', 77.8, 173.8], ['勾稽', 173.8, 205.8], ['关系为：', 205.8, 269.8], ['第', 269.8, 285.8], ['自', 302.3, 318.3], ['业', 333.1, 349.1], ['研', 368.5, 384.5], ['益', 403.9, 419.9], ['务', 439.2, 455.2]]),
        ...at(223.3, [['一项', 77.8, 109.8], ['加第二', 109.8, 157.8], ['项', 157.8, 173.8], ['之', 173.8, 189.8], ['和，等于', 189.8, 253.8], ['第三', 253.8, 285.8], ['然', 302.3, 318.3], ['企', 333.1, 349.1], ['机', 368.5, 384.5], ['组', 403.9, 419.9], ['机', 439.2, 455.2], ['其', 470.3, 486.3], ['总', 496.9, 512.9]]),
        ...at(195.3, [['项', 117.8, 133.8], ['加第', 133.8, 165.8], ['四', 165.8, 181.8], ['项', 181.8, 197.8], ['之', 197.8, 213.8], ['和）', 213.8, 245.8], ['人', 302.3, 318.3], ['业', 333.1, 349.1], ['构', 368.5, 384.5], ['织', 403.9, 419.9], ['构', 439.2, 455.2], ['他', 470.3, 486.3], ['计', 496.9, 512.9]]),
        ...at(167.3, [['一、本年新收政府信息公开申', 77.8, 285.8], ['2', 305.0, 315.2], ['2', 499.7, 509.9]]),
        ...at(139.3, [['请数', 157.8, 189.8], ['量', 189.8, 205.8], ['3', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['3', 499.7, 509.9]]),
        ...at(111.3, [['二', 77.8, 93.8], ['、', 93.8, 109.8], ['上', 109.8, 125.8], ['年', 125.8, 141.8], ['结', 141.8, 157.8], ['转', 157.8, 173.8], ['政府信息公开申', 173.8, 285.8], ['0', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['0', 499.7, 509.9]]),
    ];
    const page9: TextItem[] = [
        ...at(761.1, [['请数', 157.8, 189.8], ['量', 189.8, 205.8]]),
        ...at(733.1, [['三', 74.6, 90.6], ['、本年', 90.6, 138.6], ['（一）', 165.6, 213.6], ['予', 213.6, 229.6], ['以公开', 229.6, 277.6], ['7', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['7', 499.7, 509.9]]),
        ...at(705.1, [['度办理', 74.6, 122.6], ['结', 122.6, 138.6], ['（', 165.6, 181.6], ['二', 181.6, 197.6], ['）部分公开', 197.6, 277.6]]),
        ...at(677.1, [['果', 98.6, 114.6], ['（区分处理的，', 157.6, 269.6], ['只', 269.6, 285.6]]),
        ...at(649.1, [['计', 157.6, 173.6], ['这', 173.6, 189.6], ['一情', 189.6, 221.6], ['形', 221.6, 237.6], ['，', 237.6, 253.6], ['不', 253.6, 269.6], ['计', 269.6, 285.6]]),
        ...at(621.1, [['其他情', 181.6, 229.6], ['形', 229.6, 245.6], ['）', 245.6, 261.6], ['1', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['1', 499.7, 509.9]]),
        ...at(593.1, [['（', 153.4, 169.4], ['三', 169.4, 185.4], ['）', 185.4, 201.4], ['1.', 221.0, 236.3], ['属', 236.3, 252.3], ['于国', 252.3, 284.3]]),
        ...at(565.1, [['不', 153.4, 169.4], ['予', 169.4, 185.4], ['公', 185.4, 201.4], ['家', 228.6, 244.6], ['秘密', 244.6, 276.6], ['0', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['0', 499.7, 509.9]]),
    ];
    const { groups } = placeTables([{ ...page, page: 8, items: page8 }, { ...page, page: 9, items: page9 }], new Set());
    const cells = findTables([tableGrid(groups.find((g) => g.some((p) => p.page.page === 8))!, 1)]).tables.t3?.cells ?? {};
    expect(row(cells, 'new')).toEqual([23, 0, 0, 0, 0, 0, 23]);
    expect(row(cells, 'carried_over')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(cells, 'partly_granted')).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('text at the top of its cells, 16 pt without rules: table 四\'s 总计 wrapped in its narrow cell, its rest alone under the line of figures, is one figure (36, never 3)', () => {
    // Positions from such a print of a corpus report (w:vAlign top, a 公文 in 16 pt, borders off): 行政复议's
    // 总计 36 wrapped "3" | "6", the "6" alone on the next line, a line's spacing (a 公文's) under the figures.
    const at = top16;
    const items: TextItem[] = [
      ...at(362.0, [['四', 72.1, 88.1], ['、政府信息公开行政复议、行政诉讼情况', 88.1, 376.1]]),
      ...head4of16(335.3),
      ...at(167.3, [['25', 72.4, 92.8], ['3', 109.1, 119.3], ['8', 140.8, 151.0], ['0', 172.4, 182.6], ['3', 200.2, 210.4], ['3', 227.9, 238.1], ['3', 259.5, 269.7], ['0', 291.2, 301.4], ['0', 322.9, 333.1], ['6', 350.6, 360.8], ['3', 378.3, 388.5], ['0', 410.0, 420.2], ['0', 441.6, 451.8], ['0', 473.3, 483.5], ['3', 501.1, 511.3]]),
      ...at(139.3, [['6', 200.2, 210.4]]),
      ...at(104.2, [['五', 72.1, 88.1], ['、存在的主要问题及改进情况', 88.1, 296.1]]),
    ];
    const { tables, outside } = unruledTables(items);
    const found = findTables(tables.map((t, i) => tableGrid([{ page, table: t, firstOnPage: false, lastOnPage: false }], i + 1)));
    const t4 = found.tables.t4?.cells ?? {};
    const v = (k: string): unknown => (t4[k]?.kind === 'number' ? (t4[k] as { value: number }).value : t4[k]?.kind);
    expect(v('review.total')).toBe(36);
    expect([v('review.upheld'), v('review.corrected'), v('review.other'), v('review.pending')]).toEqual([25, 3, 8, 0]);
    expect(v('suit_direct.total')).toBe(6);
    expect(outside.map((i) => i.text)).not.toContain('6');
  });

  it('a line of figures alone is a table only at the top of a page (the rest of a table from the page before)', () => {
    const figs = (y: number): TextItem[] => line(y, [10, 20, 30, 40, 50].map((n, i) => [String(n), 100 + 60 * i] as [string, number]));
    expect(unruledTables(figs(780)).tables.length).toBe(1);
    expect(unruledTables([...line(800, [['正文一段。', 72]]), ...figs(700)]).tables).toEqual([]);
  });

  // The 2019 format's table 二: its last block's heading closes the page, its one row opens the next, the
  // block's two columns not those of the blocks above.
  it('a row of figures alone at the top of a page goes on the table closing the page before, under that table\'s last headings', () => {
    const last: TextItem[] = [
      ...line(400, [['第二十条第（一）项', 230]]),
      ...line(380, [['信息内容', 80], ['本年新制作数量', 213.25], ['本年新公开数量', 333.25], ['对外公开总数量', 453.25]]),
      ...line(360, [['规章', 80], ['0', 244.75], ['0', 364.75], ['0', 484.75]]),
      ...line(340, [['规范性文件', 80], ['89', 239.5], ['89', 359.5], ['89', 479.5]]),
      ...line(320, [['第二十条第（九）项', 230]]),
      ...line(300, [['信息内容', 80], ['采购项目数量', 268.5], ['采购总金额', 423.75]]),
    ];
    const first: TextItem[] = [...line(780, [['政府集中采购', 80], ['135', 284.25], ['75394432.52', 392.25]]), ...line(700, [['三、收到和处理政府信息公开申请情况', 72]])];
    const { groups, outside } = placeTables([{ ...page, page: 4, items: last }, { ...page, page: 5, items: first }], new Set());
    expect(groups.map((g) => g.map((p) => p.page.page))).toEqual([[4, 5]]);
    expect(outside.get(5)?.map((i) => i.text)).toEqual(['三、收到和处理政府信息公开申请情况']);
    const found = findTables(groups.map((g, i) => tableGrid(g, i + 1)));
    const cells = found.tables.t2?.cells ?? {};
    const value = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    expect(['procurement.procurement_items', 'procurement.procurement_amount'].map(value)).toEqual([135, 75394432.52]);
    expect(cells['procurement.procurement_items']?.source?.page).toBe(5);
  });

  it('a row of figures alone at the top of a page whose columns are not the table\'s above stays running text', () => {
    const last: TextItem[] = [
      ...line(380, [['信息内容', 80], ['本年制发件数', 220], ['本年废止件数', 340], ['现行有效件数', 460]]),
      ...line(360, [['规章', 80], ['0', 250], ['0', 370], ['0', 490]]),
      ...line(340, [['行政规范性文件', 80], ['3', 250], ['0', 370], ['8', 490]]),
    ];
    const first: TextItem[] = [...line(780, [['共计', 80], ['12', 150], ['34', 560]])];
    const { groups, outside } = placeTables([{ ...page, page: 4, items: last }, { ...page, page: 5, items: first }], new Set());
    expect(groups.map((g) => g.map((p) => p.page.page))).toEqual([[4]]);
    expect(outside.get(5)?.map((i) => i.text)).toEqual(['共计', '12', '34']);
  });

  // Rows with no space between them (a Word table with its borders off: no cell padding above or below),
  // columns so narrow that a figure wraps in its cell: "21" | "7" of 217 above and below the row's other
  // figures. The row's own cell there is empty in the text, but that does not say it is blank.
  it('an empty cell with a figure just above or below it, no space between the rows, is unread, never a blank', () => {
    const xs = [200, 250, 300, 350, 400, 450, 500];
    const figs = (y: number, v: (string | undefined)[]): [string, number][] => v.flatMap((t, i) => (t === undefined ? [] : [[t, xs[i]!] as [string, number]]));
    // (The upper pieces narrower than the lower: no line of a wrapped figure, which is full but the last.)
    const rows = (pitch: number): TextItem[] => [
      ...line(700, figs(700, ['2', undefined, undefined, undefined, undefined, undefined, '2'])),
      ...line(700 - pitch, [['一、本年新收', 72], ...figs(0, [undefined, '1', '0', '0', '0', '0', undefined])]),
      ...line(700 - 2 * pitch, figs(0, ['17', undefined, undefined, undefined, undefined, undefined, '18'])),
      ...line(700 - 3 * pitch, [['二、上年结转', 72], ...figs(0, ['0', '0', '0', '0', '0', '0', '0'])]),
    ];
    const gridOf = (pitch: number) => {
      const { tables } = unruledTables(rows(pitch));
      expect(tables).toHaveLength(1);
      return tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1);
    };
    const cellsOf = (pitch: number) => gridOf(pitch).rows.find((r) => r.some((c) => c?.text === '一、本年新收'))!.slice(-7);
    // No space between the rows (12 pt apart at 10.5 pt): the first and last cells of 一's row are unread,
    // and the pieces above and below it ("2", "17", "18": fewer figures, no label) are no rows of their own.
    const tight = cellsOf(12);
    expect(tight.map((c) => c?.text)).toEqual(['', '1', '0', '0', '0', '0', '']);
    expect(tight.map((c) => c?.absent?.kind)).toEqual(['unplaced', undefined, undefined, undefined, undefined, undefined, 'unplaced']);
    expect(gridOf(12).rows.flat().map((c) => c?.text)).not.toContain('17');
    expect(gridOf(12).rows).toHaveLength(2);
    // Rows padded apart (24 pt): the figures above and below are rows of their own, the empty cells blank.
    const padded = cellsOf(24);
    expect(padded.map((c) => c?.absent)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  // The same, a figure wrapped in its narrow cell as LibreOffice prints a Word table with its borders off
  // and its columns fitted to the page (positions from such a print of pingtan-2024, 10.5 pt): "21" over
  // the row and "7" under it, centred in the cell as the row's other figures are, the line above full.
  it('a figure wrapped in its narrow cell over the lines above and below its row, no space between the rows: the row\'s figure', () => {
    const mids = [287.5, 321.8, 361.1, 400.3, 439.6, 473.9, 503.3];
    const at = (text: string, c: number): [string, number] => [text, mids[c]! - (text.length * 10.5) / 2];
    const rows = (upper: [string, string], lower: [string, string]): TextItem[] => [
      ...line(628, [at(upper[0], 0), at(upper[1], 6)]),
      ...line(616, [['一、本年新收政府信息公开申请数量', 86], at('1', 1), at('0', 2), at('0', 3), at('0', 4), at('0', 5)]),
      ...line(604, [at(lower[0], 0), at(lower[1], 6)]),
      ...line(592, [['二、上年结转政府信息公开申请数量', 86], ...['0', '0', '0', '0', '0', '0', '0'].map((t, c) => at(t, c))]),
    ];
    const rowOf = (items: TextItem[]) => {
      const { tables, outside } = unruledTables(items);
      expect(tables).toHaveLength(1);
      const grid = tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1);
      return { cells: grid.rows.find((r) => r.some((c) => c?.text.startsWith('一、')))!.slice(-7), grid, outside };
    };
    const { cells, grid, outside } = rowOf(rows(['21', '21'], ['7', '8']));
    expect(cells.map((c) => c?.text)).toEqual(['217', '1', '0', '0', '0', '0', '218']);
    expect(cells.map((c) => c?.absent)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
    // The pieces are no rows of their own, nor running text.
    expect(grid.rows.flat().map((c) => c?.text)).not.toContain('7');
    expect(grid.rows).toHaveLength(2);
    expect(outside).toEqual([]);
    // A piece under one of them missing: neither is read (which went where, the text does not say).
    const half = rowOf([...rows(['21', '21'], ['7', '8']).filter((i) => !(i.text === '8'))]);
    expect(half.cells.map((c) => c?.text)).toEqual(['', '1', '0', '0', '0', '0', '']);
    expect(half.cells.map((c) => c?.absent?.kind)).toEqual(['unplaced', undefined, undefined, undefined, undefined, undefined, 'unplaced']);
  });

  // An agency's page printed small with no cell padding (positions from such a Chromium print, 10 pt): the
  // label column most of the table's width, a long label's first line wider than the run's lines allow a
  // line of one piece, wholly left of the figures.
  it('a long label\'s line over its figures, wider than a line of one piece may be but wholly left of the figures: the table goes on', () => {
    const at = (y: number, pieces: [string, number, number][]): TextItem[] =>
      pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y, y1: y + 10, size: 10, font: 'f', vertical: false }));
    const X: [number, number][] = [[310.2, 316.5], [328.4, 334.8], [343.4, 349.8], [368.5, 374.9], [403.7, 410.1], [428.9, 435.2], [444.6, 451.0]];
    const figs = (v: string[]): [string, number, number][] => v.map((t, i) => [t, X[i]![0], X[i]![1]]);
    const items = [
      ...at(752.9, [['二、上年结转政府信息公开申请数量', 74.3, 234.3], ...figs(['0', '0', '0', '0', '0', '0', '0'])]),
      ...at(722.1, [['（一）予以公开', 147.0, 216.9], ...figs(['27', '0', '0', '2', '0', '1', '30'])]),
      ...at(691.4, [['（二）部分公开（区分处理的，只计这一情形，不计其', 62.0, 301.9]]),
      ...at(683.9, figs(['5', '0', '0', '0', '0', '0', '5'])),
      ...at(676.4, [['他情形）', 162.0, 201.9]]),
      ...at(644.9, [['1.属于国家秘密', 172.3, 241.8], ...figs(['0', '0', '0', '0', '0', '0', '0'])]),
    ];
    const { tables, outside } = unruledTables(items);
    expect(tables).toHaveLength(1);
    expect(outside).toEqual([]);
    const grid = tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1);
    const row = grid.rows.find((r) => r.some((c) => c?.text.startsWith('（二）')))!;
    expect(row.map((c) => c?.text).filter((t) => t !== '')).toEqual(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '5', '0', '0', '0', '0', '0', '5']);
  });

  // An agency's page printed landscape with every border removed (positions from such a Chromium print,
  // 10 pt): the last row before the break beside the outer group label 三、本年度办理结果 (two lines of it),
  // its last character "果" opening the next page, left of every label there.
  it('the rest of the outer group label a page break cut, alone at the next page\'s top left of every label there: that label\'s rest, not the row\'s own', () => {
    const at = (y: number, pieces: [string, number, number][]): TextItem[] =>
      pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y, y1: y + 10, size: 10, font: 'f', vertical: false }));
    const X: [number, number][] = [[268.0, 274.3], [293.7, 300.1], [317.8, 324.2], [348.5, 354.9], [385.9, 392.3], [416.6, 423.0], [440.7, 447.1]];
    const zeros = (): [string, number, number][] => X.map(([a, b]) => ['0', a, b]);
    const landscape = { ...page, width: 841.9, height: 595 };
    const before = [
      ...at(97, [['一、本年新收政府信息公开申请数量', 51.7, 211.7], ...zeros()]),
      ...at(58, [['二、上年结转政府信息公开申请数量', 51.7, 211.7], ...zeros()]),
      ...at(19, [['三、本年', 13, 53], ['（一）予以公开', 123.7, 193.7], ...zeros()]),
      ...at(4, [['度办理结', 13, 53]]),
    ];
    const after = [
      ...at(582.2, [['果', 28, 38]]),
      ...at(570.2, [['（二）部分公开（区分处理的，只计这一', 68.8, 248.7]]),
      ...at(562.7, zeros()),
      ...at(555.2, [['情形，不计其他情形）', 108.7, 208.7]]),
      ...at(516.2, [['1.属于国家秘密', 151, 220.5], ...zeros()]),
      ...at(477.2, [['2.其他法律行政法规禁止公开', 121, 250.5], ...zeros()]),
      ...at(438.2, [['3.危及“三安全一稳定”', 135.8, 235.7], ...zeros()]),
    ];
    const { groups } = placeTables([{ ...landscape, page: 4, items: before }, { ...landscape, page: 5, items: after }], new Set());
    expect(groups.map((g) => g.map((p) => p.page.page))).toEqual([[4, 5]]);
    const labels = tableGrid(groups[0]!, 1).rows.map((r) => r.slice(0, 2).map((c) => c?.text ?? '').join('|'));
    expect(labels).toContain('三、本年度办理结果|（一）予以公开');
    expect(labels.filter((l) => l.endsWith('果'))).toEqual([]);
  });

  // An official page printed landscape with every border removed (positions from such a Chromium print of
  // pingtan-police-2024, 9 pt): table 三's header closing one page, printed again over the figures of the
  // next (thead), where its lines make rows of another grouping than at the page's foot.
  it('table 三\'s header closing a page and printed again over the figures opening the next, its lines grouped otherwise: the header once', () => {
    const at = (dy: number, y: number, pieces: [string, number, number][]): TextItem[] =>
      pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y + dy, y1: y + dy + 9, size: 9, font: 'f', vertical: false }));
    // (Its first line, 申请人情况, at the same place atop every page the header opens, is taken for the pages'
    // running header there: the pages' furniture.)
    const header = (dy: number, top = true): TextItem[] => [
      ...(top ? at(dy, 94.1, [['申请人情况', 631.0, 676.0]]) : []),
      ...at(dy, 76.9, [['法人或其他组织', 622.0, 685.0]]),
      ...at(dy, 70.1, [['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 36.7, 342.7]]),
      ...at(dy, 61.1, [['自然人', 503.8, 530.8], ['总计', 780.7, 798.7]]),
      ...at(dy, 58.9, [['商业', 547.1, 565.1], ['科研', 588.7, 606.7], ['社会公', 634.3, 661.3], ['法律服', 692.9, 719.9]]),
      ...at(dy, 52.9, [['其他', 744.7, 762.7]]),
      ...at(dy, 46.1, [['企业', 547.1, 565.1], ['机构', 588.7, 606.7], ['益组织', 634.3, 661.3], ['务机构', 692.9, 719.9]]),
    ];
    const X: [number, number][] = [[514.8, 519.8], [553.6, 558.6], [595.2, 600.2], [645.3, 650.3], [703.9, 708.9], [751.2, 756.2], [787.2, 792.2]];
    const figs = (v: string[]): [string, number, number][] => v.map((t, i) => [t, X[i]![0], X[i]![1]]);
    const next = [
      ...header(447.8, false),
      ...at(0, 475.9, [['一、本年新收政府信息公开申请数量', 36.7, 180.7], ...figs(['8', '0', '0', '0', '0', '0', '8'])]),
      ...at(0, 458.6, [['二、上年结转政府信息公开申请数量', 36.7, 180.7], ...figs(['0', '0', '0', '0', '0', '0', '0'])]),
      ...at(0, 441.4, [['（一）予以公开', 121.0, 184.0], ...figs(['3', '0', '0', '0', '0', '0', '3'])]),
    ];
    const landscape = { ...page, width: 841.9, height: 595 };
    const foot = [
      ...at(0, 154.9, [['三、收到和处理政府信息公开申请情况', 33.7, 263.2]]),
      ...at(0, 127.5, [['三、收到和处理政府信息公开申请情况', 325.1, 516.4]]),
      ...at(0, 114.4, [['平潭综合实验区公安局', 255.1, 345.1], ['·', 347.4, 356.4], ['统计期限：2024年1月1日至2024年12月31日', 358.8, 536.7], ['·', 539.1, 548.1], ['单位：件', 550.4, 586.4]]),
      ...header(0),
    ];
    // (And again over the last row, on the page after.)
    const last = [...header(447.8, false), ...at(0, 475.9, [['四、结转下年度继续办理', 36.7, 135.7], ...figs(['0', '0', '0', '0', '0', '0', '0'])])];
    const { groups } = placeTables([{ ...landscape, page: 2, items: foot }, { ...landscape, page: 3, items: next }, { ...landscape, page: 4, items: last }], new Set());
    expect(groups.map((g) => g.map((p) => p.page.page))).toEqual([[2, 3, 4]]);
    const rows = tableGrid(groups[0]!, 1).rows.map((r) => r.map((c) => c?.text ?? ''));
    expect(rows.filter((r) => r.includes('法人或其他组织'))).toHaveLength(1);
    expect(rows.filter((r) => r.some((t) => t.startsWith('（本列数据')))).toHaveLength(1);
    expect(rows.filter((r) => r.includes('自然人'))).toHaveLength(1);
    expect(rows.map((r) => r[1] ?? '').filter((t) => /^([一二四]、|（一）)/.test(t))).toEqual(['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '四、结转下年度继续办理']);
  });

  // A Word table 二 with its borders off and Word's 重复标题行 (LibreOffice; positions from such a print of
  // pingtan-2024, 10.5 pt, no space between the rows): its first block heading and column headings printed
  // again atop the next page, over block (八)'s one column — its heading closing the page before.
  it('table 二\'s first two rows printed again atop a page of another block\'s columns, line for row: not rows of that block', () => {
    const at = (y: number, pieces: [string, number, number][]): TextItem[] =>
      pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y, y1: y + 10.5, size: 10.5, font: 'f', vertical: false }));
    const header = (y: number): TextItem[] => [
      ...at(y, [['第二十条第（一）项', 245.1, 339.6]]),
      ...at(y - 13.7, [['信息内容', 128.9, 170.9], ['本年制发件数', 249.0, 312.0], ['本年废止件数', 344.0, 407.0], ['现行有效件数', 439.0, 502.0]]),
    ];
    const block = (y: number, n: string, label: string, figure: string, x: [number, number]): TextItem[] => [
      ...at(y, [[`第二十条第（${n}）项`, 245.1, 339.6]]),
      ...at(y - 13.7, [['信息内容', 128.9, 170.9], ['本年处理决定数量', 333.5, 417.5]]),
      ...at(y - 27.8, [[label, 128.9, 170.9], [figure, ...x]]),
    ];
    const before = [
      ...header(232.6),
      ...at(204.8, [['规章', 139.4, 160.4], ['0', 277.0, 284.0], ['0', 372.0, 379.0], ['0', 467.0, 474.0]]),
      ...at(190.4, [['行政规范性文件', 113.1, 186.6], ['62', 273.5, 287.5], ['33', 368.5, 382.5], ['440', 460.0, 481.0]]),
      ...block(176.3, '五', '行政许可', '4529', [361.5, 389.5]),
      ...block(134.4, '六', '行政处罚', '1100', [361.5, 389.5]),
      ...at(92.2, [['行政强制', 128.9, 170.9], ['65', 368.5, 382.5]]),
      ...at(78.1, [['第二十条第（八）项', 245.1, 339.6]]),
    ];
    const after = [
      ...header(757.3),
      ...at(729.8, [['信息内容', 128.9, 170.9], ['本年收费金额（单位：万元）', 307.3, 443.8]]),
      ...at(715.8, [['行政事业性收费', 113.1, 186.6], ['18651.06', 349.3, 401.8]]),
    ];
    const { groups } = placeTables([{ ...page, page: 1, items: before }, { ...page, page: 2, items: after }], new Set());
    const found = findTables(groups.map((g, i) => tableGrid(g, i + 1)));
    expect(found.findings.filter((f) => f.location.table === 't2')).toEqual([]);
    const cells = found.tables.t2?.cells ?? {};
    const value = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    expect(['normative_documents.in_force', 'licensing.decisions', 'penalty.decisions', 'fees.fee_amount'].map(value)).toEqual([440, 4529, 1100, 18651.06]);
    expect(cells['fees.fee_amount']?.source?.page).toBe(2);
  });

  // The same with the cells' text set at the bottom of the row (w:vAlign bottom; positions from such a print
  // of pingtan-2024): "21" over the row, "7" on it beside the row's other figures.
  it('a figure wrapped over its row\'s line and the line above, the row\'s own on its line: the row\'s figure, never the last piece alone', () => {
    const at = (y: number, pieces: [string, number, number][]): TextItem[] =>
      pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y, y1: y + 10.5, size: 10.5, font: 'f', vertical: false }));
    const X: [number, number][] = [[284.0, 291.0], [318.3, 325.3], [357.6, 364.6], [396.8, 403.8], [436.1, 443.1], [470.4, 477.4], [499.8, 506.8]];
    const rows = (upper: [string, number, number][]): TextItem[] => [
      ...at(605.7, upper),
      ...at(591.3, [['一、本年新收政府信息公开申请数量', 85.8, 253.8], ['7', ...X[0]!], ['1', ...X[1]!], ['0', ...X[2]!], ['0', ...X[3]!], ['0', ...X[4]!], ['0', ...X[5]!], ['8', ...X[6]!]]),
      ...at(576.9, [['二、上年结转政府信息公开申请数量', 85.8, 253.8], ...X.map(([a, b]) => ['0', a, b] as [string, number, number])]),
    ];
    const rowOf = (items: TextItem[]) => {
      const { tables } = unruledTables(items);
      expect(tables).toHaveLength(1);
      const grid = tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1);
      return grid.rows.find((r) => r.some((c) => c?.text.startsWith('一、')))!.slice(-7);
    };
    const read = rowOf(rows([['21', 280.5, 294.5], ['21', 496.3, 510.3]]));
    expect(read.map((c) => c?.text)).toEqual(['217', '1', '0', '0', '0', '0', '218']);
    // The upper piece narrower than the lower: not the lines of one figure — neither read, never "7".
    const wider = (i: TextItem): TextItem => (i.text === '7' ? { ...i, text: '17', x0: 280.5, x1: 294.5 } : i.text === '8' ? { ...i, text: '18', x0: 496.3, x1: 510.3 } : i);
    const unsure = rowOf(rows([['2', 286.0, 289.5], ['2', 501.5, 505.0]]).map(wider));
    expect(unsure.map((c) => c?.text)).toEqual(['', '1', '0', '0', '0', '0', '']);
    expect(unsure.map((c) => c?.absent?.kind)).toEqual(['unplaced', undefined, undefined, undefined, undefined, undefined, 'unplaced']);
  });

  // Table 四's one row of figures, its 总计 of 未经复议直接起诉 wrapped: "1" over the row, "2" under it and
  // the section after the table below (positions from the LibreOffice print of pingtan-2021, fitted columns).
  it('table 四\'s row with a figure wrapped over the lines above and below it, the last line of the table: the row\'s figure', () => {
    const x = [79.1, 110.7, 142.4, 174.0, 201.8, 226.0, 261.1, 292.8, 324.5, 352.2, 379.9, 411.6, 443.2, 474.9, 502.7];
    const items = [
      ...line(720, [['行政复议', 121], ['行政诉讼', 347]]),
      ...line(708, [['未经复议直接起诉', 250], ['复议后起诉', 417]]),
      ...line(696, x.map((at, i) => [['维', '纠', '其', '尚', '总'][i % 5]!, at] as [string, number])),
      ...line(684, [['1', 352.2]]),
      ...line(672, ['1', '0', '2', '0', '3', '12', '0', '0', '0', undefined, '0', '0', '0', '0', '0'].flatMap((t, i) => (t === undefined ? [] : [[t, x[i]!] as [string, number]]))),
      ...line(660, [['2', 352.2]]),
      ...line(630, [['五、存在的主要问题及改进情况', 72]]),
    ];
    const { tables, outside } = unruledTables(items);
    expect(tables).toHaveLength(1);
    const grid = tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1);
    expect(grid.rows[grid.rows.length - 1]!.map((c) => c?.text)).toEqual(['1', '0', '2', '0', '3', '12', '0', '0', '0', '12', '0', '0', '0', '0', '0']);
    expect(outside.map((i) => i.text)).toEqual(['五、存在的主要问题及改进情况']);
  });

  // A Word table with its borders turned off, as LibreOffice prints it (positions from such a print of a
  // corpus report, 10.5 pt, text centred in its cells): no space between the rows, every label wrapped
  // around its row's figures, column headings stacked with no space between them either.
  const at = (top: number, pieces: [string, number, number][]): TextItem[] =>
    pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: top - 10.5, y1: top, size: 10.5, font: 'f', vertical: false }));
  const figures = (top: number, v: number[]): TextItem[] =>
    at(top, v.map((n, i) => [String(n), [224, 269, 314, 360, 405, 450, 495][i]! - String(n).length * 2.75, [224, 269, 314, 360, 405, 450, 495][i]! + String(n).length * 2.75] as [string, number, number]));
  const header = [
    ...at(685.6, [['（本列数据的勾稽关系', 82, 187], ['申请人情况', 334, 386]]),
    ...at(671.9, [['为：第一项加第二项之', 82, 187], ['法人或其他组织', 323, 397]]),
    ...at(658.1, [['和，等于第三项加第四项', 77, 192], ['自然人', 209, 240], ['商业', 259, 280], ['科研', 304, 325], ['社会公', 344, 376], ['法律服', 389, 421], ['总计', 485, 506]]),
    ...at(651.3, [['其他', 440, 461]]),
    ...at(644.4, [['之和）', 119, 150], ['企业', 259, 280], ['机构', 304, 325], ['益组织', 344, 376], ['务机构', 389, 421]]),
  ];
  const t3 = (items: TextItem[]) => {
    const { tables } = unruledTables(items);
    const grids = tables.map((t, i) => tableGrid([{ page, table: t, firstOnPage: false, lastOnPage: false }], i + 1));
    return { tables, cells: findTables(grids).tables.t3?.cells ?? {} };
  };
  /** Table 三 set over pages 4 and 5: placed as one table going on over the break, its cells. */
  const overBreak = (before: TextItem[], after: TextItem[]): Record<string, Cell | undefined> => {
    const { groups } = placeTables([{ ...page, page: 4, items: before }, { ...page, page: 5, items: after }], new Set());
    expect(groups.map((g) => g.map((p) => p.page.page))).toEqual([[4, 5]]);
    return findTables([tableGrid(groups[0]!, 1)]).tables.t3?.cells ?? {};
  };
  const row = (cells: Record<string, { kind: string; value?: number } | undefined>, id: string): unknown[] =>
    ['natural', 'commercial', 'research', 'nonprofit', 'legal_services', 'other', 'total'].map((c) => (cells[`${id}.${c}`]?.kind === 'number' ? cells[`${id}.${c}`]!.value : cells[`${id}.${c}`]?.kind));

  const rows12 = [
    ...at(630.6, [['一、本年新收政府信息公', 77, 192]]),
    ...figures(623.9, [217, 1, 0, 0, 0, 0, 218]),
    ...at(616.9, [['开申请数量', 108, 161]]),
    ...at(603.1, [['二、上年结转政府信息公', 77, 192]]),
    ...figures(596.4, [3, 0, 0, 1, 0, 0, 4]),
    ...at(589.4, [['开申请数量', 108, 161]]),
  ];

  it('rows with no space between them: headings stacked on one middle stay apart, labels wrapped around their figures go with them', () => {
    // No label on a line of figures: the label area is the text wholly left of the first column of figures.
    const { cells } = t3([...header, ...rows12]);
    // "法人或其他组织" over "社会公" | "益组织", all three on 社会公益组织's middle: two headings, not one.
    expect(row(cells, 'new')).toEqual([217, 1, 0, 0, 0, 0, 218]);
    expect(row(cells, 'carried_over')).toEqual([3, 0, 0, 1, 0, 0, 4]);
  });

  it('a group label in a column of its own, the rows\' labels wrapped around their figures: the label area is both columns', () => {
    const { tables, cells } = t3([
      ...header,
      ...rows12,
      ...at(575.6, [['三、本', 74, 105], ['（一）予以公开', 120, 194]]),
      ...figures(575.6, [71, 0, 0, 0, 0, 0, 71]),
      ...at(561.9, [['年度办', 74, 105], ['（二）部分公开', 120, 194]]),
      ...at(548.1, [['理结果', 74, 105], ['（区分处理的，', 120, 194]]),
      ...figures(540.8, [29, 0, 0, 0, 0, 0, 29]),
      ...at(533.7, [['只计这一情形，', 120, 194]]),
      ...at(520.0, [['不计其他情形）', 120, 194]]),
    ]);
    // Seven value columns: "（一）予以公开", in a column apart from "三、本", is a label, not a column of figures.
    expect(tables[0]?.middles).toHaveLength(7);
    expect(row(cells, 'granted')).toEqual([71, 0, 0, 0, 0, 0, 71]);
    expect(row(cells, 'partly_granted')).toEqual([29, 0, 0, 0, 0, 0, 29]);
  });

  it('rows with no space between them over a page break: the rest of a cut label and the next row\'s label opening the page go on the table', () => {
    const before: TextItem[] = [...header, ...rows12, ...at(575.6, [['7.属于行政执法案', 120, 204]]), ...figures(575.6, [1, 0, 0, 0, 0, 0, 1])];
    // The page after: "卷" (the rest of 7.属于行政执法案卷), then 8.属于行政查询事项 wrapped around its figures.
    const after: TextItem[] = [
      ...at(767.8, [['卷', 157, 167.5]]),
      ...at(753.9, [['8.属于行政查询事', 120, 204]]),
      ...figures(747.1, [0, 0, 0, 0, 0, 0, 0]),
      ...at(739.7, [['项', 157, 167.5]]),
      ...at(725.8, [['1.本机关不掌握相', 120, 204]]),
      ...figures(718.9, [37, 0, 0, 0, 0, 0, 37]),
      ...at(711.5, [['关政府信息', 136, 188.5]]),
    ];
    const cells = overBreak(before, after);
    expect(row(cells, 'denied_enforcement_file')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(cells, 'denied_query')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(cells, 'unable_not_held')).toEqual([37, 0, 0, 0, 0, 0, 37]);
  });

  it('rows with no space between them over a page break: a row\'s label wrapped below its figures down to the page\'s foot goes on the table, its rest opening the next page', () => {
    // Three lines of the label below its figures close the page (more than the two lines of a block's
    // heading a page may close with), each left of every figure; "公开申请", its last line, opens the next.
    const before: TextItem[] = [
      ...header,
      ...rows12,
      ...at(575.6, [['2.申请人逾期未按', 120, 204]]),
      ...figures(575.6, [2, 0, 0, 0, 0, 0, 2]),
      ...at(561.8, [['收费通知要求缴纳', 120, 204]]),
      ...at(548, [['费用、行政机关不', 120, 204]]),
      ...at(534.2, [['再处理其政府信息', 120, 204]]),
    ];
    const after: TextItem[] = [
      ...at(767.8, [['公开申请', 141, 183]]),
      ...at(753.9, [['3.其他', 141, 183]]),
      ...figures(753.9, [1, 0, 0, 0, 0, 0, 1]),
      ...at(740.1, [['（七）总计', 136, 188.5]]),
      ...figures(740.1, [223, 1, 0, 0, 0, 0, 224]),
    ];
    const cells = overBreak(before, after);
    expect(row(cells, 'other_unpaid_fee')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(row(cells, 'other_other')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(cells, 'total')).toEqual([223, 1, 0, 0, 0, 0, 224]);
  });

  it('rows with no space between them: a label cut by the page break opens the page above a label\'s lines narrower than the table, not than them', () => {
    // The page's first line of columns is itself a label's ("处理" | "收费通知要求缴纳", 136 points wide): the
    // lines above it (the rest of the label the break cut, 84 points) are narrow beside the table's line
    // of figures below, not beside that one.
    const before: TextItem[] = [...header, ...rows12, ...at(575.6, [['（六）其他', 57, 99], ['1.申请人无正当理', 120, 204]]), ...figures(575.6, [1, 0, 0, 0, 0, 0, 1])];
    const after: TextItem[] = [
      ...at(767.8, [['由逾期不补正、行', 120, 204]]),
      ...at(754.1, [['政机关不再处理其', 120, 204]]),
      ...at(740.3, [['政府信息公开申请', 120, 204]]),
      ...at(726.4, [['2.申请人逾期未按', 120, 204]]),
      ...at(712.2, [['处理', 68, 89], ['收费通知要求缴纳', 120, 204]]),
      ...at(698.9, [['费用、行政机关不', 120, 204]]),
      ...figures(698.9, [2, 0, 0, 0, 0, 0, 2]),
      ...at(685.1, [['再处理其政府信息', 120, 204]]),
      ...at(671.3, [['公开申请', 141, 183]]),
      ...at(657.5, [['3.其他', 141, 183]]),
      ...figures(657.5, [1, 0, 0, 0, 0, 0, 1]),
    ];
    const cells = overBreak(before, after);
    expect(row(cells, 'other_no_correction')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(cells, 'other_unpaid_fee')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(row(cells, 'other_other')).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('rows with no space between them: a labelled row whose only figure stands just under a figure of a fuller row is a wrapped figure\'s rest, unread, and so is that figure', () => {
    // Columns 30 points wide, as a Word file leaves them: 行政规范性文件 a character a line, 546 wrapped as
    // "54" | "6" — the row of "政" holds only "6", under 54 (LibreOffice, positions from such a print).
    const item = (text: string, x0: number, y0: number, y1: number): TextItem => ({ text, x0, x1: x0 + text.length * (/\d/.test(text) ? 5.5 : 10.5), y0, y1, size: /\d/.test(text) ? 11 : 10.5, font: 'f', vertical: false });
    const items: TextItem[] = [
      item('规', 72.1, 177, 187.5),
      ...['0', '0', '0'].map((t, i) => item(t, 102.1 + 30 * i, 169.8, 180.8)),
      item('章', 72.1, 163.2, 173.7),
      item('行', 72.1, 148.8, 160),
      ...['58', '45', '54'].map((t, i) => item(t, 102.1 + 30 * i, 148.8, 160)),
      item('政', 72.1, 134.4, 146.2),
      item('6', 162.1, 134.4, 146.2),
      item('规', 72.1, 122, 132.5),
      item('范', 72.1, 108.2, 118.7),
    ];
    const { tables } = unruledTables(items);
    expect(tables).toHaveLength(1);
    const cells = tables[0]!.cells.flat();
    const cellOf = (t: string) => cells.find((c) => c.text === t);
    // (54 is 546's first line, its rest under it: unread too, never 54 — it was taken as the cell's figure.)
    expect([cellOf('58')?.unsure, cellOf('45')?.unsure, cellOf('54')?.unsure]).toEqual([undefined, undefined, true]);
    expect(cellOf('6')?.unsure).toBe(true);
  });

  it('rows with no space between them, text at the cells\' left: table 二\'s block heading under a row\'s label is a row of its own, not the label\'s second line', () => {
    // "第二十条第（六）项" starts where "其他对外管理服务事项" starts, a line below it and no wider (LibreOffice,
    // a 2019 report's Word file with borders off, positions from such a print).
    const item = (text: string, x0: number, y0: number, w = 10.5): TextItem => ({ text, x0, x1: x0 + text.length * w, y0, y1: y0 + (w === 7 ? 11 : 10.5), size: w === 7 ? 11 : 10.5, font: 'f', vertical: false });
    const row = (y: number, label: string, v: string[]): TextItem[] => [item(label, 72.1, y), ...v.map((t, i) => item(t, [252.6, 324.8, 451.2][i]!, y, 7))];
    const items: TextItem[] = [
      ...row(532.8, '行政许可', ['396', '0', '181']),
      ...row(519, '其他对外管理服务事项', ['10', '0', '153']),
      item('第二十条第（六）项', 72.1, 505.3),
      item('上一年项目', 252.6, 491.5),
      item('处理决定数', 451.2, 491.5),
      item('信息内容', 72.1, 484.3),
      item('本年增/减', 324.8, 484.3),
      item('数量', 252.6, 477.8),
      item('量', 451.2, 477.8),
      ...row(463.4, '行政处罚', ['2648', '0', '430']),
      ...row(449, '行政强制', ['126', '0', '25']),
    ];
    const { tables } = unruledTables(items);
    expect(tables).toHaveLength(1);
    const labels = tables[0]!.cells.map((r) => r.slice(0, 2).map((c) => c.text).join(''));
    expect(labels).toContain('其他对外管理服务事项');
    expect(labels).toContain('第二十条第（六）项');
  });

  it('text at the cells\' left: a block\'s headings closing a page go on its figures opening the next though the last heading reaches past them', () => {
    // "现行有效件数" starts where 470 starts and runs 13 points past where that column would end were its
    // figures in the middle: still within the table (LibreOffice, Word borders off, text at the left).
    const item = (text: string, x0: number, y0: number, w = 10.5): TextItem => ({ text, x0, x1: x0 + text.length * w, y0, y1: y0 + 10.5, size: 10.5, font: 'f', vertical: false });
    const row = (y: number, label: string, v: string[]): TextItem[] => [item(label, 72.1, y), ...v.map((t, i) => item(t, [238.4, 333.4, 428.4][i]!, y, 6.1))];
    const before: TextItem[] = [item('二、主动公开政府信息情况', 72.1, 101.7), item('第二十条第（一）项', 72.1, 88), item('信息内容', 72.1, 74.2), item('本年制发件数', 238.4, 74.2), item('本年废止件数', 333.4, 74.2), item('现行有效件数', 428.4, 74.2)];
    // (The table's blocks below: the fees' amount widens the first column, so its middle and the edges
    // halfway between the middles move left.)
    const after: TextItem[] = [
      ...row(756.7, '规章', ['0', '0', '0']),
      ...row(742.3, '行政规范性文件', ['77', '132', '470']),
      item('第二十条第（八）项', 72.1, 728.5),
      item('信息内容', 72.1, 714.8),
      item('本年收费金额（单位：万元）', 238.4, 714.8),
      ...row(700.4, '行政事业性收费', ['5949.088667']),
    ];
    const { groups } = placeTables([{ ...page, page: 1, items: before }, { ...page, page: 2, items: after }], new Set());
    expect(groups.map((g) => g.map((p) => p.page.page))).toEqual([[1, 2]]);
    const cells = findTables([tableGrid(groups[0]!, 1)]).tables.t2?.cells ?? {};
    const value = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    expect(['regulations.issued', 'normative_documents.issued', 'normative_documents.repealed', 'normative_documents.in_force'].map(value)).toEqual([0, 77, 132, 470]);
  });

  it('labels wrapped three characters a line: a run of figures goes on over twelve lines of labels between two rows', () => {
    // Columns of equal width (a Word table at the page's width): each label in a column three characters
    // wide, set in the middle of its row — the lower half of one row's label and the upper half of the
    // next stand between their rows of figures.
    const label = (text: string, top: number): TextItem[] => Array.from({ length: Math.ceil(text.length / 3) }, (_, i) => at(top - 13.8 * i, [[text.slice(3 * i, 3 * i + 3), 162.4, 162.4 + 10.5 * text.slice(3 * i, 3 * i + 3).length]])).flat();
    const first = '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请';
    const second = '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请';
    const top1 = 760;
    const top2 = top1 - 13.8 * 13;
    const items: TextItem[] = [
      ...label(first, top1 + 13.8 * 5),
      ...figures(top1, [1, 0, 0, 0, 0, 0, 1]),
      ...label(second, top2 + 13.8 * 6),
      ...figures(top2, [2, 0, 0, 0, 0, 0, 2]),
    ];
    const { tables } = unruledTables(items);
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.cells.filter((r) => r.some((c) => /^\d+$/.test(c.text)));
    expect(rows.map((r) => r[1]!.text)).toEqual([first, second]);
  });

  it('figures set at the cells\' left over a page break: the parts go on where their figures start, whatever their widths', () => {
    // 23 and 24 on one page, 3 and 4 on the next: the columns' middles 3.5 points apart, their starts the same.
    const left = (top: number, v: number[]): TextItem[] => at(top, v.map((n, i) => [String(n), [219, 264, 309, 355, 400, 445, 490][i]!, [219, 264, 309, 355, 400, 445, 490][i]! + String(n).length * 7] as [string, number, number]));
    const before: TextItem[] = [...header, ...at(630.6, [['一、本年新收政府信息公', 77, 192]]), ...left(623.9, [23, 1, 0, 0, 0, 0, 24]), ...at(616.9, [['开申请数量', 108, 161]])];
    const after: TextItem[] = [...at(767.8, [['二、上年结转政府信息公', 77, 192]]), ...left(761.1, [3, 0, 0, 1, 0, 0, 4]), ...at(754.1, [['开申请数量', 108, 161]])];
    const cells = overBreak(before, after);
    expect(row(cells, 'new')).toEqual([23, 1, 0, 0, 0, 0, 24]);
    expect(row(cells, 'carried_over')).toEqual([3, 0, 0, 1, 0, 0, 4]);
  });

  it('labels wrapped three characters a line over a page break: the page opens with the rest of one label and half the next, fourteen lines above the first figures', () => {
    const lines3 = (text: string): string[] => Array.from({ length: Math.ceil(text.length / 3) }, (_, i) => text.slice(3 * i, 3 * i + 3));
    const stack = (parts: string[], top: number): TextItem[] => parts.flatMap((t, i) => at(top - 13.8 * i, [[t, 162.4, 162.4 + 10.5 * t.length]]));
    const first = lines3('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
    const second = lines3('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请');
    // The page before: 1.'s first four lines down to the page's foot, its figures on the first (LibreOffice
    // sets them at the top of the part of the row the page holds).
    const before: TextItem[] = [...header, ...rows12, ...stack(first.slice(0, 4), 575.6), ...figures(575.6, [1, 0, 0, 0, 0, 0, 1])];
    // The page after: the other eight lines of 1., then 2. (thirteen lines, its figures on the seventh).
    const after: TextItem[] = [...stack([...first.slice(4), ...second], 767.8), ...figures(767.8 - 13.8 * (first.length - 4 + 6), [2, 0, 0, 0, 0, 0, 2])];
    const cells = overBreak(before, after);
    expect(row(cells, 'other_no_correction')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(cells, 'other_unpaid_fee')).toEqual([2, 0, 0, 0, 0, 0, 2]);
  });

  it('rows with no space between them: a label\'s line a character wider than the line above it, to the point, is still its line', () => {
    // "纳费" (21 points) over "用、行" (31.5 points and a hair: the print's positions), both centred.
    const items: TextItem[] = [
      ...at(700, [['2.申请', 163.8, 195.3]]),
      ...figures(700, [2, 0, 0, 0, 0, 0, 2]),
      ...at(686.2, [['人逾期', 163.8, 195.3]]),
      ...at(672.4, [['纳费', 169, 190]]),
      ...at(658.6, [['用', 163.8, 174.3], ['、行', 174.3000030517578, 195.3000030517578]]),
      ...at(644.8, [['政机关', 163.8, 195.3]]),
      ...at(631, [['3.其他', 158.55, 200.55]]),
      ...figures(631, [1, 0, 0, 0, 0, 0, 1]),
    ];
    const { tables } = unruledTables(items);
    expect(tables).toHaveLength(1);
    const labels = tables[0]!.cells.map((r) => r[1]!.text).filter((t) => t !== '');
    expect(labels).toEqual(['2.申请人逾期纳费用、行政机关', '3.其他']);
  });

  it('rows with no space between them, 16 pt: a label\'s line opening with a quote mark, which no line may end with, goes on the line above it, a character shorter still', () => {
    // A 公文's table in 16 pt: "3.危及" (its "3." half as wide), then "“三安全" — the quote mark moved down with
    // the character it opens — over its figures, then "一稳定”" (positions from such a print).
    const big = top16;
    const figs = (top: number, v: number[]): TextItem[] => big(top, v.map((n, i) => [String(n), [305, 336, 371.4, 406.8, 442.1, 473.1, 499.7][i]!, [305, 336, 371.4, 406.8, 442.1, 473.1, 499.7][i]! + 10.2] as [string, number, number]));
    const items: TextItem[] = [
      ...big(762, [['2.申请', 229.0, 276.3]]),
      ...figs(762, [2, 0, 0, 0, 0, 0, 2]),
      ...big(734, [['人逾期', 228.6, 276.6]]),
      ...big(706, [['3.危及', 229.0, 276.3]]),
      ...big(678, [['“', 220.6, 236.6], ['三安全', 236.6, 284.6]]),
      ...figs(678, [1, 0, 0, 0, 0, 0, 1]),
      ...big(650, [['一稳定”', 220.6, 284.6]]),
      ...big(622, [['4.其他', 229.0, 276.3]]),
      ...figs(622, [3, 0, 0, 0, 0, 0, 3]),
    ];
    const { tables } = unruledTables(items);
    expect(tables).toHaveLength(1);
    const labels = tables[0]!.cells.map((r) => r.find((c) => c.text !== '' && !/^\d+$/.test(c.text))?.text).filter((t) => t !== undefined);
    expect(labels).toEqual(['2.申请人逾期', '3.危及“三安全一稳定”', '4.其他']);
    expect(tables[0]!.cells.map((r) => r.filter((c) => /^\d+$/.test(c.text)).map((c) => c.text).join(' ')).filter((t) => t !== '')).toEqual(['2 0 0 0 0 0 2', '1 0 0 0 0 0 1', '3 0 0 0 0 0 3']);
  });

  it('rows with no space between them: a group label whose last line stands on a row\'s figures is one label beside its rows', () => {
    const { tables, cells } = t3([
      ...header,
      ...rows12,
      ...at(575.6, [['4.保护第三方合法', 120, 204]]),
      ...figures(568.7, [3, 0, 0, 0, 0, 0, 3]),
      ...at(561.8, [['权益', 152, 173]]),
      ...at(547.9, [['（三）不予', 60, 112.5], ['5.属于三类内部事', 120, 204]]),
      ...figures(541.0, [32, 0, 0, 0, 0, 0, 32]),
      ...at(541.0, [['公开', 75.75, 96.75]]),
      ...at(533.6, [['务信息', 146, 177.5]]),
    ]);
    expect(row(cells, 'denied_third_party')).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(row(cells, 'denied_internal')).toEqual([32, 0, 0, 0, 0, 0, 32]);
    // One label, not "（三）不予" a row of its own (a table-extra warning) and "公开" beside 5.
    const grid = tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1);
    const texts = grid.rows.flat().map((c) => c?.text);
    expect(texts).toContain('（三）不予公开');
    expect(texts).not.toContain('（三）不予');
  });

  it('table 四 with no space between its header rows, a character a line: headings over headings stay apart', () => {
    // Columns 30 pt wide: 结 | 果 | 维 | 持 down each column, 行政复议's a line higher than 行政诉讼's.
    const xs = [82, 114, 146, 177, 205, 233, 264, 296, 328, 356, 383, 415, 447, 478, 506];
    const ch = (top: number, from: number, text: string): TextItem[] =>
      at(top, [...text].map((c, i) => [c, xs[from + i]! - 5.25, xs[from + i]! + 5.25] as [string, number, number]));
    const v = [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19];
    const items: TextItem[] = [
      ...at(333.4, [['行政复议', 121, 163], ['行政诉讼', 347, 389]]),
      ...at(319.7, [['未经复议直接起诉', 250, 334], ['复议后起诉', 417, 469]]),
      ...ch(312.8, 0, '结结其尚'),
      ...ch(305.9, 5, '结结其尚'), ...ch(305.9, 10, '结结其尚'),
      ...ch(299.1, 0, '果果他未总'),
      ...ch(292.2, 5, '果果他未总'), ...ch(292.2, 10, '果果他未总'),
      ...ch(285.3, 0, '维纠结审计'),
      ...ch(278.4, 5, '维纠结审计'), ...ch(278.4, 10, '维纠结审计'),
      ...ch(271.6, 0, '持正果结'),
      ...ch(264.7, 5, '持正果结'), ...ch(264.7, 10, '持正果结'),
      ...at(250.8, v.map((n, i) => [String(n), xs[i]! - String(n).length * 2.75, xs[i]! + String(n).length * 2.75] as [string, number, number])),
    ];
    const { tables } = unruledTables(items);
    const grids = tables.map((t, i) => tableGrid([{ page, table: t, firstOnPage: false, lastOnPage: false }], i + 1));
    const cells = findTables(grids).tables.t4?.cells ?? {};
    const read = (id: string): unknown[] => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => (cells[`${id}.${c}`]?.kind === 'number' ? (cells[`${id}.${c}`] as { value: number }).value : undefined));
    expect([...read('review'), ...read('suit_direct'), ...read('suit_after_review')]).toEqual(v);
  });

  /**
   * Table 四 as LibreOffice prints a Word table with its borders off and its text at the cells' left (where
   * each column's text starts): 行政复议 over the first five columns, 行政诉讼 over the other ten, the
   * column headings a character a line; `place` sets each figure of its one row (its column's left end).
   */
  const leftTable4 = (v: number[], place: (text: string, x: number) => [number, number]): TextItem[] => {
    const xs = [72.1, 103.8, 135.5, 167.1, 198.8, 222.5, 254.2, 285.9, 317.6, 349.2, 373, 404.6, 436.3, 468, 499.7];
    const ch = (top: number, from: number, text: string): TextItem[] => at(top, [...text].map((c, i) => [c, xs[from + i]!, xs[from + i]! + 10.5] as [string, number, number]));
    return [
      ...at(376, [['行政复议', 72.1, 114.1], ['行政诉讼', 222.5, 264.5]]),
      // (The pieces of text as LibreOffice sets them.)
      ...at(362.2, [['未经', 222.5, 243.5], ['复议', 243.5, 264.5], ['直', 264.5, 275], ['接起诉', 275, 306.5], ['复议', 373, 394], ['后', 394, 404.5], ['起诉', 404.5, 425.5]]),
      ...ch(355.4, 0, '结结其尚'),
      ...ch(348.5, 5, '结结其尚'), ...ch(348.5, 10, '结结其尚'),
      ...ch(341.6, 0, '果果他未总'),
      ...ch(334.7, 5, '果果他未总'), ...ch(334.7, 10, '果果他未总'),
      ...ch(327.9, 0, '维纠结审计'),
      ...ch(321, 5, '维纠结审计'), ...ch(321, 10, '维纠结审计'),
      ...ch(314.1, 0, '持正果结'),
      ...ch(307.2, 5, '持正果结'), ...ch(307.2, 10, '持正果结'),
      ...at(293.4, v.map((n, i) => [String(n), ...place(String(n), xs[i]!)] as [string, number, number])),
    ];
  };
  const table4Cells = (items: TextItem[]) => {
    const { tables } = unruledTables(items);
    const grids = tables.map((t, i) => tableGrid([{ page, table: t, firstOnPage: false, lastOnPage: false }], i + 1));
    return findTables(grids).tables.t4?.cells ?? {};
  };

  it('table 四 with its text set at the cells\' left (Word\'s own alignment), a character a line: each heading spans from its column to the next heading\'s', () => {
    const v = [1, 0, 2, 0, 3, 2, 1, 0, 0, 3, 0, 0, 0, 0, 0];
    const cells = table4Cells(leftTable4(v, (t, x) => [x, x + t.length * 7]));
    const read = (id: string): unknown[] => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => (cells[`${id}.${c}`]?.kind === 'number' ? (cells[`${id}.${c}`] as { value: number }).value : undefined));
    expect([...read('review'), ...read('suit_direct'), ...read('suit_after_review')]).toEqual(v);
  });

  it('the same printed at half size (figures a point and a half narrower than the headings at their left): each heading spans from its column to the next heading\'s', () => {
    const v = [1, 0, 2, 0, 3, 2, 1, 0, 0, 3, 0, 0, 0, 0, 0];
    const half = leftTable4(v, (t, x) => [x, x + t.length * 7]).map((i) => ({ ...i, x0: i.x0 / 2, x1: i.x1 / 2, y0: i.y0 / 2, y1: i.y1 / 2, size: i.size / 2 }));
    const cells = table4Cells(half);
    const read = (id: string): unknown[] => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => (cells[`${id}.${c}`]?.kind === 'number' ? (cells[`${id}.${c}`] as { value: number }).value : undefined));
    expect([...read('review'), ...read('suit_direct'), ...read('suit_after_review')]).toEqual(v);
  });

  it('headings set at the left over figures set in the middle of their columns are not spread from where they start: those cells stay unread', () => {
    // The same table with every figure in the middle of its column: the headings' left ends say nothing of
    // what they span, and they are not in the middle of it either.
    const v = [1, 0, 2, 0, 3, 2, 1, 0, 0, 3, 0, 0, 0, 0, 0];
    const cells = table4Cells(leftTable4(v, (t, x) => [x + 12 - t.length * 2.75, x + 12 + t.length * 2.75]));
    const wrong = Object.entries(cells).filter(([k, c]) => c.kind === 'number' && (c as { value: number }).value !== v[['review', 'suit_direct', 'suit_after_review'].indexOf(k.split('.')[0]!) * 5 + ['upheld', 'corrected', 'other', 'pending', 'total'].indexOf(k.split('.')[1]!)]);
    expect(wrong).toEqual([]);
    expect(Object.keys(cells).length).toBeLessThan(15);
  });

  it('rows with no space between them: a block heading and one line of headings closing a page go on the figures opening the next', () => {
    // Table 二's first block: "第二十条第（一）项" and its headings at the foot of page 1, its rows on page 2.
    const foot: TextItem[] = [
      ...at(112.2, [['二、主动公开政府信息情况', 72, 198]]),
      ...at(98.5, [['第二十条第（一）项', 245, 340]]),
      ...at(84.7, [['信息内容', 129, 171], ['本年制发件数', 249, 312], ['本年废止件数', 344, 407], ['现行有效件数', 439, 502]]),
    ];
    const top: TextItem[] = [
      ...at(767.7, [['规章', 139, 160], ['0', 277, 284], ['0', 372, 379], ['0', 467, 474]]),
      ...at(753.3, [['行政规范性文件', 113, 187], ['77', 274, 287], ['132', 365, 386], ['470', 460, 481]]),
      ...at(739.0, [['第二十条第（五）项', 245, 340]]),
      ...at(725.3, [['信息内容', 129, 171], ['本年处理决定数量', 334, 418]]),
      ...at(711.4, [['行政许可', 129, 171], ['2629', 362, 389]]),
    ];
    const { groups } = placeTables([{ ...page, page: 1, items: foot }, { ...page, page: 2, items: top }], new Set());
    expect(groups.map((g) => g.map((p) => p.page.page))).toEqual([[1, 2]]);
    const cells = findTables([tableGrid(groups[0]!, 1)]).tables.t2?.cells ?? {};
    const value = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    expect(['regulations', 'normative_documents'].flatMap((r) => ['issued', 'repealed', 'in_force'].map((c) => value(`${r}.${c}`)))).toEqual([0, 0, 0, 77, 132, 470]);
    expect(value('licensing.decisions')).toBe(2629);
  });

  it('rows with no space between them: a heading over a wrapped heading is not its first line (a wrapped text\'s lines are full but the last)', () => {
    // "法人或其他组织" over "社会公" | "益组织", all on one middle, nothing else under it on their lines (the
    // other headings one line, set lower, in the middle of their two).
    const items: TextItem[] = [
      ...at(685.6, [['法人或其他组织', 323, 397]]),
      ...at(671.9, [['社会公', 344, 376]]),
      ...at(665.0, [['自然人', 209, 240], ['商业企业', 248, 290], ['科研机构', 293, 335], ['法律服务', 384, 426], ['其他', 440, 461], ['总计', 485, 506]]),
      ...at(658.1, [['益组织', 344, 376]]),
      ...at(644.4, [['一、本年新收', 77, 140]]),
      ...figures(644.4, [217, 1, 0, 0, 0, 0, 218]),
      ...at(630.6, [['二、上年结转', 77, 140]]),
      ...figures(630.6, [3, 0, 0, 1, 0, 0, 4]),
    ];
    const { tables } = unruledTables(items);
    const texts = tables.flatMap((t) => tableGrid([{ page, table: t, firstOnPage: false, lastOnPage: false }], 1).rows.flat().map((c) => c?.text));
    expect(texts).toContain('法人或其他组织');
    expect(texts).toContain('社会公益组织');
  });

  it('rows with no space between them: a heading broken over two lines in a wide column is one heading (the 2019 format\'s 本年新制作 | 数量)', () => {
    const items: TextItem[] = [
      ...at(655.9, [['第二十条第（一）项', 245, 340]]),
      ...at(642.1, [['本年新制作', 257, 310], ['对外公开总', 456, 508]]),
      ...at(635.3, [['信息内容', 136, 178], ['本年新公开数量', 346, 419]]),
      ...at(628.4, [['数量', 273, 294], ['数量', 471, 492]]),
      ...at(614.5, [['规章', 147, 168], ['0', 280, 287], ['0', 379, 386], ['0', 478, 485]]),
      ...at(600.1, [['规范性文件', 131, 183], ['89', 276, 290], ['89', 376, 390], ['89', 475, 489]]),
    ];
    const { tables } = unruledTables(items);
    const grids = tables.map((t, i) => tableGrid([{ page, table: t, firstOnPage: false, lastOnPage: false }], i + 1));
    const cells = findTables(grids).tables.t2?.cells ?? {};
    const value = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    expect(['regulations', 'normative_documents'].flatMap((r) => ['made', 'published', 'total_published'].map((c) => value(`${r}.${c}`)))).toEqual([0, 0, 0, 89, 89, 89]);
  });

  // Positions from a Chromium print of the official-layout page with every border and all cell padding
  // removed (9 pt): the cells' texts as close as the text lets them be.
  const at9 = (y: number, pieces: [string, number, number][]): TextItem[] => pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y, y1: y + 9, size: 9, font: 'f', vertical: false }));
  /** Cells' texts run together in one piece, a space (1.04 points) between them, as Chromium gives them. */
  const runTogether = (y: number, text: string, x0: number): TextItem => {
    const xs: number[] = [];
    let x = 0;
    for (const ch of text) {
      xs.push(x);
      x += ch === ' ' ? 1.043 : 9;
    }
    return { text, x0, x1: x0 + x, y0: y, y1: y + 9, size: 9, font: 'f', vertical: false, xs };
  };

  it('no cell padding: a group label run into the label beside it is cut where the rows\' own labels start', () => {
    const fig = (y: number, v: number[]): [string, number, number][] => v.map((n, i) => [String(n), [313.3, 349.3, 385.3, 424.3, 466.2, 505.2, 541.2][i]!, [313.3, 349.3, 385.3, 424.3, 466.2, 505.2, 541.2][i]! + 5]);
    const items: TextItem[] = [
      ...at9(343.3, [['1.', 136.8, 144.3], ['属于国家秘密', 144.3, 198.3], ...fig(343.3, [0, 0, 0, 0, 0, 0, 0])]),
      ...at9(329.8, [['2.', 136.8, 144.3], ['其他法律行政法规禁止公开', 144.3, 252.3], ...fig(329.8, [0, 0, 0, 0, 0, 0, 0])]),
      ...at9(317.1, [['3.', 136.8, 144.3], ['危及“三安全一稳定”', 144.3, 225.3], ...fig(317.1, [0, 0, 0, 0, 0, 0, 0])]),
      // "（三）不予" ends 1.8 points before "4." starts: less than half a character.
      ...at9(303.6, [['（三）不予', 90, 135], ['4.', 136.8, 144.3], ['保护第三方合法权益', 144.3, 225.3], ...fig(303.6, [0, 0, 0, 0, 0, 0, 0])]),
      ...at9(290.8, [['公开', 103.5, 121.5], ['5.', 136.8, 144.3], ['属于三类内部事务信息', 144.3, 234.3], ...fig(290.8, [1, 0, 0, 0, 0, 0, 1])]),
      ...at9(278.1, [['6.', 136.8, 144.3], ['属于四类过程性信息', 144.3, 225.3], ...fig(278.1, [0, 0, 0, 0, 0, 0, 0])]),
    ];
    const { tables } = unruledTables(items);
    expect(tables).toHaveLength(1);
    const labels = tables[0]!.cells.map((row) => [row[0]!.text, row[1]!.text]);
    expect(labels).toContainEqual(['（三）不予', '4.保护第三方合法权益']);
    expect(labels).toContainEqual(['公开', '5.属于三类内部事务信息']);
    expect(labels).toContainEqual(['', '3.危及“三安全一稳定”']);
  });

  it('no cell padding: table 四\'s column headings run together a space apart are a line of headings, not a caption; every cell read', () => {
    const figures = [['1', 49.8], ['0', 86.8], ['2', 123.9], ['0', 160.9], ['3', 193.3], ['12', 223.2], ['0', 262.8], ['0', 299.8], ['0', 336.9], ['12', 366.8], ['0', 401.7], ['0', 438.7], ['0', 475.8], ['0', 512.8], ['0', 545.3]] as const;
    const items: TextItem[] = [
      ...at9(661.3, [['平潭综合实验区（管委会，区级汇总报告）', 91.6, 262.6], ['统计期限：', 276.3, 321.3], ['2021年1月1日至2021年12月31日', 321.3, 454.2], ['单位：件', 467.9, 503.9]]),
      ...at9(643.3, [['行政复议', 103.7, 139.7], ['行政诉讼', 367.7, 403.7]]),
      ...at9(630.6, [['未经复议直接起诉', 261.7, 333.7], ['复议后起诉', 451.2, 496.2]]),
      runTogether(623.8, '结果维持 结果纠正 其他结果 尚未审结', 34.3),
      ...at9(623.8, [['总计', 186.8, 204.8]]),
      runTogether(617.8, '结果维持 结果纠正 其他结果 尚未审结', 210.2),
      ...at9(617.8, [['总计', 362.8, 380.8]]),
      runTogether(617.8, '结果维持 结果纠正 其他结果 尚未审结', 386.2),
      ...at9(617.8, [['总计', 538.8, 556.8]]),
      ...at9(604.3, figures.map(([t, x]) => [t, x, x + 5 * t.length] as [string, number, number])),
    ];
    const { tables } = unruledTables(items);
    const grids = tables.map((t, i) => tableGrid([{ page, table: t, firstOnPage: false, lastOnPage: false }], i + 1));
    const cells = findTables(grids).tables.t4?.cells ?? {};
    const read = (id: string): unknown[] => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => (cells[`${id}.${c}`]?.kind === 'number' ? (cells[`${id}.${c}`] as { value: number }).value : undefined));
    expect([...read('review'), ...read('suit_direct'), ...read('suit_after_review')]).toEqual(figures.map(([t]) => Number(t)));
  });

  it('column headings run together with no padding between the cells are cut at the columns\' edges', () => {
    // "商业企业科研机构": one piece of text over two columns, each half in the middle of its column.
    const run: TextItem = { text: '商业企业科研机构', x0: 246.5, x1: 336.5, y0: 640.8, y1: 651.3, size: 10.5, font: 'f', vertical: false, xs: [0, 11.25, 22.5, 33.75, 45, 56.25, 67.5, 78.75] };
    const items: TextItem[] = [
      ...at(685.6, [['（本列数据的勾稽关系', 82, 187], ['申请人情况', 334, 386]]),
      ...at(671.9, [['为：第一项加第二项之', 82, 187], ['法人或其他组织', 323, 397]]),
      ...at(658.1, [['和，等于第三项加第四项', 77, 192], ['社会公', 344, 376], ['法律服', 389, 421]]),
      ...at(651.3, [['自然人', 209, 240], ['其他', 440, 461], ['总计', 485, 506]]),
      run,
      ...at(644.4, [['之和）', 119, 150], ['益组织', 344, 376], ['务机构', 389, 421]]),
      ...rows12,
    ];
    const { cells } = t3(items);
    expect(row(cells, 'new')).toEqual([217, 1, 0, 0, 0, 0, 218]);
  });

  // Positions from Chromium prints of an agency's own page with no border and no cell padding (10 pt):
  // table 三's narrow columns as close as their text, headings a few characters a line.
  const at10 = (y: number, pieces: [string, number, number][]): TextItem[] => pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y, y1: y + 10, size: 10, font: 'f', vertical: false }));
  /** Table 三's header as such a page prints it, `dy` points lower. */
  const header10 = (dy: number): TextItem[] => [
    ...at10(818.1 - dy, [['申请人情况', 354.3, 404.3]]),
    ...at10(779.1 - dy, [['法人或其他组织', 346.8, 416.8]]),
    ...at10(764.1 - dy, [['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第', 9.4, 299.3]]),
    ...at10(749.1 - dy, [['四项之和）', 129.3, 179.3]]),
    ...at10(744.6 - dy, [['自然', 303.3, 323.3], ['总', 442.8, 452.8]]),
    ...at10(740.1 - dy, [['商', 326.6, 336.6], ['科', 341.6, 351.6]]),
    ...at10(729.6 - dy, [['人', 308.3, 318.3], ['计', 442.8, 452.8]]),
    // (Pieces 5 points apart: closer than the GAP that sets columns apart in a line.)
    ...at10(725.1 - dy, [['业', 326.6, 336.6], ['研', 341.6, 351.6], ['社会公', 356.7, 386.7], ['法律服', 391.9, 421.9], ['其', 427.1, 437.1]]),
    ...at10(710.1 - dy, [['企', 326.6, 336.6], ['机', 341.6, 351.6], ['益组织', 356.7, 386.7], ['务机构', 391.9, 421.9], ['他', 427.1, 437.1]]),
    ...at10(695.1 - dy, [['业', 326.6, 336.6], ['构', 341.6, 351.6]]),
  ];
  const figures10 = (y: number, v: number[]): [string, number, number][] =>
    v.map((n, i) => {
      const mid = [313.3, 331.6, 346.6, 371.7, 406.9, 432.1, 447.8][i]!;
      const w = String(n).length * 6.35;
      return [String(n), mid - w / 2, mid + w / 2];
    });

  it('no cell padding on an agency\'s page: figures a few points apart, a label just before its first figure and headings 5 points apart are each their own cell', () => {
    const { cells } = t3([
      ...header10(0),
      ...at10(656.1, [['一、本年新收政府信息公开申请数量', 74.3, 234.3], ...figures10(656.1, [64, 0, 0, 2, 0, 4, 70])]),
      ...at10(617.1, [['二、上年结转政府信息公开申请数量', 74.3, 234.3], ...figures10(617.1, [0, 0, 0, 0, 0, 0, 0])]),
      ...at10(578.1, [['三、本年度', 8.6, 58.6], ['（一）予以公开', 147, 216.9], ...figures10(578.1, [27, 0, 0, 2, 0, 1, 30])]),
      ...at10(563.1, [['办理结果', 13.6, 53.6]]),
      ...at10(539.1, [['（二）部分公开（区分处理的，只计这一情形，不计其', 62, 301.9]]),
      ...at10(531.6, figures10(531.6, [5, 0, 0, 0, 0, 0, 5])),
      ...at10(524.1, [['他情形）', 162, 201.9]]),
      // "5.要求行政机关确认或重新出具已获取信息" ends 8 points before its first figure.
      ...at10(485.1, [['5.', 112.3, 121.8], ['要求行政机关确认或重新出具已获取信息', 121.8, 301.8], ...figures10(485.1, [3, 0, 0, 0, 0, 0, 3])]),
    ]);
    expect(row(cells, 'new')).toEqual([64, 0, 0, 2, 0, 4, 70]);
    expect(row(cells, 'carried_over')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(cells, 'granted')).toEqual([27, 0, 0, 2, 0, 1, 30]);
    expect(row(cells, 'partly_granted')).toEqual([5, 0, 0, 0, 0, 0, 5]);
    expect(row(cells, 'not_processed_confirmation')).toEqual([3, 0, 0, 0, 0, 0, 3]);
  });

  it('no cell padding: the figures of two cells one piece of text a space apart ("0 154") are two cells', () => {
    // The space is 4.5 points wide; "154" starts left of the edge halfway between the two columns' middles.
    const run: TextItem = { text: '0 154', x0: 425.8, x1: 455.8, y0: 656.1, y1: 666.1, size: 10, font: 'f', vertical: false, xs: [0, 6.4, 10.9, 17.3, 23.6] };
    const { cells } = t3([
      ...header10(0),
      ...at10(656.1, [['一、本年新收政府信息公开申请数量', 74.3, 234.3], ...figures10(656.1, [151, 3, 0, 0, 0]).slice(0, 5)]),
      run,
      ...at10(617.1, [['二、上年结转政府信息公开申请数量', 74.3, 234.3], ...figures10(617.1, [0, 0, 0, 0, 0, 0, 0])]),
      ...at10(578.1, [['三、本年度', 8.6, 58.6], ['（一）予以公开', 147, 216.9], ...figures10(578.1, [33, 0, 0, 0, 0, 0, 33])]),
    ]);
    expect(row(cells, 'new')).toEqual([151, 3, 0, 0, 0, 0, 154]);
    expect(row(cells, 'granted')).toEqual([33, 0, 0, 0, 0, 0, 33]);
  });

  it('no cell padding: a group label a point before its first row\'s label is cut there, a row numbered 1. starts no group', () => {
    // (The table as wide as the page's: its group column's first label at the left.)
    const { tables } = unruledTables([
      ...at10(173.1, [['三、本年度', 8.6, 58.6], ['（一）予以公开', 147, 216.9], ...figures10(173.1, [22, 0, 0, 0, 0, 0, 22])]),
      ...at10(158.1, [['办理结果', 13.6, 53.6]]),
      ...at10(134.1, [['4.', 147.3, 156.8], ['无正当理由大量反复申请', 156.8, 266.8], ...figures10(134.1, [0, 0, 0, 0, 0, 0, 0])]),
      ...at10(95.1, [['5.', 112.3, 121.8], ['要求行政机关确认或重新出具已获取信息', 121.8, 301.8], ...figures10(95.1, [0, 0, 0, 0, 0, 0, 0])]),
      ...at10(56.1, [['（六）其他', 61.4, 111.3], ['1.', 112.3, 121.8], ['申请人无正当理由逾期不补正、行政机关', 121.8, 301.8]]),
      ...at10(48.6, figures10(48.6, [1, 0, 0, 0, 0, 0, 1])),
      ...at10(41.1, [['处理', 76.4, 96.4], ['不再处理其政府信息公开申请', 142.1, 272]]),
    ]);
    expect(tables).toHaveLength(1);
    const labels = tables[0]!.cells.map((r) => r.slice(0, 2).map((c) => c.text));
    expect(labels).toContainEqual(['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请']);
    expect(labels).toContainEqual(['', '5.要求行政机关确认或重新出具已获取信息']);
  });

  it('no cell padding: a page opening with a row\'s label wrapped over two lines, its figures on a line between them, is one table with the rows below', () => {
    const { tables } = unruledTables([
      ...at10(818.1, [['2.', 112.3, 121.8], ['申请人逾期未按收费通知要求缴纳费用、', 121.8, 301.8]]),
      ...at10(810.6, figures10(810.6, [0, 0, 0, 0, 0, 0, 0])),
      ...at10(803.1, [['行政机关不再处理其政府信息公开申请', 122.1, 292]]),
      ...at10(764.1, [['3.', 192.3, 201.8], ['其他', 201.8, 221.8], ...figures10(764.1, [1, 0, 0, 0, 0, 0, 1])]),
      ...at10(725.1, [['（七）总计', 157, 206.9], ...figures10(725.1, [80, 1, 0, 0, 0, 0, 81])]),
      ...at10(686.1, [['四、结转下年度继续办理', 99.3, 209.3], ...figures10(686.1, [0, 0, 0, 0, 0, 0, 0])]),
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.cells.map((r) => r.map((c) => c.text).join('|'))).toEqual([
      '|2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请|0|0|0|0|0|0|0',
      '|3.其他|1|0|0|0|0|0|1',
      '|（七）总计|80|1|0|0|0|0|81',
      '|四、结转下年度继续办理|0|0|0|0|0|0|0',
    ]);
  });

  it('no cell padding: table 四\'s column headings 3 points apart, a column\'s edge between each two, are a line of headings; its header closing a page goes on the figures opening the next', () => {
    const before = [
      ...at10(134, [['四、政府信息公开行政复议、行政诉讼情况', 38, 341.9]]),
      ...at10(95.1, [['行政复议', 61, 101], ['行政诉讼', 286, 326]]),
      ...at10(56.1, [['结果维', 7.5, 37.5], ['结果纠', 40.6, 70.6], ['其他结', 73.7, 103.7], ['尚未审', 106.7, 136.7], ['总', 142.1, 152.1], ['未经复议直接起诉', 191, 270.9], ['复议后起诉', 356, 406]]),
      ...at10(41.1, [['持', 17.5, 27.5], ['正', 50.6, 60.6], ['果', 83.7, 93.7], ['结', 116.7, 126.7], ['计', 142.1, 152.1]]),
      // (One piece of text by the usual gap: "结果维" · "结果纠" · … 3 points apart, a column's edge in each gap.)
      ...at10(17.1, [['结果维', 157.5, 187.5], ['结果纠', 190.6, 220.6], ['其他结', 223.6, 253.6], ['尚未审', 256.7, 286.7], ['总', 292.1, 302.1], ['结果维', 307.5, 337.5], ['结果纠', 340.5, 370.5], ['其他结', 373.6, 403.6], ['尚未审', 406.7, 436.7], ['总', 442.1, 452.1]]),
      ...at10(2.1, [['持', 167.5, 177.5], ['正', 200.6, 210.6], ['果', 233.6, 243.6], ['结', 266.7, 276.7], ['计', 292.1, 302.1], ['持', 317.5, 327.5], ['正', 350.5, 360.5], ['果', 383.6, 393.6], ['结', 416.7, 426.7], ['计', 442.1, 452.1]]),
    ];
    const xs = [22.5, 55.6, 88.7, 121.7, 147.1, 172.5, 205.6, 238.6, 271.7, 297.1, 322.5, 355.5, 388.6, 421.7, 447.1];
    const v = [1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0];
    const after = [
      ...at10(806.1, v.map((n, i) => [String(n), xs[i]! - 3.2 * String(n).length, xs[i]! + 3.2 * String(n).length] as [string, number, number])),
      ...at10(761, [['五、存在的主要问题及改进情况', 38, 261.9]]),
    ];
    const { groups } = placeTables([{ ...page, page: 7, items: before }, { ...page, page: 8, items: after }], new Set());
    const t4 = groups.find((g) => g.some((p) => p.page.page === 8));
    expect(t4?.map((p) => p.page.page)).toEqual([7, 8]);
    const cells = findTables([tableGrid(t4!, 1)]).tables.t4?.cells ?? {};
    const read = (id: string): unknown[] => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => (cells[`${id}.${c}`]?.kind === 'number' ? (cells[`${id}.${c}`] as { value: number }).value : undefined));
    expect([...read('review'), ...read('suit_direct'), ...read('suit_after_review')]).toEqual(v);
  });

  it('a row\'s label whose text after its numbering stands within a point of where other rows\' labels start is not cut there', () => {
    // A striped agency page printed at 70 % (7 pt): "3." "4." "6." … start at 180.4–180.6, and "本机关不掌握相关政府信"
    // after "1." at 180.2 — the place where a group label run into a row's label would be cut.
    const at7 = (y: number, pieces: [string, number, number][]): TextItem[] => pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y, y1: y + 7, size: 7, font: 'f', vertical: false }));
    const zeros = (y: number, first = '0', last = '0'): TextItem[] => at7(y, [[first, 272.6, 277], ['0', 292.6, 297], ['0', 309.3, 313.7], ['0', 330.3, 334.8], ['0', 355.8, 360.2], ['0', 376.9, 381.3], [last, 395.8, 400.2]]);
    const { tables } = unruledTables([
      ...at7(726.4, [['3.', 180.4, 187.1], ['危及“三安全一稳定”', 187.1, 250.1]]),
      ...zeros(726.4),
      ...at7(699.1, [['4.', 180.6, 187.2], ['保护第三方合法权益', 187.2, 250.2]]),
      ...zeros(699.1),
      ...at7(671.8, [['6.', 180.6, 187.2], ['属于四类过程性信息', 187.2, 250.2]]),
      ...zeros(671.8),
      ...at7(644.5, [['7.', 184.1, 190.7], ['属于行政执法案卷', 190.7, 246.7]]),
      ...zeros(644.5),
      ...at7(617.2, [['8.', 184.1, 190.7], ['属于行政查询事项', 190.7, 246.7]]),
      ...zeros(617.2),
      ...at7(589.9, [['1.', 173.6, 180.2], ['本机关不掌握相关政府信', 180.2, 257.2]]),
      ...at7(584.7, [['75', 270.3, 279.2], ['0', 292.6, 297], ['0', 309.3, 313.7], ['0', 330.3, 334.8], ['0', 355.8, 360.2], ['0', 376.9, 381.3], ['75', 393.6, 402.5]]),
      ...at7(579.4, [['息', 211.9, 218.9]]),
      ...at7(557.4, [['（四）无', 135, 163]]),
      ...at7(552.1, [['2.', 173.6, 180.2], ['没有现成信息需要另行制', 180.2, 257.2]]),
      ...at7(546.9, [['法提供', 138.5, 159.5]]),
      ...zeros(546.9),
      ...at7(541.6, [['作', 211.9, 218.9]]),
      ...at7(514.3, [['3.', 173.6, 180.2], ['补正后申请内容仍不明确', 180.2, 257.2]]),
      ...zeros(514.3),
      ...at7(487, [['1.', 180.6, 187.2], ['信访举报投诉类申请', 187.2, 250.2]]),
      ...zeros(487),
    ]);
    expect(tables).toHaveLength(1);
    const labels = tables[0]!.cells.map((r) => r.slice(0, -7).map((c) => c.text).join('|'));
    expect(labels).toContain('|1.本机关不掌握相关政府信息');
    expect(labels).toContain('（四）无法提供|2.没有现成信息需要另行制作');
    expect(labels.filter((l) => /\|\d\.$/.test(l))).toEqual([]);
  });

  it('rows with no space between them, printed at half size: a block heading 1.9 points left of the column heading under it is not its first line', () => {
    // A Word table with its borders off as LibreOffice prints it, the page shrunk to half (5.25 pt): at full
    // size the two stand 3.9 points apart.
    const at5 = (y: number, pieces: [string, number, number][]): TextItem[] => pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y, y1: y + 5.25, size: 5.25, font: 'f', vertical: false }));
    const { tables } = unruledTables([
      ...at5(582.3, [['第二十条第（一）', 271.4, 313.4], ['项', 313.4, 318.6]]),
      ...at5(575.4, [['信息内容', 213.3, 234.3], ['本年制发件', 273.3, 299.6], ['数', 299.6, 304.8], ['本年', 320.8, 331.3], ['废止', 331.3, 341.8], ['件', 341.8, 347.1], ['数', 347.1, 352.3], ['现', 368.3, 373.6], ['行有效件', 373.6, 394.6], ['数', 394.6, 399.8]]),
      ...at5(568.4, [['规', 218.5, 223.8], ['章', 223.8, 229]]),
      ...at5(568.2, [['0', 287.3, 290.8], ['0', 334.8, 338.3], ['0', 382.3, 385.8]]),
      ...at5(561.2, [['行政规范', 205.4, 226.4], ['性', 226.4, 231.6], ['文件', 231.6, 242.1]]),
      ...at5(561, [['2', 287.3, 290.8], ['1', 334.8, 338.3], ['5', 382.3, 385.8]]),
      ...at5(554.1, [['第二十条第（', 271.4, 302.9], ['五', 302.9, 308.1], ['）', 308.1, 313.4], ['项', 313.4, 318.6]]),
      ...at5(547.2, [['信息内容', 213.3, 234.3], ['本年', 315.6, 326.1], ['处理决定数', 326.1, 352.3], ['量', 352.3, 357.6]]),
      ...at5(540.2, [['行政', 213.3, 223.8], ['许', 223.8, 229], ['可', 229, 234.3]]),
      ...at5(540, [['52', 333.1, 340.1]]),
    ]);
    const texts = tables.flatMap((t) => t.cells.flat().map((c) => c.text));
    expect(texts).toContain('本年制发件数');
    expect(texts.filter((x) => x.includes('本年制发') && x.includes('第二十条'))).toEqual([]);
    const grids = tables.map((t, i) => tableGrid([{ page, table: t, firstOnPage: false, lastOnPage: false }], i + 1));
    const cells = findTables(grids).tables.t2?.cells ?? {};
    const value = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    expect(['regulations', 'normative_documents'].flatMap((r) => ['issued', 'repealed', 'in_force'].map((c) => value(`${r}.${c}`)))).toEqual([0, 0, 0, 2, 1, 5]);
    expect(value('licensing.decisions')).toBe(52);
  });

  // A Word table with only the rules across kept, as wide as the page, as LibreOffice prints it (10.5 pt,
  // positions from such a print of a corpus report): labels wrapped a character or three a line, table 三
  // going on over pages 3 to 5.
  const at105 = (y: number, pieces: [string, number, number][]): TextItem[] => pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y, y1: y + 10.5, size: 10.5, font: 'f', vertical: false }));
  const zeros105 = (y: number, first = '0', last = '0'): TextItem[] => at105(y, [[first, 207.5, 214.5], ['0', 252.6, 259.6], ['0', 297.7, 304.7], ['0', 342.9, 349.9], ['0', 388, 395], ['0', 433.1, 440.1], [last, 478.3, 485.3]]);

  it('a page opening with the rest of a row the break cut, its group label\'s and its own label\'s ends on one line: that row opens the table', () => {
    const { tables, outside } = unruledTables([
      ...at105(756.8, [['理', 72.1, 82.6], ['结', 82.6, 93.1], ['果', 93.1, 103.6], ['（区分处理的，', 117.2, 190.7]]),
      ...at105(743.1, [['只', 117.2, 127.7], ['计', 127.7, 138.2], ['这', 138.2, 148.7], ['一情', 148.7, 169.7], ['形', 169.7, 180.2], ['，', 180.2, 190.7]]),
      ...at105(729.3, [['不计其他情', 117.2, 169.7], ['形', 169.7, 180.2], ['）', 180.2, 190.7]]),
      ...at105(714.4, [['1.', 162.4, 172.9], ['属', 172.9, 183.4], ['于', 183.4, 193.9]]),
      ...at105(700.7, [['国', 162.4, 172.9], ['家', 172.9, 183.4], ['秘', 183.4, 193.9]]),
      ...zeros105(700.7),
      ...at105(686.9, [['密', 162.4, 172.9]]),
      ...at105(672, [['2.', 162.4, 172.9], ['其他', 172.9, 193.9]]),
      ...at105(658.3, [['法', 162.4, 172.9], ['律', 172.9, 183.4], ['行', 183.4, 193.9]]),
      ...at105(644.5, [['政法规', 162.4, 193.9]]),
      ...zeros105(644.5),
      ...at105(630.8, [['禁', 162.4, 172.9], ['止公', 172.9, 193.9]]),
      ...at105(617, [['开', 162.4, 172.9]]),
    ]);
    expect(tables).toHaveLength(1);
    expect(outside).toEqual([]);
    expect(tables[0]!.cells[0]!.slice(0, 2).map((c) => c.text)).toEqual(['理结果', '（区分处理的，只计这一情形，不计其他情形）']);
    expect(tables[0]!.cells[1]!.slice(1, 3).map((c) => c.text)).toEqual(['1.属于国家秘密', '0']);
  });

  it('the rest of a group label the break cut, beside a line of a row\'s own label: the group label beside that row, not a row of its own', () => {
    const { tables } = unruledTables([
      ...at105(699.5, [['3.', 162.4, 172.9], ['要求', 172.9, 193.9]]),
      ...at105(685.8, [['提', 162.4, 172.9], ['供', 172.9, 183.4], ['公', 183.4, 193.9]]),
      ...zeros105(678.9),
      ...at105(672, [['开', 162.4, 172.9], ['出', 172.9, 183.4], ['版', 183.4, 193.9]]),
      ...at105(658.3, [['物', 162.4, 172.9]]),
      ...at105(643.4, [['4.', 162.4, 172.9], ['无正', 172.9, 193.9]]),
      ...at105(630.8, [['理', 117.2, 127.7]]),
      ...at105(629.6, [['当', 162.4, 172.9], ['理', 172.9, 183.4], ['由', 183.4, 193.9]]),
      ...zeros105(622.8),
      ...at105(615.9, [['大', 162.4, 172.9], ['量反', 172.9, 193.9]]),
      ...at105(602.1, [['复申请', 162.4, 193.9]]),
      ...at105(587.2, [['5.', 162.4, 172.9], ['要求', 172.9, 193.9]]),
      ...at105(573.5, [['行政机', 162.4, 193.9]]),
      ...zeros105(566.6),
      ...at105(559.7, [['关', 162.4, 172.9], ['确认', 172.9, 193.9]]),
    ]);
    expect(tables).toHaveLength(1);
    const labels = tables[0]!.cells.map((r) => r.slice(0, 2).map((c) => c.text).join('|'));
    expect(labels).toContain('理|4.无正当理由大量反复申请');
    expect(labels).not.toContain('|理');
  });

  // Table 二 of such a print: its blocks' headings a line of their own, the figures at the cells' left.
  const t2Page1 = [
    ...at105(259, [['第', 72.1, 82.6], ['二', 82.6, 93.1], ['十', 93.1, 103.6], ['条', 103.6, 114.1], ['第', 114.1, 124.6], ['（一）项', 124.6, 166.6]]),
    ...at105(244.7, [['信息内容', 72.1, 114.1], ['本', 184.9, 195.4], ['年制', 195.4, 216.4], ['发', 216.4, 226.9], ['件', 226.9, 237.4], ['数', 237.4, 247.9], ['本', 297.7, 308.2], ['年', 308.2, 318.7], ['废止', 318.7, 339.7], ['件', 339.7, 350.2], ['数', 350.2, 360.7], ['现', 410.6, 421.1], ['行有效件', 421.1, 463.1], ['数', 463.1, 473.6]]),
    ...at105(230.2, [['规', 72.1, 82.6], ['章', 82.6, 93.1]]),
    ...at105(229.8, [['0', 184.9, 191.9], ['0', 297.7, 304.7], ['0', 410.6, 417.6]]),
    ...at105(215.3, [['行政规范', 72.1, 114.1], ['性', 114.1, 124.6], ['文件', 124.6, 145.6]]),
    ...at105(214.9, [['0', 184.9, 191.9], ['0', 297.7, 304.7], ['2', 410.6, 417.6]]),
    ...at105(200.7, [['第', 72.1, 82.6], ['二', 82.6, 93.1], ['十', 93.1, 103.6], ['条', 103.6, 114.1], ['第', 114.1, 124.6], ['（', 124.6, 135.1], ['五', 135.1, 145.6], ['）项', 145.6, 166.6]]),
    ...at105(186.4, [['信息内容', 72.1, 114.1], ['本', 184.9, 195.4], ['年', 195.4, 205.9], ['处', 205.9, 216.4], ['理', 216.4, 226.9], ['决', 226.9, 237.4], ['定', 237.4, 247.9], ['数量', 247.9, 268.9]]),
    ...at105(171.9, [['行政许可', 72.1, 114.1]]),
    ...at105(171.5, [['0', 184.9, 191.9]]),
    ...at105(157.3, [['第', 72.1, 82.6], ['二', 82.6, 93.1], ['十', 93.1, 103.6], ['条', 103.6, 114.1], ['第', 114.1, 124.6], ['（', 124.6, 135.1], ['六', 135.1, 145.6], ['）项', 145.6, 166.6]]),
    ...at105(143, [['信息内容', 72.1, 114.1], ['本', 184.9, 195.4], ['年', 195.4, 205.9], ['处', 205.9, 216.4], ['理', 216.4, 226.9], ['决', 226.9, 237.4], ['定', 237.4, 247.9], ['数量', 247.9, 268.9]]),
    ...at105(128.5, [['行政', 72.1, 93.1], ['处罚', 93.1, 114.1]]),
    ...at105(128.1, [['141', 184.9, 205.9]]),
    ...at105(113.6, [['行政', 72.1, 93.1], ['强', 93.1, 103.6], ['制', 103.6, 114.1]]),
    ...at105(113.2, [['0', 184.9, 191.9]]),
  ];
  const feesHeading = (y: number): TextItem[] => [
    ...at105(y, [['第', 72.1, 82.6], ['二', 82.6, 93.1], ['十', 93.1, 103.6], ['条', 103.6, 114.1], ['第', 114.1, 124.6], ['（', 124.6, 135.1], ['八', 135.1, 145.6], ['）项', 145.6, 166.6]]),
    ...at105(y - 14.3, [['信息内容', 72.1, 114.1], ['本', 184.9, 195.4], ['年收', 195.4, 216.4], ['费金额', 216.4, 247.9], ['（单位：', 247.9, 289.9], ['万元', 289.9, 310.9], ['）', 310.9, 321.4]]),
  ];
  const t2Cells = (groups: ReturnType<typeof placeTables>['groups']): Record<string, Cell | undefined> => {
    const found = findTables(groups.map((g, i) => tableGrid(g, i + 1)));
    expect(found.findings.filter((f) => f.location.table === 't2')).toEqual([]);
    return found.tables.t2?.cells ?? {};
  };
  const num = (c: Cell | undefined): unknown => (c?.kind === 'number' ? c.value : c?.kind);

  it('table 二 over a page break, its last block\'s headings closing the page and its row of figures opening the next: the heading over two columns is no label of that row', () => {
    const { groups } = placeTables(
      [
        { ...page, page: 1, items: [...t2Page1, ...feesHeading(99)] },
        { ...page, page: 2, items: [...at105(756.5, [['行政事', 72.1, 103.6], ['业性', 103.6, 124.6], ['收', 124.6, 135.1], ['费', 135.1, 145.6]]), ...at105(756.2, [['0', 184.9, 191.9]]), ...at105(729.1, [['三、收到和处理政府信息公开申请情况', 72.1, 250.6]])] },
      ],
      new Set(),
    );
    const cells = t2Cells(groups);
    expect(['regulations.in_force', 'normative_documents.in_force', 'licensing.decisions', 'penalty.decisions', 'enforcement.decisions', 'fees.fee_amount'].map((k) => num(cells[k]))).toEqual([0, 2, 0, 141, 0, 0]);
  });

  it('table 二 over a page break, a block\'s last row opening the page and the next block\'s heading under it: one table going on', () => {
    const { groups } = placeTables(
      [
        { ...page, page: 1, items: t2Page1.filter((i) => i.y0 > 120) },
        {
          ...page,
          page: 2,
          items: [
            ...at105(756.5, [['行政', 72.1, 93.1], ['强', 93.1, 103.6], ['制', 103.6, 114.1]]),
            ...at105(756.2, [['0', 184.9, 191.9]]),
            ...feesHeading(741.9),
            ...at105(713.1, [['行政事业性收', 72.1, 135.1], ['费', 135.1, 145.6]]),
            ...at105(712.8, [['0.5', 184.9, 198.9]]),
            ...at105(685.7, [['三、收到和处理政府信息公开申请情况', 72.1, 250.6]]),
          ],
        },
      ],
      new Set(),
    );
    expect(groups.map((g) => g.map((p) => p.page.page))).toEqual([[1, 2]]);
    const cells = t2Cells(groups);
    expect(['penalty.decisions', 'enforcement.decisions', 'fees.fee_amount'].map((k) => num(cells[k]))).toEqual([141, 0, 0.5]);
  });

  // Chromium prints of the official-layout page in small print (7.5 pt) and landscape (9 pt), and of an
  // agency's page landscape (10 pt), with every border removed.
  const atSize = (size: number) => (y: number, pieces: [string, number, number][]): TextItem[] => pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y, y1: y + size, size, font: 'f', vertical: false }));

  it('table 三\'s column group headings and corner note each a line of its own above its first line of columns, mid-page: the table\'s header, not running text', () => {
    const at75 = atSize(7.5);
    const { tables, outside } = unruledTables([
      ...at75(459.2, [['三、收到和处理政府信息公开申请情况', 202.1, 393.4]]),
      ...at75(445.3, [['平潭综合实验区（管委会，区级汇总报告）', 91.6, 262.6], ['·', 264.9, 273.9], ['统计期限：2021年1月1日至2021年12月31日', 276.3, 450.2], ['·', 452.5, 461.5], ['单位：件', 463.8, 499.8]]),
      ...at75(428.3, [['申请人情况', 419.8, 457.3]]),
      ...at75(412.5, [['法人或其他组织', 412.3, 464.8]]),
      ...at75(407.3, [['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 36.7, 291.7]]),
      ...at75(399.8, [['自然人', 319.9, 342.4], ['总计', 538.5, 553.5]]),
      ...at75(397.5, [['商业', 356.4, 371.4], ['科研', 390.3, 405.3], ['社会公', 424.5, 447], ['法律服', 466.5, 489]]),
      ...at75(391.5, [['其他', 507, 522]]),
      ...at75(386.3, [['企业', 356.4, 371.4], ['机构', 390.3, 405.3], ['益组织', 424.5, 447], ['务机构', 466.5, 489]]),
      ...at75(371.3, [['一、本年新收政府信息公开申请数量', 36.7, 156.7], ['64', 327, 335.3], ['0', 361.8, 366], ['0', 395.7, 399.9], ['2', 433.7, 437.8], ['0', 475.7, 479.8], ['4', 512.4, 516.6], ['70', 541.8, 550.1]]),
      ...at75(355.5, [['二、上年结转政府信息公开申请数量', 36.7, 156.7], ['0', 329.1, 333.3], ['0', 361.8, 366], ['0', 395.7, 399.9], ['0', 433.7, 437.8], ['0', 475.7, 479.8], ['0', 512.4, 516.6], ['0', 543.9, 548.1]]),
    ]);
    expect(tables).toHaveLength(1);
    const texts = tables[0]!.cells.flat().map((c) => c.text);
    expect(texts).toContain('申请人情况');
    expect(texts).toContain('法人或其他组织');
    expect(outside.map((i) => i.text)).not.toContain('申请人情况');
    expect(outside.map((i) => i.text)).toContain('三、收到和处理政府信息公开申请情况');
  });

  it('table 二\'s block heading in a landscape page\'s wide columns, over none of the headings under it: a row of its own across the table', () => {
    const at9 = atSize(9);
    const { tables } = unruledTables([
      ...at9(475.9, [['第二十条第（一）项', 380.2, 461.2]]),
      ...at9(458.6, [['信息内容', 123, 159], ['本年制发件数', 314.5, 368.5], ['本年废止件数', 501, 555], ['现行有效件数', 687.5, 741.5]]),
      ...at9(440.6, [['规章', 36.7, 54.7], ['0', 339, 344], ['0', 525.5, 530.5], ['0', 712, 717]]),
      ...at9(423.4, [['行政规范性文件', 36.7, 99.7], ['69', 336.5, 346.5], ['3', 525.5, 530.5], ['665', 707, 722]]),
      ...at9(406.1, [['第二十条第（五）项', 380.2, 461.2]]),
      ...at9(388.1, [['信息内容', 123, 159], ['本年处理决定数量', 492, 564]]),
      ...at9(370.9, [['行政许可', 36.7, 72.7], ['2293', 518, 538]]),
    ]);
    const grids = tables.map((t, i) => tableGrid([{ page, table: t, firstOnPage: false, lastOnPage: false }], i + 1));
    const found = findTables(grids);
    const cells = found.tables.t2?.cells ?? {};
    const num = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    expect(['regulations.issued', 'normative_documents.issued', 'normative_documents.repealed', 'normative_documents.in_force', 'licensing.decisions'].map(num)).toEqual([0, 69, 3, 665, 2293]);
    expect(found.findings.filter((f) => f.location.table === 't2')).toEqual([]);
  });

  it('a landscape page opening with the rest of a group label and a row\'s label wider than its figures: one table', () => {
    const atL = atSize(10);
    const zeros = (y: number): TextItem[] => atL(y, [['0', 268, 274.3], ['0', 293.7, 300.1], ['0', 317.8, 324.2], ['0', 348.5, 354.9], ['0', 385.9, 392.3], ['0', 416.6, 423], ['0', 440.7, 447.1]]);
    const { tables } = unruledTables([
      ...atL(582.2, [['果', 28, 38]]),
      ...atL(570.2, [['（二）部分公开（区分处理的，只计这一', 68.8, 248.7]]),
      ...zeros(562.7),
      ...atL(555.2, [['情形，不计其他情形）', 108.7, 208.7]]),
      ...atL(516.2, [['1.', 151, 160.5], ['属于国家秘密', 160.5, 220.5]]),
      ...zeros(516.2),
      ...atL(477.2, [['（三）不予', 50, 100], ['2.', 121, 130.5], ['其他法律行政法规禁止公开', 130.5, 250.5]]),
      ...zeros(477.2),
      ...atL(462.2, [['公开', 65, 85]]),
      ...atL(438.2, [['3.', 135.8, 145.3], ['危及“三安全一稳定”', 145.3, 235.7]]),
      ...zeros(438.2),
    ]);
    expect(tables).toHaveLength(1);
    const labels = tables[0]!.cells.map((r) => r.slice(0, 2).map((c) => c.text).join('|'));
    expect(labels[0]).toContain('果');
    expect(labels).toContain('|（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(tables[0]!.cells.find((r) => r[1]!.text.startsWith('（二）'))!.slice(2).map((c) => c.text)).toEqual(['0', '0', '0', '0', '0', '0', '0']);
  });

  // A Word table with its borders off in a document set as a 公文 (GB/T 9704: lines exactly 28 points apart,
  // the tables' lines 20), as LibreOffice prints it (positions from such prints of corpus reports): the
  // lines of one cell as far apart as the rows, a row's figures set between its label's lines.
  const at16 = atSize(16);
  const zeros16 = (y: number, v = [0, 0, 0, 0, 0, 0, 0]): TextItem[] =>
    at16(y, v.map((n, i) => [String(n), [282.4, 316.7, 356.0, 395.2, 434.5, 468.8, 498.2][i]!, [292.6, 326.9, 366.2, 405.4, 444.7, 479.0, 508.4][i]!] as [string, number, number]));
  const zeros105g = (y: number, v = [0, 0, 0, 0, 0, 0, 0]): TextItem[] =>
    at105(y, v.map((n, i) => [String(n), [306.8, 337.7, 373.1, 408.5, 443.9, 474.9, 501.4][i]!, [313.5, 344.4, 379.8, 415.2, 450.6, 481.6, 508.1][i]!] as [string, number, number]));

  it('a 公文\'s line spacing, no border: each label\'s lines, as far apart as the rows, are one label around its row\'s figures', () => {
    const { tables } = unruledTables([
      ...at105(752.3, [['1.', 216.1, 226.1], ['属', 226.2, 236.7], ['于国', 236.7, 257.7], ['家秘密', 257.7, 289.2]]),
      ...zeros105g(752.3),
      ...at105(732.3, [['2.', 216.1, 226.1], ['其他', 226.2, 247.2], ['法律', 247.2, 268.2], ['行政', 268.2, 289.2]]),
      ...zeros105g(722.3),
      ...at105(712.3, [['法', 221.1, 231.6], ['规', 231.6, 242.1], ['禁', 242.1, 252.6], ['止公开', 252.6, 284.1]]),
      ...at105(692.3, [['3.', 216.1, 226.1], ['危', 226.2, 236.7], ['及', 236.7, 247.2], ['“', 247.2, 257.7], ['三安', 257.7, 278.7], ['全', 278.7, 289.2]]),
      ...zeros105g(682.3),
      ...at105(672.3, [['一', 231.6, 242.1], ['稳定', 242.1, 263.1], ['”', 263.1, 273.6]]),
      ...at105(652.3, [['4.', 216.1, 226.1], ['保护第三方', 226.2, 278.7], ['合', 278.7, 289.2]]),
      ...zeros105g(642.3),
      ...at105(632.3, [['法权益', 236.9, 268.4]]),
      ...at105(622.3, [['（', 156.4, 166.9], ['三', 166.9, 177.4], ['）不', 177.4, 198.4]]),
      ...at105(612.3, [['5.', 216.1, 226.1], ['属', 226.2, 236.7], ['于', 236.7, 247.2], ['三类内', 247.2, 278.7], ['部', 278.7, 289.2]]),
      ...at105(602.3, [['予', 161.6, 172.1], ['公开', 172.1, 193.1]]),
      ...zeros105g(602.3, [1, 0, 0, 0, 0, 0, 1]),
      ...at105(592.3, [['事务信息', 231.6, 273.6]]),
      ...at105(572.3, [['6.', 216.1, 226.1], ['属', 226.2, 236.7], ['于', 236.7, 247.2], ['四类过程', 247.2, 289.2]]),
      ...zeros105g(562.3),
      ...at105(552.3, [['性', 236.9, 247.4], ['信息', 247.4, 268.4]]),
    ]);
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.cells.map((r) => [r.slice(0, 2).map((c) => c.text).join('|'), r.slice(2).map((c) => c.text).join(' ')]);
    expect(rows).toEqual([
      ['|1.属于国家秘密', '0 0 0 0 0 0 0'],
      ['|2.其他法律行政法规禁止公开', '0 0 0 0 0 0 0'],
      ['|3.危及“三安全一稳定”', '0 0 0 0 0 0 0'],
      ['|4.保护第三方合法权益', '0 0 0 0 0 0 0'],
      ['（三）不予公开|5.属于三类内部事务信息', '1 0 0 0 0 0 1'],
      ['|6.属于四类过程性信息', '0 0 0 0 0 0 0'],
    ]);
  });

  it('a 公文\'s line spacing, no border: table 四\'s headings a character a line, the two header rows half a line apart, and 未经复议直接起诉 wider than four columns: every cell read', () => {
    const chars = (y: number, text: string, xs: number[]): TextItem[] => at16(y, [...text].map((ch, i) => [ch, xs[i]!, xs[i]! + 16] as [string, number, number]).filter(([ch]) => ch !== '·'));
    const review = [74.6, 106.2, 137.9, 169.5, 198.8];
    const suits = [225.0, 256.6, 288.3, 320.0, 349.2, 375.4, 407.1, 438.7, 470.4, 499.6];
    const items = [
      ...at16(543.3, [['行政复议', 109.9, 173.9], ['行政诉讼', 335.6, 399.6]]),
      ...at16(515.3, [['未', 228.4, 244.4], ['经复议', 244.4, 292.4], ['直接起', 292.4, 340.4], ['诉', 340.4, 356.4], ['复议', 402.8, 434.8], ['后起', 434.8, 466.8], ['诉', 466.8, 482.8]]),
      ...chars(501.3, '结结其尚', review),
      ...chars(487.3, '结结其尚·结结其尚', suits),
      ...chars(473.3, '果果他未总', review),
      ...chars(459.3, '果果他未总果果他未总', suits),
      ...chars(445.3, '维纠结审计', review),
      ...chars(431.3, '维纠结审计维纠结审计', suits),
      ...chars(417.3, '持正果结', review),
      ...chars(403.3, '持正果结·持正果结', suits),
      ...at16(375.3, [...review, ...suits].map((x, i) => [String([1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0][i]), x + 2.9, x + 13.1] as [string, number, number])),
    ];
    const { tables } = unruledTables(items);
    expect(tables).toHaveLength(1);
    const found = findTables([tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1)]);
    const cells = found.tables.t4?.cells ?? {};
    const num = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    const cols = ['upheld', 'corrected', 'other', 'pending', 'total'];
    expect(['review', 'suit_direct', 'suit_after_review'].flatMap((r) => cols.map((c) => num(`${r}.${c}`)))).toEqual([1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0]);
    expect(found.findings.filter((f) => f.location.table === 't4')).toEqual([]);
  });

  /** 3.其他's own 1 and 2, then 217 and 218 of （七）总计 wrapped over three lines ("2" | "1" on the row | "7"), then 四、结转. */
  const lastRows16 = (): TextItem[] => [
    ...at16(465.1, [['3.', 200.1, 215.4], ['其他', 215.4, 247.4]]),
    ...zeros16(465.1, [1, 1, 0, 0, 0, 0, 2]),
    ...zeros16(437.1, [2, -1, -1, -1, -1, -1, 2]).filter((i) => i.text !== '-1'),
    ...at16(409.1, [['（', 149.4, 165.4], ['七', 165.4, 181.4], ['）总计', 181.4, 229.4]]),
    ...zeros16(409.1, [1, 1, 0, 0, 0, 0, 1]),
    ...zeros16(381.1, [7, -1, -1, -1, -1, -1, 8]).filter((i) => i.text !== '-1'),
    ...at16(353.1, [['四、结转下年度继续办理', 81.8, 257.8]]),
    ...zeros16(353.1),
  ];

  it('a 公文\'s line spacing, no border: figures wrapped in their narrow cells over three lines are read whole where the table sets its text in the middle of its rows, else unread — never a piece of one; over the two lines of the row\'s own label, read', () => {
    const { tables } = unruledTables([
      // 64 and 70 of 一、本年新收…: "6" … "7" on the label's first line, the row's other figures on the next, "4" … "0" under them
      // beside the label's second line — the three lines hold nothing but the row's label and figures: one row.
      ...at16(577.1, [['一、本年新收政府信息公开', 73.8, 265.8]]),
      ...zeros16(577.1, [6, -1, -1, -1, -1, -1, 7]).filter((i) => i.text !== '-1'),
      ...zeros16(563.1, [-1, 0, 0, 2, 0, 4, -1]).filter((i) => i.text !== '-1'),
      ...at16(549.1, [['申请数', 137.8, 185.8], ['量', 185.8, 201.8]]),
      ...zeros16(549.1, [4, -1, -1, -1, -1, -1, 0]).filter((i) => i.text !== '-1'),
      ...at16(521.1, [['二、上年结转政府信息公开', 73.8, 265.8]]),
      ...zeros16(507.1),
      ...at16(493.1, [['申请数量', 137.8, 201.8]]),
      ...lastRows16(),
    ]);
    expect(tables).toHaveLength(1);
    const grid = tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1);
    const figures = grid.rows.flatMap((r) => r.slice(1).map((c) => c?.text ?? '')).filter((t) => /^\d+$/.test(t));
    // None of 6, 7, 4, 12, 17, 1 taken for 64, 70, 217 or 218 (nor 22 for 3.其他's 2 and a piece).
    // (A cell the text does not tell is no cell: unread, never blank.)
    const labelled = (label: string): string[] => grid.rows.find((r) => r.some((c) => c?.text.includes(label)))!.map((c) => (c?.absent ? '?' : (c?.text ?? '')));
    // (Before, those were unread too: the pieces beside a label's lines were taken for a row's of their own.)
    expect(labelled('一、本年新收').filter((t) => /^\d+$/.test(t))).toEqual(['64', '0', '0', '2', '0', '4', '70']);
    // The table sets its text in the middle of its rows (一、本年新收's figures between its label's two lines):
    // "2" | "1" | "7" is 217 of （七）总计, whose label and other figures are on the middle line (overThreeLines).
    expect(labelled('（七）总计').slice(-7)).toEqual(['217', '1', '0', '0', '0', '0', '218']);
    expect(labelled('3.其他').slice(-7)).toEqual(['1', '1', '0', '0', '0', '0', '2']);
    expect(figures).not.toContain('12');
    expect(figures).not.toContain('17');
    expect(figures).not.toContain('22');
    expect(labelled('二、上年结转').slice(-7)).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    // "7" … "8" just above 四、结转's line is not joined to its figures either (70, 80).
    expect(labelled('四、结转').slice(-7)).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    // With nothing showing where the text is set in its rows (each label one line, on its figures' line), the
    // same lines read three ways — 217, or 3.其他's 12 with （七）总计's 17, or 21 with 四、结转's 70: unread.
    const plain = unruledTables([
      ...at16(521.1, [['一、本年新收政府信息公开', 73.8, 265.8]]),
      ...zeros16(521.1, [64, 0, 0, 2, 0, 4, 70]),
      ...at16(493.1, [['二、上年结转政府信息公开', 73.8, 265.8]]),
      ...zeros16(493.1),
      ...lastRows16(),
    ]);
    const plainGrid = tableGrid([{ page, table: plain.tables[0]!, firstOnPage: false, lastOnPage: false }], 1);
    const plainRow = (label: string): string[] => plainGrid.rows.find((r) => r.some((c) => c?.text.includes(label)))!.slice(-7).map((c) => (c?.absent ? '?' : (c?.text ?? '')));
    expect(plainRow('（七）总计')).toEqual(['?', '1', '0', '0', '0', '0', '?']);
    expect(plainRow('3.其他')[0]).not.toBe('12');
  });

  it('a 公文\'s line spacing, no border: a label\'s first line alone on its line, its figures wrapped below it, leaves no blank cell', () => {
    // 三、本年度办理结果's （二）部分公开（区 | 分处理的，只计这一 … | 情形，不计其他情 | 形）, 19 and 20 wrapped around the
    // row's 1 0 0 0 0: the first line has no figure beside it, and what it would hold is not known to be blank.
    // (Once left unread; now read whole, as the pieces beside the label's lines are joined on the row's line.)
    const { tables } = unruledTables([
      ...at16(745.1, [['三', 78.4, 94.4]]),
      ...zeros16(745.1, [2, -1, -1, -1, -1, -1, 2]).filter((i) => i.text !== '-1'),
      ...at16(731.1, [['（一）', 133.4, 181.4], ['予', 181.4, 197.4], ['以公开', 197.4, 245.4]]),
      ...zeros16(731.1, [-1, 0, 0, 0, 0, 0, -1]).filter((i) => i.text !== '-1'),
      ...at16(717.1, [['、', 78.4, 94.4]]),
      ...zeros16(717.1, [2, -1, -1, -1, -1, -1, 2]).filter((i) => i.text !== '-1'),
      ...at16(689.1, [['本', 78.4, 94.4], ['（二）部', 117.4, 181.4], ['分', 181.4, 197.4], ['公开（区', 197.4, 261.4]]),
      ...at16(661.1, [['年', 78.4, 94.4], ['分处', 117.4, 149.4], ['理的，', 149.4, 197.4], ['只', 197.4, 213.4], ['计', 213.4, 229.4], ['这', 229.4, 245.4], ['一', 245.4, 261.4]]),
      ...zeros16(661.1, [1, -1, -1, -1, -1, -1, 2]).filter((i) => i.text !== '-1'),
      ...zeros16(647.1, [-1, 1, 0, 0, 0, 0, -1]).filter((i) => i.text !== '-1'),
      ...at16(633.1, [['度', 78.4, 94.4], ['情形，不计', 125.4, 205.4], ['其他', 205.4, 237.4], ['情', 237.4, 253.4]]),
      ...zeros16(633.1, [9, -1, -1, -1, -1, -1, 0]).filter((i) => i.text !== '-1'),
      ...at16(605.1, [['办', 78.4, 94.4], ['形）', 173.4, 205.4]]),
      ...at16(577.1, [['理', 78.4, 94.4], ['（三）', 116.3, 164.3], ['1.', 184.1, 199.4], ['属', 199.4, 215.4], ['于国', 215.4, 247.4], ['家', 247.4, 263.4]]),
      ...zeros16(563.1),
      ...at16(549.1, [['结', 78.4, 94.4], ['不', 116.3, 132.3], ['予', 132.3, 148.3], ['公', 148.3, 164.3], ['秘密', 207.7, 239.7]]),
    ]);
    expect(tables).toHaveLength(1);
    const grid = tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1);
    const first = grid.rows.find((r) => r.some((c) => c?.text.includes('（二）部')))!;
    // No blank cell (the report's 0s would be blank cells, a wrong reading): 19 and 20 whole on the row's line
    // (their pieces beside the label's second and third lines, the row's other figures between — aroundRows),
    // and so 22 and 22 of （一）予以公开, beside "三" and "、" of the group label.
    expect(first.slice(-7).map((c) => (c?.absent ? '?' : (c?.text ?? '')))).toEqual(['19', '1', '0', '0', '0', '0', '20']);
    const granted = grid.rows.find((r) => r.some((c) => c?.text.includes('（一）予以公开')))!;
    expect(granted.slice(-7).map((c) => (c?.absent ? '?' : (c?.text ?? '')))).toEqual(['22', '0', '0', '0', '0', '0', '22']);
  });

  // A Word table with its borders off and its cells' text set at the bottom of the row (w:vAlign bottom), as
  // LibreOffice prints it (positions from such a print of pingtan-2024): each label wrapped over the lines
  // above its row's figures, none below; a figure wrapped in its narrow cell over the row's line and the
  // line above it ("21" over "7" of 217, between 3.其他's figures and （七）总计's).
  const bottomRow = (y: number, v: (number | string)[]): TextItem[] =>
    atSize(11)(y, v.map((n, i) => [String(n), [284.0, 318.3, 357.6, 396.8, 436.1, 470.4, 499.8][i]! - (String(n).length - 1) * 3.5, [291.0, 325.3, 364.6, 403.8, 443.1, 477.4, 506.8][i]! + (String(n).length - 1) * 3.5] as [string, number, number]).filter(([t]) => t !== '-'));

  it('text at the bottom of its cells, no border: each label\'s lines above its row\'s figures are its own', () => {
    const at = atSize(10.5);
    const { tables } = unruledTables([
      ...at(224.8, [['1.', 181.7, 192.2], ['信访', 192.2, 213.2], ['举', 213.2, 223.7], ['报投诉类', 223.7, 265.7]]),
      ...at(211.0, [['申请', 213.2, 234.2]]),
      ...bottomRow(211.0, [0, 0, 0, 0, 0, 0, 0]),
      ...at(196.7, [['2.', 197.5, 208.0], ['重复申请', 208.0, 250.0]]),
      ...bottomRow(196.6, [1, 0, 0, 0, 0, 0, 1]),
      ...at(182.3, [['3.', 181.7, 192.2], ['要求提', 192.2, 223.7], ['供', 223.7, 234.2], ['公开', 234.2, 255.2], ['出', 255.2, 265.7]]),
      ...at(168.4, [['版物', 213.2, 234.2]]),
      ...bottomRow(168.4, [0, 0, 0, 0, 0, 0, 0]),
      ...at(154.1, [['4.', 181.7, 192.2], ['无正当', 192.2, 223.7], ['理', 223.7, 234.2], ['由', 234.2, 244.7], ['大量', 244.7, 265.7]]),
      ...at(140.3, [['反', 202.7, 213.2], ['复申请', 213.2, 244.7]]),
      ...bottomRow(140.3, [0, 0, 0, 0, 0, 0, 0]),
    ]);
    expect(tables).toHaveLength(1);
    const grid = tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1);
    const rows = grid.rows.map((r) => [r.slice(0, -7).map((c) => c?.text ?? '').filter((t) => t !== '').join('|'), r.slice(-7).map((c) => (c?.absent ? '?' : (c?.text ?? ''))).join(' ')]);
    expect(rows).toEqual([
      ['1.信访举报投诉类申请', '0 0 0 0 0 0 0'],
      ['2.重复申请', '1 0 0 0 0 0 1'],
      ['3.要求提供公开出版物', '0 0 0 0 0 0 0'],
      ['4.无正当理由大量反复申请', '0 0 0 0 0 0 0'],
    ]);
  });

  it('text at the bottom of its cells, no border: the row the page\'s foot cuts, its figures on its first line, does not make the others\' lines headings', () => {
    // Page 3 of such a print of pingtan-2019: （二）部分公开's label over two lines, its figures on the second;
    // 2.其他法律行政法规禁止公开 cut by the page's foot, its figures on its first line (the rest of the row on page 4).
    const at = atSize(10.5);
    const { tables } = unruledTables([
      ...at(159.2, [['（一）', 152.7, 184.2], ['予', 184.2, 194.7], ['以公开', 194.7, 226.2]]),
      ...bottomRow(159.2, [7, 0, 0, 0, 0, 0, 7]),
      ...at(144.9, [['（', 115.9, 126.4], ['二', 126.4, 136.9], ['）部分公开（区分处理的，', 136.9, 262.9]]),
      ...at(131.2, [['只计这一情形，不计其他情', 115.9, 241.9], ['形', 241.9, 252.4], ['）', 252.4, 262.9]]),
      ...bottomRow(131.2, [1, 0, 0, 0, 0, 0, 1]),
      ...at(116.9, [['（', 114.1, 124.6], ['三', 124.6, 135.1], ['）', 135.1, 145.6], ['不', 145.6, 156.1], ['予', 156.1, 166.6]]),
      ...at(116.4, [['1.', 187.0, 197.5], ['属', 197.5, 208.0], ['于国', 208.0, 229.0], ['家', 229.0, 239.5], ['秘密', 239.5, 260.5]]),
      ...bottomRow(116.3, [0, 0, 0, 0, 0, 0, 0]),
      ...at(103.2, [['公开', 129.8, 150.8]]),
      ...at(101.5, [['2.', 181.7, 192.2], ['其他法', 192.2, 223.7], ['律', 223.7, 234.2], ['行政法', 234.2, 265.7]]),
      ...bottomRow(101.4, [0, 0, 0, 0, 0, 0, 0]),
      ...at(87.6, [['规', 197.5, 208.0], ['禁', 208.0, 218.5], ['止公开', 218.5, 250.0]]),
    ]);
    expect(tables).toHaveLength(1);
    const grid = tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: true }], 1);
    const rows = grid.rows.map((r) => [r.slice(0, -7).map((c) => c?.text ?? '').filter((t) => t !== '').join('|'), r.slice(-7).map((c) => (c?.absent ? '?' : (c?.text ?? ''))).join(' ')]);
    // Its label whole on its row (it was cut off as a row of its own, of unread cells, and the row read as
    // 只计这一情形，不计其他情形）).
    expect(rows.find((r) => r[0]!.includes('部分公开'))).toEqual(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '1 0 0 0 0 0 1']);
    expect(rows.some((r) => r[1]!.includes('?'))).toBe(false);
  });

  it('text at the bottom of its cells, no border: a figure wrapped over its row\'s line and the line above, under another row\'s figures, is read with the row it reads as', () => {
    const at = atSize(10.5);
    const { tables } = unruledTables([
      ...at(660.4, [['公开申请', 202.7, 244.7]]),
      ...bottomRow(660.4, [0, 0, 0, 0, 0, 0, 0]),
      ...at(646.0, [['处理', 129.8, 150.8], ['3.', 208.0, 218.5], ['其他', 218.5, 239.5]]),
      ...bottomRow(646.0, [1, 1, 0, 0, 0, 0, 2]),
      ...bottomRow(631.6, [21, '-', '-', '-', '-', '-', 21]),
      ...at(617.2, [['（', 163.2, 173.7], ['七', 173.7, 184.2], ['）总计', 184.2, 215.7]]),
      ...bottomRow(617.2, [7, 1, 0, 0, 0, 0, 8]),
      ...at(602.8, [['四', 112.0, 122.5], ['、', 122.5, 133.0], ['结转', 133.0, 154.0], ['下年度', 154.0, 185.5], ['继', 185.5, 196.0], ['续办理', 196.0, 227.5]]),
      ...bottomRow(602.8, [0, 0, 0, 0, 0, 0, 0]),
    ]);
    expect(tables).toHaveLength(1);
    const grid = tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1);
    const rows = grid.rows.map((r) => [r.slice(0, -7).map((c) => c?.text ?? '').filter((t) => t !== '').join('|'), r.slice(-7).map((c) => (c?.absent ? '?' : (c?.text ?? ''))).join(' ')]);
    // 217 and 218, never 7 and 8; 3.其他's own 1 and 2 kept ("1" over "21" is no figure wrapped: its upper line narrower).
    expect(rows.slice(1)).toEqual([
      ['处理|3.其他', '1 1 0 0 0 0 2'],
      ['（七）总计', '217 1 0 0 0 0 218'],
      ['四、结转下年度继续办理', '0 0 0 0 0 0 0'],
    ]);
  });

  // Table 二 in 16 pt, borders off, its text at the cells' left (Word's default): a page opens with 行政许可's
  // row of its block (五) and holds the rest of the table, one column of figures, each set from the same left
  // end — "2629" and "54" short beside "5949.088667", so the middle of them all stands right of the short
  // ones'. Before: the value column started at that middle, "2629", "1330" and "54" read as labels, and the
  // reader took 行政许可's cell as blank (positions from the print of pingtan-2023 so made).
  it('a 公文\'s 16 pt, no border, text at the cells\' left: one column of figures from the same left end, the short figures in it too', () => {
    const at = top16;
    const closing = [
      ...at(290.8, [['二、主动公开政府信息情况', 72.1, 264.1]]),
      ...at(264.1, [['第二十条第（一）项', 72.1, 216.1]]),
      ...at(236.1, [['本年制发件', 238.4, 318.4], ['本年', 333.4, 365.4], ['废', 365.4, 381.4], ['止件', 381.4, 413.4], ['现行有效件', 428.4, 508.4]]),
      ...at(222.1, [['信息', 72.1, 104.1], ['内容', 104.1, 136.1]]),
      ...at(208.1, [['数', 238.4, 254.4], ['数', 333.4, 349.4], ['数', 428.4, 444.4]]),
      ...at(180.1, [['规', 72.1, 88.1], ['章', 88.1, 104.1], ['0', 238.4, 248.6], ['0', 333.4, 343.6], ['0', 428.4, 438.6]]),
      ...at(152.1, [['行政规范性文件', 72.1, 184.1], ['77', 238.4, 258.8], ['132', 333.4, 363.9], ['470', 428.4, 458.9]]),
      ...at(124.1, [['第二十条第（', 72.1, 168.1], ['五', 168.1, 184.1], ['）项', 184.1, 216.1]]),
      ...at(96.1, [['信息', 72.1, 104.1], ['内容', 104.1, 136.1], ['本年', 238.4, 270.4], ['处', 270.4, 286.4], ['理决', 286.4, 318.4], ['定', 318.4, 334.4], ['数', 334.4, 350.4], ['量', 350.4, 366.4]]),
    ];
    const opening = [
      ...at(761.1, [['行政', 72.1, 104.1], ['许', 104.1, 120.1], ['可', 120.1, 136.1], ['2629', 238.4, 279.1]]),
      ...at(733.1, [['第二十条第（', 72.1, 168.1], ['六', 168.1, 184.1], ['）项', 184.1, 216.1]]),
      ...at(705.1, [['信息', 72.1, 104.1], ['内容', 104.1, 136.1], ['本年', 238.4, 270.4], ['处', 270.4, 286.4], ['理决', 286.4, 318.4], ['定', 318.4, 334.4], ['数', 334.4, 350.4], ['量', 350.4, 366.4]]),
      ...at(677.1, [['行政', 72.1, 104.1], ['处罚', 104.1, 136.1], ['1330', 238.4, 279.1]]),
      ...at(649.1, [['行政强制', 72.1, 136.1], ['54', 238.4, 258.8]]),
      ...at(621.1, [['第二十条第（', 72.1, 168.1], ['八', 168.1, 184.1], ['）项', 184.1, 216.1]]),
      ...at(593.1, [['信息', 72.1, 104.1], ['内容', 104.1, 136.1], ['本年', 238.4, 270.4], ['收费金额', 270.4, 334.4], ['（单位：', 334.4, 398.4], ['万元', 398.4, 430.4], ['）', 430.4, 446.4]]),
      ...at(565.1, [['行政事业性', 72.1, 152.1], ['收费', 152.1, 184.1], ['5949.088667', 238.4, 345.2]]),
      ...at(530.0, [['三、', 72.1, 104.1], ['收到', 104.1, 136.1], ['和', 136.1, 152.1], ['处', 152.1, 168.1], ['理政府信息公开', 168.1, 280.1], ['申', 280.1, 296.1], ['请情况', 296.1, 344.1]]),
    ];
    // (The block heading a row of its own over 信息内容, from the same left end: no line joins under a whole block heading.)
    const [alone] = unruledTables(opening).tables;
    expect(alone?.cells.map((row) => row.filter((c, i) => row.indexOf(c) === i && c.text !== '').map((c) => c.text))).toEqual([
      ['行政许可', '2629'],
      ['第二十条第（六）项'],
      ['信息内容', '本年处理决定数量'],
      ['行政处罚', '1330'],
      ['行政强制', '54'],
      ['第二十条第（八）项'],
      ['信息内容', '本年收费金额（单位：万元）'],
      ['行政事业性收费', '5949.088667'],
    ]);
    const pages: PageContent[] = [
      { ...page, page: 3, items: closing },
      { ...page, page: 4, items: opening },
    ];
    const { groups } = placeTables(pages, new Set());
    const { cells, value } = readTable(groups, 't2');
    expect(['normative_documents.in_force', 'licensing.decisions', 'penalty.decisions', 'enforcement.decisions', 'fees.fee_amount'].map(value)).toEqual([470, 2629, 1330, 54, 5949.088667]);
    expect(cells['licensing.decisions']?.source?.page).toBe(4);
  });

  // The same print of pingtan-police-2024: table 二's heading lines close page 3 ("第二十条第（一）项" and
  // "信息内容" | "本年制发件" | "本年废止件" | "现行有效件"), their last line ("数" | "数" | "数") and the figures open
  // page 4. The headings, set at their columns' left, stand 15 points apart in 16 pt — less than a character:
  // taken as one piece as wide as the three columns, they did not fit the figures' columns, and 规章 and
  // 行政规范性文件 read as missing (two false errors).
  it('a 公文\'s 16 pt, no border, text at the cells\' left: column headings closing a page half a character apart fit the columns of the figures opening the next', () => {
    const at = top16;
    const closing = [
      ...at(173.1, [['做到', 72.1, 104.1], ['依法公开、', 104.1, 184.1], ['真', 184.1, 200.1], ['实公开，', 200.1, 264.1], ['注', 264.1, 280.1], ['重实效，监督有', 280.1, 392.1], ['力', 392.1, 408.1], ['。', 408.1, 424.1]]),
      ...at(150.8, [['二、主动公开政府信息情况', 72.1, 264.1]]),
      ...at(124.1, [['第二十条第（一）', 72.1, 200.1], ['项', 200.1, 216.1]]),
      ...at(96.1, [['信息内容', 72.1, 136.1], ['本年制发件', 238.4, 318.4], ['本年', 333.4, 365.4], ['废止', 365.4, 397.4], ['件', 397.4, 413.4], ['现', 428.4, 444.4], ['行有效件', 444.4, 508.4]]),
    ];
    const opening = [
      ...at(761.1, [['数', 238.4, 254.4], ['数', 333.4, 349.4], ['数', 428.4, 444.4]]),
      ...at(733.1, [['规', 72.1, 88.1], ['章', 88.1, 104.1], ['0', 238.4, 248.6], ['0', 333.4, 343.6], ['0', 428.4, 438.6]]),
      ...at(705.1, [['行政规范', 72.1, 136.1], ['性', 136.1, 152.1], ['文件', 152.1, 184.1], ['0', 238.4, 248.6], ['0', 333.4, 343.6], ['5', 428.4, 438.6]]),
      ...at(677.1, [['第二十条第（', 72.1, 168.1], ['五', 168.1, 184.1], ['）', 184.1, 200.1], ['项', 200.1, 216.1]]),
      ...at(649.1, [['信息内容', 72.1, 136.1], ['本年', 238.4, 270.4], ['处理决定数', 270.4, 350.4], ['量', 350.4, 366.4]]),
      ...at(621.1, [['行政', 72.1, 104.1], ['许', 104.1, 120.1], ['可', 120.1, 136.1], ['52', 238.4, 258.8]]),
      ...at(593.1, [['第二十条第（', 72.1, 168.1], ['六', 168.1, 184.1], ['）项', 184.1, 216.1]]),
      ...at(565.1, [['信息内容', 72.1, 136.1], ['本年', 238.4, 270.4], ['处理决定数', 270.4, 350.4], ['量', 350.4, 366.4]]),
      ...at(537.1, [['行政', 72.1, 104.1], ['处罚', 104.1, 136.1], ['19', 238.4, 258.8]]),
      ...at(509.1, [['行政强制', 72.1, 136.1], ['7', 238.4, 248.6]]),
    ];
    const pages: PageContent[] = [
      { ...page, page: 3, items: closing },
      { ...page, page: 4, items: opening },
    ];
    const { groups, outside } = placeTables(pages, new Set());
    expect(groups.map((g) => g.map((p) => p.page.page))).toEqual([[3, 4]]);
    expect(outside.get(3)?.map((i) => i.text).join('')).toBe('做到依法公开、真实公开，注重实效，监督有力。二、主动公开政府信息情况');
    const { value } = readTable(groups, 't2');
    expect(['regulations.issued', 'regulations.in_force', 'normative_documents.issued', 'normative_documents.in_force', 'licensing.decisions', 'penalty.decisions', 'enforcement.decisions'].map(value)).toEqual([0, 0, 0, 5, 52, 19, 7]);
  });

  // The same print of pingtan-2019 (table 二 of 2019): page 8 opens with 行政强制's row and holds the last
  // blocks, 采购总金额 "75394432.52" starting in 本年增/减's column and reaching over two columns' middles.
  // Taken as where the last column's figures start, it made the page's columns other than page 7's, and the
  // page's part a table of its own: 行政强制, 行政事业性收费 and 政府集中采购 unread.
  it('a 公文\'s 16 pt, no border, text at the cells\' left: a figure over two columns\' middles does not say where a column\'s figures start', () => {
    const at = top16;
    const closing = [
      ...at(292.1, [['上', 277.2, 293.2], ['一年项', 293.2, 341.2], ['处理', 441.3, 473.3], ['决', 473.3, 489.3], ['定', 489.3, 505.3]]),
      ...at(278.1, [['信息内容', 72.1, 136.1], ['本年', 359.3, 391.3], ['增', 391.3, 407.3], ['/', 407.3, 412.7], ['减', 412.7, 428.7]]),
      ...at(264.1, [['目数', 277.2, 309.2], ['量', 309.2, 325.2], ['数', 441.3, 457.3], ['量', 457.3, 473.3]]),
      ...at(236.1, [['行政许可', 72.1, 136.1], ['396', 277.2, 307.7], ['0', 359.3, 369.5], ['181', 441.3, 471.8]]),
      ...at(208.1, [['其他对', 72.1, 120.1], ['外', 120.1, 136.1], ['管理', 136.1, 168.1], ['服', 168.1, 184.1], ['务事项', 184.1, 232.1], ['10', 277.2, 297.6], ['0', 359.3, 369.5], ['153', 441.3, 471.8]]),
      ...at(180.1, [['第二', 72.1, 104.1], ['十', 104.1, 120.1], ['条', 120.1, 136.1], ['第', 136.1, 152.1], ['（六）项', 152.1, 216.1]]),
      ...at(152.1, [['上', 277.2, 293.2], ['一年项', 293.2, 341.2], ['处理', 441.3, 473.3], ['决', 473.3, 489.3], ['定', 489.3, 505.3]]),
      ...at(138.1, [['信息内容', 72.1, 136.1], ['本年', 359.3, 391.3], ['增', 391.3, 407.3], ['/', 407.3, 412.7], ['减', 412.7, 428.7]]),
      ...at(124.1, [['目数', 277.2, 309.2], ['量', 309.2, 325.2], ['数', 441.3, 457.3], ['量', 457.3, 473.3]]),
      ...at(96.1, [['行政处', 72.1, 120.1], ['罚', 120.1, 136.1], ['2648', 277.2, 317.9], ['0', 359.3, 369.5], ['430', 441.3, 471.8]]),
    ];
    const opening = [
      ...at(761.1, [['行政', 72.1, 104.1], ['强', 104.1, 120.1], ['制', 120.1, 136.1], ['126', 277.2, 307.7], ['0', 359.3, 369.5], ['25', 441.3, 461.7]]),
      ...at(733.1, [['第二', 72.1, 104.1], ['十', 104.1, 120.1], ['条', 120.1, 136.1], ['第', 136.1, 152.1], ['（', 152.1, 168.1], ['八', 168.1, 184.1], ['）项', 184.1, 216.1]]),
      ...at(705.1, [['上', 277.2, 293.2], ['一年项', 293.2, 341.2]]),
      ...at(691.1, [['信息内容', 72.1, 136.1], ['本年', 359.3, 391.3], ['增', 391.3, 407.3], ['/', 407.3, 412.7], ['减', 412.7, 428.7]]),
      ...at(677.1, [['目数', 277.2, 309.2], ['量', 309.2, 325.2]]),
      ...at(649.1, [['行政事业性收', 72.1, 168.1], ['费', 168.1, 184.1], ['35', 277.2, 297.6], ['0', 359.3, 369.5]]),
      ...at(621.1, [['第二', 72.1, 104.1], ['十', 104.1, 120.1], ['条', 120.1, 136.1], ['第', 136.1, 152.1], ['（', 152.1, 168.1], ['九', 168.1, 184.1], ['）项', 184.1, 216.1]]),
      ...at(593.1, [['采', 277.2, 293.2], ['购', 293.2, 309.2], ['项目', 309.2, 341.2]]),
      ...at(579.1, [['信息内容', 72.1, 136.1], ['采', 359.3, 375.3], ['购', 375.3, 391.3], ['总金', 391.3, 423.3], ['额', 423.3, 439.3]]),
      ...at(565.1, [['数', 277.2, 293.2], ['量', 293.2, 309.2]]),
      ...at(537.1, [['政府', 72.1, 104.1], ['集', 104.1, 120.1], ['中', 120.1, 136.1], ['采', 136.1, 152.1], ['购', 152.1, 168.1], ['135', 277.2, 307.7], ['75394432.52', 359.3, 466.1]]),
      ...at(502.0, [['三', 72.1, 88.1], ['、收到和处理政府信息公开申请情况', 88.1, 344.1]]),
    ];
    const [alone] = unruledTables(opening).tables;
    expect(alone?.starts).toEqual([277.2, 359.3, 441.3]);
    const pages: PageContent[] = [
      { ...page, page: 7, items: closing },
      { ...page, page: 8, items: opening },
    ];
    const { groups } = placeTables(pages, new Set());
    expect(groups.map((g) => g.map((p) => p.page.page))).toEqual([[7, 8]]);
    const { value } = readTable(groups, 't2');
    expect(['penalty.decisions', 'enforcement.previous_items', 'enforcement.change', 'enforcement.decisions', 'fees.previous_items', 'fees.change', 'procurement.procurement_items', 'procurement.procurement_amount'].map(value)).toEqual([430, 126, 0, 25, 35, 0, 135, 75394432.52]);
  });

  // Table 二 of 2019 in 12 pt, borders off, the text centred (a 公文 with its tables in 小四): page 7 closes with
  // 行政强制's three figures, page 8 opens with block (八)'s heading across the table, its two columns
  // (上一年项目数量, 本年增/减) centred in their own cells, between page 7's. Before: no column of page 7
  // under a heading there, the page's part a table of its own — 行政事业性收费 and 政府集中采购 reported
  // missing (positions from the print of pingtan-2019 so made, two empty lines before its title).
  it('a 公文 with its tables in 12 pt, no border: table 二\'s blocks of two columns opening a page after its blocks of three go on the table', () => {
    const at = (y1: number, pieces: [string, number, number][]): TextItem[] => top16(y1, pieces).map((i) => ({ ...i, y0: y1 - 12, size: 12 }));
    const closing = [
      ...at(295.5, [['第二', 238.4, 262.4], ['十', 262.4, 274.4], ['条', 274.4, 286.4], ['第', 286.4, 298.4], ['（', 298.4, 310.4], ['五', 310.4, 322.4], ['）项', 322.4, 346.4]]),
      ...at(273.5, [['上', 282.9, 294.9], ['一年项目', 294.9, 342.9], ['处理', 447.0, 471.0], ['决', 471.0, 483.0], ['定数', 483.0, 507.0]]),
      ...at(262.5, [['信息内容', 145.3, 193.3], ['本年', 368.9, 392.9], ['增', 392.9, 404.9], ['/', 404.9, 408.9], ['减', 409.0, 421.0]]),
      ...at(251.5, [['数', 300.9, 312.9], ['量', 312.9, 324.9], ['量', 471.0, 483.0]]),
      ...at(229.5, [['行政许可', 145.3, 193.3], ['396', 301.4, 324.2], ['0', 391.1, 398.7], ['181', 465.5, 488.3]]),
      ...at(207.5, [['其他对', 109.3, 145.3], ['外', 145.3, 157.3], ['管理', 157.3, 181.3], ['服', 181.3, 193.3], ['务事项', 193.3, 229.3], ['10', 305.3, 320.5], ['0', 391.1, 398.7], ['153', 465.5, 488.3]]),
      ...at(185.5, [['第二', 238.4, 262.4], ['十', 262.4, 274.4], ['条', 274.4, 286.4], ['第', 286.4, 298.4], ['（六）项', 298.4, 346.4]]),
      ...at(163.5, [['上', 282.9, 294.9], ['一年项目', 294.9, 342.9], ['处理', 447.0, 471.0], ['决', 471.0, 483.0], ['定数', 483.0, 507.0]]),
      ...at(152.5, [['信息内容', 145.3, 193.3], ['本年', 368.9, 392.9], ['增', 392.9, 404.9], ['/', 404.9, 408.9], ['减', 409.0, 421.0]]),
      ...at(141.5, [['数', 300.9, 312.9], ['量', 312.9, 324.9], ['量', 471.0, 483.0]]),
      ...at(119.5, [['行政处', 145.3, 181.3], ['罚', 181.3, 193.3], ['2648', 297.6, 328.1], ['0', 391.1, 398.7], ['430', 465.5, 488.3]]),
      ...at(97.5, [['行政', 145.3, 169.3], ['强', 169.3, 181.3], ['制', 181.3, 193.3], ['126', 301.4, 324.2], ['0', 391.1, 398.7], ['25', 469.4, 484.6]]),
    ];
    const opening = [
      ...at(762.5, [['第二', 238.4, 262.4], ['十', 262.4, 274.4], ['条', 274.4, 286.4], ['第', 286.4, 298.4], ['（', 298.4, 310.4], ['八', 310.4, 322.4], ['）项', 322.4, 346.4]]),
      ...at(740.5, [['上', 282.9, 294.9], ['一年项目', 294.9, 342.9]]),
      ...at(729.5, [['信息内容', 145.3, 193.3], ['本年', 410.0, 434.0], ['增', 434.0, 446.0], ['/', 446.0, 450.0], ['减', 450.0, 462.0]]),
      ...at(718.5, [['数', 300.9, 312.9], ['量', 312.9, 324.9]]),
      ...at(696.5, [['行政事业性收', 127.3, 199.3], ['费', 199.3, 211.3], ['35', 305.3, 320.5], ['0', 432.2, 439.8]]),
      ...at(674.5, [['第二', 238.4, 262.4], ['十', 262.4, 274.4], ['条', 274.4, 286.4], ['第', 286.4, 298.4], ['（', 298.4, 310.4], ['九', 310.4, 322.4], ['）项', 322.4, 346.4]]),
      ...at(652.5, [['采', 282.9, 294.9], ['购', 294.9, 306.9], ['项目数', 306.9, 342.9]]),
      ...at(641.5, [['信息内容', 145.3, 193.3], ['采', 406.0, 418.0], ['购', 418.0, 430.0], ['总金', 430.0, 454.0], ['额', 454.0, 466.0]]),
      ...at(630.5, [['量', 306.9, 318.9]]),
      ...at(608.5, [['政府', 133.3, 157.3], ['集', 157.3, 169.3], ['中', 169.3, 181.3], ['采', 181.3, 193.3], ['购', 193.3, 205.3], ['135', 301.4, 324.2], ['75394432.52', 395.9, 476.0]]),
      ...at(578.0, [['三', 72.1, 88.1], ['、收到和处理政府信息公开申请情况', 88.1, 344.1]]),
    ];
    const pages: PageContent[] = [
      { ...page, page: 7, items: closing },
      { ...page, page: 8, items: opening },
    ];
    const { groups } = placeTables(pages, new Set());
    expect(groups.map((g) => g.map((p) => p.page.page))).toEqual([[7, 8]]);
    const found = findTables(groups.map((g, i) => tableGrid(g, i + 1)));
    const cells = found.tables.t2?.cells ?? {};
    const value = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    expect(['enforcement.previous_items', 'enforcement.change', 'enforcement.decisions', 'fees.previous_items', 'fees.change', 'procurement.procurement_items', 'procurement.procurement_amount'].map(value)).toEqual([126, 0, 25, 35, 0, 135, 75394432.52]);
    expect(cells['fees.previous_items']?.source?.page).toBe(8);
  });

  // Table 四 in 16 pt, borders off, text at the cells' left, its headings closing page 8 and its figures
  // opening page 9 (未经复议直接起诉's 总计 12 wrapped "1" | the row | "2"). The headings set at their columns'
  // left start where the figures on the next page start; 行政复议's five a row of their own, half a line above
  // 行政诉讼's. Before: taken as centred, 复议后起诉 and 行政诉讼's headings were one cell — table 四's rows
  // reported missing (positions from the print of pingtan-2021 so made, an empty line before its title).
  it('a 公文\'s 16 pt, no border, text at the cells\' left: table 四\'s headings closing a page start where the next page\'s figures start', () => {
    const at = top16;
    const closing = [
      ...at(313.1, [['四', 72.1, 88.1], ['、', 88.1, 104.1], ['结转', 104.1, 136.1], ['下年度', 136.1, 184.1], ['继续', 184.1, 216.1], ['办理', 216.1, 248.1], ['1', 302.3, 312.5], ['0', 328.8, 339.0], ['0', 364.2, 374.4], ['0', 399.6, 409.8], ['0', 434.9, 445.1], ['0', 470.3, 480.5], ['1', 496.9, 507.1]]),
      ...at(278.0, [['四', 72.1, 88.1], ['、政府信息公开行政复议、行政诉讼情况', 88.1, 376.1]]),
      ...at(251.3, [['行政复议', 72.1, 136.1], ['行政诉讼', 222.5, 286.5]]),
      ...at(223.3, [['未经', 222.5, 254.5], ['复议', 254.5, 286.5], ['直', 286.5, 302.5], ['接起诉', 302.5, 350.5], ['复议', 373.0, 405.0], ['后', 405.0, 421.0], ['起诉', 421.0, 453.0]]),
      ...at(209.3, [['结', 72.1, 88.1], ['结', 103.8, 119.8], ['其', 135.5, 151.5], ['尚', 167.1, 183.1]]),
      ...at(195.3, [['结', 222.5, 238.5], ['结', 254.2, 270.2], ['其', 285.9, 301.9], ['尚', 317.6, 333.6], ['结', 373.0, 389.0], ['结', 404.6, 420.6], ['其', 436.3, 452.3], ['尚', 468.0, 484.0]]),
      ...at(181.3, [['果', 72.1, 88.1], ['果', 103.8, 119.8], ['他', 135.5, 151.5], ['未', 167.1, 183.1], ['总', 198.8, 214.8]]),
      ...at(167.3, [['果', 222.5, 238.5], ['果', 254.2, 270.2], ['他', 285.9, 301.9], ['未', 317.6, 333.6], ['总', 349.2, 365.2], ['果', 373.0, 389.0], ['果', 404.6, 420.6], ['他', 436.3, 452.3], ['未', 468.0, 484.0], ['总', 499.7, 515.7]]),
      ...at(153.3, [['维', 72.1, 88.1], ['纠', 103.8, 119.8], ['结', 135.5, 151.5], ['审', 167.1, 183.1], ['计', 198.8, 214.8]]),
      ...at(139.3, [['维', 222.5, 238.5], ['纠', 254.2, 270.2], ['结', 285.9, 301.9], ['审', 317.6, 333.6], ['计', 349.2, 365.2], ['维', 373.0, 389.0], ['纠', 404.6, 420.6], ['结', 436.3, 452.3], ['审', 468.0, 484.0], ['计', 499.7, 515.7]]),
      ...at(125.3, [['持', 72.1, 88.1], ['正', 103.8, 119.8], ['果', 135.5, 151.5], ['结', 167.1, 183.1]]),
      ...at(111.3, [['持', 222.5, 238.5], ['正', 254.2, 270.2], ['果', 285.9, 301.9], ['结', 317.6, 333.6], ['持', 373.0, 389.0], ['正', 404.6, 420.6], ['果', 436.3, 452.3], ['结', 468.0, 484.0]]),
    ];
    const opening = [
      ...at(761.1, [['1', 349.2, 359.4]]),
      ...at(747.1, [['1', 72.1, 82.3], ['0', 103.8, 114.0], ['2', 135.5, 145.7], ['0', 167.1, 177.3], ['3', 198.8, 209.0], ['12', 222.5, 242.9], ['0', 254.2, 264.4], ['0', 285.9, 296.1], ['0', 317.6, 327.8], ['0', 373.0, 383.2], ['0', 404.6, 414.8], ['0', 436.3, 446.5], ['0', 468.0, 478.2], ['0', 499.7, 509.9]]),
      ...at(733.1, [['2', 349.2, 359.4]]),
      ...at(698.0, [['五', 72.1, 88.1], ['、存在的主要问题及改进情况', 88.1, 296.1]]),
    ];
    const pages: PageContent[] = [
      { ...page, page: 8, items: closing },
      { ...page, page: 9, items: opening },
    ];
    const { groups } = placeTables(pages, new Set());
    const found = findTables(groups.map((g, i) => tableGrid(g, i + 1)));
    const cells = found.tables.t4?.cells ?? {};
    const value = (k: string): unknown => (cells[k]?.kind === 'number' ? (cells[k] as { value: number }).value : cells[k]?.kind);
    const keys = ['review', 'suit_direct', 'suit_after_review'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `${g}.${c}`));
    expect(keys.map(value)).toEqual([1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0]);
    expect(cells['review.total']?.source?.page).toBe(9);
  });

  // Table 三 in 16 pt, borders off, text at the cells' left, in the middle of its rows: the break cuts row 一
  // after its label's first line, "8" … "8" of 80 and 81 beside it; page 5 opens with "请数量" | "0" … "1", then
  // 二、上年结转…, its label over two lines, its one line of figures between them. Before: 二's figures under the
  // pieces, 0 and 0, were unread as if the pieces might be their first lines — text set in the middle of the
  // rows never puts a line of a figure a line above its row's label (positions from the print of pingtan-2023
  // so made, three empty lines before its title).
  it('a 公文\'s 16 pt, no border, text in the middle of the rows: a numbered row under the rest of a row the break cut keeps its own figures', () => {
    const at = top16;
    const closing = [
      ...at(446.0, [['三、', 72.1, 104.1], ['收到', 104.1, 136.1], ['和', 136.1, 152.1], ['处', 152.1, 168.1], ['理政府信息公开', 168.1, 280.1], ['申', 280.1, 296.1], ['请情况', 296.1, 344.1]]),
      ...at(335.3, [['申', 302.3, 318.3], ['请人情况', 318.3, 382.3]]),
      ...at(307.3, [['法', 328.8, 344.8], ['人', 344.8, 360.8], ['或其他', 360.8, 408.8], ['组织', 408.8, 440.8]]),
      ...at(279.3, [['社', 399.6, 415.6], ['法', 434.9, 450.9]]),
      ...at(265.3, [['（本列数据的', 72.1, 168.1], ['勾稽', 168.1, 200.1], ['关系为：第', 200.1, 280.1]]),
      ...at(251.3, [['自', 302.3, 318.3], ['商', 328.8, 344.8], ['科', 364.2, 380.2], ['会', 399.6, 415.6], ['律', 434.9, 450.9]]),
      ...at(237.3, [['一项加第二项', 72.1, 168.1], ['之', 168.1, 184.1], ['和，等于第三', 184.1, 280.1], ['总', 496.9, 512.9]]),
      ...at(223.3, [['然', 302.3, 318.3], ['业', 328.8, 344.8], ['研', 364.2, 380.2], ['公', 399.6, 415.6], ['服', 434.9, 450.9], ['其', 470.3, 486.3]]),
      ...at(209.3, [['项加第', 72.1, 120.1], ['四', 120.1, 136.1], ['项', 136.1, 152.1], ['之', 152.1, 168.1], ['和）', 168.1, 200.1], ['计', 496.9, 512.9]]),
      ...at(195.3, [['人', 302.3, 318.3], ['企', 328.8, 344.8], ['机', 364.2, 380.2], ['益', 399.6, 415.6], ['务', 434.9, 450.9], ['他', 470.3, 486.3]]),
      ...at(167.3, [['业', 328.8, 344.8], ['构', 364.2, 380.2], ['组', 399.6, 415.6], ['机', 434.9, 450.9]]),
      ...at(139.3, [['织', 399.6, 415.6], ['构', 434.9, 450.9]]),
      ...at(111.3, [['一、本年新', 72.1, 152.1], ['收', 152.1, 168.1], ['政府信息公开', 168.1, 264.1], ['申', 264.1, 280.1], ['8', 302.3, 312.5], ['1', 328.8, 339.0], ['0', 364.2, 374.4], ['0', 399.6, 409.8], ['0', 434.9, 445.1], ['0', 470.3, 480.5], ['8', 496.9, 507.1]]),
    ];
    const opening = [
      ...at(761.1, [['请数', 72.1, 104.1], ['量', 104.1, 120.1], ['0', 302.3, 312.5], ['1', 496.9, 507.1]]),
      ...at(733.1, [['二、上年', 72.1, 136.1], ['结转', 136.1, 168.1], ['政府信息公开', 168.1, 264.1], ['申', 264.1, 280.1]]),
      ...at(719.1, [['0', 302.3, 312.5], ['0', 328.8, 339.0], ['0', 364.2, 374.4], ['0', 399.6, 409.8], ['0', 434.9, 445.1], ['0', 470.3, 480.5], ['0', 496.9, 507.1]]),
      ...at(705.1, [['请数', 72.1, 104.1], ['量', 104.1, 120.1]]),
      ...at(677.1, [['三、本年', 72.1, 136.1], ['2', 302.3, 312.5], ['2', 496.9, 507.1]]),
      ...at(663.1, [['（一）', 151.8, 199.8], ['予', 199.8, 215.8], ['以公开', 215.8, 263.8], ['0', 328.8, 339.0], ['0', 364.2, 374.4], ['0', 399.6, 409.8], ['0', 434.9, 445.1], ['0', 470.3, 480.5]]),
      ...at(649.1, [['度办理', 72.1, 120.1], ['结', 120.1, 136.1], ['2', 302.3, 312.5], ['2', 496.9, 507.1]]),
    ];
    const pages: PageContent[] = [
      { ...page, page: 4, items: closing },
      { ...page, page: 5, items: opening },
    ];
    const { groups } = placeTables(pages, new Set());
    const cells = findTables(groups.map((g, i) => tableGrid(g, i + 1))).tables.t3?.cells ?? {};
    expect(row(cells, 'new')).toEqual([80, 1, 0, 0, 0, 0, 81]);
    expect(row(cells, 'carried_over')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(cells, 'granted')).toEqual([22, 0, 0, 0, 0, 0, 22]);
  });

  // Table 二 in 16 pt drawing only its rules across, text at the cells' left: its header row, between two rules,
  // holds "本年制发件" | "本年废止件" | "现行有效件" over "数" | "数" | "数", 信息内容 between those lines, 28 points
  // apart — farther than a wrapped heading's lines where the spacing is not known (one line of figures on the
  // page). Before: two rows, the headings "本年制发件" and "数" — 规章 and 行政规范性文件 unread (positions from
  // the print of pingtan-office-2025 so made, an empty line before its title).
  it('rules across only, 16 pt, text at the cells\' left: the lines between the same two rules are one row', () => {
    const at = top16;
    const rule = (y: number): Ruling => ({ horizontal: true, at: y, from: 66.6, to: 517.9 });
    const closing = [
      ...at(179.6, [['第二十条第（一）项', 72.1, 216.1]]),
      ...at(151.1, [['本年制发件', 238.4, 318.4], ['本年', 333.4, 365.4], ['废', 365.4, 381.4], ['止件', 381.4, 413.4], ['现行有效件', 428.4, 508.4]]),
      ...at(137.1, [['信息内', 72.1, 120.1], ['容', 120.1, 136.1]]),
      ...at(123.1, [['数', 238.4, 254.4], ['数', 333.4, 349.4], ['数', 428.4, 444.4]]),
      ...at(94.6, [['规', 72.1, 88.1], ['章', 88.1, 104.1], ['0', 238.4, 248.6], ['0', 333.4, 343.6], ['0', 428.4, 438.6]]),
    ];
    const opening = [
      ...at(760.6, [['行政规范性文件', 72.1, 184.1], ['9', 238.4, 248.6], ['7', 333.4, 343.6], ['253', 428.4, 458.9]]),
      ...at(732.1, [['第二十条第（', 72.1, 168.1], ['五', 168.1, 184.1], ['）项', 184.1, 216.1]]),
      ...at(703.6, [['信息内', 72.1, 120.1], ['容', 120.1, 136.1], ['本年', 238.4, 270.4], ['处', 270.4, 286.4], ['理决定数', 286.4, 350.4], ['量', 350.4, 366.4]]),
      ...at(675.1, [['行政', 72.1, 104.1], ['许', 104.1, 120.1], ['可', 120.1, 136.1], ['0', 238.4, 248.6]]),
    ];
    const pages: PageContent[] = [
      { ...page, page: 2, items: closing, rulings: [188.6, 160.1, 103.6, 75.1].map(rule) },
      { ...page, page: 3, items: opening, rulings: [769.6, 741.1, 712.6, 684.1, 655.6].map(rule) },
    ];
    const { groups } = placeTables(pages, new Set());
    const { value } = readTable(groups, 't2');
    expect(['regulations.issued', 'regulations.repealed', 'regulations.in_force', 'normative_documents.issued', 'normative_documents.repealed', 'normative_documents.in_force', 'licensing.decisions'].map(value)).toEqual([0, 0, 0, 9, 7, 253, 0]);
  });

  // Table 三 in 16 pt, borders off, text at the cells' left and in the middle of its rows (8.属于行政查询事项's
  // figures on its label's middle line), closing page 5 with 1.本机关不掌握相关政府信息: LibreOffice prints the row
  // it splits at the page's foot from its top — "7" on the label's first line, "5" under it beside "不掌握相",
  // 75. Before: read as the middle of the rows would put them, the row's 7 … 7 and 5 … 5 two rows, 75 unread
  // (positions from the print of pingtan-2024 so made, three empty lines before its title).
  it('a 公文\'s 16 pt, no border, text in the middle of the rows: the last row closing the page, printed from its top, reads its wrapped figures', () => {
    const at = top16;
    const items = [
      ...at(285.1, [['8.', 213.8, 229.1], ['属', 229.0, 245.0], ['于行', 245.0, 277.0]]),
      ...at(257.1, [['政查', 213.8, 245.8], ['询', 245.8, 261.8], ['事', 261.8, 277.8], ['0', 302.3, 312.5], ['0', 328.8, 339.0], ['0', 364.2, 374.4], ['0', 399.6, 409.8], ['0', 434.9, 445.1], ['0', 470.3, 480.5], ['0', 496.9, 507.1]]),
      ...at(229.1, [['项', 213.8, 229.8]]),
      ...at(201.1, [['（', 151.8, 167.8], ['四', 167.8, 183.8], ['）', 183.8, 199.8], ['1.', 213.8, 229.1], ['本', 229.0, 245.0], ['机', 245.0, 261.0], ['关', 261.0, 277.0], ['7', 302.3, 312.5], ['0', 328.8, 339.0], ['0', 364.2, 374.4], ['0', 399.6, 409.8], ['0', 434.9, 445.1], ['0', 470.3, 480.5], ['7', 496.9, 507.1]]),
      ...at(173.1, [['无法', 151.8, 183.8], ['提', 183.8, 199.8], ['不', 213.8, 229.8], ['掌握相', 229.8, 277.8], ['5', 302.3, 312.5], ['5', 496.9, 507.1]]),
      ...at(145.1, [['供', 151.8, 167.8], ['关政府信', 213.8, 277.8]]),
      ...at(117.1, [['息', 213.8, 229.8]]),
    ];
    const [t] = unruledTables(items).tables;
    const rows = (t?.cells ?? []).map((row) => row.filter((c, i) => row.indexOf(c) === i && c.text !== '').map((c) => (c.unsure ? '?' : '') + c.text));
    expect(rows.at(-1)).toEqual(['（四）无法提供', '1.本机关不掌握相关政府信息', '75', '0', '0', '0', '0', '0', '75']);
    expect(rows.at(-2)).toEqual(['8.属于行政查询事项', '0', '0', '0', '0', '0', '0', '0']);
  });

  // Table 三 in 16 pt, borders off, text at the cells' left and in the middle of its rows: "三、本年" and
  // "（一）予以公开" 15.7 points apart (less than a character), "度办理结" and "（二）部分公开" under them. Taken as one
  // label each, the row's looked numbered with its label going on unnumbered below — text set at the top of the
  // rows — against 二、上年结转's figures between its label's lines (the middle): the page showed nothing, and
  // 二's figures under the rest of the row the break cut stayed unread (positions from the print of
  // pingtan-2019 so made, two empty lines before its title).
  it('a 公文\'s 16 pt, no border, text at the cells\' left: a group label within a character of its row\'s own label says nothing of where the text is set', () => {
    const at = top16;
    const items = [
      ...at(761.1, [['请数', 72.1, 104.1], ['量', 104.1, 120.1], ['3', 302.3, 312.5], ['3', 496.9, 507.1]]),
      ...at(733.1, [['二', 72.1, 88.1], ['、', 88.1, 104.1], ['上', 104.1, 120.1], ['年', 120.1, 136.1], ['结', 136.1, 152.1], ['转', 152.1, 168.1], ['政府信息公开申', 168.1, 280.1]]),
      ...at(719.1, [['0', 302.3, 312.5], ['0', 328.8, 339.0], ['0', 364.2, 374.4], ['0', 399.6, 409.8], ['0', 434.9, 445.1], ['0', 470.3, 480.5], ['0', 496.9, 507.1]]),
      ...at(705.1, [['请数', 72.1, 104.1], ['量', 104.1, 120.1]]),
      ...at(677.1, [['三', 72.1, 88.1], ['、本年', 88.1, 136.1], ['（一）', 151.8, 199.8], ['予', 199.8, 215.8], ['以公开', 215.8, 263.8], ['7', 302.3, 312.5], ['0', 328.8, 339.0], ['0', 364.2, 374.4], ['0', 399.6, 409.8], ['0', 434.9, 445.1], ['0', 470.3, 480.5], ['7', 496.9, 507.1]]),
      ...at(649.1, [['度办理', 72.1, 120.1], ['结', 120.1, 136.1], ['（', 151.8, 167.8], ['二', 167.8, 183.8], ['）部分公开', 183.8, 263.8]]),
      ...at(621.1, [['果', 72.1, 88.1], ['（区分处理的，', 151.8, 263.8], ['只', 263.8, 279.8]]),
      ...at(607.1, [['1', 302.3, 312.5], ['0', 328.8, 339.0], ['0', 364.2, 374.4], ['0', 399.6, 409.8], ['0', 434.9, 445.1], ['0', 470.3, 480.5], ['1', 496.9, 507.1]]),
      ...at(593.1, [['计', 151.8, 167.8], ['这', 167.8, 183.8], ['一情', 183.8, 215.8], ['形', 215.8, 231.8], ['，', 231.8, 247.8], ['不', 247.8, 263.8], ['计', 263.8, 279.8]]),
      ...at(565.1, [['其他情', 151.8, 199.8], ['形', 199.8, 215.8], ['）', 215.8, 231.8]]),
    ];
    expect([...unruledTables(items).votes]).toEqual(['middle']);
  });

  // Table 四 in 16 pt, borders off, text at the cells' left, its headings closing page 7 and the rest of them
  // and its figures opening page 8. Columns 9 and 10 (未经复议直接起诉's 总计, 复议后起诉's 结果维持) stand 24
  // points apart, and pdfjs hands their headings' "总" and "结" as one item, "总 结", a half-character space
  // between them. Before: one heading over two columns, the headings under it slipped a column and 未经复议直接
  // 起诉's 总计 was unread (positions from the print of pingtan-econdev-2022 so made).
  it('a 公文\'s 16 pt, no border, text at the cells\' left: two columns\' headings in one item, a space between them, each where its column\'s figures start', () => {
    const at = top16;
    const joined = { ...at(111.3, [['总 结', 349.2, 389.0]])[0]!, xs: [0, 16, 23.8] };
    const closing = [
      ...at(257.1, [['四', 72.1, 88.1], ['、结转', 88.1, 136.1], ['下', 136.1, 152.1], ['年度', 152.1, 184.1], ['继续', 184.1, 216.1], ['办理', 216.1, 248.1], ['0', 302.3, 312.5], ['0', 328.8, 339.0], ['0', 364.2, 374.4], ['0', 399.6, 409.8], ['0', 434.9, 445.1], ['0', 470.3, 480.5], ['0', 496.9, 507.1]]),
      ...at(222.0, [['四', 72.1, 88.1], ['、政府信息公开行政复议与行政诉讼情况', 88.1, 376.1]]),
      ...at(167.3, [['行政复议', 72.1, 136.1], ['行政诉讼', 222.5, 286.5]]),
      ...at(139.3, [['结', 72.1, 88.1], ['结', 103.8, 119.8], ['其', 135.5, 151.5], ['尚', 167.1, 183.1], ['总', 198.8, 214.8], ['未', 222.5, 238.5], ['经复议', 238.5, 286.5], ['直接起', 286.5, 334.5], ['诉', 334.5, 350.5], ['复议', 373.0, 405.0], ['后起', 405.0, 437.0], ['诉', 437.0, 453.0]]),
      ...at(111.3, [['果', 72.1, 88.1], ['果', 103.8, 119.8], ['他', 135.5, 151.5], ['未', 167.1, 183.1], ['计', 198.8, 214.8], ['结', 222.5, 238.5], ['结', 254.2, 270.2], ['其', 285.9, 301.9], ['尚', 317.6, 333.6]]),
      joined,
      ...at(111.3, [['结', 404.6, 420.6], ['其', 436.3, 452.3], ['尚', 468.0, 484.0], ['总', 499.7, 515.7]]),
    ];
    const opening = [
      ...at(761.1, [['维', 72.1, 88.1], ['纠', 103.8, 119.8], ['结', 135.5, 151.5], ['审', 167.1, 183.1], ['果', 222.5, 238.5], ['果', 254.2, 270.2], ['他', 285.9, 301.9], ['未', 317.6, 333.6], ['果', 373.0, 389.0], ['果', 404.6, 420.6], ['他', 436.3, 452.3], ['未', 468.0, 484.0]]),
      ...at(733.1, [['持', 72.1, 88.1], ['正', 103.8, 119.8], ['果', 135.5, 151.5], ['结', 167.1, 183.1], ['维', 222.5, 238.5], ['纠', 254.2, 270.2], ['结', 285.9, 301.9], ['审', 317.6, 333.6], ['计', 349.2, 365.2], ['维', 373.0, 389.0], ['纠', 404.6, 420.6], ['结', 436.3, 452.3], ['审', 468.0, 484.0], ['计', 499.7, 515.7]]),
      ...at(705.1, [['持', 222.5, 238.5], ['正', 254.2, 270.2], ['果', 285.9, 301.9], ['结', 317.6, 333.6], ['持', 373.0, 389.0], ['正', 404.6, 420.6], ['果', 436.3, 452.3], ['结', 468.0, 484.0]]),
      ...at(677.1, [['1', 72.1, 82.3], ['0', 103.8, 114.0], ['0', 135.5, 145.7], ['0', 167.1, 177.3], ['1', 198.8, 209.0], ['0', 222.5, 232.7], ['2', 254.2, 264.4], ['0', 285.9, 296.1], ['0', 317.6, 327.8], ['2', 349.2, 359.4], ['0', 373.0, 383.2], ['0', 404.6, 414.8], ['0', 436.3, 446.5], ['3', 468.0, 478.2], ['3', 499.7, 509.9]]),
      ...at(642.0, [['五', 72.1, 88.1], ['、存在的主要问题及改进情况', 88.1, 296.1]]),
    ];
    const pages: PageContent[] = [
      { ...page, page: 7, items: closing },
      { ...page, page: 8, items: opening },
    ];
    const { groups } = placeTables(pages, new Set());
    const { cells, value } = readTable(groups, 't4');
    const keys = ['review', 'suit_direct', 'suit_after_review'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `${g}.${c}`));
    // (Figures other than the print's zeros, so that a column slipped shows.)
    expect(keys.map(value)).toEqual([1, 0, 0, 0, 1, 0, 2, 0, 0, 2, 0, 0, 0, 3, 3]);
    expect(cells['suit_direct.total']?.source?.page).toBe(8);
  });

  // A web page set as a 公文 (16 pt on lines 28 points apart in every paragraph and cell, as Word's web page of one
  // writes it), its borders removed, printed by Chromium — 12.24 pt on lines 21.2 to 21.8 points apart in the
  // print, scaled to the page. A label's lines stand 9 to 9.6 points apart, the rows 12.5 or more (the cells'
  // padding): more than 0.6 of a character, so every wrapped label's lower line read as a row of its own with
  // blank cells, and table 三 was reported missing. The group label 三、本年度办理结果, centred in its rows, has
  // "度办理结" 3.4 points above "（二）部分公开" and 5.9 before it, "三、本年" 5.9 before "（一）予以公开": one piece
  // of text each, under half a character apart. Page 2 holds the header and the first two rows only, too few to
  // show how far apart a cell's lines are ("商业" over "企业"), page 3 the rest down to 3.补正后申请内容仍不明确
  // (positions from the print of pingtan-2024 so made: fixtures/readers/pdf/chromium-borderless-gongwen-16-pingtan-2024).
  it('a web page set as a 公文, printed by a browser with no border: a cell\'s lines a line\'s spacing apart, the rows further, group labels run into their rows\' labels', () => {
    const at = top12;
    const closing = [
      ...at(285.9, [['申请人情况', 378.5, 439.7]]),
      ...at(261.2, [['（本列数据的勾稽关系为：第一项加第', 36.0, 244.1], ['法人或其他组织', 366.3, 452.0]]),
      ...at(240.0, [['二项之和，等于第三项加第四项之和）', 36.0, 244.1]]),
      ...at(238.2, [['自然人', 260.0, 296.7], ['总计', 527.7, 552.2]]),
      ...at(236.5, [['商业', 309.7, 334.2], ['科研', 353.3, 377.8], ['社会公', 390.8, 427.5], ['法律服', 434.4, 471.1]]),
      ...at(225.6, [['其他', 484.1, 508.6]]),
      ...at(214.7, [['企业', 309.7, 334.2], ['机构', 353.3, 377.8], ['益组织', 390.8, 427.5], ['务机构', 434.4, 471.1]]),
      ...at(190.0, [['一、本年新收政府信息公开申请数量', 36.0, 231.8], ['217', 268.1, 288.5], ['1', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['218', 529.8, 550.1]]),
      ...at(165.4, [['二、上年结转政府信息公开申请数量', 36.0, 231.8], ['0', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['0', 536.5, 543.3]]),
    ];
    const next = [
      ...at(795.9, [['申请人情况', 378.5, 439.7]]),
      ...at(771.3, [['（本列数据的勾稽关系为：第一项加第', 36.0, 244.1], ['法人或其他组织', 366.3, 452.0]]),
      ...at(749.5, [['二项之和，等于第三项加第四项之和）', 36.0, 244.1]]),
      ...at(747.7, [['自然人', 260.0, 296.7], ['总计', 527.7, 552.2]]),
      ...at(746.0, [['商业', 309.7, 334.2], ['科研', 353.3, 377.8], ['社会公', 390.8, 427.5], ['法律服', 434.4, 471.1]]),
      ...at(735.7, [['其他', 484.1, 508.6]]),
      ...at(724.8, [['企业', 309.7, 334.2], ['机构', 353.3, 377.8], ['益组织', 390.8, 427.5], ['务机构', 434.4, 471.1]]),
      ...at(700.1, [['三、本年', 37.4, 86.4], ['（一）予以公开', 92.3, 178.0], ['71', 271.5, 285.1], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['71', 533.2, 546.7]]),
      ...at(678.3, [['度办理结', 37.4, 86.4]]),
      ...at(674.9, [['（二）部分公开（区分处理', 92.3, 239.2]]),
      ...at(657.1, [['果', 55.8, 68.0]]),
      ...at(653.6, [['的，只计这一情形，不计其他', 92.3, 251.4], ['29', 271.5, 285.1], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['29', 533.2, 546.7]]),
      ...at(632.4, [['情形）', 92.3, 129.1]]),
      ...at(607.2, [['1.', 148.6, 158.8], ['属于国家秘密', 158.8, 232.3], ['4', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['4', 536.5, 543.3]]),
      ...at(582.5, [['2.', 148.6, 158.8], ['其他法律行政法', 158.8, 244.5]]),
      ...at(571.6, [['0', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['0', 536.5, 543.3]]),
      ...at(561.3, [['规禁止公开', 148.6, 209.8]]),
      ...at(536.0, [['3.', 148.6, 158.8], ['危及', 158.8, 183.3], ['“', 183.3, 195.6], ['三安全一', 195.6, 244.5]]),
      ...at(525.7, [['0', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['0', 536.5, 543.3]]),
      ...at(514.8, [['稳定', 148.6, 173.1], ['”', 173.1, 185.4]]),
      ...at(490.1, [['4.', 148.6, 158.8], ['保护第三方合法', 158.8, 244.5]]),
      ...at(479.2, [['3', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['3', 536.5, 543.3]]),
      ...at(468.3, [['权益', 148.6, 173.1]]),
      ...at(456.3, [['（三）不', 93.7, 142.7]]),
      ...at(443.6, [['5.', 148.6, 158.8], ['属于三类内部事', 158.8, 244.5]]),
      ...at(434.5, [['予公开', 99.8, 136.6]]),
      ...at(432.7, [['32', 271.5, 285.1], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['32', 533.2, 546.7]]),
      ...at(422.4, [['务信息', 148.6, 185.4]]),
      ...at(397.2, [['6.', 148.6, 158.8], ['属于四类过程性', 158.8, 244.5]]),
      ...at(386.8, [['0', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['0', 536.5, 543.3]]),
      ...at(375.9, [['信息', 148.6, 173.1]]),
      ...at(351.3, [['7.', 148.6, 158.8], ['属于行政执法案', 158.8, 244.5]]),
      ...at(340.4, [['0', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['0', 536.5, 543.3]]),
      ...at(329.5, [['卷', 148.6, 160.9]]),
      ...at(304.8, [['8.', 148.6, 158.8], ['属于行政查询事', 158.8, 244.5]]),
      ...at(293.9, [['0', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['0', 536.5, 543.3]]),
      ...at(283.6, [['项', 148.6, 160.9]]),
      ...at(258.3, [['1.', 148.6, 158.8], ['本机关不掌握相', 158.8, 244.5]]),
      ...at(248.0, [['75', 271.5, 285.1], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['75', 533.2, 546.7]]),
      ...at(237.1, [['关政府信息', 148.6, 209.8]]),
      ...at(212.4, [['（四）无', 93.7, 142.7], ['2.', 148.6, 158.8], ['没有现成信息需', 158.8, 244.5]]),
      ...at(201.5, [['0', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['0', 536.5, 543.3]]),
      ...at(190.6, [['法提供', 99.8, 136.6], ['要另行制作', 148.6, 209.8]]),
      ...at(165.9, [['3.', 148.6, 158.8], ['补正后申请内容', 158.8, 244.5]]),
      ...at(155.0, [['0', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['0', 536.5, 543.3]]),
      ...at(144.7, [['仍不明确', 148.6, 197.6]]),
    ];
    const pages: PageContent[] = [
      { ...page, page: 2, items: closing },
      { ...page, page: 3, items: next },
    ];
    const { groups } = placeTables(pages, new Set());
    const { cells, value } = readTable(groups, 't3');
    const columns = ['natural', 'commercial', 'research', 'nonprofit', 'legal_services', 'other', 'total'];
    const rows = (ids: string[]): unknown[][] => ids.map((r) => columns.map((c) => value(`${r}.${c}`)));
    expect(rows(['new', 'carried_over', 'granted', 'partly_granted', 'denied_state_secret', 'denied_prohibited', 'denied_third_party', 'denied_internal', 'denied_enforcement_file', 'unable_not_held', 'unable_needs_creation', 'unable_unclear'])).toEqual([
      [217, 1, 0, 0, 0, 0, 218],
      [0, 0, 0, 0, 0, 0, 0],
      [71, 0, 0, 0, 0, 0, 71],
      [29, 0, 0, 0, 0, 0, 29],
      [4, 0, 0, 0, 0, 0, 4],
      [0, 0, 0, 0, 0, 0, 0],
      [3, 0, 0, 0, 0, 0, 3],
      [32, 0, 0, 0, 0, 0, 32],
      [0, 0, 0, 0, 0, 0, 0],
      [75, 0, 0, 0, 0, 0, 75],
      [0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0],
    ]);
    expect(cells['new.commercial']?.source?.page).toBe(2);
    expect(cells['unable_unclear.total']?.source?.page).toBe(3);
  });

  // The same page with no cell padding either (fixtures/readers/pdf/chromium-borderless-no-padding-gongwen-16-pingtan-2024):
  // the rows as close as a cell's lines, every line 21.2 to 21.8 points from the next in the print, where the
  // rows' fractional heights put it — a 公文's spacing, a label's lines 9 to 9.6 points apart. Before: lines
  // more than half a point further apart than the commonest gap (9) were no lines of one cell, "1.信访举报投诉类申"
  // over "请" 9.6 apart two rows, the first with blank cells — 信访举报投诉类申请 read blank (wrong), and
  // 申请人逾期未按收费通知要求缴纳费用… too (positions from page 4 of that print: table 三's header again, then
  // its rows from （五）不予处理 down).
  it('a web page set as a 公文 with no cell padding, printed by a browser: a cell\'s lines where the rows\' fractional heights put them', () => {
    const at = top12;
    const items = [
      ...at(797.7, [['申请人情况', 378.5, 439.7]]),
      ...at(776.4, [['（本列数据的勾稽关系为：第一项加第二', 33.7, 254.0], ['法人或其他组织', 366.3, 452.0]]),
      ...at(754.6, [['项之和，等于第三项加第四项之和）', 33.7, 229.5], ['自然人', 260.0, 296.7], ['商业', 309.7, 334.2], ['科研', 353.3, 377.8], ['社会公', 390.8, 427.5], ['法律服', 434.4, 471.1], ['总计', 527.7, 552.2]]),
      ...at(744.3, [['其他', 484.1, 508.6]]),
      ...at(733.4, [['企业', 309.7, 334.2], ['机构', 353.3, 377.8], ['益组织', 390.8, 427.5], ['务机构', 434.4, 471.1]]),
      ...at(712.2, [['1.', 146.3, 156.5], ['信访举报投诉类申', 156.5, 254.4]]),
      ...at(701.3, [['0', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['0', 536.5, 543.3]]),
      ...at(690.4, [['请', 146.3, 158.6]]),
      ...at(669.1, [['2.', 146.3, 156.5], ['重复申请', 156.5, 205.5], ['1', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['1', 536.5, 543.3]]),
      ...at(647.9, [['3.', 146.3, 156.5], ['要求提供公开出版', 156.5, 254.4]]),
      ...at(637.0, [['0', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['0', 536.5, 543.3]]),
      ...at(626.1, [['（五）不', 93.7, 142.7], ['物', 146.3, 158.6]]),
      ...at(604.9, [['予处理', 99.8, 136.6], ['4.', 146.3, 156.5], ['无正当理由大量反', 156.5, 254.4]]),
      ...at(594.0, [['0', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['0', 536.5, 543.3]]),
      ...at(583.6, [['复申请', 146.3, 183.1]]),
      ...at(561.8, [['5.', 146.3, 156.5], ['要求行政机关确认', 156.5, 254.4]]),
      ...at(540.6, [['或重新出具已获取信', 146.3, 256.5], ['0', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['0', 536.5, 543.3]]),
      ...at(519.4, [['息', 146.3, 158.6]]),
      ...at(497.6, [['1.', 146.3, 156.5], ['申请人无正当理由', 156.5, 254.4]]),
      ...at(476.4, [['逾期不补正、行政机', 146.3, 256.5]]),
      ...at(465.4, [['1', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['1', 536.5, 543.3]]),
      ...at(455.1, [['关不再处理其政府信', 146.3, 256.5]]),
      ...at(433.3, [['息公开申请', 146.3, 207.5]]),
      ...at(412.1, [['（六）其', 93.7, 142.7], ['2.', 146.3, 156.5], ['申请人逾期未按收', 156.5, 254.4]]),
      ...at(390.9, [['他处理', 99.8, 136.6], ['费通知要求缴纳费', 146.3, 244.2]]),
      ...at(369.1, [['用、行政机关不再处', 146.3, 256.5], ['0', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['0', 536.5, 543.3]]),
      ...at(347.8, [['理其政府信息公开申', 146.3, 256.5]]),
      ...at(326.6, [['请', 146.3, 158.6]]),
      ...at(304.8, [['3.', 146.3, 156.5], ['其他', 156.5, 181.0], ['1', 274.9, 281.7], ['1', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['2', 536.5, 543.3]]),
      ...at(283.6, [['（七）总计', 90.0, 151.2], ['217', 268.1, 288.5], ['1', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['218', 529.8, 550.1]]),
      ...at(262.3, [['四、结转下年度继续办理', 33.7, 168.4], ['0', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['0', 536.5, 543.3]]),
    ];
    const { groups } = placeTables([{ ...page, page: 4, items }], new Set());
    const { value } = readTable(groups, 't3');
    const columns = ['natural', 'commercial', 'research', 'nonprofit', 'legal_services', 'other', 'total'];
    const rows = (ids: string[]): unknown[][] => ids.map((r) => columns.map((c) => value(`${r}.${c}`)));
    expect(rows(['not_processed_petition', 'not_processed_repeated', 'not_processed_publication', 'not_processed_excessive', 'not_processed_confirmation', 'other_no_correction', 'other_unpaid_fee', 'other_other', 'total', 'carried_forward'])).toEqual([
      [0, 0, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 0, 0],
      [1, 1, 0, 0, 0, 0, 2],
      [217, 1, 0, 0, 0, 0, 218],
      [0, 0, 0, 0, 0, 0, 0],
    ]);
  });

  // Table 三 in a 公文's 16 pt in Noto Serif CJK (its figures narrower than Droid Sans Fallback's), borders off:
  // "（四）" | "1.本机关不" ends 15.5 points before its row's "3" — less than the character running text needs to
  // be two pieces, more than the half a table's cells need. The row closes page 6, LibreOffice printing it from
  // its top: "3" on its first line and "7" under it, 37. Before: "3" was a piece of the label's text, so no
  // figure of the row's line stood over "7", and 37 and its row's total were unread (positions from the print
  // of pingtan-2022 so made, its fonts set to Nimbus Roman and Noto Serif CJK SC, an empty line before the title).
  it('a 公文\'s 16 pt, no border, a figure 15.5 points after its row\'s label: a piece of its own, the row the page\'s foot cuts read from its top', () => {
    const at = top16;
    const items = [
      ...at(733.1, [['1.', 214.6, 226.6], ['属', 226.6, 242.6], ['于国', 242.6, 274.6], ['家', 274.6, 290.6]]),
      ...at(719.1, [['0', 306.1, 314.1], ['0', 337.1, 345.1], ['0', 372.5, 380.5], ['0', 407.9, 415.9], ['0', 443.2, 451.2], ['0', 474.2, 482.2], ['0', 500.8, 508.8]]),
      ...at(705.1, [['秘', 236.6, 252.6], ['密', 252.6, 268.6]]),
      ...at(677.1, [['2.', 214.6, 226.6], ['其他法律', 226.6, 290.6]]),
      ...at(649.1, [['行政', 220.6, 252.6], ['法', 252.6, 268.6], ['规', 268.6, 284.6], ['0', 306.1, 314.1], ['0', 337.1, 345.1], ['0', 372.5, 380.5], ['0', 407.9, 415.9], ['0', 443.2, 451.2], ['0', 474.2, 482.2], ['0', 500.8, 508.8]]),
      ...at(621.1, [['禁止', 220.6, 252.6], ['公开', 252.6, 284.6]]),
      ...at(593.1, [['3.', 214.6, 226.6], ['危及', 226.6, 258.6], ['“三', 258.6, 290.6]]),
      ...at(565.1, [['安', 220.6, 236.6], ['全一稳', 236.6, 284.6], ['0', 306.1, 314.1], ['0', 337.1, 345.1], ['0', 372.5, 380.5], ['0', 407.9, 415.9], ['0', 443.2, 451.2], ['0', 474.2, 482.2], ['0', 500.8, 508.8]]),
      ...at(537.1, [['定”', 236.6, 268.6]]),
      ...at(509.1, [['4.', 214.6, 226.6], ['保', 226.6, 242.6], ['护', 242.6, 258.6], ['第三', 258.6, 290.6]]),
      ...at(481.1, [['（三）', 153.4, 201.4], ['方合', 220.6, 252.6], ['法权', 252.6, 284.6], ['0', 306.1, 314.1], ['0', 337.1, 345.1], ['0', 372.5, 380.5], ['0', 407.9, 415.9], ['0', 443.2, 451.2], ['0', 474.2, 482.2], ['0', 500.8, 508.8]]),
      ...at(453.1, [['不予', 153.4, 185.4], ['公', 185.4, 201.4], ['益', 244.6, 260.6]]),
      ...at(425.1, [['开', 169.4, 185.4], ['5.', 214.6, 226.6], ['属', 226.6, 242.6], ['于三类', 242.6, 290.6]]),
      ...at(397.1, [['内', 220.6, 236.6], ['部', 236.6, 252.6], ['事', 252.6, 268.6], ['务', 268.6, 284.6], ['1', 306.1, 314.1], ['0', 337.1, 345.1], ['0', 372.5, 380.5], ['0', 407.9, 415.9], ['0', 443.2, 451.2], ['0', 474.2, 482.2], ['1', 500.8, 508.8]]),
      ...at(369.1, [['信息', 236.6, 268.6]]),
      ...at(341.1, [['6.', 214.6, 226.6], ['属', 226.6, 242.6], ['于四类', 242.6, 290.6]]),
      ...at(313.1, [['过程', 220.6, 252.6], ['性信', 252.6, 284.6], ['2', 306.1, 314.1], ['0', 337.1, 345.1], ['0', 372.5, 380.5], ['0', 407.9, 415.9], ['0', 443.2, 451.2], ['0', 474.2, 482.2], ['2', 500.8, 508.8]]),
      ...at(285.1, [['息', 244.6, 260.6]]),
      ...at(257.1, [['7.', 214.6, 226.6], ['属', 226.6, 242.6], ['于行政', 242.6, 290.6]]),
      ...at(243.1, [['1', 306.1, 314.1], ['0', 337.1, 345.1], ['0', 372.5, 380.5], ['0', 407.9, 415.9], ['0', 443.2, 451.2], ['0', 474.2, 482.2], ['1', 500.8, 508.8]]),
      ...at(229.1, [['执', 220.6, 236.6], ['法案卷', 236.6, 284.6]]),
      ...at(201.1, [['8.', 214.6, 226.6], ['属', 226.6, 242.6], ['于行政', 242.6, 290.6]]),
      ...at(187.1, [['0', 306.1, 314.1], ['0', 337.1, 345.1], ['0', 372.5, 380.5], ['0', 407.9, 415.9], ['0', 443.2, 451.2], ['0', 474.2, 482.2], ['0', 500.8, 508.8]]),
      ...at(173.1, [['查询', 220.6, 252.6], ['事', 252.6, 268.6], ['项', 268.6, 284.6]]),
      ...at(145.1, [['（四）', 153.4, 201.4], ['1.', 214.6, 226.6], ['本', 226.6, 242.6], ['机', 242.6, 258.6], ['关', 258.6, 274.6], ['不', 274.6, 290.6], ['3', 306.1, 314.1], ['0', 337.1, 345.1], ['0', 372.5, 380.5], ['0', 407.9, 415.9], ['0', 443.2, 451.2], ['0', 474.2, 482.2], ['3', 500.8, 508.8]]),
      ...at(117.1, [['无法', 153.4, 185.4], ['提', 185.4, 201.4], ['掌握', 220.6, 252.6], ['相关', 252.6, 284.6], ['7', 306.1, 314.1], ['7', 500.8, 508.8]]),
    ];
    const { tables } = unruledTables(items);
    const row = tables[0]?.cells.find((r) => r.some((c) => c.text.includes('本机关不')));
    expect(row?.filter((c, i) => row.indexOf(c) === i).map((c) => c.text)).toEqual(['（四）无法提', '1.本机关不掌握相关', '37', '0', '0', '0', '0', '0', '37']);
  });

  // The same page set as a 公文, pingtan-2021: table 三's header closes page 2, its corner note one cell there
  // ("（本列数据的勾稽关系为：第一项加第" over "二项之和，等于第三项加第四项之和）"); Chromium prints the header
  // again atop page 3, whose first two lines — 申请人情况, and the note's first line beside 法人或其他组织 — are
  // taken for the pages' running header (the same atop every page). The header's rest there, the note's second
  // line beside 自然人 …, is the end of a heading the table has: the header again, not a row of the table.
  // Before: a table-extra warning for a row "二项之和，等于第三项加第四项之和）" (positions from the print of
  // pingtan-2021 so made).
  it('a header printed again atop a page, its first lines taken for the running header: the rest, the end of a heading the table has, is the header', () => {
    const at = top12;
    const closing = [
      ...at(144.7, [['申请人情况', 378.5, 439.7]]),
      ...at(120.0, [['（本列数据的勾稽关系为：第一项加第', 36.0, 244.1], ['法人或其他组织', 366.3, 452.0]]),
      ...at(98.8, [['二项之和，等于第三项加第四项之和）', 36.0, 244.1]]),
      ...at(97.1, [['自然人', 260.0, 296.7], ['总计', 527.7, 552.2]]),
      ...at(95.4, [['商业', 309.7, 334.2], ['科研', 353.3, 377.8], ['社会公', 390.8, 427.5], ['法律服', 434.4, 471.1]]),
      ...at(84.5, [['其他', 484.1, 508.6]]),
      ...at(73.6, [['企业', 309.7, 334.2], ['机构', 353.3, 377.8], ['益组织', 390.8, 427.5], ['务机构', 434.4, 471.1]]),
    ];
    const next = [
      ...at(795.9, [['申请人情况', 378.5, 439.7]]),
      ...at(771.3, [['（本列数据的勾稽关系为：第一项加第', 36.0, 244.1], ['法人或其他组织', 366.3, 452.0]]),
      ...at(749.5, [['二项之和，等于第三项加第四项之和）', 36.0, 244.1]]),
      ...at(747.7, [['自然人', 260.0, 296.7], ['总计', 527.7, 552.2]]),
      ...at(746.0, [['商业', 309.7, 334.2], ['科研', 353.3, 377.8], ['社会公', 390.8, 427.5], ['法律服', 434.4, 471.1]]),
      ...at(735.7, [['其他', 484.1, 508.6]]),
      ...at(724.8, [['企业', 309.7, 334.2], ['机构', 353.3, 377.8], ['益组织', 390.8, 427.5], ['务机构', 434.4, 471.1]]),
      ...at(700.1, [['一、本年新收政府信息公开申请数量', 36.0, 231.8], ['64', 271.5, 285.1], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['2', 405.7, 412.5], ['0', 449.3, 456.1], ['4', 492.9, 499.7], ['70', 533.2, 546.7]]),
      ...at(674.9, [['二、上年结转政府信息公开申请数量', 36.0, 231.8], ['0', 274.9, 281.7], ['0', 318.5, 325.3], ['0', 362.1, 368.9], ['0', 405.7, 412.5], ['0', 449.3, 456.1], ['0', 492.9, 499.7], ['0', 536.5, 543.3]]),
    ];
    const running = new Set(next.filter((i) => i.y1 > 760));
    const { groups } = placeTables([{ ...page, page: 2, items: closing }, { ...page, page: 3, items: next }], running);
    const found = findTables(groups.map((g, i) => tableGrid(g, i + 1)));
    expect(found.tables.t3?.extras.map((e) => e.label)).toEqual([]);
    const { value } = readTable(groups, 't3');
    expect(['natural', 'commercial', 'research', 'nonprofit', 'legal_services', 'other', 'total'].map((c) => value(`new.${c}`))).toEqual([64, 0, 0, 2, 0, 4, 70]);
  });

  // fixtures/readers/pdf/chromium-borderless-figures-right-pingtan-2024: no border, the figures set at the right
  // of their cells (td { text-align: right }), the headings in the middle. Table 二's 本年处理决定数量 (a cell
  // across the three value columns) stands over the middle one, its figure under the last: read blank before
  // (4529, 1100, 65 and 18651.06 lost). Table 四's 结果维持 stands wholly left of the "2" under it, which made
  // a label column of it, and its column-group headings are centred over columns whose figures are off their
  // middles: 行政复议's 结果维持 read 0, 未经复议直接起诉's 13 (positions from pages 2 and 3 of that print).
  it('no border, figures at the right of their cells and headings in the middle: a heading over a merged cell, table 四\'s groups', () => {
    const at = top9;
    const t2 = [
      ...at(731.8, [['第二十条第（一）项', 257.2, 338.2]]),
      ...at(714.6, [['信息内容', 88.9, 124.9], ['本年制发件数', 216.7, 270.7], ['本年废止件数', 343.9, 397.9], ['现行有效件数', 471.1, 525.1]]),
      ...at(696.6, [['规章', 36.7, 54.7], ['0', 299.3, 304.3], ['0', 426.5, 431.5], ['0', 553.7, 558.7]]),
      ...at(679.3, [['行政规范性文件', 36.7, 99.7], ['62', 294.3, 304.3], ['33', 421.5, 431.5], ['440', 543.8, 558.7]]),
      ...at(662.1, [['第二十条第（五）项', 257.2, 338.2]]),
      ...at(644.1, [['信息内容', 88.9, 124.9], ['本年处理决定数量', 334.9, 406.9]]),
      ...at(626.8, [['行政许可', 36.7, 72.7], ['4529', 538.8, 558.7]]),
      ...at(609.6, [['第二十条第（六）项', 257.2, 338.2]]),
      ...at(591.6, [['信息内容', 88.9, 124.9], ['本年处理决定数量', 334.9, 406.9]]),
      ...at(574.3, [['行政处罚', 36.7, 72.7], ['1100', 538.8, 558.7]]),
      ...at(556.3, [['行政强制', 36.7, 72.7], ['65', 548.8, 558.7]]),
      ...at(539.1, [['第二十条第（八）项', 257.2, 338.2]]),
      ...at(521.8, [['信息内容', 88.9, 124.9], ['本年收费金额（单位：万元）', 312.4, 429.4]]),
      ...at(503.8, [['行政事业性收费', 36.7, 99.7], ['18651.06', 521.3, 558.7]]),
    ];
    const t4 = [
      ...at(181.3, [['行政复议', 103.7, 139.7], ['行政诉讼', 367.7, 403.7]]),
      ...at(163.3, [['未经复议直接起诉', 261.7, 333.7], ['复议后起诉', 451.2, 496.2]]),
      ...at(155.1, [['结果', 43.4, 61.4], ['结果', 80.6, 98.6], ['其他', 117.9, 135.9], ['尚未', 155.1, 173.1]]),
      ...at(148.3, [['总计', 187.2, 205.2]]),
      ...at(146.1, [['结果', 219.3, 237.3], ['结果', 256.6, 274.6], ['其他', 293.8, 311.8], ['尚未', 331.1, 349.1], ['结果', 395.3, 413.3], ['结果', 432.6, 450.6], ['其他', 469.8, 487.8], ['尚未', 507.0, 525.0]]),
      ...at(141.6, [['维持', 43.4, 61.4], ['纠正', 80.6, 98.6], ['结果', 117.9, 135.9], ['审结', 155.1, 173.1]]),
      ...at(139.3, [['总计', 363.2, 381.2], ['总计', 539.2, 557.2]]),
      ...at(133.3, [['维持', 219.3, 237.3], ['纠正', 256.6, 274.6], ['结果', 293.8, 311.8], ['审结', 331.1, 349.1], ['维持', 395.3, 413.3], ['纠正', 432.6, 450.6], ['结果', 469.8, 487.8], ['审结', 507.0, 525.0]]),
      ...at(115.3, [['2', 63.0, 68.0], ['1', 100.2, 105.2], ['3', 137.5, 142.5], ['1', 174.7, 179.7], ['7', 201.7, 206.7], ['0', 239.0, 244.0], ['0', 276.2, 281.2], ['0', 313.4, 318.4], ['0', 350.7, 355.7], ['0', 377.7, 382.7], ['13', 409.9, 419.9], ['2', 452.2, 457.2], ['4', 489.4, 494.4], ['0', 526.7, 531.6], ['19', 548.8, 558.7]]),
    ];
    const { groups } = placeTables([{ ...page, page: 2, items: t2 }, { ...page, page: 3, items: t4 }], new Set());
    const two = readTable(groups, 't2').value;
    expect(['regulations.issued', 'normative_documents.issued', 'normative_documents.repealed', 'normative_documents.in_force'].map(two)).toEqual([0, 62, 33, 440]);
    expect(['licensing.decisions', 'penalty.decisions', 'enforcement.decisions', 'fees.fee_amount'].map(two)).toEqual([4529, 1100, 65, 18651.06]);
    expect(table4(readTable(groups, 't4').value)).toEqual([
      [2, 1, 3, 1, 7],
      [0, 0, 0, 0, 0],
      [13, 2, 4, 0, 19],
    ]);
  });

  // fixtures/readers/pdf/chromium-borderless-right-pingtan-2021: every cell's text at the right (td, th {
  // text-align: right }). Table 四's 行政复议 ends where 总计's figures end: taken as centred, it spanned 尚未审结
  // and 总计 only, and 12 (未经复议直接起诉's 结果维持) was read for 行政复议's. Table 二's "第二十条第（一）项" stands
  // over 现行有效件数 at the table's right, and the two were one cell's lines: 665 unread (pages 2 and 3).
  it('no border, every cell\'s text at the right: headings over several columns end where the last of them ends; a block heading over a column heading', () => {
    const at = top9;
    const t2 = [
      ...at(731.8, [['第二十条第（一）项', 477.7, 558.7]]),
      ...at(714.6, [['信息内容', 141.1, 177.1], ['本年制发件数', 250.3, 304.3], ['本年废止件数', 377.5, 431.5], ['现行有效件数', 504.7, 558.7]]),
      ...at(696.6, [['规章', 159.1, 177.1], ['0', 299.3, 304.3], ['0', 426.5, 431.5], ['0', 553.7, 558.7]]),
      ...at(679.3, [['行政规范性文件', 114.1, 177.1], ['69', 294.3, 304.3], ['3', 426.5, 431.5], ['665', 543.8, 558.7]]),
      ...at(662.1, [['第二十条第（五）项', 477.7, 558.7]]),
      ...at(644.1, [['信息内容', 141.1, 177.1], ['本年处理决定数量', 486.7, 558.7]]),
      ...at(626.8, [['行政许可', 141.1, 177.1], ['2293', 538.8, 558.7]]),
      ...at(609.6, [['第二十条第（六）项', 477.7, 558.7]]),
      ...at(591.6, [['信息内容', 141.1, 177.1], ['本年处理决定数量', 486.7, 558.7]]),
      ...at(574.3, [['行政处罚', 141.1, 177.1], ['1282', 538.8, 558.7]]),
      ...at(556.3, [['行政强制', 141.1, 177.1], ['42', 548.8, 558.7]]),
      ...at(539.1, [['第二十条第（八）项', 477.7, 558.7]]),
      ...at(521.8, [['信息内容', 141.1, 177.1], ['本年收费金额（单位：万元）', 441.7, 558.7]]),
      ...at(503.8, [['行政事业性收费', 114.1, 177.1], ['24252.311082', 501.3, 558.7]]),
    ];
    const t4 = [
      ...at(181.3, [['行政复议', 170.7, 206.7], ['行政诉讼', 522.7, 558.7]]),
      ...at(163.3, [['未经复议直接起诉', 310.7, 382.7], ['复议后起诉', 513.7, 558.7]]),
      ...at(155.1, [['结果', 50.0, 68.0], ['结果', 87.2, 105.2], ['其他', 124.5, 142.5], ['尚未', 161.7, 179.7]]),
      ...at(148.3, [['总计', 188.7, 206.7]]),
      ...at(146.1, [['结果', 226.0, 244.0], ['结果', 263.2, 281.2], ['其他', 300.4, 318.4], ['尚未', 337.7, 355.7], ['结果', 401.9, 419.9], ['结果', 439.2, 457.2], ['其他', 476.4, 494.4], ['尚未', 513.7, 531.7]]),
      ...at(141.6, [['维持', 50.0, 68.0], ['纠正', 87.2, 105.2], ['结果', 124.5, 142.5], ['审结', 161.7, 179.7]]),
      ...at(139.3, [['总计', 364.7, 382.7], ['总计', 540.7, 558.7]]),
      ...at(133.3, [['维持', 226.0, 244.0], ['纠正', 263.2, 281.2], ['结果', 300.4, 318.4], ['审结', 337.7, 355.7], ['维持', 401.9, 419.9], ['纠正', 439.2, 457.2], ['结果', 476.4, 494.4], ['审结', 513.7, 531.7]]),
      ...at(115.3, [['1', 63.0, 68.0], ['0', 100.2, 105.2], ['2', 137.5, 142.5], ['0', 174.7, 179.7], ['3', 201.7, 206.7], ['12', 234.0, 244.0], ['0', 276.2, 281.2], ['0', 313.4, 318.4], ['0', 350.7, 355.7], ['12', 372.7, 382.7], ['0', 414.9, 419.9], ['0', 452.2, 457.2], ['0', 489.4, 494.4], ['0', 526.7, 531.6], ['0', 553.7, 558.7]]),
    ];
    const { groups } = placeTables([{ ...page, page: 2, items: t2 }, { ...page, page: 3, items: t4 }], new Set());
    const two = readTable(groups, 't2').value;
    expect(['regulations.in_force', 'normative_documents.issued', 'normative_documents.repealed', 'normative_documents.in_force'].map(two)).toEqual([0, 69, 3, 665]);
    expect(['licensing.decisions', 'penalty.decisions', 'enforcement.decisions', 'fees.fee_amount'].map(two)).toEqual([2293, 1282, 42, 24252.311082]);
    expect(table4(readTable(groups, 't4').value)).toEqual([
      [1, 0, 2, 0, 3],
      [12, 0, 0, 0, 12],
      [0, 0, 0, 0, 0],
    ]);
  });

  // fixtures/readers/pdf/chromium-borderless-line-height-2-pingtan-2024: no border, every line twice its text's
  // size from the next (line-height: 2), 9-point text on 18-point lines: a wrapped label's lines 9 points apart,
  // the rows 13.5 — the rows' gap the commonest, a cell's lines closer. Before: "（二）部分公开（区分处理的，只计这一
  // 情形，" over "不计其他情形）" two rows, the corner note's two lines too, and table 三 was not found; table 四's
  // headings ("结果" over "维持") rows of their own. Table 四, one line of figures, takes the spacing table 三 shows
  // (positions from pages 3 and 4 of that print).
  it('no border, lines twice the text\'s size apart: a cell\'s lines closer than the rows, the commonest gap', () => {
    const at = top9;
    const t3 = [
      ...at(794.8, [['申请人情况', 404.4, 449.4]]),
      ...at(772.3, [['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加', 36.7, 288.7], ['法人或其他组织', 395.4, 458.4]]),
      ...at(754.3, [['第四项之和）', 36.7, 90.7]]),
      ...at(752.1, [['自然人', 296.6, 323.6], ['总计', 534.7, 552.7]]),
      ...at(749.8, [['商业', 337.9, 355.9], ['科研', 375.7, 393.7], ['社会公', 411.6, 438.6], ['法律服', 454.7, 481.7]]),
      ...at(740.8, [['其他', 498.7, 516.7]]),
      ...at(731.8, [['企业', 337.9, 355.9], ['机构', 375.7, 393.7], ['益组织', 411.6, 438.6], ['务机构', 454.7, 481.7]]),
      ...at(709.3, [['（一）予以公开', 91.6, 154.6], ['71', 305.1, 315.0], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['71', 538.7, 548.7]]),
      ...at(686.8, [['（二）部分公开（区分处理的，只计这一情形，', 91.6, 280.6]]),
      ...at(677.8, [['29', 305.1, 315.0], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['29', 538.7, 548.7]]),
      ...at(668.8, [['不计其他情形）', 91.6, 154.6]]),
      ...at(646.3, [['1.', 141.1, 148.6], ['属于国家秘密', 148.6, 202.6], ['4', 307.5, 312.5], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['4', 541.2, 546.2]]),
      ...at(623.8, [['2.', 141.1, 148.6], ['其他法律行政法规禁止公开', 148.6, 256.6], ['0', 307.5, 312.5], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['0', 541.2, 546.2]]),
      ...at(601.3, [['3.', 141.1, 148.6], ['危及', 148.6, 166.6], ['“', 166.6, 175.6], ['三安全一稳定', 175.6, 229.6], ['”', 229.6, 238.6], ['0', 307.5, 312.5], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['0', 541.2, 546.2]]),
      ...at(578.8, [['4.', 141.1, 148.6], ['保护第三方合法权益', 148.6, 229.6], ['3', 307.5, 312.5], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['3', 541.2, 546.2]]),
      ...at(576.6, [['（三）不', 95.3, 131.3]]),
      ...at(558.6, [['予公开', 99.8, 126.8]]),
      ...at(556.3, [['5.', 141.1, 148.6], ['属于三类内部事务信息', 148.6, 238.6], ['32', 305.1, 315.0], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['32', 538.7, 548.7]]),
      ...at(533.8, [['6.', 141.1, 148.6], ['属于四类过程性信息', 148.6, 229.6], ['0', 307.5, 312.5], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['0', 541.2, 546.2]]),
      ...at(511.3, [['7.', 141.1, 148.6], ['属于行政执法案卷', 148.6, 220.6], ['0', 307.5, 312.5], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['0', 541.2, 546.2]]),
      ...at(488.8, [['8.', 141.1, 148.6], ['属于行政查询事项', 148.6, 220.6], ['0', 307.5, 312.5], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['0', 541.2, 546.2]]),
      ...at(466.3, [['1.', 141.1, 148.6], ['本机关不掌握相关政府信息', 148.6, 256.6], ['75', 305.1, 315.0], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['75', 538.7, 548.7]]),
      ...at(452.8, [['（四）无', 95.3, 131.3]]),
      ...at(443.8, [['2.', 141.1, 148.6], ['没有现成信息需要另行制作', 148.6, 256.6], ['0', 307.5, 312.5], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['0', 541.2, 546.2]]),
      ...at(437.1, [['三、本年度', 38.7, 83.7]]),
      ...at(434.8, [['法提供', 99.8, 126.8]]),
      ...at(421.3, [['3.', 141.1, 148.6], ['补正后申请内容仍不明确', 148.6, 247.6], ['0', 307.5, 312.5], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['0', 541.2, 546.2]]),
      ...at(419.1, [['办理结果', 43.2, 79.2]]),
      ...at(398.8, [['1.', 141.1, 148.6], ['信访举报投诉类申请', 148.6, 229.6], ['0', 307.5, 312.5], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['0', 541.2, 546.2]]),
      ...at(376.3, [['2.', 141.1, 148.6], ['重复申请', 148.6, 184.6], ['1', 307.5, 312.5], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['1', 541.2, 546.2]]),
      ...at(353.8, [['（五）不', 95.3, 131.3], ['3.', 141.1, 148.6], ['要求提供公开出版物', 148.6, 229.6], ['0', 307.5, 312.5], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['0', 541.2, 546.2]]),
      ...at(335.8, [['予处理', 99.8, 126.8]]),
      ...at(331.3, [['4.', 141.1, 148.6], ['无正当理由大量反复申请', 148.6, 247.6], ['0', 307.5, 312.5], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['0', 541.2, 546.2]]),
      ...at(308.8, [['5.', 141.1, 148.6], ['要求行政机关确认或重新出具已获', 148.6, 283.6]]),
      ...at(299.8, [['0', 307.5, 312.5], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['0', 541.2, 546.2]]),
      ...at(290.8, [['取信息', 141.1, 168.1]]),
      ...at(268.3, [['1.', 141.1, 148.6], ['申请人无正当理由逾期不补正、行', 148.6, 283.6]]),
      ...at(259.3, [['1', 307.5, 312.5], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['1', 541.2, 546.2]]),
      ...at(250.3, [['政机关不再处理其政府信息公开申请', 141.1, 285.1]]),
      ...at(227.8, [['（六）其', 95.3, 131.3], ['2.', 141.1, 148.6], ['申请人逾期未按收费通知要求缴纳', 148.6, 283.6]]),
      ...at(209.8, [['他处理', 99.8, 126.8], ['费用、行政机关不再处理其政府信息', 141.1, 285.1], ['0', 307.5, 312.5], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['0', 541.2, 546.2]]),
      ...at(191.8, [['公开申请', 141.1, 177.1]]),
      ...at(169.3, [['3.', 141.1, 148.6], ['其他', 148.6, 166.6], ['1', 307.5, 312.5], ['1', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['2', 541.2, 546.2]]),
      ...at(146.8, [['（七）总计', 91.6, 136.6], ['217', 302.6, 317.5], ['1', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['218', 536.2, 551.2]]),
      ...at(124.3, [['四、结转下年度继续办理', 36.7, 135.7], ['0', 307.5, 312.5], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['0', 541.2, 546.2]]),
    ];
    const t4 = [
      ...at(713.8, [['行政复议', 103.7, 139.7], ['行政诉讼', 367.7, 403.7]]),
      ...at(691.3, [['未经复议直接起诉', 261.7, 333.7], ['复议后起诉', 451.2, 496.2]]),
      ...at(680.1, [['结果', 43.4, 61.4], ['结果', 80.6, 98.6], ['其他', 117.9, 135.9], ['尚未', 155.1, 173.1]]),
      ...at(671.1, [['总计', 187.2, 205.2]]),
      ...at(668.8, [['结果', 219.3, 237.3], ['结果', 256.6, 274.6], ['其他', 293.8, 311.8], ['尚未', 331.1, 349.1], ['结果', 395.3, 413.3], ['结果', 432.6, 450.6], ['其他', 469.8, 487.8], ['尚未', 507.0, 525.0]]),
      ...at(662.1, [['维持', 43.4, 61.4], ['纠正', 80.6, 98.6], ['结果', 117.9, 135.9], ['审结', 155.1, 173.1]]),
      ...at(659.8, [['总计', 363.2, 381.2], ['总计', 539.2, 557.2]]),
      ...at(650.8, [['维持', 219.3, 237.3], ['纠正', 256.6, 274.6], ['结果', 293.8, 311.8], ['审结', 331.1, 349.1], ['维持', 395.3, 413.3], ['纠正', 432.6, 450.6], ['结果', 469.8, 487.8], ['审结', 507.0, 525.0]]),
      ...at(628.3, [['2', 49.9, 54.9], ['1', 87.1, 92.1], ['3', 124.3, 129.3], ['1', 161.6, 166.6], ['7', 193.7, 198.7], ['0', 225.8, 230.8], ['0', 263.1, 268.1], ['0', 300.3, 305.3], ['0', 337.6, 342.6], ['0', 369.7, 374.7], ['13', 399.3, 409.3], ['2', 439.0, 444.0], ['4', 476.3, 481.3], ['0', 513.5, 518.5], ['19', 543.2, 553.2]]),
    ];
    const { groups } = placeTables([{ ...page, page: 3, items: t3 }, { ...page, page: 4, items: t4 }], new Set());
    const three = readTable(groups, 't3').value;
    const columns = ['natural', 'commercial', 'research', 'nonprofit', 'legal_services', 'other', 'total'];
    const rows = ['granted', 'partly_granted', 'denied_state_secret', 'denied_internal', 'unable_not_held', 'unable_unclear', 'not_processed_repeated', 'not_processed_confirmation', 'other_no_correction', 'other_unpaid_fee', 'other_other', 'total', 'carried_forward'];
    expect(rows.map((r) => columns.map((c) => three(`${r}.${c}`)))).toEqual([
      [71, 0, 0, 0, 0, 0, 71],
      [29, 0, 0, 0, 0, 0, 29],
      [4, 0, 0, 0, 0, 0, 4],
      [32, 0, 0, 0, 0, 0, 32],
      [75, 0, 0, 0, 0, 0, 75],
      [0, 0, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 0, 0],
      [1, 1, 0, 0, 0, 0, 2],
      [217, 1, 0, 0, 0, 0, 218],
      [0, 0, 0, 0, 0, 0, 0],
    ]);
    expect(table4(readTable(groups, 't4').value)).toEqual([
      [2, 1, 3, 1, 7],
      [0, 0, 0, 0, 0],
      [13, 2, 4, 0, 19],
    ]);
  });

  // A Word table with its borders off and its figures set at the right of their cells, the rest centred,
  // printed by LibreOffice in 10.5 pt (pingtan-2020, 2019's table 二). Its block headings are centred on a
  // table whose label columns are the wider part: "第二十条第（八）项" stands in the label columns, no row across.
  // The blocks under it still pair their headings and figures: 本年增/减 and 采购总金额 over two columns each,
  // "-15" and "73802895.9" under the last (read blank before; positions from page 3 of that print).
  it('no border, figures at the right, 2019\'s table 二: a block heading in the label columns still opens a block whose headings span two columns', () => {
    const at = (y1: number, pieces: [string, number, number][]): TextItem[] => pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y1 - 10.5, y1, size: 10.5, font: 'f', vertical: false }));
    const items = [
      ...at(401.2, [['第二十', 245.1, 276.6], ['条', 276.6, 287.1], ['第', 287.1, 297.6], ['（六）项', 297.6, 339.6]]),
      ...at(387.5, [['上', 281.4, 291.9], ['一年项目数', 291.9, 344.4]]),
      ...at(380.8, [['/', 403.6, 407.3]]),
      ...at(380.6, [['信息', 148.3, 169.3], ['内容', 169.3, 190.3], ['处理', 445.5, 466.5], ['决定', 466.5, 487.5], ['数', 487.5, 498.0], ['量', 498.0, 508.5]]),
      ...at(380.4, [['本年', 372.1, 393.1], ['增', 393.1, 403.6], ['减', 407.3, 417.8]]),
      ...at(373.7, [['量', 307.6, 318.1]]),
      ...at(359.8, [['2648', 320.6, 348.6], ['-18', 412.6, 430.5], ['538', 491.7, 512.7]]),
      ...at(359.7, [['行政处', 148.3, 179.8], ['罚', 179.8, 190.3]]),
      ...at(345.4, [['126', 327.6, 348.6], ['26', 416.6, 430.6], ['29', 498.7, 512.7]]),
      ...at(345.3, [['行政', 148.3, 169.3], ['强', 169.3, 179.8], ['制', 179.8, 190.3]]),
      ...at(331.2, [['第二十', 245.1, 276.6], ['条', 276.6, 287.1], ['第', 287.1, 297.6], ['（', 297.6, 308.1], ['八', 308.1, 318.6], ['）项', 318.6, 339.6]]),
      ...at(317.4, [['上', 281.4, 291.9], ['一年项目数', 291.9, 344.4]]),
      ...at(310.7, [['/', 444.6, 448.3]]),
      ...at(310.6, [['信息', 148.3, 169.3], ['内容', 169.3, 190.3]]),
      ...at(310.3, [['本年', 413.1, 434.1], ['增', 434.1, 444.6], ['减', 448.3, 458.8]]),
      ...at(303.7, [['量', 307.6, 318.1]]),
      ...at(289.8, [['35', 334.6, 348.6], ['-15', 494.7, 512.6]]),
      ...at(289.6, [['行政事业性收', 132.5, 195.5], ['费', 195.5, 206.0]]),
      ...at(275.5, [['第二十', 245.1, 276.6], ['条', 276.6, 287.1], ['第', 287.1, 297.6], ['（', 297.6, 308.1], ['九', 308.1, 318.6], ['）项', 318.6, 339.6]]),
      ...at(261.8, [['信息', 148.3, 169.3], ['内容', 169.3, 190.3], ['采购', 281.4, 302.4], ['项目数', 302.4, 333.9], ['量', 333.9, 344.4], ['采购', 409.7, 430.7], ['总金', 430.7, 451.7], ['额', 451.7, 462.2]]),
      ...at(247.9, [['395', 327.6, 348.6], ['73802895.9', 446.2, 512.7]]),
      ...at(247.7, [['政府', 137.8, 158.8], ['集', 158.8, 169.3], ['中', 169.3, 179.8], ['采购', 179.8, 200.8]]),
    ];
    const { tables } = unruledTables(items);
    expect(tables).toHaveLength(1);
    const grid = tableGrid([{ page, table: tables[0]!, firstOnPage: false, lastOnPage: false }], 1);
    const rowOf = (label: string): number => grid.rows.findIndex((r) => r.some((c) => c?.text === label));
    const columns = (r: number, text: string): number[] => grid.rows[r]!.flatMap((c, i) => (c?.text === text ? [i] : []));
    // (Each figure in the columns of the heading over it, the row above.)
    const fees = rowOf('行政事业性收费');
    const procurement = rowOf('政府集中采购');
    expect(columns(fees - 1, '本年增/减')).toHaveLength(2);
    expect(columns(fees, '-15')).toEqual(columns(fees - 1, '本年增/减'));
    expect(columns(procurement - 1, '采购总金额')).toHaveLength(2);
    expect(columns(procurement, '73802895.9')).toEqual(columns(procurement - 1, '采购总金额'));
    // (Block (六)'s three columns stay one each.)
    expect([columns(rowOf('行政处罚'), '-18'), columns(rowOf('行政处罚'), '538')].map((c) => c.length)).toEqual([1, 1]);
  });

  // The same Word file printed from pingtan-2024: table 二's last block opens page 2 — "第二十条第（八）项",
  // "本年收费金额（单位：万元）" and "18651.06" set at the right. That part's own value columns are only where
  // its one figure stands, so it took its block heading and heading for labels: 表二 reported 行政事业性收费
  // missing and an extra row 本年收费金额 (false findings). Going on page 1's table, text whose middle stands in
  // that table's value columns is a block heading across the row or a heading over them, paired with the
  // figure under it (positions from pages 1 and 2 of that print).
  it('no border, figures at the right, table 二\'s last block opening a page: its headings, taken for labels there, are the table\'s', () => {
    const at = (y1: number, pieces: [string, number, number][]): TextItem[] => pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y1 - 10.5, y1, size: 10.5, font: 'f', vertical: false }));
    const closing = [
      ...at(244.1, [['二、主动公开政府信息情况', 72.1, 198.1]]),
      ...at(230.3, [['第二十条第（一）项', 245.1, 339.6]]),
      ...at(216.6, [['信息', 128.9, 149.9], ['内容', 149.9, 170.9], ['本年制发件数', 249.0, 312.0], ['本年', 344.0, 365.0], ['废止', 365.0, 386.0], ['件数', 386.0, 407.0], ['现', 439.0, 449.5], ['行有效件数', 449.5, 502.0]]),
      ...at(202.7, [['0', 315.6, 322.6], ['0', 410.6, 417.6], ['0', 505.7, 512.7]]),
      ...at(202.5, [['规章', 139.4, 160.4]]),
      ...at(188.3, [['62', 308.6, 322.6], ['33', 403.6, 417.6], ['440', 491.7, 512.7]]),
      ...at(188.1, [['行政', 113.1, 134.1], ['规范', 134.1, 155.1], ['性文件', 155.1, 186.6]]),
      ...at(174.0, [['第二十条第（', 245.1, 308.1], ['五', 308.1, 318.6], ['）项', 318.6, 339.6]]),
      ...at(160.3, [['信息', 128.9, 149.9], ['内容', 149.9, 170.9], ['本年处理决', 333.5, 386.0], ['定', 386.0, 396.5], ['数量', 396.5, 417.5]]),
      ...at(146.4, [['4529', 484.7, 512.7]]),
      ...at(146.2, [['行政', 128.9, 149.9], ['许可', 149.9, 170.9]]),
      ...at(132.1, [['第二十条第（', 245.1, 308.1], ['六', 308.1, 318.6], ['）项', 318.6, 339.6]]),
      ...at(118.4, [['信息', 128.9, 149.9], ['内容', 149.9, 170.9], ['本年处理决', 333.5, 386.0], ['定', 386.0, 396.5], ['数量', 396.5, 417.5]]),
      ...at(104.5, [['1100', 484.7, 512.7]]),
      ...at(104.3, [['行政处', 128.9, 160.4], ['罚', 160.4, 170.9]]),
      ...at(90.1, [['65', 498.7, 512.7]]),
      ...at(89.9, [['行政强制', 128.9, 170.9]]),
    ];
    const opening = [
      ...at(767.8, [['第二十条第（', 245.1, 308.1], ['八', 308.1, 318.6], ['）项', 318.6, 339.6]]),
      ...at(754.1, [['信息', 128.9, 149.9], ['内容', 149.9, 170.9], ['本年收', 307.3, 338.8], ['费金额', 338.8, 370.3], ['（', 370.3, 380.8], ['单位', 380.8, 401.8], ['：', 401.8, 412.3], ['万元', 412.3, 433.3], ['）', 433.3, 443.8]]),
      ...at(740.2, [['18651.06', 460.2, 512.7]]),
      ...at(740.0, [['行政事业性收', 113.1, 176.1], ['费', 176.1, 186.6]]),
      ...at(713.1, [['三、收到和处理政府信息公开申请情况', 72.1, 250.6]]),
    ];
    const { groups } = placeTables([{ ...page, page: 1, items: closing }, { ...page, page: 2, items: opening }], new Set());
    const found = findTables(groups.map((g, i) => tableGrid(g, i + 1)));
    expect(found.tables.t2?.extras.map((e) => e.label)).toEqual([]);
    const { value } = readTable(groups, 't2');
    expect(['normative_documents.in_force', 'licensing.decisions', 'penalty.decisions', 'enforcement.decisions', 'fees.fee_amount'].map(value)).toEqual([440, 4529, 1100, 65, 18651.06]);
  });

  // …and set as a 公文 (16 pt on 28-point lines), from seed-tianmen-2021: block (八)'s heading closes page 3,
  // "信息内容 | 本年收费金额（单位：万元）" and 行政事业性收费's "0" at the right open page 4. The part opens with a
  // block's headings: they and the figure are paired as a block's (read blank before, 0 lost: a wrong cell).
  it('no border, figures at the right, a 公文: a part opening with a block\'s headings, its block heading closing the page before', () => {
    const at = top16;
    const closing = [
      ...at(432.1, [['第', 220.4, 236.4], ['二', 236.4, 252.4], ['十条第（', 252.4, 316.4], ['一', 316.4, 332.4], ['）', 332.4, 348.4], ['项', 348.4, 364.4]]),
      ...at(404.1, [['本年制发件', 240.5, 320.5], ['本年', 335.5, 367.5], ['废', 367.5, 383.5], ['止件', 383.5, 415.5], ['现', 430.5, 446.5], ['行有', 446.5, 478.5], ['效', 478.5, 494.5], ['件', 494.5, 510.5]]),
      ...at(390.1, [['信息内容', 117.9, 181.9]]),
      ...at(376.1, [['数', 272.5, 288.5], ['数', 367.5, 383.5], ['数', 462.5, 478.5]]),
      ...at(348.1, [['规', 133.9, 149.9], ['章', 149.9, 165.9], ['0', 312.4, 322.6], ['0', 407.4, 417.6], ['0', 502.5, 512.7]]),
      ...at(320.1, [['行政规范性文件', 93.9, 205.9], ['0', 312.4, 322.6], ['0', 407.4, 417.6], ['0', 502.5, 512.7]]),
      ...at(292.1, [['第', 220.4, 236.4], ['二', 236.4, 252.4], ['十条第（五）', 252.4, 348.4], ['项', 348.4, 364.4]]),
      ...at(264.1, [['信息内容', 117.9, 181.9], ['本年处理决', 311.5, 391.5], ['定', 391.5, 407.5], ['数', 407.5, 423.5], ['量', 423.5, 439.5]]),
      ...at(236.1, [['行政', 117.9, 149.9], ['许可', 149.9, 181.9], ['0', 502.5, 512.7]]),
      ...at(208.1, [['第', 220.4, 236.4], ['二', 236.4, 252.4], ['十条第（六）', 252.4, 348.4], ['项', 348.4, 364.4]]),
      ...at(180.1, [['信息内容', 117.9, 181.9], ['本年处理决', 311.5, 391.5], ['定', 391.5, 407.5], ['数', 407.5, 423.5], ['量', 423.5, 439.5]]),
      ...at(152.1, [['行政处', 117.9, 165.9], ['罚', 165.9, 181.9], ['1', 502.5, 512.7]]),
      ...at(124.1, [['行政强制', 117.9, 181.9], ['0', 502.5, 512.7]]),
      ...at(96.1, [['第', 220.4, 236.4], ['二', 236.4, 252.4], ['十条第（', 252.4, 316.4], ['八', 316.4, 332.4], ['）', 332.4, 348.4], ['项', 348.4, 364.4]]),
    ];
    const opening = [
      ...at(761.1, [['信息内容', 117.9, 181.9], ['本年收费', 271.5, 335.5], ['金额（', 335.5, 383.5], ['单位', 383.5, 415.5], ['：万元）', 415.5, 479.5]]),
      ...at(733.1, [['行政事', 93.9, 141.9], ['业', 141.9, 157.9], ['性收费', 157.9, 205.9], ['0', 502.5, 512.7]]),
      ...at(698.0, [['三、收到和处理政府信息公开申请情况', 72.1, 344.1]]),
    ];
    const { groups } = placeTables([{ ...page, page: 3, items: closing }, { ...page, page: 4, items: opening }], new Set());
    const { value } = readTable(groups, 't2');
    expect(['licensing.decisions', 'penalty.decisions', 'enforcement.decisions', 'fees.fee_amount'].map(value)).toEqual([0, 1, 0, 0]);
  });

  // …and from pingtan-2023 as a 公文: block (五)'s heading closes page 3, and page 4 opens with
  // "信息内容 | 本年处理决定数量" over 行政许可's "2629", block (六) under it the same. That part's own value columns
  // are only where its right-set figures stand, so 本年处理决定数量 is no heading there, and 信息内容 joined the
  // label under it set as it is ("信息内容行政许可": 2629 and 1330 unread, a false table-extra and cell-missing
  // pair). 信息内容, the heading over table 二's label column, is a row of its own (positions from that print).
  it('no border, figures at the right, a 公文: 信息内容 over a block\'s label is no line of that label', () => {
    const at = top16;
    const closing = [
      ...at(262.8, [['二、主动公开政府信息情况', 72.1, 264.1]]),
      ...at(236.1, [['第二十条第（一）项', 220.4, 364.4]]),
      ...at(208.1, [['本年制发件', 240.5, 320.5], ['本年', 335.5, 367.5], ['废', 367.5, 383.5], ['止件', 383.5, 415.5], ['现行有效件', 430.5, 510.5]]),
      ...at(194.1, [['信息', 117.9, 149.9], ['内容', 149.9, 181.9]]),
      ...at(180.1, [['数', 272.5, 288.5], ['数', 367.5, 383.5], ['数', 462.5, 478.5]]),
      ...at(152.1, [['规', 133.9, 149.9], ['章', 149.9, 165.9], ['0', 312.4, 322.6], ['0', 407.4, 417.6], ['0', 502.5, 512.7]]),
      ...at(124.1, [['行政规范性文件', 93.9, 205.9], ['77', 302.3, 322.7], ['132', 387.1, 417.6], ['470', 482.1, 512.6]]),
      ...at(96.1, [['第二十条第（', 220.4, 316.4], ['五', 316.4, 332.4], ['）项', 332.4, 364.4]]),
    ];
    const opening = [
      ...at(761.1, [['信息', 117.9, 149.9], ['内容', 149.9, 181.9], ['本年', 311.5, 343.5], ['处', 343.5, 359.5], ['理决', 359.5, 391.5], ['定', 391.5, 407.5], ['数', 407.5, 423.5], ['量', 423.5, 439.5]]),
      ...at(733.1, [['行政', 117.9, 149.9], ['许', 149.9, 165.9], ['可', 165.9, 181.9], ['2629', 471.9, 512.6]]),
      ...at(705.1, [['第二十条第（', 220.4, 316.4], ['六', 316.4, 332.4], ['）项', 332.4, 364.4]]),
      ...at(677.1, [['信息', 117.9, 149.9], ['内容', 149.9, 181.9], ['本年', 311.5, 343.5], ['处', 343.5, 359.5], ['理决', 359.5, 391.5], ['定', 391.5, 407.5], ['数', 407.5, 423.5], ['量', 423.5, 439.5]]),
      ...at(649.1, [['行政', 117.9, 149.9], ['处罚', 149.9, 181.9], ['1330', 471.9, 512.6]]),
      ...at(621.1, [['行政强制', 117.9, 181.9], ['54', 492.3, 512.7]]),
      ...at(593.1, [['第二十条第（', 220.4, 316.4], ['八', 316.4, 332.4], ['）项', 332.4, 364.4]]),
      ...at(565.1, [['信息', 117.9, 149.9], ['内容', 149.9, 181.9], ['本年', 271.5, 303.5], ['收费金额', 303.5, 367.5], ['（单位：', 367.5, 431.5], ['万元', 431.5, 463.5], ['）', 463.5, 479.5]]),
      ...at(537.1, [['行政事业性', 93.9, 173.9], ['收费', 173.9, 205.9], ['5949.088667', 405.8, 512.6]]),
      ...at(502.0, [['三、', 72.1, 104.1], ['收到', 104.1, 136.1], ['和', 136.1, 152.1], ['处', 152.1, 168.1], ['理政府信息公开', 168.1, 280.1], ['申', 280.1, 296.1], ['请情况', 296.1, 344.1]]),
    ];
    const { groups } = placeTables([{ ...page, page: 3, items: closing }, { ...page, page: 4, items: opening }], new Set());
    const found = findTables(groups.map((g, i) => tableGrid(g, i + 1)));
    expect(found.tables.t2?.extras.map((e) => e.label)).toEqual([]);
    const { value } = readTable(groups, 't2');
    expect(['normative_documents.in_force', 'licensing.decisions', 'penalty.decisions', 'enforcement.decisions', 'fees.fee_amount'].map(value)).toEqual([470, 2629, 1330, 54, 5949.088667]);
  });

  // LibreOffice's print of pingtan-2019 as a 公文 with its borders off (tables 三 and 四 on landscape pages of
  // their own): table 二's last block heading and headings close page 8, "采购项目" wrapped so that "数量" opens
  // page 9 over 政府集中采购's "135" and "75394432.52". A row of figures under the rest of headings the break
  // cut goes on the table of the page before, as a row of figures alone does (both figures read blank before).
  it('no border, a 公文: a row of figures opening a page under the rest of its block\'s headings goes on the table before', () => {
    const at = top16;
    const closing = [
      ...at(376.1, [['第二', 220.4, 252.4], ['十', 252.4, 268.4], ['条', 268.4, 284.4], ['第', 284.4, 300.4], ['（六）项', 300.4, 364.4]]),
      ...at(348.1, [['上', 279.2, 295.2], ['一年项', 295.2, 343.2], ['本年', 360.0, 392.0], ['增', 392.0, 408.0], ['/', 408.0, 413.4], ['处理', 430.3, 462.3], ['决', 462.3, 478.3], ['定', 478.3, 494.3]]),
      ...at(334.1, [['信息内容', 147.1, 211.1]]),
      ...at(320.1, [['目数', 287.2, 319.2], ['量', 319.2, 335.2], ['减', 378.7, 394.7], ['数', 446.3, 462.3], ['量', 462.3, 478.3]]),
      ...at(292.1, [['行政处', 147.1, 195.1], ['罚', 195.1, 211.1], ['2648', 290.8, 331.5], ['0', 381.6, 391.8], ['430', 447.0, 477.5]]),
      ...at(264.1, [['行政', 147.1, 179.1], ['强', 179.1, 195.1], ['制', 195.1, 211.1], ['126', 295.9, 326.4], ['0', 381.6, 391.8], ['25', 452.1, 472.5]]),
      ...at(236.1, [['第二', 220.4, 252.4], ['十', 252.4, 268.4], ['条', 268.4, 284.4], ['第', 284.4, 300.4], ['（', 300.4, 316.4], ['八', 316.4, 332.4], ['）项', 332.4, 364.4]]),
      ...at(208.1, [['上', 279.2, 295.2], ['一年项', 295.2, 343.2]]),
      ...at(194.1, [['信息内容', 147.1, 211.1], ['本年', 389.8, 421.8], ['增', 421.8, 437.8], ['/', 437.8, 443.2], ['减', 443.2, 459.2]]),
      ...at(180.1, [['目数', 287.2, 319.2], ['量', 319.2, 335.2]]),
      ...at(152.1, [['行政事业性收', 123.1, 219.1], ['费', 219.1, 235.1], ['35', 301.0, 321.4], ['0', 419.4, 429.6]]),
      ...at(124.1, [['第二', 220.4, 252.4], ['十', 252.4, 268.4], ['条', 268.4, 284.4], ['第', 284.4, 300.4], ['（', 300.4, 316.4], ['九', 316.4, 332.4], ['）项', 332.4, 364.4]]),
      ...at(96.1, [['信息内容', 147.1, 211.1], ['采', 279.2, 295.2], ['购', 295.2, 311.2], ['项目', 311.2, 343.2], ['采', 384.5, 400.5], ['购', 400.5, 416.5], ['总金', 416.5, 448.5], ['额', 448.5, 464.5]]),
    ];
    const opening = [
      ...at(761.1, [['数', 295.2, 311.2], ['量', 311.2, 327.2]]),
      ...at(733.1, [['政府', 131.1, 163.1], ['集', 163.1, 179.1], ['中', 179.1, 195.1], ['采', 195.1, 211.1], ['购', 211.1, 227.1], ['135', 295.9, 326.4], ['75394432.52', 371.1, 477.9]]),
      ...at(698.0, [['三、收到和处理政府信息公开申请情况', 72.1, 344.1]]),
    ];
    const { groups } = placeTables([{ ...page, page: 8, items: closing }, { ...page, page: 9, items: opening }], new Set());
    const { value } = readTable(groups, 't2');
    expect(['penalty.decisions', 'procurement.procurement_items', 'procurement.procurement_amount'].map(value)).toEqual([430, 135, 75394432.52]);
  });

  // LibreOffice's print of seed-tianmen-2021 with its borders off and tables 三 and 四 on landscape pages of
  // their own: table 四's header closes page 4 under the section heading and the report's one-line paragraph
  // "2021年,我局未发生因政府信息公开工作被申请", its figures opening page 5 under the rest of its wrapped
  // headings. The paragraph's line, narrow beside the landscape table, was taken for a group label over it,
  // and "行政复议", a heading over a group of columns, for the first line of "其他结果" under it: 行政复议's five
  // cells unread. A sentence's line (punctuated) opens no table; a whole group heading takes no line under it.
  it('no border, a landscape page: a paragraph\'s line over table 四 is no row of it, and 行政复议 no line of the heading under it', () => {
    const at = (y1: number, pieces: [string, number, number][]): TextItem[] => pieces.map(([text, x0, x1]) => ({ text, x0, x1, y0: y1 - 10.5, y1, size: 10.5, font: 'f', vertical: false }));
    const land = { ...page, width: 842, height: 595 };
    const closing = [
      ...at(163.8, [['四、政府信息公开行政复议、行政诉讼情况', 72.1, 271.6]]),
      ...at(150.0, [['2021', 72.1, 100.1], [',', 112.8, 116.3]]),
      ...at(149.5, [['年', 102.3, 112.8], ['我局未发', 116.3, 158.3], ['生', 158.3, 168.8], ['因政府信息公开工作', 168.8, 263.3], ['被', 263.3, 273.8], ['申请', 273.8, 294.8]]),
      ...at(135.6, [['行政复议', 162.0, 204.0], ['行政诉讼', 511.0, 553.0]]),
      ...at(121.9, [['结果维', 75.5, 107.0], ['结果纠', 124.4, 155.9], ['其他', 173.4, 194.4], ['结', 194.4, 204.9], ['尚', 222.4, 232.9], ['未审', 232.9, 253.9], ['总计', 270.5, 291.5], ['未', 373.7, 384.2], ['经', 384.2, 394.7], ['复议', 394.7, 415.7], ['直接', 415.7, 436.7], ['起诉', 436.7, 457.7], ['复议', 622.1, 643.1], ['后', 643.1, 653.6], ['起诉', 653.6, 674.6]]),
      ...at(108.1, [['持', 86.0, 96.5], ['正', 134.9, 145.4], ['果', 183.9, 194.4], ['结', 232.9, 243.4], ['结果维', 308.1, 339.6], ['结果纠', 357.0, 388.5], ['其他', 406.0, 427.0], ['结', 427.0, 437.5], ['尚', 455.0, 465.5], ['未审', 465.5, 486.5], ['总计', 503.1, 524.1], ['结果维', 540.7, 572.2], ['结果纠', 589.7, 621.2], ['其他', 638.6, 659.6], ['结', 659.6, 670.1], ['尚', 687.6, 698.1], ['未审', 698.1, 719.1], ['总计', 735.8, 756.8]]),
    ];
    const opening = [
      ...at(503.2, [['持', 318.6, 329.1], ['正', 367.5, 378.0], ['果', 416.5, 427.0], ['结', 465.5, 476.0], ['持', 551.2, 561.7], ['正', 600.2, 610.7], ['果', 649.1, 659.6], ['结', 698.1, 708.6]]),
      ...at(489.4, [['0', 87.7, 94.7], ['0', 136.7, 143.7], ['0', 185.7, 192.7], ['0', 234.6, 241.6], ['0', 277.5, 284.5], ['0', 320.3, 327.3], ['0', 369.3, 376.3], ['0', 418.3, 425.3], ['0', 467.3, 474.3], ['0', 510.1, 517.1], ['0', 553.0, 560.0], ['0', 601.9, 608.9], ['0', 650.9, 657.9], ['0', 699.9, 706.9], ['0', 742.8, 749.8]]),
    ];
    const { groups } = placeTables([{ ...land, page: 4, items: closing }, { ...land, page: 5, items: opening }], new Set());
    const { cells, value } = readTable(groups, 't4');
    expect(Object.keys(cells).sort()).toEqual(['review', 'suit_direct', 'suit_after_review'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `${g}.${c}`)).sort());
    expect(Object.keys(cells).map(value)).toEqual(Array(15).fill(0));
  });

  // Table 四 of pingtan-police-2024 as a 公文 (16 pt on 28-point lines) with no border and its text at the cells'
  // left, printed by LibreOffice: columns 22 to 29 points wide, a character a line. 未经复议直接起诉, set at the left
  // of its five columns, wraps "诉" to the line below; pdfjs hands its first line as "未经复" | "议" | "直接起", and
  // "未" and "经复" each stand near a column's middle (within a quarter character) by chance: "未经复" was cut there
  // as two columns' headings run together — though "直接起", which it runs on into, crosses an edge uncut — "未"
  // going down column 6 as "未诉结果维持" (15 cells unread).
  it('a 公文\'s 16 pt, no border, text at the cells\' left: a heading over several narrow columns is not cut in one of its pieces where the piece it runs on into is not', () => {
    const at = top16;
    const items = [
      ...at(754.0, [['四', 90.1, 106.1], ['、政府信息公开行政', 106.1, 250.1], ['复', 250.1, 266.1], ['议、行政', 266.1, 330.1], ['诉讼', 330.1, 362.1], ['情况', 362.1, 394.1]]),
      ...at(727.3, [['行政', 90.1, 122.1], ['复', 122.1, 138.1], ['议', 138.1, 154.1], ['行政', 228.5, 260.5], ['诉讼', 260.5, 292.5]]),
      ...at(699.3, [['未经复', 228.5, 276.5], ['议', 276.5, 292.5], ['直接起', 292.5, 340.5]]),
      ...at(685.3, [['复', 367.0, 383.0], ['议', 383.0, 399.0], ['后起诉', 399.0, 447.0]]),
      ...at(671.3, [['结', 90.1, 106.1], ['结', 119.3, 135.3], ['其', 148.4, 164.4], ['尚', 177.5, 193.5], ['诉', 228.5, 244.5]]),
      ...at(643.3, [['果', 90.1, 106.1], ['果', 119.3, 135.3], ['他', 148.4, 164.4], ['未', 177.5, 193.5], ['总', 206.7, 222.7], ['结', 228.5, 244.5], ['结', 257.7, 273.7], ['其', 286.8, 302.8], ['尚', 316.0, 332.0], ['结', 367.0, 383.0], ['结', 396.1, 412.1], ['其', 425.2, 441.2], ['尚', 454.4, 470.4]]),
      ...at(615.3, [['维', 90.1, 106.1], ['纠', 119.3, 135.3], ['结', 148.4, 164.4], ['审', 177.5, 193.5], ['计', 206.7, 222.7], ['果', 228.5, 244.5], ['果', 257.7, 273.7], ['他', 286.8, 302.8], ['未', 316.0, 332.0], ['总', 345.1, 361.1], ['果', 367.0, 383.0], ['果', 396.1, 412.1], ['他', 425.2, 441.2], ['未', 454.4, 470.4], ['总', 483.5, 499.5]]),
      ...at(587.3, [['持', 90.1, 106.1], ['正', 119.3, 135.3], ['果', 148.4, 164.4], ['结', 177.5, 193.5], ['维', 228.5, 244.5], ['纠', 257.7, 273.7], ['结', 286.8, 302.8], ['审', 316.0, 332.0], ['计', 345.1, 361.1], ['维', 367.0, 383.0], ['纠', 396.1, 412.1], ['结', 425.2, 441.2], ['审', 454.4, 470.4], ['计', 483.5, 499.5]]),
      ...at(559.3, [['持', 228.5, 244.5], ['正', 257.7, 273.7], ['果', 286.8, 302.8], ['结', 316.0, 332.0], ['持', 367.0, 383.0], ['正', 396.1, 412.1], ['果', 425.2, 441.2], ['结', 454.4, 470.4]]),
      // (Figures other than the print's zeros, so that a column slipped shows.)
      ...at(531.3, [['1', 90.1, 100.3], ['0', 119.3, 129.5], ['0', 148.4, 158.6], ['0', 177.5, 187.7], ['1', 206.7, 216.9], ['0', 228.5, 238.7], ['2', 257.7, 267.9], ['0', 286.8, 297.0], ['1', 316.0, 326.2], ['3', 345.1, 355.3], ['0', 367.0, 377.2], ['0', 396.1, 406.3], ['1', 425.2, 435.4], ['0', 454.4, 464.6], ['1', 483.5, 493.7]]),
      ...at(496.2, [['五', 90.1, 106.1], ['、', 106.1, 122.1], ['存', 122.1, 138.1], ['在的主要问', 138.1, 218.1], ['题', 218.1, 234.1], ['及', 234.1, 250.1], ['明', 250.1, 266.1], ['年工作计划', 266.1, 346.1]]),
    ];
    const { groups } = placeTables([{ ...page, page: 10, items }], new Set());
    const { value } = readTable(groups, 't4');
    const keys = ['review', 'suit_direct', 'suit_after_review'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `${g}.${c}`));
    expect(keys.map(value)).toEqual([1, 0, 0, 0, 1, 0, 2, 0, 1, 3, 0, 0, 1, 0, 1]);
  });
});
