/**
 * Builds fixtures/readers/exports/<case>/: "Excel" files as web systems (OA and 政务 systems,
 * 信息公开平台) and older Excel versions write them, from the real reports of fixtures/corpus-pages:
 *
 * - `excel-web-page-gbk`: a sheet saved by Excel as a web page (`<html xmlns:o="urn:schemas-microsoft-
 *   com:office:office" xmlns:x=…>`, ProgId Excel.Sheet, mso styles, x:num cells, a hidden sizing row),
 *   GB2312 declared in a meta tag, GBK bytes, named .xls. The whole report is in the sheet's cells.
 * - `oa-export-gbk-no-meta`: a web system's export: bare `<table border="1">`s after blank lines, no
 *   `<html>`, no meta charset, GBK bytes, named .xls. One table per sheet of a three-sheet workbook.
 * - `site-page-utf8-bom`: a government site's page saved with a UTF-8 BOM and named .xlsx.
 * - `spreadsheet-2003`: XML Spreadsheet 2003 (`<?xml?><?mso-application progid="Excel.Sheet"?>
 *   <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">`), UTF-8, merged cells, R1C1
 *   SUM formulas with their saved values, named .xls.
 * - `spreadsheet-2003-gbk`: the same form declared `encoding="gb2312"`, GBK bytes, after blank lines.
 *
 * Each case folder holds input.<ext> and case.json: the corpus entry, the form, the cells changed on
 * purpose, the position of every table cell, and every finding checking the file must give (rule,
 * severity and where). Run through the test runner (no tsx here):
 *   UPDATE_FIXTURES=1 npx vitest run tests/readers-edge.test.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { a1 } from '../src/model/location.js';
import type { Layout, LayoutCell } from '../src/renderers/template.js';
import { encodeLegacy } from '../tests/support/legacy-encodings.js';
import { loadTruth } from '../tests/support/corpus.js';
import { publishedFromCorpus, toHtml } from '../tests/support/publish.js';
import { arrange, FIXTURES } from './make-sheet-fixtures.js';

export const EXPORTS = join(FIXTURES, 'exports');

/** A finding the case must give: rule, severity, and its place (`table 1 row 12 col 4`, `表三!D7`, a section id, or '' for the file). */
export interface ExpectedFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  at: string;
}

export interface ExportMeta {
  truth: string;
  form: string;
  /** The reader that must read it. */
  reader: 'html' | 'xlsx';
  /** Cells changed on purpose: cell id → value written. */
  changed: Record<string, number>;
  /** Position of every table cell in the file. */
  cells: Record<string, string>;
  /** Every finding, in any order. */
  findings: ExpectedFinding[];
}

export interface BuiltExport {
  name: string;
  file: string;
  bytes: Uint8Array;
  meta: ExportMeta;
}

