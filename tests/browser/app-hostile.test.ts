/// <reference lib="dom" />
/**
 * Hostile files in the offline page (issue #18 item 5): "a file that takes too long or too much memory is
 * stopped in its worker and named, and the page goes on". A browser cannot cap a worker's memory, so the
 * page relies on the same deterministic bounds as the command line — they are in the core the worker
 * runs: the zip guard (ratio, declared sizes), the readers' cell, span, text and nesting limits — plus
 * the per-file size cap before anything is read (50 MB, the CLI's --max-size) and the time limit (the
 * worker is ended). Every hostile file of tests/support/hostile.ts that a file input can give (not the
 * FIFOs and device links), a zip bomb workbook, a JSON nested two million deep and a 51 MB web page are
 * given to the page with a clean report and one with known errors, all at once, in headless Chromium:
 * the page finishes (its tab does not crash), and every file's result equals `gongkai check <files>
 * -f json` for it — the hostile ones named unreadable (or checked, capped at 1,000 findings) with the
 * CLI's plain reason — apart from a file stopped at the time limit by one of them and not the other
 * (how long a file takes depends on the machine's load), which the page names as stopped or checks as
 * the CLI does.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, ftruncateSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileResult, RunResult } from '../../src/model/diagnostic.js';
import { BROKEN, CLEAN, HOSTILE } from '../support/hostile.js';
import { tempDir } from '../support/tmp.js';
import { zipBomb } from '../support/zip.js';
import { launch, ROOT, type Browser } from './browser.js';

const PAGE = join(ROOT, 'dist/gongkai.html');
/** The time limit per file, in seconds, for the CLI and the page alike. */
const TIMEOUT = 20;

let b: Browser;

beforeAll(async () => {
  b = await launch();
  await b.page.goto(pathToFileURL(PAGE).href, { waitUntil: 'load' });
}, 120_000);

afterAll(async () => {
  await b?.close();
});

const reason = (f: FileResult): string => f.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`).join(' ');

describe('hostile files in the offline page', () => {
  it('are stopped or refused and named, and the page goes on with the others', { timeout: 900_000 }, async () => {
    const dir = tempDir('gongkai-app-hostile-');
    for (const c of HOSTILE) if (!c.special) c.make(dir);
    writeFileSync(join(dir, 'bomb.xlsx'), zipBomb());
    writeFileSync(join(dir, 'nested.json'), `${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}`);
    // Over the size cap: a sparse file, nothing is written (nor read by the page).
    const fd = openSync(join(dir, 'huge.html'), 'w');
    ftruncateSync(fd, 51 * 1024 * 1024);
    closeSync(fd);
    copyFileSync(CLEAN, join(dir, 'clean.json'));
    copyFileSync(BROKEN, join(dir, 'broken.json'));
    const names = [...HOSTILE.filter((c) => !c.special).map((c) => c.name), 'bomb.xlsx', 'nested.json', 'huge.html', 'clean.json', 'broken.json'].sort();

    const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', ...names, '-f', 'json', '--timeout', String(TIMEOUT)], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(r.status, r.stderr).toBe(1);
    const expected = JSON.parse(r.stdout) as RunResult;

    const { page } = b;
    b.errors.length = 0;
    await page.click('details summary');
    await page.fill('[data-testid="timeout"]', String(TIMEOUT));
    await page.setInputFiles('[data-testid="files"]', names.map((n) => join(dir, n)));
    await page.waitForSelector('body[data-state="done"]', { timeout: 800_000 });
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-json"]')]);
    const got = JSON.parse(readFileSync((await d.path())!, 'utf8')) as RunResult;

    expect(got.files.map((f) => f.file)).toEqual(names);
    const timedOut = (f: FileResult) => f.diagnostics.some((x) => x.ruleId === 'read-error' && x.messageId === 'timeout');
    // The CLI's checking process has a memory cap (stopped: outOfMemory); a browser cannot cap a worker's
    // memory, so there the same file runs until the reader's own bounds refuse it (lines.pdf: pdfjs builds
    // the page's whole list of 600,000 drawing operations before the reader can count them — some 800 MB).
    const outOfMemory = (f: FileResult) => f.diagnostics.some((x) => x.ruleId === 'read-error' && x.messageId === 'outOfMemory');
    for (let i = 0; i < names.length; i++) {
      const want = expected.files[i]!;
      const have = got.files[i]!;
      // A file stopped at the time limit in one and not the other (how long a file takes depends on the
      // machine and its load): the page either has the CLI's result or names the file as stopped.
      if (timedOut(want) !== timedOut(have)) {
        if (timedOut(have)) expect(reason(have), names[i]).toBe('read-error/timeout');
        continue;
      }
      // Stopped for memory by the CLI: the page names the file unreadable by its reader's own bounds.
      if (outOfMemory(want)) {
        expect(have.readable, names[i]).toBe(false);
        expect(reason(have), names[i]).toMatch(/^read-error\//);
        continue;
      }
      expect(have, `${names[i]}: page ${reason(have)}, CLI ${reason(want)}`).toEqual(want);
    }
    // Every hostile file is named with a finding; the clean and the broken report come out as always.
    for (const f of got.files) if (f.file !== 'clean.json') expect(f.errorCount + f.warningCount, f.file).toBeGreaterThan(0);
    expect(got.files.find((f) => f.file === 'clean.json')!.errorCount).toBe(0);
    expect(reason(got.files.find((f) => f.file === 'huge.html')!)).toBe('read-error/tooLarge');
    expect(reason(got.files.find((f) => f.file === 'bomb.xlsx')!)).toBe('read-error/zipRatio');
    expect(b.errors).toEqual([]);

    // The page goes on: the two reports again, as the CLI checks them.
    await page.setInputFiles('[data-testid="files"]', ['clean.json', 'broken.json'].map((n) => join(dir, n)));
    await page.waitForSelector('body[data-state="done"]', { timeout: 120_000 });
    const [again] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-json"]')]);
    const cli = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', 'clean.json', 'broken.json', '-f', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(readFileSync((await again.path())!, 'utf8'))).toEqual(JSON.parse(cli.stdout));
    expect(b.errors).toEqual([]);
  });
});
