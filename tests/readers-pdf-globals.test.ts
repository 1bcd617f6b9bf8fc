/**
 * Reading a PDF leaves the platform as it was (src/readers/pdf-load.ts). pdfjs-dist's legacy build runs
 * core-js polyfills when it loads: Array.prototype.push, JSON.stringify, JSON.parse and
 * Function.prototype.toString replaced by slower JS versions, and `self`, `navigator`, `DOMMatrix` …
 * added to the globals. A checking process reads other files after a PDF and writes JSON: after the
 * first PDF every builtin property the platform had is the platform's own again, the globals pdfjs added
 * for drawing and for browsers are gone, and what it added and reads with (Promise.withResolvers …,
 * pdfjsWorker) stays — and PDFs still read right. This file loads pdfjs only through the reader.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../src/check/bytes.js';
import { diffAgainstTruth, loadTruth } from './support/corpus.js';
import { buildPdf, textAt } from './support/pdf.js';

const ROOT = resolve(import.meta.dirname, '..');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(ROOT, 'fixtures/readers/pdf', name, 'input.pdf')));

/** Every own property of the builtins a reader or a formatter may use, as it is now. */
function builtins(): Map<string, PropertyDescriptor> {
  const objects: Record<string, object> = {
    Object,
    'Object.prototype': Object.prototype,
    'Function.prototype': Function.prototype,
    Array,
    'Array.prototype': Array.prototype,
    'String.prototype': String.prototype,
    Number,
    Math,
    JSON,
    Promise,
    'Promise.prototype': Promise.prototype,
    'Map.prototype': Map.prototype,
    'Set.prototype': Set.prototype,
    'Uint8Array.prototype': Uint8Array.prototype,
    'ArrayBuffer.prototype': ArrayBuffer.prototype,
    'RegExp.prototype': RegExp.prototype,
  };
  const out = new Map<string, PropertyDescriptor>();
  for (const [name, o] of Object.entries(objects)) {
    for (const k of Reflect.ownKeys(o)) out.set(`${name}.${String(k)}`, Reflect.getOwnPropertyDescriptor(o, k)!);
  }
  return out;
}

const before = builtins();
const natives = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse, toString: Function.prototype.toString };
const GLOBALS = ['self', 'navigator', 'DOMMatrix', 'ImageData', 'Path2D', 'pdfjsLib', '_pdfjsTestingUtils'] as const;
const hadGlobal = Object.fromEntries(GLOBALS.map((k) => [k, Reflect.getOwnPropertyDescriptor(globalThis, k)]));
/** Node's `Response`, an accessor that loads fetch (undici) the first time it is read. */
const response = Reflect.getOwnPropertyDescriptor(globalThis, 'Response');

describe('reading a PDF leaves the platform as it was', () => {
  it('pdfjs is not loaded before the first PDF (else this file proves nothing)', () => {
    expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBeUndefined();
    expect(Reflect.ownKeys(globalThis).map(String)).not.toContain('__core-js_shared__');
    expect(typeof response?.get).toBe('function');
  });

  it('after reading a PDF: push, JSON and Function.prototype.toString are the natives; every builtin property as before; the drawing and browser globals gone', async () => {
    const report = await readBytes('r.pdf', fixture('chromium-pingtan-2019'));
    expect(report.reader).toBe('pdf');
    // pdfjs was loaded: its in-thread worker and core-js are there.
    expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBeDefined();
    expect(Reflect.ownKeys(globalThis).map(String)).toContain('__core-js_shared__');
    expect(Array.prototype.push).toBe(natives.push);
    expect(JSON.stringify).toBe(natives.stringify);
    expect(JSON.parse).toBe(natives.parse);
    expect(Function.prototype.toString).toBe(natives.toString);
    const after = builtins();
    const changed = [...before].filter(([k, d]) => {
      const a = after.get(k);
      return !a || !Object.is(a.value, d.value) || a.get !== d.get || a.set !== d.set || a.writable !== d.writable;
    });
    expect(changed.map(([k]) => k)).toEqual([]);
    for (const k of GLOBALS) expect(Reflect.getOwnPropertyDescriptor(globalThis, k), k).toEqual(hadGlobal[k]);
    // Loading pdfjs did not load Node's fetch (its polyfill of Response.prototype.bytes reads the global):
    // `Response` is the same accessor, which still gives Node's own Response when read.
    expect(Reflect.getOwnPropertyDescriptor(globalThis, 'Response')).toEqual(response);
    expect(new Response('年报').headers).toBeInstanceOf(Headers);
    expect(await new Response('年报').text()).toBe('年报');
  });

  it('what pdfjs added and reads with is kept, and PDFs go on reading right: every cell of a corpus PDF, Chinese through a CMap', async () => {
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function');
    const report = await readBytes('r.pdf', fixture('libreoffice-pingtan-2020'));
    expect(diffAgainstTruth(report, loadTruth('pingtan-2020'))).toEqual([]);
    const cmap = await readBytes('cmap.pdf', buildPdf([{ content: [textAt(72, 780, '某某县人民政府办公室', { size: 16 }), textAt(72, 756, '2023年政府信息公开工作年度报告', { size: 16 }), textAt(72, 720, '一、总体情况'), textAt(72, 700, '本年度，本机关主动公开政府信息。')].join('\n') }]));
    expect(cmap.sections.map((s) => [s.heading, s.text])).toEqual([['一、总体情况', '本年度，本机关主动公开政府信息。']]);
    expect(Array.prototype.push).toBe(natives.push);
  });
});
