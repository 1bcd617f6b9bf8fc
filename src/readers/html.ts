/**
 * Reader for a report published as a web page (.html, .htm): the site's header, navigation and
 * footer around the article, Word-exported tables with inline styles, `&nbsp;` in blank cells,
 * rowspan/colspan everywhere, digits split across inline elements (`<span>2</span><span>1</span>`
 * is the number 21). GBK/GB2312 pages are decoded by their meta charset, or detected without one.
 * Web systems' "Excel" exports (.xls/.xlsx that are HTML) come here from the xlsx reader; when the
 * whole report is in table cells (a sheet saved as a web page), its text is read from those cells.
 *
 * Tables (those without a nested table: layout tables are the page's frame, not the report's)
 * become grids with merged areas expanded, and the shared table finder (grid.ts) maps them through
 * schemas/format. The text outside the tables and outside the site's chrome is read like a plain
 * text report (headings, title, period); an empty paragraph or division stays an empty line there, so a
 * table written one <p> per cell keeps a blank cell at each empty one. gongkai's own official-layout
 * page read back: a section holding only the stand-in for a missing one is absent, and the page's own
 * lines are not the report's text (messages/stand-ins.ts); what the annotated page adds (findings list,
 * notes, marks in cells and headings, the words in cells), marked with GONGKAI_ATTR, is left out, in the
 * tables as outside; a cell it wrote as missing or unread (`data-kind`) is no cell, not the report's blank. Locations: table number + grid row + column + a CSS-like path, and line:column in
 * the page source.
 */
import { ReadError } from '../errors.js';
import { because } from './reason.js';
import { MAX_TEXT_CHARS, MergeBudget, PAGE, textTooLong } from './limits.js';
import { parseMarkup } from './markup.js';
import type { Source } from '../model/location.js';
import { GONGKAI_ATTR, reportText } from '../messages/stand-ins.js';
import { newReport, type Report } from '../model/report.js';
import { decodeText, htmlCharset } from './decode.js';
import type { Grid, GridCell } from './grid-cells.js';
import { textFromGrids } from './grid-text.js';
import { findTables } from './grid.js';
import type { ReadInput, Reader } from './reader.js';
import { withTextTables } from './text.js';
import { UNREAD } from './unread-cell.js';
import { findHeadings, findMeta, formatByMarkers, isTitleLine, lineLocator, sectionsFrom, titleMeta } from './textlayout.js';

/** The parts of a parsed node this reader uses (htmlparser2/domhandler nodes have them). */
export interface HNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: HNode[];
  parent?: HNode | null;
  data?: string;
  startIndex?: number | null;
}

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav', 'header', 'footer', 'aside', 'form', 'select', 'button', 'iframe', 'svg', 'object', 'title']);
/** Class or id words of a site's chrome around the article. */
const CHROME = /(?:^|[\s_-])(?:nav|navbar|menu|header|topbar|footer|breadcrumbs?|crumbs?|position|location|share|sharebar|sidebar|toolbar|copyright|banner|search|login|friendlinks?)(?:$|[\s_-])/i;
const BLOCK = new Set(['p', 'div', 'br', 'tr', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'article', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'hr', 'center']);
/** Blocks that stand for a line of their own even when empty (proseOf): a paragraph or a division. */
const EMPTY_LINE_BLOCKS = new Set(['p', 'div']);
const MAX_SPAN = 1000;
/** Widest grid kept: no report table has more than a few dozen columns (bounds memory on hostile colspans). */
const MAX_COLUMNS = 256;

