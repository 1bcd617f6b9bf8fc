#!/usr/bin/env node
/**
 * Builds fixtures/inserted-section/<case>/input.pdf: the web page of each case (input.html,
 * scripts/make-inserted-section.ts) printed to PDF by Chromium, as a reader saves a published page — the
 * PDF reader finds headings in running text by its own route (textFromGrids), not the text readers'. The
 * same tool, font and fixed metadata as scripts/make-pdf-fixtures.mjs (Debian's Chromium through
 * playwright-core, Droid Sans Fallback as the one font, CreationDate/ModDate and /ID fixed), scripts off.
 *
 * Needs scripts/install-system-deps.sh (Chromium, the fonts). Run after the test runner has written the
 * cases (UPDATE_FIXTURES=1 npx vitest run tests/inserted-section.test.ts): node scripts/make-inserted-section-pdf.mjs
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, pageCount, printPage, ROOT } from './make-pdf-fixtures.mjs';

const DIR = join(ROOT, 'fixtures/inserted-section');

export async function build() {
  const browser = await launchChromium();
  try {
    for (const name of readdirSync(DIR).sort()) {
      const pdf = await printPage(browser, readFileSync(join(DIR, name, 'input.html'), 'utf8'), `${name}/input.html`);
      writeFileSync(join(DIR, name, 'input.pdf'), pdf);
      console.log(`${name}/input.pdf: ${pageCount(pdf)} pages, ${pdf.length} bytes (Chromium ${browser.version()})`);
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await build();
