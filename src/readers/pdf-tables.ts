/**
 * A PDF's tables across its pages: each page's ruled tables (pdf-grid.ts), the text a maker printed
 * past a table's edge at a page break (a merged label centred over the whole span, cut by the break:
 * Chromium prints "（四）无法提" | "供" below the last ruling), and a table that goes on over the break
 * — the last thing on one page, the first on the next, with the same outer edges — made one grid on
 * the union of its parts' columns, a merged label carried over to the rows of the next page that have
 * none, a label split at the break joined, a row cut by the break made whole (a value cell merged over
 * rows that the break cuts is one cell again; a figure printed below the break with the rest of the
 * row's label taken into the row), a header cut by the break inside a two-row heading made one header,
 * and a header the maker printed again on the next page dropped.
 */
import { splitNumbering } from '../format/labels.js';
import { allFormats, TABLE_IDS } from '../format/spec.js';
import type { Source } from '../model/location.js';
import type { Grid, GridCell } from './grid-cells.js';
import { isValueText, matchColumn, matchColumnGroup, matchRow, matchRowGroup, rowMatch } from './grid-labels.js';
import { conform, FIGURE_PIECE, footTable, goesOn, spreadSignsOf, topTable, unruledTables, type Alignment, type Spacing } from './pdf-columns.js';
import type { SpreadSigns } from './pdf-spread.js';
import { joinCellLines, joinPieces, pageTables, readingOrder, type PdfCell, type PdfTable } from './pdf-grid.js';
import type { PageContent, TextItem } from './pdf-page.js';
import { startsSection } from './pdf-text.js';
import { minOf } from '../lists.js';

/** A box in page space (y up) as a Source box: points from the page's top-left corner, rounded to 0.1. */
export function box(page: PageContent, b: { x0: number; y0: number; x1: number; y1: number }): NonNullable<Source['box']> {
  const r = (v: number): number => Math.round(v * 10) / 10;
  return [r(b.x0), r(page.height - b.y1), r(b.x1), r(page.height - b.y0)];
}

export interface PlacedTable {
  page: PageContent;
  table: PdfTable;
  /** Nothing but page furniture below it on its page / above it on its page. */
  lastOnPage: boolean;
  firstOnPage: boolean;
}

/**
 * Same outer edges (within 3 points): the same table going on. Tables without rules: the value columns of
 * one stand where the other's do (pdf-columns.ts goesOn), as when table 二's last block, with one column of
 * figures, goes on at the top of the next page.
 */
function sameEdges(a: PdfTable, b: PdfTable): boolean {
  if (a.middles && b.middles) return a.xs.length - a.middles.length === b.xs.length - b.middles.length && (goesOn(a, b) || goesOn(b, a));
  return Math.abs(a.x0 - b.x0) <= 3 && Math.abs(a.x1 - b.x1) <= 3;
}

/** Column edges of parts of one table, those within 3 points taken as one. */
function unionEdges(parts: PlacedTable[]): number[] {
  const all = parts.flatMap((p) => p.table.xs).sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of all) if (out.length === 0 || x - out[out.length - 1]! > 3) out.push(x);
  return out;
}

/** Do the cells at column c of rows a and b cover the same columns? */
function sameSpan(a: readonly (GridCell | undefined)[], b: readonly (GridCell | undefined)[], c: number): boolean {
  const cols = (row: readonly (GridCell | undefined)[]): string => row.flatMap((g, k) => (g === row[c] ? [k] : [])).join(',');
  return cols(a) === cols(b);
}

/** Does the cell at column c of row a lie inside the columns of b's, and cover fewer? */
function narrower(a: readonly (GridCell | undefined)[], b: readonly (GridCell | undefined)[], c: number): boolean {
  const cols = (row: readonly (GridCell | undefined)[]): number[] => row.flatMap((g, k) => (g === row[c] ? [k] : []));
  const inner = cols(a);
  const outer = new Set(cols(b));
  return inner.length < outer.size && inner.every((k) => outer.has(k));
}

/** Two parts of one cell cut by a page break: the same column edges (within 3 points). */
function sameColumns(a: GridCell, b: GridCell): boolean {
  const [ax0, , ax1] = a.source.box ?? [];
  const [bx0, , bx1] = b.source.box ?? [];
  return ax0 !== undefined && bx0 !== undefined && Math.abs(ax0 - bx0) <= 3 && Math.abs(ax1! - bx1!) <= 3;
}

/** A figure's first lines in its cell: digits, or a minus sign first, or the minus sign alone ("-" | "18"). */
const FIGURE_START = /^[-−](?:\d[\d,.]*)?$|^\d[\d,.]*$/;

/** Is the text an official row label of a table of either format version? */
function officialRow(text: string): boolean {
  return allFormats().some((f) => TABLE_IDS.some((t) => matchRow(text, f.tables[t], f.id) !== undefined));
}

/** The official row labels the text matches, with how (grid-labels rowMatch), in every table of either format. */
function rowMatches(text: string): { id: string; how: string }[] {
  return allFormats().flatMap((f) =>
    TABLE_IDS.flatMap((id) => {
      const t = f.tables[id];
      const m = matchRow(text, t, f.id) !== undefined ? rowMatch(text, t, f.id) : undefined;
      return m ? [{ id: `${f.id} ${id} ${m.id}`, how: m.how }] : [];
    }),
  );
}

/**
 * Is `part` (below the break) the rest of the row label `label` (above it)? The two joined are an official
 * row label, and the part alone none — or only like the same label, not as it (LibreOffice: "2.申请人逾" |
 * "期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", the part alone similar to the row the
 * two make exactly). A real row of its own below ("规章" | "行政规范性文件") is a label as it is.
 */