function isElement(n: HNode): boolean {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/**
 * An element gongkai's own page adds that is not the report (the findings list, notes, marks, the words
 * in cells, the page's own lines: messages/stand-ins.ts): its text is left out, in the tables and outside.
 */
function isGongkais(n: HNode): boolean {
  return n.attribs?.[GONGKAI_ATTR] !== undefined;
}

function isChrome(n: HNode): boolean {
  if (!isElement(n)) return false;
  if (SKIP_TAGS.has(n.name ?? '') || isGongkais(n)) return true;
  const a = n.attribs ?? {};
  if (a.hidden !== undefined || /display\s*:\s*none/i.test(a.style ?? '')) return true;
  return CHROME.test(a.class ?? '') || CHROME.test(a.id ?? '');
}

function elementChildren(n: HNode): HNode[] {
  return (n.children ?? []).filter(isElement);
}

/** Per parent element: each element child's 1-based position among its same-name siblings, and their count. */
const siblingInfo = new WeakMap<HNode, { position: Map<HNode, number>; count: Map<string | undefined, number> }>();

function ofType(parent: HNode): { position: Map<HNode, number>; count: Map<string | undefined, number> } {
  let info = siblingInfo.get(parent);
  if (!info) {
    info = { position: new Map(), count: new Map() };
    for (const c of elementChildren(parent)) {
      const k = (info.count.get(c.name) ?? 0) + 1;
      info.count.set(c.name, k);
      // The first occurrence of a node counts (indexOf), should one appear twice.
      if (!info.position.has(c)) info.position.set(c, k);
    }
    siblingInfo.set(parent, info);
  }
  return info;
}

/** Paths of ancestors already built (a table's cells share their row's, the rows their table's). */
const paths = new WeakMap<HNode, string>();

/** CSS-like path of an element: `body > div#content > table:nth-of-type(2) > tbody > tr:nth-of-type(5) > td:nth-of-type(3)`. */
export function cssPath(el: HNode): string {
  return pathOf(el, false);
}

/** The path of an element; `remember` for ancestors (the cells themselves are asked once). */
function pathOf(el: HNode, remember: boolean): string {
  if (!isElement(el)) return '';
  let path = remember ? paths.get(el) : undefined;
  if (path !== undefined) return path;
  const id = el.attribs?.id;
  if (id && /^[\w-]+$/.test(id)) path = `${el.name}#${id}`;
  else {
    let part = el.name!;
    if (el.parent) {
      const info = ofType(el.parent);
      const same = info.count.get(el.name) ?? 0;
      if (same > 1) part = `${el.name}:nth-of-type(${info.position.get(el) ?? 0})`;
    }
    const up = el.name === 'body' || el.name === 'html' || !el.parent || !isElement(el.parent) ? '' : pathOf(el.parent, true);
    path = up === '' ? part : `${up} > ${part}`;
  }
  if (remember) paths.set(el, path);
  return path;
}

/** Text of a node as shown: inline elements run together (so split digits join), blocks break lines. */
export function nodeText(n: HNode): string {
  let out = '';
  // One left-to-right walk appending to one string: the same text as joining the children's texts.
  const walk = (x: HNode): void => {
    if (x.type === 'text') {
      out += (x.data ?? '').replace(/[ \t\r\n]+/g, ' ');
      return;
    }
    if (!isElement(x) || x.name === 'script' || x.name === 'style' || isGongkais(x)) return;
    if (x.name === 'br') {
      out += '\n';
      return;
    }
    const block = BLOCK.has(x.name ?? '');
    if (block) out += '\n';
    for (const c of x.children ?? []) walk(c);
    if (block) out += '\n';
  };
  walk(n);
  return out;
}

function cellText(td: HNode): string {
  const text = nodeText(td);
  if (!text.includes('\n')) return text.trim();
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

/**
 * Longest cell text handed to the table finder: labels and numbers are short; a longer text is
 * prose, and matching it at every position a span repeats it would only cost time.
 */
export const MAX_CELL_TEXT = 1000;

export function capCell(text: string): string {
  return text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
}

/** The whole text of the grid cells that were capped (a sheet saved as a web page has its sections' text in cells). */
const uncapped = new WeakMap<GridCell, string>();

/** The grids with their capped cells' whole text back (each merged cell still one object). */
function uncappedGrids(grids: Grid[]): Grid[] {
  const whole = new Map<GridCell, GridCell>();
  const back = (c: GridCell | undefined): GridCell | undefined => {
    const text = c ? uncapped.get(c) : undefined;
    if (!c || text === undefined) return c;
    let w = whole.get(c);
    if (!w) whole.set(c, (w = { ...c, text }));
    return w;
  };
  return grids.map((g) => ({ ...g, rows: g.rows.map((row) => row.map(back)) }));
}

/**
 * gongkai's own page read back: a value cell it wrote with no value of the report's, told by the
 * `data-kind` of a `td` that also has `data-cell` (renderers/html-tables.ts; a real agency page has
 * neither) — `missing` (absent from the report) or `unread` (gongkai could not read it; `data-reason`,
 * when the page gives it, says why). Read as no cell, never as the report's blank (grid-scan.ts readValues).
 */
function absentCell(td: HNode): GridCell['absent'] {
  const a = td.attribs;
  if (a?.['data-cell'] === undefined) return undefined;
  if (a['data-kind'] === 'missing') return { kind: 'missing' };
  if (a['data-kind'] === UNREAD) return { kind: 'unread', reason: a['data-reason'] ?? '' };
  return undefined;
}

/** Rows of a table element (through thead/tbody/tfoot, not into nested tables). */
function tableRows(table: HNode): HNode[] {
  const rows: HNode[] = [];
  const walk = (n: HNode): void => {
    for (const c of elementChildren(n)) {
      if (c.name === 'tr') rows.push(c);
      else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') walk(c);
    }
  };
  walk(table);
  return rows;
}

function span(v: string | undefined): number {
  const n = Number.parseInt(v ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/**
 * A table as a grid: rowspan/colspan expanded, every covered position carrying the merged cell.
 * `locate` must return a new object on every call (the cell's source is completed in it). The
 * positions spans fill beyond their own cell are counted against the file's `budget` (limits.ts).
 */
export function tableGrid(table: HNode, index: number, locate: (offset: number) => Source, budget = new MergeBudget()): Grid {
  const grid: (GridCell | undefined)[][] = [];
  const trs = tableRows(table);
  trs.forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of elementChildren(tr).filter((x) => x.name === 'td' || x.name === 'th')) {
      while (grid[r]![c] !== undefined) c++;
      const rs = Math.min(span(td.attribs?.rowspan), trs.length - r);
      const cs = span(td.attribs?.colspan);
      // locate() returns a new object: completed in place, in the same key order as a spread would give.
      const source: Source = td.startIndex != null ? locate(td.startIndex) : {};
      source.table = index;
      source.row = r + 1;
      source.col = c + 1;
      source.path = cssPath(td);
      const text = cellText(td);
      const cell: GridCell = { text: capCell(text), source };
      const absent = absentCell(td);
      if (absent) cell.absent = absent;
      if (text.length > MAX_CELL_TEXT) uncapped.set(cell, text);
      const width = Math.min(cs, MAX_COLUMNS - c);
      if (rs * width > 1) budget.take(rs * width - 1);
      for (let i = 0; i < rs; i++) {
        grid[r + i] ??= [];
        for (let j = 0; j < width; j++) grid[r + i]![c + j] = cell;
      }
      c += cs;
      if (c >= MAX_COLUMNS) break;
    }
  });
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  return { name: `table ${index}`, rows: grid };
}

/** The page's tables that hold data (no nested table inside), in document order, with their 1-based number. */
function dataTables(root: HNode): { el: HNode; index: number }[] {
  const all: HNode[] = [];
  // Tables with a table inside: each table marks the nearest table around it (one walk of the page).
  const nested = new Set<HNode>();
  const walk = (n: HNode, around: HNode | undefined): void => {
    for (const c of elementChildren(n)) {
      if (c.name === 'table') {
        all.push(c);
        if (around) nested.add(around);
        walk(c, c);
      } else walk(c, around);
    }
  };
  walk(root, undefined);
  return all.map((el, i) => ({ el, index: i + 1 })).filter((t) => !nested.has(t.el) && !insideChrome(t.el));
}

function insideChrome(n: HNode): boolean {
  for (let p: HNode | null | undefined = n; p; p = p.parent) if (isChrome(p)) return true;
  return false;
}

/**
 * The article's running text outside the data tables and the site's chrome, with a map from
 * its offsets back to offsets in the page source.
 */
function proseOf(root: HNode, tables: Set<HNode>): { text: string; at: (offset: number) => number } {
  // The text in pieces, with its length and last character at hand: asking the growing string itself
  // (endsWith) flattens it every time, which made a page of 500,000 paragraphs take minutes.
  const pieces: string[] = [];
  let length = 0;
  let last = '';
  const add = (t: string): void => {
    pieces.push(t);
    length += t.length;
    last = t[t.length - 1]!;
  };
  const marks: { prose: number; src: number }[] = [];
  // Texts shown and empty blocks kept so far: a block that adds neither is an empty block.
  let shown = 0;
  let empties = 0;
  const walk = (n: HNode): void => {
    if (n.type === 'text') {
      const t = (n.data ?? '').replace(/[ \t\r\n]+/g, ' ');
      if (t.trim() === '') {
        if (t !== '' && last !== ' ' && last !== '\n') add(' ');
        return;
      }
      if (n.startIndex != null) marks.push({ prose: length, src: n.startIndex });
      add(t);
      shown++;
      return;
    }
    if (!isElement(n) || isChrome(n)) return;
    if (tables.has(n)) {
      add('\n\n');
      return;
    }
    const block = BLOCK.has(n.name ?? '') || n.name === 'td' || n.name === 'th';
    if (block && last !== '\n') add('\n');
    const before = shown + empties;
    for (const c of n.children ?? []) walk(c);
    if (block && last !== '\n') add('\n');
    // An empty paragraph (<p></p>, <p>&nbsp;</p>, <p><br></p>, <div></div>) is an empty line, located at
    // it: a table written one cell per paragraph leaves a blank cell so (the text reader's withBlankLines).
    if (EMPTY_LINE_BLOCKS.has(n.name ?? '') && shown + empties === before) {
      if (n.startIndex != null) marks.push({ prose: length, src: n.startIndex });
      add('\n');
      empties++;
    }
  };
  walk(root);
  const text = pieces.join('');
  return {
    text,
    at: (offset: number): number => {
      // The last mark at or before the offset (binary search; marks are in prose order).
      let lo = 0;
      let hi = marks.length - 1;
      if (hi < 0) return 0;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (marks[mid]!.prose <= offset) lo = mid;
        else hi = mid - 1;
      }
      const m = marks[lo]!;
      return m.src + Math.max(0, offset - m.prose);
    },
  };
}

