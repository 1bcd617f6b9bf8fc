/**
 * What one PDF page shows, in page space (points, y up, origin bottom-left), all from the page's drawing
 * operators (`getOperatorList`, so pdfjs parses the page once): the positioned text items — horizontal
 * text as the runs pdfjs's `getTextContent` would give (Runs, the same rules), vertical writing glyph by
 * glyph (VerticalText), one walk over the glyphs for both — and the ruling lines the page draws (path
 * operators with the current transform; lines, thin rectangles, and the edges of stroked rectangles).
 * pdfjs-dist is handed in by the reader (pdf-doc.ts), so this module loads nothing itself.
 */
import { unifyRadicals } from './radicals.js';
import { maxOf, minOf } from '../lists.js';

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
  /** Vertical writing turned to read up the page (bottom to top): a run turned a quarter anticlockwise. */
  up?: true;
  /** Drawn faint: in a light colour or half transparent or more (see `withoutWatermarks`). */
  faint?: true;
  /**
   * Where each character of `text` starts (one number per UTF-16 unit, the run's spaces included), in
   * points right of x0: horizontal, unrotated runs only, and only while the text keeps the length it was
   * drawn with. pdf-grid.ts splits a run at a cell border it crosses by these.
   */
  xs?: number[];
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
  setHScale?: number;
  setGState?: number;
  setFillRGBColor?: number;
  setTextRenderingMode?: number;
  showText: number;
  beginMarkedContent?: number;
  beginMarkedContentProps?: number;
  endMarkedContent?: number;
  beginAnnotation?: number;
  endAnnotation?: number;
  paintSolidColorImageMask?: number;
  paintImageXObjectRepeat?: number;
  paintImageMaskXObjectRepeat?: number;
  paintImageMaskXObjectGroup?: number;
}

