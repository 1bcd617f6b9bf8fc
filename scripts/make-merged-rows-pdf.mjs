#!/usr/bin/env node
/**
 * Builds fixtures/merged-rows/<case>/input.pdf (issue #17): the web page of each case
 * (fixtures/merged-rows/<case>/input.html, scripts/make-merged-rows.ts — （六）其他处理's three sub-rows
 * as one merged cell per column, rowspan="3") printed to PDF by Chromium, as a reader saves a published
 * page: the merged cell is one cell with no inner border, on one page. The same tool, font and fixed
 * metadata as scripts/make-pdf-fixtures.mjs (Debian's Chromium through playwright-core, Droid Sans
 * Fallback as the one font, CreationDate/ModDate and /ID fixed: fixMetadata), scripts off.
 *
 * Chromium's PDF of the zero case breaks table 四's header between pages: 行政复议's headings, each over
 * two header rows, are cut ("结果" | "维持") where 未经复议直接起诉's sub-headings start the next page.
 *
 * And input-libreoffice.pdf: the Word file of each case (input.docx, w:vMerge) printed by LibreOffice as
 * scripts/make-pdf-fixtures.mjs prints the corpus's (libreofficePdf; one-character columns, so the tables
 * run over many pages): the merged cells of （六） are cut by page breaks, each page's part a cell of its
 * own — the figures in the part on the page where 1.申请人无正当理由… starts, the parts on the next pages
 * empty and going on past the row the break cuts. input-libreoffice-whole-rows.pdf (the non-zero case): the
 * same with every table row kept whole on a page (w:cantSplit, Word's 不允许跨页断行, as many agencies set
 * their tables): the break falls between 1.申请人无正当理由… (with the figures) and 2.申请人逾期…, whose
 * merged cells' part on the next page is empty and goes on over 3.其他.
 *
 * Needs scripts/install-system-deps.sh (Chromium, LibreOffice, the fonts). Run: node scripts/make-merged-rows-pdf.mjs
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fixMetadata, launchChromium, libreofficePdf, pageCount, printPage, ROOT } from './make-pdf-fixtures.mjs';

const MERGED_ROWS = join(ROOT, 'fixtures/merged-rows');
const CASES = ['zero', 'nonzero'];
/** The cases printed again by LibreOffice with every table row kept whole on a page. */
const WHOLE_ROWS = ['nonzero'];

/** A Word file with every table row kept whole on a page (w:cantSplit on each w:tr). */
function wholeRows(docx) {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']);
  const rows = (xml.match(/<w:tr[ >]/g) ?? []).length;
  if (rows === 0 || (xml.match(/<w:tr><w:tc/g) ?? []).length !== rows) throw new Error('input.docx: table rows of another shape (w:trPr already there?)');
  const out = xml.replaceAll('<w:tr><w:tc', '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc');
  files['word/document.xml'] = strToU8(out);
  return zipSync(files, { mtime: new Date('2024-01-01T00:00:00Z') });
}

export async function build() {
  const browser = await launchChromium();
  try {
    for (const name of CASES) {
      const pdf = await printPage(browser, readFileSync(join(MERGED_ROWS, name, 'input.html'), 'utf8'), `${name}/input.html`);
      writeFileSync(join(MERGED_ROWS, name, 'input.pdf'), pdf);
      console.log(`${name}/input.pdf: ${pageCount(pdf)} pages, ${pdf.length} bytes (Chromium ${browser.version()})`);
    }
  } finally {
    await browser.close();
  }
  const work = mkdtempSync(join(tmpdir(), 'gongkai-merged-rows-pdf-'));
  try {
    for (const name of CASES) {
      const { bytes, made } = libreofficePdf(join(MERGED_ROWS, name, 'input.docx'), work);
      const pdf = fixMetadata(bytes);
      writeFileSync(join(MERGED_ROWS, name, 'input-libreoffice.pdf'), pdf);
      console.log(`${name}/input-libreoffice.pdf: ${pageCount(pdf)} pages, ${pdf.length} bytes (${made.tool})`);
    }
    for (const name of WHOLE_ROWS) {
      const dir = mkdtempSync(join(work, 'whole-rows-'));
      writeFileSync(join(dir, 'input.docx'), wholeRows(readFileSync(join(MERGED_ROWS, name, 'input.docx'))));
      const pdf = fixMetadata(libreofficePdf(join(dir, 'input.docx'), work).bytes);
      writeFileSync(join(MERGED_ROWS, name, 'input-libreoffice-whole-rows.pdf'), pdf);
      console.log(`${name}/input-libreoffice-whole-rows.pdf: ${pageCount(pdf)} pages, ${pdf.length} bytes`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await build();
