/**
 * Opening a PDF with pdfjs-dist (Mozilla PDF.js) and taking each page's text items and rulings from its
 * drawing operators (pdf-page.ts), within limits, with the failures a user can act on: a password, a damaged file, a
 * file that is not a PDF. pdfjs is loaded here, on the first PDF read (pdf-load.ts: the platform's
 * builtins left as they were), so only reading a .pdf loads it.
 *
 * pdfjs's own worker code runs in this thread (its module sets `globalThis.pdfjsWorker`); its CMaps and
 * standard font data come from the installed package on disk, found with `import.meta.resolve` where the
 * platform has it (Node) — never from the network. Where it has not (the offline page), the caller gives
 * the CMaps (`CMapProvider`: the page carries the Chinese ones) and pdfjs asks for them through its
 * `BinaryDataFactory` option; a CMap asked for and not given is named in the result (`missingCMaps`), as
 * the text in that font is lost.
 */
import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ReadError } from '../errors.js';
import { because } from './reason.js';
import type { CMapProvider } from './reader.js';
import { loadPdfjs, pdfWorker } from './pdf-load.js';
import { turnedSpace, gStateFont, readOperators, textItems, textTurn, withoutWatermarks, type FontFacts, type FontGlyphs, type Ops, type PageContent } from './pdf-page.js';

/** Pages read at most: an annual report has a handful, a long one some 30. */
const MAX_PAGES = 500;
/** Drawing operators read per page at most (a report's page has a few thousand). */
const MAX_PAGE_OPERATORS = 500_000;
/** Lines drawn on one page at most (a report's busiest table page draws a few hundred). */
const MAX_PAGE_RULINGS = 10_000;
/** Text items of the whole document at most (a report has a few thousand). */
const MAX_TEXT_ITEMS = 200_000;

const n = (v: number): string => v.toLocaleString('en-US');

function refuse(en: string, zh: string): ReadError {
  return new ReadError('read-error', 'unreadable', because(en, zh), undefined, 'resave');
}

/**
 * The local folder of a data directory of pdfjs-dist, as pdfjs's Node file reader wants it (a path ending
 * in '/'); nothing where the package is not on disk (a bundle served over the network): pdfjs is never
 * given a URL to fetch.
 */
function packageData(folder: string): string | undefined {
  const meta = import.meta as { resolve?: (specifier: string) => string };
  if (typeof meta.resolve !== 'function') return undefined;
  try {
    const url = new URL(`${folder}/`, meta.resolve('pdfjs-dist/package.json'));
    if (url.protocol !== 'file:') return undefined;
    // A file URL as a path: "/C:/x" on Windows is "C:/x".
    const path = decodeURIComponent(url.pathname);
    return /^\/[A-Za-z]:/.test(path) ? path.slice(1) : path;
  } catch {
    return undefined;
  }
}

/**
 * Where pdfjs reads its CMaps (the predefined ones: UniGB-UCS2-H …, for Chinese in fonts that are not
 * embedded) and standard font data: local folders of the installed package, read from disk — never a URL.
 */
export function pdfjsData(): { cMapUrl?: string; standardFontDataUrl?: string } {
  const cMapUrl = packageData('cmaps');
  const standardFontDataUrl = packageData('standard_fonts');
  return { ...(cMapUrl ? { cMapUrl } : {}), ...(standardFontDataUrl ? { standardFontDataUrl } : {}) };
}


/**
 * pdfjs's `BinaryDataFactory` (getDocument option; pdfjs constructs it, then asks `fetch` for each CMap
 * a font needs) over a provider: no file, no network. The names asked for and not given go into
 * `missing`. Standard font data is not given (pdfjs then uses its built-in metrics: the text is the same).
 */
function providedData(provider: CMapProvider, missing: Set<string>): new (options: unknown) => { fetch(request: { kind: string; filename: string }): Promise<Uint8Array> } {
  return class {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      if (kind === 'cMapUrl') {
        const name = filename.replace(/\.bcmap$/, '');
        const data = await provider(name);
        if (data) return data.slice();
        missing.add(name);
      }
      throw new Error(`no ${kind} data for ${filename}`);
    }
  };
}

/**
 * Fonts, where the platform has no Font Loading API (Node): pdfjs gives each embedded font to the page
 * (`disableFontFace: false`) as an @font-face rule for `ownerDocument`, and this stand-in document — an
 * option of this one call, no global — takes the rule and keeps nothing. Without it (`disableFontFace:
 * true`, pdfjs's Node default) pdfjs compiles the outline of every glyph drawn and sends it over for a
 * canvas that is never drawn: about a fifth of reading a report (the text items and drawing operators
 * are the same either way). pdfjs takes a rule without waiting for the font to load only in Node (and
 * Firefox); where the platform has FontFace (a browser, the offline page), pdfjs would call it and load
 * the fonts for real, so there the outlines stay (`disableFontFace: true`).
 */
