/**
 * Page breaks that real department pages printed by Chromium at other margins put where the PDF reader once
 * read them wrong (pdf-tables.ts placeTables, tableGrid). Each fixture (fixtures/page-breaks/<case>, made by
 * scripts/make-page-break-pdfs.mjs from a corpus agency page) is read cell for cell as the corpus report, with
 * the corpus JSON's findings, in process and through the built CLI; the units show each rule on its own.
 *
 * - heading-above-table: section 三's heading at the top of a page just above table 三, table 二 ending the
 *   page before with the same outer edges. The heading is running text, not a merged label printed past the
 *   table's top, and table 三 is not table 二 going on (before: a false section-missing).
 * - group-label-cut-below: the break after table 三's first row of 三、本年度办理结果, the label's last
 *   character printed below the page's last ruling under its cell, which has text and spans one row there
 *   ("三、本年度办理结" | "果"). The table goes on when the cell's text, the text below and the next part's
 *   top cell in that column joined make an official label (before: every row of table 三 on the next page
 *   lost, cell-missing).
 * - header-corner-at-foot: table 三's header rows at the foot of a page, its corner note cell drawing no rule
 *   across there (no top border, its bottom on the next page): its outer side, touching no rule, is a column
 *   of the table beside it when the table's side next to it is as tall as the whole table (pdf-grid.ts
 *   tablesOf), so the part keeps its outer edges and the next page's part is joined (before: table 三's header
 *   lost, 50 cells unread).
 * - open-row-at-foot: table 四's first header row alone at the foot of a page, its top rule not drawn (the
 *   page's cells have no top border): a row with one rule, its sides and inner borders standing on it, is a
 *   table (pdf-grid.ts openRow), joined to the part on the next page (before: no table, the 行政复议 row of
 *   table 四 unread).
 * - column-heading-cut-below: table 四's headings cut by the break below the last ruling ("结果" | "纠正"):
 *   the text below alone may be a variant of the label the parts make ("纠正" of 结果纠正), never another
 *   label (before: taken for a label of its own, table 四's figures unread).
 * - A line of such a cut label that straddles the last ruling ("三、" | "本年", half below it, | "度办"; the
 *   header's "自" | "然" | "人", "总" | "计") is taken by its middle (before: left out, the label not whole and
 *   the table not joined, or joined with the line lost). Seen on held-out real pages; the units show it.
 * - Table 四 printed landscape by Chromium from real department pages (held out, at 15 mm): its header rows
 *   at the foot of a page, and (1) on the next page 行政诉讼's second header row and the figures with one rule
 *   between them and none above or below (the row of figures drawn without a bottom border): two rows with
 *   one rule, their sides and inner borders across it, are a table (openRow; before: no table, table 四
 *   unread); or (2) at the foot an empty box across the table, the top of the next header row whose text
 *   is all on the next page: not a row (before: a blank row between the header rows, 行政复议 unread). The
 *   committed pages printed landscape at nine margins break neither way: a small PDF of that geometry and
 *   the units show it.
 * - A row cut by the break with its 总计 below it (LibreOffice), whose label's part below alone is only like
 *   the official label the parts make ("2.申请人逾" | "期未按收费通知要求缴纳费用、…申请"): one row (before: two,
 *   the six figures blank). Seen on held-out real pages printed by LibreOffice; the tableGrid unit shows it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASES, PAGE_BREAKS, pageLines } from '../scripts/make-page-break-pdfs.mjs';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { readBytes } from '../src/check/bytes.js';
import { checkFile, readReport } from '../src/node/file.js';
import type { PageContent, TextItem } from '../src/readers/pdf-page.js';
import { pageTables } from '../src/readers/pdf-grid.js';
import { placeTables, tableGrid } from '../src/readers/pdf-tables.js';
import { startsSection } from '../src/readers/pdf-text.js';
import { diffAgainstTruth, loadTruth, reportCells } from './support/corpus.js';
import { buildPdf, textAt } from './support/pdf.js';
import { tablePart } from './support/pdf-parts.js';
import { tempDir } from './support/tmp.js';
import { findingKeys, requirePoppler } from './support/poppler.js';

const ROOT = join(import.meta.dirname, '..');

interface CaseJson {
  source: string;
  truth: string;
  corpus: string;
  breaks: Record<string, unknown>;
}


beforeAll(requirePoppler);

const cli = (...args: string[]): string => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(r.stderr).toBe('');
  return r.stdout;
};
const cliFindings = (f: string): Diagnostic[] => (JSON.parse(cli('check', f, '-f', 'json')) as { files: { diagnostics: Diagnostic[] }[] }).files[0]!.diagnostics;
type Cells = Record<string, Record<string, Record<string, unknown>>>;
const valueOf = (v: unknown): unknown => (v !== null && typeof v === 'object' && 'value' in v ? v.value : v);
const cliCells = (f: string): string[] =>
  Object.entries((JSON.parse(cli('convert', f, '--to', 'json')) as { tables: Cells }).tables)
    .flatMap(([t, rows]) => Object.entries(rows).flatMap(([r, cols]) => Object.entries(cols).map(([c, v]) => `${t}.${r}.${c}=${JSON.stringify(valueOf(v))}`)))
    .sort();

describe.each(CASES.map((c) => c.name))('fixtures/page-breaks/%s', (name) => {
  const dir = join(PAGE_BREAKS, name);
  const input = join(dir, 'input.pdf');
  const rel = `fixtures/page-breaks/${name}/input.pdf`;
  const meta = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as CaseJson;
  const c = CASES.find((x) => x.name === name)!;

  it('is what scripts/make-page-break-pdfs.mjs makes: the page breaks as the case says (pdftotext)', () => {
    expect(existsSync(input)).toBe(true);
    expect(meta).toMatchObject({ source: c.source, truth: c.truth, corpus: `fixtures/corpus/${c.truth}.json` });
    expect(c.breaks(pageLines(input))).toEqual(meta.breaks);
  });

  it('reads every cell equal to the truth and the corpus JSON, with the corpus JSON\'s findings (in process)', async () => {
    const report = await readReport(input);
    expect(report.reader).toBe('pdf');
    expect(diffAgainstTruth(report, loadTruth(meta.truth))).toEqual([]);
    expect(Object.fromEntries(reportCells(report))).toEqual(Object.fromEntries(reportCells(await readReport(join(ROOT, meta.corpus)))));
    const pdf = await checkFile(input);
    expect(pdf.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId} ${d.message}`)).toEqual(
      (await checkFile(join(ROOT, meta.corpus))).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId} ${d.message}`),
    );
    expect(findingKeys(pdf.diagnostics)).toEqual(findingKeys((await checkFile(join(ROOT, meta.corpus))).diagnostics));
  });

  it('through the built CLI: check gives the corpus JSON\'s findings, convert --to json its cells', () => {
    expect(findingKeys(cliFindings(rel))).toEqual(findingKeys(cliFindings(meta.corpus)));
    expect(cliCells(rel)).toEqual(cliCells(meta.corpus));
  });
});

/** A text item of one line, 12 points tall, at y (its bottom). */
const item = (text: string, x0: number, x1: number, y: number): TextItem => ({ text, x0, x1, y0: y, y1: y + 12, size: 12, font: 'F', vertical: false });

