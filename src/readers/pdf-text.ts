/**
 * The running text of a PDF outside its tables: page furniture dropped (page numbers such as "- 3 -",
 * "第3页", and the same header or footer line repeated at the top or bottom of the pages), lines built
 * from positioned items, and paragraphs from lines — a new paragraph at a numbered heading
 * ("一、", "（二）"), a change of font size, an indented line, or after a line that stops short of the
 * right margin. Lines and pages are joined without inserting spaces into Chinese.
 */
import { labelBody, splitNumbering } from '../format/labels.js';
import { matchSection } from '../format/sections.js';
import { getFormat } from '../format/spec.js';
import type { Ruling, TextItem } from './pdf-page.js';
import { joinPieces, readingOrder } from './pdf-grid.js';
import { maxOf, minOf } from '../lists.js';

/** A paragraph of running text: its text, the page it starts on and its box there (page space). */
export interface Paragraph {
  text: string;
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  size: number;
  /** Index of the table (in document order) this paragraph comes before; tables.length when after the last. */
  before: number;
}

/** The part of the page height, top and bottom, where headers, footers and page numbers are. */
const MARGIN = 0.1;
const PAGE_NUMBER = /^(?:[-—–－_·\s]*\d{1,4}[-—–－_·\s]*|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/iu;

export interface PageItems {
  page: number;
  height: number;
  items: TextItem[];
  /** The page's ruling lines: text between two of them (in a table) is never furniture. */
  rulings?: Ruling[];
}

/** Is the item between two horizontal rulings that both pass over it (in a ruled table)? */
function ruled(p: PageItems, it: TextItem): boolean {
  const cx = (it.x0 + it.x1) / 2;
  const cy = (it.y0 + it.y1) / 2;
  const over = (p.rulings ?? []).filter((r) => r.horizontal && r.from <= cx && r.to >= cx);
  return over.some((r) => r.at > cy) && over.some((r) => r.at < cy);
}

/**
 * Items that are page furniture: page numbers in the margins, and margin lines repeated on other pages —
 * never a figure in a table that reaches into the margin (a table's last row at the foot of the page).
 */
export function furniture(pages: PageItems[]): Set<TextItem> {
  const out = new Set<TextItem>();
  const margin = (p: PageItems, it: TextItem): boolean => ((it.y0 + it.y1) / 2 > p.height * (1 - MARGIN) || (it.y0 + it.y1) / 2 < p.height * MARGIN) && !ruled(p, it);
  const seen = new Map<string, Set<number>>();
  for (const p of pages) {
    for (const l of readingOrder(p.items.filter((it) => margin(p, it)))) {
      const text = joinPieces(l.map((i) => i.text));
      if (PAGE_NUMBER.test(text)) for (const i of l) out.add(i);
      const key = text.replace(/\d+/g, '#');
      seen.set(key, (seen.get(key) ?? new Set()).add(p.page));
    }
  }
  if (pages.length < 2) return out;
  for (const p of pages) {
    for (const l of readingOrder(p.items.filter((it) => margin(p, it)))) {
      const key = joinPieces(l.map((i) => i.text)).replace(/\d+/g, '#');
      if ((seen.get(key)?.size ?? 0) >= Math.max(2, Math.ceil(pages.length / 2))) for (const i of l) out.add(i);
    }
  }
  return out;
}

const HEADING = /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)])/u;

/**
 * Does the text start a section heading: numbered as one ("三、") and a section's heading (matchSection:
 * "三、收到和处理政府信息公开申请情" wrapped before its last character), or the start of the heading of the
 * section of that number ("三、收到和处", two characters of it at least). A row label numbered the same way
 * ("三、本年度办理结果", "四、结转下年度继续办理") is none.
 */
export function startsSection(text: string): boolean {
  const { numbering } = splitNumbering(text);
  if (!numbering.endsWith('、')) return false;
  if (matchSection(text) !== undefined) return true;
  const body = labelBody(text);
  const number = numbering.slice(0, -1);
  return [...body].length >= 2 && getFormat('2021').sections.some((s) => s.number === number && [s.title, ...s.variants].some((l) => labelBody(l).startsWith(body)));
}

/** A line of running text: the same fields as a paragraph (a paragraph is lines joined). */
type Line = Paragraph;