const noFontLoading = !('FontFace' in globalThis);
const FONTLESS_DOCUMENT = {
  createElement: () => ({ sheet: { insertRule: () => undefined, cssRules: [] }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
} as unknown as Extract<Parameters<typeof Pdfjs.getDocument>[0], { ownerDocument?: unknown }>['ownerDocument'];

/**
 * The font options the reader opens every document with. scripts/bench.mjs times pdfjs alone with the same,
 * from the built dist/ (so knip does not see the use).
 * @public
 */
export const FONT_OPTIONS = noFontLoading ? { disableFontFace: false, ownerDocument: FONTLESS_DOCUMENT } : { disableFontFace: true };

/** The bytes copied into a plain Uint8Array of their own. */
function plainCopy(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.byteLength);
  out.set(bytes);
  return out;
}

/** Whether pages `from` on draw no text at all (pdfjs's text content: no piece of text, shown or not). */
async function textless(doc: Pdfjs.PDFDocumentProxy, from: number): Promise<boolean> {
  for (let q = from; q <= doc.numPages; q++) {
    const page = await damaged(doc.getPage(q));
    const content = await damaged(page.getTextContent());
    page.cleanup();
    if (content.items.length > 0) return false;
  }
  return true;
}

/** Pages `from` on with their size only, the document marked `textless` (see PdfDocument). */
async function sizesOnly(doc: Pdfjs.PDFDocumentProxy, from: number, out: PdfDocument): Promise<void> {
  for (let q = from; q <= doc.numPages; q++) {
    const [x0, y0, x1, y1] = (await damaged(doc.getPage(q))).view;
    out.pages.push({ page: q, width: Math.abs(x1! - x0!), height: Math.abs(y1! - y0!), items: [], rulings: [], images: [] });
  }
  out.textless = true;
}

/** Bytes a page above which a PDF is asked first whether it draws any text (readPdf). */
const SCAN_BYTES_PER_PAGE = 100_000;

/** Opens the document; a password, a damaged file or one that is not a PDF is a plain ReadError. */
async function open(pdfjs: typeof Pdfjs, worker: Pdfjs.PDFWorker, bytes: Uint8Array, cMaps: CMapProvider | undefined, missing: Set<string>, withoutPictures = false): Promise<Pdfjs.PDFDocumentProxy> {
  const { cMapUrl, standardFontDataUrl } = pdfjsData();
  const task = pdfjs.getDocument({
    worker,
    // pdfjs takes the buffer over (transfers it): a copy, so the caller's bytes stay whole — a plain
    // Uint8Array even when the caller's is a Node Buffer (pdfjs refuses those; Buffer's slice is no copy).
    data: plainCopy(bytes),
    ...(cMaps
      ? { BinaryDataFactory: providedData(cMaps, missing), useWorkerFetch: false, cMapPacked: true }
      : { ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}), ...(standardFontDataUrl ? { standardFontDataUrl } : {}) }),
    isEvalSupported: false,
    // (Pictures left out of the drawing, not decoded: pdfjs drops every one larger than this many pixels.)
    ...(withoutPictures ? { maxImageSize: 0 } : {}),
    // A checking process's stand-in for ImageDecoder: JPEG pictures left undecoded (node/no-picture-decode.ts).
    ...((globalThis as { ImageDecoder?: { gongkaiStandIn?: boolean } }).ImageDecoder?.gongkaiStandIn === true ? { isImageDecoderSupported: true } : {}),
    useSystemFonts: false,
    ...FONT_OPTIONS,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const name = (e as { name?: string }).name ?? '';
    const message = e instanceof Error ? e.message : String(e);
    if (name === 'PasswordException') throw new ReadError('read-error', 'pdfEncrypted', {});
    if (name === 'InvalidPDFException') {
      throw new ReadError('read-error', 'unreadable', because('it is not a readable PDF: the file is damaged or incomplete', '不是可读取的 PDF 文件：文件已损坏或不完整', message), undefined, 'resave');
    }
    throw new ReadError('read-error', 'unreadable', because('the PDF cannot be read: the file is damaged or incomplete', 'PDF 文件无法读取：文件已损坏或不完整', message), undefined, 'resave');
  }
}

/** What pdfjs throws while reading a page of a damaged file, as the plain read error. */
async function damaged<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    throw new ReadError('read-error', 'unreadable', because('a page of the PDF cannot be read: the file is damaged', 'PDF 有页面无法读取：文件已损坏', message), undefined, 'resave');
  }
}

