/** The ReadError a reader gives for these bytes (as `name`, default `report.pdf`, with the caller's CMaps if any); fails the test if it reads. */
import { readBytes } from '../../src/check/bytes.js';
import { ReadError } from '../../src/errors.js';
import type { CMapProvider } from '../../src/readers/reader.js';

export async function readError(bytes: Uint8Array, cMaps?: CMapProvider, name = 'report.pdf'): Promise<ReadError> {
  try {
    await readBytes(name, bytes, cMaps ? { cMaps } : {});
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  throw new Error('read without an error');
}
