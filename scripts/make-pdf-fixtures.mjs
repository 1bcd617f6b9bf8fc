#!/usr/bin/env node
/**
 * Builds fixtures/readers/pdf/<case>/ (issue #16 item 7): corpus reports as PDFs made the two ways
 * agencies make them, by the tools themselves, kept small and deterministic:
 *
 * - LibreOffice (`soffice --headless --convert-to pdf`) from the committed Word file
 *   fixtures/readers/docx/<report>.docx. Those files carry no column widths, so Writer fits each column to
 *   its widest unbreakable piece: labels wrap a character or two per line, and the tables run over
 *   several pages with no repeated header (the files mark no header row).
 * - Chromium's print-to-PDF (playwright-core driving Debian's /usr/bin/chromium, as tests/browser/browser.ts
 *   launches it) of the official-layout HTML (`node bin/gongkai.js convert fixtures/corpus/<report>.json
 *   --to html`), A4, with a print stylesheet per case: the page's own print CSS; table 三 breaking across
 *   pages with no repeated header, its 三、本年度办理结果 label in vertical writing (`writing-mode:
 *   vertical-rl`) and narrow columns that wrap the labels; table 三 as a picture (a screenshot of the
 *   table in its place); every page a picture (a scanned report: no text layer at all). And agencies' own
 *   pages (fixtures/readers/html), scripts off: each cell with its own border (border-collapse: separate),
 *   or the value columns as narrow as a figure (the page's own collapsed borders), so that the text runs
 *   the figures of neighbouring cells together.
 * - Ghostscript (`gs -sDEVICE=pdfwrite`) writing a case above again, as sites and tools that compress or
 *   "optimise" PDFs do: LibreOffice's print comes out whole; Chromium's with part of its characters mapped
 *   to others (its Type 3 fonts' Unicode maps re-written wrong).
 *
 * Both tools get one TrueType Chinese font (Debian's fonts-droid-fallback: for Writer through a
 * fontconfig file that puts it before the Word file's 仿宋_GB2312, for Chromium through the stylesheet):
 * it is embedded as a small TrueType subset, where the Noto CJK fonts (CFF) come out of Chromium as Type 3
 * glyphs several times the size. The dates in the PDF (CreationDate, ModDate) are set to FIXED_DATE and the
 * file identifier (/ID) to a digest of the rest of the file, bytes for bytes in place, so the same tools
 * make the same files.
 *
 * Each case folder holds input.pdf and case.json (the corpus report, how it was made, what it contains,
 * its page count, whether it has a text layer, what reading it must give). Needs `npm run build` first
 * (the HTML comes from bin/gongkai.js) and scripts/install-system-deps.sh (Chromium, LibreOffice,
 * Ghostscript, the fonts, poppler-utils). Run: npm run fixtures:pdf
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const ROOT = resolve(import.meta.dirname, '..');
export const PDF_FIXTURES = join(ROOT, 'fixtures/readers/pdf');
const CHROMIUM = '/usr/bin/chromium';
/** The date written into every PDF (PDF date form, the digits only: the tools' own suffix is kept). */
export const FIXED_DATE = '20240101000000';

/** What a case contains, for case.json and the README. */
export const FEATURES = {
  'text-layer': 'the text is real text (embedded font subsets), every figure readable',
  'table-breaks-across-pages': 'a table continues on the next page',
  'no-repeated-header': 'the continued table has no header: its column headings are printed once, on the first page',
  'wrapped-labels': 'labels and column headings wrapped over several lines in narrow columns',
  'wrapped-figures': 'figures wrapped in their narrow cells over two lines ("21" | "7" of 217), no rule between the rows: the upper line above the row\'s label and other figures, the lower one under them',
  'one-character-columns': 'columns one or two characters wide: most labels are printed a character or two per line',
  'vertical-group-label': '三、本年度办理结果 in vertical writing down its merged cell (writing-mode: vertical-rl in a browser, w:textDirection tbRlV in Word)',
  'merged-label-across-break': 'a merged (row-spanning) label cell is cut by the page break',
  'repeated-header': 'the table header is repeated on each page the table runs over (the page\'s own print CSS, or Word\'s 重复标题行)',
  'table-as-picture': 'table 三 is a picture (a screenshot of the table): no text for its cells',
  'image-only': 'every page is a picture (a screenshot of the printed page, as a scan): no text layer at all',
  'agency-page': 'the agency\'s own web page as published (fixtures/readers/html), its site navigation and footer printed with it',
  'separate-cell-borders': 'every table cell draws its own border a pixel apart from its neighbours\' (cellspacing, border-collapse: separate, as many agency pages set their tables): a label cell taller than the cells beside it spans two rows of the rulings',
  'page-scripts': 'the page printed as a browser prints it, its scripts run: the site\'s script writes "二、主动公开" (a menu line) above the report\'s title',
  'narrow-value-columns': 'the value columns as narrow as a figure (a page\'s <td width="7">): the figures of neighbouring cells a space apart, so text extraction runs them into one piece of text over the cell borders ("0 0 0", "217 1 0 0 0 0 218")',
  'redistilled': 'the PDF written again by Ghostscript (gs -sDEVICE=pdfwrite), as sites and tools that compress or "optimise" PDFs do: every font re-encoded, the page content rewritten',
  'no-ruling-lines': 'the tables draw no line at all (a page\'s style removing every border, td, th { border: none }, or a Word table with its borders off): their columns, rows and headings are only where the text stands',
  'striped-rows': 'every other table row filled light grey (printed with backgrounds), no border',
  'filled-header': 'each table\'s first row filled dark blue with white text (printed with backgrounds), no border',
  'rows-without-space': 'no space between a table\'s rows (a Word table: no cell padding above or below): the lines of one row\'s label are as far apart as the last line of one row and the first of the next, so only how the lines are set (centred on their row\'s figures) tells the rows apart',
  'no-cell-padding': 'no padding in the cells and no border: each cell\'s text as close to the next as the text lets it be — a group label run into the label beside it, column headings of several cells one piece of text',
  'text-at-left': 'text set at the cells\' left (a Word table as Word leaves it): a heading over several columns starts where the first one\'s figures start, not in the middle of what it spans',
  'gongwen-line-spacing': 'the 公文 layout (GB/T 9704): the text 16 pt on lines exactly 28 points apart, the tables\' text 10.5 pt on lines exactly 20 points apart — with no border, the lines of one cell as far apart as the rows, a row\'s figures set between its label\'s lines',
  'figure-in-two-fonts': 'the text in a CFF font that LibreOffice embeds as Type 1 subsets of 255 glyphs each: the characters of one figure may come from two subsets ("1" from one, "4" from the next), a run of text for each',
  'landscape-table-pages': 'tables 三 and 四 each on landscape A4 pages of their own (a named @page), the text on portrait pages, as agencies set wide tables: the sections\' lines end elsewhere than in a portrait print ("一" | "是坚持…" closing a line of section 五)',
  'distributed-labels': 'labels and headings set 分散对齐 (Word\'s w:jc distribute, a browser\'s text-align: justify with text-align-last: justify): each line\'s characters spread evenly over its cell\'s width, the last line too — "规 … 章" at the two ends of its cell, pdfjs handing each character as a piece of its own',
  'header-closing-page': 'table 二\'s first block heading and header close a page with no figure under them, its rows open the next (text spread over its cells: nothing on that page tells those headings from headings a character a column but the next page\'s, where the next blocks\' headings stand alike over their figures)',
  'figures-set-right': 'the figures set at the right of their cells, as a spreadsheet sets them, the headings in the middle: table 二\'s 本年处理决定数量 (a cell across three columns) in the middle, its figure under the last column; table 四\'s 结果维持 wholly left of the "2" under it',
  'text-set-right': 'every cell\'s text set at the right: a heading over several columns ends where the last of them ends (行政复议 over 结果维持 … 总计 at 总计\'s end); table 二\'s block heading "第二十条第（一）项" over the column heading 现行有效件数, both at the table\'s right',
  'double-line-spacing': 'every line twice its text\'s size from the next (line-height: 2): a wrapped label\'s lines a character apart, the rows further by the cells\' padding, and most rows one line — their gap the commonest, a cell\'s lines closer',
  'noto-cjk-text': 'characters of section 一 (门户网站人民工作一) in Noto Serif CJK SC (Debian\'s fonts-noto-cjk, the Chinese font a Linux browser prints in), the rest in the one TrueType font: Chromium writes each glyph\'s character as the font\'s own table gives it, and Noto CJK shares its glyphs between ideographs and the radicals they look like — "门户网站" reads "⻔⼾⽹站", "一" reads "⼀"',
  'gongwen-web-page': 'a web page set as a 公文 (every paragraph 16 pt on lines 28 points apart, its tables too, as Word\'s "save as web page" writes it) printed by a browser: a label\'s lines as far apart as a 公文\'s, the rows further apart by the cells\' padding, a group label\'s lines off its rows\' lines and run into them, the lines where the rows\' fractional heights put them',
  'text-at-bottom': 'text set at the bottom of its cells (w:vAlign bottom): a label wrapped over the lines above its row\'s figures, none below; a figure wrapped in its cell over the row\'s line and the line above it',
  'row-cut-at-page-foot': 'a row the page\'s foot cuts: its label\'s first line and its figures closing one page, the rest of its label on the next — its figures on its label\'s first line, wherever the cells set their text',
  'row-cut-with-wrapped-figures': 'a row the page break cuts where its figures are wrapped in their narrow cells, one or two characters a line (tables in 16 pt, their rules drawn): the break falls between the lines of a figure as between those of its label ("（七）" | 2 | 1 … | 2 closing the page, "总计" | 17 | … | 18 opening the next: 217 and 218; "行政" | 69 over "规范性文件" | 8: 698), the label above the break maybe its numbering alone',
  'rules-across-only': 'the tables draw only their rules across (top, bottom, between the rows), no vertical border: columns only where the text stands',
  'page-width-tables': 'the Word file\'s tables set to the width of the page, their columns equal (w:tblW 100 %): tables 二, 三 and 四 have the same outer edges, with the section headings between them, and LibreOffice draws no side border',
  'wrong-characters': 'the text layer maps part of the characters to others: Ghostscript re-writing the Type 3 fonts of Chromium\'s print gives about one Chinese character in ten as a Latin-1 letter ("政ó公开", "ç告" for 报告) and 、 。 as digits — pdftotext and a viewer\'s copy read the same',
};

