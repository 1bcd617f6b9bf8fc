/// <reference lib="dom" />
// DOM types for the code that runs inside the page (page.evaluate); the build (tsconfig.build.json) stays without them.
/**
 * The annotated page as a browser saves it (#17): Chromium opens `convert --to html --annotate`'s page
 * and its document is written back out as "Save page as… (complete)" does — the serialized DOM, not the
 * bytes gongkai wrote. The marks of what gongkai added (data-gongkai) survive that, and checking the
 * saved page through the built CLI gives the report's own findings (zh and en page).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GONGKAI_ATTR } from '../../src/messages/stand-ins.js';
import { tempDir } from '../support/tmp.js';
import { launch, ROOT, type Browser } from './browser.js';

const BIN = join(ROOT, 'bin/gongkai.js');

function gongkai(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Rule, severity, message id and place of each finding of the built CLI's check, sorted. */
function findings(file: string): string[] {
  const r = gongkai(['check', file, '-f', 'json']);
  type Loc = Partial<Record<'section' | 'table' | 'row' | 'column' | 'cell', string>>;
  const ds = (JSON.parse(r.stdout) as { files: { diagnostics: { ruleId: string; severity: string; messageId?: string; location: Loc }[] }[] }).files[0]!.diagnostics;
  return ds.map((d) => [d.ruleId, d.severity, d.messageId, d.location.section, d.location.table, d.location.row, d.location.column, d.location.cell].map((x) => x ?? '-').join(' ')).sort();
}

let b: Browser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

describe('the annotated page saved by a browser and checked again', () => {
  for (const json of ['fixtures/corpus/pingtan-2020.json', 'fixtures/rules/cell-blank/invalid-many-in-one-table/input.json']) {
    it(`${json}: the saved zh and en page give the report's findings`, async () => {
      const want = findings(join(ROOT, json));
      expect(want.length).toBeGreaterThan(0);
      const dir = tempDir('gongkai-saved-');
      for (const lang of ['zh', 'en']) {
        const page = join(dir, `${lang}.html`);
        expect(gongkai(['convert', json, '--to', 'html', '--annotate', '--lang', lang, '-o', page]).code).toBe(0);
        await b.page.goto(pathToFileURL(page).href, { waitUntil: 'load' });
        const saved = await b.page.evaluate((attr) => ({
          html: `<!DOCTYPE html>\n${document.documentElement.outerHTML}`,
          marked: document.querySelectorAll(`[${attr}]`).length,
          marks: document.querySelectorAll('a.mark, a.opmark').length,
        }), GONGKAI_ATTR);
        // Every mark on a cell or heading is one marked element, with the findings list and notes besides.
        expect(saved.marks).toBeGreaterThan(0);
        expect(saved.marked).toBeGreaterThan(saved.marks);
        const file = join(dir, `${lang}-saved.html`);
        writeFileSync(file, saved.html);
        expect(findings(file), `${json} (${lang} page, saved by the browser)`).toEqual(want);
      }
    });
  }
});
