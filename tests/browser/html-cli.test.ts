/// <reference lib="dom" />
// DOM types for the code that runs inside the page (page.evaluate); the build (tsconfig.build.json) stays without them.
/**
 * The HTML outputs of the CLI, opened in headless Chromium: `convert --to html [--annotate]`,
 * `check --format html` over many files, and report text that tries to run script.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport } from '../../src/node/file.js';
import type { RunResult } from '../../src/model/diagnostic.js';
import { renderHtml } from '../../src/renderers/html.js';
import { runCli } from '../support/cli.js';
import { ARTIFACTS, launch, readTables, ROOT, writeArtifact, type Browser } from './browser.js';

let b: Browser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

async function openFile(file: string): Promise<void> {
  b.errors.length = 0;
  await b.page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
}

describe('gongkai convert --to html', () => {
  it('writes the plain page of the seed report (exit 0)', async () => {
    const out = join(ARTIFACTS, 'cli-seed.html');
    const r = await runCli(['convert', 'samples/tianmen-2021.json', '--to', 'html', '-o', out]);
    expect(r.code).toBe(0);
    await openFile(out);
    const tables = await readTables(b.page);
    expect(tables.t3!.tds).toHaveLength(175);
    expect(tables.t4!.tds).toHaveLength(15);
    expect(tables.t2!.tds).toHaveLength(10);
    expect(await b.page.evaluate(() => document.querySelectorAll('section.findings, .marks').length)).toBe(0);
    expect(b.errors).toEqual([]);
  });

  it('--annotate --lang en marks the findings of check, in English', async () => {
    const out = join(ARTIFACTS, 'cli-broken.en.html');
    const r = await runCli(['convert', 'samples/broken-2023.json', '--to', 'html', '--annotate', '--lang', 'en', '-o', out]);
    expect(r.code).toBe(0);
    const json = JSON.parse((await runCli(['check', 'samples/broken-2023.json', '--format', 'json', '--lang', 'en'])).stdout) as RunResult;
    const ds = json.files[0]!.diagnostics;
    await openFile(out);
    const page = await b.page.evaluate(() => ({
      items: Array.from(document.querySelectorAll('section.findings li .msg')).map((m) => m.textContent),
      marked: Array.from(document.querySelectorAll('td.f-error')).map((td) => (td as HTMLElement).dataset.cell),
    }));
    expect(page.items).toEqual(ds.map((d) => d.message));
    expect(page.marked.sort()).toEqual([...new Set(ds.filter((d) => d.severity === 'error' && d.location.cell).map((d) => d.location.cell!))].sort());
    expect(b.errors).toEqual([]);
  });

  it('writes to standard output without -o, and refuses --annotate for other formats (exit 2)', async () => {
    const r = await runCli(['convert', 'samples/tianmen-2021.json', '--to', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    const bad = await runCli(['convert', 'samples/tianmen-2021.json', '--to', 'json', '--annotate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--annotate');
  });
});

describe('gongkai check --format html', () => {
  it('one page: a summary table linking to each report, annotated like the json result says', async () => {
    const out = join(ARTIFACTS, 'cli-check-corpus.html');
    const r = await runCli(['check', 'fixtures/corpus', 'samples', '--format', 'html', '-o', out, '--jobs', '1']);
    expect(r.code).toBe(1); // the corpus has known errors
    const json = JSON.parse((await runCli(['check', 'fixtures/corpus', 'samples', '--format', 'json', '--jobs', '1'])).stdout) as RunResult;
    const count = readdirSync(join(ROOT, 'fixtures/corpus')).filter((f) => f.endsWith('.json')).length + readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.json')).length;
    expect(json.files).toHaveLength(count);
    await openFile(out);
    const summary = await b.page.evaluate(() =>
      Array.from(document.querySelectorAll('table.summary tbody tr')).map((tr) => {
        const a = tr.querySelector('th a')!;
        const target = document.getElementById(a.getAttribute('href')!.slice(1));
        return {
          file: a.textContent,
          target: target?.tagName ?? null,
          agency: tr.children[1]!.textContent,
          year: tr.children[2]!.textContent,
          errors: Number(tr.querySelector('[data-count="errors"]')!.textContent),
          warnings: Number(tr.querySelector('[data-count="warnings"]')!.textContent),
        };
      }),
    );
    expect(summary).toEqual(
      json.files.map((f) => ({ file: f.file, target: 'ARTICLE', agency: f.agency ?? '', year: f.year !== undefined ? String(f.year) : '', errors: f.errorCount, warnings: f.warningCount })),
    );
    // Each report's view: all three tables, findings on exactly their cells, the list in the same order.
    for (const [i, f] of json.files.entries()) {
      const scope = `#r${i + 1}-report`;
      const tables = await readTables(b.page, scope);
      expect(Object.keys(tables).sort(), f.file).toEqual(['t2', 't3', 't4']);
      const view = await b.page.evaluate((sel) => {
        const root = document.querySelector(sel)!;
        return {
          messages: Array.from(root.querySelectorAll('section.findings li .msg')).map((m) => m.textContent),
          marked: Array.from(root.querySelectorAll('td.f-error, td.f-warning, td.f-info')).map((td) => (td as HTMLElement).dataset.cell),
        };
      }, scope);
      expect(view.messages, f.file).toEqual(f.diagnostics.map((d) => d.message));
      expect(view.marked.sort(), f.file).toEqual([...new Set(f.diagnostics.filter((d) => d.location.cell).map((d) => d.location.cell!))].sort());
    }
    // A link really goes there in the browser.
    await b.page.click('table.summary tbody tr:nth-child(2) th a');
    expect(await b.page.evaluate(() => location.hash)).toBe('#r2-report');
    const dangling = await b.page.evaluate(() =>
      Array.from(document.querySelectorAll('a[href]'))
        .map((a) => a.getAttribute('href')!)
        .filter((h) => !h.startsWith('#') || !document.getElementById(h.slice(1))),
    );
    expect(dangling).toEqual([]);
    expect(b.requests).toEqual([]);
    expect(b.errors).toEqual([]);
    await b.page.screenshot({ path: join(ARTIFACTS, 'cli-check-corpus.png') });
  });
});

describe('report text that tries to run script', () => {
  it('is shown as text: nothing runs, nothing is fetched, no element is injected', async () => {
    const report = await readReport('samples/tianmen-2021.json');
    const evil = ['<script>window.__pwned = 1</script>', '"><img src=x onerror="window.__pwned=2">', "<a href='javascript:window.__pwned=3'>x</a>", '<img src="https://example.com/track.png">'];
    report.title = `</title><script>window.__pwned=4</script>${report.title}`;
    report.sections[0]!.text = evil.join('\n');
    report.sections[4]!.heading = `五、存在的主要问题及改进情况${evil[1]}`;
    report.tables.t3!.cells['new.natural'] = { kind: 'text', raw: evil[1]! };
    for (const [name, opts] of [['evil', {}], ['evil.annotated', { diagnostics: (await import('../../src/check/check.js')).checkReport(report).diagnostics }]] as const) {
      await b.open(name, renderHtml(report, opts));
      const page = await b.page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        injected: document.querySelectorAll('body script, body img, body a[href^="javascript"], [onerror]').length,
        first: Array.from(document.querySelectorAll('section.rs'))[0]!.textContent,
        cell: document.querySelector('td[data-cell="t3.new.natural"] .v')!.textContent,
        title: document.title,
      }));
      expect(page.pwned).toBeNull();
      expect(page.injected).toBe(0);
      for (const e of evil) expect(page.first).toContain(e);
      expect(page.cell).toBe(evil[1]);
      expect(page.title).toContain('</title><script>');
      expect(b.requests).toEqual([]);
    }
    writeArtifact('evil-source.txt', readFileSync(join(ARTIFACTS, 'html/evil.html'), 'utf8').slice(0, 4000));
  });
});
