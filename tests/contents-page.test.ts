/**
 * A table of contents (目录) before the report — what longer reports print after the cover, in Word, on the
 * web page and in the PDF — lists the six section headings with leaders and page numbers. Taken as the
 * headings, every section held a page number, every table was "missing" and the title was lost. Read as
 * contents (format/sections.ts contentsLine; textlayout.ts tocEntries; grid-text.ts contentsCells), the report
 * reads and checks as it does without the contents, in every form: plain text (each entry on its line, apart
 * from its page number, or run together as a copied page gives them), Word, the web page, and the PDF (a
 * contents page inserted before the report, its entries with leaders or with the page number set apart).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../src/check/bytes.js';
import { checkReport } from '../src/check/check.js';
import type { Report } from '../src/model/report.js';
import { textAt } from './support/pdf.js';
import { insertPage } from './support/pdf-turn.js';
import { checkJsonProcess } from './support/cli.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const read = (path: string): Buffer => readFileSync(join(ROOT, path));

const ENTRIES = [
  ['一、总体情况', 1],
  ['二、主动公开政府信息情况', 2],
  ['三、收到和处理政府信息公开申请情况', 3],
  ['四、政府信息公开行政复议、行政诉讼情况', 6],
  ['五、存在的主要问题及改进情况', 7],
  ['六、其他需要报告的事项', 8],
] as const;

/** The entries with two subsections of 一 listed between 一 and 二, indented, as longer contents have them. */
const WITH_SUBSECTIONS = [ENTRIES[0], ['（一）主动公开', 1], ['（二）依申请公开', 1], ...ENTRIES.slice(1)] as const;

const cells = (r: Report): Record<string, unknown> =>
  Object.fromEntries(Object.entries(r.tables).flatMap(([t, table]) => Object.entries(table!.cells).map(([k, c]) => [`${t}.${k}`, [c.kind, 'value' in c ? c.value : null]])));
const findings = (r: Report): unknown[] => checkReport(r).diagnostics.map((d) => [d.ruleId, d.messageId, d.message]);

/** The report read with the contents reads as the one without: title, year, sections, cells, findings. */
async function same(name: string, plain: Uint8Array, withContents: Uint8Array): Promise<Report> {
  const a = await readBytes(name, plain);
  const b = await readBytes(name, withContents);
  expect([b.title, b.year]).toEqual([a.title, a.year]);
  expect(a.title).toMatch(/年度报告$/);
  expect(b.sections.map((s) => [s.heading, s.text])).toEqual(a.sections.map((s) => [s.heading, s.text]));
  expect(a.sections.length).toBeGreaterThanOrEqual(6);
  expect(cells(b)).toEqual(cells(a));
  expect(Object.keys(cells(a)).length).toBeGreaterThan(190);
  expect(findings(b)).toEqual(findings(a));
  return b;
}

