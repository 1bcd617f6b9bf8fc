/**
 * Reader registry: extension → reader, loaded lazily so that checking a .json file never loads
 * the spreadsheet, HTML or Word libraries.
 */
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
  { name: 'pdf', extensions: ['.pdf'], load: once(async () => (await import('./pdf.js')).default) },
];

/** All extensions gongkai reads. */
export function readableExtensions(): string[] {
  return READERS.flatMap((r) => r.extensions);
}

/**
 * The extension of a file's name, lower-cased, from its last dot: '' when there is none or the name
 * only starts with one ('.json', '..'). As node:path's extname, with '/' and '\\' both separating folders
 * (the same answer on every platform).
 */
export function extensionOf(path: string): string {
  const isSeparator = (at: number): boolean => path[at] === '/' || path[at] === '\\';
  let end = path.length;
  while (end > 0 && isSeparator(end - 1)) end--;
  if (end === 0) return '';
  const start = Math.max(path.lastIndexOf('/', end - 1), path.lastIndexOf('\\', end - 1)) + 1;
  const dot = path.lastIndexOf('.', end - 1);
  return dot > start && path.slice(start, end) !== '..' ? path.slice(dot, end).toLowerCase() : '';
}

/** The reader for a path by its extension, or undefined. */
export function readerFor(path: string): ReaderEntry | undefined {
  const ext = extensionOf(path);
  return READERS.find((r) => r.extensions.includes(ext));
}
