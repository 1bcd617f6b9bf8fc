#!/usr/bin/env node
/**
 * Builds fixtures/pdf-wrapped-heading/input.pdf: a corpus agency page (fixtures/readers/html/pingtan-2023.html)
 * whose section headings 三 and 四 are padded with non-breaking spaces, as many published pages pad them
 * ("三、收到和处理政府信息公开申请情况&nbsp;&nbsp;…"), printed to PDF by Chromium as a reviewer prints the page.
 * The padding holds to the heading's last character, so the line breaks before it: "三、…申请情" | "况…", the
 * first line ending far from the margin (the spaces are not drawn). The same tool, font and fixed metadata as
 * scripts/make-pdf-fixtures.mjs, scripts off. The script checks (pdftotext) that both headings did wrap so.
 *
 * Needs scripts/install-system-deps.sh (Chromium, poppler-utils, the fonts). Run: node scripts/make-wrapped-heading-pdf.mjs
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixMetadata, FONT_CSS, launchChromium, ROOT } from './make-pdf-fixtures.mjs';

const WRAPPED = join(ROOT, 'fixtures/pdf-wrapped-heading');
const SOURCE = 'fixtures/readers/html/pingtan-2023.html';
/** The headings padded, and where each must wrap: the part left on the first line. */
const HEADINGS = [
  { heading: '三、收到和处理政府信息公开申请情况', first: '三、收到和处理政府信息公开申请情' },
  { heading: '四、政府信息公开行政复议、行政诉讼情况', first: '四、政府信息公开行政复议、行政诉讼情' },
];
const PAD = '&nbsp;'.repeat(70);

async function build() {
  let html = readFileSync(join(ROOT, SOURCE), 'utf8').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, '');
  for (const { heading } of HEADINGS) {
    if (html.split(`${heading}<`).length !== 2) throw new Error(`${SOURCE}: "${heading}" is not a heading of the page exactly once`);
    html = html.replace(`${heading}<`, `${heading}${PAD}<`);
  }
  html = html.replace('</head>', `<style>\n${FONT_CSS}\n</style>\n</head>`);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, javaScriptEnabled: false });
    await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = fixMetadata(await page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } }));
    mkdirSync(WRAPPED, { recursive: true });
    writeFileSync(join(WRAPPED, 'input.pdf'), pdf);
    const text = spawnSync('pdftotext', ['-layout', join(WRAPPED, 'input.pdf'), '-'], { encoding: 'utf8' }).stdout;
    const lines = text.split('\n').map((l) => l.trim());
    for (const { first } of HEADINGS) if (!lines.includes(first)) throw new Error(`the heading did not wrap before its last character: no line "${first}"`);
    writeFileSync(
      join(WRAPPED, 'case.json'),
      `${JSON.stringify({ source: SOURCE, truth: 'fixtures/corpus/pingtan-2023.json', made: { tool: browser.version(), how: 'Chromium page.pdf, A4, 20 mm margins; headings 三 and 四 padded with 70 &nbsp;' }, wrapped: HEADINGS }, null, 2)}\n`,
    );
    await context.close();
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && process.argv[1].endsWith('make-wrapped-heading-pdf.mjs')) await build();
