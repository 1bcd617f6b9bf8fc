/**
 * Builders that publish a corpus report the way agencies do, for the HTML and DOCX reader tests:
 * the figures come from truth.json, the headings and prose from the report's own page.txt.
 *
 * - `toHtml`: a government-site page — site header, navigation, breadcrumb, share bar and footer
 *   around the article; Word-exported tables (class MsoNormalTable, inline styles on every cell,
 *   rowspan/colspan as Word writes them, digits split across `<span>`s, `&nbsp;` in blank cells,
 *   header labels broken by `<br>`); optionally GBK-encoded with a meta charset.
 * - `toDocx`: a WordprocessingML document with the same tables, merged cells as w:gridSpan and
 *   w:vMerge, written into a zip by a small stored-entry writer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { getFormat, type FormatId, type TableSpec } from '../../src/format/spec.js';
import { findHeadings, findMeta, lineLocator } from '../../src/readers/textlayout.js';
import { analyseText } from '../../src/readers/text.js';
import { loadTruth } from './corpus.js';
import { encodeLegacy } from './legacy-encodings.js';

/** A table cell in a layout: a label or a value, and how far it spans. */
interface LCell {
  text?: string;
  value?: number | null;
  rs?: number;
  cs?: number;
}
type LTable = LCell[][];

export interface Published {
  name: string;
  title: string;
  format: FormatId;
  /** Text before the first heading (the page's opening paragraphs). */
  preamble: string;
  sections: { heading: string; text: string }[];
  tables: { t2: LTable; t3: LTable; t4: LTable };
}

type Cells = Map<string, number | null>;

const v = (cells: Cells, key: string): LCell => ({ value: cells.has(key) ? cells.get(key)! : null });

/** Table 二 in the official layout: per block a label row, a header row, its rows. */
function table2(t: TableSpec, cells: Cells): LTable {
  const width = Math.max(...t.rowGroups.map((g) => (g.columns ?? []).length));
  const rows: LTable = [];
  for (const g of t.rowGroups) {
    const cols = g.columns ?? [];
    rows.push([{ text: g.label, cs: width + 1 }]);
    rows.push([{ text: t.labelHeader ?? '信息内容' }, ...cols.map((c, i) => ({ text: t.columns.find((x) => x.id === c)!.label, ...(i === cols.length - 1 ? { cs: width - cols.length + 1 } : {}) }))]);
    for (const r of t.rows.filter((x) => x.group === g.id)) {
      rows.push([{ text: r.label }, ...cols.map((c, i) => ({ ...v(cells, `t2.${r.id}.${c}`), ...(i === cols.length - 1 ? { cs: width - cols.length + 1 } : {}) }))]);
    }
  }
  return rows;
}

/** Table 三 in the official layout: 3 header rows, 3 label columns with the group labels spanning. */
function table3(t: TableSpec, cells: Cells): LTable {
  const col = (id: string): string => t.columns.find((c) => c.id === id)!.label;
  const broken = (label: string): string => (label.length === 4 ? `${label.slice(0, 2)}\n${label.slice(2)}` : label);
  const rows: LTable = [
    [{ text: t.note!, rs: 3, cs: 3 }, { text: '申请人情况', cs: 7 }],
    [{ text: col('natural'), rs: 2 }, { text: '法人或其他组织', cs: 5 }, { text: col('total'), rs: 2 }],
    ['commercial', 'research', 'nonprofit', 'legal_services', 'other'].map((c) => ({ text: broken(col(c)) })),
  ];
  const values = (rowId: string): LCell[] => t.columns.map((c) => v(cells, `t3.${rowId}.${c.id}`));
  const results = t.rows.filter((r) => r.group !== undefined);
  let resultsDone = false;
  const groupDone = new Set<string>();
  for (const r of t.rows) {
    if (r.group === undefined) {
      rows.push([{ text: r.label, cs: 3 }, ...values(r.id)]);
      continue;
    }
    const lead: LCell[] = [];
    if (!resultsDone) {
      lead.push({ text: t.rowGroups.find((g) => g.id === 'results')!.label, rs: results.length });
      resultsDone = true;
    }
    if (r.group === 'results') {
      rows.push([...lead, { text: r.label, cs: 2 }, ...values(r.id)]);
      continue;
    }
    if (!groupDone.has(r.group)) {
      lead.push({ text: t.rowGroups.find((g) => g.id === r.group)!.label, rs: t.rows.filter((x) => x.group === r.group).length });
      groupDone.add(r.group);
    }
    rows.push([...lead, { text: r.label }, ...values(r.id)]);
  }
  return rows;
}