/** A glyph of a pdfjs `showText` operator (the fields read here); `vmetric` only in a vertical font. */
interface Glyph {
  unicode: string;
  /** Its advance in glyph space (thousandths of the font size in most fonts). */
  width?: number;
  originalCharCode?: number;
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

/**
 * The page's space turned `turn` degrees clockwise (0, 90, 180 or 270): a transform from the PDF's own space
 * to one with its origin at the bottom-left corner of the turned page's box, y up, and the turned page's
 * width and height. `view` is pdfjs's `page.view` ([x0, y0, x1, y1]). The reader turns a page the way its text
 * reads (`textTurn`): a landscape table page stored as a portrait page with its content drawn turned (and
 * `/Rotate` to show it upright, as printer drivers and page-rotating tools write it) is read in the PDF's own
 * space with every line running up or down the page, and no table would be found.
 */
export function turnedSpace(view: readonly number[], turn: number): { matrix: Matrix; width: number; height: number } {
  const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = view;
  const w = x1 - x0;
  const h = y1 - y0;
  const r = ((Math.round(turn / 90) % 4) + 4) % 4;
  if (r === 1) return { matrix: [0, -1, 1, 0, -y0, x1], width: h, height: w };
  if (r === 2) return { matrix: [-1, 0, 0, -1, x1, y1], width: w, height: h };
  if (r === 3) return { matrix: [0, 1, -1, 0, y1, -x0], width: h, height: w };
  return { matrix: [1, 0, 0, 1, -x0, -y0], width: w, height: h };
}

/**
 * How far a page's text is turned from reading left to right, clockwise in degrees (0, 90, 180 or 270): the
 * direction most of its characters run in (horizontal writing; a run at a slant, a watermark, has no vote).
 * A landscape table page stored as a portrait page with its content drawn turned runs up (90) or down (270),
 * whether or not the page's `/Rotate` turns it upright for display (a page rotated in a viewer and saved shows
 * upright text sideways): the text says how it is read, as a reviewer turns the paper to read it.
 */
export function textTurn(runs: readonly RawTextItem[]): number {
  const votes = [0, 0, 0, 0];
  for (const r of runs) {
    if (r.vertical || slanted(r.transform)) continue;
    const [a = 1, b = 0] = r.transform;
    const turn = Math.abs(b) > Math.abs(a) ? (b > 0 ? 1 : 3) : a >= 0 ? 0 : 2;
    votes[turn]! += r.str.replace(/\s+/g, '').length;
  }
  const best = votes.indexOf(maxOf(votes));
  return votes[best]! > votes[0]! ? best * 90 : 0;
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
    const [minX, maxX, minY, maxY] = [minOf(xs), maxOf(xs), minOf(ys), maxOf(ys)];
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

/** What the text walk knows of a font (pdfjs's font object, by the name its `setFont` operator gives). */
export interface FontFacts {
  /** The font's own name: two resources of one font do not break a run. */
  name: string;
  vertical: boolean;
  fontMatrix?: readonly number[];
  isType3Font?: boolean;
  bbox?: readonly number[];
}

/** How the page's text is read: its fonts, the page's box (text outside is not read) and pdfjs's normalisation. */
export interface TextOptions {
  fonts: ReadonlyMap<string, FontFacts>;
  view: readonly number[];
  normalize: (text: string) => string;
}

/** The graphics state the walk follows: the transform and the text state (saved and restored together). */
interface State {
  ctm: Matrix;
  font: string;
  size: number;
  tm: Matrix;
  tlm: Matrix;
  charSpacing: number;
  wordSpacing: number;
  leading: number;
  hscale: number;
  rise: number;
  /** Text rendering mode 3 or 7: the glyphs are not drawn (the text layer a scan's text recognition adds). */
  invisible: boolean;
  /** The fill (text) colour is light (`lightColour`), and the fill opacity (`gStateAlpha`): see `faint`. */
  light: boolean;
  alpha: number;
}

/** Text drawn now is faint: a light fill colour, or a fill opacity of FAINT_ALPHA or less. */
const faint = (s: State): boolean => s.light || s.alpha <= FAINT_ALPHA;

const copy = (s: State): State => ({ ...s, tm: [...s.tm] as Matrix, tlm: [...s.tlm] as Matrix });

/** Moves a text matrix by (x, y) in its own space. */
function translate(m: Matrix, x: number, y: number): void {
  m[4] = m[0] * x + m[2] * y + m[4];
  m[5] = m[1] * x + m[3] * y + m[5];
}

/**
 * What a glyph gives when its font has no Unicode map and pdfjs has nothing to go by: nothing, a control
 * character (a subset font's glyph numbers 1, 2, 3 … as character codes: 9–13 come out as tab and line
 * breaks, which the runs take as spaces) or U+FFFD. Private-use characters are not counted: symbol fonts
 * (Wingdings bullets) map there as they should.
 */
const NO_CHARACTER = /^[\u0000-\u001F\u007F-\u009F\uFFFD]+$/u;

/** A font's glyphs on a page: drawn (spaces left out) and giving no character (NO_CHARACTER). */
export interface FontGlyphs {
  glyphs: number;
  unmapped: number;
}

/** pdfjs's character classes (`getCharUnicodeCategory`): whitespace, zero-width diacritic, invisible format mark. */
const SPECIAL = /^(\s)|(\p{Mn})|(\p{Cf})$/u;

/** pdfjs's thresholds for spaces and breaks between glyphs, times the font size (getTextContent). */
const TRACKING_SPACE = 0.102;
const NOT_A_SPACE = 0.03;
const NEGATIVE_SPACE = -0.2;
const SPACE_IN_FLOW_MIN = 0.102;
const SPACE_IN_FLOW_MAX = 0.6;
const VERTICAL_SHIFT = 0.25;

/**
 * The runs of text pdfjs's getTextContent gives for one content stream, built here from the drawing
 * operators the reader already has (the content is parsed once): the same glyphs, positions and rules —
 * a run breaks at a font or size change, a new line, a backward jump or a wide gap; a gap of a space's
 * width is a space in the run, a wider one a space item; glyphs outside the page are not read. Its text is
 * normalised as getTextContent normalises it (ligatures, compatibility spaces).
 */
class Runs {
  readonly items: RawTextItem[] = [];
  private str: string[] = [];
  /** Page-space x where each UTF-16 unit of `str` starts (a space where the glyph before it ends). */
  private xs: number[] = [];
  private initialized = false;
  private totalWidth = 0;
  private totalHeight = 0;
  private width = 0;
  private height = 0;
  private vertical = false;
  private prevTransform: Matrix | null = null;
  private prevTextRise = 0;
  private advanceScale = 0;
  private spaceInFlowMin = 0;
  private spaceInFlowMax = 0;
  private trackingSpaceMin = Infinity;
  private negativeSpaceMax = -Infinity;
  private notASpace = -Infinity;
  private transform: Matrix = [1, 0, 0, 1, 0, 0];
  private fontName = '';
  private readonly lastChars = [' ', ' '];
  private lastPos = 0;
  /** The font and size the current run was started under (pdfjs `currentTextState`), and whether it is faint. */
  private current: { font: string; size: number; faint: boolean } | undefined;

  constructor(private readonly options: TextOptions) {}

  private facts(font: string): FontFacts {
    return this.options.fonts.get(font) ?? { name: font, vertical: false };
  }

  private saveLastChar(ch: string): boolean {
    const next = (this.lastPos + 1) % 2;
    const ret = this.lastChars[this.lastPos] !== ' ' && this.lastChars[next] === ' ';
    this.lastChars[this.lastPos] = ch;
    this.lastPos = next;
    return ret;
  }

  private shouldAddWhitespace(): boolean {
    return this.lastChars[this.lastPos] !== ' ' && this.lastChars[(this.lastPos + 1) % 2] === ' ';
  }

  private resetLastChars(): void {
    this.lastChars[0] = this.lastChars[1] = ' ';
    this.lastPos = 0;
  }

  /** The glyph space of the current point in page space (pdfjs `getCurrentTextTransform`). */
  textTransform(s: State): Matrix {
    const f = this.facts(s.font);
    const tsm: Matrix = [s.size * s.hscale, 0, 0, s.size, 0, s.rise];
    const fm = f.fontMatrix;
    if (f.isType3Font && s.size <= 1 && fm && fm.join() !== '0.001,0,0,0.001,0,0') {
      const glyphHeight = (f.bbox?.[3] ?? 0) - (f.bbox?.[1] ?? 0);
      if (glyphHeight > 0) tsm[3] *= glyphHeight * fm[3]!;
    }
    return multiply(s.ctm, multiply(s.tm, tsm));
  }

  private pushWhitespace(width: number, height: number, transform: Matrix | null = this.prevTransform, fontName = this.fontName): void {
    this.items.push({ str: ' ', width, height, transform: transform ?? [1, 0, 0, 1, 0, 0], fontName, vertical: this.facts(fontName).vertical });
  }

  private ensureItem(s: State): void {
    if (this.initialized) return;
    const f = this.facts(s.font);
    this.fontName = s.font;
    const trm = (this.transform = this.textTransform(s));
    this.vertical = f.vertical;
    if (!f.vertical) {
      this.width = this.totalWidth = 0;
      this.height = this.totalHeight = Math.hypot(trm[2], trm[3]);
    } else {
      this.width = this.totalWidth = Math.hypot(trm[0], trm[1]);
      this.height = this.totalHeight = 0;
    }
    this.advanceScale = Math.hypot(s.ctm[0], s.ctm[1]) * Math.hypot(s.tlm[0], s.tlm[1]);
    this.trackingSpaceMin = s.size * TRACKING_SPACE;
    this.notASpace = s.size * NOT_A_SPACE;
    this.negativeSpaceMax = s.size * NEGATIVE_SPACE;
    this.spaceInFlowMin = s.size * SPACE_IN_FLOW_MIN;
    this.spaceInFlowMax = s.size * SPACE_IN_FLOW_MAX;
    this.initialized = true;
  }

  /** A new text matrix: the run so far is measured at the old scale (pdfjs `updateAdvanceScale`). */
  updateAdvanceScale(s: State): void {
    if (!this.initialized) return;
    const scale = Math.hypot(s.ctm[0], s.ctm[1]) * Math.hypot(s.tlm[0], s.tlm[1]);
    if (scale === this.advanceScale) return;
    if (!this.vertical) {
      this.totalWidth += this.width * this.advanceScale;
      this.width = 0;
    } else {
      this.totalHeight += this.height * this.advanceScale;
      this.height = 0;
    }
    this.advanceScale = scale;
  }

  flush(): void {
    if (!this.initialized) return;
    if (!this.vertical) this.totalWidth += this.width * this.advanceScale;
    else this.totalHeight += this.height * this.advanceScale;
    const f = this.facts(this.fontName);
    const drawn = this.str.join('');
    const str = this.options.normalize(drawn);
    const item: RawTextItem = { str, width: Math.abs(this.totalWidth), height: Math.abs(this.totalHeight), transform: this.transform, fontName: this.fontName, vertical: f.vertical };
    if (this.current?.faint) item.faint = true;
    // Where the characters start, for a run left to right along the page's x axis whose text kept its length
    // (along it to a billionth: a page turned by a transform written with cos 90° = 6.1e-17 is along it).
    const t = this.transform;
    const along = t[0] > 0 && Math.abs(t[1]) <= t[0] * 1e-9 && Math.abs(t[2]) <= t[0] * 1e-9;
    if (!f.vertical && along && str.length === drawn.length && this.xs.length === str.length) {
      const xs = this.xs;
      const x0 = t[4];
      for (let i = 0; i < xs.length; i++) xs[i]! -= x0;
      item.xs = xs;
      this.xs = [];
    } else this.xs.length = 0;
    this.items.push(item);
    this.initialized = false;
    this.str.length = 0;
  }

  private appendEOL(s: State): void {
    this.resetLastChars();
    if (this.initialized) {
      this.flush();
    } else this.items.push({ str: '', width: 0, height: 0, transform: this.textTransform(s), fontName: s.font, vertical: this.facts(s.font).vertical });
  }

  private addFakeSpaces(width: number, transform: Matrix | null, orientation: number, s: State): boolean {
    if (orientation * this.spaceInFlowMin <= width && width <= orientation * this.spaceInFlowMax) {
      if (this.initialized) {
        this.resetLastChars();
        this.str.push(' ');
        // The space starts where the glyph before it ends.
        this.xs.push(transform ? transform[4] : this.textTransform(s)[4]);
      }
      return false;
    }
    const fontName = this.fontName;
    let height = 0;
    if (this.vertical) {
      height = width;
      width = 0;
    }
    this.flush();
    this.resetLastChars();
    this.pushWhitespace(Math.abs(width), Math.abs(height), transform ?? this.textTransform(s), fontName);
    return true;
  }

  /** Where the next glyph goes against the run (pdfjs `compareWithLastPosition`); false when it is off the page. */
  private compare(s: State, glyphWidth: number): boolean {
    const current = this.textTransform(s);
    let posX = current[4];
    let posY = current[5];
    const vb = this.options.view;
    const f = this.facts(s.font);
    if (f.vertical) {
      if (posX < vb[0]! || posX > vb[2]! || posY + glyphWidth < vb[1]! || posY > vb[3]!) return false;
    } else if (posX + glyphWidth < vb[0]! || posX > vb[2]! || posY < vb[1]! || posY > vb[3]!) return false;
    if (!this.prevTransform) return true;
    let lastPosX = this.prevTransform[4];
    let lastPosY = this.prevTransform[5];
    if (lastPosX === posX && lastPosY === posY) return true;
    let rotate = -1;
    if (current[0] && current[1] === 0 && current[2] === 0) rotate = current[0] > 0 ? 0 : 180;
    else if (current[1] && current[0] === 0 && current[3] === 0) rotate = current[1] > 0 ? 90 : 270;
    if (rotate === 90) {
      [posX, posY] = [posY, posX];
      [lastPosX, lastPosY] = [lastPosY, lastPosX];
    } else if (rotate === 180) [posX, posY, lastPosX, lastPosY] = [-posX, -posY, -lastPosX, -lastPosY];
    else if (rotate === 270) {
      [posX, posY] = [-posY, -posX];
      [lastPosX, lastPosY] = [-lastPosY, -lastPosX];
    } else if (rotate === -1) {
      const unrotate = (x: number, y: number, m: Matrix): [number, number] => {
        const scale = Math.hypot(m[0], m[1]);
        return [(m[0] * x + m[1] * y) / scale, (m[2] * x + m[3] * y) / scale];
      };
      [posX, posY] = unrotate(posX, posY, current);
      [lastPosX, lastPosY] = unrotate(lastPosX, lastPosY, this.prevTransform);
    }
    if (f.vertical) {
      const advanceY = (lastPosY - posY) / this.advanceScale;
      const advanceX = posX - lastPosX;
      const orientation = Math.sign(this.height || this.totalHeight);
      if (advanceY < orientation * this.negativeSpaceMax) {
        if (Math.abs(advanceX) > 0.5 * this.width) {
          this.appendEOL(s);
          return true;
        }
        this.resetLastChars();
        this.flush();
        return true;
      }
      if (Math.abs(advanceX) > this.width) {
        this.appendEOL(s);
        return true;
      }
      if (advanceY <= orientation * this.notASpace) this.resetLastChars();
      if (advanceY <= orientation * this.trackingSpaceMin) {
        if (this.shouldAddWhitespace()) {
          this.resetLastChars();
          this.flush();
          this.pushWhitespace(0, Math.abs(advanceY));
        } else this.height += advanceY;
      } else if (!this.addFakeSpaces(advanceY, this.prevTransform, orientation, s)) {
        if (this.str.length === 0) {
          this.resetLastChars();
          this.pushWhitespace(0, Math.abs(advanceY));
        } else this.height += advanceY;
      }
      if (Math.abs(advanceX) > this.width * VERTICAL_SHIFT) this.flush();
      return true;
    }
    const advanceX = (posX - lastPosX) / this.advanceScale;
    const advanceY = posY - lastPosY;
    const orientation = Math.sign(this.width || this.totalWidth);
    if (advanceX < orientation * this.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * this.height) {
        this.appendEOL(s);
        return true;
      }
      this.resetLastChars();
      this.flush();
      return true;
    }
    const riseDelta = s.rise - this.prevTextRise;
    const advanceYCorrected = riseDelta === 0 ? advanceY : advanceY - (current[3] / s.size) * riseDelta;
    if (Math.abs(advanceYCorrected) > this.height) {
      this.appendEOL(s);
      return true;
    }
    if (advanceX <= orientation * this.notASpace) this.resetLastChars();
    if (advanceX <= orientation * this.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
        this.pushWhitespace(Math.abs(advanceX), 0);
      } else this.width += advanceX;
    } else if (!this.addFakeSpaces(advanceX, this.prevTransform, orientation, s)) {
      if (this.str.length === 0) {
        this.resetLastChars();
        this.pushWhitespace(Math.abs(advanceX), 0);
      } else this.width += advanceX;
    }
    if (Math.abs(advanceY) > this.height * VERTICAL_SHIFT) this.flush();
    return true;
  }

