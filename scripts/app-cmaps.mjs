/**
 * The CMaps the offline page carries (issue #18): Adobe's predefined CMaps of the Chinese character
 * collections — Adobe-GB1 (simplified: GB*, UniGB-*, Adobe-GB1-*) and Adobe-CNS1 (traditional: CNS*,
 * UniCNS-*, B5*, ETen*, HK*, Adobe-CNS1-*) — that pdfjs needs to read Chinese set in a font that is not
 * embedded (STSong-Light with UniGB-UCS2-H, as many older Word and WPS exports do). The Japanese and
 * Korean ones stay out (the page then says it cannot read that font).
 *
 * scripts/build-app.mjs puts them in the page's worker (packCMaps: the .bcmap files one after another,
 * deflated, base64, with their names and sizes); src/app/cmaps.ts gives them back to the PDF reader.
 * Tests read the same selection from pdfjs-dist's folder (appCMapNames).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';

/** pdfjs-dist's folder of packed CMaps. */
export const CMAP_DIR = join(resolve(import.meta.dirname, '..'), 'node_modules/pdfjs-dist/cmaps');

const CHINESE = /^(?:Adobe-(?:GB1|CNS1)-|Uni(?:GB|CNS)-|GB|CNS|B5|ETen|ETHK|HK)/;

/** The names (without .bcmap) of the CMaps the page carries, sorted. */
export function appCMapNames(dir = CMAP_DIR) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.bcmap'))
    .map((f) => f.slice(0, -'.bcmap'.length))
    .filter((n) => CHINESE.test(n))
    .sort();
}

/**
 * The page's CMaps as one value for the worker bundle: names, sizes, and every file one after another,
 * deflated (raw) and base64; `bytes` the files' total size, `packed` the base64 text's length.
 */
export function packCMaps(dir = CMAP_DIR) {
  const names = appCMapNames(dir);
  const files = names.map((n) => readFileSync(join(dir, `${n}.bcmap`)));
  const all = Buffer.concat(files);
  const deflated = deflateRawSync(all, { level: 9 }).toString('base64');
  return { names, sizes: files.map((f) => f.length), deflated, bytes: all.length, packed: deflated.length };
}
