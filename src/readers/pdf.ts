/**
 * PDF reader: the text layer of a published report, read exactly and offline with pdfjs-dist.
 *
 * Tables come from the page geometry (pdf-grid.ts: ruling lines → cells, text items by their centre);
 * a table that goes on over a page break with the same column edges and no header is one grid, its
 * merged labels carried over and a label split at the break joined. The grids go to the same table
 * finder the spreadsheet, HTML and Word readers use (grid.ts), so labels, variants and both format
 * versions read alike. The running text (pdf-text.ts: page furniture dropped, paragraphs joined across
 * lines and pages) gives the title, sections and period (grid-text.ts); the title block gives the agency
 * and year when the document's metadata does not.
 *
 * Every cell's source names its page and its box there. A PDF with no text layer (a scan) is one clear
 * read error and nothing else.
 */
import { ReadError } from '../errors.js';
import type { Source } from '../model/location.js';
import { metaFromTitle } from '../model/meta.js';
import { newReport, type Report } from '../model/report.js';
import type { Grid, GridCell } from './grid-cells.js';
import { isValueText } from './grid-labels.js';
import { textFromGrids } from './grid-text.js';
import { findTables } from './grid.js';
import { readPdf } from './pdf-doc.js';
import { joinPieces, pageTables, type PdfCell, type PdfTable } from './pdf-grid.js';
import type { PageContent } from './pdf-page.js';
import { furniture, paragraphs, type Paragraph } from './pdf-text.js';
import type { ReadInput, Reader } from './reader.js';

/** A box in page space (y up) as a Source box: points from the page's top-left corner, rounded to 0.1. */
function box(page: PageContent, b: { x0: number; y0: number; x1: number; y1: number }): NonNullable<Source['box']> {
  const r = (v: number): number => Math.round(v * 10) / 10;
  return [r(b.x0), r(page.height - b.y1), r(b.x1), r(page.height - b.y0)];
}

interface PlacedTable {
  page: PageContent;
  table: PdfTable;
  /** Nothing but page furniture below it on its page / above it on its page. */
  lastOnPage: boolean;
  firstOnPage: boolean;
}

/** Same outer edges (within 3 points): the same table going on. */
function sameEdges(a: PdfTable, b: PdfTable): boolean {
  return Math.abs(a.x0 - b.x0) <= 3 && Math.abs(a.x1 - b.x1) <= 3;
}

/** Column edges of parts of one table, those within 3 points taken as one. */
function unionEdges(parts: PlacedTable[]): number[] {
  const all = parts.flatMap((p) => p.table.xs).sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of all) if (out.length === 0 || x - out[out.length - 1]! > 3) out.push(x);
  return out;
}

/** The grid of a table (and the tables that continue it on the next pages), on the union of their column edges. */
function tableGrid(parts: PlacedTable[], index: number): Grid {
  const xs = unionEdges(parts);
  const rows: (GridCell | undefined)[][] = [];
  const made = new Map<PdfCell, GridCell>();
  let prevLast: (GridCell | undefined)[] | undefined;
  for (const part of parts) {
    const { table, page } = part;
    const first = rows.length;
    // Union column k lies in the part's column whose edges hold its middle.
    const colOf = xs.slice(0, -1).map((x, k) => {
      const mid = (x + xs[k + 1]!) / 2;
      return table.xs.findIndex((e, c) => c < table.xs.length - 1 && mid >= e && mid <= table.xs[c + 1]!);
    });
    const cellOf = (c: PdfCell): GridCell => {
      let g = made.get(c);
      if (!g) {
        g = { text: c.text, source: { page: page.page, table: index, row: first + c.row + 1, col: Math.max(0, colOf.indexOf(c.col)) + 1, box: box(page, c) } };
        made.set(c, g);
      }
      return g;
    };
    const partRows = table.cells.map((row) => colOf.map((c) => (c < 0 ? undefined : cellOf(row[c]!))));
    if (prevLast) {
      // Label columns of the continuation: no value in any of its cells.
      const labelCol = (c: number): boolean => partRows.every((r) => r[c] === undefined || !isValueText(r[c]!.text));
      const top = partRows[0] ?? [];
      top.forEach((next, c) => {
        const prev = prevLast![c];
        if (!next || !prev || !labelCol(c) || isValueText(prev.text)) return;
        const spans = partRows.filter((r) => r[c] === next).length > 1 || rows.filter((r) => r[c] === prev).length > 1;
        let merged: GridCell | undefined;
        if (next.text.trim() === '' && prev.text.trim() !== '') merged = prev;
        else if (next.text.trim() !== '' && prev.text.trim() !== '' && spans) {
          // A label split at the break ("（四）无" | "法提供"): one cell with the joined text.
          merged = { text: joinPieces([prev.text, next.text]), source: prev.source };
          for (const r of rows) r.forEach((g, k) => (g === prev ? (r[k] = merged) : undefined));
        }
        if (merged) for (const r of partRows) r.forEach((g, k) => (g === next ? (r[k] = merged) : undefined));
      });
    }
    rows.push(...partRows);
    prevLast = partRows[partRows.length - 1];
  }
  return { name: `表格${index}`, rows };
}

