/**
 * The offline page's per-report downloads hold what `check` read (#17): a report whose glued table-二 row
 * its own text resolves (fixtures/glued-rows/resolved-by-text-2024: 行政规范性文件6233440 = 62 | 33 | 440,
 * extract-resolved) gives, from the page, the normalized JSON and tidy CSV that `gongkai convert` writes —
 * the row with its figures, not unread — and the annotated page shows them. Headless Chromium.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model/diagnostic.js';
import { tempDir } from '../support/tmp.js';
import { launch, ROOT, type Browser } from './browser.js';

const PAGE = join(ROOT, 'dist/gongkai.html');
const NAME = 'resolved-by-text-2024.txt';

/** What `gongkai convert <file> --to json|csv` writes (exit 0: the row is read). */
function convert(file: string, to: 'json' | 'csv'): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'convert', file, '--to', to], { cwd: dir, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

let b: Browser;
let dir: string;

beforeAll(async () => {
  expect(existsSync(PAGE), 'dist/gongkai.html: run npm run build first').toBe(true);
  dir = tempDir('gongkai-app-glued-');
  copyFileSync(join(ROOT, 'fixtures/glued-rows/resolved-by-text-2024/input.txt'), join(dir, NAME));
  b = await launch();
  await b.page.goto(pathToFileURL(PAGE).href, { waitUntil: 'load' });
}, 120_000);

afterAll(async () => {
  await b?.close();
});

describe('the offline page, a glued row its text resolves', () => {
  it('the report’s downloads are what convert writes: the row read, not unread', { timeout: 300_000 }, async () => {
    const { page } = b;
    await page.setInputFiles('[data-testid="files"]', join(dir, NAME));
    await page.waitForSelector('body[data-state="done"]', { timeout: 240_000 });
    const [results] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-json"]')]);
    const run = JSON.parse(readFileSync((await results.path())!, 'utf8')) as RunResult;
    expect(run.files[0]!.diagnostics.filter((d) => d.ruleId === 'extract-resolved').map((d) => d.location.row)).toEqual(['normative_documents']);
    await page.locator('#summary tbody th button', { hasText: NAME }).click();
    await page.frameLocator('[data-testid="view"]').locator('table.official').first().waitFor();
    const saved = async (testid: string): Promise<string> => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}"]`)]);
      return readFileSync((await d.path())!, 'utf8');
    };
    const json = await saved('download-normalized');
    expect(json).toBe(convert(NAME, 'json'));
    const row = (JSON.parse(json) as { tables: { t2: Record<string, Record<string, { value: number }>> } }).tables.t2.normative_documents!;
    expect(Object.values(row).map((c) => c.value)).toEqual([62, 33, 440]);
    expect(await saved('download-tidy')).toBe(convert(NAME, 'csv'));
    expect(await saved('download-html')).not.toContain('未读取');
  });
});