describe('a table of contents before the report', () => {
  const text = read('fixtures/readers/text/web-copy-2021/input.txt').toString('utf8');
  const [title, period, ...rest] = text.split('\n');
  const withLines = (contents: string[]): Uint8Array => Buffer.from([title, period, '目  录', ...contents, ...rest].join('\n'));

  it('plain text, each entry on its line with leaders', async () => {
    await same('report.txt', Buffer.from(text), withLines(ENTRIES.map(([h, p]) => `${h}${'…'.repeat(20 - h.length)}${p}`)));
  });
  it('plain text, the page number set apart by spaces', async () => {
    await same('report.txt', Buffer.from(text), withLines(ENTRIES.map(([h, p]) => `${h}        ${p}`)));
  });
  it('plain text, subsections listed between the sections', async () => {
    await same('report.txt', Buffer.from(text), withLines(WITH_SUBSECTIONS.map(([h, p]) => `${h}……${p}`)));
  });
  it('plain text, the contents run together on one line as a copied page gives them', async () => {
    await same('report.txt', Buffer.from(text), withLines([ENTRIES.map(([h, p]) => `${h}……${p}`).join('')]));
  });

  it('the web page: Word’s contents paragraphs (MsoToc1) before the report', async () => {
    const page = read('fixtures/readers/html/pingtan-2024.html').toString('utf8');
    const at = page.indexOf('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt">');
    expect(at).toBeGreaterThan(0);
    const toc = ['<p class="MsoTocHeading" align="center">目录</p>', ...ENTRIES.map(([h, p]) => `<p class="MsoToc1"><span>${h}</span><span>…………………………</span><span>${p}</span></p>`)].join('\n');
    await same('report.html', Buffer.from(page), Buffer.from(`${page.slice(0, at)}${toc}\n${page.slice(at)}`));
  });

  it('Word: the contents field’s TOC1 paragraphs (heading, a dot-leader tab, the page number) after the title', async () => {
    const docx = new Uint8Array(read('fixtures/readers/docx/pingtan-2024.docx'));
    const files = unzipSync(docx);
    const xml = strFromU8(files['word/document.xml']!);
    const afterTitle = xml.indexOf('</w:p>', xml.indexOf('<w:body>')) + '</w:p>'.length;
    const toc = [
      '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>目录</w:t></w:r></w:p>',
      ...ENTRIES.map(
        ([h, p]) =>
          `<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8296"/></w:tabs></w:pPr><w:r><w:t>${h}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>${p}</w:t></w:r></w:p>`,
      ),
    ].join('');
    files['word/document.xml'] = strToU8(`${xml.slice(0, afterTitle)}${toc}${xml.slice(afterTitle)}`);
    await same('report.docx', docx, zipSync(files));
  });

  const contentsPage = (apart: boolean, entries: readonly (readonly [string, number])[] = ENTRIES): string =>
    [
      textAt(270, 760, '目录', { size: 16 }),
      ...entries.map(([h, p], i) => {
        const [x, y] = [h.startsWith('（') ? 96 : 72, 720 - i * 28];
        return apart ? `${textAt(x, y, h, { size: 12 })} ${textAt(510, y, String(p), { size: 12 })}` : textAt(x, y, `${h}${'…'.repeat(Math.floor((440 - h.length * 12) / 12))}${p}`, { size: 12 });
      }),
    ].join(' ');
  const pdf = new Uint8Array(read('fixtures/readers/pdf/libreoffice-pingtan-2024/input.pdf'));

  it('the PDF: a contents page before the report, entries with leaders', async () => {
    const b = await same('report.pdf', pdf, insertPage(pdf, 0, contentsPage(false)));
    // Each section where it is in the report: the first on page 2 (page 1 is the contents page).
    expect(b.sections[0]!.source?.page).toBe(2);
  });
  it('the PDF: the page numbers set apart (each a piece of text of its own)', async () => {
    const b = await same('report.pdf', pdf, insertPage(pdf, 0, contentsPage(true)));
    expect(b.sections.map((s) => s.source?.page)).not.toContain(1);
  });

  it('the PDF: subsections listed between the sections, the page numbers set apart', async () => {
    const b = await same('report.pdf', pdf, insertPage(pdf, 0, contentsPage(true, WITH_SUBSECTIONS)));
    expect(b.sections.map((s) => s.source?.page)).not.toContain(1);
  });

  it('through the CLI: the same findings and exit code as without the contents', () => {
    const dir = tempDir('gongkai-contents-');
    const plain = join(dir, 'plain.txt');
    const listed = join(dir, 'listed.txt');
    writeFileSync(plain, text);
    writeFileSync(listed, withLines(ENTRIES.map(([h, p]) => `${h}……………………${p}`)));
    const a = checkJsonProcess(plain);
    expect(a.found.length).toBeGreaterThan(0);
    expect(checkJsonProcess(listed)).toEqual(a);
  });
});
