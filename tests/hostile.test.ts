/**
 * One hostile file never takes down a batch (issue #14): each case of tests/support/hostile.ts is put in
 * a folder with a clean report and a report with known errors, and the folder is checked through the
 * built CLI, in a child process, as a reviewer would: `check <folder> -f json -o out.json`, and with the
 * default output. The run must end by itself (within --timeout plus a few seconds), exit 1, stay under
 * 768 MB of memory in each of its processes (the roomy checking process's limit is 480 MB, and what it grows
 * before the next read: pool.ts), report the clean report clean and the known errors complete, name the hostile file
 * with a plain reason, and leave nothing in the temp directory.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../src/model/diagnostic.js';
import { BROKEN, CLEAN, HOSTILE } from './support/hostile.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/gongkai.js');
/** The per-file limit given to the runs, in seconds, and the slack allowed on top of it for the whole run. */
const TIMEOUT = 10;
const SLACK = 20;
const MAX_RSS_KB = 768 * 1024;
/** What a plain reason must not contain. */
const PROGRAMMER_WORDS = /undefined|TypeError|RangeError|Error:|ERR_|heap|stack|\bat \w+ \(|node:internal/;

/** The known errors of broken-2023.json, as rule ids (the count each). */
function knownErrors(): Map<string, number> {
  const r = spawnSync(process.execPath, [BIN, 'check', BROKEN, '-f', 'json'], { encoding: 'utf8' });
  const result = JSON.parse(r.stdout) as RunResult;
  const counts = new Map<string, number>();
  for (const d of result.files[0]!.diagnostics) if (d.severity === 'error') counts.set(d.ruleId, (counts.get(d.ruleId) ?? 0) + 1);
  return counts;
}

interface Measured {
  status: number | null;
  signal: string | null;
  seconds: number;
  rssKb: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI under /usr/bin/time, with its own TMPDIR, killed after a hard bound. */
function run(args: string[], cwd: string, tmp: string): Measured {
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'GONGKAI_RSS_KB=%M', process.execPath, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: (TIMEOUT + SLACK + 60) * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  const m = /GONGKAI_RSS_KB=(\d+)/.exec(r.stderr);
  return { status: r.status, signal: r.signal, seconds, rssKb: m ? Number(m[1]) : NaN, stdout: r.stdout, stderr: r.stderr.replace(/.*GONGKAI_RSS_KB=\d+\n?/, '') };
}

describe('a hostile file in a folder of reports', () => {
  const expected = knownErrors();

  for (const c of HOSTILE) {
    it(`${c.name}: ${c.what}`, () => {
      const dir = tempDir('gongkai-hostile-');
      const folder = join(dir, 'reports');
      const tmp = join(dir, 'tmp');
      mkdirSync(folder);
      mkdirSync(tmp);
      copyFileSync(CLEAN, join(folder, 'clean.json'));
      copyFileSync(BROKEN, join(folder, 'broken.json'));
      c.make(folder);

      const json = run(['check', 'reports', '-f', 'json', '-o', 'out.json', '--timeout', String(TIMEOUT)], dir, tmp);
      const note = `exit ${json.status} ${json.signal ?? ''}, ${json.seconds.toFixed(1)} s, ${(json.rssKb / 1024).toFixed(0)} MB; stderr: ${json.stderr.slice(0, 300)}`;
      console.log(`${c.name}: ${note}`);
      expect(json.signal, note).toBeNull();
      expect(json.seconds, note).toBeLessThan(TIMEOUT + SLACK);
      expect(json.rssKb, note).toBeLessThan(MAX_RSS_KB);
      expect(json.status, note).toBe(1);
      expect(json.stderr, note).not.toMatch(PROGRAMMER_WORDS);
      expect(readdirSync(tmp), 'temp directory after the run').toEqual([]);

      const result = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as RunResult;
      const byName = new Map(result.files.map((f) => [f.file.replace(/^reports\//, ''), f]));
      const clean = byName.get('clean.json')!;
      expect(clean.errorCount).toBe(0);
      expect(clean.readable).toBe(true);
      const broken = byName.get('broken.json')!;
      const errors = new Map<string, number>();
      for (const d of broken.diagnostics) if (d.severity === 'error') errors.set(d.ruleId, (errors.get(d.ruleId) ?? 0) + 1);
      expect(errors).toEqual(expected);
      // The hostile file is named, with a plain reason (not a programmer's error text).
      const hostile = byName.get(c.name);
      expect(hostile, `${c.name} is named in the result`).toBeDefined();
      const messages = hostile!.diagnostics.map((d) => d.message).join('\n');
      if (c.readable) {
        // Read and checked whole: every finding counted, 1,000 listed, and the note that says so.
        expect(hostile!.readable).toBe(true);
        expect(hostile!.errorCount + hostile!.warningCount, messages.slice(0, 300)).toBeGreaterThan(1000);
        expect(hostile!.diagnostics.length).toBeLessThanOrEqual(1001);
        expect(hostile!.diagnostics.map((d) => d.ruleId)).toContain('too-many-findings');
      } else {
        // Refused with a read error, or read as far as it goes and failing the format: an error either way.
        expect(hostile!.errorCount, messages).toBeGreaterThan(0);
      }
      expect(messages).not.toMatch(PROGRAMMER_WORDS);

      // The default (pretty) output of the same folder: same exit, ends, names the file.
      const pretty = run(['check', 'reports', '--timeout', String(TIMEOUT)], dir, tmp);
      expect(pretty.status, pretty.stderr).toBe(1);
      expect(pretty.seconds).toBeLessThan(TIMEOUT + SLACK);
      expect(pretty.stdout).toContain(c.name);
      expect(`${pretty.stdout}${pretty.stderr}`).not.toMatch(PROGRAMMER_WORDS);
      expect(readdirSync(tmp)).toEqual([]);
      expect(existsSync(join(folder, c.name)) || c.special).toBe(true);

      // `convert` of the file alone: read in a checking process too, under the same limits.
      const conv = run(['convert', `reports/${c.name}`, '--to', 'json', '-o', 'conv.json', '--timeout', String(TIMEOUT)], dir, tmp);
      const convNote = `convert: exit ${conv.status} ${conv.signal ?? ''}, ${conv.seconds.toFixed(1)} s, ${(conv.rssKb / 1024).toFixed(0)} MB; stderr: ${conv.stderr.slice(0, 300)}`;
      expect(conv.signal, convNote).toBeNull();
      expect(conv.seconds, convNote).toBeLessThan(TIMEOUT + SLACK);
      expect(conv.rssKb, convNote).toBeLessThan(MAX_RSS_KB);
      expect(`${conv.stdout}${conv.stderr}`, convNote).not.toMatch(PROGRAMMER_WORDS);
      expect(readdirSync(tmp)).toEqual([]);
      if (hostile!.readable) expect([0, 1], convNote).toContain(conv.status);
      else {
        // Not read: nothing written, and why, as check says it (its first finding).
        expect(conv.status, convNote).toBe(1);
        expect(existsSync(join(dir, 'conv.json'))).toBe(false);
        expect(conv.stderr.replace(/^Command exited with non-zero status 1\n/m, '')).toContain(`reports/${c.name}: ${hostile!.diagnostics[0]!.message}`);
      }
    });
  }
});
