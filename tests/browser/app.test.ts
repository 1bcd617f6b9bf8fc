/// <reference lib="dom" />
/**
 * The offline page (issue #18), as built by `npm run build` (dist/gongkai.html), opened from file:// in
 * headless Chromium:
 * - every fixture report of every format — the corpus as JSON, Word, web pages, workbooks, CSV/TSV,
 *   text, exports, PDF (137 files, the same reports several times over) — given through the file input:
 *   the results JSON downloaded from the page equals `gongkai check <files> -f json` (the built CLI, in
 *   the same folder, so even the paths agree), cross-file findings included;
 * - no request leaves the page (every request is routed: only file:, blob: and data: are let through);
 * - a file's annotated view is the core's official-layout page with that file's findings;
 * - a folder given through the folder input is checked as `gongkai check <folder>` checks it;
 * - a file over the time limit is stopped in its worker and named with the CLI's reason; the page goes
 *   on with new workers;
 * - English results with the language switch.
 * Screenshots of the summary and of one annotated report go to test-artifacts/.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBytes, renderHtml } from '../../src/core.js';
import type { RunResult } from '../../src/model/diagnostic.js';
import { tempDir } from '../support/tmp.js';
import { ARTIFACTS, launch, ROOT, type Browser } from './browser.js';

const PAGE = join(ROOT, 'dist/gongkai.html');
const READERS = join(ROOT, 'fixtures/readers');

/** Every fixture report, each under a name of its own: its kind, then its case (corpus-pingtan-2022.json, xlsx-placeholders.xlsx …). */
function fixtureReports(): { from: string; name: string }[] {
  const out: { from: string; name: string }[] = [];
  for (const f of readdirSync(join(ROOT, 'fixtures/corpus'))) if (f.endsWith('.json')) out.push({ from: join(ROOT, 'fixtures/corpus', f), name: `corpus-${f}` });
  for (const kind of readdirSync(READERS)) {
    const dir = join(READERS, kind);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile() && /\.(docx|html)$/.test(entry.name)) out.push({ from: join(dir, entry.name), name: `${kind}-${entry.name}` });
      if (!entry.isDirectory()) continue;
      for (const f of readdirSync(join(dir, entry.name))) if (f.startsWith('input.')) out.push({ from: join(dir, entry.name, f), name: `${kind}-${entry.name}${extname(f)}` });
    }
  }
  return out;
}

/** What `gongkai convert <name> --to json|csv` writes for a file of `dir`. */
function convert(name: string, to: 'json' | 'csv'): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'convert', name, '--to', to], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

/** What the built CLI writes for `gongkai check <args>`, run in `cwd`. */
function cliText(args: string[], cwd: string): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  // Exit 0 or 1 (findings); on standard error at most the note of files left out of a folder.
  expect([0, 1], r.stderr).toContain(r.status);
  return r.stdout;
}

/** The built CLI's results for `args`, run in `cwd`. */
function cli(args: string[], cwd: string): RunResult {
  return JSON.parse(cliText([...args, '-f', 'json'], cwd)) as RunResult;
}

let b: Browser;
/** The fixture reports under their names, kept for the file's tests (the page reads a file again for its view). */
let dir: string;
/** Every request the browser was asked to make, of any kind. */
const requested: string[] = [];
/** Requests the routing stopped (anything but file:, blob:, data:). */
const refused: string[] = [];

beforeAll(async () => {
  expect(existsSync(PAGE), 'dist/gongkai.html: run npm run build first').toBe(true);
  dir = tempDir('gongkai-app-');
  b = await launch();
  b.context.on('request', (r) => void requested.push(r.url()));
  await b.context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|blob|data):/.test(url)) return route.continue();
    refused.push(url);
    return route.abort();
  });
  await b.page.goto(pathToFileURL(PAGE).href, { waitUntil: 'load' });
}, 120_000);

afterAll(async () => {
  await b?.close();
});

/** Gives the page files through one of its inputs and waits until every file has a result. */
async function give(page: Page, input: 'files' | 'folder', paths: string | string[]): Promise<void> {
  await page.setInputFiles(`[data-testid="${input}"]`, paths);
  await page.waitForSelector('body[data-state="done"]', { timeout: 600_000 });
}

