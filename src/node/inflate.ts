/**
 * pdfjs inflates every compressed stream of a PDF — page contents, fonts, CMaps, pictures — through the
 * platform's `DecompressionStream` when there is one, else with its own synchronous inflate (the path it takes
 * in a browser without one; the same bytes). In Node, `DecompressionStream` is web streams over zlib's thread
 * pool: for the many small streams of a report, the stream machinery and the waits on the thread pool cost far
 * more than inflating. Reading the 70 text-layer PDFs of `npm run bench` (e) in one process: 5.85 → 4.75 s
 * (median of 3; profiled, 0.84 s of the 5.85 was the process waiting); every report read and checked
 * identical on the PDF fixtures, the real report PDF and the held-out PDFs.
 *
 * Called only in gongkai's own processes (the checking processes, the CLI), never by the Node API in the
 * caller's process; nothing of gongkai's own in Node uses `DecompressionStream` (the offline page does, in
 * the browser, where it is native and fast).
 */
export function inflateInProcess(): void {
  delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
}
