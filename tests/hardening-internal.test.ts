/**
 * A reader bug (anything thrown that is not a ReadError) on one file: that file is reported unreadable
 * with the error, the batch goes on, exit 1, and no stack trace is printed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';

vi.mock('../src/readers/json.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/readers/json.js')>();
  return {
    ...real,
    default: {
      name: 'json',
      read: (input: { path: string; bytes: Uint8Array }) => {
        if (input.path.includes('boom')) throw new TypeError("Cannot read properties of undefined (reading 'x')");
        return real.default.read(input);
      },
    },
  };
});

const { main } = await import('../src/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'gk-internal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a reader bug on one file does not end the batch', async () => {
  writeFileSync(join(dir, 'a.json'), '{"title":"平潭综合实验区2021年度政府信息公开工作年度报告"}');
  writeFileSync(join(dir, 'boom.json'), '{}');
  writeFileSync(join(dir, 'c.json'), '{"title":"x"}');
  let stdout = '';
  let stderr = '';
  const code = await main(['check', dir, '--format', 'json', '--jobs', '1', '--lang', 'en'], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {}, cwd: dir });
  expect(code).toBe(1);
  const out = JSON.parse(stdout) as { files: { file: string; readable: boolean; diagnostics: { messageId: string; message: string }[] }[] };
  expect(out.files.map((f) => f.file.slice(f.file.lastIndexOf('/') + 1))).toEqual(['a.json', 'boom.json', 'c.json']);
  const boom = out.files[1]!;
  expect(boom.readable).toBe(false);
  expect(boom.diagnostics[0]!.messageId).toBe('internal');
  expect(boom.diagnostics[0]!.message).toMatch(/TypeError: Cannot read properties of undefined.*bug in gongkai/);
  expect(out.files[0]!.readable && out.files[2]!.readable).toBe(true);
  expect(stdout + stderr).not.toMatch(/\n\s+at /);
});
