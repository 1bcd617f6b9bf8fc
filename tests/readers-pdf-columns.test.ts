/**
 * Tables a PDF prints without ruling lines (src/readers/pdf-columns.ts): columns from where the pieces
 * of the lines with figures sit, rows from the lines, then the same table finder as every grid format.
 * Made here from positioned text items (what pdfjs hands the reader), so the layout is exact.
 */
import { describe, expect, it } from 'vitest';
import { findTables } from '../src/readers/grid.js';
import { unruledTables } from '../src/readers/pdf-columns.js';
import type { PageContent, TextItem } from '../src/readers/pdf-page.js';
import { tableGrid } from '../src/readers/pdf-tables.js';

/** One line of pieces: [text, x] at baseline y, 10.5 pt. */
function line(y: number, pieces: [string, number][]): TextItem[] {
  return pieces.map(([text, x]) => ({ text, x0: x, x1: x + text.length * 10.5, y0: y - 1.5, y1: y + 9, size: 10.5, font: 'f', vertical: false }));
}

const page: PageContent = { page: 2, width: 595, height: 842, items: [], rulings: [], images: [] };

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

  it('a paragraph with figures in it is not a table', () => {
    const items = [...line(700, [['本年新收申请95件，', 72], ['办结95件。', 262]]), ...line(680, [['其中予以公开50件。', 72]])];
    expect(unruledTables(items).tables).toEqual([]);
  });
});