interface Sheet {
  sheet: string;
  layout: Layout;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xesc = (s: string): string => esc(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');

function width(l: Layout): number {
  return Math.max(1, ...l.rows.map((r) => r.length), ...l.merges.map((m) => m.c1 + 1));
}

/** Top-left merges by position, and the positions a merge covers (not its top-left). */
function mergeMaps(l: Layout): { span: Map<string, { rs: number; cs: number }>; covered: Set<string> } {
  const span = new Map<string, { rs: number; cs: number }>();
  const covered = new Set<string>();
  for (const m of l.merges) {
    span.set(`${m.r0},${m.c0}`, { rs: m.r1 - m.r0 + 1, cs: m.c1 - m.c0 + 1 });
    for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) covered.add(`${r},${c}`);
  }
  return { span, covered };
}

/** The value of a layout cell as Excel displays it. */
function shown(cell: LayoutCell | undefined): string {
  if (!cell) return '';
  if ('text' in cell) return cell.text;
  return cell.number === undefined ? '' : String(cell.number);
}

/** The rows of a layout as HTML `<tr>`s, Excel's way (`excel`) or a web system's plain way. */
function htmlRows(l: Layout, excel: boolean): string[] {
  const { span, covered } = mergeMaps(l);
  const w = width(l);
  const out: string[] = [];
  const rows = Math.max(l.rows.length, ...l.merges.map((m) => m.r1 + 1));
  for (let r = 0; r < rows; r++) {
    const tds: string[] = [];
    for (let c = 0; c < w; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = l.rows[r]?.[c];
      const s = span.get(`${r},${c}`);
      const spans = `${s && s.rs > 1 ? ` rowspan=${excel ? s.rs : `"${s.rs}"`}` : ''}${s && s.cs > 1 ? ` colspan=${excel ? s.cs : `"${s.cs}"`}` : ''}`;
      const text = shown(cell);
      if (excel) {
        const isNumber = cell !== undefined && !('text' in cell);
        const fmla = cell && 'formula' in cell ? ` x:fmla="=${cell.formula}"` : '';
        const cls = isNumber ? 'xl67' : text.length > 40 ? 'xl66' : 'xl65';
        tds.push(`<td${spans} class=${cls}${isNumber ? ' align=right x:num' : ''}${fmla}>${text === '' ? '' : esc(text).replace(/\n/g, '<br>\n  ')}</td>`);
      } else {
        tds.push(`<td${spans}>${text === '' ? '&nbsp;' : esc(text).replace(/\n/g, '<br/>')}</td>`);
      }
    }
    out.push(excel ? ` <tr height=19 style='height:14.25pt'>\n  ${tds.join('\n  ')}\n </tr>` : `<tr>${tds.join('')}</tr>`);
  }
  return out;
}

/** A sheet as Excel 2016 saves it with "Save as web page" (one sheet, the file a web system serves as .xls). */
export function excelWebPage(s: Sheet, charset: string): string {
  const w = width(s.layout);
  return `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=${charset}">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link rel=File-List href="${esc(s.sheet)}.files/filelist.xml">
<style id="${esc(s.sheet)}_7713_Styles">
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
.xl65
	{mso-style-parent:style0;
	font-family:宋体;
	mso-font-charset:134;
	border:.5pt solid windowtext;}
.xl66
	{mso-style-parent:style0;
	white-space:normal;
	border:.5pt solid windowtext;}
.xl67
	{mso-style-parent:style0;
	mso-number-format:"0_ ";
	border:.5pt solid windowtext;}
-->
</style>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>${esc(s.sheet)}</x:Name>
    <x:WorksheetOptions>
     <x:DefaultRowHeight>285</x:DefaultRowHeight>
     <x:Selected/>
     <x:ProtectContents>False</x:ProtectContents>
     <x:ProtectObjects>False</x:ProtectObjects>
     <x:ProtectScenarios>False</x:ProtectScenarios>
    </x:WorksheetOptions>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
  <x:WindowHeight>12585</x:WindowHeight>
  <x:WindowWidth>28800</x:WindowWidth>
  <x:ProtectStructure>False</x:ProtectStructure>
  <x:ProtectWindows>False</x:ProtectWindows>
 </x:ExcelWorkbook>
</xml><![endif]-->
</head>

<body link="#0563C1" vlink="#954F72">
<div id="${esc(s.sheet)}_7713" align=center x:publishsource="Excel">

<table border=0 cellpadding=0 cellspacing=0 width=${72 * w} style='border-collapse:
 collapse;table-layout:fixed;width:${54 * w}pt'>
 <col width=72 span=${w} style='width:54pt'>
${htmlRows(s.layout, true).join('\n')}
 <![if supportMisalignedColumns]>
 <tr height=0 style='display:none'>
  ${Array.from({ length: w }, () => "<td width=72 style='width:54pt'></td>").join('\n  ')}
 </tr>
 <![endif]>
</table>

</div>

</body>

</html>
`;
}

/** A web system's export: one bare `<table border="1">` per sheet, after blank lines, nothing else. */
export function oaExport(sheets: Sheet[]): string {
  return `\r\n\r\n${sheets.map((s) => `<table border="1" cellspacing="0" cellpadding="2" style="font-size:12px;border-collapse:collapse">\r\n${htmlRows(s.layout, false).join('\r\n')}\r\n</table>\r\n<br/>`).join('\r\n')}\r\n`;
}

/** An A1 formula in R1C1 form relative to the cell at (r, c): `SUM(B5:B9)` at B10 → `SUM(R[-5]C:R[-1]C)`. */
function r1c1(formula: string, r: number, c: number): string {
  return formula.replace(/\b([A-Z]{1,3})(\d+)\b/g, (_, letters: string, digits: string) => {
    const col = [...letters].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const dr = Number(digits) - 1 - r;
    const dc = col - c;
    return `R${dr === 0 ? '' : `[${dr}]`}C${dc === 0 ? '' : `[${dc}]`}`;
  });
}

/** A workbook as XML Spreadsheet 2003 (Excel 2003's "XML 表格"), the way Excel writes it. */
export function spreadsheet2003(sheets: Sheet[], encoding: string): string {
  const out = [
    `<?xml version="1.0" encoding="${encoding}"?>`,
    '<?mso-application progid="Excel.Sheet"?>',
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"',
    ' xmlns:o="urn:schemas-microsoft-com:office:office"',
    ' xmlns:x="urn:schemas-microsoft-com:office:excel"',
    ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"',
    ' xmlns:html="http://www.w3.org/TR/REC-html40">',
    ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">',
    '  <Author>办公室</Author>',
    '  <Version>11.9999</Version>',
    ' </DocumentProperties>',
    ' <Styles>',
    '  <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Center"/><Font ss:FontName="宋体" x:CharSet="134" ss:Size="11"/></Style>',
    '  <Style ss:ID="s21"><Alignment ss:Horizontal="Center" ss:Vertical="Center" ss:WrapText="1"/><Borders><Border ss:Position="Bottom" ss:LineStyle="Continuous" ss:Weight="1"/></Borders></Style>',
    ' </Styles>',
  ];
  for (const s of sheets) {
    const { span, covered } = mergeMaps(s.layout);
    const w = width(s.layout);
    out.push(` <Worksheet ss:Name="${xesc(s.sheet)}">`, `  <Table ss:ExpandedColumnCount="${w}" ss:ExpandedRowCount="${Math.max(s.layout.rows.length, 1)}" x:FullColumns="1" x:FullRows="1" ss:DefaultColumnWidth="54">`);
    let lastRow = -1;
    s.layout.rows.forEach((row, r) => {
      const cells: string[] = [];
      let lastCol = -1;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        const m = span.get(`${r},${c}`);
        if (covered.has(`${r},${c}`) || (cell === undefined && !m)) continue;
        const attrs = [
          c !== lastCol + 1 ? ` ss:Index="${c + 1}"` : '',
          m && m.cs > 1 ? ` ss:MergeAcross="${m.cs - 1}"` : '',
          m && m.rs > 1 ? ` ss:MergeDown="${m.rs - 1}"` : '',
          ' ss:StyleID="s21"',
          cell && 'formula' in cell ? ` ss:Formula="=${r1c1(cell.formula, r, c)}"` : '',
        ].join('');
        const data = cell === undefined ? '' : 'text' in cell ? `<Data ss:Type="String">${xesc(cell.text)}</Data>` : cell.number === undefined ? '' : `<Data ss:Type="Number">${cell.number}</Data>`;
        cells.push(`<Cell${attrs}>${data}</Cell>`);
        lastCol = c + (m ? m.cs - 1 : 0);
      }
      if (cells.length === 0) return;
      out.push(`   <Row${r !== lastRow + 1 ? ` ss:Index="${r + 1}"` : ''} ss:AutoFitHeight="0">`, `    ${cells.join('\n    ')}`, '   </Row>');
      lastRow = r;
    });
    out.push('  </Table>', '  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><ProtectObjects>False</ProtectObjects><ProtectScenarios>False</ProtectScenarios></WorksheetOptions>', ' </Worksheet>');
  }
  out.push('</Workbook>', '');
  return out.join('\r\n');
}

