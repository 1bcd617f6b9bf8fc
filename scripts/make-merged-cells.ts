/**
 * Builds fixtures/merged-cells/ (issue #17: a table whose data row's merged cells do not line up with
 * its header's): the 2019-format corpus report pingtan-2019 as a web page (fixtures/readers/html), a
 * Word document (fixtures/readers/docx) and a workbook (fixtures/readers/xlsx), its table 二 written
 * again with distinct figures in the 第二十条第（五）（六）（八）项 blocks and merged cells laid out as real
 * pages lay them out:
 *
 * - `data-merged-first`: the header merges 本年增/减 over two grid columns, the data row merges its FIRST
 *   value instead (上一年项目数量 | 本年增/减 | 处理决定数量 over 1 | 2 | 1 columns, figures over 2 | 1 | 1);
 *   （八）项 merges both header and data cells in pairs (that one lines up);
 * - `header-merged-first`: the mirror — the header merges 上一年项目数量, the data row 本年增/减;
 * - `spacer`: a header cell over three columns and empty cells beside the figures (counted as spacers),
 *   misaligned and aligned;
 * - `ambiguous`: rows whose cells cannot be put under the header's one for one (fewer or more figures
 *   than header cells once merges and spacers are counted): they must stay unread (extract-failed), never
 *   guessed; the rows around them are read.
 *
 * Read by order, each figure belongs to the header cell in the same place in the row; every cell's
 * source is the cell the figure is written in. Each case folder holds input.html, input.docx,
 * input.xlsx and truth.json: every table-二 cell's value and the grid row and column (1-based) of the
 * cell it comes from (and its A1 address in the workbook), the rows that must stay unread and the
 * finding each gives. Everything else of the report is the corpus fixture's.
 *
 * Run through the test runner (no tsx here):  UPDATE_FIXTURES=1 npx vitest run tests/merged-cells.test.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { a1 } from '../src/model/location.js';
import { docxBytes } from './make-docx-paragraphs.js';

export const MERGED_CELLS = join(import.meta.dirname, '../fixtures/merged-cells');
const READERS = join(import.meta.dirname, '../fixtures/readers');
const BASE = 'pingtan-2019';

/** One cell of the table as written: its text, the grid columns it spans, the table-二 cell it holds. */
interface WCell {
  text: string;
  span?: number;
  /** `row.column` of the figure this cell holds (data cells only). */
  cell?: string;
}

type WRow = WCell[];

/** The figures of table 二 (pingtan-2019's, with distinct ones in the blocks the cases lay out). */
const FIGURES: Record<string, Record<string, number>> = {
  regulations: { made: 0, published: 0, total_published: 0 },
  normative_documents: { made: 89, published: 89, total_published: 89 },
  licensing: { previous_items: 5, change: -2, decisions: 3 },
  other_services: { previous_items: 12, change: 4, decisions: 7 },
  penalty: { previous_items: 31, change: -6, decisions: 9 },
  enforcement: { previous_items: 8, change: 1, decisions: 2 },
  fees: { previous_items: 35, change: -15 },
  procurement: { procurement_items: 135, procurement_amount: 75394432.52 },
};

const LABELS: Record<string, string> = {
  regulations: '规章',
  normative_documents: '规范性文件',
  licensing: '行政许可',
  other_services: '其他对外管理服务事项',
  penalty: '行政处罚',
  enforcement: '行政强制',
  fees: '行政事业性收费',
  procurement: '政府集中采购',
};

const HEAD: Record<string, string> = {
  made: '本年新制作数量',
  published: '本年新公开数量',
  total_published: '对外公开总数量',
  previous_items: '上一年项目数量',
  change: '本年增/减',
  decisions: '处理决定数量',
  procurement_items: '采购项目数量',
  procurement_amount: '采购总金额',
};

/** A header row: 信息内容, then each column's label over `spans[i]` grid columns. */
function header(columns: string[], spans: number[]): WRow {
  return [{ text: '信息内容' }, ...columns.map((c, i) => ({ text: HEAD[c]!, span: spans[i] ?? 1 }))];
}

/**
 * A data row: its label, then the figures in column order over `spans` grid columns each; `''` in
 * `layout` is an empty (spacer) cell, a number the index of the figure written there.
 */
