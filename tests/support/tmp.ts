/**
 * Scratch folders for tests, removed when the test that made them ends (or, made outside a test, when
 * the file's tests end). The run's global teardown fails on anything left in the temp directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    // Not inside a test (a module-level or describe-level folder): kept until the file's tests end.
    afterAll(remove);
  }
  return dir;
}
