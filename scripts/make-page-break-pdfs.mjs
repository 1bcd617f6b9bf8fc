#!/usr/bin/env node
/**
 * Builds fixtures/page-breaks/<case>/input.pdf: corpus agency pages (fixtures/readers/html) printed to PDF by
 * Chromium as a reviewer prints the published page (A4, scripts off, the given page margins), each where a
 * page break falls as it fell on real department pages printed at other margins, and the PDF reader once
 * read it wrong. What each case shows, and how the print is set to show it, is in CASES; the script checks
 * with poppler's pdftotext (independent of the reader) that the break falls so, and writes case.json.
 *
 * The same tool, font and fixed metadata as scripts/make-pdf-fixtures.mjs (launchChromium, fixMetadata,
 * Droid Sans Fallback as the one font): the same tools make the same files.
 *
 * Needs scripts/install-system-deps.sh (Chromium, poppler-utils, the fonts). Run: node scripts/make-page-break-pdfs.mjs [case…]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixMetadata, FONT_CSS, launchChromium, pageCount, ROOT } from './make-pdf-fixtures.mjs';

export const PAGE_BREAKS = join(ROOT, 'fixtures/page-breaks');
const HEADING_3 = '三、收到和处理政府信息公开申请情况';

/** Every line of the PDF's pages as pdftotext -layout prints them, page by page, trimmed, empty ones left out. */
export function pageLines(file) {
  const r = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext ${file}: ${r.stderr}`);
  return r.stdout.split('\f').map((p) => p.split('\n').map((l) => l.trim()).filter((l) => l !== ''));
}

/**
 * Adds an attribute to the opening tag of the element that holds `text` (the nearest `<tag` before it), or
 * of the next `<tag` after it (`after`); the text must be in the page once.
 */
function mark(html, text, tag, attr, after = false) {
  const at = html.indexOf(text);
  if (at < 0 || html.indexOf(text, at + 1) >= 0) throw new Error(`"${text}" is not in the page exactly once`);
  const open = after ? html.indexOf(`<${tag}`, at) : html.lastIndexOf(`<${tag}`, at);
  if (open < 0) throw new Error(`no <${tag} ${after ? 'after' : 'before'} "${text}"`);
  return `${html.slice(0, open + tag.length + 1)} ${attr}${html.slice(open + tag.length + 1)}`;
}

/**
 * The cases. `source`: the agency page; `truth`: its corpus report; `margin`: the page margins (mm);
 * `edit`: what the print changes on the page (CSS only: where it breaks, what it does not print);
 * `breaks`: the break as pdftotext shows it, or undefined when the print does not break so.
 */
export const CASES = [
  {
    // shs-2025 at 25 mm: section 三's heading at the top of a page, just above table 三, table 二 ending the
    // page before: the reader took table 三 for table 二 going on (the same outer edges) and the heading's
    // line over table 三's label columns for a merged label printed past the table's top (false section-missing).
    name: 'heading-above-table',
    source: 'fixtures/readers/html/pingtan-2025.html',
    truth: 'pingtan-2025',
    margin: 25,
    how: `the page break before section 三's heading (break-before: page), as a 25 mm margin put it on a real page; the page's paragraph that repeats table 三's column headings as text just above the table is not printed (display: none), as most agency pages have none`,
    edit: (html) => mark(mark(html, HEADING_3, 'p', 'style="break-before: page"'), HEADING_3, 'p', 'style="display: none"', true),
    breaks: (pages) => {
      const p = pages.findIndex((lines, k) => k > 0 && lines[0] === HEADING_3);
      if (p < 0) return undefined;
      const before = pages[p - 1];
      const last = before[before.length - 1];
      // Table 二 ends the page before: its last row, 行政事业性收费 and its figure.
      if (!/^行政事业性收费\s+[\d.]+$/.test(last)) return undefined;
      // The next line is table 三's header.
      if (pages[p][1] !== '申请人情况') return undefined;
      return { page: p + 1, top: HEADING_3, endOfPageBefore: last };
    },
  },
  {
    // gwh-2024 at 20 mm, jjf-2025 at 10 mm, scj-2023/2024, hzs-2024, czj-2024/2025 at some margins: the break
    // falls after table 三's first row of 三、本年度办理结果, whose merged label cell wraps over more lines than
    // that row is tall; Chromium prints its last characters below the table's last ruling on the page
    // ("三、本年度办理结" in the cell, "果" below it), the label's cell already holding text and spanning one
    // row there. The reader took the table as not last on its page, so the next page's part was not joined
    // to it and every row of table 三 there was lost (cell-missing).
    name: 'group-label-cut-below',
    source: 'fixtures/readers/html/pingtan-2025.html',
    truth: 'pingtan-2025',
    margin: 10,
    how: 'the page as published',
    edit: (html) => html,
    breaks: (pages) => {
      // A page that ends with the label's lines, its first beside the row （一）予以公开, its last character alone.
      const p = pages.findIndex((lines) => {
        const end = lines.slice(-3);
        return end.length === 3 && /^三、\S*\s+（一）予以公开(\s+\d+){7}$/.test(end[0]) && end[2].length === 1 && `${end[0].split(/\s/)[0]}${end[1]}${end[2]}` === '三、本年度办理结果';
      });
      if (p < 0 || !pages[p + 1]?.[0]?.startsWith('（二）部分公开')) return undefined;
      return { page: p + 1, lastLines: pages[p].slice(-3), nextPage: pages[p + 1][0] };
    },
  },
  {
    // Corpus pages at 7 to 25 mm (pingtan-2019, -2022, -2023, -2024, -econdev-2024, -finance-2021, -2025): table
    // 三's header rows at the foot of a page, the rest of the table on the next. Its corner note cell spans
    // the header rows; the page's cells draw no top border (border-top: none), and the cell's bottom is on the
    // next page, so on this page its left side touches no rule and the side beside it is no taller than a
    // row: the table there was only its right part, its outer edges not those of the part on the next page,
    // which was not joined (table 三 lost its header: 50 cells unread).
    name: 'header-corner-at-foot',
    source: 'fixtures/readers/html/pingtan-2025.html',
    truth: 'pingtan-2025',
    margin: 15,
    how: 'the page as published',
    edit: (html) => html,
    breaks: (pages) => {
      // A page that ends with table 三's first header lines (the corner note, 申请人情况, 自然人 | 法人或其他组织 | 总计
      // cut after their first line), the next one starting with the rest of the header (商业企业 …).
      const p = pages.findIndex((lines, k) => {
        const end = lines.slice(-4);
        return end.length === 4 && end[0].startsWith('（本列数据的勾稽关系为') && end[0].endsWith('申请人情况') && /^自然\s+法人或其他组织\s+总$/.test(end[2]) && /^人\s+计$/.test(end[3]) && pages[k + 1]?.[0]?.startsWith('商');
      });
      if (p < 0) return undefined;
      return { page: p + 1, lastLines: pages[p].slice(-4), nextPage: pages[p + 1][0] };
    },
  },
  {
    // Corpus pages at 6 to 30 mm (pingtan-2020, -2022, -2023, -2024, -2025, -econdev-2022, -finance-2021): table
    // 四's first header row (行政复议 | 行政诉讼) alone at the foot of a page under heading 四. The page's cells
    // draw no top border, so that row draws its sides, its inner border and its bottom rule, nothing across its
    // top: one rule, which was no table, and the part on the next page lost its group headings (table 四's
    // 行政复议 row unread: 5 cells).
    name: 'open-row-at-foot',
    source: 'fixtures/readers/html/pingtan-2025.html',
    truth: 'pingtan-2025',
    margin: 20,
    how: 'the page as published',
    edit: (html) => html,
    breaks: (pages) => {
      const p = pages.findIndex((lines, k) => {
        const end = lines.slice(-2);
        return end.length === 2 && end[0] === '四、政府信息公开行政复议、行政诉讼情况' && /^行政复议\s+行政诉讼$/.test(end[1]) && pages[k + 1]?.[0]?.startsWith('未经复议直接起诉');
      });
      if (p < 0) return undefined;
      return { page: p + 1, lastLines: pages[p].slice(-2), nextPage: pages[p + 1][0] };
    },
  },
  {
    // Corpus pages at 13 to 19 mm (pingtan-2021, -2022, -2025, -police-2021): table 四's header rows at the foot
    // of a page, its headings cut by the break with their last lines printed below the page's last ruling under
    // cells that have text ("结果" | "纠正", "其他" | "结果", "尚未" | "审结"). "纠正" alone is a listed variant of
    // 结果纠正, which the label check took for a label of its own printed below the table: the part on the
    // next page was not joined (table 四's 行政复议 and 行政诉讼 rows unread: 15 cells).
    name: 'column-heading-cut-below',
    source: 'fixtures/readers/html/pingtan-2025.html',
    truth: 'pingtan-2025',
    margin: 19,
    how: 'the page as published',
    edit: (html) => html,
    breaks: (pages) => {
      const p = pages.findIndex((lines, k) => {
        const end = lines.slice(-5);
        return end.length === 5 && /^行政复议\s+行政诉讼$/.test(end[0]) && /^纠\s+结\s+审$/.test(end[3]) && /^正\s+果\s+结$/.test(end[4]) && /^结\s+结\s+其\s+尚\s+结\s+结\s+其\s+尚$/.test(pages[k + 1]?.[0] ?? '');
      });
      if (p < 0) return undefined;
      return { page: p + 1, lastLines: pages[p].slice(-5), nextPage: pages[p + 1][0] };
    },
  },
];