function data(row: string, layout: (number | '')[], spans: number[]): WRow {
  const columns = Object.keys(FIGURES[row]!);
  return [
    { text: LABELS[row]! },
    ...layout.map((x, i): WCell => {
      const span = spans[i] ?? 1;
      if (x === '') return { text: '', span };
      const column = columns[x]!;
      return { text: String(FIGURES[row]![column]), span, cell: `${row}.${column}` };
    }),
  ];
}

const group = (label: string, span: number): WRow => [{ text: label, span }];
const plain = (row: string): WRow => data(row, Object.keys(FIGURES[row]!).map((_, i) => i), []);

/** Blocks （一） and （九） as the corpus page writes them. */
const ITEM1: WRow[] = [group('第二十条第（一）项', 4), header(['made', 'published', 'total_published'], []), plain('regulations'), plain('normative_documents')];
const ITEM9: WRow[] = [group('第二十条第（九）项', 4), header(['procurement_items', 'procurement_amount'], [1, 2]), data('procurement', [0, 1], [1, 2])];
const ITEM5 = '第二十条第（五）项';
const ITEM6 = '第二十条第（六）项';
const ITEM8 = '第二十条第（八）项';
const DECISIONS = ['previous_items', 'change', 'decisions'];
const FEES = ['previous_items', 'change'];

export interface MergedTruth {
  base: string;
  layout: string;
  /** Every table-二 cell read: `row.column` → its value and the cell it comes from (grid row and column, 1-based; A1 in the workbook). */
  cells: Record<string, { value: number; row: number; col: number; a1: string }>;
  /** Rows that must stay unread, with the extract-failed message each gives (figures found, header cells). */
  unread: Record<string, { messageId: 'tooFew' | 'tooMany'; found: number; cells: number }>;
}

interface Layout {
  name: string;
  rows: WRow[];
  unread?: MergedTruth['unread'];
}

const LAYOUTS: Layout[] = [
  {
    name: 'data-merged-first',
    rows: [
      ...ITEM1,
      group(ITEM5, 5),
      header(DECISIONS, [1, 2, 1]),
      data('licensing', [0, 1, 2], [2, 1, 1]),
      data('other_services', [0, 1, 2], [2, 1, 1]),
      group(ITEM6, 5),
      header(DECISIONS, [1, 2, 1]),
      data('penalty', [0, 1, 2], [2, 1, 1]),
      data('enforcement', [0, 1, 2], [2, 1, 1]),
      group(ITEM8, 5),
      header(FEES, [2, 2]),
      data('fees', [0, 1], [2, 2]),
      ...ITEM9,
    ],
  },
  {
    name: 'header-merged-first',
    rows: [
      ...ITEM1,
      group(ITEM5, 5),
      header(DECISIONS, [2, 1, 1]),
      data('licensing', [0, 1, 2], [1, 2, 1]),
      data('other_services', [0, 1, 2], [1, 2, 1]),
      group(ITEM6, 5),
      header(DECISIONS, [2, 1, 1]),
      data('penalty', [0, 1, 2], [1, 2, 1]),
      data('enforcement', [0, 1, 2], [1, 2, 1]),
      group(ITEM8, 4),
      header(FEES, [1, 2]),
      data('fees', [0, 1], [2, 1]),
      ...ITEM9,
    ],
  },
  {
    name: 'spacer',
    rows: [
      ...ITEM1,
      group(ITEM5, 6),
      header(DECISIONS, [1, 3, 1]),
      // The first figure over two columns, a spacer, then the others: 2 | 1 | 1 | 1 under 1 | 3 | 1.
      data('licensing', [0, '', 1, 2], [2, 1, 1, 1]),
      // Lines up, with spacers: each figure under its own header cell.
      data('other_services', [0, 1, '', '', 2], []),
      group(ITEM6, 6),
      header(DECISIONS, [2, 2, 1]),
      // 本年增/减 over columns 2–3 (across the header's 1–2 | 3–4), a spacer at 4.
      data('penalty', [0, 1, '', 2], [1, 2, 1, 1]),
      data('enforcement', [0, '', 1, '', 2], []),
      group(ITEM8, 4),
      header(FEES, [1, 1]),
      data('fees', [0, 1], []),
      ...ITEM9,
    ],
  },
  {
    name: 'ambiguous',
    rows: [
      ...ITEM1,
      group(ITEM5, 5),
      header(DECISIONS, [1, 2, 1]),
      // Two figures for three header cells: which one is missing cannot be told.
      data('licensing', [0, 2], [2, 1]),
      data('other_services', [0, 1, 2], [1, 2, 1]),
      group(ITEM6, 5),
      header(DECISIONS, [2, 1, 1]),
      data('penalty', [0, 2], [3, 1]),
      // Four figures for three header cells.
      [...data('enforcement', [0, 1, 2], []), { text: '6' }],
      group(ITEM8, 4),
      header(FEES, [1, 2]),
      data('fees', [0, 1], [1, 2]),
      ...ITEM9,
    ],
    unread: {
      licensing: { messageId: 'tooFew', found: 2, cells: 3 },
      penalty: { messageId: 'tooFew', found: 2, cells: 3 },
      enforcement: { messageId: 'tooMany', found: 4, cells: 3 },
    },
  },
];

