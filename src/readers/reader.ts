/** The reader contract: bytes of one file in, one normalized `Report` out. Readers know nothing of rules. */
import type { Report } from '../model/report.js';

export interface ReadInput {
  /** Path as given by the user (used in diagnostics). */
  path: string;
  bytes: Uint8Array;
  /** Text encoding override (`--encoding`), for text-based formats. */
  encoding?: string;
}

export interface Reader {
  name: string;
  read(input: ReadInput): Promise<Report> | Report;
}
