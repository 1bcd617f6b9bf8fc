/**
 * Fast start: `gongkai check one.json` loads no spreadsheet, HTML, Word, CSV or PDF library. Proven by running
 * the built CLI in a child process with a hook that logs every module loaded.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const HOOK = join(ROOT, 'tests/support/log-modules.mjs');
/** Libraries that must not load for a JSON report (and the readers that use them). */
const HEAVY =
  /node_modules\/(xlsx|@e965|htmlparser2|fflate|csv-parse|tinyglobby|fdir|picomatch|pdfjs-dist)\/|dist\/readers\/(xlsx|csv|html|docx|pdf(-\w+)?|zip-guard|grid(-\w+)?)\.js|dist\/bundle\/(xlsx|docx|pdf(-\w+)?|zip-guard|grid(-\w+)?|html)-/;
/** A module of the built CLI, unbundled (dist/readers/json.js) or as a chunk of dist/bundle (json-AbC123.js). */
const built = (dir: string, name: string) => new RegExp(`/dist/(${dir}/${name}|bundle/${name}-[\\w-]+)\\.js$`);

function loaded(args: string[]): { modules: string[]; status: number | null; stdout: string } {
  const log = join(tempDir('gongkai-modules-'), 'modules.log');
  // Through NODE_OPTIONS, so that the checking process the CLI starts (src/node/pool.ts) logs its modules too.
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GONGKAI_MODULE_LOG: log, NODE_OPTIONS: `--import=${HOOK}` } });
  return { modules: readFileSync(log, 'utf8').trim().split('\n'), status: r.status, stdout: r.stdout };
}

describe('start-up', () => {
  it('the module log sees a heavy library when one is loaded (the check can fail)', () => {
    const { modules } = loaded(['--input-type=module', '-e', "await import('htmlparser2'); await import('xlsx');"]);
    expect(modules.some((m) => /node_modules\/htmlparser2\//.test(m))).toBe(true);
    expect(modules.filter((m) => HEAVY.test(m)).length).toBeGreaterThan(1);
  });

  it('`gongkai check one.json` loads the JSON reader and no spreadsheet, HTML, Word, CSV or PDF library', () => {
    const { modules, status, stdout } = loaded([join(ROOT, 'bin/gongkai.js'), 'check', 'samples/tianmen-2021.json']);
    expect(status).toBe(0);
    expect(stdout).toContain('共检查 1 个文件');
    expect(modules.some((m) => built('readers', 'json').test(m))).toBe(true);
    // bin/gongkai.js runs the bundle when it is up to date (npm run build), with far fewer modules.
    // Unique modules: the CLI and its checking process log to the same file (each import resolution is a line).
    expect(new Set(modules.filter((m) => m.startsWith('file://'))).size).toBeLessThan(60);
    expect(modules.filter((m) => HEAVY.test(m))).toEqual([]);
  });

  it('so do --format sarif and --format github', () => {
    for (const f of ['sarif', 'github']) {
      const { modules } = loaded([join(ROOT, 'bin/gongkai.js'), 'check', 'samples/tianmen-2021.json', '-f', f]);
      expect(modules.some((m) => built('formatters', f).test(m))).toBe(true);
      expect(modules.filter((m) => HEAVY.test(m))).toEqual([]);
    }
  });
});
