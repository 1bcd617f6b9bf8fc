/**
 * What one PDF page shows, in page space (points, y up, origin bottom-left): the positioned text items
 * (`getTextContent` for horizontal text; vertical writing from the text operators of `getOperatorList`)
 * and the ruling lines the page draws (`getOperatorList`: path operators with the current transform;
 * lines, thin rectangles, and the edges of stroked rectangles). pdfjs-dist is handed in by the reader (pdf.ts), so this module loads nothing itself.
 */
import { unifyRadicals } from './radicals.js';

/** A positioned piece of text: its box in page space and the font it is set in. */
export interface TextItem {
  text: string;
  /** Left, bottom, right, top of its box (points, y up). */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Font size (points) and the font's name in the page, for telling headings from body text. */
  size: number;
  font: string;
  /** Set in vertical writing (top to bottom). */
  vertical: boolean;
}

/** A box in page space: left, bottom, right, top. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A horizontal (y fixed) or vertical (x fixed) ruling from `from` to `to`. */
export interface Ruling {
  horizontal: boolean;
  /** The fixed coordinate. */
  at: number;
  from: number;
  to: number;
}

export interface PageContent {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: TextItem[];
  rulings: Ruling[];
  /** Boxes of the images painted on the page (page space), for telling a table set as a picture. */
  images: Box[];
}

/** The pdfjs-dist operator codes this module reads (pdfjs `OPS`), by name. */
export interface Ops {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintJpegXObject?: number;
  beginText: number;
  setFont: number;
  setTextMatrix: number;
  moveText: number;
  setLeadingMoveText: number;
  nextLine: number;
  setLeading: number;
  setCharSpacing: number;
  setWordSpacing: number;
  setTextRise: number;
  showText: number;
}

/** A glyph of a pdfjs `showText` operator (the fields read here); `vmetric` only in a vertical font. */
interface Glyph {
  unicode: string;
  isSpace?: boolean;
  vmetric?: readonly number[];
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** A line thinner than this (points) is a ruling, whether drawn as a stroke or as a filled rectangle. */
const THIN = 2.5;
/** Shorter than this it is a tick or a glyph-like mark, not a table border. */
const MIN_RULE = 4;

/** The path data of pdfjs 5 (`DrawOPS`): moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4. */
function subpaths(data: ArrayLike<number>, m: Matrix): { points: [number, number][]; closed: boolean; curved: boolean }[] {
  const out: { points: [number, number][]; closed: boolean; curved: boolean }[] = [];
  let cur: { points: [number, number][]; closed: boolean; curved: boolean } | undefined;
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === 0) {
      cur = { points: [apply(m, data[i]!, data[i + 1]!)], closed: false, curved: false };
      out.push(cur);
      i += 2;
    } else if (op === 1) {
      cur?.points.push(apply(m, data[i]!, data[i + 1]!));
      i += 2;
    } else if (op === 2) {
      if (cur) cur.curved = true;
      cur?.points.push(apply(m, data[i + 4]!, data[i + 5]!));
      i += 6;
    } else if (op === 3) {
      if (cur) cur.curved = true;
      cur?.points.push(apply(m, data[i + 2]!, data[i + 3]!));
      i += 4;
    } else if (op === 4) {
      if (cur) cur.closed = true;
    } else break;
  }
  return out;
}

