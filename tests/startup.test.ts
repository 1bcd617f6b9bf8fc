/**
 * Fast start: `gongkai check one.json` loads no spreadsheet, HTML, Word or CSV library. Proven by running
 * the built CLI in a child process with a hook that logs every module loaded.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const HOOK = join(ROOT, 'tests/support/log-modules.mjs');
/** Libraries that must not load for a JSON report (and the readers that use them). */
const HEAVY = /node_modules\/(xlsx|@e965|htmlparser2|mammoth|csv-parse|jszip|tinyglobby|fdir|picomatch)\/|dist\/readers\/(xlsx|csv|html|docx|zip)\.js/;

function loaded(args: string[]): { modules: string[]; status: number | null; stdout: string } {
  const log = join(mkdtempSync(join(tmpdir(), 'gongkai-modules-')), 'modules.log');
  const r = spawnSync(process.execPath, ['--import', HOOK, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GONGKAI_MODULE_LOG: log } });
  return { modules: readFileSync(log, 'utf8').trim().split('\n'), status: r.status, stdout: r.stdout };
}

describe('start-up', () => {
  it('the module log sees a heavy library when one is loaded (the check can fail)', () => {
    const { modules } = loaded(['--input-type=module', '-e', "await import('htmlparser2'); await import('xlsx');"]);
    expect(modules.some((m) => /node_modules\/htmlparser2\//.test(m))).toBe(true);
    expect(modules.filter((m) => HEAVY.test(m)).length).toBeGreaterThan(1);
  });

  it('`gongkai check one.json` loads the JSON reader and no spreadsheet, HTML, Word or CSV library', () => {
    const { modules, status, stdout } = loaded([join(ROOT, 'bin/gongkai.js'), 'check', 'samples/tianmen-2021.json']);
    expect(status).toBe(0);
    expect(stdout).toContain('共检查 1 个文件');
    expect(modules.some((m) => m.endsWith('/dist/readers/json.js'))).toBe(true);
    expect(modules.filter((m) => HEAVY.test(m))).toEqual([]);
  });

  it('so do --format sarif and --format github', () => {
    for (const f of ['sarif', 'github']) {
      const { modules } = loaded([join(ROOT, 'bin/gongkai.js'), 'check', 'samples/tianmen-2021.json', '-f', f]);
      expect(modules.some((m) => m.endsWith(`/dist/formatters/${f}.js`))).toBe(true);
      expect(modules.filter((m) => HEAVY.test(m))).toEqual([]);
    }
  });
});
