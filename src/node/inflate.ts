/**
 * pdfjs inflates every compressed stream of a PDF — page contents, fonts, CMaps, pictures — through the
 * platform's `DecompressionStream` when there is one, else with its own synchronous inflate in JavaScript (the
 * path it takes in a browser without one; the same bytes). In Node, `DecompressionStream` is web streams over
 * zlib's thread pool: for the many small streams of a report, the stream machinery and the waits on the thread
 * pool cost far more than inflating. Taking it away (pdfjs's own inflate): reading the 70 text-layer PDFs of
 * `npm run bench` (e) in one process, 5.85 → 4.75 s (median of 3; 0.84 s of the 5.85 was the process waiting).
 * Giving pdfjs instead a `DecompressionStream` of the same shape that inflates at once with zlib in this
 * thread (`inflateSync`: no web streams, no thread pool, zlib's own C code): checking the 55 PDFs of the last
 * sessions in one process (scripts/profile-check.mjs --in-process), 39.1 → 34.9 and 41.0 → 36.5 ms a file at
 * best, two runs each way — pdfjs's JavaScript inflate was some 5 % of all the CPU time; `gongkai check -j 1`
 * of them, 6 paired whole-process runs: 0.97× the wall time (0.92–1.03); every result the same.
 *
 * Where zlib refuses a stream (damaged, truncated, not zlib data, or inflating to more than MAX_OUTPUT), the
 * stream's reading fails as the platform's does and pdfjs falls back to its own inflate, which is lenient
 * with damaged streams — so a PDF reads as it did. The bound keeps what zlib allocates outside V8's heap (which
 * the checking process's heap cap does not count) small; a stream inflating to more is left to pdfjs's own
 * inflate, inside the capped heap.
 *
 * Called only in gongkai's own processes (the checking processes, the CLI), never by the Node API in the
 * caller's process; nothing of gongkai's own in Node uses `DecompressionStream` (the offline page does, in
 * the browser, where it is native and fast).
 */
import { inflateSync } from 'node:zlib';

/** What one stream may inflate to through zlib here (bytes); more is left to pdfjs's own inflate. */
export const MAX_OUTPUT = 16 * 1024 * 1024;

/**
 * A `DecompressionStream` for "deflate" (zlib data, as PDF's FlateDecode) with just what pdfjs uses of one:
 * `writable.getWriter()` (ready, write, close) and `readable` iterated for its chunks — here one, inflated when
 * it is read. Any other format is refused when made, as the platform refuses one it does not know.
 */
export class InflatingStream {
  readonly writable: { getWriter(): { ready: Promise<void>; write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
  readonly readable: AsyncIterable<Uint8Array>;

  constructor(format: string) {
    if (format !== 'deflate') throw new TypeError(`Unsupported compression format: '${format}'`);
    const written: Uint8Array[] = [];
    this.writable = {
      getWriter: () => ({
        ready: Promise.resolve(),
        write: (chunk) => {
          written.push(chunk);
          return Promise.resolve();
        },
        close: () => Promise.resolve(),
      }),
    };
    this.readable = {
      async *[Symbol.asyncIterator]() {
        // (After the writer's own promises: what was written is all there.)
        await Promise.resolve();
        const input = written.length === 1 ? written[0]! : Buffer.concat(written);
        const out = inflateSync(input, { maxOutputLength: MAX_OUTPUT });
        yield new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
      },
    };
  }
}

export function inflateInProcess(): void {
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = InflatingStream;
}