  /** Before the glyphs of a text operator: a new font or size ends the run (pdfjs `buildTextContentItem`). */
  startShow(s: State): void {
    const c = this.current;
    if (!c || c.size !== s.size || (c.font !== s.font && (this.facts(c.font).name !== this.facts(s.font).name || this.facts(c.font).vertical !== this.facts(s.font).vertical))) {
      this.flush();
      this.current = { font: s.font, size: s.size, faint: faint(s) };
    }
  }

  /**
   * One glyph at the current point, `advance` its width along the line (text space, before horizontal
   * scaling); false when it is not read (off the page): the caller then moves past it without spacing.
   */
  glyph(s: State, unicode: string, advance: number, diacritic: boolean): boolean {
    if (!diacritic && !this.compare(s, advance)) return false;
    // Not pdfjs's: faint text (a watermark) and the text it is drawn over or under are never one run. The run
    // ends here, at the first glyph drawn the other way, not where the colour changes: a new line has ended
    // it already (as pdfjs does, marking its end of line, with no empty item for it).
    const f0 = faint(s);
    if (this.current && this.current.faint !== f0) {
      this.flush();
      this.current.faint = f0;
    }
    this.ensureItem(s);
    const f = this.facts(s.font);
    // Page-space x of the glyph's origin (textTransform(s)[4], without building the matrices), and of the
    // end of the glyph before it, where a space put between them starts.
    const { ctm, tm, rise } = s;
    const x = ctm[0] * (tm[2] * rise + tm[4]) + ctm[2] * (tm[3] * rise + tm[5]) + ctm[4];
    const before = this.str.length > 0 && this.prevTransform ? this.prevTransform[4] : x;
    let dim = diacritic ? 0 : advance;
    if (!f.vertical) {
      dim *= s.hscale;
      translate(s.tm, dim, 0);
      this.width += dim;
    } else {
      translate(s.tm, 0, dim);
      dim = Math.abs(dim);
      this.height += dim;
    }
    if (dim) {
      this.prevTransform = this.textTransform(s);
      this.prevTextRise = s.rise;
    }
    if (this.saveLastChar(unicode)) {
      this.str.push(' ');
      this.xs.push(before);
    }
    this.str.push(unicode);
    for (let k = 0; k < unicode.length; k++) this.xs.push(x);
    return true;
  }