/**
 * A page with one ruled table of two columns (a label column 60–300, a value column 300–500) from y 700 down,
 * one row of 40 points per entry of `rows` (label, figure), and the items given besides.
 */
function page(n: number, rows: [string, string][], items: TextItem[]): PageContent {
  const top = 700;
  const ys = rows.map((_, i) => top - i * 40).concat(top - rows.length * 40);
  const rulings = [
    ...ys.map((at) => ({ horizontal: true, at, from: 60, to: 500 })),
    ...[60, 300, 500].map((at) => ({ horizontal: false, at, from: ys[ys.length - 1]!, to: top })),
  ];
  const cellItems = rows.flatMap(([label, figure], i) => [item(label, 70, 70 + label.length * 12, top - i * 40 - 26), item(figure, 310, 320, top - i * 40 - 26)]);
  return { page: n, width: 595, height: 842, items: [...cellItems, ...items], rulings, images: [] };
}

describe('a section heading between two tables (placeTables)', () => {
  it('startsSection: a section heading, or its start, numbered as one; never a row label numbered so', () => {
    expect(startsSection('三、收到和处理政府信息公开申请情况')).toBe(true);
    expect(startsSection('三、收到和处理政府信息公开申请情')).toBe(true);
    expect(startsSection('三、收到和处')).toBe(true);
    expect(startsSection('五、存在的主要问题及改进情况')).toBe(true);
    expect(startsSection('三、本年度办理结果')).toBe(false);
    expect(startsSection('三、本年')).toBe(false);
    expect(startsSection('四、结转下年度继续办理')).toBe(false);
    expect(startsSection('（一）予以公开')).toBe(false);
    expect(startsSection('三、收')).toBe(false);
  });

  it('the heading over the next page\'s label column is running text, and the table there starts a new group', () => {
    const first = page(1, [['行政许可', '0'], ['行政事业性收费', '0']], []);
    // At the top of page 2, just above its table (whose top label cell is empty, as table 三's corner cell
    // can be), a heading wrapped over two lines, over the label column.
    const heading = [item('三、收到和处理政府信息公开申请情', 80, 280, 720), item('况', 60, 72, 705)];
    const second = page(2, [['', ''], ['一、本年新收政府信息公开申请数量', '3']], heading);
    const { groups, outside } = placeTables([first, second], new Set());
    expect(groups.map((g) => g.length)).toEqual([1, 1]);
    expect(outside.get(2)).toEqual(heading);
    expect(groups[1]![0]!.table.cells[0]![0]!.text).toBe('');
    // A merged label printed past the top of the table going on (its cell there empty) is still taken into it.
    const label = [item('（四）无法提供', 80, 164, 720)];
    const cut = page(2, [['', '3'], ['', '0']], label);
    const joined = placeTables([first, cut], new Set());
    expect(joined.groups.map((g) => g.length)).toEqual([2]);
    expect(joined.outside.get(2)).toEqual([]);
    expect(joined.groups[0]![1]!.table.cells[0]![0]!.text).toBe('（四）无法提供');
  });
});