/**
 * A section heading wrapped before the end of its line: the page pads the heading with spaces that the PDF
 * does not draw ("三、收到和处理政府信息公开申请情" | "况", the line ending far from the margin), so it
 * looks like a line that stops short. The next line goes on with it when the heading is a template
 * heading (or a listed variant) only with that line, not without it.
 */
function wrappedHeading(heading: string, next: string): boolean {
  if (!HEADING.test(heading) || next.length > 20) return false;
  const exact = (t: string): boolean => {
    const m = matchSection(t);
    return m !== undefined && m.how !== 'similar';
  };
  return !exact(heading) && exact(joinPieces([heading, next]));
}

/** Lines enough on pages of one size to show the body's margins there (paragraphs). */
const MARGIN_LINES = 10;

/**
 * Paragraphs of the running text. `tableTops[page]` are the top edges of that page's tables in document
 * order with their document-wide index, so each paragraph knows which table it comes before.
 */
export function paragraphs(pages: PageItems[], skip: Set<TextItem>, tableTops: Map<number, { y1: number; index: number }[]>, tableCount: number): Paragraph[] {
  const lines: Line[] = [];
  for (const p of pages) {
    const tops = tableTops.get(p.page) ?? [];
    for (const l of readingOrder(p.items.filter((i) => !skip.has(i)))) {
      const text = joinPieces(l.map((i) => i.text));
      if (text === '') continue;
      const y1 = maxOf(l, (i) => i.y1);
      const next = tops.find((t) => t.y1 < y1);
      const later = [...tableTops.entries()].filter(([page]) => page > p.page).flatMap(([, t]) => t);
      lines.push({
        text,
        page: p.page,
        x0: minOf(l, (i) => i.x0),
        x1: maxOf(l, (i) => i.x1),
        y0: minOf(l, (i) => i.y0),
        y1,
        size: maxOf(l, (i) => i.size),
        before: next?.index ?? later[0]?.index ?? tableCount,
      });
    }
  }
  if (lines.length === 0) return [];
  // The body's left and right margins: the most common line starts and the furthest line ends — on the pages
  // of one size (a Word section of landscape pages for tables 三 and 四 sets its lines wider than the
  // portrait pages': there a title's first line, full, ends short of them).
  const heightOf = new Map(pages.map((p) => [p.page, Math.round(p.height)]));
  const margins = new Map<number | undefined, { left: number; right: number }>();
  const marginsOf = (page: number): { left: number; right: number } => {
    const key = heightOf.get(page);
    let m = margins.get(key);
    if (!m) {
      // (Pages of a size with too few lines to show their margins take the whole document's.)
      const own = lines.filter((l) => heightOf.get(l.page) === key);
      const same = own.length >= MARGIN_LINES ? own : lines;
      m = { left: mode(same.map((l) => Math.round(l.x0))), right: maxOf(same, (l) => l.x1) };
      margins.set(key, m);
    }
    return m;
  };
  const out: Paragraph[] = [];
  let cur: (Paragraph & { last: Line }) | undefined;
  for (const l of lines) {
    const startsNew =
      !cur ||
      cur.before !== l.before ||
      HEADING.test(l.text) ||
      Math.abs(cur.size - l.size) > 0.6 ||
      l.x0 > marginsOf(l.page).left + l.size * 1.2 ||
      (cur.last.x1 < marginsOf(cur.last.page).right - l.size * 2 && !(cur.last.text === cur.text && wrappedHeading(cur.text, l.text)));
    if (startsNew) {
      if (cur) out.push(strip(cur));
      cur = { text: l.text, page: l.page, x0: l.x0, y0: l.y0, x1: l.x1, y1: l.y1, size: l.size, before: l.before, last: l };
    } else if (cur) {
      cur.text = joinPieces([cur.text, l.text]);
      if (l.page === cur.page) {
        cur.x0 = Math.min(cur.x0, l.x0);
        cur.x1 = Math.max(cur.x1, l.x1);
        cur.y0 = Math.min(cur.y0, l.y0);
      }
      cur.last = l;
    }
  }
  if (cur) out.push(strip(cur));
  return out;
}

function strip(p: Paragraph & { last: Line }): Paragraph {
  const { last: _last, ...rest } = p;
  return rest;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 0;
  for (const [v, c] of counts) if (c > (counts.get(best) ?? 0)) best = v;
  return best;
}