/** Positions of the table cells: `table N row R col C` for HTML grids (N = the sheet's table), `sheet!A1` for workbooks. */
function positions(sheets: Sheet[], kind: 'html' | 'xlsx'): Record<string, string> {
  const out: Record<string, string> = {};
  sheets.forEach((s, i) => {
    for (const [id, [r, c]] of s.layout.cells) out[id] = kind === 'html' ? `table ${i + 1} row ${r + 1} col ${c + 1}` : `${s.sheet}!${a1(r, c)}`;
  });
  return out;
}

/** The cell below a section heading (where arrange() writes its text), as `sheet!A1`. */
function sectionTextAt(s: Sheet, prefix: string): string {
  for (const [r, row] of s.layout.rows.entries()) {
    for (const [c, cell] of (row ?? []).entries()) if (cell && 'text' in cell && cell.text.startsWith(prefix)) return `${s.sheet}!${a1(r + 1, c)}`;
  }
  throw new Error(`no heading ${prefix} on ${s.sheet}`);
}

const ONE_SHEET = { threeSheets: false, merges: true, labels: false, numbersAsText: false, formulas: false, offset: [0, 0] as [number, number], headingBeside: false };
const THREE_SHEETS = { ...ONE_SHEET, threeSheets: true };

function plusOne(name: string, id: string): Record<string, number> {
  const v = loadTruth(name).cells.get(id);
  if (typeof v !== 'number') throw new Error(`${name} ${id} is not a number`);
  return { [id]: v + 1 };
}