/** Rulings of one painted path: its straight axis-aligned segments, or a thin rectangle as one line. */
function pathRulings(data: ArrayLike<number>, m: Matrix, stroked: boolean, filled: boolean, out: Ruling[]): void {
  for (const sp of subpaths(data, m)) {
    if (sp.curved || sp.points.length < 2) continue;
    const xs = sp.points.map((p) => p[0]);
    const ys = sp.points.map((p) => p[1]);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const w = maxX - minX;
    const h = maxY - minY;
    if (filled && (w < THIN || h < THIN)) {
      // A filled thin rectangle: one ruling along its long side.
      if (w >= h && w >= MIN_RULE) out.push({ horizontal: true, at: (minY + maxY) / 2, from: minX, to: maxX });
      else if (h > w && h >= MIN_RULE) out.push({ horizontal: false, at: (minX + maxX) / 2, from: minY, to: maxY });
      continue;
    }
    if (!stroked) continue;
    const pts = sp.closed ? [...sp.points, sp.points[0]!] : sp.points;
    for (let i = 1; i < pts.length; i++) {
      const [ax, ay] = pts[i - 1]!;
      const [bx, by] = pts[i]!;
      if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= MIN_RULE) out.push({ horizontal: true, at: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
      else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= MIN_RULE) out.push({ horizontal: false, at: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
    }
  }
}

/** A matrix operand as pdfjs hands it: six numbers, or one array of them. */
function matrixOf(args: unknown): Matrix {
  const a = args as ArrayLike<number> & { 0: unknown };
  const m = (a.length === 1 ? a[0] : a) as ArrayLike<number>;
  return [m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!];
}

/** Vertical presentation forms ("︑", "︵") as the characters they stand for ("、", "（"). */
function unvertical(text: string): string {
  return text.replace(/[\uFE10-\uFE19\uFE30-\uFE4F]/gu, (ch) => ch.normalize('NFKC'));
}

/**
 * The text a page sets in vertical writing (a vertical font: Identity-V, UniGB-UCS2-V …), glyph by glyph
 * from the text operators — pdfjs's getTextContent drops the glyphs of a vertical font that sit lower on
 * the page than the font's unscaled size (WPS sets 10 pt as size 199 under a 0.05 text matrix: all
 * below y 199 is lost, "三、本" of "三、本年度办理结果"). Glyphs one under the other in one column are one item.
 */
class VerticalText {
  readonly items: TextItem[] = [];
  private font = '';
  private size = 0;
  private tm: Matrix = [1, 0, 0, 1, 0, 0];
  private x = 0;
  private y = 0;
  private lineX = 0;
  private lineY = 0;
  private leading = 0;
  private charSpacing = 0;
  private wordSpacing = 0;
  private rise = 0;

  constructor(private readonly ops: Ops) {}

  /** Reads one operator (with the current transform); false when it is not a text operator. */
  read(fn: number, args: unknown, ctm: Matrix): boolean {
    const o = this.ops;
    const a = args as unknown[];
    if (fn === o.beginText) {
      this.tm = [1, 0, 0, 1, 0, 0];
      this.x = this.y = this.lineX = this.lineY = 0;
    } else if (fn === o.setFont) {
      this.font = String(a[0]);
      this.size = Number(a[1]) || 0;
    } else if (fn === o.setTextMatrix) {
      this.tm = matrixOf(a);
      this.x = this.y = this.lineX = this.lineY = 0;
    } else if (fn === o.moveText || fn === o.setLeadingMoveText) {
      if (fn === o.setLeadingMoveText) this.leading = Number(a[1]);
      this.x = this.lineX += Number(a[0]);
      this.y = this.lineY += Number(a[1]);
    } else if (fn === o.nextLine) {
      this.x = this.lineX;
      this.y = this.lineY += this.leading;
    } else if (fn === o.setLeading) this.leading = -Number(a[0]);
    else if (fn === o.setCharSpacing) this.charSpacing = Number(a[0]);
    else if (fn === o.setWordSpacing) this.wordSpacing = Number(a[0]);
    else if (fn === o.setTextRise) this.rise = Number(a[0]);
    else if (fn === o.showText) this.show((a[0] ?? []) as readonly (Glyph | number | null)[], ctm);
    else return false;
    return true;
  }

  private show(glyphs: readonly (Glyph | number | null)[], ctm: Matrix): void {
    const fs = Math.abs(this.size);
    const vertical = glyphs.some((g) => typeof g === 'object' && g !== null && g.vmetric !== undefined);
    if (!vertical || fs === 0) return;
    const m = multiply(ctm, this.tm);
    // Along the column (text space, downwards) from the current point.
    let down = 0;
    for (const g of glyphs) {
      if (typeof g === 'number') {
        down += (g * fs) / 1000;
        continue;
      }
      if (!g) continue;
      const advance = ((-(g.vmetric?.[0] ?? -1000)) * fs) / 1000 - this.charSpacing - (g.isSpace ? this.wordSpacing : 0);
      const top = this.y + this.rise - down;
      const corners = [apply(m, this.x - fs / 2, top), apply(m, this.x + fs / 2, top), apply(m, this.x - fs / 2, top - advance), apply(m, this.x + fs / 2, top - advance)];
      const xs = corners.map((c) => c[0]);
      const ys = corners.map((c) => c[1]);
      const box = { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
      const size = fs * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
      this.add(unifyRadicals(unvertical(g.unicode)), box, size);
      down += advance;
    }
    this.y -= down;
  }

  private add(text: string, b: Box, size: number): void {
    if (text.trim() === '') return;
    const last = this.items[this.items.length - 1];
    // Under the last glyph in the same column (a gap under half a character): the same item.
    if (last && last.font === this.font && Math.abs((last.x0 + last.x1) / 2 - (b.x0 + b.x1) / 2) < size * 0.25 && last.y0 - b.y1 < size * 0.5 && last.y0 - b.y1 > -size * 0.25) {
      last.text += text;
      last.y0 = Math.min(last.y0, b.y0);
      return;
    }
    this.items.push({ text, ...b, size, font: this.font, vertical: true });
  }
}

/** The rulings, the image boxes and the vertical text of a page's operator list. */
export function readOperators(fnArray: ArrayLike<number>, argsArray: readonly unknown[], ops: Ops): { rulings: Ruling[]; images: Box[]; vertical: TextItem[] } {
  const stack: Matrix[] = [];
  let m: Matrix = [1, 0, 0, 1, 0, 0];
  const rulings: Ruling[] = [];
  const images: Box[] = [];
  const text = new VerticalText(ops);
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const pictures = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintJpegXObject]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    if (fn === ops.save) stack.push(m);
    else if (fn === ops.restore) m = stack.pop() ?? m;
    else if (fn === ops.transform) m = multiply(m, matrixOf(argsArray[i]));
    else if (text.read(fn, argsArray[i], m)) continue;
    else if (fn === ops.constructPath) {
      const [paint, paths] = argsArray[i] as [number, (ArrayLike<number> | null)[]];
      const data = paths?.[0];
      if (!data) continue;
      const stroked = strokes.has(paint);
      const filled = fills.has(paint);
      if (stroked || filled) pathRulings(data, m, stroked, filled, rulings);
    } else if (pictures.has(fn)) {
      // An image fills the unit square of the current transform.
      const corners = [apply(m, 0, 0), apply(m, 1, 0), apply(m, 0, 1), apply(m, 1, 1)];
      const xs = corners.map((c) => c[0]);
      const ys = corners.map((c) => c[1]);
      images.push({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) });
    }
  }
  return { rulings, images, vertical: text.items };
}

/** A pdfjs text item as it comes from `getTextContent` (the fields read here). */
export interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  dir?: string;
}

/** Page-space boxes of pdfjs text items (horizontal writing: a vertical font's text is VerticalText's). */
export function textItems(raw: readonly RawTextItem[]): TextItem[] {
  const out: TextItem[] = [];
  for (const r of raw) {
    const text = unifyRadicals(r.str);
    if (text.trim() === '') continue;
    const [a = 1, b = 0, , d = 1, e = 0, f = 0] = r.transform;
    const size = Math.hypot(a, b) || Math.abs(d) || 1;
    out.push({ text, x0: e, x1: e + (r.width || size * text.length), y0: f - size * 0.15, y1: f + size * 0.85, size, font: r.fontName, vertical: false });
  }
  return out;
}
