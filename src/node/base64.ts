/**
 * pdfjs gives every embedded font of a page to the platform as an @font-face rule whose source is the font
 * file in base64 (readers/pdf-doc.ts FONT_OPTIONS: in Node a stand-in document takes the rule and keeps
 * nothing; that is what spares compiling every glyph's outline). It writes the base64 with
 * `Uint8Array.prototype.toBase64`, which Node 20 does not have: pdfjs-dist's legacy build then brings
 * core-js's, a JavaScript loop that builds the string four characters at a time. Reading the 42 PDFs of
 * `npm run bench` (e) in one process, that loop was a fifth of everything allocated (347 of 1,553 MB, in a
 * sampling heap profile) and about 0.1 s of CPU, besides the garbage collection it caused.
 *
 * A checking process installs the method before pdfjs loads, written on Node's own base64 (`Buffer`), as the
 * proposal defines it (https://tc39.es/proposal-arraybuffer-base64/): options `alphabet` ('base64',
 * 'base64url') and `omitPadding`; a TypeError for options that are not an object, an unknown alphabet, a
 * receiver that is not a Uint8Array, or a detached buffer where the platform can tell. core-js sees a
 * correct method and leaves it. Where the platform has its own (a newer Node), nothing is done.
 *
 * Called only in gongkai's own checking processes, never by the Node API in the caller's process.
 */
import { Buffer } from 'node:buffer';

interface Base64Options {
  alphabet?: unknown;
  omitPadding?: unknown;
}

/** The platform's own method (not one written in JavaScript, as core-js's or this module's). */
function platformHas(): boolean {
  const own = (Uint8Array.prototype as { toBase64?: unknown }).toBase64;
  return typeof own === 'function' && /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(own));
}

function toBase64(this: unknown, options?: unknown): string {
  if (!(this instanceof Uint8Array)) throw new TypeError('Uint8Array.prototype.toBase64 called on a value that is not a Uint8Array');
  if (options !== undefined && (options === null || (typeof options !== 'object' && typeof options !== 'function'))) {
    throw new TypeError('The options of Uint8Array.prototype.toBase64 must be an object');
  }
  const alphabet = (options as Base64Options | undefined)?.alphabet ?? 'base64';
  if (alphabet !== 'base64' && alphabet !== 'base64url') throw new TypeError('The alphabet of Uint8Array.prototype.toBase64 must be "base64" or "base64url"');
  const omitPadding = Boolean((options as Base64Options | undefined)?.omitPadding);
  if ((this.buffer as { detached?: boolean }).detached === true) throw new TypeError('Uint8Array.prototype.toBase64 called on a detached buffer');
  const bytes = Buffer.from(this.buffer, this.byteOffset, this.byteLength);
  if (alphabet === 'base64') {
    const s = bytes.toString('base64');
    return omitPadding ? s.replace(/=+$/, '') : s;
  }
  // Node's base64url never pads.
  const s = bytes.toString('base64url');
  return omitPadding || s.length % 4 === 0 ? s : s + '='.repeat(4 - (s.length % 4));
}

/** Installs the method (see above). Never throws. */
export function nativeBase64(): void {
  try {
    if (platformHas()) return;
    Object.defineProperty(Uint8Array.prototype, 'toBase64', { value: toBase64, writable: true, configurable: true, enumerable: false });
  } catch {
    // A frozen prototype: pdfjs brings its own, as it would anyway.
  }
}
