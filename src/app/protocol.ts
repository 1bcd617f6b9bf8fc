/**
 * What the page (main.ts) and its checking workers (worker.ts) say to each other. Every request carries
 * all it needs (a file's bytes again for its view): a worker stopped for taking too long loses nothing,
 * and any worker can answer any request.
 */
import type { Diagnostic, FileResult, ReportFacts, RunResult } from '../core.js';

export type Lang = 'zh' | 'en';

/** Why a file was not checked by a worker (the page made its result instead). */
export type NotChecked =
  | { why: 'timeout'; seconds: string }
  | { why: 'crashed'; how: string }
  | { why: 'tooLarge'; size: number; limit: number }
  /** The browser could not read the file (moved or deleted since it was chosen). */
  | { why: 'gone' };

export type Request =
  /** Read and check one file. */
  | { kind: 'check'; name: string; bytes: ArrayBuffer; lang: Lang }
  /** The result of a file no worker could check (timeout, a worker that failed, too large). */
  | { kind: 'notChecked'; name: string; lang: Lang; reason: NotChecked }
  /**
   * Every file checked: the year-over-year checks across them, the summary, the JSON and CSV downloads.
   * `found[i]`: file i came from a folder (a JSON file there that holds no report is left out, as the
   * CLI does for a folder); `skipped`: files of a folder left out by their extension.
   */
  | { kind: 'finish'; files: FileResult[]; facts: (ReportFacts | undefined)[]; found: boolean[]; lang: Lang; skipped: { notYet: number; otherFormats: number } }
  /** One report in the official layout with `diagnostics` marked, and its normalized JSON and tidy CSV. */
  | { kind: 'view'; name: string; bytes: ArrayBuffer; lang: Lang; diagnostics: Diagnostic[] }
  /** What each file found in a folder is to a check (by its extension): read, a format not read yet, other. */
  | { kind: 'classify'; names: string[] }
  /** The blank official template of a year, as a workbook. */
  | { kind: 'template'; year: number };

export type FileKind = 'read' | 'notYet' | 'other';

export interface Checked {
  result: FileResult;
  facts?: ReportFacts;
}

export interface Finished {
  run: RunResult;
  /** Which of the files asked about are in `run.files`, in order (indices into the request's `files`). */
  kept: number[];
  /** Exactly `gongkai check -f json`. */
  json: string;
  /** Exactly `gongkai check -f csv`: a line per finding. */
  csv: string;
}

export interface View {
  /** The annotated page (renderers' --annotate view); undefined when the file cannot be read. */
  html?: string;
  json?: string;
  csv?: string;
}

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** Requests with the id the reply carries back. */
export type Envelope = Request & { id: number };