  /** A whitespace glyph: no text, only its place in the spacing. */
  space(): void {
    this.saveLastChar(' ');
  }
}

/**
 * The text a page sets in vertical writing (a vertical font: Identity-V, UniGB-UCS2-V …), glyph by glyph
 * — pdfjs's getTextContent drops the glyphs of a vertical font that sit lower on the page than the font's
 * unscaled size (WPS sets 10 pt as size 199 under a 0.05 text matrix: all below y 199 is lost, "三、本"
 * of "三、本年度办理结果"). Glyphs one under the other in one column are one item.
 */
class VerticalText {
  readonly items: TextItem[] = [];

  /** A glyph of a vertical font at the current point; `advance`: its height down the column (text space). */
  glyph(s: State, unicode: string, advance: number): void {
    const text = unifyRadicals(unvertical(unicode));
    if (text.trim() === '') return;
    const fs = Math.abs(s.size);
    if (fs === 0) return;
    const m = multiply(s.ctm, s.tm);
    const corners = [apply(m, -fs / 2, s.rise), apply(m, fs / 2, s.rise), apply(m, -fs / 2, s.rise - advance), apply(m, fs / 2, s.rise - advance)];
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    const b = { x0: minOf(xs), x1: maxOf(xs), y0: minOf(ys), y1: maxOf(ys) };
    const size = fs * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
    const last = this.items[this.items.length - 1];
    // Under the last glyph in the same column (a gap under half a character): the same item.
    if (last && last.font === s.font && Math.abs((last.x0 + last.x1) / 2 - (b.x0 + b.x1) / 2) < size * 0.25 && last.y0 - b.y1 < size * 0.5 && last.y0 - b.y1 > -size * 0.25) {
      last.text += text;
      last.y0 = Math.min(last.y0, b.y0);
      return;
    }
    this.items.push({ text, ...b, size, font: s.font, vertical: true });
  }
}

/** The font a `setGState` operator sets (its Font entry, as pdfjs hands it: [font, size]), if any. */
export function gStateFont(args: unknown): [string, number] | undefined {
  const entries = (args as unknown[] | undefined)?.[0];
  if (!Array.isArray(entries)) return undefined;
  for (const e of entries) {
    if (Array.isArray(e) && e[0] === 'Font' && Array.isArray(e[1])) return [String(e[1][0]), Number(e[1][1]) || 0];
  }
  return undefined;
}

/** A glyph's advance in glyph space: its width, or in vertical writing its vertical metric (negative: down). */
const advance = (g: Glyph, vertical: boolean): number => (vertical ? (g.vmetric ? g.vmetric[0]! : -(g.width ?? 0)) : (g.width ?? 0));

/**
 * The text of a page's drawing operators, one walk over the glyphs for both readings: the runs pdfjs's
 * getTextContent would give (Runs) and the columns of vertical writing (VerticalText).
 */
class TextWalk {
  readonly runs: Runs;
  readonly vertical = new VerticalText();
  /** Per font (by the name its `setFont` gives): the glyphs drawn and those that give no character (FontGlyphs). */
  readonly fonts = new Map<string, FontGlyphs>();
  /** Glyphs shown in an invisible rendering mode (spaces left out): not read, only counted. */
  invisible = 0;

  constructor(private readonly ops: Ops, options: TextOptions) {
    this.runs = new Runs(options);
  }

