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
});
