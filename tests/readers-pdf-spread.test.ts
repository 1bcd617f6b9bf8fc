/**
 * Text set 分散对齐 (Word's w:jc distribute, src/readers/pdf-spread.ts): a label's characters spread evenly
 * over its cell's width, each a piece of its own in the PDF's text, are one label; headings a character a
 * column (narrow columns of one width, evenly spaced too) stay apart. Positions from LibreOffice's prints of
 * the corpus Word files (scripts/make-pdf-fixtures.mjs, Word variant borderless-distributed, and the prints
 * of fixtures/readers/pdf named in each test).
 */
import { describe, expect, it } from 'vitest';
import { findTables } from '../src/readers/grid.js';
import type { PageContent, TextItem } from '../src/readers/pdf-page.js';
import { readingOrder } from '../src/readers/pdf-grid.js';
import { joinSpread, spreadSigns, type SpreadSigns } from '../src/readers/pdf-spread.js';
import { placeTables, tableGrid } from '../src/readers/pdf-tables.js';

/**
 * Pieces [text, x0, x1] whose tops stand at y1, in `size` points: each character `size` wide (figures half
 * that), a piece's spaces sharing the room between its characters evenly — as LibreOffice sets spread text.
 */
function at(y1: number, pieces: [string, number, number][], size = 10.5): TextItem[] {
  return pieces.map(([text, x0, x1]) => {
    const chars = [...text];
    const inked = chars.filter((c) => c !== ' ');
    const w = (c: string): number => (/[\d.]/.test(c) ? size / 2 : size);
    const room = x1 - x0 - inked.reduce((a, c) => a + w(c), 0);
    const gaps = chars.filter((c) => c === ' ').length;
    const xs: number[] = [];
    let x = 0;
    for (const c of chars) {
      xs.push(x);
      x += c === ' ' ? room / gaps : w(c);
    }
    return { text, x0, x1, y0: y1 - size, y1, size, font: 'f', vertical: false, xs };
  });
}

/** Items in lines, top line first, each left to right: what the reader hands joinSpread (readingOrder). */
const lines = (items: TextItem[]): TextItem[][] => readingOrder(items);

/** Each line's texts with where each stands, to the tenth of a point. */
const texts = (ls: TextItem[][]): string[][] => ls.map((l) => l.map((i) => `${i.text}@${i.x0.toFixed(1)}-${i.x1.toFixed(1)}`));

const joined = (ls: TextItem[][]): TextItem[][] => joinSpread(ls, () => undefined);

// Table 二's first block, borders off, labels spread (pingtan-2024): "信 息 内 容" 37.8 points apart, "规" and
// "章" at the two ends of their cell, "行 政 规 范 性 文 件" 13.6 apart, the headings over the figures a space
// apart ("本 年" | "废 止" | "件 数"); a block heading over the table's width.
const block = [
  ...at(229.4, [['信', 72.1, 82.6], ['息', 120.4, 130.9], ['内', 168.7, 179.2], ['容', 217.0, 227.5], ['本 年 制 发 件 数', 238.4, 322.6], ['本 年', 333.4, 358.6], ['废 止', 362.9, 388.1], ['件 数', 392.4, 417.6], ['现', 428.4, 438.9], ['行 有 效 件 数', 443.1, 512.6]]),
  ...at(215.5, [['0', 277.0, 284.0], ['0', 372.0, 379.0], ['0', 467.0, 474.0]]),
  ...at(215.3, [['规', 72.1, 82.6], ['章', 217.1, 227.6]]),
  ...at(201.1, [['62', 273.5, 287.5], ['33', 368.5, 382.5], ['440', 460.0, 481.0]]),
  ...at(200.9, [['行', 72.1, 82.6], ['政', 96.2, 106.7], ['规', 120.4, 130.9], ['范', 144.5, 155.0], ['性', 168.7, 179.2], ['文', 192.8, 203.3], ['件', 217.0, 227.5]]),
  ...at(186.8, [['第', 72.1, 82.6], ['二', 125.8, 136.3], ['十', 179.6, 190.1], ['条', 233.3, 243.8], ['第', 287.1, 297.6], ['（', 340.7, 351.2], ['五', 394.6, 405.1], ['）', 448.3, 458.8], ['项', 502.1, 512.6]]),
  ...at(173.1, [['信', 72.1, 82.6], ['息', 120.4, 130.9], ['内', 168.7, 179.2], ['容', 217.0, 227.5], ['本', 238.4, 248.9], ['年', 276.0, 286.5], ['处', 313.7, 324.2], ['理', 351.3, 361.8], ['决', 388.9, 399.4], ['定', 426.6, 437.1], ['数', 464.3, 474.8], ['量', 501.9, 512.4]]),
  ...at(159.2, [['4529', 361.5, 389.5]]),
  ...at(159.0, [['行', 72.1, 82.6], ['政', 120.4, 130.9], ['许', 168.7, 179.2], ['可', 217.0, 227.5]]),
];