/** Title candidates in the page's own markup: meta ArticleTitle, h1–h3, <title>. */
function titleFromMarkup(root: HNode): string | undefined {
  const found: { meta?: string; heading?: string; title?: string } = {};
  const walk = (n: HNode): void => {
    // The document node itself is not an element: its children are walked all the same.
    if (isElement(n)) {
      const name = n.name ?? '';
      if (name === 'meta' && /^(?:articletitle|title)$/i.test(n.attribs?.name ?? '') && n.attribs?.content) found.meta ??= n.attribs.content;
      if (/^h[1-3]$/.test(name) && !insideChrome(n)) {
        const t = cellText(n).replace(/\n/g, '');
        if (isTitleLine(t)) found.heading ??= t;
      }
      if (name === 'title') found.title ??= cellText(n);
    } else if (n.type !== 'root') return;
    for (const c of n.children ?? []) walk(c);
  };
  walk(root);
  const fromTitle = found.title?.split(/[-_|—–]/).map((p) => p.trim()).find((p) => isTitleLine(p));
  return [found.meta, found.heading, fromTitle].find((t) => t !== undefined && isTitleLine(t));
}

/**
 * The charset to decode with: --encoding, else the page's meta charset, else detection. Bytes that are
 * valid UTF-8 with non-ASCII text in them are UTF-8 whatever the page declares: web systems fill a
 * template saying gb2312 with UTF-8 text, and real GBK text is practically never valid UTF-8.
 */