  /** Reads one text operator into the state; false when it is not one. */
  read(fn: number, args: unknown, s: State, fonts: ReadonlyMap<string, FontFacts>): boolean {
    const o = this.ops;
    const a = args as unknown[];
    if (fn === o.beginText) {
      s.tm = [1, 0, 0, 1, 0, 0];
      s.tlm = [1, 0, 0, 1, 0, 0];
    } else if (fn === o.setFont) {
      s.font = String(a[0]);
      s.size = Number(a[1]) || 0;
    } else if (fn === o.setTextMatrix) {
      s.tm = matrixOf(a);
      s.tlm = matrixOf(a);
      this.runs.updateAdvanceScale(s);
    } else if (fn === o.moveText || fn === o.setLeadingMoveText) {
      if (fn === o.setLeadingMoveText) s.leading = -Number(a[1]);
      translate(s.tlm, Number(a[0]), Number(a[1]));
      s.tm = [...s.tlm] as Matrix;
    } else if (fn === o.nextLine) {
      translate(s.tlm, 0, -s.leading);
      s.tm = [...s.tlm] as Matrix;
    } else if (fn === o.setLeading) s.leading = Number(a[0]);
    else if (fn === o.setCharSpacing) s.charSpacing = Number(a[0]);
    else if (fn === o.setWordSpacing) s.wordSpacing = Number(a[0]);
    else if (fn === o.setHScale) s.hscale = Number(a[0]) / 100;
    else if (fn === o.setTextRise) s.rise = Number(a[0]);
    else if (fn === o.setTextRenderingMode) s.invisible = (Number(a[0]) & 3) === 3;
    else if (fn === o.setGState) {
      // A graphics state that sets the font (its Font entry) ends the run, as in getTextContent.
      const font = gStateFont(a);
      if (!font) return false;
      this.runs.flush();
      [s.font, s.size] = font;
    } else if (fn === o.showText) this.show((a[0] ?? []) as readonly (Glyph | number | null)[], s, fonts.get(s.font));
    else return false;
    return true;
  }

  /**
   * A text operator's glyphs, as getTextContent takes them: each string of glyphs up to a spacing number
   * is one piece, the number's spacing after its last glyph.
   */
  private show(list: readonly (Glyph | number | null)[], s: State, font: FontFacts | undefined): void {
    const vertical = font?.vertical ?? false;
    const spaceFactor = ((vertical ? 1 : -1) * s.size) / 1000;
    let piece: Glyph[] = [];
    const flush = (extra: number): void => {
      this.piece(piece, extra, s, font);
      piece = [];
    };
    for (const g of list) {
      if (typeof g === 'number') {
        if (g !== 0) flush(g * spaceFactor);
      } else if (g) piece.push(g);
    }
    if (piece.length > 0 || list.length === 0) flush(0);
  }

  private piece(glyphs: readonly Glyph[], extra: number, s: State, font: FontFacts | undefined): void {
    if (s.invisible) {
      this.hidden(glyphs, extra, s, font);
      return;
    }
    const runs = this.runs;
    runs.startShow(s);
    const vertical = font?.vertical ?? false;
    const base = vertical ? -s.charSpacing : s.charSpacing;
    const move = (spacing: number): void => {
      if (!vertical) translate(s.tm, spacing * s.hscale, 0);
      else translate(s.tm, 0, -spacing);
    };
    if (glyphs.length === 0) {
      if (base + extra) move(base + extra);
      return;
    }
    const scale = (font?.fontMatrix?.[0] ?? 0.001) * s.size;
    let counted = this.fonts.get(s.font);
    if (!counted) this.fonts.set(s.font, (counted = { glyphs: 0, unmapped: 0 }));
    for (let i = 0; i < glyphs.length; i++) {
      const g = glyphs[i]!;
      const unicode = g.unicode ?? '';
      const kind = SPECIAL.exec(unicode);
      if (kind?.[3]) continue;
      const none = unicode === '' || NO_CHARACTER.test(unicode);
      if (none || (!kind?.[1] && g.isSpace !== true)) {
        counted.glyphs++;
        if (none) counted.unmapped++;
      }
      let spacing = base + (i + 1 === glyphs.length ? extra : 0);
      const width = advance(g, vertical);
      const dim = width * scale;
      if (g.originalCharCode === 0x20) spacing += s.wordSpacing;
      if (vertical) this.vertical.glyph(s, unicode, (-(g.vmetric?.[0] ?? -1000) * Math.abs(s.size)) / 1000 - s.charSpacing - (g.isSpace ? s.wordSpacing : 0));
      if (kind?.[1]) {
        move(spacing + (vertical ? -dim : dim));
        runs.space();
        continue;
      }
      if (!runs.glyph(s, unicode, dim, Boolean(kind?.[2]))) {
        if (!vertical) translate(s.tm, dim * s.hscale, 0);
        else translate(s.tm, 0, dim);
        continue;
      }
      if (spacing) move(spacing);
    }
  }

  /**
   * Glyphs shown in an invisible rendering mode: no reader of the page sees them (a scan's text layer from
   * text recognition draws its words so, over the picture). Counted, not read; the text position moves on
   * as if they were drawn.
   */
  private hidden(glyphs: readonly Glyph[], extra: number, s: State, font: FontFacts | undefined): void {
    const vertical = font?.vertical ?? false;
    const scale = (font?.fontMatrix?.[0] ?? 0.001) * s.size;
    const base = vertical ? -s.charSpacing : s.charSpacing;
    glyphs.forEach((g, i) => {
      if (g.isSpace !== true) this.invisible++;
      const width = advance(g, vertical);
      const spacing = base + (i + 1 === glyphs.length ? extra : 0) + (g.originalCharCode === 0x20 ? s.wordSpacing : 0);
      if (vertical) translate(s.tm, 0, width * scale - spacing);
      else translate(s.tm, (width * scale + spacing) * s.hscale, 0);
    });
    if (glyphs.length === 0 && base + extra) {
      if (vertical) translate(s.tm, 0, -(base + extra));
      else translate(s.tm, (base + extra) * s.hscale, 0);
    }
  }
}

/**
 * The rulings, the image boxes and the text of a page's operator list: the runs of horizontal writing as
 * getTextContent gives them (`runs`, pdfjs's own items) and the columns of vertical writing (`vertical`);
 * `fonts`: each font's glyphs, and those of them that give no character; `invisible`: the glyphs shown in
 * an invisible rendering mode (not read). Positions are in the space `start` maps the PDF's own space to
 * (`turnedSpace`: the page as shown; the PDF's own space by default, as getTextContent gives it).
 */
