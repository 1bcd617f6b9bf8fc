#!/usr/bin/env node
/**
 * Builds fixtures/cut-row/input.pdf: a table-三 row cut by a page break whose 总计 figure is printed on
 * the next page (Chromium), as a reviewer prints a published page. The official-layout page of a corpus
 * report (`node bin/gongkai.js convert fixtures/corpus/pingtan-2025.json --to html`) printed by Chromium,
 * A4, with a print stylesheet that sets table 三 as agencies' pages often do: the header printed once and
 * rows free to break across pages, a narrow label column (the labels wrap over many lines), every figure
 * at the top of its cell, and the 总计 three lines lower (a Word-made cell with empty paragraphs above its
 * figure: Chromium sets the cell of a row cut by a page break from its top, so a figure centred in a tall
 * row would be printed at the top of the part above the break). The top page margin is the one found by
 * `--search` where the break falls inside （六）其他处理's 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请:
 * "1.申请人无正当理由逾期不补正、" and six figures above the break, "行政机关不再处理其政府信息公开申请"
 * and the 总计 (8) at the top of the next page, as on the real page that showed the fault (the reader made
 * the part below the break a row of its own: a table-extra, the 总计 blank and a false table3-results-total).
 *
 * The same tool, font and fixed metadata as scripts/make-pdf-fixtures.mjs (launchChromium, fixMetadata,
 * Droid Sans Fallback as the one font). The script checks with poppler's pdftotext (independent of the
 * reader) that the break cuts the row so (cutAt), and writes fixtures/cut-row/case.json.
 *
 * Needs `npm run build` (the page comes from bin/gongkai.js) and scripts/install-system-deps.sh (Chromium,
 * poppler-utils, the fonts). Run: node scripts/make-cut-row-pdf.mjs; node scripts/make-cut-row-pdf.mjs --search
 * prints, for each top margin from 8 to 40 mm, whether the break cuts the row so.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixMetadata, launchChromium, pageCount, printCss, ROOT } from './make-pdf-fixtures.mjs';

export const CUT_ROW = join(ROOT, 'fixtures/cut-row');
/** The corpus report printed, and the row of its table 三 the break must cut. */
export const TRUTH = 'pingtan-2025';
export const ROW = 'other_no_correction';
/** The official label of that row (schemas/format/table3.json), and the six figures and 总计 of the report. */
export const LABEL = '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请';
/** The top page margin (mm) found by --search: the break cuts the row so from 21 to 25 mm, this the middle. */
export const MARGIN_TOP = 23;
const SOURCE = `node bin/gongkai.js convert fixtures/corpus/${TRUTH}.json --to html`;

/** The print stylesheet: the page's own (A4, 14 mm 12 mm margins) with the top margin given, and table 三 set as described above. */
export function cutRowCss(top = MARGIN_TOP) {
  return `${printCss({ print: 'official' })}
@page { size: A4; margin: ${top}mm 12mm 14mm; }
@media print {
  table.official thead { display: table-row-group; }
  table.official tr, table.official th, table.official td, table.official tbody.block, table.t2, table.t4 { break-inside: auto; page-break-inside: auto; }
}
table.t3 th[scope="row"] { min-width: 0; width: 6em; }
table.t3 td { vertical-align: top; }
table.t3 td[data-cell$=".total"]::before { content: "\\A\\A\\A"; white-space: pre; }`;
}

/** The report's figures of the row: the six columns before 总计, and 总计 (fixtures/corpus/<TRUTH>.json). */
export function rowFigures() {
  const row = JSON.parse(readFileSync(join(ROOT, 'fixtures/corpus', `${TRUTH}.json`), 'utf8')).tables.t3[ROW];
  const { total, ...rest } = row;
  return { figures: ['natural', 'commercial', 'research', 'nonprofit', 'legal_services', 'other'].map((c) => rest[c]), total };
}

