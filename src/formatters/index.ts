/** Formatter registry: name → formatter, loaded lazily. */
import type { Formatter, StreamFormatter } from './formatter.js';

export const FORMATTERS: Record<string, () => Promise<Formatter>> = {
  pretty: async () => (await import('./pretty.js')).default,
  json: async () => (await import('./json.js')).default,
  sarif: async () => (await import('./sarif.js')).default,
  github: async () => (await import('./github.js')).default,
  html: async () => (await import('./html.js')).default,
  csv: async () => (await import('./findings-csv.js')).default,
};

/**
 * The formatters that write a run file by file (all but html, whose page draws every report's tables
 * and so needs the reports themselves).
 */
export const STREAMS: Record<string, () => Promise<StreamFormatter>> = {
  pretty: async () => (await import('./pretty.js')).stream,
  json: async () => (await import('./json.js')).stream,
  sarif: async () => (await import('./sarif.js')).stream,
  github: async () => (await import('./github.js')).stream,
  csv: async () => (await import('./findings-csv.js')).stream,
};

export function formatterNames(): string[] {
  return Object.keys(FORMATTERS);
}

/**
 * Outputs of `check` that are not text and so have no formatter: `xlsx`, the reviewer's workbook, written
 * to a file only (node/xlsx-run.ts).
 */
export const WORKBOOKS: readonly string[] = ['xlsx'];

/** Every output name `check --format` takes. */
export function outputNames(): string[] {
  return [...formatterNames(), ...WORKBOOKS];
}