describe('a label cut by the break with its middle printed below the last ruling (placeTables)', () => {
  const groupsOf = (first: PageContent, second: PageContent): number[] => placeTables([first, second], new Set()).groups.map((g) => g.length);
  const rows = (label: string): [string, string][] => [['二、上年结转政府信息公开申请数量', '0'], [label, '3']];
  // The first table's bottom is at 620; an item 8 points below it, under the label cell.
  const below = (text: string): TextItem => item(text, 70, 70 + text.length * 12, 600);

  it('goes on when the cell, the text below and the next part\'s top cell make an official label', () => {
    const first = page(1, rows('三、本年度办理结'), [below('果')]);
    const { groups, outside } = placeTables([first, page(2, [['', '5'], ['', '0']], [])], new Set());
    expect(groups.map((g) => g.length)).toEqual([2]);
    expect(outside.get(1)).toEqual([]);
    expect(groups[0]![0]!.table.cells[1]![0]!.text).toBe('三、本年度办理结果');
    // The rest at the top of the next part: "三、" | "本年度办" | "理结果".
    expect(groupsOf(page(1, rows('三、'), [below('本年度办')]), page(2, [['理结果', '5'], ['', '0']], []))).toEqual([2]);
    // A column heading cut so: "自" | "然" | "人"; "结果" | "纠正", the part below alone a variant of the same label.
    expect(groupsOf(page(1, rows('自'), [below('然')]), page(2, [['人', '5'], ['', '0']], []))).toEqual([2]);
    expect(groupsOf(page(1, rows('结果'), [below('纠正')]), page(2, [['', '5'], ['', '0']], []))).toEqual([2]);
  });

  it('takes a line that straddles the last ruling, its middle below it ("三、" | "本年" half below | "度办" | "理结果")', () => {
    // The table's bottom is at 620: "本年" from 612 to 624, "度办" below it.
    const straddle = item('本年', 70, 94, 612);
    const first = page(1, rows('三、'), [straddle, below('度办')]);
    const { groups, outside } = placeTables([first, page(2, [['理结果', '5'], ['', '0']], [])], new Set());
    expect(groups.map((g) => g.length)).toEqual([2]);
    expect(outside.get(1)).toEqual([]);
    expect(groups[0]![0]!.table.cells[1]![0]!.text).toBe('三、本年度办');
    // Only that line below the table ("自" | "然" half below | "人"), where the table is last on its page anyway.
    const alone = placeTables([page(1, rows('自'), [item('然', 70, 82, 612)]), page(2, [['人', '5'], ['', '0']], [])], new Set());
    expect(alone.groups.map((g) => g.length)).toEqual([2]);
    expect(alone.groups[0]![0]!.table.cells[1]![0]!.text).toBe('自然');
    expect(alone.outside.get(1)).toEqual([]);
  });

  it('never otherwise: text below that completes no label, or that is a label of its own', () => {
    // A note below the table.
    expect(groupsOf(page(1, rows('三、本年度办理结'), [below('注：本表')]), page(2, [['', '5'], ['', '0']], []))).toEqual([1, 1]);
    // The label below and the next part's top cell do not make one label.
    expect(groupsOf(page(1, rows('三、'), [below('本年度办')]), page(2, [['（二）部分公开', '5'], ['', '0']], []))).toEqual([1, 1]);
    // A row label of its own below the table (a table drawn without its last rules), not the rest of the cell's.
    expect(groupsOf(page(1, rows('三、本年度办理结果'), [below('行政事业性收费')]), page(2, [['', '5'], ['', '0']], []))).toEqual([1, 1]);
  });
});