export function readOperators(
  fnArray: ArrayLike<number>,
  argsArray: readonly unknown[],
  ops: Ops,
  text: TextOptions = { fonts: new Map(), view: [0, 0, 595, 842], normalize: (t) => t },
  start: Matrix = [1, 0, 0, 1, 0, 0],
): { rulings: Ruling[]; images: Box[]; vertical: TextItem[]; runs: RawTextItem[]; fonts: Map<string, FontGlyphs>; invisible: number } {
  const stack: State[] = [];
  let s: State = { ctm: start, font: '', size: 0, tm: [1, 0, 0, 1, 0, 0], tlm: [1, 0, 0, 1, 0, 0], charSpacing: 0, wordSpacing: 0, leading: 0, hscale: 1, rise: 0, invisible: false, light: false, alpha: 1 };
  const rulings: Ruling[] = [];
  const images: Box[] = [];
  const walk = new TextWalk(ops, text);
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const pictures = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintJpegXObject]);
  // What ends a run of text as getTextContent reads it: marked content, and an XObject painted.
  const breaks = new Set([ops.beginMarkedContent, ops.beginMarkedContentProps, ops.endMarkedContent, ops.paintImageXObject, ops.paintImageMaskXObject, ops.paintJpegXObject, ops.paintSolidColorImageMask, ops.paintImageXObjectRepeat, ops.paintImageMaskXObjectRepeat, ops.paintImageMaskXObjectGroup]);
  // An annotation's own drawing (a form field's appearance) is no text of the page.
  let annotation = 0;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    if (fn === ops.setGState) {
      const alpha = gStateAlpha(argsArray[i]);
      if (alpha !== undefined) s.alpha = alpha;
    }
    if (fn === ops.save) {
      stack.push(s);
      s = copy(s);
    } else if (fn === ops.restore) s = stack.pop() ?? s;
    else if (fn === ops.transform) s.ctm = multiply(s.ctm, matrixOf(argsArray[i]));
    else if (fn === ops.setFillRGBColor) s.light = lightColour(argsArray[i]);
    else if (fn === ops.beginAnnotation) annotation++;
    else if (fn === ops.endAnnotation) annotation = Math.max(0, annotation - 1);
    else if (annotation === 0 && walk.read(fn, argsArray[i], s, text.fonts)) continue;
    else if (fn === ops.constructPath) {
      const [paint, paths] = argsArray[i] as [number, (ArrayLike<number> | null)[]];
      const data = paths?.[0];
      if (!data) continue;
      const stroked = strokes.has(paint);
      const filled = fills.has(paint);
      if (stroked || filled) pathRulings(data, s.ctm, stroked, filled, rulings);
    }
    if (breaks.has(fn)) walk.runs.flush();
    if (pictures.has(fn)) {
      // An image fills the unit square of the current transform.
      const m = s.ctm;
      const corners = [apply(m, 0, 0), apply(m, 1, 0), apply(m, 0, 1), apply(m, 1, 1)];
      const xs = corners.map((c) => c[0]);
      const ys = corners.map((c) => c[1]);
      images.push({ x0: minOf(xs), y0: minOf(ys), x1: maxOf(xs), y1: maxOf(ys) });
    }
  }
  walk.runs.flush();
  return { rulings, images, vertical: walk.vertical.items, runs: walk.runs.items, fonts: walk.fonts, invisible: walk.invisible };
}

/** A pdfjs text item as it comes from `getTextContent` (the fields read here). */
export interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  dir?: string;
  /** Set in a vertical font (the reader takes those glyph by glyph). */
  vertical?: boolean;
  /** Not pdfjs's: where each character of `str` starts, points right of transform[4] (Runs; TextItem.xs). */
  xs?: number[];
  /** Not pdfjs's: drawn faint (TextItem.faint). */
  faint?: true;
}

/** Degrees off the page's axes beyond which a run of text is set at a slant (`slanted`). */
const SLANT = 3;

/**
 * A run set at a slant, neither along nor across the page: a watermark drawn diagonally over it ("内部资料",
 * "样稿", the agency's or the site's name), as WPS's and Word's watermarks and sites' stamping tools draw
 * them by default. A report's own text runs along the page (or across it, turned a quarter).
 */
function slanted(transform: readonly number[]): boolean {
  const [a = 1, b = 0] = transform;
  if (a === 0 || b === 0) return false;
  const off = Math.abs((Math.atan2(b, a) * 180) / Math.PI) % 90;
  return off > SLANT && off < 90 - SLANT;
}

/**
 * Page-space boxes of pdfjs text items (horizontal writing: a vertical font's text is VerticalText's). A run
 * set at a slant is no text of the report (`slanted`): left out. A run turned a quarter on a page that reads
 * across (a Word table cell's text direction: LibreOffice draws tbRl's lines turned, and tbRlV's brackets
 * among upright characters) is vertical writing, its box where its glyphs stand; characters set one under
 * another in a column are joined into one such item (`stacked`).
 */
export function textItems(raw: readonly RawTextItem[]): TextItem[] {
  const out: TextItem[] = [];
  // The figure being joined from runs in several fonts (figureRun), and the positions it owns: it grows in
  // place, neither its text tested nor its positions copied again at each run (quadratic: 20,000 runs took 13 s).
  let joined: TextItem | undefined;
  let ownXs: number[] | undefined;
  for (const r of raw) {
    const text = unifyRadicals(r.str);
    if (text.trim() === '' || slanted(r.transform)) continue;
    const [a = 1, b = 0, , d = 1, e = 0, f = 0] = r.transform;
    const size = Math.hypot(a, b) || Math.abs(d) || 1;
    if (a === 0 && b !== 0) {
      // (Turned a quarter: its advance runs down the page (b < 0, tops facing right) or up (b > 0), its
      // glyphs' tops to the right or to the left of the origin.)
      const length = r.width || size * text.length;
      out.push(b < 0
        ? { text, x0: e - size * 0.15, x1: e + size * 0.85, y0: f - length, y1: f, size, font: r.fontName, vertical: true }
        : { text, x0: e - size * 0.85, x1: e + size * 0.15, y0: f, y1: f + length, size, font: r.fontName, vertical: true, up: true });
      continue;
    }
    const item: TextItem = { text, x0: e, x1: e + (r.width || size * text.length), y0: f - size * 0.15, y1: f + size * 0.85, size, font: r.fontName, vertical: false };
    if (r.xs && r.xs.length === text.length) item.xs = r.xs;
    if (r.faint) item.faint = true;
    // A figure's characters drawn one after the other in two fonts (LibreOffice splits a font it embeds into
    // subsets of 255 glyphs, so "1" may come from one and "4" from the next: a run breaks at each change, as
    // pdfjs's does): one item, the figure, as a figure in one font is.
    const last = out[out.length - 1];
    if (last && figureRun(last, item, last === joined)) {
      const at = item.x0 - last.x0;
      if (last.xs && item.xs) {
        if (last !== joined || ownXs !== last.xs) ownXs = [...last.xs];
        for (const x of item.xs) ownXs.push(x + at);
      }
      joined = out[out.length - 1] = { ...last, text: last.text + text, x1: item.x1, ...(last.xs && item.xs ? { xs: ownXs! } : {}) };
      continue;
    }
    out.push(item);
  }
  return stacked(out);
}

