/**
 * Runs once around the whole test run (vitest `globalSetup`): the run gets a temporary directory of its
 * own, and at the end it must be empty and the working tree as it was. A test (or the code under test)
 * that leaves a file in the temp directory or the checkout fails the run, naming what it left.
 *
 * TMPDIR is set here, before the test workers start, so they and every process they spawn (the CLI,
 * worker threads, npm, Chromium) inherit it; `os.tmpdir()` reads it on every call.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * New (untracked) and deleted paths of the checkout; ignored ones, such as test-artifacts/, excepted.
 * Edits to tracked files are not counted: a developer may be editing while the tests run.
 */
function treeState(): Set<string> | undefined {
  if (!existsSync(join(ROOT, '.git'))) return undefined;
  try {
    const out = execFileSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'], { cwd: ROOT, encoding: 'utf8' });
    return new Set(out.split('\0').filter((e) => e.startsWith('??') || e.startsWith(' D') || e.startsWith('D ')));
  } catch {
    return undefined;
  }
}

/** Every path below `dir`, relative to it (directories with their contents). */
function listAll(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + e.name;
    out.push(e.isDirectory() ? `${rel}/` : rel);
    if (e.isDirectory()) out.push(...listAll(join(dir, e.name), `${rel}/`));
  }
  return out;
}

export default function setup(): () => void {
  const outer = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  const runTmp = mkdtempSync(join(tmpdir(), 'gongkai-test-run-'));
  process.env.TMPDIR = runTmp;
  process.env.TMP = runTmp;
  process.env.TEMP = runTmp;
  const before = treeState();

  return () => {
    for (const [k, v] of Object.entries(outer)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    const problems: string[] = [];
    const left = listAll(runTmp);
    rmSync(runTmp, { recursive: true, force: true });
    const top = left.filter((p) => !p.slice(0, -1).includes('/'));
    if (top.length > 0) problems.push(`left ${top.length} item(s) in the temp directory: ${top.slice(0, 20).join(', ')}${top.length > 20 ? ', …' : ''}`);
    const after = treeState();
    if (before && after) {
      const added = [...after].filter((p) => !before.has(p));
      if (added.length > 0) problems.push(`changed the working tree: ${added.slice(0, 20).join(', ')}`);
    }
    if (problems.length > 0) {
      // vitest reports an error thrown here but still exits 0: set the exit code, and say it plainly.
      process.exitCode = 1;
      throw new Error(`The test run ${problems.join('; and ')}. Every test must clean up after itself.`);
    }
  };
}