function restOfRow(label: string, part: string): boolean {
  const whole = rowMatches(joinPieces([label, part])).filter((m) => m.how !== 'similar');
  // (Or a label that is its numbering alone above the break, "（七）" | "总计", "（二）" | "部分公开（区分处理的，
  // …）": a row label in a narrow column in large print, its numbering on the first line. The part below is
  // then the label's body, which alone may be one of the format's labels as it is.)
  if (label.trim() !== '' && splitNumbering(label).body === '') return whole.length > 0;
  // (Or a label above the break that is no row label at all, whose part below alone is one in the other
  // format: "行政" | "规范性文件" — the 2019 format's row, the two joined the 2021 format's.)
  if (whole.length > 0 && rowMatches(label).length === 0) return true;
  const alone = rowMatches(part);
  if (alone.length === 0) return officialRow(joinPieces([label, part]));
  return whole.length > 0 && alone.every((m) => m.how === 'similar' && whole.some((w) => w.id === m.id));
}

/**
 * The top row after a break is the rest of the row before it, cut with its figures (Chromium: a tall
 * row whose labels wrap over many lines, the figures at the top of their cells above the break, the
 * 总计 printed lower in its cell, after empty lines, below it with the rest of the label): the row
 * before the break has figures; the top row's filled cells stand only where that row
 * has none — figures where it has an empty cell, label parts under its label — none numbered as a row
 * of its own; and each label part continues the label: the two parts joined are an official row label,
 * the part below the break alone is not. Two real rows ("规章" with blank cells, "行政规范性文件"
 * with figures in those columns) are each an official label on their own. Where the row's figures are
 * wrapped in their narrow cells (large print), the break may cut them too: the lines of a figure below it
 * under its lines above it ("（七）" | 2 | 1 … | 2 closing the page, "总计" | 17 | … | 18 opening the next:
 * 217 and 218) — taken only beside such a label part, which alone tells the two are one row.
 */
function figuresCut(prev: Row, top: Row, below: Row | undefined, pieceOf: ReadonlyMap<GridCell, string>, either: ReadonlySet<GridCell>): boolean {
  let label = false;
  for (let c = 0; c < top.length; c++) {
    const next = top[c];
    if (next === undefined) continue;
    // (A piece the table without rules left unread — it might have been the first line of a figure of the
    // row under it —: the rest of the figure above the break, on the line of the rest of its row's label.)
    const piece = either.has(next) ? undefined : pieceOf.get(next);
    if (next.text.trim() === '' && piece === undefined) continue;
    // (A group label going on past the top row, "法提供" of （四）无法提供: a merged cell, joined as it is.)
    if (below?.[c] === next && !isValueText(next.text)) continue;
    const above = prev[c];
    if (above === undefined || above === next) return false;
    // (Or the rest of a figure wrapped in its cell, under its first lines: "2" | "17" of 217, "69" | "8" of
    // 698, "4166.241" | "619" of 4166.241619 in a cell over three columns — the same columns on both sides,
    // the two one figure.)
    const text = piece ?? next.text;
    if (FIGURE_START.test(above.text.trim()) && FIGURE_PIECE.test(text.trim())) {
      if (!sameSpan(top, prev, c) || !isValueText(joinCellLines([above.text, text]))) return false;
      continue;
    }
    if (piece !== undefined) return false;
    if (isValueText(above.text)) return false;
    if (isValueText(next.text)) {
      if (above.text.trim() !== '') return false;
      continue;
    }
    if (above.text.trim() === '' || splitNumbering(next.text).numbering !== '') return false;
    if (!restOfRow(above.text, next.text)) return false;
    label = true;
  }
  return label;
}

type Row = readonly (GridCell | undefined)[];

/**
 * Is the top row after a break the rest of figures the break cut between their lines? It holds nothing but
 * pieces of figures (no label: a row of a report's table has one, but table 四's only row), each under a
 * piece of a figure of the row before the break, in a cell of its own. `joined` when each pair reads as one
 * figure, the upper line as long as the lower or longer (it was full); `unsure` when not.
 */
function wrappedRest(prev: Row, top: Row, pieceOf: ReadonlyMap<GridCell, string>, either: ReadonlySet<GridCell>): 'joined' | 'unsure' | undefined {
  let pieces = 0;
  let sure = true;
  const spans = (row: Row): Map<GridCell | undefined, number> => {
    const m = new Map<GridCell | undefined, number>();
    for (const g of row) m.set(g, (m.get(g) ?? 0) + 1);
    return m;
  };
  const topSpans = spans(top);
  const prevSpans = spans(prev);
  for (let c = 0; c < top.length; c++) {
    const next = top[c];
    // (Or a piece the table without rules left unread, opening the page: see pdf-columns.ts joinWrappedFigures.)
    const b = next === undefined ? '' : (pieceOf.get(next) ?? next.text.trim());
    if (next === undefined || b === '') continue;
    const above = prev[c];
    const a = above?.text.trim() ?? '';
    if (above === undefined || above === next || !FIGURE_PIECE.test(a) || !FIGURE_PIECE.test(b)) return undefined;
    if (topSpans.get(next) !== 1 || prevSpans.get(above) !== 1) return undefined;
    if (a.length < b.length || !isValueText(a + b) || either.has(next)) sure = false;
    pieces++;
  }
  return pieces === 0 ? undefined : sure ? 'joined' : 'unsure';
}

