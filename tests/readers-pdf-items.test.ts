/**
 * The reader's text items from pdfjs's runs (src/readers/pdf-page.ts textItems). LibreOffice embeds a CFF
 * font as Type 1 subsets of 255 glyphs each, so the characters of one figure may come from two fonts ("1" from
 * one subset, "4" from the next: 14) and a run breaks at each change of font, as pdfjs's do. A figure is read
 * whole only as one item (a figure wrapped in its cell is joined from single items, pdf-columns.ts), so
 * the characters of a figure set one after the other on one baseline are one item.
 * (Positions from LibreOffice's print of pingtan-2025 with its fonts set to Noto Sans Mono CJK SC.)
 */
import { describe, expect, it } from 'vitest';
import { textItems, type RawTextItem } from '../src/readers/pdf-page.js';

const run = (str: string, x: number, font: string, y = 462.139): RawTextItem => ({ str, transform: [11, 0, 0, 11, x, y + 11 * 0.15], width: 5.5 * str.length, height: 11, fontName: font });

describe('PDF text items', () => {
  it('a figure drawn in two fonts, one character after the other: one item', () => {
    const items = textItems([run('1', 304.6, 'g_d0_f3'), run('4', 310.1, 'g_d0_f4'), run('3', 236.6, 'g_d0_f3', 478.139), run('.', 242.1, 'g_d0_f4', 478.139)]);
    expect(items.map((i) => [i.text, i.x0, i.x1])).toEqual([
      ['14', 304.6, 315.6],
      ['3.', 236.6, 247.6],
    ]);
  });

  it('figures apart, text that is no figure, another line or size: each its own', () => {
    const items = textItems([
      run('1', 304.6, 'g_d0_f3'),
      run('0', 338.3, 'g_d0_f4'),
      run('未', 250.4, 'g_d0_f3'),
      run('经复议', 260.9, 'g_d0_f4'),
      run('7', 307.4, 'g_d0_f3', 446.139),
      run('4', 312.9, 'g_d0_f4', 430.139),
      { ...run('2', 318.4, 'g_d0_f3', 430.139), transform: [9, 0, 0, 9, 318.4, 430.139 + 9 * 0.15] },
    ]);
    expect(items.map((i) => i.text)).toEqual(['1', '0', '未', '经复议', '7', '4', '2']);
  });

  // Word's vertical writing (w:textDirection tbRlV) as LibreOffice draws it: a character at a time, upright,
  // one under another with no line spacing, the brackets turned a quarter (their advance running down the
  // page). Each column is one vertical item, top to bottom; before, each character was a line of its own
  // among the table's rows (52 of pingtan-2024's 200 cells read with the borders off). Positions from
  // LibreOffice's print of pingtan-2024 with its borders off and table 三's merged labels vertical.
  const up = (str: string, x: number, y: number, size = 10.5, font = 'g_d0_f1'): RawTextItem => ({ str, transform: [size, 0, 0, size, x, y], width: size * [...str.trim()].length + (str.endsWith(' ') ? size * 0.18 : 0), height: size, fontName: font });
  const turned = (str: string, x: number, y: number, size = 10.5): RawTextItem => ({ str, transform: [0, -size, size, 0, x, y], width: size, height: size, fontName: 'g_d0_f1' });
  it('characters set one under another with no line spacing, brackets turned among them: one vertical item a column', () => {
    const items = textItems([
      up('三', 128.7, 367.7), up('、', 128.7, 358.1, 10.5, 'g_d0_f2'), up('本', 128.7, 346.7), up('年', 128.7, 336.1), up('度', 128.7, 325.7),
      up('办', 128.7, 315.2), up('理', 128.7, 304.8), up('结', 128.7, 294.2, 10.5, 'g_d0_f2'), up('果', 128.7, 283.9),
      up('（二）部分公开（区分处理', 158.6, 550.4),
      turned('（', 173.2, 451), up('三 ', 173.2, 431.5), turned('）', 173.2, 429.6), up('不', 173.2, 410.3), up('予', 173.2, 399.8, 10.5, 'g_d0_f2'), up('公', 173.2, 389.3), up('开', 173.2, 378.9),
    ]);
    expect(items.map((i) => [i.text, i.vertical])).toEqual([
      ['三、本年度办理结果', true],
      ['（二）部分公开（区分处理', false],
      ['（三）不予公开', true],
    ]);
    // (The turned bracket's box where it stands: its advance down from its origin, its height to the right.)
    const group = items[2]!;
    expect([group.x0, group.x1, group.y1].map((v) => Math.round(v * 10) / 10)).toEqual([171.6, 183.7, 451]);
    expect(group.y0).toBeCloseTo(378.9 - 10.5 * 0.15, 5);
  });

  // …in a 公文's 16 pt (pingtan-2022): the label wraps into a second column left of the first, centred in the
  // cell as the first is, 28 points to its left — "三、本年度办理" | "结果", one label (25 of 200 cells before).
  it('a column of vertical writing going on in the next column to its left: one item, right to left', () => {
    const items = textItems([
      up('三', 116.7, 190.3, 16), up('、', 116.7, 175.6, 16), up('本', 116.7, 158.2, 16), up('年', 116.7, 142.1, 16), up('度', 116.7, 126.2, 16), up('办', 116.7, 110.2, 16), up('理', 116.7, 94.4, 16),
      up('结', 88.7, 150.2, 16), up('果', 88.7, 134.6, 16),
    ]);
    expect(items.map((i) => [i.text, i.vertical, Math.round(i.x0 * 10) / 10])).toEqual([['三、本年度办理结果', true, 88.7]]);
  });

  // A heading wrapped a character a line in its narrow cell (LibreOffice's print of pingtan-2023, ruled, 10.5 pt
  // on lines 13.75 points apart): lines of horizontal text, set their line spacing apart — no vertical writing.
  it('characters one a line, their lines a line\'s spacing apart: each its own', () => {
    const items = textItems(['社', '会', '公', '益', '组', '织'].map((c, k) => up(c, 252.1, 688.7 - 13.75 * k)));
    expect(items.map((i) => [i.text, i.vertical])).toEqual(['社', '会', '公', '益', '组', '织'].map((c) => [c, false]));
  });

  it('a run turned a quarter, down or up the page: vertical writing boxed where its glyphs stand', () => {
    const [down, upward] = textItems([
      { str: '本年度', transform: [0, -10.5, 10.5, 0, 100, 500], width: 31.5, height: 10.5, fontName: 'f' },
      { str: '本年度', transform: [0, 10.5, -10.5, 0, 300, 500], width: 31.5, height: 10.5, fontName: 'f' },
    ]);
    expect([down!.x0, down!.x1, down!.y0, down!.y1, down!.vertical]).toEqual([100 - 10.5 * 0.15, 100 + 10.5 * 0.85, 468.5, 500, true]);
    expect([upward!.x0, upward!.x1, upward!.y0, upward!.y1, upward!.vertical]).toEqual([300 - 10.5 * 0.85, 300 + 10.5 * 0.15, 500, 531.5, true]);
  });

  // (Looked at once each, however many: the columns open at a point are kept a few, the latest, and a column
  // left of another found by where it ends — each pass had been quadratic in a hostile page's characters.)
  it('characters drawn over one another by the thousand, and columns of two in pairs by the thousand: each looked at once', () => {
    const same = textItems(Array.from({ length: 40_000 }, () => up('字', 100, 500)));
    expect(same).toHaveLength(40_000);
    const pairs = textItems(Array.from({ length: 20_000 }, (_, i) => [up('字', 100, i * 25 + 10), up('字', 100, i * 25), up('字', 112, i * 25 + 10), up('字', 112, i * 25)]).flat());
    expect(pairs.map((i) => [i.text, i.vertical])).toEqual(Array(20_000).fill(['字字字字', true]));
  });
});

describe('PDF text items at absurd sizes', () => {
  it('characters set at a hundred million points (a damaged file) are items as they are, found in one pass (the places looked at for a column grew with the size: 11 s for a mutated fixture)', () => {
    // Han characters one under the other, as a column of vertical writing would be, at 1e8 points.
    const size = 1e8;
    const runs: RawTextItem[] = Array.from({ length: 200 }, (_, i) => ({ str: '政', transform: [size, 0, 0, size, 100, -i * size * 1.05], width: size, height: size, fontName: 'f' }));
    const items = textItems(runs);
    expect(items).toHaveLength(200);
    expect(items.every((i) => i.text === '政' && !i.vertical)).toBe(true);
  });
});
