/**
 * The DOCX reader on Word documents of the corpus reports (tests/support/publish.ts): tables with
 * merged header cells (w:gridSpan, w:vMerge), numbers split over runs; they read the same as the
 * site pages of the same reports.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../src/check/check.js';
import { readReport } from '../src/node/file.js';
import { corpusNames, diffAgainstTruth, loadTruth, reportCells } from './support/corpus.js';
import { KNOWN_ERRORS } from './support/known-errors.js';
import { publishedFromCorpus, toDocx, toHtml, zipStored } from './support/publish.js';
import { runCli } from './support/cli.js';
import { readHtml } from '../src/readers/html.js';
import { documentPart, readDocx } from '../src/readers/docx.js';
import { tempDir } from './support/tmp.js';
import { updatingFixtures } from './support/fixtures.js';

const DIR = join(import.meta.dirname, '../fixtures/readers/docx');

function fixture(name: string, bytes: Uint8Array): string {
  const file = join(DIR, `${name}.docx`);
  if (updatingFixtures()) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, bytes);
  }
  expect(existsSync(file), `${file} is missing (run UPDATE_FIXTURES=1)`).toBe(true);
  // Compared by content: deflate output may differ between zlib versions, the document may not.
  const part = (b: Uint8Array): string => Buffer.from(documentPart(b)).toString('utf8');
  expect(part(new Uint8Array(readFileSync(file)))).toBe(part(bytes));
  return file;
}

function errorsOf(report: Parameters<typeof checkReport>[0]): string[] {
  return [...new Set(checkReport(report).diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId))].sort();
}

describe('DOCX reader: corpus reports as Word documents', () => {
  for (const name of corpusNames()) {
    it(`${name}: every cell equals truth.json, only the known errors, same as its HTML`, async () => {
      const truth = loadTruth(name);
      const published = publishedFromCorpus(name);
      const file = fixture(name, toDocx(published));
      const report = await readReport(file);
      expect(report.reader).toBe('docx');
      expect(diffAgainstTruth(report, truth)).toEqual([]);
      expect(report.year).toBe(truth.year);
      expect(report.format).toBe(truth.format);
      expect(report.sections.map((s) => s.heading)).toEqual(published.sections.map((s) => s.heading));
      expect(errorsOf(report)).toEqual((KNOWN_ERRORS[name] ?? []).sort());
      const html = readHtml({ path: `${name}.html`, bytes: new TextEncoder().encode(toHtml(published)) });
      expect(reportCells(report)).toEqual(reportCells(html));
      expect(report.sections.map((s) => [s.heading, s.text])).toEqual(html.sections.map((s) => [s.heading, s.text]));
    });
  }
});

describe('DOCX reader: document details', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (t: string): string => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
  const tc = (inner: string, pr = ''): string => `<w:tc><w:tcPr>${pr}</w:tcPr>${inner}</w:tc>`;
  const docx = (body: string): Uint8Array =>
    zipStored([{ name: 'word/document.xml', data: new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`) }]);
  const labels = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const t4 = (values: string[]): string =>
    '<w:tbl>' +
    `<w:tr>${tc(p('行政复议'), '<w:gridSpan w:val="5"/>')}${tc(p('行政诉讼'), '<w:gridSpan w:val="10"/>')}</w:tr>` +
    `<w:tr>${labels.map((l) => tc(p(l), '<w:vMerge w:val="restart"/>')).join('')}${tc(p('未经复议直接起诉'), '<w:gridSpan w:val="5"/>')}${tc(p('复议后起诉'), '<w:gridSpan w:val="5"/>')}</w:tr>` +
    `<w:tr>${labels.map(() => tc('<w:p/>', '<w:vMerge/>')).join('')}${[...labels, ...labels].map((l) => tc(p(l))).join('')}</w:tr>` +
    `<w:tr>${values.map((v) => tc(v)).join('')}</w:tr>` +
    '</w:tbl>';

  it('expands w:vMerge and w:gridSpan, joins digits split over runs, leaves out deleted text, locates by table and paragraph', async () => {
    const split = '<w:p><w:r><w:t>1</w:t></w:r><w:del><w:r><w:delText>9</w:delText></w:r></w:del><w:r><w:t>2</w:t></w:r></w:p>';
    const values = [split, p('0'), '<w:p/>', p('0'), p('12'), ...Array(10).fill(p('0'))];
    const body = p('某局2023年政府信息公开工作年度报告') + p('本报告所列数据统计期限为2023年1月1日至2023年12月31日。') + p('四、政府信息公开行政复议、行政诉讼情况') + t4(values) + p('五、存在的主要问题及改进情况') + p('无。');
    const report = readDocx({ path: 'x.docx', bytes: docx(body) });
    const cells = report.tables.t4!.cells;
    expect(cells['review.upheld']).toMatchObject({ kind: 'number', value: 12 });
    expect(cells['review.other']?.kind).toBe('blank');
    expect(cells['suit_after_review.total']).toMatchObject({ value: 0, source: { table: 1, row: 4, col: 15 } });
    expect(report.year).toBe(2023);
    expect(report.agency).toBe('某局');
    expect(report.sections.map((s) => [s.heading, s.source])).toEqual([
      ['四、政府信息公开行政复议、行政诉讼情况', { paragraph: 3 }],
      ['五、存在的主要问题及改进情况', { paragraph: 4 }],
    ]);
  });

  it('expands the older w:hMerge (one w:tc per merged column) as it does w:gridSpan', async () => {
    const hMerged = (text: string, n: number): string => tc(p(text), '<w:hMerge w:val="restart"/>') + tc('<w:p/>', '<w:hMerge/>').repeat(n - 1);
    const values = [p('1'), p('0'), p('0'), p('1'), p('2'), ...Array(10).fill(p('0'))];
    const table = (head: string): string =>
      '<w:tbl>' +
      head +
      `<w:tr>${labels.map((l) => tc(p(l), '<w:vMerge w:val="restart"/>')).join('')}${tc(p('未经复议直接起诉'), '<w:gridSpan w:val="5"/>')}${tc(p('复议后起诉'), '<w:gridSpan w:val="5"/>')}</w:tr>` +
      `<w:tr>${labels.map(() => tc('<w:p/>', '<w:vMerge/>')).join('')}${[...labels, ...labels].map((l) => tc(p(l))).join('')}</w:tr>` +
      `<w:tr>${values.map((v) => tc(v)).join('')}</w:tr>` +
      '</w:tbl>';
    const read = (head: string) =>
      readDocx({ path: 'h.docx', bytes: docx(p('某局2023年政府信息公开工作年度报告') + p('四、政府信息公开行政复议、行政诉讼情况') + table(head) + p('五、存在的主要问题及改进情况')) });
    const withHMerge = read(`<w:tr>${hMerged('行政复议', 5)}${hMerged('行政诉讼', 10)}</w:tr>`);
    const withGridSpan = read(`<w:tr>${tc(p('行政复议'), '<w:gridSpan w:val="5"/>')}${tc(p('行政诉讼'), '<w:gridSpan w:val="10"/>')}</w:tr>`);
    expect(withHMerge.tables.t4!.cells['review.total']).toMatchObject({ kind: 'number', value: 2 });
    // The merged heading fills every column it covers, as with gridSpan.
    const { parseDocument } = await import('htmlparser2');
    const { docxGrid } = await import('../src/readers/docx.js');
    const doc = parseDocument(`<w:document ${W}><w:body>${table(`<w:tr>${hMerged('行政复议', 5)}${hMerged('行政诉讼', 10)}</w:tr>`)}</w:body></w:document>`, { xmlMode: true });
    const tbl = (doc.children[0] as unknown as { children: { name?: string; children: { name?: string }[] }[] }).children[0]!.children[0]!;
    const grid = docxGrid(tbl as never, 1);
    expect(grid.rows[0]!.map((c) => c?.text)).toEqual([...Array(5).fill('行政复议'), ...Array(10).fill('行政诉讼')]);
    expect(Object.fromEntries(Object.entries(withHMerge.tables.t4!.cells).map(([k, c]) => [k, c.kind === 'number' ? c.value : c.kind]))).toEqual(
      Object.fromEntries(Object.entries(withGridSpan.tables.t4!.cells).map(([k, c]) => [k, c.kind === 'number' ? c.value : c.kind])),
    );
  });

  it('refuses what is not a .docx with a read error, never a stack trace', async () => {
    expect(() => readDocx({ path: 'x.docx', bytes: new TextEncoder().encode('not a zip') })).toThrowError(/read-error/);
    expect(() => readDocx({ path: 'x.docx', bytes: zipStored([{ name: 'a.txt', data: new Uint8Array(1) }]) })).toThrowError(/read-error/);
    const dir = tempDir('gk-docx-');
    const file = join(dir, 'broken.docx');
    writeFileSync(file, 'PK\u0003\u0004garbage');
    const r = await runCli(['check', file]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('read-error');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('DOCX reader: tables written as tab-separated paragraphs', () => {
  it('reads them like the text reader, located by paragraph', () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const p = (t: string): string => `<w:p>${t.split('\t').map((x, i) => `${i ? '<w:r><w:tab/></w:r>' : ''}<w:r><w:t xml:space="preserve">${x}</w:t></w:r>`).join('')}</w:p>`;
    const lines = [
      '某局2023年政府信息公开工作年度报告',
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议\t行政诉讼',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      '1\t0\t0\t1\t2\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
      '五、存在的主要问题及改进情况',
    ];
    const bytes = zipStored([{ name: 'word/document.xml', data: new TextEncoder().encode(`<w:document ${W}><w:body>${lines.map(p).join('')}</w:body></w:document>`) }]);
    const report = readDocx({ path: 'tabs.docx', bytes });
    expect(report.tables.t4!.cells['review.total']).toMatchObject({ value: 2, source: { paragraph: 6 } });
    expect(report.tables.t4!.cells['review.pending']).toMatchObject({ value: 1 });
  });
});

describe('DOCX reader: long cell texts repeated by gridSpan', () => {
  it('stay fast (cell texts over 1000 characters are cut before the table finder)', () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const long = '总计'.repeat(50_000);
    const row = `<w:tr>${`<w:tc><w:tcPr><w:gridSpan w:val="60"/></w:tcPr><w:p><w:r><w:t>${long}</w:t></w:r></w:p></w:tc>`.repeat(4)}</w:tr>`;
    const xml = `<w:document ${W}><w:body><w:tbl>${row.repeat(5)}</w:tbl></w:body></w:document>`;
    const t0 = Date.now();
    readDocx({ path: 'long.docx', bytes: zipStored([{ name: 'word/document.xml', data: new TextEncoder().encode(xml) }], true) });
    expect(Date.now() - t0).toBeLessThan(30_000); // was minutes before the cut; generous for a loaded machine
  });
});