/**
 * The table's header printed again atop a part of it on the next page: the part's first rows (none with a
 * figure) hold the headings of the table's rows above its first figures (all its rows while it has none:
 * its header closing the page before) —
 * - the same rows, cell for cell (Chromium's repeated thead);
 * - or the same headings set in rows of another grouping: the same characters, however the lines made
 *   rows and cells there ("本年废止件数现行有效件数" one cell, the corner note beside 法人或其他组织 or a
 *   row below it) — with, in the label columns, the rest of a row's label the break cut, which Word prints
 *   under the repeated header (`rest`: "卷" of 7.属于行政执法案卷, where the headings are wrapped beside it);
 * - or the headings but one or two (three or more), each one of the table's or the end of one: its first
 *   lines taken for the pages' running header (申请人情况 atop every page; and, in a browser's print of a page
 *   set as a 公文, the corner note's first line beside 法人或其他组织 too, "二项之和，等于第三项加第四项之和）"
 *   left below).
 * `rows`: the part's first rows that hold them; `at`: the rest's cells by column (none without one). Not the
 * rest of a heading or two cut by the break (fewer characters than the header).
 */
function repeatedHeader(
  rows: readonly Row[],
  partRows: readonly Row[],
  hasValue: (r: Row | undefined) => boolean,
  filled: (g: GridCell | undefined) => g is GridCell,
): { rows: number; at: ReadonlyMap<number, GridCell> } | undefined {
  const headerRows = rows.findIndex((r) => hasValue(r));
  if (headerRows === 0) return undefined;
  const header = rows.slice(0, headerRows < 0 ? rows.length : headerRows);
  const cellsOf = (rs: readonly Row[]): GridCell[] => [...new Set(rs.flatMap((r) => r.filter(filled)))];
  const chars = (cells: readonly GridCell[]): string => [...cells.map((g) => g.text.replace(/\s+/g, '')).join('')].sort().join('');
  const rowText = (r: Row | undefined): string => JSON.stringify((r ?? []).map((g) => g?.text.trim() ?? ''));
  if (headerRows > 0 && header.every((r, k) => k < partRows.length && !hasValue(partRows[k]) && rowText(partRows[k]) === rowText(r))) return { rows: headerRows, at: new Map() };
  const had = cellsOf(header);
  const hadChars = chars(had);
  const hadTexts = new Set(had.map((g) => g.text.trim()));
  // The label columns: left of the first column where the table has a figure.
  const firstValue = minOf(rows.flatMap((r) => r.flatMap((g, c) => (g && isValueText(g.text) ? [c] : []))));
  for (let k = 1; k <= partRows.length && !hasValue(partRows[k - 1]); k++) {
    const cells = cellsOf(partRows.slice(0, k));
    if (chars(cells) === hadChars) return { rows: k, at: new Map() };
    const at = new Map<number, GridCell>();
    partRows.slice(0, k).forEach((r) => r.forEach((g, c) => (g && filled(g) && c < firstValue && !hadTexts.has(g.text.trim()) ? at.set(c, g) : undefined)));
    const rest = new Set(at.values());
    if (rest.size > 0 && chars(cells.filter((g) => !rest.has(g))) === hadChars) return { rows: k, at };
  }
  const headings = (cells: readonly GridCell[]): Set<string> => new Set(cells.map((g) => g.text.trim()));
  const partHeader = partRows.findIndex((r) => hasValue(r));
  const again = headings(cellsOf(partRows.slice(0, Math.max(partHeader, 0))));
  const known = headings(had);
  const knownOrEnd = (t: string): boolean => known.has(t) || (t.length >= 4 && [...known].some((k) => k.length > t.length && k.endsWith(t)));
  if (partHeader > 0 && again.size >= 3 && again.size >= known.size - 2 && [...again].every(knownOrEnd)) return { rows: partHeader, at: new Map() };
  return undefined;
}