describe('text spread over its cell (分散对齐) is one piece', () => {
  it('labels and headings spread over their cells: one piece each, set as the same text centred there; figures as they were', () => {
    const out = joined(lines(block));
    expect(out.map((l) => l.map((i) => i.text))).toEqual([
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '62', '33', '440'],
      ['第二十条第（五）项'],
      ['信息内容', '本年处理决定数量'],
      ['行政许可', '4529'],
    ]);
    // (Centred where the spread text stood: 规章 in the middle of 72.1–227.6, two characters wide.)
    const rule = out[1]![0]!;
    expect(rule.x0).toBeCloseTo((72.1 + 227.6 - 21) / 2, 1);
    expect(rule.x1 - rule.x0).toBeCloseTo(21, 1);
    expect(rule.xs).toEqual([0, 10.5]);
    expect(out[1]!.slice(1)).toEqual(lines(block)[1]!.slice(2));
  });

  it('the table reads as the centred print does: every figure under its heading, 规章 and 行政规范性文件 its rows', () => {
    const page: PageContent = { page: 1, width: 595, height: 842, items: block, rulings: [], images: [] };
    const { groups } = placeTables([page], new Set());
    const t2 = findTables(groups.map((g, i) => tableGrid(g, i + 1))).tables.t2;
    const value = (k: string): unknown => (t2?.cells[k]?.kind === 'number' ? (t2.cells[k] as { value: number }).value : t2?.cells[k]?.kind);
    expect(['regulations.issued', 'regulations.repealed', 'regulations.in_force', 'normative_documents.issued', 'normative_documents.repealed', 'normative_documents.in_force', 'licensing.decisions'].map(value)).toEqual([0, 0, 0, 62, 33, 440, 4529]);
  });

  it('a label wrapped over several lines: a spread line between full ones stays as wide as they are', () => {
    // (pingtan-2024's 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 opening page 3: its lines
    // all from 213.8 to 291.5, "理 由逾 期不 补" spread 2.9 points apart, "息 公 开 申 请" 6.3.)
    const label = [
      ...at(767.7, [['1.', 213.8, 224.3]]),
      ...at(767.3, [['申请人', 225.0, 257.9], ['无正当', 258.6, 291.5]]),
      ...at(753.4, [['理', 213.8, 224.3], ['由 逾', 227.2, 251.2], ['期 不', 254.1, 278.1], ['补', 281.0, 291.5]]),
      ...at(740.2, [['1', 306.6, 313.6], ['0', 337.6, 344.6], ['0', 373.0, 380.0], ['0', 408.4, 415.4], ['0', 443.7, 450.7], ['0', 474.7, 481.7], ['1', 501.3, 508.3]]),
      ...at(739.7, [['正', 213.8, 224.3], ['、行政', 225.0, 257.9], ['机', 258.6, 269.1], ['关不', 269.8, 291.5]]),
      ...at(725.9, [['再', 213.8, 224.3], ['处理其政府信', 225.0, 291.5]]),
      ...at(712.2, [['息 公 开 申 请', 213.8, 291.5]]),
    ];
    const out = texts(joined(lines(label))).map((l) => l.filter((t) => !/^\d@/.test(t)));
    expect(out).toEqual([['1.@213.8-224.3', '申请人@225.0-257.9', '无正当@258.6-291.5'], ['理由逾期不补@213.8-291.5'], ['正@213.8-224.3', '、行政@225.0-257.9', '机@258.6-269.1', '关不@269.8-291.5'], ['再@213.8-224.3', '处理其政府信@225.0-291.5'], ['息公开申请@213.8-291.5']]);
  });

  it('a row\'s numbering goes with the spread label it opens ("3." of 3.其他); text in the next cell is no part of a run', () => {
    const rows = [
      // (pingtan-2022: "3." and 其 他 spread 23 points apart, the row's figures on its line.)
      ...at(615.1, [['3.', 213.8, 224.3], ['1', 306.6, 313.6], ['1', 337.6, 344.6], ['0', 373.0, 380.0], ['0', 408.4, 415.4], ['0', 443.7, 450.7], ['0', 474.7, 481.7], ['2', 501.3, 508.3]]),
      ...at(614.7, [['其', 247.4, 257.9], ['他', 281.0, 291.5]]),
      // ("三、本年度办", closing the group label's cell 11 points before "（ 一 ） 予 以 公 开", spread 11 apart in the next.)
      ...at(294.1, [['三 、 本 年 度 办', 72.1, 140.7]]),
      ...at(294.0, [['21', 303.1, 317.1], ['0', 337.6, 344.6], ['0', 373.0, 380.0], ['0', 408.4, 415.4], ['0', 443.7, 450.7], ['0', 474.7, 481.7], ['21', 497.8, 511.8]]),
      ...at(293.8, [['（', 151.8, 162.3], ['一', 173.3, 183.8], ['）', 194.8, 205.3], ['予', 216.3, 226.8], ['以', 237.8, 248.3], ['公', 259.3, 269.8], ['开', 280.8, 291.3]]),
    ];
    const out = joined(lines(rows)).map((l) => l.filter((i) => !/^\d+$/.test(i.text)).map((i) => i.text));
    expect(out).toEqual([['3.其他'], ['三 、 本 年 度 办', '（一）予以公开']]);
  });
});

