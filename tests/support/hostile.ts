/**
 * Hostile and malformed inputs, made here byte by byte (nothing downloaded): each is a small file that
 * once took a whole batch down — by memory, stack, time or by blocking — or a special file a batch may
 * meet in a folder. Used by tests/hostile.test.ts: each case is put in a folder beside a clean report and
 * a report with known errors, and the folder is checked as a reviewer would check it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { workbook } from './grid-arbs.js';
import { buildPdf } from './pdf.js';
import { buildZip } from './zip.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** A clean report (no errors) and one whose errors are known: both must come out as they always do. */
export const CLEAN = join(ROOT, 'samples/tianmen-2021.json');
export const BROKEN = join(ROOT, 'samples/broken-2023.json');

export interface HostileCase {
  /** File name of the hostile input, as it appears in the folder. */
  name: string;
  /** What it is, in a few words. */
  what: string;
  /** Writes the input into `dir` (a file, a FIFO or a link). */
  make(dir: string): void;
  /** Not a regular file (FIFO, device link): a batch must refuse it without reading. */
  special?: boolean;
  /**
   * A report that can be read and is checked whole (its size is not the problem, what it says is): it
   * is named with its findings, and the listing stops at 1,000 with a too-many-findings note.
   */
  readable?: boolean;
}

const report = (): Record<string, unknown> => JSON.parse(readFileSync(CLEAN, 'utf8')) as Record<string, unknown>;

/** A minimal workbook: one sheet whose XML is given. */
function xlsx(sheetXml: string): Uint8Array {
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    },
    { name: '_rels/.rels', data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
    { name: 'xl/workbook.xml', data: '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>' },
    { name: 'xl/_rels/workbook.xml.rels', data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml },
  ]);
}