/** The grid of a table (and the tables that continue it on the next pages), on the union of their column edges. */
export function tableGrid(parts: PlacedTable[], index: number): Grid {
  const xs = unionEdges(parts);
  const rows: (GridCell | undefined)[][] = [];
  const made = new Map<PdfCell, GridCell>();
  /** The pieces of figures in cells left unread (PdfCell.unsure), by cell: the rest of a figure a break cut, perhaps. */
  const pieceOf = new Map<GridCell, string>();
  /** …of them, those that read alike as the rest of the row before the break and as the row's under them (PdfCell.either). */
  const either = new Set<GridCell>();
  const hasValue = (row: readonly (GridCell | undefined)[] | undefined): boolean => (row ?? []).some((g) => g !== undefined && isValueText(g.text));
  const filled = (g: GridCell | undefined): g is GridCell => g !== undefined && g.text.trim() !== '';
  /** Every position of `from` in these rows now holds `to`. */
  const replace = (list: (GridCell | undefined)[][], from: GridCell, to: GridCell): void => {
    for (const r of list) r.forEach((g, k) => (g === from ? (r[k] = to) : undefined));
  };
  for (const part of parts) {
    const { table, page } = part;
    // The foot of the part above the break where only cells of the rows above go on (each cell drawing its
    // own border: the 行政复议 headings "结果" … reach the page's foot while 未经复议直接起诉's next
    // header row is on the next page) and the rest is empty, or where nothing is written at all (Chromium,
    // landscape: the top of table 四's next header row, its headings all on the next page, drawn as one
    // empty box across the table): not a row of the table. A row of a report's table always has a label
    // or a figure; table 四's row of figures, all blank, would be the table's last.
    const foot = rows[rows.length - 1];
    const above = rows[rows.length - 2];
    if (foot && above) {
      const own = (g: GridCell | undefined): boolean => g !== undefined && !above.includes(g);
      if (foot.some(own) && foot.every((g) => !own(g) || !filled(g))) rows.pop();
    }
    // Union column k lies in the part's column whose edges hold its middle.
    const colOf = xs.slice(0, -1).map((x, k) => {
      const mid = (x + xs[k + 1]!) / 2;
      return table.xs.findIndex((e, c) => c < table.xs.length - 1 && mid >= e && mid <= table.xs[c + 1]!);
    });
    const first = rows.length;
    const cellOf = (c: PdfCell): GridCell => {
      let g = made.get(c);
      if (!g) {
        g = { text: c.text, source: { page: page.page, table: index, row: first + c.row + 1, col: Math.max(0, colOf.indexOf(c.col)) + 1, box: box(page, c) } };
        // A cell the text does not tell (pdf-grid.ts PdfCell.unsure): no cell, never a blank or a wrong figure
        // (its text not taken either) — unread, not missing from the report.
        if (c.unsure) {
          g = { ...g, text: '', absent: { kind: 'unplaced' } };
          if (FIGURE_PIECE.test(c.text.trim())) pieceOf.set(g, c.text.trim());
          if (c.either) either.add(g);
        }
        made.set(c, g);
      }
      return g;
    };
    const partRows = table.cells.map((row) => colOf.map((c) => (c < 0 ? undefined : cellOf(row[c]!))));
    /** The first n rows of this part are not rows of the table: the rows below move up n (their sources say so). */
    const drop = (n: number): void => {
      partRows.splice(0, n);
      for (const g of new Set(partRows.flat())) {
        if (g && g.source.row !== undefined && g.source.page === page.page && g.source.row > first) g.source = { ...g.source, row: Math.max(g.source.row - n, first + 1) };
      }
    };
    // A header printed again on this page (Chromium repeats a table's thead, Word a table's 重复标题行): the
    // table has it already (see repeatedHeader). With the rest of a row the break cut among its lines, that
    // rest stays, as the part's top row.
    if (first > 0) {
      const again = repeatedHeader(rows, partRows, hasValue, filled);
      if (again && again.at.size === 0) drop(again.rows);
      else if (again) {
        drop(again.rows - 1);
        partRows[0] = partRows[0]!.map((_, c) => again.at.get(c));
      }
    }
    const prevLast = rows[rows.length - 1];
    const top = partRows[0];
    // (The page's first row, kept when the rest of the row the break cut is joined to it and dropped.)
    const opening = top;
    /**
     * A cell merged over several rows and cut by the break (LibreOffice prints each page's part as a
     * cell of its own, the part below the break empty): an empty cell at the top of this page that goes
     * on past the top row, in the same column edges as the cell above the break. One cell again, so the
     * rows it covers share it as they do on one page (grid-scan.ts mergedOverRows: a merged figure is no
     * single row's, a merged label every row's).
     */
    const goesOn = (prev: GridCell | undefined, next: GridCell | undefined, c: number): void => {
      if (prev && next && next !== prev && !filled(next) && partRows[1]?.[c] === next && sameColumns(prev, next)) replace(partRows, next, prev);
    };
    /**
     * The top row of this page is the rest of the row before the break: each of its texts joined to that
     * row's cell in its column (a cell empty above the break takes the text's own place), its empty
     * cells that go on below it the merged cells above the break; the row is dropped from this part.
     */
    const joinCut = (prevRow: readonly (GridCell | undefined)[], topRow: readonly (GridCell | undefined)[], pieces = false): void => {
      topRow.forEach((next, c) => {
        const prev = prevRow[c];
        if (!next || !prev || next === prev) return;
        // (A piece left unread under a figure: its rest, where figuresCut took it — else the figure above the
        // break is no more sure than the piece: unread too, never a figure's first lines for the figure.)
        const piece = pieceOf.get(next);
        const taken = pieces && !either.has(next);
        if (piece !== undefined && !taken && isValueText(prev.text)) return replace(rows, prev, { text: '', source: prev.source, absent: { kind: 'unplaced' } });
        const text = piece !== undefined && taken ? piece : next.text;
        // The break inside the cut row: a merged cell's part here goes on past it.
        if (text.trim() === '') return goesOn(prev, next, c);
        const source = prev.text.trim() !== '' ? prev.source : { ...next.source, row: prev.source.row };
        const joined: GridCell = { text: joinCellLines([prev.text, text]), source };
        replace(rows, prev, joined);
        replace(partRows, next, joined);
      });
      drop(1);
    };
    /** The top row is the rest of the row's wrapped figures: joined to them (`joined`), else those cells unread; the row dropped. */
    const topRowRest = (prevRow: Row, topRow: Row, joined: boolean): void => {
      topRow.forEach((next, c) => {
        const prev = prevRow[c];
        if (!next || !prev || next === prev) return;
        const text = pieceOf.get(next) ?? next.text;
        if (text.trim() === '') return goesOn(prev, next, c);
        const cell: GridCell = joined ? { text: prev.text.trim() + text.trim(), source: prev.source } : { text: '', source: prev.source, absent: { kind: 'unplaced' } };
        replace(rows, prev, cell);
        replace(partRows, next, cell);
      });
      drop(1);
    };
    const rest = prevLast && top && hasValue(prevLast) ? wrappedRest(prevLast, top, pieceOf, either) : undefined;
    if (rest) {
      // Figures wrapped in their narrow cells, the break cutting the row between their lines ("1" of 12 in
      // 总计's cell closing the page, "2" opening this one): one figure each, upper line first — or, where
      // the lines do not read as one figure's, neither is read (never "1" for 12).
      topRowRest(prevLast!, top!, rest === 'joined');
    } else if (prevLast && top && hasValue(prevLast) && top.some((g) => g !== undefined && (isValueText(g.text) || pieceOf.has(g))) && figuresCut(prevLast, top, partRows[1], pieceOf, either)) {
      // A row cut by the break with its figures (Chromium): the 总计 below the break beside the rest of
      // the label, the other figures above it ("1.申请人无正当理由逾期不补正、" | 1 0 0 0 0 0 | "" over
      // "行政机关不再处理其政府信息公开申请" | … | 1).
      joinCut(prevLast, top, true);
    } else if (prevLast && top && !hasValue(top)) {
      // A row cut by the break (LibreOffice): the rest of its labels at the top of this page — no value in
      // the columns where the row has its values — or the rest of a header row's wrapped headings
      // ("社会公益" | "组织"), each under a heading of the row before the break with the same columns (a
      // next header row splits its headings: "行政复议" over "结果维持" …), none numbered as a row of its
      // own, none a heading the table has already had (a repeated header). Its parts are one row.
      // A heading the table has had in that column (a repeated header repeats it in its place: "其他" |
      // "结果" goes on under 其他 though the row before the break has "结果" | "维持" beside it).
      const earlier = (g: GridCell, c: number): boolean => rows.some((r) => filled(r[c]) && r[c].text === g.text);
      const numbered = (g: GridCell): boolean => splitNumbering(g.text).numbering !== '';
      // A group label of its own ("第二十条第（八）项" over table 二's next block, printed without rules at the
      // top of the page, under "行政强制"), not the rest of the label above it ("（五）" | "不予处理").
      const group = (text: string): boolean => [...officialLabels(text)].some((k) => k.includes(' rowGroup '));
      const ownGroup = (g: GridCell, c: number): boolean => group(g.text) && officialLabels(joinPieces([prevLast[c]?.text ?? '', g.text])).size === 0;
      // (Or table 二's block heading cut by the break where its numbering starts: "第二十条第" | "（五）项" —
      // numbered as a row of its own alone, the two joined a block heading of the format and the part below alone none.)
      const groupRest = (g: GridCell, c: number): boolean => filled(prevLast[c]) && group(joinPieces([prevLast[c].text, g.text])) && !group(g.text) && !group(prevLast[c].text);
      // (A cell going on a cell merged over the rows above the break that is empty there, whatever it says, is
      // no row's: LibreOffice prints a merged cell's text in the part of it on the page where the text falls —
      // "（三）不予公开" down its cell from the top of the page after the one that cut the row "8." | "属于行政查询事项".)
      const over = (g: GridCell, c: number): boolean => !filled(prevLast[c]) && prevLast[c] !== undefined && rows[rows.length - 2]?.[c] === prevLast[c] && sameSpan(top, prevLast, c);
      const cut = hasValue(prevLast)
        ? top.some((g, c) => filled(g) && !over(g, c) && !isValueText(prevLast[c]?.text ?? '')) && top.every((g, c) => !filled(g) || (!isValueText(prevLast[c]?.text ?? '') && ((!numbered(g) && !ownGroup(g, c)) || over(g, c))))
        : top.some(filled) && top.every((g, c) => !filled(g) || (filled(prevLast[c]) && sameSpan(top, prevLast, c) && (!numbered(g) || groupRest(g, c)) && !earlier(g, c)));
      if (!cut && hasValue(prevLast)) {
        // The break between two rows, the top one a row of its own (numbered, "2.申请人逾期…") with no
        // figure: its figures are those of cells merged from above the break.
        top.forEach((next, c) => goesOn(prevLast[c], next, c));
      }
      if (cut) joinCut(prevLast, top);
      else if (!hasValue(prevLast)) {
        // A header cut by the break inside a heading that spans two header rows (Chromium: 行政复议's
        // "结果" | "维持" over "结果纠正" …, while 行政诉讼's next header row, "结果维持" … under
        // "未经复议直接起诉", starts on this page): in some columns the top row is the rest of the heading
        // above the break (the same columns, not numbered; "其他" | "结果" may repeat a heading's word), in
        // the others headings under a wider one above. The rest joined into one heading covering both rows.
        const rest = (c: number): boolean => {
          const g = top[c];
          return sameSpan(top, prevLast, c) && (!filled(g) || (filled(prevLast[c]) && splitNumbering(g.text).numbering === ''));
        };
        const under = (c: number): boolean => filled(top[c]) && filled(prevLast[c]) && narrower(top, prevLast, c);
        if (top.every((_, c) => rest(c) || under(c)) && top.some((g, c) => filled(g) && rest(c)) && top.some((_, c) => under(c))) {
          top.forEach((next, c) => {
            const prev = prevLast[c];
            if (!next || !prev || next === prev || !rest(c)) return;
            const joined: GridCell = filled(next) ? { text: joinPieces([prev.text, next.text]), source: prev.source } : prev;
            replace(rows, prev, joined);
            replace(partRows, next, joined);
          });
        } else {
          // Or a header printed without rules cut by the break inside its cells (a 公文's table in 16 pt: "自"
          // and "总" closing the page beside 法人或其他组织, "然人" and "计" opening this one under it): a heading
          // of one column in two parts, each joined where the two make a column heading of the format and the
          // part above alone is none — the other headings as they are.
          const column = (text: string): boolean => [...officialLabels(text)].some((k) => k.includes(' column '));
          top.forEach((next, c) => {
            const prev = prevLast[c];
            if (!filled(next) || !filled(prev) || next === prev || !sameSpan(top, prevLast, c) || top.filter((g) => g === next).length !== 1) return;
            const text = joinPieces([prev.text, next.text]);
            if (numbered(next) || !column(text) || column(prev.text)) return;
            const joined: GridCell = { text, source: prev.source };
            replace(rows, prev, joined);
            replace(partRows, next, joined);
          });
        }
      }
    }
    // Merged labels carried over only into a continuation that starts with a data row.
    const last = rows[rows.length - 1];
    if (last && hasValue(partRows[0])) {
      // Label columns of the continuation: no value in any of its cells, nor in the table's above the break
      // (a column heading over two of table 二's columns, 本年收费金额（单位：万元） of its last block, is no
      // label of the row of figures opening the next page).
      const noValue = (list: (GridCell | undefined)[][], c: number): boolean => list.every((r) => r[c] === undefined || !isValueText(r[c]!.text));
      const labelCol = (c: number): boolean => noValue(partRows, c) && noValue(rows, c);
      (partRows[0] ?? []).forEach((next, c) => {
        const prev = last[c];
        if (!next || !prev || next === prev || !labelCol(c) || isValueText(prev.text)) return;
        const spans = partRows.filter((r) => r[c] === next).length > 1 || rows.filter((r) => r[c] === prev).length > 1;
        // (Into a cell over the same columns: "（二）部分公开" across the group and label columns closing a page is
        // no label of the group column's empty cell opening the next, （三）'s, its text printed further down.)
        // (Nor into a cell that starts under a label of the rest of a cut row the part opened with — （四）'s
        // under "（三）不予公开" beside "属于行政查询事项", joined to the cells above the break: that label's cell
        // was the one going on from above.)
        const fromTop = opening === partRows[0] || opening?.[c] === next || !filled(opening?.[c]);
        if (!filled(next) && filled(prev) && sameSpan(partRows[0]!, last, c) && fromTop) replace(partRows, next, prev);
        else if (filled(next) && filled(prev) && spans && splitNumbering(next.text).numbering === '') {
          // A label split at the break ("（四）无" | "法提供"): one cell with the joined text. A label
          // that starts with its own numbering ("（五）不予处理" under "（四）无法提供") is the next one.
          const joined: GridCell = { text: joinPieces([prev.text, next.text]), source: prev.source };
          replace(rows, prev, joined);
          replace(partRows, next, joined);
        }
      });
    }
    rows.push(...partRows);
  }
  return { name: `表格${index}`, rows };
}


