/** pdfjs-dist ships no types for its worker module; pdf-load.ts takes its WorkerMessageHandler (its own type there). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
