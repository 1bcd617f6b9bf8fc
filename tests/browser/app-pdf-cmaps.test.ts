/// <reference lib="dom" />
/**
 * The offline page (dist/gongkai.html, from file:// in headless Chromium) reads PDFs whose Chinese fonts
 * are not embedded as the CLI does (issue #18): the page carries the Chinese CMaps (scripts/app-cmaps.mjs)
 * and gives them to pdfjs; the CLI reads them from pdfjs-dist's folder.
 * - Simplified (STSong-Light, UniGB-UCS2-H), traditional (MSung-Light, UniCNS-UCS2-H) with vertical
 *   writing, and text in a font with no usable character map: the results JSON downloaded from the page
 *   equals `gongkai check <files> -f json` file by file.
 * - A Japanese font that is not embedded (a CMap the page does not carry): the one plain finding that
 *   the page cannot read that font, naming it — not "no text layer".
 * - No request leaves the page, and it logs no error.
 * The same in Firefox (Debian's firefox-esr over WebDriver BiDi, as tests/browser/app-firefox.test.ts
 * drives it; skipped with the reason where it is not installed): its DecompressionStream unpacks the
 * CMaps in the worker.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model/diagnostic.js';
import { chineseReport, fewLostReport, japaneseReport, noMapReport, traditionalReport } from '../support/pdf-fonts.js';
import { tempDir } from '../support/tmp.js';
import { launch, ROOT, type Browser } from './browser.js';

const PAGE = join(ROOT, 'dist/gongkai.html');

/** The built CLI's results for `gongkai check <names> -f json`, run in `cwd`. */
function cli(names: string[], cwd: string): RunResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', ...names, '-f', 'json'], { cwd, encoding: 'utf8' });
  expect([0, 1], r.stderr).toContain(r.status);
  return JSON.parse(r.stdout) as RunResult;
}

let b: Browser;
let dir: string;
/** Requests the routing stopped (anything but file:, blob:, data:). */
const refused: string[] = [];

beforeAll(async () => {
  expect(existsSync(PAGE), 'dist/gongkai.html: run npm run build first').toBe(true);
  dir = tempDir('gongkai-app-cmaps-');
  writeFileSync(join(dir, 'cmap-gb.pdf'), chineseReport());
  writeFileSync(join(dir, 'cmap-cns.pdf'), traditionalReport());
  writeFileSync(join(dir, 'cmap-japan.pdf'), japaneseReport());
  writeFileSync(join(dir, 'no-map.pdf'), noMapReport());
  writeFileSync(join(dir, 'few-lost.pdf'), fewLostReport());
  b = await launch();
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

const NAMES = ['cmap-cns.pdf', 'cmap-gb.pdf', 'cmap-japan.pdf', 'few-lost.pdf', 'no-map.pdf'];

/** The page's results for NAMES against the CLI's. */
function compare(got: RunResult): void {
  expect(got.files.map((f) => f.file)).toEqual(NAMES);
  const byName = new Map(got.files.map((f) => [f.file, f]));
  // The CLI reads the Japanese font from pdfjs-dist's folder: it is compared apart (the other files
  // hold no report of its agency, so no check across files involves it).
  const expected = cli(NAMES.filter((n) => n !== 'cmap-japan.pdf'), dir);
  for (const f of expected.files) expect(byName.get(f.file), f.file).toEqual(f);
  // The Chinese ones are read (the page said "no text layer" before it carried the CMaps).
  for (const n of ['cmap-gb.pdf', 'cmap-cns.pdf']) {
    expect(byName.get(n)!.readable, n).toBe(true);
    expect(byName.get(n)!.diagnostics.filter((x) => x.ruleId === 'read-error'), n).toEqual([]);
  }
  expect(byName.get('no-map.pdf')!.diagnostics.map((x) => x.messageId)).toEqual(['pdfFontNoMap']);
  // One line in a font with no map beside text that reads: left out, one warning, the rest read.
  expect(byName.get('few-lost.pdf')!.diagnostics.filter((x) => x.messageId === 'fontNoMap').map((x) => x.severity)).toEqual(['warning']);
  const japan = byName.get('cmap-japan.pdf')!;
  expect(japan.readable).toBe(false);
  expect(japan.diagnostics.map((x) => [x.ruleId, x.messageId, x.severity])).toEqual([['read-error', 'pdfCMapMissing', 'error']]);
  expect(japan.diagnostics[0]!.message).toContain('UniJIS-UCS2-H');
  expect(japan.diagnostics[0]!.message).not.toMatch(/没有文字层|扫描件/u);
  expect(cli(['cmap-japan.pdf'], dir).files[0]!.readable).toBe(true);
}

describe('the offline page: PDFs whose Chinese fonts are not embedded', () => {
  it('reads them as gongkai check does; a Japanese font it cannot read is one plain finding', { timeout: 180_000 }, async () => {
    const { page } = b;
    await page.setInputFiles('[data-testid="files"]', NAMES.map((n) => join(dir, n)));
    await page.waitForSelector('body[data-state="done"]', { timeout: 120_000 });
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-json"]')]);
    compare(JSON.parse(readFileSync((await d.path())!, 'utf8')) as RunResult);
    expect(b.errors).toEqual([]);
    expect(refused).toEqual([]);
    expect(b.requests.filter((u) => !/^(blob|data):/.test(u))).toEqual([]);
  });
});

const FIREFOX = '/usr/bin/firefox-esr';
const noFirefox = existsSync(FIREFOX) ? undefined : `${FIREFOX} is not installed (scripts/install-system-deps.sh installs it)`;
if (noFirefox) console.warn(`app-pdf-cmaps.test.ts, Firefox: skipped: ${noFirefox}`);

describe.skipIf(noFirefox !== undefined)(`the same in Firefox${noFirefox ? ` (skipped: ${noFirefox})` : ''}`, () => {
  it('reads them as gongkai check does', { timeout: 180_000 }, async () => {
    const downloads = tempDir('gongkai-app-cmaps-downloads-');
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: tempDir('gongkai-firefox-profile-'),
      extraPrefsFirefox: {
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
      },
    });
    try {
      const page = (await browser.pages())[0] ?? (await browser.newPage());
      const errors: string[] = [];
      const outside: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => void errors.push(String(e)));
      await page.setRequestInterception(true);
      page.on('request', (r) => {
        if (/^(file|blob|data):/.test(r.url())) return void r.continue();
        outside.push(r.url());
        return void r.abort();
      });
      await page.goto(pathToFileURL(PAGE).href, { waitUntil: 'load' });
      const input = await page.$('input[data-testid="files"]');
      await input!.uploadFile(...NAMES.map((n) => join(dir, n)));
      await page.waitForSelector('body[data-state="done"]', { timeout: 120_000 });
      await page.click('[data-testid="download-json"]');
      const file = join(downloads, 'gongkai-results.json');
      await expect.poll(() => existsSync(file) && !readdirSync(downloads).some((f) => f.endsWith('.part')), { timeout: 30_000 }).toBe(true);
      compare(JSON.parse(readFileSync(file, 'utf8')) as RunResult);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
