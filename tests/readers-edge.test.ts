/**
 * "Excel" files that are not workbooks, as web systems (OA and 政务 systems, 信息公开平台) export them:
 * HTML with an .xls/.xlsx name (Excel's "Save as web page" form, bare tables, GBK with or without a
 * meta charset, a BOM, blank lines first), and XML Spreadsheet 2003 (UTF-8 and GB2312). The fixtures
 * are built from the corpus figures by scripts/make-export-fixtures.ts; each is checked through the
 * CLI and must give exactly the findings its case.json lists, at their table/row/col or sheet!cell.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffReader } from '../src/check/bytes.js';
import { readReport } from '../src/node/file.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { markupKind } from '../src/readers/sniff.js';
import { readHtml } from '../src/readers/html.js';
import { readXlsx } from '../src/readers/xlsx.js';
import { buildExports, EXPORTS, writeExports, type ExportMeta } from '../scripts/make-export-fixtures.js';
import { diffAgainstTruth, loadTruth } from './support/corpus.js';
import { runCli } from './support/cli.js';
import { encodeLegacy } from './support/legacy-encodings.js';
import { tempDir } from './support/tmp.js';
import { updatingFixtures } from './support/fixtures.js';

if (updatingFixtures()) writeExports();

const built = buildExports();
const committed = existsSync(EXPORTS) ? readdirSync(EXPORTS).filter((n) => existsSync(join(EXPORTS, n, 'case.json'))).sort() : [];

/** Where a diagnostic is: its cell's place in the file, else its section or table, else '' (the file). */
function at(d: Diagnostic): string {
  const p = d.physical;
  if (d.location.cell !== undefined && p) {
    if (p.sheet !== undefined) return `${p.sheet}!${p.cell}`;
    if (p.table !== undefined) return `table ${p.table} row ${p.row} col ${p.col}`;
  }
  return d.location.section ?? d.location.table ?? '';
}

const key = (f: { ruleId: string; severity: string; at: string }): string => `${f.ruleId} ${f.severity} ${f.at}`;

describe('export fixtures are what scripts/make-export-fixtures.ts builds', () => {
  it('the same cases, byte for byte', () => {
    expect(committed).toEqual(built.map((b) => b.name).sort());
    for (const b of built) {
      const dir = join(EXPORTS, b.name);
      expect(Buffer.compare(readFileSync(join(dir, b.file)), Buffer.from(b.bytes)), `${b.name}/${b.file} (UPDATE_FIXTURES=1 regenerates)`).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(b.meta)));
    }
  });
});

describe('web-system "Excel" exports checked through the CLI', () => {
  for (const b of built) {
    const file = join(EXPORTS, b.name, b.file);
    const meta = JSON.parse(readFileSync(join(EXPORTS, b.name, 'case.json'), 'utf8')) as ExportMeta;
    it(`${b.name}: ${meta.form}`, async () => {
      // Every table cell is read as the report has it (apart from the cells changed on purpose).
      const report = await readReport(file);
      expect(report.reader).toBe(meta.reader);
      const diffs = diffAgainstTruth(report, loadTruth(meta.truth));
      expect(diffs.map((d) => d.slice(0, d.indexOf(':')))).toEqual(Object.keys(meta.changed));
      expect(report.sections.length).toBe(loadTruth(meta.truth).sectionsPresent.length);
      // Through the CLI: exactly the listed findings, each at its place in the file.
      const run = await runCli(['check', file, '--format', 'json']);
      const result = (JSON.parse(run.stdout) as { files: { reader: string; readable: boolean; diagnostics: Diagnostic[] }[] }).files[0]!;
      expect(result.readable).toBe(true);
      expect(result.reader).toBe(meta.reader);
      const got = result.diagnostics.map((d) => key({ ruleId: d.ruleId, severity: d.severity, at: at(d) })).sort();
      expect(got).toEqual(meta.findings.map(key).sort());
      expect(run.code).toBe(meta.findings.some((f) => f.severity === 'error') ? 1 : 0);
      // The changed cell is named among the cells of each sum finding.
      for (const id of Object.keys(meta.changed)) {
        const sums = result.diagnostics.filter((d) => d.severity === 'error');
        for (const d of sums) expect([d.location.cell, ...(d.related ?? []).map((r) => r.location.cell)]).toContain(id);
      }
    });
  }

  it('the pretty output locates the Excel web page finding by table, row and column', async () => {
    const b = built.find((x) => x.name === 'excel-web-page-gbk')!;
    const run = await runCli(['check', join(EXPORTS, b.name, b.file)]);
    const [, row, col] = /row (\d+) col (\d+)/.exec(b.meta.cells['t3.granted.total']!)!;
    expect(run.stdout).toContain(`表格1 第${row}行第${col}列`);
    expect(run.stdout).toContain('html · 2021年格式 · 平潭综合实验区 2022');
  });
});