/** Every word of the PDF with its page and box, in the order the pages draw them (pdftotext -bbox). */
function words(file) {
  const r = spawnSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext -bbox ${file}: ${r.stderr}`);
  return r.stdout
    .split('<page ')
    .slice(1)
    .map((page) => [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5] })));
}

/**
 * Where the page break cuts the row, read by pdftotext: the page whose foot has the label's first part
 * ("1.申请人无正当理由逾期不补正、", its lines drawn one after the other) and, on the same line as the
 * label's first line, the row's six figures; the top of the next page the rest of the label and, above the
 * next row's first line, one figure only, the 总计, right of the six. Undefined when the break does not cut
 * the row so.
 */
export function cutAt(file) {
  const pages = words(file);
  const { figures, total } = rowFigures();
  const isFigure = (w) => /^\d+$/.test(w.text);
  for (let p = 0; p + 1 < pages.length; p++) {
    const ws = pages[p];
    for (let i = 0; i < ws.length; i++) {
      // The label's first part: words drawn one after another that run the label from its start.
      let above = '';
      let k = i;
      while (k < ws.length && !isFigure(ws[k]) && LABEL.startsWith(above + ws[k].text)) above += ws[k++].text;
      // The part ends at the page's end or at the figures drawn after it.
      if (above.length < 2 || above === LABEL || (k < ws.length && !isFigure(ws[k]))) continue;
      const first = ws[i];
      const line = ws.filter((w) => isFigure(w) && Math.abs(w.y0 - first.y0) < 2 && w.x0 > first.x1).sort((a, b) => a.x0 - b.x0);
      if (line.map((w) => Number(w.text)).join(' ') !== figures.join(' ')) continue;
      // The top of the next page: the rest of the label, then the next row.
      const next = pages[p + 1];
      let below = '';
      let j = 0;
      while (j < next.length && !isFigure(next[j]) && LABEL.startsWith(above + below + next[j].text)) below += next[j++].text;
      if (above + below !== LABEL || j >= next.length) continue;
      const nextRow = next[j];
      const head = next.filter((w) => isFigure(w) && w.y1 <= nextRow.y1 + 1 && w.y0 < nextRow.y0);
      const right = Math.max(...line.map((w) => w.x1));
      if (head.length !== 1 || Number(head[0].text) !== total || head[0].x0 <= right) continue;
      return { page: p + 1, above, below, figures: line.map((w) => Number(w.text)), total: Number(head[0].text) };
    }
  }
  return undefined;
}

async function print(browser, html0, top) {
  const css = cutRowCss(top);
  // The page's Content-Security-Policy allows only its own stylesheet: the print stylesheet goes in its place.
  const html = html0.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, '').replace('</head>', `<style>\n${css}\n</style>\n</head>`);
  if (html === html0) throw new Error('the HTML page has changed shape: no Content-Security-Policy or </head>');
  const context = await browser.newContext({ viewport: { width: 794, height: 1123 } });
  try {
    await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return { css, pdf: fixMetadata(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false })) };
  } finally {
    await context.close();
  }
}

function officialPage() {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'convert', `fixtures/corpus/${TRUTH}.json`, '--to', 'html'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${SOURCE}: ${r.stderr} (npm run build first)`);
  return r.stdout;
}

export async function build(search = false) {
  const html = officialPage();
  const browser = await launchChromium();
  try {
    if (search) {
      const work = mkdtempSync(join(tmpdir(), 'gongkai-cut-row-'));
      try {
        for (let top = 8; top <= 40; top++) {
          const file = join(work, `${top}.pdf`);
          writeFileSync(file, (await print(browser, html, top)).pdf);
          const cut = cutAt(file);
          console.log(`${top} mm: ${cut ? `cuts the row on page ${cut.page}: "${cut.above}" | "${cut.below}", 总计 ${cut.total} below the break` : '-'}`);
        }
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
      return;
    }
    const { css, pdf } = await print(browser, html, MARGIN_TOP);
    mkdirSync(CUT_ROW, { recursive: true });
    const file = join(CUT_ROW, 'input.pdf');
    writeFileSync(file, pdf);
    const cut = cutAt(file);
    if (!cut) throw new Error(`the break does not cut ${ROW} with its 总计 on the next page at ${MARGIN_TOP} mm: run with --search and set MARGIN_TOP`);
    const meta = {
      truth: TRUTH,
      corpus: `fixtures/corpus/${TRUTH}.json`,
      made: { tool: `Chromium ${browser.version()} (playwright-core)`, from: SOURCE, how: `printed to PDF (A4, top margin ${MARGIN_TOP} mm)`, printCss: css },
      pages: pageCount(pdf),
      cut: { table: 't3', row: ROW, ...cut },
    };
    writeFileSync(join(CUT_ROW, 'case.json'), `${JSON.stringify(meta, null, 2)}\n`);
    console.log(`cut-row/input.pdf: ${meta.pages} pages, ${pdf.length} bytes; the break on page ${cut.page}: "${cut.above}" | "${cut.below}", 总计 ${cut.total}`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await build(process.argv.includes('--search'));
