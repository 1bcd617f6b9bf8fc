/**
 * The running text of a PDF (src/readers/pdf-text.ts): page numbers and a header repeated on every page
 * dropped, paragraphs joined across lines and pages without spaces inside Chinese, a numbered heading
 * its own paragraph. Made from positioned text items (what pdfjs hands the reader).
 */
import { describe, expect, it } from 'vitest';
import type { Ruling, TextItem } from '../src/readers/pdf-page.js';
import { furniture, paragraphs, type PageItems } from '../src/readers/pdf-text.js';

function item(text: string, x: number, y: number, size = 12): TextItem {
  return { text, x0: x, x1: x + text.length * size, y0: y - size * 0.15, y1: y + size * 0.85, size, font: 'f', vertical: false };
}

/** Two A4 pages of body text at 12 pt between x 72 and 528 (38 characters a line). */
function pages(): PageItems[] {
  const full = (s: string): string => s.padEnd(38, '文');
  return [
    {
      page: 1,
      height: 842,
      items: [
        item('某某县人民政府办公室', 200, 810, 9),
        item('一、总体情况', 72, 740),
        item(full('　　本年度，本机关认真贯彻落实政府信息公开条例'), 72, 720),
        item(full('各项要求，主动公开政府信息'), 72, 700),
        item('- 1 -', 280, 40, 9),
      ],
    },
    {
      page: 2,
      height: 842,
      items: [
        item('某某县人民政府办公室', 200, 810, 9),
        item('共计 1200 条。', 72, 780),
        item('二、主动公开政府信息情况', 72, 760),
        item('- 2 -', 280, 40, 9),
      ],
    },
  ];
}

describe('PDF running text', () => {
  it('a figure in the last row of a ruled table at the foot of the page is not a page number', () => {
    // A table whose last row (y 40–65) reaches into the bottom margin; the page number below it.
    const h = (at: number): Ruling => ({ horizontal: true, at, from: 72, to: 300 });
    const figure = item('12', 200, 48);
    const pageNo = item('- 2 -', 280, 20, 9);
    const skip = furniture([{ page: 2, height: 842, items: [figure, pageNo], rulings: [h(90), h(65), h(40)] }]);
    expect(skip.has(figure)).toBe(false);
    expect(skip.has(pageNo)).toBe(true);
  });

  it('page numbers and the header on every page are page furniture; the body is not', () => {
    const skip = furniture(pages());
    expect([...skip].map((i) => i.text).sort()).toEqual(['- 1 -', '- 2 -', '某某县人民政府办公室', '某某县人民政府办公室']);
  });

  it('paragraphs: a heading alone, the body joined over the line and the page break with no space in Chinese', () => {
    const ps = pages();
    const paras = paragraphs(ps, furniture(ps), new Map(), 0);
    expect(paras.map((p) => p.text.slice(0, 8))).toEqual(['一、总体情况', '本年度，本机关认', '二、主动公开政府']);
    const body = paras[1]!.text;
    expect(body).toContain('文各项要求');
    expect(body.endsWith('文共计 1200 条。')).toBe(true);
    expect(paras[1]!.page).toBe(1);
  });

  // A Word file with tables 三 and 四 in a section of landscape pages (LibreOffice's print of seed-tianmen-2021
  // as a 公文, the title in the body's 16 pt): the landscape pages' lines run to x 770, the portrait pages' to
  // 505. Measured over the whole document, the title's full first line ended short of the body's right margin,
  // so "年度报告" on the next line was a paragraph of its own — no title, no year (report-year). Each page size
  // has its own margins.
  it('paragraphs: a line is full by the margins of pages of its own size (landscape pages among portrait ones)', () => {
    const full = (t: string, n: number): string => t.padEnd(n, '文');
    const portrait = (page: number, lines: [string, number][]): PageItems => ({ page, height: 842, items: lines.map(([t, y]) => item(t, 90, y, 16)) });
    // (Full lines of 26 characters in 16 pt from x 90 end at 506; a paragraph's last line short of that.)
    const body = (y: number): [string, number][] => [[full('　　本年度，本局认真贯彻落实条例', 26), y], ...Array.from({ length: 9 }, (_, k): [string, number] => [full('政府信息', 26), y - 28 * (k + 1)]), ['共计 1200 条。', y - 280]];
    const ps: PageItems[] = [
      portrait(1, [['天门市政务服务和大数据管理局2021年政府信息公开工作', 721], ['年度报告', 693], ...body(640)]),
      // (The landscape pages: their lines 43 characters, to x 760.)
      { page: 2, height: 595, items: [item('三、收到和处理政府信息公开申请情况', 72, 540, 16), ...Array.from({ length: 12 }, (_, k) => item(full('本机关', 43), 72, 500 - 28 * k, 16))] },
      portrait(3, body(760)),
    ];
    const paras = paragraphs(ps, new Set(), new Map(), 0);
    expect(paras[0]!.text).toBe('天门市政务服务和大数据管理局2021年政府信息公开工作年度报告');
  });
});
