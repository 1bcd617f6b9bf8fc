/**
 * What one PDF page shows, in page space (points, y up, origin bottom-left): the positioned text items
 * (`getTextContent`, horizontal and vertical) and the ruling lines the page draws (`getOperatorList`:
 * path operators with the current transform; lines, thin rectangles, and the edges of stroked
 * rectangles). pdfjs-dist is handed in by the reader (pdf.ts), so this module loads nothing itself.
 */

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

/** The rulings and the image boxes of a page's operator list. */
export function readOperators(fnArray: ArrayLike<number>, argsArray: readonly unknown[], ops: Ops): { rulings: Ruling[]; images: Box[] } {
  const stack: Matrix[] = [];
  let m: Matrix = [1, 0, 0, 1, 0, 0];
  const rulings: Ruling[] = [];
  const images: Box[] = [];
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const pictures = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintJpegXObject]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    if (fn === ops.save) stack.push(m);
    else if (fn === ops.restore) m = stack.pop() ?? m;
    else if (fn === ops.transform) m = multiply(m, argsArray[i] as Matrix);
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
  return { rulings, images };
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

/** Page-space boxes of pdfjs text items; vertical ones (a vertical font) run down from their origin. */
export function textItems(raw: readonly RawTextItem[], verticalFonts: ReadonlySet<string>): TextItem[] {
  const out: TextItem[] = [];
  for (const r of raw) {
    const text = r.str;
    if (text.trim() === '') continue;
    const [a = 1, b = 0, , d = 1, e = 0, f = 0] = r.transform;
    const size = Math.hypot(a, b) || Math.abs(d) || 1;
    const vertical = verticalFonts.has(r.fontName);
    if (vertical) {
      // The origin is the top of the first glyph's column; the column runs down by `height`.
      const w = r.width || size;
      out.push({ text, x0: e - w / 2, x1: e + w / 2, y1: f, y0: f - (r.height || size * text.length), size, font: r.fontName, vertical });
    } else {
      out.push({ text, x0: e, x1: e + (r.width || size * text.length), y0: f - size * 0.15, y1: f + size * 0.85, size, font: r.fontName, vertical });
    }
  }
  return out;
}