function decodePage(input: ReadInput): string {
  if (input.encoding) return decodeText(input.bytes, input.encoding).text;
  const declared = htmlCharset(input.bytes);
  if (declared && !/^utf-?8$/i.test(declared) && !isUtf8Text(input.bytes)) {
    const label = /^(?:gb2312|gbk|x-gbk|gb_2312-80|cp936|windows-936)$/i.test(declared) ? 'gb18030' : declared;
    try {
      return decodeText(input.bytes, label).text;
    } catch {
      // A wrong or unknown declaration: fall back to detection.
    }
  }
  return decodeText(input.bytes).text;
}

/** True when the bytes decode as strict UTF-8 and hold at least one non-ASCII character. */
function isUtf8Text(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function readHtml(input: ReadInput): Report {
  const html = decodePage(input);
  if (html.includes('\u0000')) {
    throw new ReadError('read-error', 'unreadable', because('binary content, not an HTML page', '文件含二进制内容，不是 HTML 网页'), undefined, 'resave');
  }
  const locate = lineLocator(html);
  // Deeper than any real page, or more elements than any report has, is refused before the tree is
  // built (the tree walks below recurse; the parser slows down with the square of the depth).
  const doc = parseMarkup(html, { withStartIndices: true, decodeEntities: true }, PAGE) as unknown as HNode;
  const body = elementChildren(doc).flatMap((n) => (n.name === 'html' ? elementChildren(n) : [n])).find((n) => n.name === 'body') ?? doc;
  const dataTbls = dataTables(body);
  const budget = new MergeBudget();
  const grids = dataTbls.map((t) => tableGrid(t.el, t.index, locate, budget));
  const prose = proseOf(body, new Set(dataTbls.map((t) => t.el)));
  const text = prose.text;
  if (text.length > MAX_TEXT_CHARS) throw textTooLong(text.length);
  const found = findTables(grids);
  const at = (offset: number): Source => locate(prose.at(offset));
  const meta = findMeta(text, at);
  const headings = findHeadings(text, 0);
  let sections = sectionsFrom(text, headings, text.length, [], at).flatMap((s) => {
    // gongkai's own page read back: a section holding only the stand-in written for a missing one is
    // absent (the report's own section-missing again); the page's own lines are not the report's text.
    const own = reportText(s.text);
    return own === undefined ? [] : [own === s.text ? s : { ...s, text: own }];
  });
  // A sheet saved as a web page (Excel's "Save as web page", web systems' .xls exports) holds the whole
  // report in table cells: its title, headings, text and period are then read from the cells outside
  // the report tables, as in a workbook.
  const cells = sections.length === 0 ? textFromGrids(uncappedGrids(grids), found.used) : undefined;
  if (cells && cells.sections.length > 0) sections = cells.sections;
  const title = titleFromMarkup(doc) ?? meta.title ?? cells?.title;
  const fromTitle = title ? titleMeta(title) : {};
  const period = meta.period ?? cells?.period;
  // Tables written as text (paragraphs, tab- or space-separated, digits run together) rather than as table markup.
  const { tables, findings, format: textFormat } = withTextTables(found, text, input.path, 'html', at);
  const format = found.format ?? textFormat ?? formatByMarkers(text);
  const year = fromTitle.year ?? meta.year ?? cells?.year;
  const agency = fromTitle.agency ?? meta.agency ?? cells?.agency;
  return newReport({ path: input.path, reader: 'html', title, agency, year, period, format, sections, tables, findings });
}

const reader: Reader = { name: 'html', read: readHtml };
export default reader;
