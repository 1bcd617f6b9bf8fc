/** The reader contract: bytes of one file in, one normalized `Report` out. Readers know nothing of rules. */
import type { Report } from '../model/report.js';

export interface ReadInput {
  /** Path as given by the user (used in diagnostics). */
  path: string;
  bytes: Uint8Array;
  /** Text encoding override (`--encoding`), for text-based formats. */
  encoding?: string;
  /** Where the PDF reader gets Adobe's CMaps when pdfjs-dist's folder is not on disk (the offline page). */
  cMaps?: CMapProvider;
}

/**
 * Adobe's predefined CMaps by name ("UniGB-UCS2-H", "Adobe-GB1-UCS2" …): the packed file (a .bcmap of
 * pdfjs-dist's cmaps/ folder), or undefined when the caller has none of that name.
 */
export type CMapProvider = (name: string) => Uint8Array | undefined | Promise<Uint8Array | undefined>;

export interface Reader {
  name: string;
  read(input: ReadInput): Promise<Report> | Report;
}