describe('text justified to both edges by a browser (th { text-align: justify; text-align-last: justify })', () => {
  // (Chromium's print of the official-layout page of pingtan-2024, no border: fixtures/readers/pdf/
  // chromium-borderless-justified-gongwen-16-pingtan-2024 in 16 pt scaled to 12.24; the 9 pt positions from
  // the same page in its own size.)
  const figures16 = at(625.5, [['2', 48.345, 55.137], ['1', 84.33, 91.122], ['3', 120.316, 127.108], ['1', 156.301, 163.093], ['7', 190.197, 196.99], ['0', 224.103, 230.895], ['0', 260.088, 266.88], ['0', 296.074, 302.866], ['0', 332.059, 338.851], ['0', 365.955, 372.748], ['13', 396.463, 410.047], ['2', 435.846, 442.638], ['4', 471.831, 478.624], ['0', 507.817, 514.609], ['19', 538.325, 551.908]], 12.24);

  it('where two cells\' texts touch, one piece of text ("议 行" of 行政复议 | 行政诉讼), each run takes its part', () => {
    const head = [...at(721.3, [['行', 36.0, 48.3], ['政', 89.0, 101.3], ['复', 142.0, 154.2], ['议 行', 195.0, 224.0], ['政', 323.4, 335.6], ['诉', 434.9, 447.2], ['讼', 546.5, 558.7]], 12.24), ...figures16];
    expect(joined(lines(head))[0]!.map((i) => i.text)).toEqual(['行政复议', '行政诉讼']);
  });

  it('a heading spread over five columns steps as none of them does, though "13" and "2" set in the middles of two of them step its step within a third of a point', () => {
    const head = [...at(696.7, [['未', 211.8, 224.0], ['经', 234.5, 246.7], ['复', 257.2, 269.4], ['议', 279.9, 292.2], ['直', 302.6, 314.9], ['接', 325.3, 337.6], ['起', 348.0, 360.3], ['诉 复', 370.7, 399.8], ['议', 427.296, 439.534], ['后', 467.031, 479.269], ['起', 506.766, 519.004], ['诉', 546.501, 558.739]], 12.24), ...figures16];
    expect(joined(lines(head))[0]!.map((i) => i.text)).toEqual(['未经复议直接起诉', '复议后起诉']);
  });

  it('headings spread over their own column, two characters a line ("商 业" over "企 业"), each line one piece', () => {
    const head = [
      ...at(762.6, [['商', 331.1, 340.1], ['业', 353.8, 362.8], ['科', 368.8, 377.8], ['研', 391.6, 400.6], ['社 会 公', 406.6, 443.6], ['法 律 服', 449.6, 486.7]], 9),
      ...at(749.8, [['企', 331.1, 340.1], ['业', 353.8, 362.8], ['机', 368.8, 377.8], ['构', 391.6, 400.6], ['益 组 织', 406.6, 443.6], ['务 机 构', 449.6, 486.7]], 9),
      ...at(731.8, [['71', 305.1, 315.0], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['71', 538.7, 548.7]], 9),
    ];
    expect(joined(lines(head)).slice(0, 2).map((l) => l.map((i) => i.text))).toEqual([
      ['商业', '科研', '社会公', '法律服'],
      ['企业', '机构', '益组织', '务机构'],
    ]);
  });
});

