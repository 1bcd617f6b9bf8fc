/** pdfjs-dist ships no types for its worker module; pdf-doc.ts imports it only for its effect (it sets `globalThis.pdfjsWorker`). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
