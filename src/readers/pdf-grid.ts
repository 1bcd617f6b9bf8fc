/**
 * Table grids from a PDF page's geometry, never from text order: the ruling lines a page draws are
 * grouped into tables (rulings that touch), each table's cells are the areas its lines enclose (two
 * neighbouring areas are one merged cell where the border between them is missing), and each text item
 * goes to the cell that holds its centre — an item over a drawn border first cut there (the figures of
 * cells as narrow as a figure, which the text runs join: cutAtBorders). A cell's text is its lines top to
 * bottom, without spaces between Chinese characters (labels wrap mid-word, and PDF makers put stray
 * spaces in them).
 */
import type { Ruling, TextItem } from './pdf-page.js';
import { maxOf, minOf } from '../lists.js';

/** Coordinates closer than this (points) are the same line. */
const SNAP = 2;
/** The tallest row of a table drawn without side borders (points): two such rules further apart are two tables. */
const MAX_OPEN_ROW = 80;

export interface PdfCell {
  /** Text of the cell, lines joined (pdf-text.ts `joinLines`). */
  text: string;
  /** Top-left grid position and span (0-based). */
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Page-space box (points, y up). */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /**
   * A value cell of a table without rules (pdf-columns.ts) that the text does not tell: left empty with a
   * figure in its column in the row just above or below, a line's spacing away (rows with no space between
   * them, a figure wrapped in its cell), or that figure in a row with no label and fewer figures. Read as
   * no cell, never as a blank or a figure.
   */
  unsure?: boolean;
  /**
   * An unsure piece of a figure opening a page that reads alike as the rest of the row a break cut on the
   * page before and as the first line of the row under it (text set at the bottom of the cells): neither.
   */
  either?: boolean;
}

export interface PdfTable {
  /** Column edges left to right and row edges top to bottom (page space). */
  xs: number[];
  ys: number[];
  /** `cells[r][c]`: the cell covering grid position (r, c); a merged cell is the same object at every position. */
  cells: PdfCell[][];
  /** The page box of the table. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** A table printed without rules (pdf-columns.ts): the middles of its value columns, left to right. */
  middles?: number[];
  /** …and where each one's figures start (none in a column without figures). */
  starts?: (number | undefined)[];
  /** …and where they end. */
  ends?: (number | undefined)[];
}

/** Sorted distinct values, those within SNAP of each other taken as one (their mean). */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** Collinear rulings that overlap or nearly touch, joined. */
function joinRulings(rulings: Ruling[]): Ruling[] {
  const out: Ruling[] = [];
  for (const horizontal of [true, false]) {
    const list = rulings.filter((r) => r.horizontal === horizontal).sort((a, b) => a.at - b.at || a.from - b.from);
    const groups: Ruling[][] = [];
    for (const r of list) {
      const g = groups[groups.length - 1];
      if (g && r.at - g[0]!.at <= SNAP) g.push(r);
      else groups.push([r]);
    }
    for (const g of groups) {
      const at = g.reduce((s, r) => s + r.at, 0) / g.length;
      const spans = g.map((r) => [r.from, r.to] as [number, number]).sort((a, b) => a[0] - b[0]);
      let [from, to] = spans[0]!;
      for (const [f, t] of spans.slice(1)) {
        if (f <= to + SNAP) to = Math.max(to, t);
        else {
          out.push({ horizontal, at, from, to });
          [from, to] = [f, t];
        }
      }
      out.push({ horizontal, at, from, to });
    }
  }
  return out;
}

const touches = (h: Ruling, v: Ruling): boolean => v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP;

/**
 * Does the text between two rules keep them two tables (its lines, top to bottom)? pdf-tables.ts says: a
 * section heading there.
 */
export type Apart = (lines: string[]) => boolean;

/** The lines of the items whose middles stand between two heights, inside an extent. */
function linesBetween(items: TextItem[], lo: number, hi: number, from: number, to: number): string[] {
  const inside = items.filter((i) => {
    const cx = (i.x0 + i.x1) / 2;
    const cy = (i.y0 + i.y1) / 2;
    return cy > lo && cy < hi && cx > from && cx < to;
  });
  return readingOrder(inside).map((l) => joinPieces(l.map((i) => i.text)));
}

