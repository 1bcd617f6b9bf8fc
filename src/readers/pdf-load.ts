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

type Listener = (event: { data: unknown }) => void;

/**
 * The channel between pdfjs's API and its worker code, both in this thread (a `port` of pdfjs's PDFWorker).
 * pdfjs's own in-thread channel (LoopbackPort) copies every message with structuredClone, as if it went to
 * a real worker — for an operator list that is every argument of every drawing operator, the glyphs of
 * every piece of text one by one: about 8 % of reading the bench's 70 PDFs (4.3 → 4.0 s, the same reports).
 * Here a message is handed over as it is, after a turn of the microtask queue as pdfjs's own does. What
 * pdfjs changes after sending is a stream chunk's arrays (an operator-list chunk's fnArray and argsArray
 * are emptied as soon as they are sent): those arrays are copied, their entries handed over.
 * tests/readers-pdf-port.test.ts sets both channels' operator lists and reports side by side.
 */
export class DirectPort {
  #listeners = new Set<Listener>();
  #deferred = Promise.resolve();
  postMessage(message: unknown): void {
    const data = handedOver(message);
    void this.#deferred.then(() => {
      for (const listener of this.#listeners) listener.call(this, { data });
    });
  }
  addEventListener(name: string, listener: Listener): void {
    if (name === 'message') this.#listeners.add(listener);
  }
  removeEventListener(name: string, listener: Listener): void {
    if (name === 'message') this.#listeners.delete(listener);
  }
  terminate(): void {
    this.#listeners.clear();
  }
}

/** A message as the receiver gets it: a stream chunk's arrays copied (see DirectPort), the rest as sent. */
function handedOver(message: unknown): unknown {
  if (message === null || typeof message !== 'object' || !('chunk' in message)) return message;
  const chunk = (message as { chunk: unknown }).chunk;
  if (chunk === null || typeof chunk !== 'object' || Array.isArray(chunk)) return message;
  const copy: Record<string, unknown> = { ...(chunk as Record<string, unknown>) };
  for (const [k, v] of Object.entries(copy)) if (Array.isArray(v)) copy[k] = v.slice();
  return { ...message, chunk: copy };
}

interface Loaded {
  lib: typeof Pdfjs;
  worker: { WorkerMessageHandler: { initializeFromPort: (port: DirectPort) => void } };
}

let loading: Promise<Loaded> | undefined;

/**
 * Node's `Response` (its fetch, undici) is loaded the first time the global is read. pdfjs's legacy build
 * reads it when it loads, only to add `Response.prototype.bytes` where the platform lacks it — which reading
 * never calls (pdfjs uses it for fetching over the network and for saving). That one read cost a checking
 * process about 40 ms of its start (undici with http2, tls and net: ~60 of the ~300 ms pdfjs takes to load).
 * So while pdfjs loads, a global `Response` that is still such an accessor is a stand-in that has `bytes`,
 * and the accessor is put back after: fetch is loaded when something else asks for it, as before. Where
 * `Response` is a plain value (a browser, or Node once something used it) nothing changes.
 */
function responseLeftUnloaded(): { restore: () => void } {
  const g = globalThis as Record<string, unknown>;
  const d = Reflect.getOwnPropertyDescriptor(g, 'Response');
  if (d?.get === undefined || d.configurable !== true) return { restore: () => undefined };
  const standIn = function Response(): void {};
  standIn.prototype.bytes = function bytes(): never {
    throw new TypeError('Response is not available while pdfjs loads');
  };
  Reflect.defineProperty(g, 'Response', { value: standIn, writable: true, enumerable: d.enumerable === true, configurable: true });
  return { restore: () => void Reflect.defineProperty(g, 'Response', d) };
}

function load(): Promise<Loaded> {
  loading ??= (async () => {
    const kept = keep();
    const response = responseLeftUnloaded();
    try {
      const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const worker = (await import('pdfjs-dist/legacy/build/pdf.worker.mjs')) as unknown as Loaded['worker'];
      return { lib, worker };
    } finally {
      response.restore();
      kept.restore();
    }
  })();
  return loading;
}

/**
 * pdfjs-dist's API with its worker code in this thread (the worker module sets `globalThis.pdfjsWorker`),
 * loaded once, the platform's builtins as they were before.
 */
export async function loadPdfjs(): Promise<typeof Pdfjs> {
  return (await load()).lib;
}

/**
 * A worker for one document: pdfjs's worker code in this thread, on a DirectPort. Destroy it after the
 * document (`getDocument({ worker })` leaves it to the caller).
 */
export async function pdfWorker(): Promise<Pdfjs.PDFWorker> {
  const { lib, worker } = await load();
  const port = new DirectPort();
  worker.WorkerMessageHandler.initializeFromPort(port);
  // Errors only (as getDocument's `verbosity: 0`): the worker code has its own level, set from this one —
  // left at pdfjs's default it printed its warnings ("Warning: Indexing all PDF objects" for a cut file)
  // on the console of whoever reads the PDF in their process (`convert`, the Node API).
  return new lib.PDFWorker({ port: port as unknown as null, verbosity: lib.VerbosityLevel.ERRORS });
}
