/**
 * The time limit per file with the real checking worker (built CLI): `--timeout` stops a file that goes
 * over it and reports it (exit 1, named at the end), the same files check normally under the default
 * limit, and a bad value is a usage error. The pool's mechanics in detail: tests/pool.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { RunResult } from '../src/model/diagnostic.js';

const ROOT = join(import.meta.dirname, '..');
const bin = join(ROOT, 'bin/gongkai.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const dir = mkdtempSync(join(tmpdir(), 'gk-timeout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const name of ['pingtan-2025', 'pingtan-office-2025', 'extra-row-and-column']) {
  copyFileSync(join(ROOT, 'fixtures/readers/xlsx', name, 'input.xlsx'), join(dir, `${name}.xlsx`));
}

it('a file over the time limit is stopped and reported; the run ends normally with exit 1', () => {
  // 1 ms: no workbook can be opened that fast (the spreadsheet library alone takes longer to load).
  const r = run(['check', dir, '--timeout', '1ms', '-f', 'json', '--lang', 'en', '-j', '2']);
  expect(r.status, r.stderr).toBe(1);
  expect(r.stderr).toBe('');
  const result = JSON.parse(r.stdout) as RunResult;
  expect(result.summary.files).toBe(3);
  expect(result.summary.unreadable).toBe(3);
  for (const f of result.files) {
    expect(f.readable).toBe(false);
    expect(f.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)).toEqual(['read-error/timeout']);
    expect(f.diagnostics[0]!.message).toContain('time limit of 0.001 s');
  }
  const pretty = run(['check', dir, '--timeout', '0.001', '--lang', 'en']);
  expect(pretty.status).toBe(1);
  expect(pretty.stdout).toContain('Unreadable files:');
  expect(pretty.stdout).toContain('pingtan-2025.xlsx');
  expect(pretty.stdout).not.toMatch(/\n\s+at /);
});

it('the same files check normally under the default limit, and with --timeout 0 (none)', () => {
  for (const extra of [[], ['--timeout', '0'], ['--timeout', '0', '-j', '1']]) {
    const r = run(['check', dir, '-f', 'json', ...extra]);
    const result = JSON.parse(r.stdout) as RunResult;
    expect(result.summary.unreadable, extra.join(' ')).toBe(0);
    expect(result.files.every((f) => f.readable && f.reader === 'xlsx')).toBe(true);
  }
});

it('a bad --timeout is a usage error (exit 2)', () => {
  const r = run(['check', dir, '--timeout', 'soon']);
  expect(r.status).toBe(2);
  // Argument errors are Chinese by default (issue #13), English with --lang en.
  expect(r.stderr).toContain('应为秒数');
  const en = run(['check', dir, '--timeout', 'soon', '--lang', 'en']);
  expect(en.status).toBe(2);
  expect(en.stderr).toContain('expected seconds');
});
