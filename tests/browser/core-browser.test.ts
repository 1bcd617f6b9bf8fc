/// <reference lib="dom" />
/**
 * The pure core runs unchanged in a browser (issue #15): src/core.ts is bundled by rolldown for the
 * browser platform (no Node.js built-in available to it), the bundle holds no `node:` import, and in
 * headless Chromium it reads and checks reports of every format the CLI reads — JSON, xlsx, an "Excel"
 * web-page export (.xls), CSV, text, a web page and Word — giving the same findings as
 * `gongkai check <file> -f json` for each (apart from the path), with no request of any kind.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rolldown } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileResult, RunResult } from '../../src/model/diagnostic.js';
import { browserCoreOptions } from '../../scripts/browser-core.mjs';
import { launch, ROOT, type Browser } from './browser.js';

const INPUTS = [
  'samples/tianmen-2021.json',
  'samples/broken-2023.json',
  'fixtures/readers/xlsx/broken-sum-off-by-one/input.xlsx',
  'fixtures/readers/exports/excel-web-page-gbk/input.xls',
  'fixtures/readers/csv/broken-sum-off-by-one/input.csv',
  'fixtures/corpus-pages/seed-tianmen-2021/page.txt',
  'fixtures/readers/html/pingtan-2022-gbk.html',
  'fixtures/readers/docx/pingtan-2023.docx',
];

/** The CLI's result for one file (the built CLI, in a child process). */
function cliResult(file: string): FileResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', file, '-f', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return (JSON.parse(r.stdout) as RunResult).files[0]!;
}

/** What must agree: every finding, without the file name. */
function comparable(f: FileResult): unknown {
  return { readable: f.readable, format: f.format, year: f.year, agency: f.agency, diagnostics: f.diagnostics.map(({ file: _file, ...d }) => d) };
}

let code = '';
let browser: Browser;

beforeAll(async () => {
  const warnings: string[] = [];
  const bundle = await rolldown(
    browserCoreOptions((level: string, log: { code?: string; message: string }) => {
      if (level === 'warn') warnings.push(`${log.code ?? ''} ${log.message}`);
    }),
  );
  const out = await bundle.generate({ format: 'iife', name: 'gongkai', codeSplitting: false });
  await bundle.close();
  expect(warnings.filter((w) => /UNRESOLVED|node:|builtin/i.test(w))).toEqual([]);
  code = out.output[0].code;
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('the pure core in a browser', () => {
  it('bundles for the browser platform with no Node.js module in it', () => {
    expect(code.length).toBeGreaterThan(100_000);
    expect(code).not.toMatch(/\bfrom\s*["']node:|import\(\s*["']node:|require\(\s*["'](node:)?(fs|path|zlib|crypto|url|os|child_process)["']\)/);
  });

  it('reads and checks every format in Chromium as the CLI does', { timeout: 180_000 }, async () => {
    const { page, requests, errors } = browser;
    await browser.open('core-browser', '<!doctype html><meta charset="utf-8"><title>gongkai core</title><body></body>');
    await page.addScriptTag({ content: code });
    expect(await page.evaluate(() => typeof (window as unknown as { gongkai?: { checkBytes?: unknown } }).gongkai?.checkBytes)).toBe('function');
    for (const file of INPUTS) {
      const base64 = readFileSync(join(ROOT, file)).toString('base64');
      const inBrowser = await page.evaluate(
        async ({ name, data }) => {
          const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
          const core = (window as unknown as { gongkai: { checkBytes(n: string, b: Uint8Array): Promise<{ result: unknown }> } }).gongkai;
          return (await core.checkBytes(name, bytes)).result;
        },
        { name: file, data: base64 },
      );
      const cli = cliResult(file);
      expect(cli.readable, `${file} is readable by the CLI`).toBe(true);
      expect(comparable(inBrowser as FileResult), file).toEqual(comparable(cli));
    }
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });
});
