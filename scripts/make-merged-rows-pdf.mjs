#!/usr/bin/env node
/**
 * Builds fixtures/merged-rows/<case>/input.pdf (issue #17): the web page of each case
 * (fixtures/merged-rows/<case>/input.html, scripts/make-merged-rows.ts — （六）其他处理's three sub-rows
 * as one merged cell per column, rowspan="3") printed to PDF by Chromium, as a reader saves a published
 * page: the merged cell is one cell with no inner border, on one page. The same tool, font and fixed
 * metadata as scripts/make-pdf-fixtures.mjs (Debian's Chromium through playwright-core, Droid Sans
 * Fallback as the one font, CreationDate/ModDate and /ID fixed: fixMetadata), scripts off.
 *
 * Needs scripts/install-system-deps.sh (Chromium, the fonts). Run: node scripts/make-merged-rows-pdf.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixMetadata, pageCount, ROOT } from './make-pdf-fixtures.mjs';

const MERGED_ROWS = join(ROOT, 'fixtures/merged-rows');
const CASES = ['zero', 'nonzero'];
const CHROMIUM = '/usr/bin/chromium';
/** One TrueType Chinese font for all text, never bold (as make-pdf-fixtures.mjs: small embedded subsets). */
const FONT_CSS = '* { font-family: "Droid Sans Fallback" !important; font-weight: normal !important; }';

export async function build() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: { ...process.env, TZ: 'UTC' },
  });
  try {
    for (const name of CASES) {
      const html0 = readFileSync(join(MERGED_ROWS, name, 'input.html'), 'utf8');
      const html = html0.replace('</head>', `<style>\n${FONT_CSS}\n</style>\n</head>`);
      if (html === html0) throw new Error(`${name}/input.html: no </head>`);
      const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, javaScriptEnabled: false });
      try {
        await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = fixMetadata(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false }));
        writeFileSync(join(MERGED_ROWS, name, 'input.pdf'), pdf);
        console.log(`${name}/input.pdf: ${pageCount(pdf)} pages, ${pdf.length} bytes (Chromium ${browser.version()})`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await build();
