/**
 * Batch checking: files, directories, globs, broken files among many, several outputs, the GitHub step
 * summary, the progress bar, and the worker pool (through the built CLI, since workers run the compiled
 * JavaScript).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';
import { progressBar } from '../src/cli/progress.js';
import { expandPaths } from '../src/node/run.js';
import { sniffReader } from '../src/check/bytes.js';
import { workerScript } from '../src/node/pool.js';
import type { RunResult } from '../src/model/diagnostic.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');

async function cli(args: string[], opts: { env?: Record<string, string>; ttyErr?: boolean } = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s), isTTY: opts.ttyErr ?? false },
    env: opts.env ?? {},
    cwd: process.cwd(),
  };
  const code = await main(args, io);
  return { code, out, err };
}

const corpus = readdirSync(join(ROOT, 'fixtures/corpus')).filter((f) => f.endsWith('.json'));
let dir: string;
/** Paths that must come out unreadable, by their path as passed. */
let broken: string[];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongkai-batch-'));
  mkdirSync(join(dir, 'ok/nested'), { recursive: true });
  mkdirSync(join(dir, 'broken'));
  mkdirSync(join(dir, '.hidden'));
  mkdirSync(join(dir, 'node_modules'));
  // 48 good reports, some in a nested directory.
  for (let i = 0; i < 3; i++) {
    for (const f of corpus) {
      const to = i === 2 ? join(dir, 'ok/nested', `${i}-${f}`) : join(dir, 'ok', `${i}-${f}`);
      writeFileSync(to, readFileSync(join(ROOT, 'fixtures/corpus', f)));
    }
  }
  const sample = readFileSync(join(ROOT, 'fixtures/corpus', corpus[0]!), 'utf8');
  writeFileSync(join(dir, 'broken/invalid.json'), '{"schemaVersion": 1,, "sections": []}');
  writeFileSync(join(dir, 'broken/truncated.json'), sample.slice(0, Math.floor(sample.length / 2)));
  writeFileSync(join(dir, 'broken/empty.json'), '');
  // Not reports: skipped inside directories.
  writeFileSync(join(dir, 'notes.xyz'), 'not a report');
  writeFileSync(join(dir, 'scan.ofd'), 'x');
  writeFileSync(join(dir, '.hidden/secret.json'), sample);
  writeFileSync(join(dir, 'node_modules/dep.json'), sample);
  // A symlink loop: ok/nested/loop → ok.
  symlinkSync(join(dir, 'ok'), join(dir, 'ok/nested/loop'));
  // Named files: no extension (read by content), unknown extension, missing, bracket in the name.
  writeFileSync(join(dir, 'report-without-extension'), sample);
  writeFileSync(join(dir, 'unknown.xyz'), 'x');
  writeFileSync(join(dir, 'a[1].json'), sample);
  broken = ['broken/empty.json', 'broken/invalid.json', 'broken/truncated.json'].map((p) => join(dir, p));
});

describe('expanding paths', () => {
  it('walks directories recursively, sorted, skipping hidden entries, node_modules, other formats and symlink loops', async () => {
    const skipped: string[] = [];
    const files = await expandPaths([join(dir, 'ok'), join(dir, 'broken')], { onSkip: (p) => skipped.push(p) });
    expect(files).toHaveLength(corpus.length * 3 + 3);
    expect(files).toEqual([...files].sort());
    expect(new Set(files).size).toBe(files.length);
    const all = await expandPaths([dir], { onSkip: (p) => skipped.push(p) });
    expect(all.some((f) => f.includes('.hidden') || f.includes('node_modules'))).toBe(false);
    expect(skipped).toContain(join(dir, 'notes.xyz'));
    expect(skipped).toContain(join(dir, 'scan.ofd'));
    // Extension-less and unknown-extension files are not picked from directories…
    expect(all).not.toContain(join(dir, 'report-without-extension'));
    // …but a named file is always kept.
    expect(await expandPaths([join(dir, 'unknown.xyz')])).toEqual([join(dir, 'unknown.xyz')]);
  });

  it('expands quoted glob patterns itself, and takes an existing path with glob characters literally', async () => {
    const skipped: string[] = [];
    const files = await expandPaths([join(dir, 'ok/**/2-*.json'), join(dir, '*.xyz'), join(dir, 'nothing-*.json')], { onSkip: (p, why) => skipped.push(`${why}:${p}`) });
    expect(files).toHaveLength(corpus.length);
    expect(files.every((f) => f.startsWith(join(dir, 'ok/nested/2-')))).toBe(true);
    expect(skipped).toContain(`unsupported:${join(dir, 'notes.xyz')}`);
    expect(skipped).toContain(`no-match:${join(dir, 'nothing-*.json')}`);
    expect(await expandPaths([join(dir, 'a[1].json')])).toEqual([join(dir, 'a[1].json')]);
  });

  it('recognises a report by its content when the extension says nothing', () => {
    expect(sniffReader(new TextEncoder().encode('\uFEFF  {"schemaVersion": 1}'))?.name).toBe('json');
    expect(sniffReader(new TextEncoder().encode('plain words'))).toBeUndefined();
  });
});