/** A glyph this far or less under the one above it in a column of vertical writing (fraction of its size). */
const STACK_GAP = 0.12;
/** Chains of characters still open at one point of the page, at most (stacked). */
const OPEN_MAX = 16;
/** At least this many characters a column: fewer stacked are no vertical writing. */
const STACK_MIN = 3;
/** A character that may stand in a column of vertical writing: Han, CJK punctuation and brackets, fullwidth forms. */
const STACKABLE = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u;
/**
 * Characters this many points or bigger are no report's vertical writing (two inches: a watermark's, or a
 * damaged file's size): the places looked at for the character above one grow with its size (a mangled
 * PDF setting its text at millions of points took 11 s).
 */
const STACK_SIZE_MAX = 144;

/**
 * Characters set one under another with no line spacing between them — each directly under the one above,
 * centred alike, in one size — are a column of vertical writing: LibreOffice draws a Word cell's tbRlV text
 * (三、本年度办理结果 down its merged cell) a character at a time, upright, its brackets turned. Joined into one
 * vertical item, top to bottom, as a vertical font's glyphs are (VerticalText); STACK_MIN characters at least.
 * Lines of horizontal text stand apart by their line spacing, more than STACK_GAP, so a label wrapped a
 * character a line in a narrow cell stays lines.
 */
function stacked(items: TextItem[]): TextItem[] {
  const glyph = (i: TextItem): boolean => i.size < STACK_SIZE_MAX && ((i.vertical && !i.up) || (STACKABLE.test(i.text.trim()) && i.x1 - i.x0 <= i.size * 1.3));
  // (An upright character's middle half its size from its left: a space drawn after it ("三 ") widens its box.)
  const middle = (i: TextItem): number => (i.vertical ? (i.x0 + i.x1) / 2 : i.x0 + i.size / 2);
  const candidates = items.filter(glyph).sort((p, q) => q.y1 - p.y1);
  const chains: TextItem[][] = [];
  const chainOf = new Map<TextItem, TextItem[]>();
  // (The chains whose last character may still have one under it, by the point their middle is at: top down,
  // a chain whose last character stands further above than STACK_GAP is done. Every page in one pass, however
  // many characters.)
  const open = new Map<number, TextItem[][]>();
  for (const it of candidates) {
    const mid = middle(it);
    const reach = it.size * 0.25;
    let chain: TextItem[] | undefined;
    for (let k = Math.floor(mid - reach); k <= Math.ceil(mid + reach) && !chain; k++) {
      const list = open.get(k);
      if (!list) continue;
      // (Within a character's height: the upright glyph's box is its em from 0.15 under the baseline, the
      // turned bracket's its advance, so they meet to a tenth of a point.)
      const live = list.filter((c) => c[c.length - 1]!.y0 - it.y1 <= c[c.length - 1]!.size * STACK_GAP);
      if (live.length !== list.length) open.set(k, live);
      chain = live.find((c) => {
        const last = c[c.length - 1]!;
        const gap = last.y0 - it.y1;
        return Math.abs(last.size - it.size) <= 0.1 && Math.abs(middle(last) - mid) <= reach && gap <= it.size * STACK_GAP && gap >= -it.size * 0.3;
      });
    }
    if (chain) {
      const from = Math.round(middle(chain[chain.length - 1]!));
      open.set(from, (open.get(from) ?? []).filter((c) => c !== chain));
      chain.push(it);
    } else {
      chain = [it];
      chains.push(chain);
    }
    const at = Math.round(mid);
    const here = open.get(at);
    if (here) {
      here.push(chain);
      // (A few at a point, the latest: characters drawn over one another by the thousand go on none.)
      if (here.length > OPEN_MAX) here.splice(0, here.length - OPEN_MAX);
    } else open.set(at, [chain]);
    chainOf.set(it, chain);
  }
  const boxOf = (c: TextItem[]): TextItem => ({ text: c.map((i) => i.text.trim()).join(''), x0: minOf(c, (i) => i.x0), x1: maxOf(c, (i) => (i.vertical ? i.x1 : i.x0 + i.size)), y0: minOf(c, (i) => i.y0), y1: maxOf(c, (i) => i.y1), size: c[0]!.size, font: c[0]!.font, vertical: true });
  const boxes = new Map(chains.map((c) => [c, boxOf(c)]));
  // (The chains by the point their right end is at, for the column left of another.)
  const byRight = new Map<number, TextItem[][]>();
  for (const c of chains) {
    if (c.some((i) => i.up)) continue;
    const k = Math.floor(boxes.get(c)!.x1);
    const list = byRight.get(k);
    if (list) list.push(c);
    else byRight.set(k, [c]);
  }
  // (Each point's chains top down: those whose top is between `hi` and `lo`, found by halving.)
  for (const list of byRight.values()) list.sort((a, b) => boxes.get(b)!.y1 - boxes.get(a)!.y1);
  const within = (list: TextItem[][], hi: number, lo: number): TextItem[][] => {
    let a = 0;
    let b = list.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (boxes.get(list[m]!)!.y1 > hi) a = m + 1;
      else b = m;
    }
    let e = a;
    while (e < list.length && boxes.get(list[e]!)!.y1 >= lo) e++;
    return list.slice(a, e);
  };
  // Columns of two characters or more; a cell's vertical writing goes on in the next column to the left
  // (right to left, as tbRlV wraps): a column set alike in the cell — its top, middle or bottom where the
  // first's is — within a character of it ("三、本年度办理" | "结果", centred, 28 points apart in a 公文;
  // "（四" | "）无" | "法提", a label in a cell one row tall). STACK_MIN characters in all.
  const joined = new Map<TextItem[], TextItem>();
  const used = new Set<TextItem[]>();
  for (const first of chains.filter((c) => c.length >= 2).sort((a, b) => boxes.get(b)!.x0 - boxes.get(a)!.x0)) {
    if (used.has(first)) continue;
    const item = { ...boxes.get(first)! };
    const columns = [first];
    for (;;) {
      const near = item.size * 0.5;
      let next: TextItem[] | undefined;
      for (let k = Math.floor(item.x0 - item.size); k <= Math.floor(item.x0 + 0.1 * item.size) && !next; k++) {
        const list = byRight.get(k);
        next = list && within(list, item.y1 + near, item.y0 - near).find((c) => {
          if (used.has(c) || columns.includes(c)) return false;
          const b = boxes.get(c)!;
          const along = Math.abs(b.y1 - item.y1) <= near || Math.abs(b.y0 + b.y1 - item.y0 - item.y1) <= 2 * near || Math.abs(b.y0 - item.y0) <= near;
          return Math.abs(b.size - item.size) <= 0.1 && b.x1 <= item.x0 + 0.1 * item.size && item.x0 - b.x1 <= item.size && b.y1 <= item.y1 + near && b.y0 >= item.y0 - near && along;
        });
      }
      if (!next) break;
      const b = boxes.get(next)!;
      Object.assign(item, { text: item.text + b.text, x0: Math.min(item.x0, b.x0), y0: Math.min(item.y0, b.y0), y1: Math.max(item.y1, b.y1) });
      columns.push(next);
    }
    if ([...item.text].length < STACK_MIN) continue;
    for (const c of columns) {
      used.add(c);
      for (const i of c) chainOf.set(i, first);
    }
    joined.set(first, item);
  }
  if (joined.size === 0) return items;
  const out: TextItem[] = [];
  for (const i of items) {
    const c = chainOf.get(i);
    const j = c && joined.get(c);
    if (!j) out.push(i);
    else if (c[0] === i) out.push(j);
  }
  return out;
}