describe('characters evenly spaced that are headings a character a column stay apart', () => {
  it('two characters over no column of figures (right of the last) are no heading spread within one', () => {
    const head = [
      ...at(762.6, [['商', 331.1, 340.1], ['业', 353.8, 362.8], ['备', 560.0, 569.0], ['注', 600.0, 609.0]], 9),
      ...at(731.8, [['71', 305.1, 315.0], ['0', 344.4, 349.4], ['0', 382.2, 387.2], ['0', 422.6, 427.6], ['0', 465.7, 470.7], ['0', 505.2, 510.2], ['71', 538.7, 548.7]], 9),
    ];
    expect(joined(lines(head))[0]!.map((i) => i.text)).toEqual(['商业', '备', '注']);
  });

  it('narrow columns of one width, text at their left, the figures under them (a 公文\'s 16 pt, pingtan-police-2024)', () => {
    const head = [
      ...at(671.3, [['结', 90.1, 106.1], ['结', 119.3, 135.3], ['其', 148.4, 164.4], ['尚', 177.5, 193.5], ['诉', 228.5, 244.5]], 16),
      ...at(643.3, [['果', 90.1, 106.1], ['果', 119.3, 135.3], ['他', 148.4, 164.4], ['未', 177.5, 193.5], ['总', 206.7, 222.7], ['结', 228.5, 244.5], ['结', 257.7, 273.7], ['其', 286.8, 302.8], ['尚', 316.0, 332.0], ['结', 367.0, 383.0], ['结', 396.1, 412.1], ['其', 425.2, 441.2], ['尚', 454.4, 470.4]], 16),
      ...at(615.3, [['维', 90.1, 106.1], ['纠', 119.3, 135.3], ['结', 148.4, 164.4], ['审', 177.5, 193.5], ['计', 206.7, 222.7], ['果', 228.5, 244.5], ['果', 257.7, 273.7], ['他', 286.8, 302.8], ['未', 316.0, 332.0], ['总', 345.1, 361.1], ['果', 367.0, 383.0], ['果', 396.1, 412.1], ['他', 425.2, 441.2], ['未', 454.4, 470.4], ['总', 483.5, 499.5]], 16),
      ...at(531.3, [['0', 90.1, 100.3], ['0', 119.3, 129.5], ['0', 148.4, 158.6], ['0', 177.5, 187.7], ['0', 206.7, 216.9], ['0', 228.5, 238.7], ['0', 257.7, 267.9], ['0', 286.8, 297.0], ['0', 316.0, 326.2], ['0', 345.1, 355.3], ['0', 367.0, 377.2], ['0', 396.1, 406.3], ['0', 425.2, 435.4], ['0', 454.4, 464.6], ['0', 483.5, 493.7]], 16),
    ];
    expect(texts(joined(lines(head)))).toEqual(texts(lines(head)));
  });

  it('headings centred over figures set at the right, 总计\'s columns narrower, a column empty on a line ("尚 … 结") (fixtures/readers/pdf/libreoffice-borderless-figures-right-line-pingtan-police-2021)', () => {
    const head = [
      ...at(546.2, [['结', 227.7, 238.2], ['结', 259.4, 269.9], ['其', 291.1, 301.6], ['尚', 322.8, 333.3], ['结', 378.2, 388.7], ['结', 409.8, 420.3], ['其', 441.5, 452.0], ['尚', 473.2, 483.7]]),
      ...at(532.4, [['果', 227.7, 238.2], ['果', 259.4, 269.9], ['他', 291.1, 301.6], ['未', 322.8, 333.3], ['总', 350.5, 361.0], ['果', 378.2, 388.7], ['果', 409.8, 420.3], ['他', 441.5, 452.0], ['未', 473.2, 483.7], ['总', 500.9, 511.4]]),
      ...at(518.7, [['维', 227.7, 238.2], ['纠', 259.4, 269.9], ['结', 291.1, 301.6], ['审', 322.8, 333.3], ['计', 350.5, 361.0], ['维', 378.2, 388.7], ['纠', 409.8, 420.3], ['结', 441.5, 452.0], ['审', 473.2, 483.7], ['计', 500.9, 511.4]]),
      ...at(504.9, [['持', 227.7, 238.2], ['正', 259.4, 269.9], ['果', 291.1, 301.6], ['结', 322.8, 333.3], ['持', 378.2, 388.7], ['正', 409.8, 420.3], ['果', 441.5, 452.0], ['结', 473.2, 483.7]]),
      ...at(491.0, [['0', 236.4, 243.4], ['0', 268.1, 275.1], ['0', 299.8, 306.8], ['0', 331.5, 338.5], ['0', 355.2, 362.2], ['0', 386.9, 393.9], ['0', 418.5, 425.5], ['0', 450.2, 457.2], ['0', 481.9, 488.9], ['0', 505.7, 512.7]]),
    ];
    expect(texts(joined(lines(head)))).toEqual(texts(lines(head)));
  });

  it('headings closing a page, their figures on the next: the first line of each alone, nothing spread (a 公文\'s 16 pt, text at the left)', () => {
    // (fixtures/readers/pdf/libreoffice-borderless-left-gongwen-16-line-pingtan-econdev-2022, page 7's foot:
    // 行政复议's headings start a line above 行政诉讼's.)
    const foot = [
      ...at(167.3, [['行政复议', 72.1, 136.1], ['行政诉讼', 222.5, 286.5]], 16),
      ...at(139.3, [['结', 72.1, 88.1], ['结', 103.8, 119.8], ['其', 135.5, 151.5], ['尚', 167.1, 183.1], ['总', 198.8, 214.8]], 16),
      ...at(111.3, [['果', 72.1, 88.1], ['果', 103.8, 119.8], ['他', 135.5, 151.5], ['未', 167.1, 183.1], ['计', 198.8, 214.8], ['结', 222.5, 238.5], ['结', 254.2, 270.2], ['其', 285.9, 301.9], ['尚', 317.6, 333.6]], 16),
    ];
    expect(texts(joined(lines(foot)))).toEqual(texts(lines(foot)));
  });

  it('a block heading spread closing a page, its block on the next, is joined where one over its figures stands the same', () => {
    const page = [
      ...block,
      ...at(131.2, [['行', 72.1, 82.6], ['政', 120.4, 130.9], ['许', 168.7, 179.2], ['可', 217.0, 227.5], ['4529', 361.5, 389.5]]),
      ...at(60.0, [['第', 72.1, 82.6], ['二', 125.8, 136.3], ['十', 179.6, 190.1], ['条', 233.3, 243.8], ['第', 287.1, 297.6], ['（', 340.7, 351.2], ['八', 394.6, 405.1], ['）', 448.3, 458.8], ['项', 502.1, 512.6]]),
    ];
    const out = joined(lines(page));
    expect(out[out.length - 1]!.map((i) => i.text)).toEqual(['第二十条第（八）项']);
  });
});