/** Groups of rulings that touch each other: one per table (two horizontal lines at least, and a vertical one). */
function tablesOf(rulings: Ruling[], items: TextItem[], apart: Apart | undefined): Ruling[][] {
  const parent = rulings.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < rulings.length; i++) {
    for (let j = i + 1; j < rulings.length; j++) {
      const a = rulings[i]!;
      const b = rulings[j]!;
      if (a.horizontal === b.horizontal) continue;
      if (touches(a.horizontal ? a : b, a.horizontal ? b : a)) parent[find(i)] = find(j);
    }
  }
  // Horizontals of the same extent one above the other, whose sides are not drawn between them (LibreOffice
  // draws no outer frame): one table, even across a full-width row that has no inner vertical line.
  const hs = rulings.map((r, i) => [r, i] as const).filter(([r]) => r.horizontal);
  const framed = (h: Ruling): boolean => rulings.some((v) => !v.horizontal && (Math.abs(v.at - h.from) <= SNAP || Math.abs(v.at - h.to) <= SNAP) && v.from <= h.at + SNAP && v.to >= h.at - SNAP);
  const side = (x: number, lo: number, hi: number): boolean => rulings.some((v) => !v.horizontal && Math.abs(v.at - x) <= SNAP && v.from < hi - SNAP && v.to > lo + SNAP);
  for (let k = 0; k + 1 < hs.length; k++) {
    const [a, i] = hs[k]!;
    for (let m = k + 1; m < hs.length; m++) {
      const [b, j] = hs[m]!;
      if (b.at - a.at > MAX_OPEN_ROW) break;
      if (Math.abs(a.from - b.from) > SNAP || Math.abs(a.to - b.to) > SNAP || side(a.from, a.at, b.at) || side(a.to, a.at, b.at)) continue;
      // Only between rules with open ends: a framed table's last rule and the next table's first are two tables.
      if (framed(a) || framed(b)) continue;
      // Two tables of the page's width with a section heading between them (三、… under table 二): two.
      if (apart && apart(linesBetween(items, a.at, b.at, a.from, a.to))) break;
      parent[find(i)] = find(j);
      break;
    }
  }
  // A merged cell that a page break cuts, drawn with its own borders (cellspacing, border-collapse:
  // separate): on the page where it goes on past the top and bottom rules its part has its sides and no
  // rule across (Chromium slices the box: 三、本年度办理结果 beside the rows of the next page). Its side
  // away from the table touches nothing; it stands beside a side of the table of the same extent. It is
  // a column of that table, so the table keeps its outer edges over the break (pdf-tables.ts sameEdges).
  const lone = (i: number): boolean => !rulings.some((r, j) => r.horizontal && find(j) === find(i));
  for (let added = true; added; ) {
    added = false;
    rulings.forEach((v, i) => {
      if (v.horizontal || !lone(i)) return;
      const k = rulings.findIndex((u, j) => {
        if (u.horizontal || lone(j) || Math.abs(u.from - v.from) > SNAP || Math.abs(u.to - v.to) > SNAP) return false;
        const hs = rulings.filter((h, m) => h.horizontal && find(m) === find(j));
        // A side as tall as a tall row at least, or as the whole table (the header of table 三 at the foot of a
        // page, its corner note cell spanning the rows there with no rule across and its top border not drawn).
        const vs = rulings.filter((r, m) => !r.horizontal && find(m) === find(j));
        const whole = u.from <= minOf(vs, (r) => r.from) + SNAP && u.to >= maxOf(vs, (r) => r.to) - SNAP;
        if (u.to - u.from < MAX_OPEN_ROW && !whole) return false;
        // Outside the table's rules, on the side of u.
        const left = minOf(hs, (h) => h.from);
        const right = maxOf(hs, (h) => h.to);
        return (v.at < left - SNAP && u.at <= left + SNAP) || (v.at > right + SNAP && u.at >= right - SNAP);
      });
      if (k >= 0) {
        parent[find(i)] = find(k);
        added = true;
      }
    });
  }
  const groups = new Map<number, Ruling[]>();
  rulings.forEach((r, i) => {
    const k = find(i);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  });
  // One vertical line is enough between two rules: the piece of a two-column row that a page break cut
  // off (LibreOffice draws its rules and its one inner border, not the open sides). One rule is enough for
  // a row whose other rule is not drawn (openRow).
  return [...groups.values()].filter((g) => {
    const hs = g.filter((r) => r.horizontal);
    const vs = g.filter((r) => !r.horizontal);
    return vs.length > 0 && (hs.length >= 2 || (hs.length === 1 && openRow(hs[0]!, vs)));
  });
}