describe('a cell with no rule across at a page\'s foot beside a table no taller than a row (pdf-grid.ts tablesOf)', () => {
  const v = (at: number, from: number, to: number) => ({ horizontal: false, at, from, to });
  const h = (at: number, from: number, to: number) => ({ horizontal: true, at, from, to });
  // The corner cell 50–290 from 102 to 180, shorter than a tall row (no top rule drawn, its bottom on the next page); beside it the
  // header: 申请人情况 290–500 over 自然人 | 法人或其他组织 | 总计, the rule under 申请人情况 at 143, the one under
  // 法人或其他组织 at 103 (自然人 and 总计 go on to the next page).
  const header = [v(290, 102, 180), v(500, 102, 180), v(320, 102, 143), v(467, 102, 143), h(143, 290, 500), h(103, 320, 467)];
  const texts = [item('（本列数据的勾稽关系为）', 60, 280, 150), item('申请人情况', 370, 430, 160), item('自然', 295, 315, 120), item('法人或其他组织', 360, 430, 120)];

  it('is a column of that table when the side beside it is as tall as the whole table', () => {
    const { tables, outside } = pageTables([v(50, 102, 180), ...header], texts);
    expect(tables).toHaveLength(1);
    expect([tables[0]!.x0, tables[0]!.x1]).toEqual([50, 500]);
    expect(tables[0]!.cells[0]![0]!.text).toBe('（本列数据的勾稽关系为）');
    expect(outside).toEqual([]);
  });

  it('not when it is not as tall as that side', () => {
    const { tables } = pageTables([v(50, 120, 180), ...header], texts);
    expect(tables.map((t) => [t.x0, t.x1])).toEqual([[290, 500]]);
  });
});

describe('a row with one rule at a page\'s foot, its top not drawn (pdf-grid.ts openRow)', () => {
  const v = (at: number, from: number, to: number) => ({ horizontal: false, at, from, to });
  const h = (at: number, from: number, to: number) => ({ horizontal: true, at, from, to });
  const texts = [item('行政复议', 120, 168, 90), item('行政诉讼', 340, 388, 90)];

  it('is a table of one row: its sides and inner border standing on its rule', () => {
    const { tables, outside } = pageTables([h(80, 60, 510), v(60, 80, 119), v(215, 80, 119), v(510, 80, 119)], texts);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.cells.map((r) => r.map((c) => c.text))).toEqual([['行政复议', '行政诉讼']]);
    expect(outside).toEqual([]);
  });

  it('not a rule with one side, with lines of other lengths, or with lines taller than a row', () => {
    expect(pageTables([h(80, 60, 510), v(60, 80, 119)], texts).tables).toEqual([]);
    expect(pageTables([h(80, 60, 510), v(60, 80, 119), v(510, 80, 100)], texts).tables).toEqual([]);
    expect(pageTables([h(80, 60, 510), v(60, 80, 300), v(510, 80, 300)], texts).tables).toEqual([]);
    // The rule not at the lines' end (a line across them): no row.
    expect(pageTables([h(100, 60, 510), v(60, 80, 119), v(510, 80, 119)], texts).tables).toEqual([]);
  });
});