describe('what a file that starts with markup is', () => {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  it.each([
    ['<html xmlns:o="urn:schemas-microsoft-com:office:office">', 'html'],
    ['\uFEFF\r\n  <!DOCTYPE html><html>', 'html'],
    ['<?xml version="1.0" encoding="gb2312"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x"><html>', 'html'],
    ['<!-- exported 2024-01-05 -->\n<table border="1"><tr><td>1</td></tr></table>', 'html'],
    ['\r\n\r\n<TABLE BORDER=1>', 'html'],
    ['<meta http-equiv="Content-Type" content="application/vnd.ms-excel; charset=GBK"><table>', 'html'],
    ['<?xml version="1.0"?>\r\n<?mso-application progid="Excel.Sheet"?>\r\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">', 'spreadsheetml'],
    ['<ss:Workbook xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">', 'spreadsheetml'],
    ['<?xml version="1.0"?><root/>', undefined],
    ['a,b,c\n1,2,3', undefined],
    ['{"title": "<html>"}', undefined],
  ] as const)('%j → %s', (text, kind) => {
    expect(markupKind(enc(text))).toBe(kind);
  });
  it('UTF-16 with its byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'<html><body>'].flatMap((ch) => [ch.charCodeAt(0), 0])]);
    expect(markupKind(le)).toBe('html');
  });
  it('a file without a known extension is sniffed: GBK HTML → html, XML Spreadsheet 2003 → xlsx', () => {
    const gbk = encodeLegacy('\r\n<table border="1"><tr><td>四、政府信息公开行政复议、行政诉讼情况</td></tr></table>', 'gbk');
    expect(sniffReader(gbk)?.name).toBe('html');
    expect(sniffReader(enc('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>'))?.name).toBe('xlsx');
  });
});

describe('HTML export details', () => {
  const t4 = (charset: string, first = '1'): string => `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body>
<p>某局2023年政府信息公开工作年度报告</p><p>四、政府信息公开行政复议、行政诉讼情况</p>
<table border="1"><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr>${[first, '0', '0', '0', '1', ...Array(10).fill('0')].map((v) => `<td>${v}</td>`).join('')}</tr></table></body></html>`;

  it('a page that declares gb2312 but is UTF-8 (a web system filling an old template) is read as UTF-8', () => {
    // Chinese runs of even length: the UTF-8 bytes also decode as GB18030 without an error (as mojibake).
    const title = '某区教育2023年度政府信息公开工作年度报告';
    const bytes = new TextEncoder().encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>${title}</p></body></html>`);
    expect(() => new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toThrow();
    const report = readHtml({ path: 'export.html', bytes });
    expect(report.title).toBe(title);
    expect(report.year).toBe(2023);
  });

  it('an .xlsx that is GBK HTML without a meta charset goes to the HTML reader', async () => {
    const bytes = encodeLegacy(t4('x').replace(/<meta[^>]*>/, ''), 'gbk');
    const report = await readXlsx({ path: 'export.xlsx', bytes });
    expect(report.reader).toBe('html');
    expect(report.year).toBe(2023);
    expect(report.tables.t4?.cells['review.upheld']?.source).toMatchObject({ table: 1, row: 4, col: 1 });
  });

  it('an .xls that is GBK HTML, checked from a folder with the CLI: findings name table/row/col in both languages', async () => {
    const dir = tempDir('gk-xls-html-');
    // 结果维持 2 but 总计 1.
    const bytes = encodeLegacy(t4('gbk', '2'), 'gbk');
    writeFileSync(join(dir, '年报导出.xls'), bytes);
    const zh = await runCli(['check', dir]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('html · 2021年格式');
    expect(zh.stdout).toMatch(/表格1 第4行第5列/);
    expect(zh.stdout).toContain('table4-row-total');
    const en = await runCli(['check', dir, '--lang', 'en']);
    expect(en.stdout).toMatch(/table 1 row 4 col 5/);
  });
});