/**
 * A table's one row with one rule: a page's cells drawn with no top border (border-top: none), table 四's
 * first header row (行政复议 | 行政诉讼) alone at the foot of a page draws its sides and inner borders down
 * to its bottom rule and nothing across its top. Its verticals all of one extent, standing on the rule at
 * one end, two of them at the rule's ends, as far apart as a line of text at least and a row at most.
 * Or two such rows, one on each side of the rule, with inner borders: the rest of table 四 at the top of a
 * page after its header rows (Chromium, landscape: 行政诉讼's second header row and the row of figures),
 * neither its top border nor its bottom one drawn on this page.
 */
function openRow(h: Ruling, vs: Ruling[]): boolean {
  const [v] = vs;
  if (!v || vs.length < 2 || vs.some((u) => Math.abs(u.from - v.from) > SNAP || Math.abs(u.to - v.to) > SNAP)) return false;
  const sides = vs.some((u) => Math.abs(u.at - h.from) <= SNAP) && vs.some((u) => Math.abs(u.at - h.to) <= SNAP);
  const row = (height: number): boolean => height >= 8 && height <= MAX_OPEN_ROW;
  const atEnd = Math.abs(h.at - v.from) <= SNAP || Math.abs(h.at - v.to) <= SNAP;
  // The verticals of the two rows join into one line across the rule (joinRulings); inner borders among
  // them (a frame of two sides with a rule across is a box, not a table's rows).
  const across = vs.length >= 3 && h.at > v.from + SNAP && h.at < v.to - SNAP && row(h.at - v.from) && row(v.to - h.at);
  return sides && (atEnd ? row(v.to - v.from) : across);
}

/**
 * Is the stretch from..to of the line at `at` drawn (covered by rulings, gaps under twice the tolerance
 * allowed)? The tolerance along the line is SNAP, or a quarter of the stretch where that is less: a cell a
 * few points wide (a narrow column printed shrunk to fit, 5 points) would otherwise count as drawn with no
 * ruling at all, and a merged cell's text would be cut in two at its neighbours' row line.
 */
function drawn(lines: Ruling[], at: number, from: number, to: number): boolean {
  const tol = Math.min(SNAP, (to - from) / 4);
  const parts = lines.filter((l) => Math.abs(l.at - at) <= SNAP && l.to > from + tol && l.from < to - tol).sort((a, b) => a.from - b.from);
  let reached = from + tol;
  for (const p of parts) {
    if (p.from > reached + tol) return false;
    reached = Math.max(reached, p.to);
  }
  return reached >= to - tol * 2;
}

const CJK = /[\u2E80-\u9FFF\u3000-\u303F\uF900-\uFAFF\uFF00-\uFFEF“”‘’]/u;

/** Text pieces joined: no space between Chinese characters (wraps, stray spaces), one elsewhere. */
export function joinPieces(pieces: string[]): string {
  // The last character is kept apart: reading it back from the string being built flattens it each time
  // (quadratic: a line of 75,000 pieces took 30 s).
  let out = '';
  let last = '';
  for (const p of pieces) {
    const t = p.trim();
    if (t === '') continue;
    if (out === '') out = t;
    else out += CJK.test(last) || CJK.test(t[0]!) ? t : ` ${t}`;
    last = t[t.length - 1]!;
  }
  // Stray spaces inside a piece, between two Chinese characters (most cells have none: not scanned for them).
  if (!/\s/.test(out)) return out;
  return out.replace(/([\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF“”])\s+(?=[\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF“”])/gu, '$1');
}

/**
 * A cell's lines, top to bottom, as one text: joined as pieces (joinPieces), except that a figure wrapped
 * in a narrow column ("24252.31108" | "2", "66" | "5", "-" | "18"; the cell holds nothing else) is one figure again.
 */