/** The corpus reports (fixtures/corpus/<name>.json), each printed both ways. */
const REPORTS = readdirSync(join(ROOT, 'fixtures/corpus'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

/** What LibreOffice makes of every Word file of the corpus (none of them gives column widths). */
const LIBREOFFICE_FEATURES = ['text-layer', 'one-character-columns', 'wrapped-labels', 'table-breaks-across-pages', 'no-repeated-header'];

/** What Chromium makes of every official-layout page of the corpus with the page's own print CSS. */
const CHROMIUM_FEATURES = ['text-layer', 'table-breaks-across-pages', 'repeated-header'];

/**
 * The cases. `expect`: `truth` — every table cell equals fixtures/corpus-pages/<truth>/truth.json;
 * `no-text-layer` — one clear error (no text layer, a scan) and no other finding;
 * `table-picture` — tables 二 and 四 equal the truth, table 三 one clear error (a table as a picture);
 * `wrong-characters` — one clear error (the text layer gives other characters than the ones shown) and no
 * other finding.
 *
 * Every corpus report as LibreOffice prints its Word file (`libreoffice-<report>`) and as Chromium prints
 * its official-layout page with the page's own print CSS (`chromium-<report>`), then the special cases.
 */
export const CASES = [
  ...REPORTS.map((r) => ({ name: `libreoffice-${r}`, truth: r, tool: 'libreoffice', features: LIBREOFFICE_FEATURES, expect: 'truth' })),
  ...REPORTS.map((r) => ({ name: `chromium-${r}`, truth: r, tool: 'chromium', print: 'official', features: CHROMIUM_FEATURES, expect: 'truth' })),
  // Word files whose tables span the page's width, as most agencies' tables do: every table has the same
  // outer edges and no side border, only section headings between them (三、… under table 二's last block).
  ...['pingtan-2024', 'seed-tianmen-2021'].map((r) => ({
    name: `libreoffice-page-width-${r}`,
    truth: r,
    tool: 'libreoffice',
    word: 'page-width',
    features: ['text-layer', 'page-width-tables', 'wrapped-labels', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  })),
  // Word files with their tables' borders turned off (or all but the rules across), columns fitted to
  // their text, text centred: no space between the rows (Word sets no cell padding above or below), labels
  // wrapped around their row's figures, table 四's headings a character a line.
  {
    name: 'libreoffice-borderless-pingtan-police-2024',
    truth: 'pingtan-police-2024',
    tool: 'libreoffice',
    word: 'borderless',
    features: ['text-layer', 'no-ruling-lines', 'rows-without-space', 'wrapped-labels', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // The same for a report with figures of three digits: in a column fitted to figures of at most three
  // characters they wrap in their cells ("21" | "7" of 217, over and under the row's label and other figures).
  {
    name: 'libreoffice-borderless-pingtan-2024',
    truth: 'pingtan-2024',
    tool: 'libreoffice',
    word: 'borderless',
    features: ['text-layer', 'no-ruling-lines', 'rows-without-space', 'wrapped-labels', 'wrapped-figures', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // The same with Word's 重复标题行: each table's header printed again atop the next page, over the rest of
  // the row the break cut, its lines beside the wrapped headings.
  {
    name: 'libreoffice-borderless-repeated-header-pingtan-2021',
    truth: 'pingtan-2021',
    tool: 'libreoffice',
    word: 'borderless-repeated-header',
    features: ['text-layer', 'no-ruling-lines', 'rows-without-space', 'wrapped-labels', 'table-breaks-across-pages', 'repeated-header'],
    expect: 'truth',
  },
  // The same with the text at the cells' left, as Word leaves it (no w:jc): headings start where the
  // figures under them start, over the columns up to the next heading's.
  {
    name: 'libreoffice-borderless-left-pingtan-econdev-2024',
    truth: 'pingtan-econdev-2024',
    tool: 'libreoffice',
    word: 'borderless-left',
    features: ['text-layer', 'no-ruling-lines', 'rows-without-space', 'text-at-left', 'wrapped-labels', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // The same set as a 公文 (the text 16 pt, every line exactly 28 points apart; the tables 10.5 pt, 20
  // points): the lines of a wrapped label as far apart as the rows, nothing but the pitch of the lines.
  {
    name: 'libreoffice-borderless-gongwen-pingtan-2021',
    truth: 'pingtan-2021',
    tool: 'libreoffice',
    word: 'borderless-gongwen',
    features: ['text-layer', 'no-ruling-lines', 'rows-without-space', 'gongwen-line-spacing', 'wrapped-labels', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // The same with the cells' text set at the bottom of the row (w:vAlign bottom): each label wrapped over
  // the lines above its row's figures, none below, and a figure wrapped in its narrow cell over the row's
  // line and the line above it ("21" over "7" of 217, under 3.其他's own figures).
  {
    name: 'libreoffice-borderless-bottom-pingtan-2024',
    truth: 'pingtan-2024',
    tool: 'libreoffice',
    word: 'borderless-bottom',
    features: ['text-layer', 'no-ruling-lines', 'rows-without-space', 'text-at-bottom', 'wrapped-labels', 'wrapped-figures', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // The same of the 2019 report: a row the page's foot cuts prints its figures on its label's first line
  // (2.其他法律行政法 | 规禁止公开 closing page 3), under （二）部分公开's label wrapped over its figures' line.
  {
    name: 'libreoffice-borderless-bottom-pingtan-2019',
    truth: 'pingtan-2019',
    tool: 'libreoffice',
    word: 'borderless-bottom',
    features: ['text-layer', 'no-ruling-lines', 'rows-without-space', 'text-at-bottom', 'wrapped-labels', 'row-cut-at-page-foot', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  {
    name: 'libreoffice-rules-across-seed-tianmen-2021',
    truth: 'seed-tianmen-2021',
    tool: 'libreoffice',
    word: 'rules-across',
    features: ['text-layer', 'rules-across-only', 'rows-without-space', 'wrapped-labels', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // Set as a 公文 with the tables as large as the text (16 pt), their rules drawn: the tables run over many
  // pages, their figures wrapped a character or two a line, and the breaks cut rows between the lines of
  // their labels and of their figures — table 三's （七）总计 (2021 format), table 二's 行政规范性文件 row
  // (2021) and 行政许可 and 行政处罚 (2019, with 本年增/减 "-18" wrapped "-" | "1" | "8").
  ...['pingtan-2020', 'pingtan-2022', 'pingtan-2024'].map((r) => ({
    name: `libreoffice-gongwen-16-${r}`,
    truth: r,
    tool: 'libreoffice',
    word: 'gongwen-16',
    features: ['text-layer', 'wrapped-labels', 'row-cut-with-wrapped-figures', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  })),
  // The same in 16 pt with only the rules across kept: （七）总计's 72 and 75 wrapped "7" | "2", the row cut by
  // the break after its first line, "2" … "5" atop the next page between two rules, 四、结转 under the second.
  {
    name: 'libreoffice-rules-across-gongwen-16-pingtan-2022',
    truth: 'pingtan-2022',
    tool: 'libreoffice',
    word: 'rules-across-gongwen-16',
    features: ['text-layer', 'rules-across-only', 'rows-without-space', 'wrapped-labels', 'row-cut-with-wrapped-figures', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // The same 16 pt print with an empty line before the title: the breaks fall elsewhere — 行政事业性收费's
  // 4166.241619, in a cell over three columns, cut after "4166.241".
  {
    name: 'libreoffice-gongwen-16-line-pingtan-2025',
    truth: 'pingtan-2025',
    tool: 'libreoffice',
    word: 'gongwen-16-line',
    features: ['text-layer', 'wrapped-labels', 'row-cut-with-wrapped-figures', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // Its text in a CFF font (Noto Sans Mono CJK SC), which LibreOffice embeds as Type 1 subsets: one figure's
  // characters may come from two of them or more, each a run of its own (行政许可's "4" | "5" | "29",
  // 行政事业性收费's "1" | "8" | "6" | "5" | "1" …, 一's 218 as "21" | "8").
  {
    name: 'libreoffice-noto-mono-pingtan-2024',
    truth: 'pingtan-2024',
    tool: 'libreoffice',
    word: 'noto-mono',
    features: ['text-layer', 'figure-in-two-fonts', 'wrapped-labels', 'wrapped-figures', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // 16 pt, borders off, the text at the cells' left as Word leaves it: table 二's last blocks open a page
  // with one column of figures from the same left end ("2629", "54", "5949.088667"; 2023); its column
  // headings close a page half a character apart, the figures on the next (police-2024); 2019's 采购总金额
  // starts in the column before its middle's, over two (2019).
  ...['pingtan-2019', 'pingtan-2023', 'pingtan-police-2024'].map((r) => ({
    name: `libreoffice-borderless-left-gongwen-16-${r}`,
    truth: r,
    tool: 'libreoffice',
    word: 'borderless-left-gongwen-16',
    features: ['text-layer', 'no-ruling-lines', 'rows-without-space', 'text-at-left', 'wrapped-labels', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  })),
  // The same with an empty line before the title: table 四's headings close page 8, its figures open page 9
  // (finance-2021); （七）总计's 72 and 75 cut after "7" … "7", "2" … "5" opening page 9 over 四、结转's 0 … 0 (2022);
  // table 四's headings close page 7, 未经复议直接起诉's 总计 and 复议后起诉's 结果维持 24 points apart, "总 结"
  // one item with a space in it (econdev-2022).
  ...['pingtan-2022', 'pingtan-finance-2021', 'pingtan-econdev-2022'].map((r) => ({
    name: `libreoffice-borderless-left-gongwen-16-line-${r}`,
    truth: r,
    tool: 'libreoffice',
    word: 'borderless-left-gongwen-16-line',
    features: ['text-layer', 'no-ruling-lines', 'rows-without-space', 'text-at-left', 'wrapped-labels', 'wrapped-figures', ...(r === 'pingtan-2022' ? ['row-cut-with-wrapped-figures'] : []), 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  })),
  // Borders off, the figures set at the right of their cells (as staff set figures in Word), the headings
  // centred: table 二's 本年收费金额 closing page 2 over three columns, its figure "0" opening page 3 under the
  // last (police-2021: read blank before); in a 公文's 16 pt, table 二 going on page 3 where "253" and the "0"s
  // under it end where page 2's figures end, their middles elsewhere (office-2025: 253 read blank before).
  {
    name: 'libreoffice-borderless-figures-right-line-pingtan-police-2021',
    truth: 'pingtan-police-2021',
    tool: 'libreoffice',
    word: 'borderless-figures-right-line',
    features: ['text-layer', 'no-ruling-lines', 'figures-set-right', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  {
    name: 'libreoffice-borderless-figures-right-gongwen-16-line-pingtan-office-2025',
    truth: 'pingtan-office-2025',
    tool: 'libreoffice',
    word: 'borderless-figures-right-gongwen-16-line',
    features: ['text-layer', 'no-ruling-lines', 'rows-without-space', 'figures-set-right', 'wrapped-labels', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // Borders off, table 三's merged labels in vertical writing (Word's tbRlV): LibreOffice draws each character
  // on its own, upright, the brackets of "（三）" turned a quarter — lines of one character each among the
  // rows, which read as rows before (pingtan-2024: 52 of 200 cells); in a 公文's 16 pt the label wraps into a
  // second column left of the first ("三、本年度办理" | "结果", pingtan-2022: 25 of 200).
  {
    name: 'libreoffice-borderless-vertical-pingtan-2024',
    truth: 'pingtan-2024',
    tool: 'libreoffice',
    word: 'borderless-vertical',
    features: ['text-layer', 'no-ruling-lines', 'vertical-group-label', 'wrapped-labels', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // Borders off, every cell's text but the figures set 分散对齐 (Word's w:jc distribute), as forms set their
  // labels: each character a piece of its own, spread over its cell ("规 … 章" 134 points apart, "信 息 内
  // 容" 38), which read as columns before (pingtan-2019: 57 of 198 cells unread; across the 16 reports so
  // printed, 72 % of the cells read, none wrong — 99.8 % now).
  {
    name: 'libreoffice-borderless-distributed-pingtan-2019',
    truth: 'pingtan-2019',
    tool: 'libreoffice',
    word: 'borderless-distributed',
    features: ['text-layer', 'no-ruling-lines', 'distributed-labels', 'wrapped-labels', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // The same of pingtan-2023: table 二's first block heading and its header (第 二 十 条 第 （ 一 ） 项, 信 息 内 容)
  // close page 1 spread, no figure under them there, its rows open page 2 (6 cells unread before: the
  // headings stayed a character a piece — taken now where the next page's block headings stand alike over
  // their figures).
  {
    name: 'libreoffice-borderless-distributed-pingtan-2023',
    truth: 'pingtan-2023',
    tool: 'libreoffice',
    word: 'borderless-distributed',
    features: ['text-layer', 'no-ruling-lines', 'distributed-labels', 'header-closing-page', 'wrapped-labels', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // The same of pingtan-police-2021 and seed-tianmen-2021: a label's last line of two or three characters
  // spread under its full line — "类 申 请" under "1.信访举报投诉", the row's figures on a line of their own
  // between; "事 项" under "8.属于行政查询" closing page 2 — stayed apart (a row "请" or "项" of its own, a
  // table-extra and a table-label warning each); and "无" of 1.申请人无正当理由…, a piece of its own, was
  // taken for a figure, moving where the figures under "类 申 请" were looked for.
  {
    name: 'libreoffice-borderless-distributed-pingtan-police-2021',
    truth: 'pingtan-police-2021',
    tool: 'libreoffice',
    word: 'borderless-distributed',
    features: ['text-layer', 'no-ruling-lines', 'distributed-labels', 'wrapped-labels', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  {
    name: 'libreoffice-borderless-distributed-seed-tianmen-2021',
    truth: 'seed-tianmen-2021',
    tool: 'libreoffice',
    word: 'borderless-distributed',
    features: ['text-layer', 'no-ruling-lines', 'distributed-labels', 'wrapped-labels', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  {
    name: 'libreoffice-borderless-vertical-gongwen-16-line-pingtan-2022',
    truth: 'pingtan-2022',
    tool: 'libreoffice',
    word: 'borderless-vertical-gongwen-16-line',
    features: ['text-layer', 'no-ruling-lines', 'rows-without-space', 'vertical-group-label', 'wrapped-labels', 'wrapped-figures', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // A 公文 with its tables in 12 pt, borders off, two empty lines before the title: table 二 of 2019 cut after
  // 行政强制's row, block (八)'s heading and its two columns, centred in their own cells, opening the next page.
  {
    name: 'libreoffice-borderless-gongwen-12-lines-pingtan-2019',
    truth: 'pingtan-2019',
    tool: 'libreoffice',
    word: 'borderless-gongwen-12-lines',
    features: ['text-layer', 'no-ruling-lines', 'rows-without-space', 'gongwen-line-spacing', 'wrapped-labels', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  {
    name: 'chromium-split-pingtan-2025',
    truth: 'pingtan-2025',
    tool: 'chromium',
    print: 'split',
    features: [
      'text-layer',
      'table-breaks-across-pages',
      'no-repeated-header',
      'merged-label-across-break',
      'vertical-group-label',
      'wrapped-labels',
    ],
    expect: 'truth',
  },
  {
    name: 'chromium-agency-page-pingtan-2021',
    truth: 'pingtan-2021',
    tool: 'chromium',
    print: 'agency-page',
    features: ['text-layer', 'agency-page', 'separate-cell-borders', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // The same print where the break falls inside 三、本年度办理结果 with the rows of a whole group on the
  // next page: there the cell's part draws its two sides and no rule across.
  ...['pingtan-2020', 'pingtan-2024'].map((r) => ({
    name: `chromium-agency-page-${r}`,
    truth: r,
    tool: 'chromium',
    print: 'agency-page',
    features: ['text-layer', 'agency-page', 'separate-cell-borders', 'table-breaks-across-pages', 'no-repeated-header', 'merged-label-across-break'],
    expect: 'truth',
  })),
  // The agency's page printed with its scripts run, as a reader's browser prints it: a site script writes a
  // menu line "二、主动公开" above the title, which reads like an abbreviated heading of section 二.
  {
    name: 'chromium-agency-page-scripts-pingtan-2024',
    truth: 'pingtan-2024',
    tool: 'chromium',
    print: 'agency-page',
    scripts: true,
    features: ['text-layer', 'agency-page', 'page-scripts', 'separate-cell-borders', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // The same print where table 四 breaks inside its header: 行政诉讼's headings "结果" | "维持", "其他" | "结果" cut.
  {
    name: 'chromium-agency-page-pingtan-finance-2021',
    truth: 'pingtan-finance-2021',
    tool: 'chromium',
    print: 'agency-page',
    features: ['text-layer', 'agency-page', 'separate-cell-borders', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // The agency's page with its own collapsed borders, the tables as wide as their text and the value
  // columns as narrow as a figure: neighbouring figures a space's width apart, one text run over the borders.
  {
    name: 'chromium-agency-page-narrow-pingtan-2024',
    truth: 'pingtan-2024',
    tool: 'chromium',
    print: 'agency-page',
    css: 'narrow-columns',
    features: ['text-layer', 'agency-page', 'narrow-value-columns', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // Tables printed with no ruling lines: the official-layout page and an agency's page whose style removes
  // every border, plain, with striped rows, with a filled header row (printed with backgrounds).
  {
    name: 'chromium-borderless-pingtan-2024',
    truth: 'pingtan-2024',
    tool: 'chromium',
    print: 'official',
    css: 'borderless',
    features: ['text-layer', 'no-ruling-lines', 'table-breaks-across-pages', 'repeated-header'],
    expect: 'truth',
  },
  // No border, the figures set at the right of their cells (td { text-align: right }), the headings in the
  // middle: table 二's 本年处理决定数量 in the middle of its three columns, the figure under it in the last
  // (read blank before); 2019's 本年增/减 and 采购总金额 across two; table 四's 结果维持 wholly left of its "2"
  // (a label column before) and its column-group headings over figures off their columns' middles.
  ...['pingtan-2019', 'pingtan-2024'].map((r) => ({
    name: `chromium-borderless-figures-right-${r}`,
    truth: r,
    tool: 'chromium',
    print: 'official',
    css: 'borderless-figures-right',
    features: ['text-layer', 'no-ruling-lines', 'figures-set-right', 'table-breaks-across-pages', 'repeated-header'],
    expect: 'truth',
  })),
  // …and every cell's text at the right, the headings too: 行政复议 ends where 总计's figures end (before: over
  // 尚未审结 and 总计 only, 12 read for 行政复议's 结果维持); "第二十条第（一）项" over 现行有效件数, both at the
  // table's right, one cell before.
  {
    name: 'chromium-borderless-right-pingtan-2021',
    truth: 'pingtan-2021',
    tool: 'chromium',
    print: 'official',
    css: 'borderless-right',
    features: ['text-layer', 'no-ruling-lines', 'text-set-right', 'table-breaks-across-pages', 'repeated-header'],
    expect: 'truth',
  },
  // No border, every line twice its text's size from the next (line-height: 2), 9-point text on 18-point
  // lines: a wrapped label's lines 9 points apart, the rows 13.5 — the commonest gap the rows', a cell's lines
  // closer (each wrapped label a row of blank cells before; table 三 reported missing).
  {
    name: 'chromium-borderless-line-height-2-pingtan-2024',
    truth: 'pingtan-2024',
    tool: 'chromium',
    print: 'official',
    css: 'borderless-line-height-2',
    features: ['text-layer', 'no-ruling-lines', 'double-line-spacing', 'wrapped-labels', 'table-breaks-across-pages', 'repeated-header'],
    expect: 'truth',
  },
  // Tables 三 and 四 on landscape pages of their own (a named page), the text on portrait pages: section 五's
  // "一" | "是坚持…" closes a line, which hid its first measure ("一是" across the break: a false
  // section5-specific warning, the measures not itemised).
  {
    name: 'chromium-landscape-tables-pingtan-finance-2021',
    truth: 'pingtan-finance-2021',
    tool: 'chromium',
    print: 'official',
    css: 'landscape-tables',
    features: ['text-layer', 'landscape-table-pages', 'repeated-header'],
    expect: 'truth',
  },
  // Section 一's 门户网站人民工作一 printed in Noto Serif CJK SC, as a Linux browser prints Chinese (its glyphs
  // many times the size of the TrueType font's, so these characters only): its text layer gives radicals for the ideographs whose
  // glyphs Noto CJK shares with them, 户 of 门户网站 as "⼾" (the UCD's 戶, which is not 户) among them, so
  // section 一 lacked its 政府信息公开平台建设 topic (a false section1-topics warning).
  {
    name: 'chromium-noto-section-1-pingtan-police-2021',
    truth: 'pingtan-police-2021',
    tool: 'chromium',
    print: 'official',
    css: 'noto-section-1',
    features: ['text-layer', 'noto-cjk-text', 'table-breaks-across-pages', 'repeated-header'],
    expect: 'truth',
  },
  // …and set as a 公文, 16 pt on lines 28 points apart (12 and 21 in the print, scaled to the page): a label's
  // lines 9 to 9.6 points apart, the rows 12.5 or more; "度办理结" 3.4 points above "（二）部分公开" and 5.9
  // before it, "（五）不" run into "版物"; table 三's header and first two rows close page 2, too short to show
  // how far apart its cells' lines are.
  {
    name: 'chromium-borderless-gongwen-16-pingtan-2024',
    truth: 'pingtan-2024',
    tool: 'chromium',
    print: 'official',
    css: 'borderless-gongwen-16',
    features: ['text-layer', 'no-ruling-lines', 'gongwen-web-page', 'wrapped-labels', 'table-breaks-across-pages', 'repeated-header'],
    expect: 'truth',
  },
  // …its labels and headings justified to both edges, the last line too (th { text-align: justify;
  // text-align-last: justify }): Chromium spreads them a character at a time over their cells, "规 … 章" at
  // the two ends of theirs, "商 业" over "企 业" in its column, "议 行" one piece where 行政复议's cell meets
  // 行政诉讼's (53 % of the cells read before, across the 16 reports so printed; 99.6 % now, none wrong).
  {
    name: 'chromium-borderless-justified-gongwen-16-pingtan-2024',
    truth: 'pingtan-2024',
    tool: 'chromium',
    print: 'official',
    css: 'borderless-justified-gongwen-16',
    features: ['text-layer', 'no-ruling-lines', 'gongwen-web-page', 'distributed-labels', 'wrapped-labels', 'table-breaks-across-pages', 'repeated-header'],
    expect: 'truth',
  },
  // The same of pingtan-2019 (2019 format): table 二's column headings of one length, 本年新制作数量 | 本年新公开数量
  // | 对外公开总数量, each spread over its column with gaps between the columns no wider than between their
  // characters — one evenly spread run over the three columns, the first block's 6 cells unread before;
  // a heading a column now, where the halfway points between the figures' columns cut it into equal parts.
  {
    name: 'chromium-borderless-justified-gongwen-16-pingtan-2019',
    truth: 'pingtan-2019',
    tool: 'chromium',
    print: 'official',
    css: 'borderless-justified-gongwen-16',
    features: ['text-layer', 'no-ruling-lines', 'gongwen-web-page', 'distributed-labels', 'wrapped-labels', 'table-breaks-across-pages', 'repeated-header'],
    expect: 'truth',
  },
  // The page's own sizes, labels and headings justified (pingtan-2019): the group label （四）无法提供 wrapped
  // in its narrow column, "提 供" its last line at the column's two edges under "（ 四 ） 无 法", stayed two
  // pieces ("供" a row of its own, a table-extra warning).
  {
    name: 'chromium-borderless-justified-pingtan-2019',
    truth: 'pingtan-2019',
    tool: 'chromium',
    print: 'official',
    css: 'borderless-justified',
    features: ['text-layer', 'no-ruling-lines', 'distributed-labels', 'wrapped-labels', 'table-breaks-across-pages', 'repeated-header'],
    expect: 'truth',
  },
  // …with no cell padding either: the rows as close as a cell's lines, 9 to 9.6 points apart in the print
  // (lines where the rows' fractional heights put them), "1.信访举报投诉类申" over "请" 9.6.
  {
    name: 'chromium-borderless-no-padding-gongwen-16-pingtan-2024',
    truth: 'pingtan-2024',
    tool: 'chromium',
    print: 'official',
    css: 'borderless-no-padding-gongwen-16',
    features: ['text-layer', 'no-ruling-lines', 'no-cell-padding', 'rows-without-space', 'gongwen-web-page', 'wrapped-labels', 'table-breaks-across-pages', 'repeated-header'],
    expect: 'truth',
  },
  // …and with no cell padding either: the cells' texts as close as the text lets them be, table 三's group
  // labels run into the rows' labels ("（三）不予" | "4.保护第三方合法权益", 1.8 points apart), table 四's
  // column headings one piece of text with a space between cells ("结果维持 结果纠正 其他结果 尚未审结").
  {
    name: 'chromium-borderless-no-padding-pingtan-econdev-2024',
    truth: 'pingtan-econdev-2024',
    tool: 'chromium',
    print: 'official',
    css: 'borderless-no-padding',
    features: ['text-layer', 'no-ruling-lines', 'no-cell-padding'],
    expect: 'truth',
  },
  {
    name: 'chromium-borderless-striped-pingtan-2021',
    truth: 'pingtan-2021',
    tool: 'chromium',
    print: 'official',
    css: 'borderless-striped',
    background: true,
    features: ['text-layer', 'no-ruling-lines', 'striped-rows', 'table-breaks-across-pages', 'repeated-header'],
    expect: 'truth',
  },
  {
    name: 'chromium-agency-page-borderless-pingtan-2021',
    truth: 'pingtan-2021',
    tool: 'chromium',
    print: 'agency-page',
    css: 'borderless-header',
    background: true,
    features: ['text-layer', 'agency-page', 'no-ruling-lines', 'filled-header', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // The same, plain: table 二's last block (第二十条第（八）项) alone at the top of the next page, its group
  // label left at the foot of the page before.
  {
    name: 'chromium-agency-page-borderless-pingtan-2022',
    truth: 'pingtan-2022',
    tool: 'chromium',
    print: 'agency-page',
    css: 'borderless',
    features: ['text-layer', 'agency-page', 'no-ruling-lines', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // Striped: table 二's （六） block going on at the top of the next page, its one column of figures in
  // the middle column of the blocks above; 第二十条第（八）项 at the top of the page after, under 行政强制.
  {
    name: 'chromium-agency-page-borderless-striped-pingtan-2024',
    truth: 'pingtan-2024',
    tool: 'chromium',
    print: 'agency-page',
    css: 'borderless-striped',
    background: true,
    features: ['text-layer', 'agency-page', 'no-ruling-lines', 'striped-rows', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // Table 四's header at the foot of a page (行政复议, 行政诉讼 and the groups under them), 行政诉讼's column
  // headings and the figures on the next.
  {
    name: 'chromium-agency-page-borderless-pingtan-2025',
    truth: 'pingtan-2025',
    tool: 'chromium',
    print: 'agency-page',
    css: 'borderless',
    features: ['text-layer', 'agency-page', 'no-ruling-lines', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // An agency's own page with no border and no cell padding: table 三's figures of neighbouring narrow
  // cells a few points apart ("64" | "0" | "0"), a row's label wrapped over two lines with its figures on a
  // line of their own between them, a group label run into its first row's label ("（六）其他" a point
  // before "1.申请人无正当理由…"), the column headings a few characters a line, 3 to 5 points apart.
  {
    name: 'chromium-agency-page-borderless-no-padding-pingtan-2023',
    truth: 'pingtan-2023',
    tool: 'chromium',
    print: 'agency-page',
    css: 'borderless-no-padding',
    features: ['text-layer', 'agency-page', 'no-ruling-lines', 'no-cell-padding', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // The same for another year: the figures of 其他 and 总计 one piece of text a space apart ("0 154"), the
  // edge halfway between two columns' middles inside the wider heading ("科" | "社会公", 4.8 points apart).
  {
    name: 'chromium-agency-page-borderless-no-padding-pingtan-2025',
    truth: 'pingtan-2025',
    tool: 'chromium',
    print: 'agency-page',
    css: 'borderless-no-padding',
    features: ['text-layer', 'agency-page', 'no-ruling-lines', 'no-cell-padding', 'table-breaks-across-pages', 'no-repeated-header'],
    expect: 'truth',
  },
  // A case above written again by Ghostscript (`from`: its committed input.pdf), as sites compressing their
  // PDFs do: LibreOffice's print comes out whole; Chromium's with part of its characters mapped to others.
  {
    name: 'ghostscript-libreoffice-pingtan-2024',
    truth: 'pingtan-2024',
    tool: 'ghostscript',
    from: 'libreoffice-pingtan-2024',
    features: [...LIBREOFFICE_FEATURES, 'redistilled'],
    expect: 'truth',
  },
  {
    name: 'ghostscript-chromium-pingtan-2024',
    truth: 'pingtan-2024',
    tool: 'ghostscript',
    from: 'chromium-pingtan-2024',
    features: ['text-layer', 'redistilled', 'wrong-characters'],
    expect: 'wrong-characters',
  },
  {
    name: 'chromium-table-picture-pingtan-police-2021',
    truth: 'pingtan-police-2021',
    tool: 'chromium',
    print: 'table-picture',
    features: ['text-layer', 'table-as-picture'],
    expect: 'table-picture',
  },
  {
    name: 'chromium-scanned-pingtan-econdev-2022',
    truth: 'pingtan-econdev-2022',
    tool: 'chromium',
    print: 'scanned',
    features: ['image-only'],
    expect: 'no-text-layer',
  },
];

/**
 * One TrueType Chinese font for all text, never bold: Chromium draws a synthetic bold as Type 3 glyphs,
 * which would double the size. The title and headings stand out by their size.
 */
export const FONT_CSS = '* { font-family: "Droid Sans Fallback" !important; font-weight: normal !important; }';

/**
 * The report as published: the HTML page shows a stand-in for each official section the report lacks
 * (its heading and "报告中没有此部分。"), which the published report does not have.
 */
const REPORT_CSS = 'section.rs.missing { display: none !important; }';

/** Scan resolution of the `scanned` case, in CSS pixels per pixel: 0.8 × 96 ≈ 77 dpi, legible and small. */
const SCAN_SCALE = 0.8;

/** The row before which table 三 breaks in the `split` case: inside the （四）无法提供 group of 三、本年度办理结果. */
const SPLIT_BEFORE_ROW = 'unable_needs_creation';

/** Every border removed. */
const BORDERLESS = 'table, tr, td, th { border: none !important; }\ntable { border-collapse: collapse !important; }';

/** A page set as a 公文: 16 pt on lines 28 points apart in every paragraph and cell (Word's web page of one). */
const GONGWEN_16 = 'body, table, td, th, p, h1, h2, h3 { font-size: 16pt !important; line-height: 28pt !important; }';

/** The characters of section 一 the `noto-section-1` case prints in Noto Serif CJK SC. */
const NOTO_CHARACTERS = '门户网站人民工作一';

/** Extra print CSS of each Chromium case (after FONT_CSS): its `css`, or else its `print`. */
const PRINT_CSS = {
  official: '',
  'table-picture': '',
  scanned: '',
  // Each cell its own border, a pixel apart (what <table border="1" cellspacing="1"> draws).
  'agency-page': 'table { border-collapse: separate !important; border-spacing: 1px !important; }\ntd, th { border: 1px solid black !important; }',
  // The page's own collapsed borders; its tables as wide as their text, no padding, and the last seven
  // cells of each row (table 三's value columns, table 四's last seven, table 二's figures) one pixel wide:
  // each such column as narrow as its widest figure or heading character (what <td width="7"> gives).
  'narrow-columns': 'table { width: auto !important; }\ntd { padding: 0 !important; }\ntd:nth-last-child(-n+7) { width: 1px !important; }',
  // No border anywhere (an agency's stylesheet that sets its tables borderless); striped; a filled header row.
  borderless: BORDERLESS,
  'borderless-no-padding': `${BORDERLESS}\ntd, th { padding: 0 !important; }`,
  // Set as a 公文 (Word's web page of one: 16 pt on lines 28 points apart in every paragraph, the tables' too).
  'borderless-gongwen-16': `${BORDERLESS}\n${GONGWEN_16}`,
  'borderless-no-padding-gongwen-16': `${BORDERLESS}\ntd, th { padding: 0 !important; }\n${GONGWEN_16}`,
  // …its labels and headings (th) justified to both edges, the last line too: Chromium spreads Chinese text a
  // character at a time over the cell, as Word's 分散对齐 does.
  'borderless-justified-gongwen-16': `${BORDERLESS}\n${GONGWEN_16}\nth { text-align: justify !important; text-align-last: justify !important; }`,
  // …or in the page's own sizes (10.5 pt, the labels in 9 pt): a label wrapped in its narrow column, its last
  // line of two characters at the column's two edges.
  'borderless-justified': `${BORDERLESS}\nth { text-align: justify !important; text-align-last: justify !important; }`,
  // Only these characters from Noto (an @font-face with a unicode-range): its glyphs are Type 3 outlines,
  // a kilobyte each, 340 KB for the section's 330 different characters.
  'landscape-tables': '@page wide { size: A4 landscape; }\ntable.t3, table.t4 { page: wide; }',
  'borderless-figures-right': `${BORDERLESS}\ntd { text-align: right !important; }`,
  'borderless-right': `${BORDERLESS}\ntd, th { text-align: right !important; }`,
  'borderless-line-height-2': `${BORDERLESS}\nbody, table, td, th, p { line-height: 2 !important; }`,
  'noto-section-1': `@font-face { font-family: "Noto Serif CJK SC part"; src: local("Noto Serif CJK SC"); unicode-range: ${[...NOTO_CHARACTERS].map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase()}`).join(', ')}; }
section[data-section="s1"] p { font-family: "Noto Serif CJK SC part", "Droid Sans Fallback" !important; }`,
  'borderless-striped': `${BORDERLESS}\ntr:nth-child(even) td { background: #eeeeee !important; }`,
  'borderless-header': `${BORDERLESS}\ntr:first-child td, tr:first-child th { background: #1f4e79 !important; color: #ffffff !important; }`,
  split: `@media print {
  /* the header is printed once, where the table starts, and not repeated on the next page */
  table.official thead { display: table-row-group; }
  table.official tbody.block, table.t2, table.t4 { break-inside: auto; page-break-inside: auto; }
}
/* the page breaks inside the merged label cells of 三、本年度办理结果 and （四）无法提供 */
table.t3 tr[data-row="${SPLIT_BEFORE_ROW}"] { break-before: page; page-break-before: always; }
/* 三、本年度办理结果 set vertically, as agencies' Word tables do */
table.t3 th#t3-rg-results { writing-mode: vertical-rl; min-width: 0; width: 1.6em; letter-spacing: 0.3em; }
/* narrow columns: labels and column headings wrap */
table.t3 th[scope="row"] { min-width: 0; width: 7em; }
table.t3 th.rg { min-width: 0; width: 3.2em; }
table.t3 thead th[scope="col"], table.t3 td { min-width: 0; width: 2.4em; }
table.t3 thead th:not(.corner) { text-wrap: wrap; }
table.t4 th, table.t4 td { min-width: 0; }
table.t4 thead th:not(.corner) { width: 2.2em; text-wrap: wrap; }`,
};

/** The stylesheet added to the HTML page of a Chromium case. */
export function printCss(c) {
  return `${FONT_CSS}\n${REPORT_CSS}\n${PRINT_CSS[c.css ?? c.print]}`;
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${r.stderr}`);
  return r.stdout;
}

/** Debian's Chromium, headless, offline and in UTC: the one browser every fixture script prints with. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: { ...process.env, TZ: 'UTC' },
  });
}

/**
 * A web page printed to PDF by Chromium as a reader saves it (A4, the page's own print CSS): FONT_CSS as the one
 * font, scripts off, nothing fetched, metadata fixed (fixMetadata). `label` names the page in errors.
 */
export async function printPage(browser, html0, label) {
  const html = html0.replace('</head>', `<style>\n${FONT_CSS}\n</style>\n</head>`);
  if (html === html0) throw new Error(`${label}: no </head>`);
  const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, javaScriptEnabled: false });
  try {
    await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return fixMetadata(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false }));
  } finally {
    await context.close();
  }
}

/**
 * Sets CreationDate/ModDate to FIXED_DATE and /ID (and LibreOffice's /DocChecksum) to a digest of the
 * rest, each in place with the same number of bytes (the cross-reference offsets stay right). Both tools write these uncompressed.
 */
export function fixMetadata(bytes) {
  let s = Buffer.from(bytes).toString('latin1');
  let dates = 0;
  s = s.replace(/\/(CreationDate|ModDate)\s*\(D:(\d{14})/g, (m, _k, d) => {
    dates++;
    return m.slice(0, -d.length) + FIXED_DATE;
  });
  if (dates === 0) throw new Error('no CreationDate in the PDF: the tool changed how it writes them');
  // The file identifier (/ID [<a> <b>]) and LibreOffice's /DocChecksum, both derived from the time:
  // blanked, then filled with a digest of the file as it is with them blank.
  const volatile = /(\/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)|(\/DocChecksum\s*\/)([0-9A-Fa-f]+)/g;
  const blank = s.replace(volatile, (m) => m.replace(/[0-9A-Fa-f]{16,}/g, (h) => '0'.repeat(h.length)));
  const digest = createHash('sha256').update(blank, 'latin1').digest('hex').toUpperCase().repeat(4);
  s = blank.replace(volatile, (m) => m.replace(/0{16,}/g, (z) => digest.slice(0, z.length)));
  return Buffer.from(s, 'latin1');
}

/** Page count from the page tree (the /Count of the root /Pages). */
export function pageCount(bytes) {
  const s = Buffer.from(bytes).toString('latin1');
  const counts = [...s.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  return counts.length ? Math.max(...counts) : 0;
}

/**
 * A Word file printed to PDF by LibreOffice (`soffice --headless --convert-to pdf`, TZ=UTC, its own
 * profile under `work`), Droid Sans Fallback put before the Word file's 仿宋_GB2312 through a fontconfig
 * file: the PDF's bytes (metadata not yet fixed: fixMetadata) and how it was made.
 */
export function libreofficePdf(docx, work) {
  const fonts = join(work, 'fonts.conf');
  writeFileSync(
    fonts,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <match target="pattern">
    <test name="family"><string>仿宋_GB2312</string></test>
    <edit name="family" mode="prepend" binding="strong"><string>Droid Sans Fallback</string></edit>
  </match>
</fontconfig>
`,
  );
  const out = mkdtempSync(join(work, 'out-'));
  run(
    'soffice',
    [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, docx],
    { env: { ...process.env, FONTCONFIG_FILE: fonts, TZ: 'UTC' } },
  );
  const version = run('soffice', [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--version']).trim();
  const name = docx.slice(docx.lastIndexOf('/') + 1).replace(/\.docx$/, '.pdf');
  return {
    bytes: readFileSync(join(out, name)),
    made: { tool: version, how: `soffice --headless --convert-to pdf (fontconfig: Droid Sans Fallback before 仿宋_GB2312)` },
  };
}

/**
 * The Word file with its tables as wide as the page (w:tblW 5000 fiftieths of a percent) and their columns
 * equal, the text width (9000 twips) shared out: what a Word user gets with "autofit to window".
 */
function pageWidth(docx) {
  const files = unzipSync(new Uint8Array(docx));
  const xml = strFromU8(files['word/document.xml']);
  files['word/document.xml'] = strToU8(
    xml.replace(/<w:tbl>.*?<\/w:tbl>/gs, (t) => {
      const n = (t.match(/<w:gridCol /g) ?? []).length;
      const w = Math.floor(9000 / n);
      return t
        .replace(/<w:tblW w:w="0" w:type="auto"\/>/, '<w:tblW w:w="5000" w:type="pct"/>')
        .replace(/<w:gridCol w:w="\d+"\/>/g, `<w:gridCol w:w="${w}"/>`)
        .replace(/<w:tcW w:w="\d+" w:type="dxa"\/>/g, (m) => m.replace(/w:w="(\d+)"/, (_, v) => `w:w="${Math.round((Number(v) / 600) * w)}"`));
    }),
  );
  return zipSync(files);
}

/**
 * The Word file as an agency sets its tables with the borders turned off: as wide as the page, each column
 * as wide as its text wants (Word's autofit: a column of labels its longest label's characters, 2–10; a
 * column of figures 3–4), every cell's text centred (w:jc) — or, with `left`, as Word leaves it (at the
 * left) —, and the borders `nil` — or, with `across`, only the rules across (top, bottom and between the rows).
 */
function borderless(docx, across, left = false) {
  const files = unzipSync(new Uint8Array(docx));
  const xml = strFromU8(files['word/document.xml']);
  const borders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="${across && !['left', 'right', 'insideV'].includes(b) ? 'single" w:sz="4' : 'nil'}"/>`).join('')}</w:tblBorders>`;
  const cellsOf = (row) => (row.match(/<w:tc>.*?<\/w:tc>/gs) ?? []).map((tc) => ({
    tc,
    span: Number((tc.match(/<w:gridSpan w:val="(\d+)"/) ?? [])[1] ?? 1),
    text: cellText(tc),
  }));
  files['word/document.xml'] = strToU8(
    xml.replace(/<w:tbl>.*?<\/w:tbl>/gs, (t) => {
      const n = (t.match(/<w:gridCol /g) ?? []).length;
      const longest = Array(n).fill(0);
      const figures = Array(n).fill(false);
      for (const row of t.match(/<w:tr>.*?<\/w:tr>/gs) ?? []) {
        let c = 0;
        for (const { span, text } of cellsOf(row)) {
          if (span === 1 && text) {
            longest[c] = Math.max(longest[c], [...text].length);
            if (/^[\d.]+$/.test(text)) figures[c] = true;
          }
          c += span;
        }
      }
      const weight = longest.map((w, i) => (figures[i] ? Math.min(Math.max(w, 3), 4) : Math.min(Math.max(w, 2), 10)));
      const sum = weight.reduce((a, b) => a + b, 0);
      const twips = weight.map((w) => Math.floor((9000 * w) / sum));
      let g = 0;
      return t
        .replace(/<w:tblW w:w="0" w:type="auto"\/>/, '<w:tblW w:w="5000" w:type="pct"/>')
        .replace(/<w:tblBorders>.*?<\/w:tblBorders>/, borders)
        .replace(/<w:gridCol w:w="\d+"\/>/g, () => `<w:gridCol w:w="${twips[g++]}"/>`)
        .replace(/<w:tr>.*?<\/w:tr>/gs, (row) => {
          let c = 0;
          return row.replace(/<w:tc>.*?<\/w:tc>/gs, (tc) => {
            const span = Number((tc.match(/<w:gridSpan w:val="(\d+)"/) ?? [])[1] ?? 1);
            const w = twips.slice(c, c + span).reduce((a, b) => a + b, 0);
            c += span;
            const sized = tc.replace(/<w:tcW w:w="\d+" w:type="dxa"\/>/, `<w:tcW w:w="${w}" w:type="dxa"/>`);
            return left ? sized : sized.replace(/<w:p><w:r>/g, '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>');
          });
        });
    }),
  );
  return zipSync(files);
}

/**
 * The Word file with Word's 重复标题行 on each table (w:tblHeader on its rows before its first row with a
 * figure): LibreOffice prints those rows again atop every page the table goes on to.
 */
function repeatedHeader(docx) {
  const files = unzipSync(new Uint8Array(docx));
  const xml = strFromU8(files['word/document.xml']);
  files['word/document.xml'] = strToU8(
    xml.replace(/<w:tbl>.*?<\/w:tbl>/gs, (t) => {
      let head = true;
      return t.replace(/<w:tr>(.*?)<\/w:tr>/gs, (row, inner) => {
        const texts = (inner.match(/<w:t[^>]*>[^<]*<\/w:t>/g) ?? []).map((m) => m.replace(/<[^>]+>/g, ''));
        if (texts.some((text) => /^[\d.]+$/.test(text))) head = false;
        return head ? `<w:tr><w:trPr><w:tblHeader/></w:trPr>${inner}</w:tr>` : row;
      });
    }),
  );
  return zipSync(files);
}

/**
 * The Word file set as a 公文 (GB/T 9704): every run of the text 16 pt (三号) on lines exactly 28 points
 * apart (w:lineRule exact), the tables' runs `tableSize` half-points on lines `tableLine` twips apart.
 */
function gongwen(docx, tableSize = 21, tableLine = 400) {
  const files = unzipSync(new Uint8Array(docx));
  const xml = strFromU8(files['word/document.xml']);
  const set = (part, size, line) =>
    part
      .replace(/<w:rPr>/g, `<w:rPr><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`)
      .replace(/<w:p>(?!<w:pPr>)/g, '<w:p><w:pPr></w:pPr>')
      .replace(/<w:pPr>/g, `<w:pPr><w:spacing w:line="${line}" w:lineRule="exact"/>`);
  files['word/document.xml'] = strToU8(
    xml
      .split(/(<w:tbl>.*?<\/w:tbl>)/s)
      .map((part) => (part.startsWith('<w:tbl>') ? set(part, tableSize, tableLine) : set(part, 32, 560)))
      .join(''),
  );
  return zipSync(files);
}

/** The Word file with `lines` empty lines (a full-width space each) before its first paragraph: its page breaks fall as many lines further on. */
export function emptyLineFirst(docx, lines = 1) {
  const files = unzipSync(new Uint8Array(docx));
  const xml = strFromU8(files['word/document.xml']);
  const out = xml.replace(/<w:body>/, `<w:body>${'<w:p><w:r><w:t>　</w:t></w:r></w:p>'.repeat(lines)}`);
  if (out === xml) throw new Error('the Word file has changed shape: no w:body');
  files['word/document.xml'] = strToU8(out);
  return zipSync(files);
}

/**
 * The Word file with each cell whose text is a figure set at the right (w:jc right), as staff set figures in
 * Word: the headings and labels stay where they are.
 */
function figuresRight(docx) {
  return eachCell(docx, 'no cell with a figure', (tc, text) => (/^-?[\d.]+$/.test(text) ? aligned(tc, 'right') : tc));
}

/** A Word table cell (`w:tc`) with each of its paragraphs set `jc` (w:jc: right, distribute…). */
function aligned(tc, jc) {
  return tc.includes('<w:jc ')
    ? tc.replace(/<w:jc w:val="[a-z]+"\/>/g, `<w:jc w:val="${jc}"/>`)
    : tc.replace(/<w:p><w:r>/g, `<w:p><w:pPr><w:jc w:val="${jc}"/></w:pPr><w:r>`).replace(/<w:p><w:pPr>(?!<w:jc)/g, `<w:p><w:pPr><w:jc w:val="${jc}"/>`);
}

/**
 * The Word file with table 三's merged labels — 三、本年度办理结果 and its groups （三）–（六） — in vertical
 * writing (w:textDirection tbRlV: the characters upright, one under another, the lines right to left), as
 * agencies' Word tables set them. LibreOffice draws such text a character at a time, its brackets turned.
 */
function verticalLabels(docx) {
  return eachCell(docx, 'no cell 三、本年度办理结果', (tc, text) => {
    const group = /^（[三四五六]）(不予公开|无法提供|不予处理|其他处理)$/.test(text) && tc.includes('<w:vMerge w:val="restart"/>');
    return text === '三、本年度办理结果' || group ? tc.replace('</w:tcPr>', '<w:textDirection w:val="tbRlV"/></w:tcPr>') : tc;
  });
}

/**
 * The Word file with each cell whose text is not a figure set 分散对齐 (w:jc distribute: each line spread
 * over the cell's width, the last line too), as forms set their labels; the figures stay where they are.
 */
function distributed(docx) {
  return eachCell(docx, 'no cell with a label', (tc, text) => (text === '' || /^-?[\d.]+$/.test(text) ? tc : aligned(tc, 'distribute')));
}

/** The text of a Word table cell (`w:tc`): its runs' text joined. */
function cellText(tc) {
  return (tc.match(/<w:t[^>]*>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('');
}

/** The Word file with each table cell (`w:tc`) rewritten by `edit(tc, its text)`; an error (`none`) where no cell changes. */
function eachCell(docx, none, edit) {
  const files = unzipSync(new Uint8Array(docx));
  const xml = strFromU8(files['word/document.xml']);
  const out = xml.replace(/<w:tc>.*?<\/w:tc>/gs, (tc) => edit(tc, cellText(tc)));
  if (out === xml) throw new Error(`the Word file has changed shape: ${none}`);
  files['word/document.xml'] = strToU8(out);
  return zipSync(files);
}

/** The Word file with its text in another font (`family`, for Latin and Chinese alike, in place of 仿宋_GB2312). */
function fonted(docx, family) {
  const files = unzipSync(new Uint8Array(docx));
  const xml = strFromU8(files['word/document.xml']);
  const out = xml.replace(/<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"\/>/g, `<w:rFonts w:ascii="${family}" w:hAnsi="${family}" w:eastAsia="${family}"/>`);
  if (out === xml) throw new Error('the Word file has changed shape: no w:rFonts 仿宋_GB2312');
  files['word/document.xml'] = strToU8(out);
  return zipSync(files);
}

/** The Word file with every table cell's text set at the bottom of the cell (w:vAlign bottom, not center). */
function bottomAligned(docx) {
  const files = unzipSync(new Uint8Array(docx));
  const xml = strFromU8(files['word/document.xml']);
  const out = xml.replace(/<w:vAlign w:val="center"\/>/g, '<w:vAlign w:val="bottom"/>');
  if (out === xml) throw new Error('the Word file has changed shape: no w:vAlign center in its tables');
  files['word/document.xml'] = strToU8(out);
  return zipSync(files);
}

const WORD = {
  'page-width': { make: (docx) => pageWidth(docx), how: "its tables first set to the page's width with equal columns (w:tblW 100 %)" },
  borderless: { make: (docx) => borderless(docx, false), how: "its tables first set to the page's width, columns fitted to their text, text centred, every border off (w:val nil)" },
  'borderless-left': { make: (docx) => borderless(docx, false, true), how: "its tables first set to the page's width, columns fitted to their text, text at the left as Word leaves it, every border off (w:val nil)" },
  'borderless-repeated-header': {
    make: (docx) => repeatedHeader(borderless(docx, false)),
    how: "its tables first set to the page's width, columns fitted to their text, text centred, every border off (w:val nil), the rows above each table's first figures repeated atop each page (w:tblHeader)",
  },
  'borderless-gongwen': {
    make: (docx) => gongwen(borderless(docx, false)),
    how: "its tables first set to the page's width, columns fitted to their text, text centred, every border off (w:val nil), then set as a 公文: the text 16 pt on lines exactly 28 points apart, the tables 10.5 pt on lines exactly 20 points apart (w:lineRule exact)",
  },
  'borderless-bottom': {
    make: (docx) => bottomAligned(borderless(docx, false)),
    how: "its tables first set to the page's width, columns fitted to their text, text centred, every border off (w:val nil), each cell's text at its bottom (w:vAlign bottom)",
  },
  'gongwen-16': {
    make: (docx) => gongwen(docx, 32, 560),
    how: 'set as a 公文 with its tables as large as its text: every run 16 pt on lines exactly 28 points apart (w:lineRule exact), the tables as they are (their columns and borders)',
  },
  'rules-across-gongwen-16': {
    make: (docx) => gongwen(borderless(docx, true), 32, 560),
    how: "its tables first set to the page's width, columns fitted to their text, text centred, only the rules across the table (no vertical border), then set as a 公文 with its tables as large as its text: every run 16 pt on lines exactly 28 points apart (w:lineRule exact)",
  },
  'gongwen-16-line': {
    make: (docx) => gongwen(emptyLineFirst(docx), 32, 560),
    how: 'an empty line before the title, then set as a 公文 with its tables as large as its text: every run 16 pt on lines exactly 28 points apart (w:lineRule exact), the tables as they are (their columns and borders)',
  },
  'noto-mono': {
    make: (docx) => fonted(docx, 'Noto Sans Mono CJK SC'),
    how: 'its text in Noto Sans Mono CJK SC (its figures half as wide as a Chinese character, as 仿宋_GB2312\'s), which LibreOffice embeds as Type 1 subsets of 255 glyphs each',
  },
  'borderless-figures-right-line': {
    make: (docx) => figuresRight(borderless(emptyLineFirst(docx), false)),
    how: "an empty line before the title, its tables set to the page's width, columns fitted to their text, every border off (w:val nil), the text centred in its cells (w:jc) but the figures, set at the right",
  },
  'borderless-figures-right-gongwen-16-line': {
    make: (docx) => gongwen(figuresRight(borderless(emptyLineFirst(docx), false)), 32, 560),
    how: "an empty line before the title, its tables set to the page's width, columns fitted to their text, every border off (w:val nil), the text centred in its cells (w:jc) but the figures, set at the right; then set as a 公文 with its tables as large as its text: every run 16 pt on lines exactly 28 points apart (w:lineRule exact)",
  },
  'borderless-vertical': {
    make: (docx) => verticalLabels(borderless(docx, false)),
    how: "its tables set to the page's width, columns fitted to their text, text centred, every border off (w:val nil), table 三's merged labels (三、本年度办理结果, （三）–（六）) in vertical writing (w:textDirection tbRlV)",
  },
  'borderless-distributed': {
    make: (docx) => distributed(borderless(docx, false)),
    how: "its tables set to the page's width, columns fitted to their text, every border off (w:val nil), the figures centred in their cells and every other cell's text set 分散对齐 (w:jc distribute)",
  },
  'borderless-vertical-gongwen-16-line': {
    make: (docx) => gongwen(verticalLabels(borderless(emptyLineFirst(docx), false)), 32, 560),
    how: "an empty line before the title, its tables set to the page's width, columns fitted to their text, text centred, every border off (w:val nil), table 三's merged labels (三、本年度办理结果, （三）–（六）) in vertical writing (w:textDirection tbRlV); then set as a 公文 with its tables as large as its text: every run 16 pt on lines exactly 28 points apart (w:lineRule exact)",
  },
  'borderless-left-gongwen-16': {
    make: (docx) => gongwen(borderless(docx, false, true), 32, 560),
    how: "its tables first set to the page's width, columns fitted to their text, text at the left as Word leaves it, every border off (w:val nil), then set as a 公文 with its tables as large as its text: every run 16 pt on lines exactly 28 points apart (w:lineRule exact)",
  },
  'borderless-left-gongwen-16-line': {
    make: (docx) => gongwen(borderless(emptyLineFirst(docx), false, true), 32, 560),
    how: "an empty line before the title, its tables first set to the page's width, columns fitted to their text, text at the left as Word leaves it, every border off (w:val nil), then set as a 公文 with its tables as large as its text: every run 16 pt on lines exactly 28 points apart (w:lineRule exact)",
  },
  'borderless-gongwen-12-lines': {
    make: (docx) => gongwen(borderless(emptyLineFirst(docx, 2), false), 24, 440),
    how: "two empty lines before the title, its tables first set to the page's width, columns fitted to their text, text centred, every border off (w:val nil), then set as a 公文 with its tables in 12 pt: the text 16 pt on lines exactly 28 points apart, the tables 12 pt on lines exactly 22 points apart (w:lineRule exact)",
  },
  'rules-across': { make: (docx) => borderless(docx, true), how: "its tables first set to the page's width, columns fitted to their text, text centred, only the rules across the table (no vertical border)" },
};

function libreoffice(c, work) {
  const from = join(ROOT, 'fixtures/readers/docx', `${c.truth}.docx`);
  let docx = from;
  if (c.word) {
    docx = join(mkdtempSync(join(work, 'word-')), `${c.truth}.docx`);
    writeFileSync(docx, WORD[c.word].make(readFileSync(from)));
  }
  const { bytes, made } = libreofficePdf(docx, work);
  const how = c.word ? `${made.how}, ${WORD[c.word].how}` : made.how;
  return { bytes, made: { tool: made.tool, from: `fixtures/readers/docx/${c.truth}.docx`, how } };
}

/** Ghostscript's version (`gs --version`). */
function ghostscriptVersion() {
  return run('gs', ['--version']).trim();
}

/** The seconds of FIXED_DATE since 1970, for Ghostscript's SOURCE_DATE_EPOCH (its dates and XMP metadata). */
const FIXED_EPOCH = String(Date.UTC(Number(FIXED_DATE.slice(0, 4)), Number(FIXED_DATE.slice(4, 6)) - 1, Number(FIXED_DATE.slice(6, 8))) / 1000);

/** The command a Ghostscript case runs on its `from` case's input.pdf. */
export const GHOSTSCRIPT_ARGS = ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite'];

/** A case's committed PDF written again by Ghostscript's pdfwrite (dates fixed through SOURCE_DATE_EPOCH). */
function ghostscript(c, work) {
  const from = `fixtures/readers/pdf/${c.from}/input.pdf`;
  const out = join(mkdtempSync(join(work, 'gs-')), 'out.pdf');
  run('gs', [...GHOSTSCRIPT_ARGS, `-sOutputFile=${out}`, join(ROOT, from)], { env: { ...process.env, SOURCE_DATE_EPOCH: FIXED_EPOCH, TZ: 'UTC' } });
  return { bytes: readFileSync(out), made: { tool: `Ghostscript ${ghostscriptVersion()}`, from, how: `gs ${GHOSTSCRIPT_ARGS.join(' ')} -sOutputFile=out.pdf ${from}` } };
}

/** What a Chromium case prints: the agency's page as published, or the official-layout page of the corpus JSON. */
export function chromiumSource(c) {
  return c.print === 'agency-page' ? `fixtures/readers/html/${c.truth}.html` : `node bin/gongkai.js convert fixtures/corpus/${c.truth}.json --to html`;
}

async function chromiumCase(browser, c) {
  const agency = c.print === 'agency-page';
  const html0 = agency
    ? readFileSync(join(ROOT, chromiumSource(c)), 'utf8')
    : run(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'convert', `fixtures/corpus/${c.truth}.json`, '--to', 'html'], { cwd: ROOT });
  // The page's Content-Security-Policy allows only its own stylesheet: the print stylesheet goes in its place.
  const css = printCss(c);
  const html = html0.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, '').replace('</head>', `<style>\n${css}\n</style>\n</head>`);
  if (html === html0) throw new Error('the HTML page has changed shape: no Content-Security-Policy or </head>');
  // The agency page's scripts (a site's counters, document.write) are not run — what is printed is the page's
  // text — except in the case that prints the page as a browser does (`scripts`).
  const context = await browser.newContext({
    viewport: { width: 794, height: 1123 },
    deviceScaleFactor: c.print === 'scanned' ? SCAN_SCALE : 1,
    ...(agency ? { javaScriptEnabled: c.scripts === true } : {}),
  });
  try {
    await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdfOpts = { format: 'A4', preferCSSPageSize: true, printBackground: c.background === true };
    if (c.print === 'table-picture') {
      await page.emulateMedia({ media: 'print' });
      const shot = await page.locator('table.t3').screenshot({ type: 'jpeg', quality: 30 });
      await page.evaluate((src) => {
        const t = document.querySelector('table.t3');
        const img = document.createElement('img');
        img.src = src;
        img.alt = '';
        img.style.width = `${t.getBoundingClientRect().width}px`;
        img.style.display = 'block';
        t.replaceWith(img);
      }, `data:image/jpeg;base64,${shot.toString('base64')}`);
      await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
    }
    if (c.print === 'scanned') {
      // The page as printed (print CSS, the width of A4 less the page's @page margins of 14mm 12mm, at
      // 96 px per inch), photographed a page-height at a time as a scanner would (JPEG), and the
      // photographs printed one per page: no text is left.
      await page.emulateMedia({ media: 'print' });
      await page.addStyleTag({ content: 'html { filter: grayscale(1); }' });
      const mm = 96 / 25.4;
      const w = Math.round((210 - 24) * mm);
      const h = Math.round((297 - 28) * mm);
      await page.setViewportSize({ width: w, height: h });
      const full = await page.evaluate(() => document.documentElement.scrollHeight);
      const shots = [];
      for (let y = 0; y < full; y += h) {
        shots.push(await page.screenshot({ type: 'jpeg', quality: 30, fullPage: true, clip: { x: 0, y, width: w, height: Math.min(h, full - y) } }));
      }
      const imgs = shots.map((b) => `<img alt="" src="data:image/jpeg;base64,${b.toString('base64')}">`).join('\n');
      await page.setContent(
        `<!DOCTYPE html><html><head><style>@page { size: A4; margin: 14mm 12mm; } body { margin: 0; } img { display: block; width: 186mm; max-height: 268mm; object-fit: contain; break-after: page; }</style></head><body>${imgs}</body></html>`,
        { waitUntil: 'load' },
      );
      const bytes = await page.pdf(pdfOpts);
      return {
        bytes,
        made: {
          tool: `Chromium ${browser.version()} (playwright-core)`,
          from: `node bin/gongkai.js convert fixtures/corpus/${c.truth}.json --to html`,
          how: 'the page as printed (print CSS) photographed a page-height at a time (JPEG), the photographs printed to PDF (A4, one per page)',
          printCss: css,
        },
      };
    }
    const bytes = await page.pdf(pdfOpts);
    return {
      bytes,
      made: {
        tool: `Chromium ${browser.version()} (playwright-core)`,
        from: chromiumSource(c),
        how:
          c.print === 'table-picture'
            ? 'table 三 replaced by its screenshot (JPEG), then printed to PDF (A4, the page\'s own print CSS)'
            : agency
              ? c.css === 'narrow-columns'
                ? 'printed to PDF (A4), scripts off, the tables as wide as their text with the value columns one pixel wide (no cell padding)'
                : c.css?.startsWith('borderless')
                  ? `printed to PDF (A4), scripts off, no table border${c.background ? ', with backgrounds' : ''}`
                  : `printed to PDF (A4), scripts ${c.scripts ? 'on' : 'off'}, each table cell with its own border (border-collapse: separate)`
              : c.css?.startsWith('borderless')
                ? `printed to PDF (A4), no table border${c.background ? ', with backgrounds' : ''}`
                : 'printed to PDF (A4)',
        printCss: css,
      },
    };
  } finally {
    await context.close();
  }
}

/** Builds every case (or those named) into `dir`. */
export async function build(dir = PDF_FIXTURES, only = []) {
  if (!existsSync(join(ROOT, 'dist'))) throw new Error('dist/ is missing: run npm run build first');
  const r = spawnSync('bash', [join(ROOT, 'scripts/install-system-deps.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('scripts/install-system-deps.sh could not install Chromium, LibreOffice, Ghostscript, the fonts or poppler-utils');
  const cases = CASES.filter((c) => only.length === 0 || only.includes(c.name));
  const work = mkdtempSync(join(tmpdir(), 'gongkai-pdf-fixtures-'));
  const browser = await launchChromium();
  try {
    for (const c of cases) {
      const { bytes, made } = c.tool === 'libreoffice' ? libreoffice(c, work) : c.tool === 'ghostscript' ? ghostscript(c, work) : await chromiumCase(browser, c);
      const pdf = fixMetadata(bytes);
      const out = join(dir, c.name);
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'input.pdf'), pdf);
      const meta = {
        truth: c.truth,
        corpus: `fixtures/corpus/${c.truth}.json`,
        made,
        features: c.features,
        pages: pageCount(pdf),
        textLayer: !c.features.includes('image-only'),
        expect: c.expect,
      };
      if (c.print === 'split') meta.breakBefore = { table: 't3', row: SPLIT_BEFORE_ROW };
      writeFileSync(join(out, 'case.json'), `${JSON.stringify(meta, null, 2)}\n`);
      console.log(`${c.name}: ${meta.pages} pages, ${pdf.length} bytes`);
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  // A case no longer built would stay behind: say so rather than leave it silently.
  const stale = readdirSync(dir).filter((n) => n !== 'README.md' && !CASES.some((c) => c.name === n));
  if (stale.length) console.warn(`not built by this script (remove them): ${stale.join(', ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await build(PDF_FIXTURES, process.argv.slice(2));
}