describe('spread text closing a page, its figures on the next', () => {
  // Table 二's first block heading and header closing page 1 (ds: pingtan-2023, borders off, labels spread),
  // no figure under them there: its rows open page 2, where the next blocks' headings stand alike over theirs.
  const foot = [
    ...at(98.5, [['第', 72.1, 82.6], ['二', 125.8, 136.3], ['十', 179.6, 190.1], ['条', 233.3, 243.8], ['第', 287.1, 297.6], ['（', 340.7, 351.2], ['一', 394.5, 405.0], ['）', 448.2, 458.7], ['项', 502.0, 512.5]]),
    ...at(84.7, [['信', 72.1, 82.6], ['息', 120.4, 130.9], ['内', 168.7, 179.2], ['容', 217.0, 227.5], ['本 年 制 发 件 数', 238.4, 322.6], ['本 年', 333.4, 358.6], ['废', 362.9, 373.4], ['止 件 数', 377.6, 417.6], ['现 行 有 效 件 数', 428.4, 512.6]]),
  ];

  it('is one piece each where the next page shows the same runs over figures (each character where theirs stand), the column headings too', () => {
    let asked = 0;
    const next = (): SpreadSigns => {
      asked++;
      return spreadSigns(lines(block));
    };
    const out = joinSpread(lines(foot), () => undefined, next);
    expect(out.map((l) => l.map((i) => i.text))).toEqual([
      ['第二十条第（一）项'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ]);
    expect(asked).toBe(1);
  });

  it('stays a character a piece on its own page alone, or where the next page\'s runs stand elsewhere', () => {
    const apart = [['第', '二', '十', '条', '第', '（', '一', '）', '项'], ['信', '息', '内', '容', '本 年 制 发 件 数', '本 年', '废', '止 件 数', '现 行 有 效 件 数']];
    expect(joined(lines(foot)).map((l) => l.map((i) => i.text))).toEqual(apart);
    // (The next page's block set 20 points further right: no run of its stands where these do.)
    const moved = block.map((i) => ({ ...i, x0: i.x0 + 20, x1: i.x1 + 20 }));
    expect(joinSpread(lines(foot), () => undefined, () => spreadSigns(lines(moved))).map((l) => l.map((i) => i.text))).toEqual(apart);
  });

  it('the next page is not asked where every run has figures after it', () => {
    let asked = 0;
    joinSpread(lines(block), () => undefined, () => {
      asked++;
      return new Map();
    });
    expect(asked).toBe(0);
  });
});

describe('column headings of one length, each spread over its column, the columns\' gaps no wider than their characters\'', () => {
  // Chromium, labels and headings justified to both edges, borders off, 16 pt (pingtan-2019, table 二 in the
  // 2019 format): 本年新制作数量 | 本年新公开数量 | 对外公开总数量 one evenly spread run over the three columns.
  const header = (text: string): TextItem[] => [
    ...at(721.3, [['第', 36.0, 48.3], ['二', 99.9, 112.1], ['十', 163.7, 175.9], ['条', 227.5, 239.7], ['第', 291.3, 303.5], ['（', 355.1, 367.3], ['一', 418.9, 431.1], ['）', 482.7, 494.9], ['项', 546.5, 558.7]], 12.25),
    ...at(696.7, [['信', 36.0, 48.3], ['息', 86.5, 98.8], ['内', 137.0, 149.3], [text, 187.5, 558.7]], 12.25),
    ...at(671.4, [['规', 36.0, 48.3], ['章', 187.5, 199.8], ['0', 258.5, 265.3], ['0', 378.1, 384.9], ['0', 497.8, 504.6]], 12.25),
    ...at(646.8, [['规', 36.0, 48.3], ['范', 73.9, 86.2], ['性', 111.8, 124.0], ['文', 149.7, 161.9], ['件', 187.5, 199.8], ['89', 255.1, 268.7], ['89', 374.7, 388.3], ['89', 494.4, 508.0]], 12.25),
  ];

  it('are a heading a column where the halfway points between the figures\' columns cut the run into parts of one length', () => {
    const out = joined(lines(header('容 本 年 新 制 作 数 量 本 年 新 公 开 数 量 对 外 公 开 总 数 量')));
    expect(out[1]!.map((i) => i.text)).toEqual(['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量']);
    // (Each over its column's figures: "0" within it.)
    const [, a, b, c] = out[1]!;
    for (const [h, x] of [[a!, 258.5], [b!, 378.1], [c!, 497.8]] as const) expect(h.x0 < x && x < h.x1).toBe(true);
    // The block heading from the labels' column over them all stays one.
    expect(out[0]!.map((i) => i.text)).toEqual(['第二十条第（一）项']);
  });

  it('stay one where a part would not stand across its column\'s middle: a label\'s last line beside the figures (ds: pingtan-2021)', () => {
    // 5.属于三类内部 | 事务信息 spread over the label's cell, under it the next rows' figures, the first line
    // of 1.本机关不掌握 with "1." where the labels stand.
    const page = [
      ...at(195.9, [['事', 213.8, 224.3], ['务', 236.2, 246.7], ['信', 258.6, 269.1], ['息', 281.0, 291.5]]),
      ...at(97.7, [['（', 151.8, 162.3], ['四', 165.3, 175.8], ['）', 178.9, 189.4], ['无', 192.4, 202.9]]),
      ...at(97.6, [['1.', 213.8, 224.3], ['22', 303.1, 317.1], ['0', 337.6, 344.6], ['0', 373.0, 380.0], ['0', 408.4, 415.4], ['0', 443.7, 450.7], ['3', 474.7, 481.7], ['25', 497.8, 511.8]]),
      ...at(97.2, [['本', 225.0, 235.5], ['机', 236.2, 246.7], ['关不', 247.4, 269.1], ['掌握', 269.8, 291.5]]),
    ];
    expect(joined(lines(page))[0]!.map((i) => i.text)).toEqual(['事务信息']);
  });

  it('a heading\'s first character set after the heading before, as far from it as that one\'s characters are apart, is its own heading\'s where that one stands centred over its figures with it', () => {
    // 本年增/减's "本" 15.4 points after 上一年项目数量's "量" (their gap), "年 增 / 减" 15.3 apart: one run
    // "上一年项目数量本" and one "年增/减" before (a table-label warning at each block); over three columns, and
    // over two (the block of 第（八）项, its columns of other widths).
    const three = [
      ...at(596.8, [['信', 36.0, 48.3], ['息', 86.5, 98.8], ['内', 137.0, 149.3], ['容 上 一 年 项 目 数 量 本', 187.5, 336.2], ['年', 351.6, 363.8], ['增', 379.1, 391.4], ['/', 406.7, 411.5], ['减 处', 426.8, 455.9], ['理', 464.2, 476.5], ['决', 484.8, 497.0], ['定', 505.4, 517.6], ['数', 525.9, 538.2], ['量', 546.5, 558.7]], 12.25),
      ...at(572.2, [['行', 36.0, 48.3], ['政', 86.5, 98.8], ['许', 137.0, 149.3], ['可', 187.5, 199.8], ['396', 251.7, 272.1], ['0', 378.1, 384.9], ['181', 491.0, 511.4]], 12.25),
    ];
    expect(joined(lines(three))[0]!.map((i) => i.text)).toEqual(['信息内容', '上一年项目数量', '本年增/减', '处理决定数量']);
    const two = [
      ...at(398.3, [['信', 36.0, 48.3], ['息', 86.5, 98.8], ['内', 137.0, 149.3], ['容 上 一 年 项 目 数 量 本', 187.5, 336.2], ['年', 381.5, 393.7], ['增', 439.0, 451.2], ['/', 496.5, 501.2], ['减', 546.5, 558.7]], 12.25),
      ...at(373.1, [['行政事业性收费', 75.1, 160.7], ['35', 255.1, 268.7], ['0', 438.0, 444.8]], 12.25),
    ];
    expect(joined(lines(two))[0]!.map((i) => i.text)).toEqual(['信息内容', '上一年项目数量', '本年增/减']);
  });

  it('stay one run where the parts would be of different lengths', () => {
    const out = joined(lines(header('容 本 年 新 制 作 数 量 本 年 新 公 开 数 量 对 外 公 开 数 量')));
    expect(out[1]!.map((i) => i.text)).toEqual(['信息内容', '本年新制作数量本年新公开数量对外公开数量']);
  });
});

describe('spread text on a hostile page', () => {
  it('a page of 200,000 characters evenly spaced, with figures under them, is read in one pass (joined lines, nothing lost)', () => {
    const page: TextItem[] = [];
    for (let l = 0; l < 1000; l++) {
      const y = 10_000 - l * 20;
      for (let c = 0; c < 200; c++) page.push(...at(y, [[String.fromCharCode(0x4e00 + c), 72 + c * 30, 82.5 + c * 30]]));
      if (l % 2 === 1) page.push(...at(y, [[String(l), 72 + 200 * 30, 72 + 200 * 30 + 14]]));
    }
    const out = joined(lines(page));
    expect(out).toHaveLength(1000);
    expect(out.flat().map((i) => i.text).join('').replace(/\d/g, '').length).toBe(200_000);
  });

  it('lines of 50,000 runs of two characters each, one under the other with the same ends: each run\'s neighbours looked up, not searched for', () => {
    // (Pairs 10 points apart, 30 between pairs: a run each. Whether a line beside holds a run of the same ends
    // is asked of every run.)
    const pairs = 50_000;
    const page: TextItem[] = [];
    for (const y of [1000, 986, 972]) for (let c = 0; c < pairs; c++) page.push(...at(y, [['一', 72 + c * 61, 82.5 + c * 61], ['二', 92.5 + c * 61, 103 + c * 61]]));
    const out = joined(lines(page));
    expect(out.map((l) => l.length)).toEqual([pairs * 2, pairs * 2, pairs * 2]);
  });

  it('a line of 250,000 characters evenly spaced beside one of 250,000 pieces of two starting where they do: each cut looked up, not searched for (nothing joined)', () => {
    // (Where a run crosses into the next cell is asked at each of its characters, of the lines beside it.)
    const n = 250_000;
    const page: TextItem[] = [];
    for (let c = 0; c < n; c++) {
      page.push(...at(1000, [['一', 72 + c * 20, 82.5 + c * 20]]));
      page.push(...at(986, [['二三', 72 + c * 20, 84 + c * 20]]));
    }
    const out = joined(lines(page));
    expect(out.map((l) => l.length)).toEqual([n, n]);
  });
});

describe('a label\'s last line of two characters or more, spread under a full line of it', () => {
  // (fixtures/readers/pdf/libreoffice-borderless-distributed-pingtan-police-2021, page 2: 1.信访举报投诉 | 类 申
  // 请, the row's figures on a line of their own between; 2.重复申请 under it; further down, （六）其他处理's 1.申请人
  // 无正当… with "无" a piece of its own among the label's.)
  const figures = (y: number): TextItem[] => at(y, [['0', 306.6, 313.6], ['0', 337.6, 344.6], ['0', 373.0, 380.0], ['0', 408.4, 415.4], ['0', 443.7, 450.7], ['0', 474.7, 481.7], ['0', 501.3, 508.3]], 11);
  const rows = [
    ...at(255.3, [['1.', 213.8, 224.3], ['信', 225.0, 235.5], ['访举', 236.2, 257.9], ['报', 258.6, 269.1], ['投', 269.8, 280.3], ['诉', 281.0, 291.5]]),
    ...figures(248.5),
    ...at(241.5, [['类', 213.8, 224.3], ['申', 247.4, 257.9], ['请', 281.0, 291.5]]),
    ...at(227.2, [['2.', 213.8, 224.3], ['重 复 申 请', 230.6, 291.5]]),
    ...figures(227.2),
    ...at(114.6, [['1.', 213.8, 224.3], ['申请人', 225.0, 257.9], ['无', 258.6, 269.1], ['正当', 269.8, 291.5]]),
    ...figures(114.6),
  ];

  it('is one piece as wide as the full line, "无" among a label\'s pieces further down no figure (the figures\' line is the nearest, not that one)', () => {
    const out = joined(lines(rows)).map((l) => l.filter((i) => !/^0$/.test(i.text)).map((i) => `${i.text}@${i.x0.toFixed(1)}-${i.x1.toFixed(1)}`));
    expect(out.filter((l) => l.length > 0)).toEqual([
      ['1.@213.8-224.3', '信@225.0-235.5', '访举@236.2-257.9', '报@258.6-269.1', '投@269.8-280.3', '诉@281.0-291.5'],
      ['类申请@213.8-291.5'],
      ['2.重复申请@226.4-278.9'],
      ['1.@213.8-224.3', '申请人@225.0-257.9', '无@258.6-269.1', '正当@269.8-291.5'],
    ]);
  });

  it('two characters under a full line of the same ends ("提 供" under "（ 四 ） 无 法", a browser\'s justified 9 pt) are one piece; under a shorter line, two', () => {
    // (chromium-borderless-justified-pingtan-2019, page 4: the group label （四）无法提供 wrapped in its narrow
    // column, its last line justified to both edges between the rows' lines.)
    const row = (y: number, label: [string, number, number][], n: string): TextItem[] => [
      ...at(y, label, 9),
      ...at(y, [[n, 297.3, 302.3], ['0', 334.7, 339.7], ['0', 373.5, 378.5], ['0', 416.5, 421.5], ['0', 463.6, 468.6], ['0', 505.2, 510.2], [n, 541.2, 546.2]], 9),
    ];
    const group = (first: [string, number, number]): TextItem[] => [
      ...row(536.0, [['1.', 155.4, 162.9], ['本机关不掌握相关政府信息', 163.5, 278.8]], '7'),
      ...at(524.8, [first], 9),
      ...row(518.8, [['2.', 155.4, 162.9], ['没有现成信息需要另行制作', 163.5, 278.8]], '0'),
      ...at(512.0, [['提', 99.4, 108.4], ['供', 140.4, 149.4]], 9),
      ...row(500.8, [['3.', 155.4, 162.9], ['补 正 后 申 请 内 容 仍 不 明 确', 164.4, 278.8]], '5'),
    ];
    const pieces = (items: TextItem[]): string[] => joined(lines(items)).flat().filter((i) => i.x1 < 150).map((i) => `${i.text}@${i.x0.toFixed(1)}-${i.x1.toFixed(1)}`);
    expect(pieces(group(['（ 四 ） 无 法', 99.4, 149.4]))).toEqual(['（ 四 ） 无 法@99.4-149.4', '提供@99.4-149.4']);
    expect(pieces(group(['（ 四 ） 无', 99.4, 138.4]))).toEqual(['（ 四 ） 无@99.4-138.4', '提@99.4-108.4', '供@140.4-149.4']);
  });

  it('closing a page, no figure after it ("事 项" under "8.属于行政查询"): one piece; alone, two', () => {
    // (libreoffice-borderless-distributed-seed-tianmen-2021, page 2's foot, the table going on on page 3.)
    const foot = (label: boolean): TextItem[] => [
      ...at(110.3, [['7.', 213.8, 224.3], ['属于行政执法案', 225.0, 291.5]]),
      ...figures(110.3),
      ...(label ? at(89.0, [['8.', 213.8, 224.3], ['属', 225.0, 235.5], ['于行政查询', 236.2, 291.5]]) : at(89.0, [['8.', 213.8, 224.3]])),
      ...figures(89.0),
      ...at(75.2, [['事', 213.8, 224.3], ['项', 281.0, 291.5]]),
    ];
    const last = (items: TextItem[]): string[] => joined(lines(items)).at(-1)!.map((i) => `${i.text}@${i.x0.toFixed(1)}-${i.x1.toFixed(1)}`);
    expect(last(foot(true))).toEqual(['事项@213.8-291.5']);
    expect(last(foot(false))).toEqual(['事@213.8-224.3', '项@281.0-291.5']);
  });
});

describe('a label spread left of the figures, stepping as they do', () => {
  it('is one label: only characters standing over the figures can be headings a character a column ("家 秘 密" 30.9 points apart beside figures 31 apart, a 公文\'s 16 pt)', () => {
    // (LibreOffice, borders off, 分散对齐, every run 16 pt — pingtan-2023's 1.属于国家秘密 beside its figures.)
    const rows = [
      ...at(579.6, [['（三）', 151.8, 203.0], ['1.', 213.8, 229.1], ['属', 233.8, 249.8], ['于 国', 254.6, 291.4]], 16),
      ...at(565.6, [['0', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['0', 499.7, 509.9]], 16),
      ...at(551.6, [['不', 151.8, 167.8], ['予', 169.4, 185.4], ['公', 187.0, 203.0], ['家', 213.8, 229.8], ['秘', 244.6, 260.6], ['密', 275.5, 291.5]], 16),
      // (The next row, 2.其他法律行政法规禁止公开, its figures in the middle of its lines.)
      ...at(523.6, [['开', 151.8, 167.8], ['2.', 213.8, 229.1], ['其 他 法', 233.8, 291.4]], 16),
      ...at(495.6, [['律', 213.8, 229.8], ['行 政', 234.3, 270.9], ['法', 275.4, 291.4]], 16),
      ...at(481.6, [['0', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['0', 499.7, 509.9]], 16),
    ];
    const out = joined(lines(rows)).map((l) => l.filter((i) => i.text !== '0').map((i) => i.text));
    expect(out.filter((l) => l.length > 0)).toEqual([['（三）', '1.属于国'], ['不', '予', '公', '家秘密'], ['开', '2.其他法'], ['律行政法']]);
    // (Over the figures, stepping as they do, the characters stay apart: headings a character a column.)
    const over = [
      ...at(579.6, [['结', 305.0, 321.0], ['其', 336.0, 352.0], ['尚', 367.0, 383.0]], 16),
      ...at(565.6, [['0', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 367.0, 377.2], ['0', 398.0, 408.2]], 16),
    ];
    expect(joined(lines(over))[0]!.map((i) => i.text)).toEqual(['结', '其', '尚']);
  });
});

describe('every line of a label spread over its cell', () => {
  it('two runs one over the other from the same end to the same end, as many characters each, stay as wide as the cell: full lines of one label ("7. 属 于 行" over "政 执 法 案", a 公文\'s 16 pt)', () => {
    // (LibreOffice, borders off, 分散对齐, every run 16 pt — pingtan-2024's 7.属于行政执法案卷, its figures on
    // its middle line, "卷" alone at the cell's left on the last.)
    const figures = (y: number): TextItem[] => at(y, [['0', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['0', 499.7, 509.9]], 16);
    const rows = [
      ...at(439.6, [['7.', 213.8, 229.1], ['属', 233.8, 249.8], ['于 行', 254.6, 291.4]], 16),
      ...at(411.6, [['政', 213.8, 229.8], ['执 法 案', 234.3, 291.4]], 16),
      ...figures(411.6),
      ...at(383.6, [['卷', 213.8, 229.8]], 16),
      ...at(355.6, [['8.', 213.8, 229.1], ['属', 233.8, 249.8], ['于 行', 254.6, 291.4]], 16),
      ...at(327.6, [['政', 213.8, 229.8], ['查 询', 234.3, 270.9], ['事', 275.4, 291.4]], 16),
      ...figures(327.6),
      ...at(299.6, [['项', 213.8, 229.8]], 16),
    ];
    const out = joined(lines(rows)).map((l) => l.filter((i) => i.text !== '0').map((i) => `${i.text}@${i.x0.toFixed(1)}-${i.x1.toFixed(1)}`));
    expect(out).toEqual([['7.属于行@213.8-291.4'], ['政执法案@213.8-291.4'], ['卷@213.8-229.8'], ['8.属于行@213.8-291.4'], ['政查询事@213.8-291.4'], ['项@213.8-229.8']]);
    // (Lines of other lengths between the same ends are other labels, each centred: "信 息 内 容" over "规 章".)
    const two = [...at(439.6, [['信', 72.1, 88.1], ['息', 118.6, 134.6], ['内', 165.1, 181.1], ['容', 211.6, 227.6]], 16), ...at(411.6, [['规', 72.1, 88.1], ['章', 211.6, 227.6]], 16), ...figures(411.6)];
    expect(joined(lines(two)).map((l) => l.filter((i) => i.text !== '0').map((i) => `${i.text}@${i.x0.toFixed(1)}-${i.x1.toFixed(1)}`))).toEqual([['信息内容@117.8-181.8'], ['规章@133.8-165.8']]);
  });
});

describe('a run crossing from one cell into the next', () => {
  it('is cut where the lines beside start a text, with the other cell\'s text between ("理 申 请": 理 of （五）不予处理, 申 请 of 1.信访举报投诉类申请, a 公文\'s 16 pt)', () => {
    // (LibreOffice, borders off, 分散对齐, every run 16 pt — pingtan-2022's （五）不予处理 and its first row,
    // the group label's last line and the row label's spread alike on one line, as far apart.)
    const figures = (y: number): TextItem[] => at(y, [['0', 305.0, 315.2], ['0', 336.0, 346.2], ['0', 371.4, 381.6], ['0', 406.8, 417.0], ['0', 442.1, 452.3], ['0', 473.1, 483.3], ['0', 499.7, 509.9]], 16);
    const rows = (groupLast: boolean): TextItem[] => [
      ...at(271.6, [['（', 151.8, 167.8], ['五', 169.4, 185.4], ['）', 187.0, 203.0], ['1.', 213.8, 229.1], ['信 访', 233.8, 270.6], ['举', 275.4, 291.4]], 16),
      ...at(243.6, [['不', 151.8, 167.8], ['予处', 169.4, 203.0], ['报', 213.8, 229.8], ['投 诉 类', 234.3, 291.4]], 16),
      ...figures(243.6),
      ...at(215.6, [...(groupLast ? [['理', 151.8, 167.8] as [string, number, number]] : []), ['申', 213.8, 229.8], ['请', 275.5, 291.5]], 16),
      ...at(187.6, [['2.', 213.8, 229.1], ['重', 233.8, 249.8], ['复 申', 254.6, 291.4]], 16),
      ...figures(173.6),
      ...at(159.6, [['请', 213.8, 229.8]], 16),
    ];
    const third = (items: TextItem[]): string[] => joined(lines(items))[2]!.map((i) => `${i.text}@${i.x0.toFixed(1)}-${i.x1.toFixed(1)}`);
    expect(third(rows(true))).toEqual(['理@151.8-167.8', '申请@236.7-268.6']);
    // (Alone on its line, the row label's last line is the same.)
    expect(third(rows(false))).toEqual(['申请@236.7-268.6']);
  });
});
