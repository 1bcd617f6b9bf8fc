/**
 * Loading pdfjs-dist without changing the platform for the rest of the process.
 *
 * The legacy build of pdfjs-dist bundles core-js polyfills that run when it loads, and some replace what
 * Node already has: Array.prototype.push (a JS version, about half as fast), JSON.stringify (about
 * twenty times slower on a large result), JSON.parse and Function.prototype.toString; its Node set-up
 * adds the globals `self`, `navigator` (what libraries test to tell a browser), `DOMMatrix`, `ImageData`
 * and `Path2D` (from @napi-rs/canvas, for drawing pages), `pdfjsLib` and `_pdfjsTestingUtils`. A checking
 * process reads other files after a PDF, and writes its results as JSON.
 *
 * So: what the platform had before is put back as it was (a replaced builtin is restored); what pdfjs
 * added and uses for reading is kept (methods Node 20 lacks: Promise.withResolvers,
 * Map.prototype.getOrInsertComputed, Uint8Array.prototype.toHex, Iterator helpers …, and
 * `globalThis.pdfjsWorker`, its in-thread worker); the globals it added only for drawing pages and for
 * browsers are removed — the reader draws nothing (tests/readers-pdf-globals.test.ts).
 */
import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

type Descriptors = Map<PropertyKey, PropertyDescriptor>;

/** The builtins whose own properties are kept as the platform has them. */
function builtins(): object[] {
  const typedArray = Object.getPrototypeOf(Uint8Array) as object;
  const list: (object | undefined)[] = [
    Object,
    Object.prototype,
    Function.prototype,
    Array,
    Array.prototype,
    String,
    String.prototype,
    Number,
    Number.prototype,
    Math,
    JSON,
    Promise,
    Promise.prototype,
    Map,
    Map.prototype,
    Set,
    Set.prototype,
    WeakMap.prototype,
    WeakSet.prototype,
    ArrayBuffer,
    ArrayBuffer.prototype,
    DataView.prototype,
    typedArray,
    (typedArray as { prototype?: object }).prototype,
    Uint8Array,
    Uint8Array.prototype,
    RegExp.prototype,
    Symbol,
    Error,
    (globalThis as { Iterator?: { prototype: object } }).Iterator?.prototype,
    Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object,
  ];
  return [...new Set(list.filter((o): o is object => o !== undefined))];
}

/** Globals pdfjs adds that reading does not use: removed when the platform had none. */
const ADDED_GLOBALS = ['self', 'navigator', 'DOMMatrix', 'ImageData', 'Path2D', 'pdfjsLib', '_pdfjsTestingUtils'] as const;

function descriptors(o: object): Descriptors {
  const out: Descriptors = new Map();
  for (const k of Reflect.ownKeys(o)) {
    const d = Reflect.getOwnPropertyDescriptor(o, k);
    if (d) out.set(k, d);
  }
  return out;
}

const same = (a: PropertyDescriptor, b: PropertyDescriptor | undefined): boolean =>
  b !== undefined && Object.is(a.value, b.value) && a.get === b.get && a.set === b.set && a.writable === b.writable && a.enumerable === b.enumerable && a.configurable === b.configurable;

/** Takes the builtins as they are now; `restore()` puts back every property changed since and removes the unused globals added. */
function keep(): { restore: () => void } {
  const objects = builtins();
  const before = objects.map((o) => [o, descriptors(o)] as const);
  const g = globalThis as Record<string, unknown>;
  const absent = ADDED_GLOBALS.filter((k) => !Reflect.getOwnPropertyDescriptor(g, k));
  return {
    restore: () => {
      for (const [o, ds] of before) {
        for (const [k, d] of ds) {
          if (!same(d, Reflect.getOwnPropertyDescriptor(o, k))) Reflect.defineProperty(o, k, d);
        }
      }
      for (const k of absent) Reflect.deleteProperty(g, k);
    },
  };
}

let loading: Promise<typeof Pdfjs> | undefined;

/**
 * pdfjs-dist's API with its worker code in this thread (the worker module sets `globalThis.pdfjsWorker`),
 * loaded once, the platform's builtins as they were before.
 */
export function loadPdfjs(): Promise<typeof Pdfjs> {
  loading ??= (async () => {
    const kept = keep();
    try {
      const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return lib;
    } finally {
      kept.restore();
    }
  })();
  return loading;
}
