/**
 * Table cells from page geometry (src/readers/pdf-page.ts, pdf-grid.ts): ruling lines from drawing
 * operators (strokes, rectangles, thin filled bars, with the current transform), cells from the lines
 * (merged where a border is missing), each text item in the cell holding its centre, a cell's lines
 * joined without spaces between Chinese characters.
 */
import { describe, expect, it } from 'vitest';
import { pageTables } from '../src/readers/pdf-grid.js';
import { startsSection } from '../src/readers/pdf-text.js';
import { readPdf } from '../src/readers/pdf-doc.js';
import { readOperators, type Ops, type Ruling, type TextItem } from '../src/readers/pdf-page.js';
import { buildPdf, ruledTable, textAt, zh } from './support/pdf.js';

const OPS: Ops = { save: 10, restore: 11, transform: 12, constructPath: 91, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27, paintImageXObject: 85, paintInlineImageXObject: 86, paintImageMaskXObject: 83, beginText: 31, setFont: 37, setTextMatrix: 42, moveText: 40, setLeadingMoveText: 41, nextLine: 43, setLeading: 36, setCharSpacing: 33, setWordSpacing: 34, setTextRise: 39, showText: 44 };

const h = (at: number, from: number, to: number): Ruling => ({ horizontal: true, at, from, to });
const v = (at: number, from: number, to: number): Ruling => ({ horizontal: false, at, from, to });
function item(text: string, x: number, y: number, size = 10, vertical = false): TextItem {
  return { text, x0: x, x1: x + (vertical ? size : text.length * size), y0: vertical ? y - text.length * size : y, y1: vertical ? y : y + size, size, font: 'f', vertical };
}

describe('ruling lines from drawing operators', () => {
  it('a stroked rectangle under a transform gives four lines; a thin filled bar one; a curve none', () => {
    // 2× scale and a shift, then a 100 × 50 rectangle (moveTo 0, lineTo 1, closePath 4); a 0.5 pt bar; a curve.
    const rect = [0, 10, 10, 1, 110, 10, 1, 110, 60, 1, 10, 60, 4];
    const bar = [0, 0, 0, 1, 200, 0, 1, 200, 0.5, 1, 0, 0.5, 4];
    const curve = [0, 0, 0, 2, 10, 10, 20, 10, 30, 0];
    const { rulings, images } = readOperators(
      [OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath, OPS.constructPath, OPS.paintImageXObject],
      [null, [2, 0, 0, 2, 5, 5], [OPS.stroke, [rect]], null, [OPS.fill, [bar]], [OPS.stroke, [curve]], null],
      OPS,
    );
    expect(rulings).toEqual([h(25, 25, 225), v(225, 25, 125), h(125, 25, 225), v(25, 25, 125), h(0.25, 0, 200)].map((r) => expect.objectContaining(r)));
    expect(images).toEqual([{ x0: 0, y0: 0, x1: 1, y1: 1 }]);
  });
});

