/// <reference lib="dom" />
/**
 * The offline page (issue #18 item 6), as built (dist/gongkai.html), in headless Chromium: accessible and
 * plain.
 * - Keyboard only: Tab reaches the file chooser (Space opens it), then the filters, the downloads, the
 *   sort buttons and each file's row; Enter opens a report's view with the focus on its heading; Tab
 *   reaches 返回; Escape goes back with the focus on the file's row again.
 * - Every control has an accessible name (Chromium's own accessibility tree, through the DevTools
 *   protocol): no unnamed button, input, list box, link or frame — before, after checking and with a view open.
 * - Severity is shown by a symbol or a word beside the colour: the count badges, the findings of an
 *   unreadable file, the marks on the official tables.
 * - Printed on A4: the page has no horizontal overflow at the printable width, and an annotated report
 *   (the page the view shows and downloads to print) printed to PDF (page.pdf, A4) has no text beyond the
 *   page's width (read back with pdfjs-dist).
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPdfjs } from '../../src/readers/pdf-load.js';
import { tempDir } from '../support/tmp.js';
import { launch, ROOT, writeArtifact, type Browser } from './browser.js';

const PAGE = join(ROOT, 'dist/gongkai.html');
/** The reports given to the page: two formats (2019 with 表二's blocks, 2021), a docx, and a file that is no report. */
const REPORTS: [from: string, name: string][] = [
  ['fixtures/corpus/pingtan-2020.json', 'a-pingtan-2020.json'],
  ['fixtures/readers/docx/pingtan-2023.docx', 'b-pingtan-2023.docx'],
  ['samples/broken-2023.json', 'c-broken-2023.json'],
];
const UNREADABLE = 'd-unreadable.xlsx';
/** A4 less 12 mm margins each side, at 96 dpi (as tests/browser/html-report.test.ts prints). */
const A4_PRINTABLE_PX = Math.floor(((210 - 24) / 25.4) * 96);

let b: Browser;
let names: string[];

beforeAll(async () => {
  const dir = tempDir('gongkai-app-a11y-');
  for (const [from, name] of REPORTS) copyFileSync(join(ROOT, from), join(dir, name));
  writeFileSync(join(dir, UNREADABLE), 'not a workbook');
  names = [...REPORTS.map(([, n]) => join(dir, n)), join(dir, UNREADABLE)];
  b = await launch();
  await b.page.goto(pathToFileURL(PAGE).href, { waitUntil: 'load' });
}, 120_000);

afterAll(async () => {
  await b?.close();
});

/** What has the focus: its id, or its tag and text. */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return 'body';
    return e.id ? `#${e.id}` : `${e.tagName.toLowerCase()}:${(e.textContent ?? '').trim()}`;
  });

/** Presses Tab until `want` has the focus (at most `max` times); returns what had it on the way. */
async function tabTo(page: Page, want: (f: string) => boolean, max: number): Promise<string[]> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    path.push(f);
    if (want(f)) return path;
  }
  throw new Error(`not reached with ${max} Tabs: ${path.join(' → ')}`);
}

/** Chromium's accessibility tree of the page: every control whose role needs a name, without one. */
async function unnamed(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
    };
    const needName = new Set(['button', 'textbox', 'spinbutton', 'combobox', 'listbox', 'link', 'checkbox', 'radio', 'slider', 'progressbar', 'Iframe', 'DisclosureTriangle']);
    const roles = new Set(nodes.filter((n) => !n.ignored).map((n) => n.role?.value ?? ''));
    // The tree holds the page's controls (a broken call would find none and pass).
    expect([...roles]).toContain('button');
    return nodes.filter((n) => !n.ignored && needName.has(n.role?.value ?? '') && !(n.name?.value ?? '').trim()).map((n) => n.role!.value);
  } finally {
    await cdp.detach();
  }
}