async function print(browser, c) {
  const html0 = readFileSync(join(ROOT, c.source), 'utf8');
  const html1 = html0.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, '');
  const html = c.edit(html1).replace('</head>', `<style>\n${FONT_CSS}\n</style>\n</head>`);
  if (!html.includes(FONT_CSS)) throw new Error(`${c.source}: no </head>`);
  const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, javaScriptEnabled: false });
  try {
    await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const m = `${c.margin}mm`;
    return fixMetadata(await page.pdf({ format: 'A4', margin: { top: m, bottom: m, left: m, right: m } }));
  } finally {
    await context.close();
  }
}

export async function build(names = []) {
  const browser = await launchChromium();
  try {
    for (const c of CASES.filter((x) => names.length === 0 || names.includes(x.name))) {
      const dir = join(PAGE_BREAKS, c.name);
      mkdirSync(dir, { recursive: true });
      const pdf = await print(browser, c);
      const file = join(dir, 'input.pdf');
      writeFileSync(file, pdf);
      const breaks = c.breaks(pageLines(file));
      if (!breaks) throw new Error(`${c.name}: the page does not break as the case needs`);
      const meta = {
        source: c.source,
        truth: c.truth,
        corpus: `fixtures/corpus/${c.truth}.json`,
        made: { tool: `Chromium ${browser.version()} (playwright-core)`, how: `page.pdf, A4, ${c.margin} mm margins, scripts off; ${c.how}` },
        pages: pageCount(pdf),
        breaks,
      };
      writeFileSync(join(dir, 'case.json'), `${JSON.stringify(meta, null, 2)}\n`);
      console.log(`page-breaks/${c.name}/input.pdf: ${meta.pages} pages, ${pdf.length} bytes; ${JSON.stringify(breaks)}`);
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await build(process.argv.slice(2));