/**
 * Characters of a figure, and the size and baseline of one, the second where the first ends (within pdfjs's
 * NOT_A_SPACE). `aFigure`: the first is known to be a figure's characters (it was joined so).
 */
function figureRun(a: TextItem, b: TextItem, aFigure = false): boolean {
  return (
    (aFigure || FIGURE_TEXT.test(a.text)) &&
    FIGURE_TEXT.test(b.text) &&
    Math.abs(a.size - b.size) < 0.01 &&
    Math.abs(a.y0 - b.y0) < 0.01 * a.size &&
    Math.abs(b.x0 - a.x1) <= a.size * NOT_A_SPACE &&
    a.faint === b.faint &&
    (a.xs === undefined) === (b.xs === undefined)
  );
}

/** A figure's characters: digits, a decimal point, thousands commas. */
const FIGURE_TEXT = /^[\d.,]+$/;

/** A fill colour this light (its luminance, 0–1) or lighter is faint on paper: #C0C0C0, a washed-out grey. */
const LIGHT = 0.75;
/** A fill opacity this low (the graphics state's `ca`) or lower is faint. */
const FAINT_ALPHA = 0.5;
/** Faint text this many times the page's usual size is a watermark even where it overlaps nothing. */
const WATERMARK_SIZE = 1.5;

/** The fill colour pdfjs gives (setFillRGBColor: "#rrggbb") is light (LIGHT). */
function lightColour(args: unknown): boolean {
  const hex = (args as unknown[] | undefined)?.[0];
  const m = typeof hex === 'string' ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex) : null;
  if (!m) return false;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((x) => parseInt(x, 16) / 255) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b >= LIGHT;
}

/** The fill opacity (`ca`) a graphics state sets, if it sets one. */
function gStateAlpha(args: unknown): number | undefined {
  const entries = (args as unknown[] | undefined)?.[0];
  if (!Array.isArray(entries)) return undefined;
  for (const e of entries) if (Array.isArray(e) && e[0] === 'ca' && typeof e[1] === 'number') return e[1];
  return undefined;
}

/** Two boxes share some area (more than a sliver: half a point each way). */
const overlap = (p: TextItem, q: TextItem): boolean => Math.min(p.x1, q.x1) - Math.max(p.x0, q.x0) > 0.5 && Math.min(p.y1, q.y1) - Math.max(p.y0, q.y0) > 0.5;

/**
 * Faint text written this many times on one page, in more than one row and more than one column of places,
 * is a tiled watermark — when it says something on its own (TILED_CHARS characters or more). White words on
 * a dark table header repeat too, and are the report's: wrapped into short pieces ("结", "结果" in table 四's
 * three groups of columns), or in one column (table 二's four "信息内容") or one row.
 */
const TILED = 4;
const TILED_CHARS = 4;

/**
 * A page's text without its watermark: faint text (a light colour, or half transparent — how watermarks are
 * drawn, over or under the page) that lies over or under the page's other text, is far larger than it
 * (WATERMARK_SIZE times the median size), or is written TILED times or more on the page (a tiled watermark,
 * whose copies also fall in the gaps of the text and in empty table cells; TILED_CHARS), is the watermark's, not the
 * report's: left out. Faint text that is none of these (white words on a dark table header, a light grey
 * note) is kept.
 */
export function withoutWatermarks(items: TextItem[]): TextItem[] {
  if (!items.some((i) => i.faint)) return items;
  const plain = items.filter((i) => !i.faint);
  const sizes = plain.map((i) => i.size).sort((a, b) => a - b);
  const usual = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const key = (i: TextItem): string => i.text.replace(/\s+/g, '');
  const copies = new Map<string, TextItem[]>();
  for (const i of items) {
    if (!i.faint) continue;
    const list = copies.get(key(i));
    if (list) list.push(i);
    else copies.set(key(i), [i]);
  }
  const places = (list: TextItem[], at: (i: TextItem) => number): number => new Set(list.map((i) => Math.round(at(i) / 5))).size;
  const tiledText = new Set(
    [...copies].filter(([text, list]) => [...text].length >= TILED_CHARS && list.length >= TILED && places(list, (i) => i.x0) > 1 && places(list, (i) => i.y0) > 1).map(([text]) => text),
  );
  const tiled = (i: TextItem): boolean => tiledText.has(key(i));
  const watermark = (i: TextItem): boolean => (usual > 0 && i.size >= usual * WATERMARK_SIZE) || tiled(i) || plain.some((p) => overlap(p, i));
  return items.filter((i) => !i.faint || !watermark(i));
}