/** A minimal Word document whose body XML is given, stored (not deflated) so that no ratio guard applies. */
function docx(bodyXml: string): Uint8Array {
  return buildZip([
    {
      name: '[Content_Types].xml',
      method: 0,
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    { name: '_rels/.rels', method: 0, data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    { name: 'word/document.xml', method: 0, data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}</w:body></w:document>` },
  ]);
}

export const HOSTILE: HostileCase[] = [
  {
    name: 'merge-2003.xls',
    what: 'a 300-byte XML Spreadsheet 2003 file whose one cell merges 16,000 columns by a million rows',
    make: (dir) =>
      writeFileSync(
        join(dir, 'merge-2003.xls'),
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table><Row><Cell ss:MergeAcross="16383" ss:MergeDown="1048575"><Data ss:Type="String">x</Data></Cell></Row></Table></Worksheet></Workbook>',
      ),
  },
  {
    name: 'merges.xlsx',
    what: 'a small .xlsx with 2,000 merged areas each covering a whole sheet',
    make: (dir) => {
      const merges = Array.from({ length: 2000 }, (_, i) => `<mergeCell ref="A${i + 1}:XFD1048576"/>`).join('');
      writeFileSync(join(dir, 'merges.xlsx'), xlsx(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>一、主动公开政府信息情况</t></is></c></row></sheetData><mergeCells count="2000">${merges}</mergeCells></worksheet>`));
    },
  },
  {
    name: 'spans.html',
    what: 'a 1.8 MB page whose cells span a thousand columns and 65,534 rows each',
    make: (dir) => {
      const row = `<tr>${'<td colspan="1000" rowspan="65534">1</td>'.repeat(40)}</tr>`;
      writeFileSync(join(dir, 'spans.html'), `<html><body><table>${row.repeat(1100)}</table></body></html>`);
    },
  },
  {
    name: 'paragraphs.docx',
    what: 'a 2 MB Word document of 350,000 empty paragraphs (stored, so no ratio guard sees it)',
    make: (dir) => writeFileSync(join(dir, 'paragraphs.docx'), docx('<w:p/>'.repeat(350_000))),
  },
  {
    name: 'newlines.txt',
    what: '10 MB of line breaks as text',
    make: (dir) => writeFileSync(join(dir, 'newlines.txt'), '\n'.repeat(10 * 1024 * 1024)),
  },
  {
    name: 'newlines.html',
    what: '10 MB of line breaks as a web page',
    make: (dir) => writeFileSync(join(dir, 'newlines.html'), `<html><body><p>${'\n'.repeat(10 * 1024 * 1024)}</p></body></html>`),
  },
  {
    name: 'long-section.json',
    what: 'a report whose section 一 is 10 million Chinese characters without punctuation',
    make: (dir) => {
      const r = report();
      const sections = r.sections as { heading: string; text: string }[];
      sections[0]!.text = '政务公开工作稳步推进'.repeat(1_000_000);
      writeFileSync(join(dir, 'long-section.json'), JSON.stringify(r));
    },
  },
  {
    name: 'year-1e308.json',
    what: 'a report whose year is 1e308',
    make: (dir) => {
      const r = report();
      writeFileSync(join(dir, 'year-1e308.json'), JSON.stringify({ ...r, year: 1e308 }).replace('"year":1e+308', '"year":1e308'));
    },
  },
  {
    name: 'many-figures.json',
    what: 'a report under 1 MB whose section 三 is one sentence restating a figure 30,000 times',
    readable: true,
    make: (dir) => {
      const r = report();
      const sections = r.sections as { heading: string; text: string }[];
      sections[2]!.text = '本年度收到政府信息公开申请1件'.repeat(30_000);
      writeFileSync(join(dir, 'many-figures.json'), JSON.stringify(r));
    },
  },
  {
    name: 'fifo.json',
    what: 'a named pipe (FIFO) that nothing ever writes to',
    special: true,
    make: (dir) => execFileSync('mkfifo', [join(dir, 'fifo.json')]),
  },
  {
    name: 'zero.json',
    what: 'a link to /dev/zero, endless bytes with a size of 0',
    special: true,
    make: (dir) => symlinkSync('/dev/zero', join(dir, 'zero.json')),
  },
  {
    name: 'pipe-link.html',
    what: 'a link to a named pipe kept under a hidden name (a pipe reached through a link)',
    special: true,
    make: (dir) => {
      execFileSync('mkfifo', [join(dir, '.pipe')]);
      symlinkSync('.pipe', join(dir, 'pipe-link.html'));
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Grid and markup amplification, made as hostile as issue #14 reports (each of these took the
// process past its memory or far past --timeout before the bounds of src/readers/limits.ts).
// ---------------------------------------------------------------------------------------------

/** A sheet with text in A1 and in CV3000: its grid is the whole 3,000 × 100 area the reader keeps. */
const corners = (merges = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>一、总体情况</t></is></c></row><row r="3000"><c r="CV3000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>${merges ? `<mergeCells>${merges}</mergeCells>` : ''}</worksheet>`;

/** XML Spreadsheet 2003 around the given rows. */
const spreadsheet2003 = (rows: string, prefix = 'ss'): string =>
  `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:${prefix}="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ${prefix}:Name="S"><Table>${rows}</Table></Worksheet></Workbook>`;

/** Deterministic hex noise (no randomness in tests). */
function noise(n: number, seed = 1): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += (x >>> 16).toString(16).padStart(4, '0');
  }
  return out;
}

HOSTILE.push(
  {
    name: 'merges-corners.xlsx',
    what: 'a 2 KB .xlsx whose 3,000 × 100 sheet carries 2,000 merged areas each covering all of it',
    make: (dir) => writeFileSync(join(dir, 'merges-corners.xlsx'), workbook([corners('<mergeCell ref="A1:CV3000"/>'.repeat(2000))])),
  },
  {
    name: 'merges-sheets.xlsx',
    what: 'a 14 KB .xlsx of 40 sheets, each with text in A1 and CV3000 (12 million grid cells)',
    make: (dir) => writeFileSync(join(dir, 'merges-sheets.xlsx'), workbook(Array.from({ length: 40 }, () => corners()))),
  },
  {
    name: 'mergecells.xlsx',
    what: 'a 5 MB .xlsx with a million merged areas of 2 × 2 cells',
    make: (dir) => {
      const merges = Array.from({ length: 1_000_000 }, (_, i) => `<mergeCell ref="A${2 * i + 1}:B${2 * i + 2}"/>`).join('');
      writeFileSync(join(dir, 'mergecells.xlsx'), workbook([corners(merges).replace(/<row r="3000">.*?<\/row>/, '')]));
    },
  },
  {
    name: 'merge-many-2003.xls',
    what: 'a 100 KB XML Spreadsheet 2003 file of 300 rows of four cells each merging 256 columns by 1,000 rows',
    make: (dir) =>
      writeFileSync(join(dir, 'merge-many-2003.xls'), spreadsheet2003(`<Row>${'<Cell ss:MergeAcross="255" ss:MergeDown="999"><Data ss:Type="String">x</Data></Cell>'.repeat(4)}</Row>`.repeat(300))),
  },
  {
    name: 'merge-prefix-2003.xls',
    what: 'a 300-byte XML Spreadsheet 2003 file with another namespace prefix (x:), one cell merging 16,384 columns by a million rows',
    make: (dir) =>
      writeFileSync(
        join(dir, 'merge-prefix-2003.xls'),
        '<?xml version="1.0"?><x:Workbook xmlns:x="urn:schemas-microsoft-com:office:spreadsheet"><x:Worksheet x:Name="S"><x:Table><x:Row><x:Cell x:MergeAcross="16383" x:MergeDown="1048575"><x:Data x:Type="String">x</x:Data></x:Cell></x:Row></x:Table></x:Worksheet></x:Workbook>',
      ),
  },
  {
    name: 'spans-rows.html',
    what: 'a 2.7 MB page of four tables of 20,000 rows whose one cell spans 1,000 columns',
    make: (dir) => writeFileSync(join(dir, 'spans-rows.html'), `<html><body>${`<table>${'<tr><td colspan="1000">1</td></tr>'.repeat(20_000)}</table>`.repeat(4)}</body></html>`),
  },
  {
    name: 'elements.html',
    what: 'a 9 MB page of three million unclosed <i> elements',
    make: (dir) => writeFileSync(join(dir, 'elements.html'), `<html><body>${'<i>'.repeat(3_000_000)}</body></html>`),
  },
  {
    name: 'spans-rows.docx',
    what: 'a 12 MB Word table of 40,000 rows of four cells, each spanning 64 grid columns and merged down (800,000 elements)',
    make: (dir) => writeFileSync(join(dir, 'spans-rows.docx'), docx(`<w:tbl>${`<w:tr>${'<w:tc><w:tcPr><w:gridSpan w:val="64"/><w:vMerge/></w:tcPr><w:p/></w:tc>'.repeat(4)}</w:tr>`.repeat(40_000)}</w:tbl>`)),
  },
  {
    name: 'nested-runs.docx',
    what: 'a 2 MB Word paragraph of runs nested 200,000 deep',
    make: (dir) => writeFileSync(join(dir, 'nested-runs.docx'), docx(`<w:p>${'<w:r>'.repeat(200_000)}${'</w:r>'.repeat(200_000)}</w:p>`)),
  },
  {
    name: 'paragraphs-deflated.docx',
    what: 'a 2.5 MB Word document whose 180 MB of empty paragraphs deflate at 70:1, under the zip guard ratio of 100:1',
    make: (dir) => {
      // A little noise every hundred paragraphs keeps the ratio under the guard's 100:1.
      const chunks: string[] = [];
      for (let i = 0; i < 300_000; i++) chunks.push(`${'<w:p/>'.repeat(100)}<w:p w:rsidR="${noise(2, i + 1)}"/>`);
      const body = chunks.join('');
      const part = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
      writeFileSync(join(dir, 'paragraphs-deflated.docx'), buildZip([{ name: 'word/document.xml', data: part }]));
    },
  },
  {
    name: 'newlines.csv',
    what: '10 MB of line breaks as CSV',
    make: (dir) => writeFileSync(join(dir, 'newlines.csv'), '\n'.repeat(10 * 1024 * 1024)),
  },
  {
    name: 'commas.csv',
    what: 'one line of ten million commas as CSV',
    make: (dir) => writeFileSync(join(dir, 'commas.csv'), ','.repeat(10 * 1024 * 1024)),
  },
  {
    name: 'truncated.pdf',
    what: 'a real report PDF cut off after its first third (a broken download)',
    make: (dir) => {
      const whole = readFileSync(join(ROOT, 'fixtures/readers/pdf/chromium-pingtan-2019/input.pdf'));
      writeFileSync(join(dir, 'truncated.pdf'), whole.subarray(0, Math.floor(whole.length / 3)));
    },
  },
  {
    name: 'pages.pdf',
    what: 'a 100 KB PDF of 10,000 empty pages',
    make: (dir) => writeFileSync(join(dir, 'pages.pdf'), buildPdf([{ content: '' }], { repeat: 10_000 })),
  },
  {
    name: 'lines.pdf',
    what: 'a PDF page of 600,000 drawing operations deflated into a few kilobytes',
    make: (dir) => writeFileSync(join(dir, 'lines.pdf'), buildPdf([{ content: '0 0 m 1 1 l S\n'.repeat(600_000), deflate: true }])),
  },
  {
    name: 'flate-bomb.pdf',
    what: 'a 300 KB PDF whose one content stream inflates to 300 MB (memory outside the heap)',
    make: (dir) => writeFileSync(join(dir, 'flate-bomb.pdf'), buildPdf([{ content: Buffer.alloc(300 * 1024 * 1024, 0x20), deflate: true }])),
  },
  {
    name: 'text-runs.pdf',
    what: 'a PDF page of 150,000 separate pieces of text (under the text limit: read and checked)',
    make: (dir) => writeFileSync(join(dir, 'text-runs.pdf'), buildPdf([{ content: `BT /F1 1 Tf ${Array.from({ length: 150_000 }, (_, i) => `1 0 0 1 ${(i % 100) * 5} ${Math.floor(i / 100) * 0.5} Tm (a) Tj`).join(' ')} ET`, deflate: true }])),
  },
);