describe('gongkai check on many mixed files', () => {
  it('checks everything in one run, exits 1 and names every broken file', async () => {
    const named = [join(dir, 'report-without-extension'), join(dir, 'unknown.xyz'), join(dir, 'missing.json')];
    const { code, out, err } = await cli(['check', dir, ...named, '--format', 'json', '--verbose', '-j', '1']);
    expect(code).toBe(1);
    const result = JSON.parse(out) as RunResult;
    const paths = result.files.map((f) => f.file);
    expect(paths).toEqual([...paths].sort());
    // 48 good + 3 broken in directories + a[1].json + the 3 named ones.
    expect(result.summary.files).toBe(corpus.length * 3 + 3 + 1 + 3);
    const unreadable = result.files.filter((f) => !f.readable).map((f) => f.file);
    expect(unreadable.sort()).toEqual([...broken, join(dir, 'missing.json'), join(dir, 'unknown.xyz')].sort());
    expect(result.summary.unreadable).toBe(5);
    for (const f of result.files.filter((x) => !x.readable)) {
      expect(f.diagnostics).toHaveLength(1);
      expect(f.diagnostics[0]!.severity).toBe('error');
    }
    // The extension-less file was read as JSON.
    expect(result.files.find((f) => f.file.endsWith('report-without-extension'))?.reader).toBe('json');
    expect(err).toContain(`跳过（不是可检查的格式）：${join(dir, 'notes.xyz')}`);
    expect(err).toMatch(/检查了 55 个文件/);
  });

  it('pretty output ends with a summary that lists the unreadable files by name', async () => {
    const { code, out, err } = await cli(['check', join(dir, 'broken'), join(dir, 'ok')]);
    expect(code).toBe(1);
    const summary = out.slice(out.lastIndexOf('共检查'));
    expect(summary).toMatch(/共检查 51 个文件：.*3 个无法读取/);
    for (const b of broken) expect(summary).toContain(relative(process.cwd(), b));
    // Piped (not a terminal): nothing extra on stderr.
    expect(err).toBe('');
  });

  it('exits 0 when the only files are clean or warn, and 1 when no file is found', async () => {
    expect((await cli(['check', 'samples/tianmen-2021.json'])).code).toBe(0);
    const none = await cli(['check', join(dir, 'nothing-*.json')]);
    expect(none.code).toBe(1);
    expect(none.err).toContain('没有找到可检查的文件');
    // A pattern that matches nothing is said even without --verbose.
    expect(none.err).toContain(`没有文件与 ${join(dir, 'nothing-*.json')} 匹配。`);
  });
});

