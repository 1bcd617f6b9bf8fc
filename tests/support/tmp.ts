/**
 * Scratch folders for tests, removed when the test that made them ends; made outside a test (at the top
 * of a file, in a describe or a beforeAll), when the file's tests end. The run's global teardown fails
 * on anything left in the temp directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/** Folders made outside a test, removed after the file's tests (registered once per test file). */
const fileLevel: string[] = [];
afterAll(() => {
  for (const dir of fileLevel.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  } catch {
    fileLevel.push(dir);
  }
  return dir;
}