describe('the rest of table 四 at a page\'s top, one rule between its two rows, neither its top nor its bottom drawn (openRow)', () => {
  const v = (at: number, from: number, to: number) => ({ horizontal: false, at, from, to });
  const h = (at: number, from: number, to: number) => ({ horizontal: true, at, from, to });
  // 行政诉讼's second header row over the figures (Chromium, landscape): the verticals of the two rows are
  // drawn cell by cell and join into lines across the rule.
  const xs = [180, 212, 244, 276];
  const texts = [item('结果维持', 182, 210, 520), item('结果纠正', 214, 242, 520), item('总计', 246, 274, 520), item('0', 190, 196, 485), item('0', 222, 228, 485), item('0', 254, 260, 485)];

  it('is a table of two rows: its sides and inner borders across the rule', () => {
    const { tables, outside } = pageTables([h(505, 180, 276), ...xs.flatMap((x) => [v(x, 505, 554), v(x, 474, 505)])], texts);
    expect(tables.map((t) => t.cells.map((r) => r.map((c) => c.text)))).toEqual([
      [
        ['结果维持', '结果纠正', '总计'],
        ['0', '0', '0'],
      ],
    ]);
    expect(outside).toEqual([]);
  });

  it('not a box of two sides with a rule across, nor rows taller than a row', () => {
    expect(pageTables([h(505, 180, 276), v(180, 474, 554), v(276, 474, 554)], texts).tables).toEqual([]);
    expect(pageTables([h(505, 180, 276), ...xs.map((x) => v(x, 300, 554))], texts).tables).toEqual([]);
  });
});

describe('table 四 over a break, its rest at the next page\'s top with no rule above or below it: a PDF read through', () => {
  // As a department page printed landscape broke it (Chromium; its cells' borders collapsed, the row of
  // figures with no bottom border): the two header rows at the foot of page 1; on page 2 行政诉讼's
  // second header row and the figures, the cells' sides drawn, one rule between the rows.
  const X = Array.from({ length: 16 }, (_, i) => 50 + i * 32);
  const line = (x1: number, y1: number, x2: number, y2: number): string => `${x1} ${y1} m ${x2} ${y2} l S`;
  const HEADS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const FIGURES = [2, 1, 0, 0, 3, 1, 0, 0, 1, 2, 0, 1, 0, 0, 1];
  const at = (c: number, y: number, text: string): string => textAt(X[c]! + 2, y, text, { size: 6 });
  const page1 = [
    textAt(72, 790, '某某县人民政府办公室2023年政府信息公开工作年度报告', { size: 16 }),
    textAt(50, 170, '四、政府信息公开行政复议、行政诉讼情况', { size: 12 }),
    '0.5 w',
    ...[150, 116, 81].map((y) => line(X[0]!, y, X[15]!, y)),
    ...[0, 5, 15].map((c) => line(X[c]!, 116, X[c]!, 150)),
    ...X.filter((_, c) => c <= 5 || c === 10 || c === 15).map((x) => line(x, 81, x, 116)),
    at(1, 130, '行政复议'),
    at(9, 130, '行政诉讼'),
    ...HEADS.map((h, c) => at(c, 95, h)),
    at(6, 95, '未经复议直接起诉'),
    at(11, 95, '复议后起诉'),
  ];
  const page2 = [
    '0.5 w',
    line(X[0]!, 505, X[15]!, 505),
    ...X.flatMap((x) => [line(x, 505, x, 554), line(x, 474, x, 505)]),
    ...[...HEADS, ...HEADS].map((h, k) => at(5 + k, 525, h)),
    ...FIGURES.map((f, c) => at(c, 485, String(f))),
    textAt(50, 440, '五、存在的主要问题及改进情况', { size: 12 }),
  ];
  const bytes = (): Uint8Array => buildPdf([{ content: page1.join('\n') }, { content: page2.join('\n') }]);

  it('every cell of table 四 read where it stands, in process and through the CLI', async () => {
    const t4 = (await readBytes('report.pdf', bytes())).tables.t4!;
    const rows = ['review', 'suit_direct', 'suit_after_review'];
    const cols = ['upheld', 'corrected', 'other', 'pending', 'total'];
    const want = Object.fromEntries(rows.flatMap((r, g) => cols.map((c, k) => [`${r}.${c}`, FIGURES[g * 5 + k]])));
    expect(Object.fromEntries(Object.entries(t4.cells).map(([k, v]) => [k, v.kind === 'number' ? v.value : v]))).toEqual(want);
    const file = join(tempDir('gongkai-pdf-t4-'), 'report.pdf');
    writeFileSync(file, bytes());
    expect(cliFindings(file).filter((d) => d.location.table === 't4' && d.severity === 'error')).toEqual([]);
    expect(cliCells(file).filter((c) => c.startsWith('t4.'))).toEqual(Object.entries(want).map(([k, v]) => `t4.${k}=${v}`).sort());
  });
});

