/**
 * A reviewer saving the published page as PDF from the browser with "headers and footers" on, as Chromium's
 * print dialog offers: the date and the page's title at the top of every page, its address and "1/8" at the
 * foot — a running header and footer of the site's, not of the report. Printed here, at test time, from the
 * agencies' own pages (fixtures/readers/html), A4 at 10 mm margins, and read by the PDF reader: every cell as
 * the corpus report, and the corpus JSON's findings (rule, message and data; the furniture is dropped, the
 * date's year and the title's 年度报告 do not count as the report's text). Held-out department pages printed
 * this way (30, outside the project) read as their HTML too.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBytes } from '../../src/check/bytes.js';
import { checkReport } from '../../src/check/check.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { checkFile, readReport } from '../../src/node/file.js';
import { reportCells } from '../support/corpus.js';
import { requirePoppler } from '../support/poppler.js';
import { tempDir } from '../support/tmp.js';
import { launch, ROOT, type Browser } from './browser.js';

const PAGES = ['pingtan-2021', 'pingtan-2024', 'pingtan-finance-2021'];
const DATE = '2026/12/5 19:55';
const URL = 'http://www.pingtan.gov.cn/zwgk/zfxxgkndbg/t20250120_7123.html';
const STYLE = 'font-size:8px;width:100%;display:flex;justify-content:space-between;margin:0 7mm';
const HEADER = `<div style="${STYLE}"><span>${DATE}</span><span class="title"></span><span></span></div>`;
const FOOTER = `<div style="${STYLE}"><span>${URL}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`;

const findings = (ds: readonly Diagnostic[]): string[] => ds.map((d) => `${d.severity} ${d.ruleId}/${d.messageId} ${JSON.stringify(d.data ?? {})}`).sort();

let b: Browser;
beforeAll(async () => {
  requirePoppler();
  b = await launch();
}, 120_000);
afterAll(async () => {
  await b?.close();
});

describe('a published page saved as PDF from the browser with its headers and footers', () => {
  for (const r of PAGES) {
    it(`${r}: every cell and the findings of the corpus report`, { timeout: 120_000 }, async () => {
      await b.open(`header-footer-${r}`, readFileSync(join(ROOT, 'fixtures/readers/html', `${r}.html`), 'utf8'));
      const pdf = await b.page.pdf({ format: 'A4', displayHeaderFooter: true, headerTemplate: HEADER, footerTemplate: FOOTER, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
      // The header and footer are there, on every page.
      const file = join(tempDir('gk-header-footer-'), `${r}.pdf`);
      writeFileSync(file, pdf);
      const pages = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout.split('\f').filter((p) => p.trim());
      expect(pages.length).toBeGreaterThan(3);
      pages.forEach((p, i) => {
        expect(p).toContain(DATE);
        expect(p).toContain(URL);
        expect(p).toContain(`${i + 1}/${pages.length}`);
      });
      const report = await readBytes(`${r}.pdf`, pdf);
      const json = await readReport(join(ROOT, 'fixtures/corpus', `${r}.json`));
      expect(Object.fromEntries(reportCells(report))).toEqual(Object.fromEntries(reportCells(json)));
      // Year and format as the corpus; the agency as the page itself reads (the corpus names it more fully).
      const page = await readReport(join(ROOT, 'fixtures/readers/html', `${r}.html`));
      expect([report.year, report.format, report.agency]).toEqual([json.year, json.format, page.agency]);
      expect(findings(checkReport(report).diagnostics)).toEqual(findings((await checkFile(join(ROOT, 'fixtures/corpus', `${r}.json`))).diagnostics));
    });
  }
});
