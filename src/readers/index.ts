/**
 * Reader registry: extension → reader, loaded lazily so that checking a .json file never loads
 * the spreadsheet, HTML or Word libraries.
 */
import { extname } from 'node:path';
import type { Reader } from './reader.js';

export { markupKind } from './sniff.js';

export interface ReaderEntry {
  name: string;
  extensions: string[];
  load: () => Promise<Reader>;
}

/** A loader that imports once and then hands out the same reader (a dynamic import resolves again on every call). */
function once(load: () => Promise<Reader>): () => Promise<Reader> {
  let reader: Reader | undefined;
  return async () => (reader ??= await load());
}

export const READERS: readonly ReaderEntry[] = [
  { name: 'json', extensions: ['.json'], load: once(async () => (await import('./json.js')).default) },
  { name: 'xlsx', extensions: ['.xlsx', '.xlsm', '.xls'], load: once(async () => (await import('./xlsx.js')).default) },
  { name: 'csv', extensions: ['.csv', '.tsv'], load: once(async () => (await import('./csv.js')).default) },
  { name: 'text', extensions: ['.txt', '.text'], load: once(async () => (await import('./text.js')).default) },
  { name: 'html', extensions: ['.html', '.htm'], load: once(async () => (await import('./html.js')).default) },
  { name: 'docx', extensions: ['.docx'], load: once(async () => (await import('./docx.js')).default) },
];

/** All extensions gongkai reads. */
export function readableExtensions(): string[] {
  return READERS.flatMap((r) => r.extensions);
}

/** The reader for a path by its extension, or undefined. */
export function readerFor(path: string): ReaderEntry | undefined {
  const ext = extname(path).toLowerCase();
  return READERS.find((r) => r.extensions.includes(ext));
}