export interface PdfDocument {
  pages: PageContent[];
  /** The document's own title and author (Info dictionary), when it has them. */
  title?: string;
  /** Glyphs the pages draw (text-showing operators, not those shown invisibly), whether or not their characters can be read. */
  glyphs: number;
  /** Glyphs shown in an invisible rendering mode (not in `glyphs`, not read): a scan's text recognition. */
  invisible: number;
  /** Pages whose text is such a layer (OCR_PAGE glyphs or more, nine in ten or more of the page's). */
  ocrPages: number[];
  /** Per font (the name the items' `font` gives): its glyphs, those that give no character, and its pages. */
  fonts: Map<string, FontGlyphs & { pages: number[] }>;
  /** Predefined CMaps a font needed that the `CMapProvider` did not have: that font's text is lost. */
  missingCMaps: string[];
  /**
   * No page draws any text (a scan): read no further than its first page (see readPdf). The other pages are
   * in `pages` with their size only — no text, no lines, no pictures.
   */
  textless?: boolean;
  /**
   * Pictures read on this page and those before it only (none in `images` after it): the last page read
   * with them, the file's first page of text recognition (see readPdf) — the file is a read error.
   */
  picturesUntil?: number;
}

/** Invisible glyphs that make a page's text a scan's text recognition (a few words so are not a page of it). */
const OCR_PAGE = 50;

/** The glyphs a pdfjs `showText` operator draws, spaces left out (its numbers are spacing). */
function drawnGlyphs(args: unknown): number {
  const list = Array.isArray(args) ? (args[0] as unknown) : undefined;
  if (!Array.isArray(list)) return 0;
  let n = 0;
  for (const g of list) if (g !== null && typeof g === 'object' && (g as { isSpace?: boolean }).isSpace !== true) n++;
  return n;
}

/**
 * The fonts a page's text operators name (pdfjs's font objects, which pdfjs hands over as it loads them):
 * what the text walk needs of each.
 */
export async function pageFonts(page: Pdfjs.PDFPageProxy, fnArray: ArrayLike<number>, argsArray: readonly unknown[], ops: Ops): Promise<Map<string, FontFacts>> {
  const out = new Map<string, FontFacts>();
  for (let i = 0; i < fnArray.length; i++) {
    const name = fnArray[i] === ops.setFont ? String((argsArray[i] as unknown[])[0]) : fnArray[i] === ops.setGState ? gStateFont(argsArray[i])?.[0] : undefined;
    if (name === undefined || out.has(name)) continue;
    const font = await new Promise<Partial<FontFacts> | undefined>((resolve) => {
      page.commonObjs.get(name, resolve);
    });
    out.set(name, { name: font?.name ?? name, vertical: font?.vertical === true, fontMatrix: font?.fontMatrix, isType3Font: font?.isType3Font, bbox: font?.bbox });
  }
  return out;
}

/**
 * Every page's text items and rulings, within MAX_PAGES, MAX_PAGE_OPERATORS and MAX_TEXT_ITEMS.
 * `cMaps`: where the CMaps come from when the package's folder is not on disk (the offline page).
 */