export function joinCellLines(lines: string[]): string {
  return lines.reduce((a, b) => {
    const t = b.trim();
    return /^[-−]?[\d.,]*$/.test(a) && a !== '' && /^[\d.,]+$/.test(t) ? a + t : joinPieces([a, b]);
  }, '');
}

/** Items in reading order: lines top to bottom (an item is on a line when its middle is), left to right. */
export function readingOrder(items: TextItem[]): TextItem[][] {
  const mid = (i: TextItem): number => (i.y0 + i.y1) / 2;
  const horizontal = items.filter((i) => !i.vertical).sort((a, b) => mid(b) - mid(a));
  const lines: { items: TextItem[]; top: number; bottom: number }[] = [];
  for (const it of horizontal) {
    const m = mid(it);
    // Items come by their middles, top down: only the last lines can hold this one.
    let line: (typeof lines)[number] | undefined;
    for (let k = lines.length - 1; k >= Math.max(0, lines.length - 3); k--) {
      const l = lines[k]!;
      if (m <= l.top && m >= l.bottom && Math.abs(m - (l.top + l.bottom) / 2) <= Math.max(it.size, 4) * 0.5) {
        line = l;
        break;
      }
    }
    if (line) {
      line.items.push(it);
      line.top = Math.max(line.top, it.y1);
      line.bottom = Math.min(line.bottom, it.y0);
    } else lines.push({ items: [it], top: it.y1, bottom: it.y0 });
  }
  for (const l of lines) l.items.sort((a, b) => a.x0 - b.x0);
  lines.sort((a, b) => b.top - a.top);
  const out = lines.map((l) => l.items);
  // Vertical writing: columns right to left, each top to bottom.
  const vertical = items.filter((i) => i.vertical).sort((a, b) => b.x0 - a.x0 || b.y1 - a.y1);
  if (vertical.length > 0) out.push(vertical);
  return out;
}

/**
 * An item cut at the drawn borders of the table row it is in (`cells`, the row's cells by column; `xs`,
 * the table's column edges): where a run of text crosses a border between two cells of its own, each
 * character goes to the column that holds its middle (TextItem.xs), each column's characters a piece —
 * pdfjs runs the figures of neighbouring narrow cells into one item when they stand a space's width apart
 * ("0 0 0" over three cells). A border not drawn (a merged cell) cuts nothing; an item whose characters
 * all stand in one column stays whole.
 */
export function cutAtBorders(it: TextItem, xs: readonly number[], cells: readonly PdfCell[]): TextItem[] {
  const offsets = it.xs;
  if (!offsets || it.vertical || offsets.length !== it.text.length) return [it];
  // The drawn borders the item crosses: inner column edges between two different cells.
  const cuts: number[] = [];
  for (let c = 1; c < xs.length - 1; c++) {
    const x = xs[c]!;
    if (x > it.x0 && x < it.x1 && cells[c - 1] !== cells[c]) cuts.push(x);
  }
  if (cuts.length === 0) return [it];
  const n = it.text.length;
  const parts: { col: number; from: number; to: number }[] = [];
  for (let i = 0; i < n; i++) {
    const ch = it.text[i]!;
    if (ch === ' ' || ch.trim() === '') continue;
    const start = it.x0 + offsets[i]!;
    const end = i + 1 < n ? it.x0 + offsets[i + 1]! : it.x1;
    const mid = (start + end) / 2;
    let col = 0;
    while (col < cuts.length && mid > cuts[col]!) col++;
    const last = parts[parts.length - 1];
    if (last && last.col === col) last.to = i;
    else parts.push({ col, from: i, to: i });
  }
  if (parts.length < 2) return [it];
  return parts.map((p) => ({
    text: it.text.slice(p.from, p.to + 1),
    x0: it.x0 + offsets[p.from]!,
    x1: p.to + 1 < n ? it.x0 + offsets[p.to + 1]! : it.x1,
    y0: it.y0,
    y1: it.y1,
    size: it.size,
    font: it.font,
    vertical: false,
  }));
}