/** Is column c of the table a label column (no value in any of its cells)? */
function labelColumn(t: PdfTable, c: number): boolean {
  return t.cells.every((row) => !isValueText(row[c]?.text ?? ''));
}

/** Items taken into cells of a table: by cell. */
type Hung = Map<PdfCell, TextItem[]>;

/**
 * Items printed past the table's bottom (below) or top edge that belong to a cut merged label: in a label
 * column, nearer the edge than the edge cell is tall. `taken`: those whose edge cell is empty or spans
 * several rows. `cut`: those whose edge cell has text and spans one row ("三、本年" | "度办" printed below
 * the last ruling under "三、"): theirs only when the table goes on and the label comes out whole (cutLabel).
 */
function hanging(t: PdfTable, items: TextItem[], below: boolean): { taken: Hung; cut: Hung } {
  const taken: Hung = new Map();
  const cut: Hung = new Map();
  const edge = below ? t.cells[t.cells.length - 1] : t.cells[0];
  if (!edge) return { taken, cut };
  for (const it of items) {
    const cx = (it.x0 + it.x1) / 2;
    const c = t.xs.findIndex((x, i) => i < t.xs.length - 1 && cx >= x && cx <= t.xs[i + 1]!);
    if (c < 0) continue;
    const cell = edge[c]!;
    const reach = Math.max(cell.y1 - cell.y0, 40);
    // Its middle past the edge (a line may straddle the last ruling: "三、" | "本年" | "度办", "本年" half below it).
    const cy = (it.y0 + it.y1) / 2;
    const near = below ? (it.y1 <= t.y0 + 1 || cy < t.y0) && t.y0 - it.y1 < reach : (it.y0 >= t.y1 - 1 || cy > t.y1) && it.y0 - t.y1 < reach;
    if (!near || !labelColumn(t, c)) continue;
    const to = cell.text !== '' && cell.rows < 2 ? cut : taken;
    const list = to.get(cell);
    if (list) list.push(it);
    else to.set(cell, [it]);
  }
  // A section heading printed there (section 三's "三、收到和处理政府信息公开申请情" | "况" at the top of the
  // page, just above table 三, its lines over the table's label columns): running text, not a cut label,
  // and the table on this page is another one, not the one before the break going on.
  const lines = readingOrder([...taken.values(), ...cut.values()].flat()).map((l) => joinPieces(l.map((i) => i.text)));
  if (lines.some(startsSection) || startsSection(joinCellLines(lines))) return { taken: new Map(), cut: new Map() };
  return { taken, cut };
}