describe('cells from the lines', () => {
  // A table of 3 columns (x 0–100–200–300) and 3 rows (y 300–270–240–200); the border between the first
  // two rows of column 1 is missing (a label merged down).
  const rulings = [h(300, 0, 300), h(270, 100, 300), h(240, 0, 300), h(200, 0, 300), v(0, 200, 300), v(100, 200, 300), v(200, 200, 300), v(300, 200, 300)];
  it('merged cells, values off their label’s baseline, wrapped labels, stray spaces, vertical text', () => {
    const items = [
      // Vertical writing: columns right to left.
      item('三、', 55, 295, 10, true),
      item('办理', 40, 295, 10, true),
      item('商业', 120, 285),
      item('企业', 120, 273),
      item('7', 240, 276), // 4 pt below the label's baseline, still in its cell
      item('只计这一情 形', 110, 250),
      item('0', 240, 246),
      item('（七）总 计', 105, 215),
      item('12', 240, 212),
      item('正文在表外', 0, 500),
    ];
    const { tables, outside } = pageTables(rulings, items);
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect(t.cells.map((r) => r.map((c) => c.text))).toEqual([
      ['三、办理', '商业企业', '7'],
      ['三、办理', '只计这一情形', '0'],
      ['', '（七）总计', '12'],
    ]);
    expect(t.cells[0]![0]).toBe(t.cells[1]![0]);
    expect(t.cells[0]![0]!.rows).toBe(2);
    expect(outside.map((i) => i.text)).toEqual(['正文在表外']);
  });

  it('open-sided tables of the same width (LibreOffice): a full-width row joins them, a section heading between them does not', () => {
    // Two tables of two rows each, x 0–300, no side borders, one inner border at x 100; 40 pt between them.
    const two = [h(400, 0, 300), h(380, 0, 300), h(360, 0, 300), v(100, 360, 400), h(320, 0, 300), h(300, 0, 300), h(280, 0, 300), v(100, 280, 320)];
    const cells = ['规章', '0', '行政规范性文件', '62'].map((t, i) => item(t, i % 2 ? 150 : 5, i < 2 ? 385 : 365));
    const lower = ['一、本年新收', '217', '二、上年结转', '0'].map((t, i) => item(t, i % 2 ? 150 : 5, i < 2 ? 305 : 285));
    const apart = (lines: string[]): boolean => lines.some(startsSection);
    const heading = item('三、收到和处理政府信息公开申请情况', 5, 335);
    const split = pageTables(two, [...cells, heading, ...lower], apart);
    expect(split.tables).toHaveLength(2);
    expect(split.outside.map((i) => i.text)).toEqual(['三、收到和处理政府信息公开申请情况']);
    // The same space holding a block's heading ("第二十条第（五）项", a full-width row): one table.
    const joined = pageTables(two, [...cells, item('第二十条第（五）项', 5, 335), ...lower], apart);
    expect(joined.tables).toHaveLength(1);
    expect(joined.outside).toEqual([]);
  });

  it('lines that touch nothing make no table', () => {
    expect(pageTables([h(100, 0, 300), h(50, 0, 300)], [item('x', 10, 70)]).tables).toEqual([]);
  });
});

describe('vertical writing, from the text operators', () => {
  // As WPS sets it: a vertical font (here UniGB-UCS2-V) at size 199 under a text matrix of 0.05 (10 pt), a
  // glyph at a time, each moved down from the line start with TD. pdfjs's getTextContent keeps only the
  // glyphs above y 199 (its page-box test takes the unscaled size): "三、本" of the label.
  const label = '三、本年度办理结果';
  const wps = (x: number, top: number): string =>
    `BT /ZV 199 Tf 0.05 0 0 0.05 ${x} ${top} Tm ${[...label].map((ch, i) => `${i === 0 ? '' : '0 -201.6 TD '}${zh(ch)} Tj`).join(' ')} ET`;

  it('a label set low on the page in a vertical font reads whole, in its merged cell, "、" not its vertical form', async () => {
    // A table whose first column is one cell over three rows (y 240–120), the label down its middle from y 232.
    const table = ruledTable([60, 90, 200, 240], [240, 200, 160, 120], [['', '（一）予以公开', '50'], ['^', '（二）部分公开', '9'], ['^', '（三）不予公开', '1']]);
    const doc = await readPdf(buildPdf([{ content: `${table}\n${wps(75, 232)}` }]));
    const page = doc.pages[0]!;
    expect(page.items.filter((i) => i.vertical).map((i) => i.text)).toEqual([label]);
    const { tables } = pageTables(page.rulings, page.items);
    expect(tables[0]!.cells.map((r) => r.map((c) => c.text))).toEqual([
      [label, '（一）予以公开', '50'],
      [label, '（二）部分公开', '9'],
      [label, '（三）不予公开', '1'],
    ]);
    const v = page.items.find((i) => i.vertical)!;
    // One column 10 pt wide centred on x 75, from y 232 down nine characters.
    expect([v.x0, v.x1, v.y1].map((n) => Math.round(n))).toEqual([70, 80, 232]);
    expect(v.y0).toBeLessThan(232 - 8.5 * 10);
  });

  it('two labels in one vertical font, side by side, are two columns; horizontal text in the same font is left to getTextContent', async () => {
    const doc = await readPdf(buildPdf([{ content: [textAt(100, 700, '三、本年度', { vertical: true }), textAt(130, 700, '办理结果', { vertical: true }), textAt(200, 700, '横排')].join('\n') }]));
    const items = doc.pages[0]!.items;
    expect(items.filter((i) => i.vertical).map((i) => i.text).sort()).toEqual(['三、本年度', '办理结果']);
    expect(items.filter((i) => !i.vertical).map((i) => i.text)).toEqual(['横排']);
  });
});