/** Builds the tables a page's rulings draw and puts each text item in its cell; returns the items left outside. */
export function pageTables(rulings: Ruling[], items: TextItem[], apart?: Apart): { tables: PdfTable[]; outside: TextItem[] } {
  const joined = joinRulings(rulings);
  const tables: PdfTable[] = [];
  const taken = new Set<TextItem>();
  for (const group of tablesOf(joined, items, apart)) {
    const hs = group.filter((r) => r.horizontal);
    const vs = group.filter((r) => !r.horizontal);
    // The outer frame where a maker draws none (LibreOffice leaves the sides open): where the lines end.
    const xs = cluster([...vs.map((r) => r.at), minOf(hs, (r) => r.from), maxOf(hs, (r) => r.to)]);
    const ys = cluster([...hs.map((r) => r.at), minOf(vs, (r) => r.from), maxOf(vs, (r) => r.to)]).reverse();
    if (xs.length < 2 || ys.length < 2) continue;
    const R = ys.length - 1;
    const C = xs.length - 1;
    // Union of neighbouring areas where the border between them is not drawn.
    const parent = Array.from({ length: R * C }, (_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const union = (a: number, b: number): void => {
      parent[find(a)] = find(b);
    };
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < C; c++) {
        if (c + 1 < C && !drawn(vs, xs[c + 1]!, ys[r + 1]!, ys[r]!)) union(r * C + c, r * C + c + 1);
        if (r + 1 < R && !drawn(hs, ys[r + 1]!, xs[c]!, xs[c + 1]!)) union(r * C + c, (r + 1) * C + c);
      }
    }
    const byRoot = new Map<number, PdfCell>();
    const cells: PdfCell[][] = [];
    for (let r = 0; r < R; r++) {
      cells.push([]);
      for (let c = 0; c < C; c++) {
        const root = find(r * C + c);
        let cell = byRoot.get(root);
        if (!cell) {
          cell = { text: '', row: r, col: c, rows: 1, cols: 1, x0: xs[c]!, x1: xs[c + 1]!, y1: ys[r]!, y0: ys[r + 1]! };
          byRoot.set(root, cell);
        }
        cell.rows = Math.max(cell.rows, r - cell.row + 1);
        cell.cols = Math.max(cell.cols, c - cell.col + 1);
        cell.x0 = Math.min(cell.x0, xs[c]!);
        cell.x1 = Math.max(cell.x1, xs[c + 1]!);
        cell.y0 = Math.min(cell.y0, ys[r + 1]!);
        cells[r]!.push(cell);
      }
    }
    const table: PdfTable = { xs, ys, cells, x0: xs[0]!, x1: xs[C]!, y0: ys[R]!, y1: ys[0]! };
    const inCell = new Map<PdfCell, TextItem[]>();
    const column = (cx: number): number => xs.findIndex((x, i) => i < C && cx >= x && cx <= xs[i + 1]!);
    for (const it of items) {
      const cx = (it.x0 + it.x1) / 2;
      const cy = (it.y0 + it.y1) / 2;
      if (cx < table.x0 || cx > table.x1 || cy < table.y0 || cy > table.y1) continue;
      const r = ys.findIndex((y, i) => i < R && cy <= y && cy >= ys[i + 1]!);
      if (r < 0) continue;
      // A run over the drawn borders of narrow cells: each piece in its own cell (whole where a piece
      // would stand outside the table).
      const at = (p: TextItem): number => column(p === it ? cx : (p.x0 + p.x1) / 2);
      let pieces = cutAtBorders(it, xs, cells[r]!);
      if (pieces.length > 1 && pieces.some((p) => at(p) < 0)) pieces = [it];
      for (const piece of pieces) {
        const c = at(piece);
        if (c < 0) continue;
        const cell = cells[r]![c]!;
        const list = inCell.get(cell);
        if (list) list.push(piece);
        else inCell.set(cell, [piece]);
        taken.add(it);
      }
    }
    for (const [cell, list] of inCell) cell.text = joinCellLines(readingOrder(list).map((l) => joinPieces(l.map((i) => i.text))));
    tables.push(table);
  }
  tables.sort((a, b) => b.y1 - a.y1);
  return { tables, outside: items.filter((i) => !taken.has(i)) };
}