describe('several outputs in one run', () => {
  it('writes name:file outputs and prints the bare one', async () => {
    const out = tempDir('gongkai-out-');
    const r = await cli(['check', 'samples', '-f', 'pretty', '-f', `json:${join(out, 'r.json')}`, '-f', `sarif:${join(out, 'r.sarif')}`, '-f', `github:${join(out, 'gh.txt')}`]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('共检查 2 个文件');
    const json = JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')) as RunResult;
    expect(json.summary.files).toBe(2);
    expect(JSON.parse(readFileSync(join(out, 'r.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(out, 'gh.txt'), 'utf8')).toMatch(/^::(error|warning|notice) file=samples\/broken-2023\.json,/m);
  });

  it('-o takes the bare format', async () => {
    const out = join(tempDir('gongkai-out-'), 'r.sarif');
    const r = await cli(['check', 'samples/tianmen-2021.json', '-f', 'sarif', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).runs[0].tool.driver.name).toBe('gongkai');
  });

  it('refuses two outputs to standard output, the same file twice, and an unknown format (exit 2)', async () => {
    const twice = await cli(['check', 'samples', '-f', 'json', '-f', 'sarif']);
    expect(twice.code).toBe(2);
    expect(twice.err).toContain('只能有一个 --format 输出到屏幕');
    expect((await cli(['check', 'samples', '-f', 'json:x.out', '-f', 'sarif:./x.out'])).code).toBe(2);
    const unknown = await cli(['check', 'samples', '-f', 'xml']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('不认识的输出格式 --format "xml"');
    expect(existsSync('x.out')).toBe(false);
    // -o with no bare --format to take it.
    expect((await cli(['check', 'samples', '-f', 'sarif:x.sarif', '-o', 'y.out'])).code).toBe(2);
    expect(existsSync('x.sarif')).toBe(false);
  });

  it('--format github appends a Markdown step summary to $GITHUB_STEP_SUMMARY', async () => {
    const summary = join(tempDir('gongkai-gh-'), 'summary.md');
    writeFileSync(summary, 'earlier step\n');
    const r = await cli(['check', 'samples', join(dir, 'broken/invalid.json'), '-f', 'github', '--lang', 'en'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^::error file=samples\/broken-2023\.json,/m);
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('earlier step\n### gongkai check: ❌')).toBe(true);
    expect(md).toContain('invalid.json');
    expect(md).toContain('| file | errors | warnings | first problem |');
  });
});

describe('progress bar', () => {
  it('draws on a terminal only, after a delay, and clears itself', () => {
    let err = '';
    let t = 0;
    const io: Io = { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s), isTTY: true }, env: {}, cwd: '/' };
    const bar = progressBar(io, 'checking', 500, () => t)!;
    bar.update(1, 100);
    expect(err).toBe('');
    t = 600;
    bar.update(50, 100);
    expect(err).toContain('checking [');
    expect(err).toContain('50/100');
    bar.done();
    expect(err.endsWith('\r\x1b[K')).toBe(true);
    expect(progressBar({ ...io, stderr: { write: () => true, isTTY: false } }, 'x')).toBeUndefined();
    expect(progressBar({ ...io, env: { CI: 'true' } }, 'x')).toBeUndefined();
  });
});

describe('worker pool (built CLI)', () => {
  const bin = join(ROOT, 'bin/gongkai.js');
  const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

  it('is built: workers need the compiled dist/ (npm run build)', async () => {
    expect(existsSync(join(ROOT, 'dist/node/worker.js'))).toBe(true);
    // From the TypeScript sources there is no worker script: the pool runs in this thread.
    expect(workerScript()).toBeUndefined();
    const built = (await import(join(ROOT, 'dist/node/pool.js'))) as typeof import('../src/node/pool.js');
    expect(built.workerScript()?.pathname).toBe(join(ROOT, 'dist/node/worker.js'));
  });

  it('gives the same output in the same order with 1 and with 3 jobs, broken files included', () => {
    const many = tempDir('gongkai-pool-');
    for (let i = 0; i < 8; i++) for (const f of corpus) writeFileSync(join(many, `${String(i)}-${f}`), readFileSync(join(ROOT, 'fixtures/corpus', f)));
    writeFileSync(join(many, '5-zz-broken.json'), '{"sections": [');
    const one = run(['check', many, '-f', 'json', '-j', '1']);
    const three = run(['check', many, '-f', 'json', '-j', '3']);
    expect(one.status, one.stderr).toBe(1);
    expect(three.status, three.stderr).toBe(1);
    expect(three.stderr).toBe('');
    expect(three.stdout).toBe(one.stdout);
    const result = JSON.parse(three.stdout) as RunResult;
    expect(result.summary.files).toBe(corpus.length * 8 + 1);
    expect(result.files.map((f) => f.file)).toEqual(result.files.map((f) => f.file).sort());
    expect(result.files.filter((f) => !f.readable).map((f) => f.file)).toEqual([join(many, '5-zz-broken.json')]);
  });
});