/** Grid width of the table (its widest row). */
const widthOf = (rows: WRow[]): number => Math.max(...rows.map((r) => r.reduce((n, c) => n + (c.span ?? 1), 0)));

/** The first row of the table in the workbook's sheet (0-based): where the corpus fixture has table 二. */
const XLSX_TOP = 7;

function truthOf(l: Layout): MergedTruth {
  const cells: MergedTruth['cells'] = {};
  l.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      const unread = cell.cell !== undefined && l.unread?.[cell.cell.split('.')[0]!] !== undefined;
      if (cell.cell !== undefined && !unread) {
        const [rowId, colId] = cell.cell.split('.') as [string, string];
        cells[cell.cell] = { value: FIGURES[rowId]![colId]!, row: r + 1, col: c + 1, a1: a1(XLSX_TOP + r, c) };
      }
      c += cell.span ?? 1;
    }
  });
  return { base: BASE, layout: l.name, cells, unread: l.unread ?? {} };
}

// ---------------------------------------------------------------------------------------------
// The table as a web page's, a Word document's and a workbook's
// ---------------------------------------------------------------------------------------------

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlTable(rows: WRow[]): string {
  const trs = rows.map((row) => `<tr>${row.map((c) => `<td${(c.span ?? 1) > 1 ? ` colspan="${c.span}"` : ''}>${c.text === '' ? '&nbsp;' : escape(c.text)}</td>`).join('')}</tr>`);
  return `\n<tbody>\n${trs.join('\n')}\n</tbody>\n`;
}

/** The corpus page with table 二's rows replaced (the table element and its attributes kept). */
function htmlPage(rows: WRow[]): string {
  const page = readFileSync(join(READERS, 'html', `${BASE}.html`), 'utf8');
  const at = page.indexOf('二、主动公开政府信息情况');
  const open = page.indexOf('<table', at);
  const body = page.indexOf('>', open) + 1;
  const close = page.indexOf('</table>', body);
  if (at < 0 || open < 0 || close < 0 || !page.slice(body, close).includes('第二十条第（一）项')) throw new Error(`${BASE}.html: no table 二`);
  return page.slice(0, body) + htmlTable(rows) + page.slice(close);
}