describe('an empty row at the foot of a part, the rest of the table on the next page (tableGrid)', () => {
  const XS = [50, 150, 250];
  const texts = (rows: ({ text: string } | undefined)[][]): string[][] => rows.map((r) => r.map((c) => c?.text ?? ''));

  it('is the top of the next row, cut by the break with all its text below it: not a row (Chromium, landscape: table 四)', () => {
    // Below the break each group's headings under its heading above it, then the figures.
    const grid = tableGrid(
      [tablePart(7, [['行政复议', '行政诉讼'], ['', '']], XS, 120, 30), tablePart(8, [['结果维持', '总计', '结果维持', '总计'], ['0', '0', '0', '0']], [50, 100, 150, 200, 250], 550, 30)],
      4,
    );
    expect(texts(grid.rows)).toEqual([
      ['行政复议', '行政复议', '行政诉讼', '行政诉讼'],
      ['结果维持', '总计', '结果维持', '总计'],
      ['0', '0', '0', '0'],
    ]);
    // The rows' sources follow: the part's rows number on from the rows kept.
    expect(grid.rows[1]![0]!.source).toMatchObject({ page: 8, row: 2 });
  });

  it('an empty row in the middle of a part stays (a blank row of figures is the report\'s)', () => {
    const grid = tableGrid([tablePart(7, [['行政复议', '行政诉讼'], ['', ''], ['0', '0']], XS, 120, 30)], 4);
    expect(texts(grid.rows)).toHaveLength(3);
  });
});

describe('a row cut by the break whose label\'s part below is only like the row the parts make (tableGrid)', () => {
  // Columns: group label, row label, two figures, 总计.
  const XS = [50, 110, 250, 290, 330, 370];
  const texts = (rows: ({ text: string } | undefined)[][]): string[][] => rows.map((r) => r.map((c) => c?.text ?? ''));

  it('is one row: the label joined, the 总计 taken into its empty cell', () => {
    const grid = tableGrid(
      [
        tablePart(6, [['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '0', '0', '0'], ['^', '2.申请人逾', '0', '0', '']], XS, 800, 40),
        tablePart(7, [['', '期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '', '', '0'], ['^', '3.其他', '0', '0', '0']], XS, 800, 40),
      ],
      3,
    );
    expect(texts(grid.rows)).toEqual([
      ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '0', '0', '0'],
      ['（六）其他处理', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '0', '0', '0'],
      ['（六）其他处理', '3.其他', '0', '0', '0'],
    ]);
  });

  it('a row of its own stays one: the part below is an official label as it is', () => {
    const x4 = XS.slice(0, 5);
    const grid = tableGrid([tablePart(2, [['规章', '', '', '5']], x4, 800, 40), tablePart(3, [['行政规范性文件', '2', '1', '']], x4, 800, 40)], 1);
    expect(texts(grid.rows)).toEqual([
      ['规章', '', '', '5'],
      ['行政规范性文件', '2', '1', ''],
    ]);
  });
});