describe('the offline page: accessible and plain', () => {
  it('works with the keyboard only', { timeout: 180_000 }, async () => {
    const { page } = b;
    expect(await unnamed(page)).toEqual([]);
    // Waiting for the file chooser starts before the Tabs: Playwright turns on catching it with a message to
    // the browser that, on a loaded machine, could arrive after the Space had opened the dialog (and the
    // dialog, not caught, was never seen: the test failed so once in a clean clone at load 4).
    const chooserOpened = page.waitForEvent('filechooser', { timeout: 60_000 });
    // Tab from the top of the page to the file chooser: the language switch comes first.
    const toFiles = await tabTo(page, (f) => f === '#files', 5);
    expect(toFiles).toEqual(['#lang', '#files']);
    const [chooser] = await Promise.all([chooserOpened, page.keyboard.press('Space')]);
    await chooser.setFiles(names);
    await page.waitForSelector('body[data-state="done"]', { timeout: 120_000 });
    expect(await unnamed(page)).toEqual([]);

    // On to the first file's row, through the filters, the downloads and the sort buttons.
    await page.focus('#files');
    const toRow = await tabTo(page, (f) => f.startsWith('button:a-pingtan'), 30);
    expect(toRow).toEqual(expect.arrayContaining(['#severity', '#rule', '#download-json', '#download-csv', 'button:文件', 'button:错误']));
    // The sort buttons work with the keyboard too.
    await page.focus('button[data-sort="errors"]');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#summary thead th:nth-child(5)', 'aria-sort')).toBe('ascending');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#summary thead th:nth-child(5)', 'aria-sort')).toBe('descending');
    await page.focus('button[data-sort="file"]');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#summary thead th:nth-child(1)', 'aria-sort')).toBe('ascending');

    // Enter on a row opens its view; the focus is on the view's heading, which names the file.
    await tabTo(page, (f) => f === 'button:b-pingtan-2023.docx', 10);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('#report-title');
    expect(await page.textContent('#report-title')).toBe('标注视图：b-pingtan-2023.docx');
    await page.frameLocator('[data-testid="view"]').locator('table.official').first().waitFor();
    expect(await focused(page)).toBe('#report-title');
    expect(await unnamed(page)).toEqual([]);
    // Tab reaches 返回; Escape goes back, the focus on the file's row.
    expect(await tabTo(page, (f) => f === '#back', 1)).toEqual(['#back']);
    await page.keyboard.press('Escape');
    expect(await page.locator('#report').isHidden()).toBe(true);
    expect(await focused(page)).toBe('button:b-pingtan-2023.docx');
    // Escape from the heading too, after Enter on the next row (the file that cannot be read: its findings listed).
    await tabTo(page, (f) => f === 'button:c-broken-2023.json', 1);
    await tabTo(page, (f) => f === `button:${UNREADABLE}`, 1);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#view-findings:not([hidden])');
    expect(await unnamed(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe(`button:${UNREADABLE}`);
    expect(b.errors).toEqual([]);
  });

  it('shows severity by a symbol or a word beside the colour', { timeout: 60_000 }, async () => {
    const { page } = b;
    // The count badges: ✖ errors, ▲ warnings.
    const badges = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#summary .count.c-error, #summary .count.c-warning')).map((e) => [e.className, getComputedStyle(e, '::before').content]),
    );
    expect(badges.length).toBeGreaterThan(1);
    for (const [cls, mark] of badges) expect(mark, cls).toBe(cls!.includes('c-error') ? '"✖"' : '"▲"');
    // The findings of a file that cannot be read: a symbol and the level's word.
    await page.locator('#summary tbody th button', { hasText: UNREADABLE }).click();
    const items = await page.locator('#view-findings li .sev').allTextContents();
    expect(items).toEqual(['✖ 错误']);
    await page.click('[data-testid="back"]');
    // The marks on the official tables: a symbol and a number, the level's word for screen readers.
    await page.locator('#summary tbody th button', { hasText: 'c-broken-2023.json' }).click();
    const frame = page.frameLocator('[data-testid="view"]');
    await frame.locator('table.official').first().waitFor();
    const marks = await frame.locator('a.mark').evaluateAll((as) => as.map((a) => ({ cls: a.className, text: a.textContent ?? '' })));
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) {
      const level = m.cls.includes('sev-error') ? ['✖', '错误'] : m.cls.includes('sev-warning') ? ['▲', '警告'] : ['ℹ', '提示'];
      expect(m.text, m.cls).toMatch(new RegExp(`^${level[0]}\\d+${level[1]}$`));
    }
    await page.click('[data-testid="back"]');
  });

  it('prints on A4: the page fits the printable width, and an annotated report has no text beyond the page', { timeout: 120_000 }, async () => {
    const { page } = b;
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: A4_PRINTABLE_PX, height: 1000 });
    try {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1000, height: 1400 });
    }
    const pdfjs = await loadPdfjs();
    for (const name of ['a-pingtan-2020.json', 'b-pingtan-2023.docx', 'c-broken-2023.json']) {
      await page.locator('#summary tbody th button', { hasText: name }).click();
      await page.frameLocator('[data-testid="view"]').locator('table.official').first().waitFor();
      const html = await page.evaluate(() => (document.querySelector('[data-testid="view"]') as HTMLIFrameElement).srcdoc);
      await page.click('[data-testid="back"]');
      // The annotated page on its own, as downloaded, printed to A4.
      const printer = await page.context().newPage();
      try {
        await printer.goto(pathToFileURL(writeArtifact(`app-print-${name}.html`, html)).href, { waitUntil: 'load' });
        await printer.emulateMedia({ media: 'print' });
        await printer.setViewportSize({ width: A4_PRINTABLE_PX, height: 1000 });
        expect(await printer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), name).toBe(0);
        const pdf = await printer.pdf({ format: 'A4', margin: { left: '12mm', right: '12mm', top: '12mm', bottom: '12mm' } });
        writeArtifact(`app-print-${name}.pdf`, pdf);
        const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
        try {
          let items = 0;
          const beyond: string[] = [];
          for (let p = 1; p <= doc.numPages; p++) {
            const pg = await doc.getPage(p);
            const width = pg.getViewport({ scale: 1 }).width;
            for (const it of (await pg.getTextContent()).items) {
              if (!('str' in it) || !it.str.trim()) continue;
              items++;
              const x = it.transform[4] as number;
              if (x < 0 || x + it.width > width + 0.5) beyond.push(`page ${p}: "${it.str}" at ${x.toFixed(1)}–${(x + it.width).toFixed(1)} of ${width}`);
            }
          }
          expect(items, name).toBeGreaterThan(100);
          expect(beyond, name).toEqual([]);
        } finally {
          await doc.destroy();
        }
      } finally {
        await printer.close();
      }
    }
  });
});