/** Table 四 in the official layout: 行政复议 | 行政诉讼 (未经复议直接起诉, 复议后起诉), one row of 15 values. */
function table4(t: TableSpec, cells: Cells): LTable {
  const labels = t.columns.map((c) => c.label);
  return [
    [{ text: t.rows[0]!.label, cs: 5 }, { text: t.rowGroups[0]!.label, cs: 10 }],
    [...labels.map((l) => ({ text: l, rs: 2 })), { text: t.rows[1]!.label, cs: 5 }, { text: t.rows[2]!.label, cs: 5 }],
    [...labels, ...labels].map((l) => ({ text: l })),
    t.rows.flatMap((r) => t.columns.map((c) => v(cells, `t4.${r.id}.${c.id}`))),
  ];
}

/**
 * A corpus report as published: figures from truth.json, headings and prose from its page.txt.
 * `changes`: cells written otherwise (cell id → value, null for a blank cell).
 */
export function publishedFromCorpus(name: string, changes: Readonly<Record<string, number | null>> = {}): Published {
  const truth = loadTruth(name);
  for (const [id, value] of Object.entries(changes)) truth.cells.set(id, value);
  const page = readFileSync(join(truth.dir, 'page.txt'), 'utf8').replace(/\r\n?/g, '\n');
  const report = analyseText(page, 'page.txt');
  const meta = findMeta(page, lineLocator(page));
  const first = findHeadings(page, meta.bodyStart)[0];
  const title = report.title ?? `${truth.agency}${truth.year}年政府信息公开工作年度报告`;
  let preamble = page.slice(meta.bodyStart, first?.start ?? meta.bodyStart).trim();
  if (preamble.startsWith(title)) preamble = preamble.slice(title.length).trim();
  const f = getFormat(truth.format);
  return {
    name,
    title,
    format: truth.format,
    preamble,
    sections: report.sections.map((s) => ({ heading: s.heading, text: s.text })),
    tables: { t2: table2(f.tables.t2, truth.cells), t3: table3(f.tables.t3, truth.cells), t4: table4(f.tables.t4, truth.cells) },
  };
}

// ---------------------------------------------------------------------------------------------
// HTML, as a government site serves a Word-exported report
// ---------------------------------------------------------------------------------------------

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const SPAN = 'style="font-size:10.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体"';

/** A number as Word exports it: each digit run split over spans ("21" → <span>2</span><span>1</span>). */
function valueHtml(value: number | null | undefined): string {
  if (value === null || value === undefined) return '<span lang="EN-US" style="font-size:10.0pt">&nbsp;</span>';
  return [...String(value)].map((ch) => `<span lang="EN-US" ${SPAN}>${ch}</span>`).join('');
}

function htmlTable(rows: LTable): string {
  const out = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="600" style="width:450.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt">', '<tbody>'];
  rows.forEach((row, r) => {
    out.push(`<tr style="mso-yfti-irow:${r};height:20.25pt">`);
    for (const c of row) {
      const attrs = `${c.rs && c.rs > 1 ? ` rowspan="${c.rs}"` : ''}${c.cs && c.cs > 1 ? ` colspan="${c.cs}"` : ''}`;
      const inner = c.text !== undefined ? c.text.split('\n').map((l) => `<span ${SPAN}>${esc(l)}</span>`).join('<br>') : valueHtml(c.value);
      out.push(`<td${attrs} valign="center" style="border:solid windowtext 1.0pt;border-top:none;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;height:20.25pt"><p class="MsoNormal" align="center" style="text-align:center;line-height:15.0pt">${inner}</p></td>`);
    }
    out.push('</tr>');
  });
  out.push('</tbody>', '</table>');
  return out.join('\n');
}