/** The text of items in reading order, lines joined as a cell's. */
function itemsText(items: TextItem[]): string {
  return joinCellLines(readingOrder(items).map((l) => joinPieces(l.map((i) => i.text))));
}

/** The official labels the text is — rows, row groups, columns, column groups of the tables of either format — as "format table kind id". */
function officialLabels(text: string): Set<string> {
  const out = new Set<string>();
  for (const f of allFormats()) {
    for (const id of TABLE_IDS) {
      const t = f.tables[id];
      const found = { row: matchRow(text, t, f.id), rowGroup: matchRowGroup(text, t, f.id), column: matchColumn(text, t, f.id), columnGroup: matchColumnGroup(text, t, f.id) };
      for (const [kind, m] of Object.entries(found)) if (m !== undefined) out.add(`${f.id} ${id} ${kind} ${m}`);
    }
  }
  return out;
}

/**
 * Is the text printed below the last ruling under a cell that has text (`cut`, hanging) the middle of a
 * label that the break cuts? Each such cell's text, the text below it, and the text of the next part's top
 * cell in that column (with what was printed above it) joined make an official label ("三、" | "本年度办" |
 * "理结果", "三、本年度办理结" | "果" | "", "自" | "然" | "人", "结果" | "纠正" | ""), and the text below
 * alone no other one (a label of its own printed below the table).
 */
