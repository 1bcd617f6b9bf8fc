/**
 * pdfjs-dist, when it loads in Node, requires @napi-rs/canvas (an optional dependency, a native module) to
 * give the platform what drawing a page needs — DOMMatrix, ImageData, Path2D — and the reader takes those away
 * again (readers/pdf-load.ts: it draws nothing). Loading the native module is about a tenth of checking one
 * PDF in a fresh checking process (~90 ms of ~0.7 s: its binding looks for the platform's C library, then
 * dlopen). A checking process puts a stand-in in its place in Node's module cache before pdfjs loads: three
 * empty classes under those names, which pdfjs makes globals (its drawing code builds one DOMMatrix when it
 * loads) and pdf-load.ts removes with the rest; reading never calls them.
 *
 * Called only in gongkai's own checking processes, never by the Node API in the caller's process (whose
 * pdfjs may draw). Never throws: without pdfjs-dist or the canvas package there is nothing to do.
 */
import { createRequire } from 'node:module';

export function pdfjsWithoutCanvas(): void {
  try {
    const here = createRequire(import.meta.url);
    const fromPdfjs = createRequire(here.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
    const path = fromPdfjs.resolve('@napi-rs/canvas');
    if (here.cache[path]) return;
    const Module = here('node:module') as new (id: string) => NodeJS.Module;
    const empty = new Module(path);
    empty.filename = path;
    empty.loaded = true;
    empty.exports = { DOMMatrix: class DOMMatrix {}, ImageData: class ImageData {}, Path2D: class Path2D {} };
    here.cache[path] = empty;
  } catch {
    // pdfjs-dist or @napi-rs/canvas not installed: pdfjs does without, as it would anyway.
  }
}