function paragraphs(text: string): string {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => `<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-size:16.0pt;font-family:仿宋_GB2312">${esc(l)}</span></p>`)
    .join('\n');
}

const TABLE_OF_SECTION: Record<string, 't2' | 't3' | 't4'> = { s2: 't2', s3: 't3', s4: 't4' };

/** The article body: paragraphs, headings and tables in document order. */
function articleHtml(p: Published, sectionIds: (string | undefined)[]): string {
  const parts = [paragraphs(p.preamble)];
  p.sections.forEach((s, i) => {
    parts.push(`<p class="MsoNormal" style="text-indent:32.0pt"><b><span style="font-size:16.0pt;font-family:黑体">${esc(s.heading)}</span></b></p>`);
    parts.push(paragraphs(s.text));
    const t = TABLE_OF_SECTION[sectionIds[i] ?? ''];
    if (t) parts.push(htmlTable(p.tables[t]));
  });
  return parts.join('\n');
}

/** Section ids of the published sections, as the text reader matched them. */
function ids(p: Published): (string | undefined)[] {
  return p.sections.map((s) => findHeadings(s.heading)[0]?.id);
}

export function toHtml(p: Published, opts: { charset?: 'utf-8' | 'gbk' } = {}): string {
  const charset = opts.charset === 'gbk' ? 'gb2312' : 'utf-8';
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />
<title>${esc(p.title)}_政府信息公开年报_平潭综合实验区党工委管委会</title>
<meta name="ArticleTitle" content="${esc(p.title)}" />
<meta name="ColumnName" content="政府信息公开年报" />
<link rel="stylesheet" href="/images/common.css" />
<style>.nav li{float:left;padding:0 12px}.footer{text-align:center;color:#666}</style>
<script type="text/javascript">var _hmt = _hmt || []; document.write("<div>二、主动公开</div>");</script>
</head>
<body>
<div class="header">
  <div class="logo"><img src="/images/logo.png" alt="平潭综合实验区党工委管委会" /></div>
  <div class="search"><input type="text" value="请输入关键字" /><a href="#">搜索</a></div>
</div>
<div class="nav">
  <ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwgk/zfxxgk/">政府信息公开</a></li><li><a href="/zwgk/zfxxgk/zfxxgknb/">政府信息公开年报</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
</div>
<div class="location">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="/zwgk/zfxxgk/zfxxgknb/">政府信息公开年报</a></div>
<div class="main">
  <div class="article">
    <h1 class="article-title">${esc(p.title)}</h1>
    <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a> 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
    <div class="TRS_Editor" id="zoom">
<div class="WordSection1" style="layout-grid:15.6pt">
${articleHtml(p, ids(p))}
</div>
    </div>
  </div>
</div>
<div class="footer">
  <p>主办单位：平潭综合实验区党工委管委会办公室&nbsp;&nbsp;网站标识码：3501280001&nbsp;&nbsp;闽ICP备05011421号</p>
  <p>地址：平潭综合实验区北厝金井湾片区管委会大楼&nbsp;&nbsp;电话：0591-23165370</p>
</div>
</body>
</html>
`;
}

/** A page encoded as GBK. */
export function encodeGbk(html: string): Uint8Array {
  return encodeLegacy(html, 'gbk');
}

// ---------------------------------------------------------------------------------------------
// DOCX: WordprocessingML with merged cells, in a stored zip
// ---------------------------------------------------------------------------------------------

const xesc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function run(text: string, bold = false): string {
  return `<w:r><w:rPr>${bold ? '<w:b/>' : ''}<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/></w:rPr><w:t xml:space="preserve">${xesc(text)}</w:t></w:r>`;
}

function para(text: string, opts: { bold?: boolean; style?: string } = {}): string {
  const ppr = opts.style ? `<w:pPr><w:pStyle w:val="${opts.style}"/></w:pPr>` : '';
  return `<w:p>${ppr}${run(text, opts.bold)}</w:p>`;
}

/** Table 四-style value: digits in separate runs, as Word does after editing. */
function valueRuns(value: number | null | undefined): string {
  if (value === null || value === undefined) return '<w:p/>';
  return `<w:p>${[...String(value)].map((ch) => run(ch)).join('')}</w:p>`;
}

function docxTable(rows: LTable): string {
  // Occupancy: which grid positions a vertical merge from above covers, and its span.
  const width = rows[0]!.reduce((a, c) => a + (c.cs ?? 1), 0);
  const covered: (number | undefined)[][] = rows.map(() => []);
  const out = [`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>${'<w:gridCol w:w="600"/>'.repeat(width)}</w:tblGrid>`];
  rows.forEach((row, r) => {
    const tcs: string[] = [];
    let c = 0;
    let i = 0;
    while (c < width) {
      const cont = covered[r]![c];
      if (cont !== undefined) {
        tcs.push(`<w:tc><w:tcPr>${cont > 1 ? `<w:gridSpan w:val="${cont}"/>` : ''}<w:vMerge/></w:tcPr><w:p/></w:tc>`);
        c += cont;
        continue;
      }
      const cell = row[i++];
      if (!cell) break;
      const cs = cell.cs ?? 1;
      const rs = cell.rs ?? 1;
      for (let k = 1; k < rs; k++) covered[r + k]![c] = cs;
      const pr = `${cs > 1 ? `<w:gridSpan w:val="${cs}"/>` : ''}${rs > 1 ? '<w:vMerge w:val="restart"/>' : ''}`;
      const body = cell.text !== undefined ? cell.text.split('\n').map((l) => para(l)).join('') : valueRuns(cell.value);
      tcs.push(`<w:tc><w:tcPr><w:tcW w:w="${600 * cs}" w:type="dxa"/>${pr}<w:vAlign w:val="center"/></w:tcPr>${body}</w:tc>`);
      c += cs;
    }
    out.push(`<w:tr>${tcs.join('')}</w:tr>`);
  });
  out.push('</w:tbl>');
  return out.join('');
}

function documentXml(p: Published): string {
  const body: string[] = [para(p.title, { bold: true, style: 'Title' })];
  for (const l of p.preamble.split('\n').filter((x) => x.trim() !== '')) body.push(para(l));
  const sectionIds = ids(p);
  p.sections.forEach((s, i) => {
    body.push(para(s.heading, { bold: true, style: 'Heading1' }));
    for (const l of s.text.split('\n').filter((x) => x.trim() !== '')) body.push(para(l));
    const t = TABLE_OF_SECTION[sectionIds[i] ?? ''];
    if (t) body.push(docxTable(p.tables[t]), '<w:p/>');
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A zip of deflated entries (stored when `stored` is set). */
export function zipStored(files: { name: string; data: Uint8Array }[], stored = false): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const crc = crc32(f.data);
    const packed = stored ? Buffer.from(f.data) : deflateRawSync(f.data);
    const method = stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(f.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, packed);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(packed.length, 20);
    cd.writeUInt32LE(f.data.length, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += 30 + name.length + packed.length;
  }
  const cdSize = central.reduce((a, b) => a + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]));
}

export function toDocx(p: Published): Uint8Array {
  const enc = new TextEncoder();
  return zipStored([
    { name: '[Content_Types].xml', data: enc.encode(CONTENT_TYPES) },
    { name: '_rels/.rels', data: enc.encode(RELS) },
    { name: 'word/document.xml', data: enc.encode(documentXml(p)) },
  ]);
}