function docxTable(rows: WRow[]): string {
  const cols = '<w:gridCol w:w="1200"/>'.repeat(widthOf(rows));
  const trs = rows.map((row) => {
    const tcs = row.map((c) => {
      const pr = (c.span ?? 1) > 1 ? `<w:tcPr><w:gridSpan w:val="${c.span}"/></w:tcPr>` : '';
      const p = c.text === '' ? '<w:p/>' : `<w:p><w:r><w:t xml:space="preserve">${escape(c.text)}</w:t></w:r></w:p>`;
      return `<w:tc>${pr}${p}</w:tc>`;
    });
    return `<w:tr>${tcs.join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${cols}</w:tblGrid>${trs.join('')}</w:tbl>`;
}

/** The corpus document's word/document.xml with table 二 (its first table) replaced. */
function docxDocument(rows: WRow[]): string {
  const zip = unzipSync(new Uint8Array(readFileSync(join(READERS, 'docx', `${BASE}.docx`))));
  const xml = strFromU8(zip['word/document.xml']!);
  const open = xml.indexOf('<w:tbl>');
  const close = xml.indexOf('</w:tbl>', open) + '</w:tbl>'.length;
  if (open < 0 || !xml.slice(open, close).includes('第二十条第（一）项')) throw new Error(`${BASE}.docx: no table 二`);
  return xml.slice(0, open) + docxTable(rows) + xml.slice(close);
}

/** A sheet's cells and merged areas, as SheetJS holds them. */
export interface SheetData {
  cells: Record<string, { t: string; v: string | number }>;
  merges: { s: { r: number; c: number }; e: { r: number; c: number } }[];
}

/** The corpus workbook's sheet with table 二 (rows 8–25, the same number of rows) written again. */
async function xlsxOf(rows: WRow[]): Promise<{ bytes: Uint8Array; sheet: SheetData }> {
  const XLSX = await import('xlsx');
  const wb = XLSX.read(readFileSync(join(READERS, 'xlsx', BASE, 'input.xlsx')));
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  const last = XLSX_TOP + rows.length - 1;
  if (!String(ws[a1(XLSX_TOP, 0)]?.v ?? '').includes('第二十条第（一）项') || !String(ws[a1(last, 0)]?.v ?? '').includes('政府集中采购')) throw new Error(`${BASE}/input.xlsx: table 二 is not at rows ${XLSX_TOP + 1}–${last + 1}`);
  const w = Math.max(widthOf(rows), 4);
  for (let r = XLSX_TOP; r <= last; r++) for (let c = 0; c < w; c++) delete ws[a1(r, c)];
  const merges = (ws['!merges'] ?? []).filter((m) => m.e.r < XLSX_TOP || m.s.r > last);
  rows.forEach((row, i) => {
    let c = 0;
    for (const cell of row) {
      const span = cell.span ?? 1;
      if (cell.text !== '') {
        const n = Number(cell.text);
        ws[a1(XLSX_TOP + i, c)] = Number.isFinite(n) ? { t: 'n', v: n } : { t: 's', v: cell.text };
      }
      if (span > 1) merges.push({ s: { r: XLSX_TOP + i, c }, e: { r: XLSX_TOP + i, c: c + span - 1 } });
      c += span;
    }
  });
  ws['!merges'] = merges;
  const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
  return { bytes, sheet: sheetData(XLSX.read(bytes)) };
}

/** The first sheet's cells (type and value) and merged areas, to compare workbooks by content. */
export function sheetData(wb: import('xlsx').WorkBook): SheetData {
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  const cells: SheetData['cells'] = {};
  for (const [k, v] of Object.entries(ws)) if (!k.startsWith('!')) cells[k] = { t: (v as { t: string }).t, v: (v as { v: string | number }).v };
  const merges = (ws['!merges'] ?? []).map((m) => ({ s: { r: m.s.r, c: m.s.c }, e: { r: m.e.r, c: m.e.c } }));
  return { cells, merges };
}

export interface MergedCase {
  name: string;
  html: string;
  /** word/document.xml of input.docx. */
  document: string;
  xlsx: Uint8Array;
  sheet: SheetData;
  truth: MergedTruth;
}

export async function buildMergedCells(): Promise<MergedCase[]> {
  const out: MergedCase[] = [];
  for (const l of LAYOUTS) {
    const { bytes, sheet } = await xlsxOf(l.rows);
    out.push({ name: l.name, html: htmlPage(l.rows), document: docxDocument(l.rows), xlsx: bytes, sheet, truth: truthOf(l) });
  }
  return out;
}

export async function writeMergedCells(root = MERGED_CELLS): Promise<MergedCase[]> {
  const cases = await buildMergedCells();
  for (const c of cases) {
    const dir = join(root, c.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'input.html'), c.html);
    writeFileSync(join(dir, 'input.docx'), docxBytes(c.document));
    writeFileSync(join(dir, 'input.xlsx'), c.xlsx);
    writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(c.truth, null, 2)}\n`);
  }
  return cases;
}