export async function readPdf(bytes: Uint8Array, cMaps?: CMapProvider): Promise<PdfDocument> {
  const pdfjs = await loadPdfjs();
  const ops = pdfjs.OPS as unknown as Ops;
  const missing = new Set<string>();
  const worker = await pdfWorker();
  let doc: Pdfjs.PDFDocumentProxy;
  try {
    doc = await open(pdfjs, worker, bytes, cMaps, missing);
  } catch (e) {
    worker.destroy();
    throw e;
  }
  try {
    if (doc.numPages > MAX_PAGES) {
      throw refuse(
        `the PDF has ${n(doc.numPages)} pages (at most ${n(MAX_PAGES)} are read), far more than an annual report — check the file`,
        `PDF 共有 ${n(doc.numPages)} 页（上限 ${n(MAX_PAGES)} 页），远超年度报告的篇幅；请检查文件`
      );
    }
    const out: PdfDocument = { pages: [], glyphs: 0, invisible: 0, ocrPages: [], fonts: new Map(), missingCMaps: [] };
    try {
      const meta = await doc.getMetadata();
      const title = (meta.info as { Title?: unknown } | undefined)?.Title;
      if (typeof title === 'string' && title.trim() !== '') out.title = title.trim();
    } catch {
      // No readable Info dictionary: the title block tells.
    }
    // (Pictures far outweighing text — over 100 KB a page: a scan, or large fonts — asked first, so that
    // even the first page's pictures are not decoded. A page of text answers at once.)
    if (bytes.length > SCAN_BYTES_PER_PAGE * doc.numPages && (await textless(doc, 1))) {
      await sizesOnly(doc, 1, out);
      out.missingCMaps = [...missing].sort();
      return out;
    }
    let textCount = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await damaged(doc.getPage(p));
      const list = await damaged(page.getOperatorList());
      if (list.fnArray.length > MAX_PAGE_OPERATORS) {
        throw refuse(
          `page ${p} of the PDF has more than ${n(MAX_PAGE_OPERATORS)} drawing operations, far more than a report's page — check the file`,
          `PDF 第 ${p} 页的绘图指令超过 ${n(MAX_PAGE_OPERATORS)} 条，远超报告页面的规模；请检查文件`
        );
      }
      // The text is read from the same operators (pdf-page.ts Runs: the runs getTextContent would give,
      // without parsing the page a second time); a vertical font's runs are left for VerticalText, as
      // pdfjs's own items of a vertical font may miss glyphs. A page whose text runs up, down or upside
      // down is read again turned so that it reads left to right (`textTurn`).
      const pageFontFacts = await pageFonts(page, list.fnArray, list.argsArray, ops);
      const readAs = (turn: number): ReturnType<typeof readOperators> & { space: ReturnType<typeof turnedSpace> } => {
        const space = turnedSpace(page.view, turn);
        const read = readOperators(list.fnArray, list.argsArray, ops, { fonts: pageFontFacts, view: [0, 0, space.width, space.height], normalize: pdfjs.normalizeUnicode }, space.matrix);
        return { ...read, space };
      };
      let read = readAs(0);
      const turn = textTurn(read.runs);
      if (turn !== 0) read = readAs(turn);
      const { rulings, images, vertical: columns, runs, fonts, invisible, space } = read;
      const raw = runs.filter((r) => !r.vertical);
      for (const [name, f] of fonts) {
        if (f.glyphs === 0) continue;
        const all = out.fonts.get(name) ?? { glyphs: 0, unmapped: 0, pages: [] };
        out.fonts.set(name, { glyphs: all.glyphs + f.glyphs, unmapped: all.unmapped + f.unmapped, pages: [...all.pages, p] });
      }
      let shown = 0;
      list.fnArray.forEach((fn, i) => {
        if (fn === ops.showText) shown += drawnGlyphs(list.argsArray[i]);
      });
      out.glyphs += shown - invisible;
      out.invisible += invisible;
      if (invisible >= OCR_PAGE && invisible * 10 >= shown * 9) out.ocrPages.push(p);
      textCount += runs.length + columns.length;
      if (textCount > MAX_TEXT_ITEMS) {
        throw refuse(
          `the PDF has more than ${n(MAX_TEXT_ITEMS)} pieces of text, far more than an annual report — check the file`,
          `PDF 的文字片段超过 ${n(MAX_TEXT_ITEMS)} 个，远超年度报告的规模；请检查文件`
        );
      }
      if (rulings.length > MAX_PAGE_RULINGS) {
        throw refuse(
          `page ${p} of the PDF draws more than ${n(MAX_PAGE_RULINGS)} lines, far more than a report's tables — check the file`,
          `PDF 第 ${p} 页画有超过 ${n(MAX_PAGE_RULINGS)} 条线，远超报告表格的规模；请检查文件`,
        );
      }
      // Page space: the page turned the way its text reads, the origin at the bottom-left corner of its box.
      out.pages.push({
        page: p,
        width: space.width,
        height: space.height,
        items: withoutWatermarks([...textItems(raw), ...columns]),
        rulings,
        images,
      });
      page.cleanup();
      // The first page whose text is a scan's text recognition: the file is one read error whatever else
      // it holds (pdf.ts), so the pages after it are read without their pictures — opened again with
      // pdfjs leaving every picture out of their drawing. (pdfjs decodes the pictures it draws, in
      // JavaScript, grey JPEG scans too: 0.85 s a page at 300 dpi, which would take a long scan past the
      // time limit instead of to its one clear error.) Their text is read as before: which pages are such
      // pages, and whether all of the file's text is, say which error.
      if (out.ocrPages.length === 1 && out.ocrPages[0] === p && out.picturesUntil === undefined && p < doc.numPages) {
        out.picturesUntil = p;
        await doc.destroy().catch(() => undefined);
        doc = await open(pdfjs, worker, bytes, cMaps, missing, true);
      }
      // A first page that draws no text at all: a scan, if no other page draws any either. Reading the
      // operators decodes every picture (0.85 s a page of a 300 dpi scan, in JavaScript: a scan of 70 pages
      // would run out of time); pdfjs's text content leaves pictures alone.
      if (p === 1 && shown + invisible === 0 && columns.length === 0 && (await textless(doc, 2))) {
        await sizesOnly(doc, 2, out);
        break;
      }
    }
    out.missingCMaps = [...missing].sort();
    return out;
  } finally {
    await doc.destroy().catch(() => undefined);
    worker.destroy();
  }
}