function cutLabel(cut: Hung, next: PdfTable, nextAbove: Hung): boolean {
  for (const [cell, items] of cut) {
    const middle = itemsText(items);
    const cx = items.reduce((s, i) => s + (i.x0 + i.x1) / 2, 0) / items.length;
    const c = next.xs.findIndex((x, i) => i < next.xs.length - 1 && cx >= x && cx <= next.xs[i + 1]!);
    const top = c < 0 ? undefined : next.cells[0]?.[c];
    const rest = top ? joinPieces([itemsText(nextAbove.get(top) ?? []), top.text]) : '';
    const whole = officialLabels(joinPieces([cell.text, middle, rest]));
    if (whole.size === 0 || [...officialLabels(middle)].some((l) => !whole.has(l))) return false;
  }
  return true;
}

/**
 * The lines opening a page that print again, exactly, the header of `table` (a table without rules: its rows
 * above its first figures, read row by row, each cell once), line for row: their items; else undefined.
 * (Word's 重复标题行 over a page of other columns: table 二's first block heading and its column headings
 * atop a page of block (八), where the page's own columns could not hold them.)
 */
function repeatedLines(items: TextItem[], table: PdfTable): Set<TextItem> | undefined {
  const first = table.cells.findIndex((r) => r.some((c) => isValueText(c.text)));
  if (first <= 0) return undefined;
  const squeeze = (t: string): string => t.replace(/\s+/g, '');
  const header = table.cells.slice(0, first).map((r) => squeeze([...new Set(r)].map((c) => c.text).join('')));
  if (header.join('').length === 0) return undefined;
  // (Most pages open otherwise: their first piece of text is not where the header starts.)
  let top: TextItem | undefined;
  for (const i of items) if (!i.vertical && (!top || i.y0 + i.y1 > top.y0 + top.y1 || (i.y0 + i.y1 === top.y0 + top.y1 && i.x0 < top.x0))) top = i;
  if (!top || !header[0]!.includes(squeeze(top.text))) return undefined;
  const lines = readingOrder(items.filter((i) => !i.vertical)).slice(0, header.length);
  if (lines.length < header.length || lines.some((l, k) => squeeze(l.map((i) => i.text).join('')) !== header[k])) return undefined;
  return new Set(lines.flat());
}