/** The results JSON, downloaded from the page. */
async function downloaded(page: Page): Promise<RunResult> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-json"]')]);
  expect(d.suggestedFilename()).toBe('gongkai-results.json');
  return JSON.parse(readFileSync((await d.path())!, 'utf8')) as RunResult;
}

describe('the offline page', () => {
  it('is one file under 5 MB that names nothing outside itself', () => {
    const html = readFileSync(PAGE, 'utf8');
    expect(Buffer.byteLength(html)).toBeLessThan(5 * 1024 * 1024);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+' 'sha256-[^']+'; worker-src blob:;/);
    // No element that loads anything: no src=, no link, no external script.
    expect(html).not.toMatch(/<(link|img|iframe[^>]*\ssrc=|script[^>]*\ssrc=)/i);
  });

  it('gives every fixture report the result `gongkai check -f json` gives, with no request leaving the page', { timeout: 900_000 }, async () => {
    const reports = fixtureReports();
    // Every format the CLI reads, and the same reports several times over (cross-file findings).
    expect(new Set(reports.map((r) => extname(r.name)))).toEqual(new Set(['.json', '.docx', '.html', '.xlsx', '.xls', '.csv', '.tsv', '.txt', '.pdf']));
    expect(reports.length).toBeGreaterThan(100);
    for (const r of reports) copyFileSync(r.from, join(dir, r.name));
    const names = reports.map((r) => r.name).sort();
    const expected = cli(names, dir);
    expect(expected.files).toHaveLength(reports.length);

    const { page } = b;
    b.errors.length = 0;
    await give(page, 'files', names.map((n) => join(dir, n)));
    const got = await downloaded(page);
    expect(got.files.map((f) => f.file)).toEqual(expected.files.map((f) => f.file));
    for (let i = 0; i < expected.files.length; i++) expect(got.files[i], expected.files[i]!.file).toEqual(expected.files[i]);
    expect(got).toEqual(expected);

    // The summary table: a row per file, with its counts.
    const rows = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#summary tbody tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent ?? '')),
    );
    expect(rows).toHaveLength(expected.files.length);
    expect(rows.map((r) => [r[0], Number(r[4]), Number(r[5]), Number(r[6])])).toEqual(expected.files.map((f) => [f.file, f.errorCount, f.warningCount, f.infoCount]));
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'app-summary.png') });

    // The findings CSV: exactly `gongkai check -f csv`.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-csv"]')]);
    expect(csv.suggestedFilename()).toBe('gongkai-findings.csv');
    expect(readFileSync((await csv.path())!, 'utf8')).toBe(cliText([...names, '-f', 'csv'], dir));

    expect(b.errors).toEqual([]);
    expect(refused).toEqual([]);
    expect(requested.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]);
  });

  it("opens a file's annotated view: the core's official-layout page with the file's findings", { timeout: 120_000 }, async () => {
    const { page } = b;
    const got = await downloaded(page);
    const name = 'corpus-pingtan-2022.json';
    const result = got.files.find((f) => f.file === name)!;
    expect(result.diagnostics.length).toBeGreaterThan(0);
    const row = page.locator('#summary tbody tr', { has: page.locator(`th button:text-is("${name}")`) });
    await row.locator('button').click();
    const frame = page.frameLocator('[data-testid="view"]');
    await frame.locator('table.official').first().waitFor();
    const srcdoc = await page.evaluate(() => (document.querySelector('[data-testid="view"]') as HTMLIFrameElement).srcdoc);
    const report = await readBytes(name, readFileSync(join(ROOT, 'fixtures/corpus/pingtan-2022.json')));
    expect(srcdoc).toBe(renderHtml(report, { lang: 'zh', diagnostics: result.diagnostics }));
    // The findings listed in the frame are the file's, in order.
    expect(await frame.locator('section.findings li .msg').allTextContents()).toEqual(result.diagnostics.map((d) => d.message));
    await page.locator('#report').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'app-report.png') });
    // The report's downloads: the annotated page shown, and what convert --to json / --to csv write.
    const saved = async (testid: string): Promise<{ name: string; text: string }> => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
      return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
    };
    expect(await saved('download-html')).toEqual({ name: 'corpus-pingtan-2022-annotated.html', text: srcdoc });
    expect(await saved('download-normalized')).toEqual({ name: 'corpus-pingtan-2022-normalized.json', text: convert(name, 'json') });
    expect(await saved('download-tidy')).toEqual({ name: 'corpus-pingtan-2022-tidy.csv', text: convert(name, 'csv') });
    // The level filter: errors only, in the table and in the view.
    await page.selectOption('[data-testid="severity"]', 'error');
    const withErrors = got.files.filter((f) => f.errorCount > 0).map((f) => f.file);
    expect(await page.locator('#summary tbody th button').allTextContents()).toEqual(withErrors);
    // And by rule: the files with a finding of it.
    await page.selectOption('[data-testid="severity"]', 'all');
    await page.selectOption('[data-testid="rule"]', 'narrative-figure');
    expect(await page.locator('#summary tbody th button').allTextContents()).toEqual(got.files.filter((f) => f.diagnostics.some((d) => d.ruleId === 'narrative-figure')).map((f) => f.file));
    // The view shown follows the filters, drawn again in place: the focus stays where it is (on the filter).
    await page.focus('[data-testid="rule"]');
    await page.selectOption('[data-testid="rule"]', '');
    await page.waitForSelector('#report:not([aria-busy])');
    expect(await frame.locator('section.findings li .msg').allTextContents()).toEqual(result.diagnostics.map((d) => d.message));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rule');
    // The keyboard: back to the table, then a file's view opened with Enter.
    await page.click('[data-testid="back"]');
    expect(await page.locator('#report').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await frame.locator('table.official').first().waitFor();
    expect(await page.textContent('#report-title')).toBe(`标注视图：${got.files[got.files.findIndex((f) => f.file === name) + 1]!.file}`);
    await page.click('[data-testid="back"]');
    // Sorted by a column: most errors first on the second click, in path order among equals. With no view
    // open: the view's frame is a process of its own (sandboxed), and a click right after the page scrolls
    // away from it can be sent to it on the browser's last picture of the page (seen under load) — the
    // click never reaches the page.
    await page.click('button[data-sort="errors"]');
    await page.click('button[data-sort="errors"]');
    const byErrors = got.files.map((f, i) => ({ f, i })).sort((a, b) => b.f.errorCount - a.f.errorCount || a.i - b.i);
    expect(await page.locator('#summary tbody th button').allTextContents()).toEqual(byErrors.map(({ f }) => f.file));
    expect(await page.getAttribute('#summary thead th:nth-child(5)', 'aria-sort')).toBe('descending');
    await page.click('button[data-sort="file"]');
    expect(b.errors).toEqual([]);
    expect(refused).toEqual([]);
  });

  it('checks a folder as `gongkai check <folder>` does: files of other kinds and JSON that is no report left out', { timeout: 300_000 }, async () => {
    const parent = tempDir('gongkai-app-folder-');
    const folder = join(parent, '报告');
    mkdirSync(join(folder, '2022'), { recursive: true });
    mkdirSync(join(folder, '.hidden'), { recursive: true });
    copyFileSync(join(ROOT, 'fixtures/corpus/pingtan-2021.json'), join(folder, 'pingtan-2021.json'));
    copyFileSync(join(ROOT, 'fixtures/readers/xlsx/pingtan-2022/input.xlsx'), join(folder, '2022', 'pingtan-2022.xlsx'));
    copyFileSync(join(ROOT, 'fixtures/readers/docx/pingtan-2023.docx'), join(folder, 'pingtan-2023.docx'));
    copyFileSync(join(ROOT, 'samples/broken-2023.json'), join(folder, '.hidden', 'broken-2023.json'));
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'not-a-report', version: '1.0.0' }));
    writeFileSync(join(folder, '说明.doc'), 'old Word file');
    writeFileSync(join(folder, 'logo.png'), 'png');
    const expected = cli(['报告'], parent);
    expect(expected.summary.skipped).toEqual({ notReport: 1, notYet: 1, otherFormats: 1 });
    expect(expected.files.map((f) => f.file)).toEqual(['报告/2022/pingtan-2022.xlsx', '报告/pingtan-2021.json', '报告/pingtan-2023.docx']);
    await give(b.page, 'folder', folder);
    expect(await downloaded(b.page)).toEqual(expected);
    expect(refused).toEqual([]);
  });

  it('stops a file over the time limit in its worker, names it with the reason, and goes on', { timeout: 300_000 }, async () => {
    const dir = tempDir('gongkai-app-timeout-');
    const names = ['pingtan-2025', 'pingtan-office-2025', 'extra-row-and-column'].map((n) => {
      copyFileSync(join(READERS, 'xlsx', n, 'input.xlsx'), join(dir, `${n}.xlsx`));
      return `${n}.xlsx`;
    });
    const { page } = b;
    // 1 ms: no workbook can be read that fast (as tests/timeout.test.ts for the CLI).
    await page.click('details summary');
    await page.fill('[data-testid="timeout"]', '0.001');
    await give(page, 'files', names.map((n) => join(dir, n)));
    const stopped = await downloaded(page);
    expect(stopped).toEqual(cli([...names, '--timeout', '1ms'], dir));
    expect(stopped.files.map((f) => f.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`))).toEqual(names.map(() => ['read-error/timeout']));
    // The page goes on: the same files, with the usual limit, in new workers.
    await page.fill('[data-testid="timeout"]', '60');
    await give(page, 'files', names.map((n) => join(dir, n)));
    const checked = await downloaded(page);
    expect(checked).toEqual(cli(names, dir));
    expect(checked.summary.unreadable).toBe(0);
    expect(b.errors).toEqual([]);
  });

  it('checks files dropped on the page', { timeout: 120_000 }, async () => {
    const names = ['corpus-pingtan-2023.json', 'docx-pingtan-2024.docx'];
    const { page } = b;
    const files = names.map((name) => ({ name, data: readFileSync(join(dir, name)).toString('base64') }));
    const transfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name));
      return dt;
    }, files);
    await page.dispatchEvent('#pick', 'drop', { dataTransfer: transfer });
    await page.waitForSelector('body[data-state="done"]', { timeout: 60_000 });
    expect(await downloaded(page)).toEqual(cli(names, dir));
  });

  it('downloads the blank template of a year, as gongkai template writes it', { timeout: 60_000 }, async () => {
    const { page } = b;
    const out = tempDir('gongkai-app-template-');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'template', '--to', 'xlsx', '--year', '2023', '-o', 'template.xlsx'], { cwd: out, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    await page.fill('#template-year', '2023');
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-template"]')]);
    expect(d.suggestedFilename()).toBe('年度报告模板-2023.xlsx');
    expect(readFileSync((await d.path())!).equals(readFileSync(join(out, 'template.xlsx')))).toBe(true);
    // A year without an official format is said plainly.
    await page.fill('#template-year', '2015');
    await page.click('[data-testid="download-template"]');
    await expect.poll(() => page.textContent('#template-note')).toBe('2015 年没有对应的官方格式（支持 2019 年及以后的年度）。');
  });

  it('a file removed after the check: its view says so in plain words', { timeout: 120_000 }, async () => {
    const dir = tempDir('gongkai-app-gone-');
    const file = join(dir, 'tianmen-2021.json');
    copyFileSync(join(ROOT, 'samples/tianmen-2021.json'), file);
    const { page } = b;
    await give(page, 'files', [file]);
    rmSync(file);
    await page.locator('#summary tbody th button').first().click();
    await expect.poll(() => page.textContent('#view-note')).toBe('生成标注视图失败：无法再次读取这个文件，它可能已被移动、改名或删除；请重新选择文件');
    expect(await page.locator('[data-testid="view"]').count()).toBe(0);
    expect(b.errors).toEqual([]);
  });

  it('checks again in English with the language switch', { timeout: 300_000 }, async () => {
    const dir = tempDir('gongkai-app-en-');
    const names = ['broken-2023.json', 'tianmen-2021.json'];
    for (const n of names) copyFileSync(join(ROOT, 'samples', n), join(dir, n));
    const { page } = b;
    await give(page, 'files', names.map((n) => join(dir, n)));
    await page.click('[data-testid="lang"]');
    await page.waitForSelector('body[data-state="done"]', { timeout: 300_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('[data-testid="download-json"]').textContent()).toBe('Download results (JSON)');
    expect(await downloaded(page)).toEqual(cli([...names, '--lang', 'en'], dir));
    await page.click('[data-testid="lang"]');
    await page.waitForSelector('body[data-state="done"]', { timeout: 300_000 });
    expect(b.errors).toEqual([]);
    expect(refused).toEqual([]);
  });
});