/** Reads the PDF's pages into the model. */
export async function readPdfReport(input: ReadInput): Promise<Report> {
  const doc = await readPdf(input.bytes);
  const pages = doc.pages;
  const chars = pages.reduce((n, p) => n + p.items.reduce((m, i) => m + i.text.trim().length, 0), 0);
  if (chars === 0) throw new ReadError('read-error', 'pdfNoText', {});
  const skip = furniture(pages.map((p) => ({ page: p.page, height: p.height, items: p.items })));
  // Tables page by page, with what is left outside them.
  const placed: PlacedTable[] = [];
  const outside = new Map<number, PageContent['items']>();
  for (const p of pages) {
    const { tables, outside: rest } = pageTables(p.rulings, p.items.filter((i) => !skip.has(i)));
    outside.set(p.page, rest);
    tables.forEach((t, k) => {
      placed.push({
        page: p,
        table: t,
        firstOnPage: k === 0 && !rest.some((i) => i.y0 > t.y1),
        lastOnPage: k === tables.length - 1 && !rest.some((i) => i.y1 < t.y0),
      });
    });
  }
  // Tables continued on the next page: one group each.
  const groups: PlacedTable[][] = [];
  for (const t of placed) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    if (g && prev && prev.lastOnPage && t.firstOnPage && t.page.page === prev.page.page + 1 && sameEdges(prev.table, t.table)) g.push(t);
    else groups.push([t]);
  }
  const tableGrids = groups.map((g, i) => tableGrid(g, i + 1));
  // Running text, each paragraph placed before the table it precedes.
  const tops = new Map<number, { y1: number; index: number }[]>();
  groups.forEach((g, i) => {
    const head = g[0]!;
    tops.set(head.page.page, [...(tops.get(head.page.page) ?? []), { y1: head.table.y1, index: i }]);
  });
  const paras = titleFirst(paragraphs(pages.map((p) => ({ page: p.page, height: p.height, items: outside.get(p.page) ?? [] })), new Set(), tops, groups.length));
  const textGrid = (list: Paragraph[]): Grid => ({
    name: '正文',
    rows: list.map((p) => [{ text: p.text, source: { page: p.page, box: box(pages[p.page - 1]!, p) } }]),
  });
  // Document order: the text before table 1, table 1, the text before table 2, … the text after the last.
  const grids: Grid[] = [];
  for (let i = 0; i <= groups.length; i++) {
    const before = paras.filter((p) => p.before === i);
    if (before.length > 0) grids.push(textGrid(before));
    if (i < groups.length) grids.push(tableGrids[i]!);
  }
  const found = findTables(grids);
  const text = textFromGrids(grids, found.used);
  const meta = doc.title !== undefined ? metaFromTitle(doc.title) : {};
  return newReport({
    path: input.path,
    reader: 'pdf',
    title: text.title ?? doc.title,
    agency: text.agency ?? meta.agency,
    year: text.year ?? meta.year,
    period: text.period,
    format: found.format,
    sections: text.sections,
    tables: found.tables,
    findings: found.findings,
  });
}

/** The title block: the lines set larger than the body at the top of page 1, before any heading, as one title. */
function titleFirst(paras: Paragraph[]): Paragraph[] {
  if (paras.length === 0) return paras;
  const sizes = paras.map((p) => p.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)]!;
  let n = 0;
  while (n < paras.length && paras[n]!.page === 1 && paras[n]!.size > body + 0.5 && !/^\s*[一二三四五六七八九十]+、/.test(paras[n]!.text)) n++;
  if (n < 2) return paras;
  const head = paras.slice(0, n);
  const title: Paragraph = { ...head[0]!, text: joinPieces(head.map((p) => p.text)), x0: Math.min(...head.map((p) => p.x0)), x1: Math.max(...head.map((p) => p.x1)), y0: Math.min(...head.map((p) => p.y0)) };
  return [title, ...paras.slice(n)];
}

const reader: Reader = { name: 'pdf', read: readPdfReport };
export default reader;
