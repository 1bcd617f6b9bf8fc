/// <reference lib="dom" />
/**
 * The offline page (issue #18) in Firefox: dist/gongkai.html opened from file:// in Debian's firefox-esr,
 * driven over WebDriver BiDi by puppeteer-core (no browser is downloaded: the system's firefox-esr,
 * installed by scripts/install-system-deps.sh). Reports of every form the CLI reads — JSON, workbooks
 * (xlsx, xls), CSV, a GBK web page, Word, text, PDF and a broken file — given through the file input:
 * - the results JSON downloaded from the page equals `gongkai check <files> -f json` file by file (the
 *   built CLI, in the same folder, so even the paths agree), cross-file findings included, and the
 *   findings CSV equals `-f csv`;
 * - no request leaves the page (request interception: anything but file:, blob:, data: is refused and
 *   counted), and the page logs no error (a Content-Security-Policy violation would be one);
 * - a file's annotated view is the core's official-layout page, styled by its own sheet under the
 *   page's policy inside the sandboxed frame.
 * Skipped, saying why, where firefox-esr is not installed and cannot be (not Debian, no root).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBytes, renderHtml } from '../../src/core.js';
import type { RunResult } from '../../src/model/diagnostic.js';
import { tempDir } from '../support/tmp.js';
import { FIREFOX, firefoxMissing, ROOT } from './browser.js';

const PAGE = join(ROOT, 'dist/gongkai.html');
const F = join(ROOT, 'fixtures');

const missing = firefoxMissing();
if (missing) console.warn(`app-firefox.test.ts skipped: ${missing}`);

/** The reports given to the page: each form the CLI reads, several years of one agency (cross-file checks). */
const REPORTS: [from: string, name: string][] = [
  ['corpus/pingtan-2021.json', 'pingtan-2021.json'],
  ['readers/xlsx/pingtan-2022/input.xlsx', 'pingtan-2022.xlsx'],
  ['readers/csv/pingtan-2023/input.csv', 'pingtan-2023.csv'],
  ['readers/docx/pingtan-2024.docx', 'pingtan-2024.docx'],
  ['readers/html/pingtan-2022-gbk.html', 'pingtan-2022-gbk.html'],
  ['readers/text/web-copy-2021/input.txt', 'web-copy-2021.txt'],
  ['readers/exports/spreadsheet-2003-gbk/input.xls', 'spreadsheet-2003-gbk.xls'],
  ['readers/pdf/libreoffice-pingtan-2025/input.pdf', 'pingtan-2025.pdf'],
];

/** What the built CLI writes for `gongkai check <args>`, run in `cwd`. */
function cliText(args: string[], cwd: string): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect([0, 1], r.stderr).toContain(r.status);
  return r.stdout;
}

let browser: Browser;
let page: Page;
/** Where Firefox saves downloads (its preferences: no question asked). */
let downloads: string;
let dir: string;
/** Every request the page made, and those refused (anything but file:, blob:, data:). */
const requested: string[] = [];
const refused: string[] = [];
/** Console errors and uncaught errors of the page. */
const errors: string[] = [];

beforeAll(async () => {
  if (missing) return;
  expect(existsSync(PAGE), 'dist/gongkai.html: run npm run build first').toBe(true);
  dir = tempDir('gongkai-app-firefox-');
  downloads = tempDir('gongkai-app-firefox-downloads-');
  const profile = tempDir('gongkai-firefox-profile-');
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width: 1000, height: 1400 });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => void errors.push(String(e)));
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    const url = r.url();
    requested.push(url);
    if (/^(file|blob|data):/.test(url)) return void r.continue();
    refused.push(url);
    return void r.abort();
  });
  await page.goto(pathToFileURL(PAGE).href, { waitUntil: 'load' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Clicks a download button and reads the file Firefox saved (then removes it, so the next is named alike). */
async function download(testid: string, name: string): Promise<string> {
  await page.click(`[data-testid="${testid}"]`);
  const file = join(downloads, name);
  // Saved when the file is there and Firefox's partial file is gone.
  await expect.poll(() => existsSync(file) && !readdirSync(downloads).some((f) => f.endsWith('.part')), { timeout: 30_000 }).toBe(true);
  expect(readdirSync(downloads)).toEqual([name]);
  const text = readFileSync(file, 'utf8');
  rmSync(file);
  return text;
}

describe.skipIf(missing !== undefined)(`the offline page in Firefox${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('gives reports of every form the results `gongkai check` gives, with no request leaving the page', { timeout: 300_000 }, async () => {
    for (const [from, name] of REPORTS) copyFileSync(join(F, from), join(dir, name));
    copyFileSync(join(ROOT, 'samples/broken-2023.json'), join(dir, 'broken-2023.json'));
    const names = [...REPORTS.map(([, n]) => n), 'broken-2023.json'].sort();
    const expected = JSON.parse(cliText([...names, '-f', 'json'], dir)) as RunResult;
    // Every form is read (the broken file is a report with errors, not unreadable).
    expect(expected.summary.unreadable).toBe(0);

    const input = await page.$('input[data-testid="files"]');
    await input!.uploadFile(...names.map((n) => join(dir, n)));
    await page.waitForSelector('body[data-state="done"]', { timeout: 240_000 });
    const got = JSON.parse(await download('download-json', 'gongkai-results.json')) as RunResult;
    expect(got.files.map((f) => f.file)).toEqual(names);
    for (let i = 0; i < names.length; i++) expect(got.files[i], names[i]).toEqual(expected.files[i]);
    expect(got).toEqual(expected);
    expect(await download('download-csv', 'gongkai-findings.csv')).toBe(cliText([...names, '-f', 'csv'], dir));
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    expect(requested.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]);
  });

  it("opens a file's annotated view, styled under the page's policy", { timeout: 120_000 }, async () => {
    const name = 'pingtan-2024.docx';
    const got = JSON.parse(await download('download-json', 'gongkai-results.json')) as RunResult;
    const result = got.files.find((f) => f.file === name)!;
    const buttons = await page.$$('#summary tbody th button');
    const texts = await Promise.all(buttons.map((b) => b.evaluate((e) => e.textContent)));
    await buttons[texts.indexOf(name)]!.click();
    const frameEl = await page.waitForSelector('[data-testid="view"]');
    const frame = (await frameEl!.contentFrame())!;
    await frame.waitForSelector('table.official');
    const srcdoc = await frameEl!.evaluate((e) => (e as HTMLIFrameElement).srcdoc);
    const report = await readBytes(name, readFileSync(join(F, 'readers/docx/pingtan-2024.docx')));
    expect(srcdoc).toBe(renderHtml(report, { lang: 'zh', diagnostics: result.diagnostics }));
    // The report's own style sheet applies (its hash is in the page's policy): the official tables'
    // borders collapse, as the sheet says, rather than the browser's default.
    expect(await frame.$eval('table.official', (t) => getComputedStyle(t).borderCollapse)).toBe('collapse');
    expect(await download('download-html', 'pingtan-2024-annotated.html')).toBe(srcdoc);
    await page.click('[data-testid="back"]');
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
  });
});