/** Every page's tables, grouped where a table goes on over a page break, and the items left outside them. */
export function placeTables(pages: PageContent[], skip: Set<TextItem>): { groups: PlacedTable[][]; outside: Map<number, TextItem[]> } {
  const placed: (PlacedTable & { below: Hung; above: Hung; cut: Hung; lastIfCut: boolean })[] = [];
  const outside = new Map<number, TextItem[]>();
  const feet = new Map<number, TextItem[]>();
  const tops = new Map<number, TextItem[]>();
  /**
   * Every page's tables; `given`: where the document's tables without rules set their text in their rows,
   * for a part that does not show it itself (unruledTables), and `spacing`: how far apart the lines of their
   * cells are where their rows stand further apart, likewise. What the parts show, and whether one showed nothing.
   */
  const lay = (given?: Alignment, spacing?: Spacing): { votes: Set<Alignment>; silent: boolean; apart?: Spacing } => {
    placed.length = 0;
    outside.clear();
    feet.clear();
    tops.clear();
    const votes = new Set<Alignment>();
    let silent = false;
    let rowsApart: Spacing | undefined;
    for (const p of pages) {
      // Rules of the page's width with a section heading between them are two tables (pdf-grid.ts tablesOf).
      const ruled = pageTables(p.rulings, p.items.filter((i) => !skip.has(i)), (lines) => lines.some(startsSection));
      // Tables printed without rules, among the text outside the ruled ones — less the header of the table
      // closing the page before printed again atop this one (Word's 重复标题行), where its lines are its rows.
      const prev = placed[placed.length - 1];
      const again = prev && prev.page.page === p.page - 1 && prev.lastOnPage && prev.table.middles ? repeatedLines(ruled.outside, prev.table) : undefined;
      // (`continues`: a table closes the page before, which this page's first lines may go on.)
      const continues = prev !== undefined && prev.page.page === p.page - 1 && prev.lastOnPage;
      const unruled = unruledTables(again ? ruled.outside.filter((i) => !again.has(i)) : ruled.outside, given, p.rulings, continues, spacing);
      for (const v of unruled.votes) votes.add(v);
      rowsApart ??= unruled.apart;
      silent ||= unruled.silent;
      const rest = unruled.outside;
      if (unruled.foot.length > 0) feet.set(p.page, unruled.foot);
      if (unruled.top.length > 0) tops.set(p.page, unruled.top);
      const tables = [...ruled.tables, ...unruled.tables].sort((a, b) => b.y1 - a.y1);
      outside.set(p.page, rest);
      const none = { taken: new Map() as Hung, cut: new Map() as Hung };
      tables.forEach((t, k) => {
        const below = k === tables.length - 1 ? hanging(t, rest.filter((i) => i.y1 <= t.y0 + 1 || (i.y0 + i.y1) / 2 < t.y0), true) : none;
        const above = k === 0 ? hanging(t, rest.filter((i) => i.y0 >= t.y1 - 1 || (i.y0 + i.y1) / 2 > t.y1), false) : none;
        const hung = (m: Hung): Set<TextItem> => new Set([...m.values()].flat());
        const hb = hung(below.taken);
        const hc = hung(below.cut);
        const ha = hung(above.taken);
        const last = k === tables.length - 1;
        placed.push({
          page: p,
          table: t,
          firstOnPage: k === 0 && !rest.some((i) => i.y0 > t.y1 && !ha.has(i)),
          lastOnPage: last && !rest.some((i) => i.y1 < t.y0 && !hb.has(i)),
          // Last on its page but for text below under cells that have text: a label cut by the break?
          lastIfCut: last && hc.size > 0 && !rest.some((i) => i.y1 < t.y0 && !hb.has(i) && !hc.has(i)),
          below: below.taken,
          above: above.taken,
          cut: below.cut,
        });
      });
    }
    return { votes, silent, ...(rowsApart ? { apart: rowsApart } : {}) };
  };
  // A part of a table that shows nothing of where its text is set (its rows' labels one line each, or its
  // figures cut off from the rows that show it) takes what the rest of the document's tables all show: the
  // pages laid out again with it.
  // (Likewise a part too short to show how far apart its cells' lines are, where another part shows its rows set
  // further apart than those lines: a browser's print of a web page's table in a 公文's 16 pt on 28-point lines.)
  const shown = lay();
  if ((shown.silent && shown.votes.size === 1) || shown.apart) lay(shown.silent && shown.votes.size === 1 ? [...shown.votes][0] : undefined, shown.apart);
  /** A table part made of text outside the tables (`items`), placed at `at`. */
  const insert = (at: number, page: number, table: PdfTable, items: TextItem[], firstOnPage: boolean, lastOnPage: boolean): void => {
    const used = new Set(items);
    outside.set(page, (outside.get(page) ?? []).filter((i) => !used.has(i)));
    const none = new Map() as Hung;
    placed.splice(at, 0, { page: pages.find((p) => p.page === page)!, table, firstOnPage, lastOnPage, lastIfCut: false, below: none, above: none, cut: none });
  };
  // Headings closing a page whose figures open the next (tables without rules): the table's first part.
  for (const [page, items] of feet) {
    const k = placed.findIndex((t) => t.page.page === page + 1);
    const next = placed[k];
    // (Where its text spread over its cells stands over its figures, asked only where such text closes the page.)
    const signs = (): SpreadSigns => spreadSignsOf(next!.page.items.filter((i) => !skip.has(i)));
    const head = next && next.firstOnPage && next.table.middles ? footTable(items, next.table, signs) : undefined;
    if (head) insert(k, page, head, items, false, true);
  }
  // A row of figures alone opening a page, in the columns of the table closing the page before: its last row.
  for (const [page, items] of tops) {
    const found = placed.findIndex((t) => t.page.page >= page);
    const k = found < 0 ? placed.length : found;
    const prev = placed[k - 1];
    const row = topTable(items);
    // (In the columns of that table, labels and all: pieces of figures alone, no label column of their own.)
    if (prev && prev.page.page === page - 1 && prev.lastOnPage && prev.table.middles && row && goesOn(prev.table, row)) insert(k, page, conform(row, prev.table), items, true, !placed.some((t) => t.page.page === page));
  }
  const groups: PlacedTable[][] = [];
  const take = (page: number, cells: Hung, after: boolean): void => {
    const taken = new Set([...cells.values()].flat());
    outside.set(page, (outside.get(page) ?? []).filter((i) => !taken.has(i)));
    for (const [cell, list] of cells) {
      const text = itemsText(list);
      cell.text = after ? joinPieces([cell.text, text]) : joinPieces([text, cell.text]);
    }
  };
  let prev: (typeof placed)[number] | undefined;
  for (const t of placed) {
    const g = groups[groups.length - 1];
    const next = g && prev && t.firstOnPage && t.page.page === prev.page.page + 1 && sameEdges(prev.table, t.table);
    // A label cut by the break with its middle printed below the last ruling ("三、本年" | "度办" below "三、",
    // the rest at the top of the next page): the table goes on.
    const cut = next && prev!.cut.size > 0 && (prev!.lastOnPage || prev!.lastIfCut) && cutLabel(prev!.cut, t.table, t.above);
    if (next && (prev!.lastOnPage || cut)) {
      take(prev!.page.page, prev!.below, true);
      if (cut) take(prev!.page.page, prev!.cut, true);
      take(t.page.page, t.above, false);
      // Tables without rules: the parts in the same columns, those of the part with the most.
      if (t.table.middles && prev!.table.middles && t.table.xs.join() !== prev!.table.xs.join()) {
        if (t.table.middles.length <= prev!.table.middles.length) t.table = conform(t.table, prev!.table);
        else for (const part of g) part.table = conform(part.table, t.table);
      }
      g.push(t);
    } else groups.push([t]);
    prev = t;
  }
  return { groups, outside };
}