/** Every case. */
export function buildExports(): BuiltExport[] {
  const out: BuiltExport[] = [];

  // Excel's "Save as web page" of a one-sheet report, GB2312, named .xls; 表三 （一）予以公开/自然人 +1.
  {
    const name = 'pingtan-2022';
    const changed = plusOne(name, 't3.granted.natural');
    const sheets = arrange(name, { ...ONE_SHEET, formulas: true, changes: changed });
    const cells = positions(sheets, 'html');
    out.push({
      name: 'excel-web-page-gbk',
      file: 'input.xls',
      bytes: encodeLegacy(excelWebPage(sheets[0]!, 'gb2312'), 'gbk'),
      meta: {
        truth: name,
        form: "Excel 'Save as web page' (xmlns:o/xmlns:x, ProgId Excel.Sheet, x:num), meta charset=gb2312, GBK bytes, .xls; whole report in one sheet",
        reader: 'html',
        changed,
        cells,
        findings: [
          // The row 予以公开 no longer adds up across the applicants, nor the 自然人 column down the results.
          { ruleId: 'table3-row-total', severity: 'error', at: cells['t3.granted.total']! },
          { ruleId: 'table3-results-total', severity: 'error', at: cells['t3.total.natural']! },
          // The report's own: its 一、总体情况 is long, and its heading 四 has a typo (行政法复议); section 一
          // gives no count of 政策解读, 回应关切 or repealed documents.
          { ruleId: 'section1-length', severity: 'warning', at: 's1' },
          { ruleId: 'section-title', severity: 'warning', at: 's4' },
          { ruleId: 'section1-figures', severity: 'info', at: 's1' },
        ],
      },
    });
  }

  // A web system's export: bare tables, GBK without any charset, named .xls; 表四 行政复议/结果维持 +1.
  {
    const name = 'pingtan-2024';
    const changed = plusOne(name, 't4.review.upheld');
    const sheets = arrange(name, { ...THREE_SHEETS, changes: changed });
    const cells = positions(sheets, 'html');
    out.push({
      name: 'oa-export-gbk-no-meta',
      file: 'input.xls',
      bytes: encodeLegacy(oaExport(sheets), 'gbk'),
      meta: {
        truth: name,
        form: 'web system export: bare <table border="1"> per sheet after blank lines, no <html>, no meta charset, GBK bytes, .xls',
        reader: 'html',
        changed,
        cells,
        findings: [
          // 行政复议 结果维持 +1: its 总计 no longer adds up.
          { ruleId: 'table4-row-total', severity: 'error', at: cells['t4.review.total']! },
          // The report's own: its 一、总体情况 is long (its whole text is read from one cell), gives no count of
          // repealed or in-force documents, and (a government's) no result of 社会评议 or 责任追究.
          { ruleId: 'section1-length', severity: 'warning', at: 's1' },
          { ruleId: 'section1-figures', severity: 'info', at: 's1' },
          { ruleId: 'section1-topics', severity: 'warning', at: 's1' },
        ],
      },
    });
  }

  // A government site's page saved with a UTF-8 BOM and named .xlsx; unchanged.
  {
    const name = 'pingtan-2025';
    const html = toHtml(publishedFromCorpus(name));
    out.push({
      name: 'site-page-utf8-bom',
      file: 'input.xlsx',
      bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html)]),
      meta: {
        truth: name,
        form: 'government site page (<!DOCTYPE html>, site chrome), UTF-8 with BOM, .xlsx',
        reader: 'html',
        changed: {},
        cells: {},
        // The report's own: section 一 gives no count of 回应关切 or of rules and normative documents, and (a
        // government's) no result of 社会评议 or 责任追究.
        findings: [{ ruleId: 'section1-figures', severity: 'info', at: 's1' }, { ruleId: 'section1-topics', severity: 'warning', at: 's1' }],
      },
    });
  }

  // XML Spreadsheet 2003, UTF-8, one sheet with SUM formulas, named .xls; 表三 本年新收/科研机构 +1.
  {
    const name = 'seed-tianmen-2021';
    const changed = plusOne(name, 't3.new.research');
    const sheets = arrange(name, { ...ONE_SHEET, formulas: true, changes: changed });
    const cells = positions(sheets, 'xlsx');
    out.push({
      name: 'spreadsheet-2003',
      file: 'input.xls',
      bytes: new TextEncoder().encode(spreadsheet2003(sheets, 'UTF-8')),
      meta: {
        truth: name,
        form: 'XML Spreadsheet 2003 (<?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">), UTF-8, MergeAcross/MergeDown, R1C1 SUM formulas with values, .xls',
        reader: 'xlsx',
        changed,
        cells,
        findings: [
          // 本年新收/科研机构 +1: the row no longer adds up across the applicants, nor the column balances.
          { ruleId: 'table3-row-total', severity: 'error', at: cells['t3.new.total']! },
          { ruleId: 'table3-balance', severity: 'error', at: cells['t3.total.research']! },
          // The report's own: its heading 五 is not the template's, its section 一 gives few of the counts
          // notices ask for, and its measures in section 五 are one sentence, not itemised.
          { ruleId: 'section-title', severity: 'warning', at: 's5' },
          { ruleId: 'section1-figures', severity: 'info', at: 's1' },
          { ruleId: 'section5-specific', severity: 'warning', at: 's5' },
        ],
      },
    });
  }

  // XML Spreadsheet 2003 declared gb2312, GBK bytes, after blank lines, three sheets, named .xls; unchanged.
  {
    const name = 'pingtan-2023';
    const sheets = arrange(name, THREE_SHEETS);
    out.push({
      name: 'spreadsheet-2003-gbk',
      file: 'input.xls',
      bytes: encodeLegacy(`\r\n\r\n${spreadsheet2003(sheets, 'gb2312')}`, 'gbk'),
      meta: {
        truth: name,
        form: 'XML Spreadsheet 2003 declared encoding="gb2312", GBK bytes, blank lines first, three sheets, .xls',
        reader: 'xlsx',
        changed: {},
        cells: positions(sheets, 'xlsx'),
        findings: [
          // The report's own: its 一、总体情况 is long, and it says 393 现行有效 规范性文件 where 表二 has 470
          // (reported at the sentence's cell).
          { ruleId: 'section1-length', severity: 'warning', at: 's1' },
          { ruleId: 'narrative-figure', severity: 'warning', at: sectionTextAt(sheets[0]!, '一、') },
          // Section 一 gives no count of 回应关切 or repealed documents, and (a government's) no 社会评议 result.
          { ruleId: 'section1-figures', severity: 'info', at: 's1' },
          { ruleId: 'section1-topics', severity: 'warning', at: 's1' },
        ],
      },
    });
  }
  return out;
}

/** Writes every case under fixtures/readers/exports/<case>/. */
export function writeExports(root = EXPORTS): BuiltExport[] {
  const cases = buildExports();
  for (const c of cases) {
    const dir = join(root, c.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, c.file), c.bytes);
    writeFileSync(join(dir, 'case.json'), `${JSON.stringify(c.meta, null, 2)}\n`);
  }
  return cases;
}
