/**
 * What is read, what is written, what is shown (issue #14 items 4, 5, 6, 8), through the CLI:
 * - only regular files are read: FIFOs, devices and folders given as files (also as --previous, convert
 *   input and config, also through links) are refused up front with a plain reason, found in a folder they
 *   are named with it, a FIFO never hangs a run, every read is bounded by --max-size even where the size
 *   on disk says 0;
 * - outputs never land on an input, the --previous file or the config in use; devices and FIFOs are
 *   written into, never replaced; a symbolic link is written through to its target (the link stays); an
 *   existing file keeps its mode and owner;
 * - an internal failure in the middle of a run removes the spool folder and partial outputs;
 * - control characters in names and report text are shown escaped in pretty/github output and on stderr,
 *   file names that are not UTF-8 are read, the config lookup stops at the repository root or home.
 *
 * Tests that go through bin/gongkai.js use the built dist/ (`npm run build` first). This runs as root:
 * device tests use a null device made with mknod in a scratch folder first, and touch the real /dev/null
 * and /dev/stdout only after that stand-in came out right.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunResult } from '../src/model/diagnostic.js';
import { clearConfigCache } from '../src/node/config.js';
import { fsPath, nameFromBytes } from '../src/node/files.js';
import { terminalSafe } from '../src/terminal.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/gongkai.js');
const CLEAN = join(ROOT, 'samples/tianmen-2021.json');
const BROKEN = join(ROOT, 'samples/broken-2023.json');
/** One narrative-figure warning by default (34 applications in the text, 32 in the table). */
const WARNED = join(ROOT, 'fixtures/corpus/pingtan-office-2025.json');
const STACK = /\n\s+at |Error:|node:internal|ERR_/;

afterEach(() => {
  vi.unstubAllEnvs();
  clearConfigCache();
});

interface BinRun {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** The built CLI in a child process, with its own TMPDIR, killed if it has not ended after `limit` seconds. */
function bin(args: string[], cwd: string, tmp: string, env: Record<string, string> = {}, limit = 40): BinRun {
  const started = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: limit * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1', ...env },
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, seconds: (performance.now() - started) / 1000 };
}

/** A scratch folder with a `tmp` folder inside for the run's TMPDIR. */
function scratch(prefix: string): { dir: string; tmp: string } {
  const dir = tempDir(prefix);
  const tmp = join(dir, '.tmp');
  mkdirSync(tmp);
  return { dir, tmp };
}

const mkfifo = (path: string): void => void execFileSync('mkfifo', [path]);
/** A null device of our own (major 1, minor 3, as /dev/null), so that a test never risks the real one. */
const mknull = (path: string): void => void execFileSync('mknod', [path, 'c', '1', '3']);

function json(stdout: string): RunResult {
  return JSON.parse(stdout) as RunResult;
}

// ---------------------------------------------------------------------------------------------------
describe('only regular files are read (item 4)', () => {
  it('a FIFO named on the command line is refused at once with a plain reason, with or without --timeout', () => {
    const { dir, tmp } = scratch('gk-fifo-');
    mkfifo(join(dir, 'pipe.json'));
    for (const extra of [['--timeout', '5'], []]) {
      const r = bin(['check', 'pipe.json', ...extra], dir, tmp, {}, 30);
      expect(r.signal, 'the run ended by itself').toBeNull();
      expect(r.status).toBe(1);
      expect(r.seconds).toBeLessThan(15);
      expect(r.stdout).toContain('不是普通文件（命名管道）：gongkai 只读取普通文件');
      expect(`${r.stdout}${r.stderr}`).not.toMatch(STACK);
      expect(readdirSync(tmp)).toEqual([]);
    }
    const en = bin(['check', 'pipe.json', '-f', 'json', '--lang', 'en'], dir, tmp, {}, 30);
    const d = json(en.stdout).files[0]!.diagnostics[0]!;
    expect(d).toMatchObject({ ruleId: 'read-error', messageId: 'notRegular' });
    expect(d.message).toMatch(/^Not a regular file \(named pipe\): gongkai reads regular files only/);
    expect(lstatSync(join(dir, 'pipe.json')).isFIFO()).toBe(true);
  });

  it('found in a folder, a FIFO and a link to /dev/zero are named with the reason; the other reports are checked as usual', async () => {
    const { dir } = scratch('gk-special-');
    const folder = join(dir, 'reports');
    mkdirSync(folder);
    copyFileSync(CLEAN, join(folder, 'clean.json'));
    mkfifo(join(folder, 'fifo.json'));
    symlinkSync('/dev/zero', join(folder, 'zero.json'));
    symlinkSync(join(folder, 'fifo.json'), join(folder, 'pipe-link.html'));
    const r = await runCli(['check', folder, '-f', 'json', '--jobs', '1']);
    expect(r.code).toBe(1);
    const byName = new Map(json(r.stdout).files.map((f) => [f.file.slice(folder.length + 1), f]));
    expect([...byName.keys()]).toEqual(['clean.json', 'fifo.json', 'pipe-link.html', 'zero.json']);
    expect(byName.get('clean.json')!.readable).toBe(true);
    expect(byName.get('fifo.json')!.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^不是普通文件（命名管道）：gongkai 只读取普通文件/)]);
    expect(byName.get('pipe-link.html')!.diagnostics[0]!.message).toMatch(/^不是普通文件（命名管道）/);
    expect(byName.get('zero.json')!.diagnostics[0]!.message).toMatch(/^不是普通文件（字符设备）/);
    const pretty = await runCli(['check', folder, '--jobs', '1']);
    expect(pretty.stdout).toMatch(/zero\.json {2}不是普通文件（字符设备）/);
  });

  it('--previous: a FIFO, a link to /dev/zero or a folder is refused up front (exit 2), never read', () => {
    const { dir, tmp } = scratch('gk-previous-');
    copyFileSync(CLEAN, join(dir, 'now.json'));
    mkfifo(join(dir, 'last.json'));
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    mkdirSync(join(dir, 'folder.json'));
    for (const [previous, kind] of [['last.json', '命名管道'], ['zero.json', '字符设备'], ['folder.json', '文件夹']] as const) {
      const r = bin(['check', 'now.json', '--previous', previous], dir, tmp, {}, 30);
      expect(r.signal, previous).toBeNull();
      expect(r.status, previous).toBe(2);
      expect(r.stderr).toContain(`--previous ${previous}: 不是普通文件（${kind}）`);
      expect(r.stderr).not.toMatch(STACK);
      expect(readdirSync(tmp)).toEqual([]);
    }
  });

  it('convert: a FIFO or a link to /dev/zero as input is refused (exit 1) and nothing is written', () => {
    const { dir, tmp } = scratch('gk-convert-in-');
    mkfifo(join(dir, 'pipe.json'));
    symlinkSync('/dev/zero', join(dir, 'zero.csv'));
    for (const [input, kind] of [['pipe.json', '命名管道'], ['zero.csv', '字符设备']] as const) {
      const r = bin(['convert', input, '--to', 'json', '-o', 'out.json'], dir, tmp, {}, 30);
      expect(r.signal, input).toBeNull();
      expect(r.status, input).toBe(1);
      expect(r.stderr).toContain(`${input}: 不是普通文件（${kind}）`);
      expect(existsSync(join(dir, 'out.json'))).toBe(false);
    }
  });

  it('a gongkai.config.json that is a link to /dev/zero, a FIFO or a folder stops the run with a plain message (exit 2)', () => {
    for (const [make, kind] of [
      [(p: string) => symlinkSync('/dev/zero', p), '字符设备'],
      [mkfifo, '命名管道'],
      [(p: string) => mkdirSync(p), '文件夹'],
    ] as const) {
      const { dir, tmp } = scratch('gk-config-special-');
      copyFileSync(CLEAN, join(dir, 'r.json'));
      make(join(dir, 'gongkai.config.json'));
      const r = bin(['check', 'r.json'], dir, tmp, {}, 30);
      expect(r.signal, kind).toBeNull();
      expect(r.status, kind).toBe(2);
      expect(r.stderr).toContain(`配置文件 ${join(dir, 'gongkai.config.json')} 无法使用：不是普通文件（${kind}）`);
      expect(r.stderr).not.toMatch(STACK);
    }
  });

  it('every read is bounded by --max-size, even where the file system says the size is 0 (/proc)', async () => {
    const { dir } = scratch('gk-proc-');
    symlinkSync('/proc/self/status', join(dir, 'status.txt'));
    expect(statSync(join(dir, 'status.txt')).size).toBe(0);
    const r = await runCli(['check', join(dir, 'status.txt'), '-f', 'json', '--max-size', '100', '--jobs', '1']);
    expect(r.code).toBe(1);
    const d = json(r.stdout).files[0]!.diagnostics;
    expect(d.map((x) => x.messageId)).toEqual(['tooLargeRead']);
    expect(d[0]!.message).toBe('文件内容超过大小上限 100 字节，未读取。可用 --max-size 调整上限。');
    const c = await runCli(['convert', join(dir, 'status.txt'), '--to', 'json', '--max-size', '100', '--lang', 'en']);
    expect(c.code).toBe(1);
    expect(c.stderr).toContain('The content of the file goes past the size limit of 100 bytes; not read.');
  });
});

// ---------------------------------------------------------------------------------------------------
describe('outputs never harm the user’s files (item 5)', () => {
  it('-o and --format x:file never overwrite the --previous file or the config file in use', async () => {
    const { dir } = scratch('gk-protect-');
    copyFileSync(CLEAN, join(dir, 'last.json'));
    copyFileSync(BROKEN, join(dir, 'now.json'));
    const config = '{ "rules": { "narrative-figure": "off" } }';
    writeFileSync(join(dir, 'gongkai.config.json'), config);
    const before = readFileSync(join(dir, 'last.json'), 'utf8');
    for (const args of [
      ['-o', 'last.json', '-f', 'json'],
      ['-f', 'sarif:./last.json'],
    ]) {
      const r = await runCli(['check', join(dir, 'now.json'), '--previous', join(dir, 'last.json'), ...args], {}, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^gongkai: 不能把结果写到 --previous 指定的文件 .*last\.json 上，请用 -o 换一个文件名。\n$/);
    }
    const en = await runCli(['check', join(dir, 'now.json'), '--previous', join(dir, 'last.json'), '-o', 'last.json', '--lang', 'en'], {}, dir);
    expect(en.stderr).toMatch(/refusing to overwrite the --previous file .*last\.json/);
    for (const out of ['gongkai.config.json', join(dir, 'gongkai.config.json')]) {
      const r = await runCli(['check', join(dir, 'now.json'), '-f', 'json', '-o', out], {}, dir);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toMatch(/不能把结果写到配置文件 .*gongkai\.config\.json 上/);
    }
    expect(readFileSync(join(dir, 'last.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'gongkai.config.json'), 'utf8')).toBe(config);
    expect(readdirSync(dir).sort()).toEqual(['.tmp', 'gongkai.config.json', 'last.json', 'now.json']);
  });

  it('GITHUB_STEP_SUMMARY naming an input, the --previous file or the config is not appended to (said on stderr; the exit code is the run’s)', async () => {
    const { dir } = scratch('gk-summary-');
    copyFileSync(CLEAN, join(dir, 'last.json'));
    copyFileSync(BROKEN, join(dir, 'now.json'));
    writeFileSync(join(dir, 'gongkai.config.json'), '{}');
    const args = ['check', join(dir, 'now.json'), '--previous', join(dir, 'last.json'), '-f', 'github'];
    const expected = (await runCli(args, {}, dir)).code;
    expect(expected).toBe(1);
    for (const name of ['now.json', 'last.json', 'gongkai.config.json']) {
      const before = readFileSync(join(dir, name), 'utf8');
      const r = await runCli(args, { GITHUB_STEP_SUMMARY: join(dir, name) }, dir);
      expect(r.code, name).toBe(expected);
      expect(readFileSync(join(dir, name), 'utf8'), name).toBe(before);
      expect(r.stderr).toContain(`gongkai：无法写入 GitHub 步骤摘要 ${join(dir, name)}：`);
    }
    // A file of its own is appended to as before.
    writeFileSync(join(dir, 'summary.md'), '# before\n');
    await runCli(['check', join(dir, 'now.json'), '-f', 'github'], { GITHUB_STEP_SUMMARY: 'summary.md' }, dir);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/^# before\n### gongkai 检查结果/);
  });

  it('a device is written into, never replaced: a null device as -o, --format x:file, convert -o, template -o, GITHUB_STEP_SUMMARY', async () => {
    const { dir } = scratch('gk-device-');
    copyFileSync(CLEAN, join(dir, 'r.json'));
    const node = join(dir, 'null');
    mknull(node);
    const rdev = statSync(node).rdev;
    const still = (what: string): void => {
      const s = lstatSync(node);
      expect(s.isCharacterDevice(), what).toBe(true);
      expect(s.rdev, what).toBe(rdev);
    };
    expect((await runCli(['check', join(dir, 'r.json'), '-f', 'json', '-o', 'null'], {}, dir)).code).not.toBe(2);
    still('-o');
    expect((await runCli(['check', join(dir, 'r.json'), '-f', 'sarif:null', '-f', 'html:./null.html'], {}, dir)).code).not.toBe(2);
    still('--format sarif:null');
    expect((await runCli(['check', join(dir, 'r.json'), '-f', 'html:null'], {}, dir)).code).not.toBe(2);
    still('--format html:null');
    expect((await runCli(['convert', join(dir, 'r.json'), '--to', 'csv', '-o', 'null'], {}, dir)).code).toBe(0);
    still('convert -o');
    // template refuses an existing file without --force; a device holds nothing to lose.
    expect((await runCli(['template', '--to', 'xlsx', '-o', node], {}, dir)).code).toBe(0);
    still('template -o');
    await runCli(['check', join(dir, 'r.json'), '-f', 'github'], { GITHUB_STEP_SUMMARY: node }, dir);
    still('GITHUB_STEP_SUMMARY');
    expect(readdirSync(dir).sort()).toEqual(['.tmp', 'null', 'null.html', 'r.json']);
  });

  it('/dev/null and /dev/stdout stay what they were (checked on stand-ins first)', () => {
    const { dir, tmp } = scratch('gk-devnull-');
    copyFileSync(CLEAN, join(dir, 'r.json'));
    // Stand-ins first: a null device of our own, and a link like /dev/stdout. Only if they come out right
    // are the real ones used.
    mknull(join(dir, 'null'));
    symlinkSync('/proc/self/fd/1', join(dir, 'stdout'));
    const devices: [string, string][] = [
      [join(dir, 'null'), join(dir, 'stdout')],
      ['/dev/null', '/dev/stdout'],
    ];
    const nullBefore = statSync('/dev/null');
    for (const [nul, out] of devices) {
      const r = bin(['check', 'r.json', '-f', 'json', '-o', nul], dir, tmp);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
      expect(lstatSync(nul).isCharacterDevice(), nul).toBe(true);
      const c = bin(['convert', 'r.json', '--to', 'csv', '-o', nul], dir, tmp);
      expect(c.status, c.stderr).toBe(0);
      expect(lstatSync(nul).isCharacterDevice(), nul).toBe(true);
      const t = bin(['template', '--to', 'csv', '-o', nul], dir, tmp);
      expect(t.status, t.stderr).toBe(0);
      expect(lstatSync(nul).isCharacterDevice(), nul).toBe(true);
      // Written into standard output (a pipe here), the link left as it was.
      const s = bin(['check', 'r.json', '-f', 'json', '-o', out], dir, tmp);
      expect(s.status, s.stderr).toBe(0);
      expect(json(s.stdout).summary.files).toBe(1);
      expect(lstatSync(out).isSymbolicLink(), out).toBe(true);
      expect(readlinkSync(out)).toBe('/proc/self/fd/1');
      const cs = bin(['convert', 'r.json', '--to', 'csv', '-o', out], dir, tmp);
      expect(cs.stdout).toMatch(/^table,row_group,row,/);
      expect(readdirSync(tmp)).toEqual([]);
    }
    const nullAfter = statSync('/dev/null');
    expect(nullAfter.isCharacterDevice()).toBe(true);
    expect(nullAfter.rdev).toBe(nullBefore.rdev);
    expect(nullAfter.mode).toBe(nullBefore.mode);
    expect(readdirSync(dir).sort()).toEqual(['.tmp', 'null', 'r.json', 'stdout']);
  });

  it('a FIFO is written into when something reads it, and refused at once when nothing does', async () => {
    const { dir, tmp } = scratch('gk-fifo-out-');
    copyFileSync(CLEAN, join(dir, 'r.json'));
    const fifo = join(dir, 'out.fifo');
    mkfifo(fifo);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
    let got = '';
    reader.stdout.on('data', (b: Buffer) => (got += b.toString()));
    const done = new Promise<boolean>((r) => reader.on('close', () => r(true)));
    try {
      // Let cat open the FIFO first.
      for (let i = 0; i < 100 && !existsSync(`/proc/${reader.pid}/fd/3`); i++) await new Promise((r) => setTimeout(r, 20));
      const r = await runCli(['check', join(dir, 'r.json'), '-f', 'json', '-o', 'out.fifo'], {}, dir);
      expect(r.code, r.stderr).toBe(0);
      expect(await Promise.race([done, new Promise<boolean>((r) => setTimeout(() => r(false), 10_000))]), 'the reader got the end of the output').toBe(true);
    } finally {
      reader.kill('SIGKILL');
    }
    expect(json(got).summary.files).toBe(1);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    // Nobody reading: refused, not waited on.
    const lonely = bin(['check', 'r.json', '-f', 'json', '-o', 'out.fifo'], dir, tmp, {}, 30);
    expect(lonely.signal).toBeNull();
    expect(lonely.status).toBe(2);
    expect(lonely.stderr).toMatch(/无法写入 out\.fifo：这是一个命名管道，但没有程序在读取它/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['.tmp', 'out.fifo', 'r.json']);
  });

  it('a symbolic link is written through to its target, atomically: the link stays a link; a dangling one gets its target made', async () => {
    const { dir } = scratch('gk-link-out-');
    copyFileSync(CLEAN, join(dir, 'r.json'));
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'result.json'), 'last run');
    symlinkSync('real/result.json', join(dir, 'out.json'));
    for (const args of [['check', join(dir, 'r.json'), '-f', 'json', '-o', 'out.json'], ['check', join(dir, 'r.json'), '-f', 'html:out.json'], ['convert', join(dir, 'r.json'), '--to', 'json', '-o', 'out.json']]) {
      const r = await runCli(args, {}, dir);
      expect(r.code, args.join(' ')).toBe(0);
      expect(lstatSync(join(dir, 'out.json')).isSymbolicLink()).toBe(true);
      expect(readlinkSync(join(dir, 'out.json'))).toBe('real/result.json');
      expect(readFileSync(join(dir, 'real', 'result.json'), 'utf8')).not.toBe('last run');
      writeFileSync(join(dir, 'real', 'result.json'), 'last run');
    }
    expect(readdirSync(join(dir, 'real'))).toEqual(['result.json']);
    // A link whose target does not exist yet: the target is made (as `>` in a shell would).
    symlinkSync('real/new.csv', join(dir, 'dangling.csv'));
    const t = await runCli(['template', '--to', 'csv', '-o', 'dangling.csv'], {}, dir);
    expect(t.code, t.stderr).toBe(0);
    expect(lstatSync(join(dir, 'dangling.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real', 'new.csv'), 'utf8')).toContain('政府信息公开工作年度报告');
    expect(readdirSync(join(dir, 'real')).sort()).toEqual(['new.csv', 'result.json']);
    expect(readdirSync(dir).sort()).toEqual(['.tmp', 'dangling.csv', 'out.json', 'r.json', 'real']);
    // template without --force refuses an existing target through a link too.
    const again = await runCli(['template', '--to', 'csv', '-o', 'dangling.csv'], {}, dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('文件已存在，未写入');
  });

  it('an existing output keeps its mode (0600 stays 0600) and, as root, its owner', async () => {
    const { dir } = scratch('gk-mode-');
    copyFileSync(CLEAN, join(dir, 'r.json'));
    for (const [name, args] of [
      ['out.json', ['check', join(dir, 'r.json'), '-f', 'json', '-o', 'out.json']],
      ['page.html', ['check', join(dir, 'r.json'), '-f', 'html:page.html']],
      ['r.csv', ['convert', join(dir, 'r.json'), '--to', 'csv', '-o', 'r.csv']],
      ['t.csv', ['template', '--to', 'csv', '-o', 't.csv', '--force']],
    ] as const) {
      writeFileSync(join(dir, name), 'old');
      chmodSync(join(dir, name), 0o600);
      chownSync(join(dir, name), 4242, 4343);
      const r = await runCli([...args], {}, dir);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      const s = statSync(join(dir, name));
      expect(readFileSync(join(dir, name), 'utf8')).not.toBe('old');
      expect((s.mode & 0o7777).toString(8), name).toBe('600');
      expect([s.uid, s.gid], name).toEqual([4242, 4343]);
    }
    expect(readdirSync(dir).filter((n) => n !== '.tmp' && n.endsWith('.tmp'))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
describe('an internal failure in the middle of a run leaves nothing behind (item 6)', () => {
  it('a formatter that throws on the second file: exit 2, no output, no temporary file, no spool folder', async () => {
    const { dir } = scratch('gk-throws-');
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    for (const n of ['a', 'b', 'c']) copyFileSync(CLEAN, join(dir, `${n}.json`));
    vi.stubEnv('TMPDIR', tmp);
    vi.resetModules();
    vi.doMock('../src/formatters/sarif.js', async (importOriginal) => {
      const real = await importOriginal<typeof import('../src/formatters/sarif.js')>();
      return {
        ...real,
        stream: (...a: Parameters<typeof real.stream>) => {
          const s = real.stream(...a);
          let n = 0;
          return {
            ...s,
            file: (f: Parameters<typeof s.file>[0]) => {
              if (++n === 2) throw new Error('formatter bug');
              return s.file(f);
            },
          };
        },
      };
    });
    try {
      const { main } = await import('../src/cli/main.js');
      let stderr = '';
      const code = await main(['check', dir, '-f', 'json:out.json', '-f', 'sarif:out.sarif', '--jobs', '1'], {
        stdout: { write: () => true },
        stderr: { write: (s: string) => (stderr += s) },
        env: {},
        cwd: dir,
      });
      expect(code).toBe(2);
      expect(stderr).toBe('gongkai: 内部错误：formatter bug\n加 --debug 再运行一次可看到详情。\n');
      expect(readdirSync(dir).sort()).toEqual(['.tmp', 'a.json', 'b.json', 'c.json', 'tmp']);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      vi.doUnmock('../src/formatters/sarif.js');
      vi.resetModules();
    }
  });

  /** Runs the built CLI with a preload that throws an uncaught error at `when` (see tests/support/crash-preload.mjs). */
  function crash(when: 'spool' | 'output', args: string[]): { r: BinRun; dir: string; tmp: string } {
    const { dir, tmp } = scratch('gk-crash-');
    const folder = join(dir, 'reports');
    mkdirSync(folder);
    for (let i = 0; i < 60; i++) copyFileSync(i % 2 ? CLEAN : BROKEN, join(folder, `r${String(i).padStart(3, '0')}.json`));
    const started = performance.now();
    const p = spawnSync(process.execPath, ['--import', join(ROOT, 'tests/support/crash-preload.mjs'), BIN, 'check', 'reports', ...args], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      killSignal: 'SIGKILL',
      env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1', GONGKAI_CRASH_AT: when, GONGKAI_CRASH_OUTDIR: dir },
    });
    return { r: { status: p.status, signal: p.signal, stdout: p.stdout, stderr: p.stderr, seconds: (performance.now() - started) / 1000 }, dir, tmp };
  }

  it('an uncaught error while files are being checked: exit 2, one plain line, the spool folder removed', () => {
    const { r, tmp } = crash('spool', ['-f', 'json', '-o', 'out.json', '--jobs', '2']);
    expect(r.signal).toBeNull();
    expect(r.stderr).toContain('crash-preload: thrown');
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/gongkai: 内部错误：injected failure\n加 --debug 再运行一次可看到详情。\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('an uncaught error while an output is being written: exit 2, its partial file removed', () => {
    // html is drawn after the json stream was written and before that is put in place.
    const { r, dir, tmp } = crash('output', ['-f', 'html:page.html', '-f', 'json:out.json', '--jobs', '1']);
    expect(r.signal).toBeNull();
    expect(r.stderr).toContain('crash-preload: thrown');
    expect(r.status, r.stderr).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['.tmp', 'reports']);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
describe('terminal safety (item 8)', () => {
  it('terminalSafe: C0 (not \\n \\t), DEL, C1, ESC and bidi controls escaped; everything else kept', () => {
    expect(terminalSafe('a\x1b[31mred\x1b[0m\u202eevil\u2066x\u2069\r\x07\x7f\x9b\n\t中文 ok')).toBe('a\\x1b[31mred\\x1b[0m\\u202eevil\\u2066x\\u2069\\x0d\\x07\\x7f\\x9b\n\t中文 ok');
    expect(terminalSafe('\u202a\u202b\u202c\u202d\u2067\u2068')).toBe('\\u202a\\u202b\\u202c\\u202d\\u2067\\u2068');
    // Bytes of a file name that are not UTF-8 (kept as U+DC80–U+DCFF) show as the bytes; other lone surrogates by code.
    expect(terminalSafe(`r${nameFromBytes(Buffer.from([0xff]))}.json \ud800`)).toBe('r\\xff.json \\ud800');
    expect(terminalSafe('😀 \u200d')).toBe('😀 \u200d');
  });

  it('file names that are not UTF-8 keep their bytes (read back exactly)', () => {
    for (const bytes of [[0x72, 0xff, 0x2e], [0xe4, 0xb8], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe4, 0xb8, 0xad, 0x80]]) {
      const b = Buffer.from(bytes);
      const name = nameFromBytes(b);
      const back = fsPath(name);
      expect(Buffer.isBuffer(back) ? back : Buffer.from(back)).toEqual(b);
    }
    expect(nameFromBytes(Buffer.from('中文.json'))).toBe('中文.json');
    expect(fsPath('中文.json')).toBe('中文.json');
  });

  it('control characters in file names and report text are escaped in pretty and github output and on stderr; JSON keeps them', async () => {
    const { dir } = scratch('gk-escape-');
    const evil = 'evil\x1b]0;pwned\x07\u202e.json';
    const report = JSON.parse(readFileSync(BROKEN, 'utf8')) as Record<string, unknown>;
    report.agency = `某局\x1b[2J\u202e`;
    writeFileSync(join(dir, evil), JSON.stringify(report));
    writeFileSync(join(dir, 'notes\x1b[31m.png'), 'x');
    const shown = 'evil\\x1b]0;pwned\\x07\\u202e.json';
    const raw = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
    const pretty = await runCli(['check', dir, '--verbose', '--jobs', '1'], {}, dir);
    expect(pretty.stdout).toContain(shown);
    expect(pretty.stdout).toContain('某局\\x1b[2J\\u202e');
    expect(pretty.stdout).not.toMatch(raw);
    expect(pretty.stderr).toContain('notes\\x1b[31m.png');
    expect(pretty.stderr).not.toMatch(raw);
    const github = await runCli(['check', dir, '-f', 'github', '--jobs', '1'], { GITHUB_STEP_SUMMARY: join(dir, 'summary.md') }, dir);
    expect(github.stdout).toContain(`file=${shown}`);
    expect(github.stdout).not.toMatch(raw);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain(shown);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).not.toMatch(raw);
    // JSON is data: the real strings.
    const data = json((await runCli(['check', dir, '-f', 'json', '--jobs', '1'], {}, dir)).stdout);
    expect(data.files[0]!.file).toBe(join(dir, evil));
    expect(data.files[0]!.agency).toBe('某局\x1b[2J\u202e');
    // Messages on stderr that quote a name.
    const missing = await runCli(['check', dir, '--previous', 'gone\x1b[5m.json'], {}, dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('gone\\x1b[5m.json');
    expect(missing.stderr).not.toMatch(raw);
    const convert = await runCli(['convert', 'no\x1b[5m.json', '--to', 'json'], {}, dir);
    expect(convert.stderr).toContain('no\\x1b[5m.json');
    expect(convert.stderr).not.toMatch(raw);
  });

  it('a file whose name is not valid UTF-8 is read, and shown escaped', async () => {
    const { dir } = scratch('gk-bytes-');
    const folder = join(dir, 'reports');
    mkdirSync(folder);
    const name = Buffer.concat([Buffer.from(`${folder}/r`), Buffer.from([0xff, 0xfe]), Buffer.from('.json')]);
    writeFileSync(name, readFileSync(CLEAN));
    const sub = Buffer.concat([Buffer.from(`${folder}/d`), Buffer.from([0xe9])]);
    mkdirSync(sub);
    writeFileSync(Buffer.concat([sub, Buffer.from('/in.json')]), readFileSync(BROKEN));
    try {
      const r = await runCli(['check', folder, '-f', 'json', '--jobs', '1']);
      const files = json(r.stdout).files;
      expect(files.map((f) => [terminalSafe(f.file.slice(folder.length + 1)), f.readable, f.errorCount > 0])).toEqual([
        ['d\\xe9/in.json', true, true],
        ['r\\xff\\xfe.json', true, false],
      ]);
      const pretty = await runCli(['check', folder, '--jobs', '1'], {}, dir);
      expect(pretty.stdout).toContain('reports/r\\xff\\xfe.json');
      expect(pretty.stdout).toContain('reports/d\\xe9/in.json');
      expect(pretty.stdout).not.toMatch(/\ufffd|找不到/);
      // The same file through a glob pattern (the glob library gives such a name with U+FFFD in it; it
      // does not go into a folder whose name is not UTF-8 at all: give the folder itself for that).
      const globbed = await runCli(['check', `${folder}/*.json`, '-f', 'json', '--jobs', '1']);
      expect(json(globbed.stdout).files.map((f) => [terminalSafe(f.file.slice(folder.length + 1)), f.readable, f.errorCount > 0])).toEqual([['r\\xff\\xfe.json', true, false]]);
    } finally {
      unlinkSync(name);
    }
  });

  it('the config lookup stops at the repository root (.git) and at the home directory', async () => {
    const top = tempDir('gk-lookup-');
    writeFileSync(join(top, 'gongkai.config.json'), '{ "rules": { "narrative-figure": "off" } }');
    const narrative = async (file: string): Promise<string[]> =>
      json((await runCli(['check', file, '-f', 'json', '--jobs', '1'])).stdout).files[0]!.diagnostics.filter((d) => d.ruleId === 'narrative-figure').map((d) => d.severity);
    // Without a boundary the config above applies (the nearest wins).
    mkdirSync(join(top, 'plain', 'sub'), { recursive: true });
    copyFileSync(WARNED, join(top, 'plain', 'sub', 'r.json'));
    expect(await narrative(join(top, 'plain', 'sub', 'r.json'))).toEqual([]);
    // A repository: its root is the last folder looked at (its own config applies, the one above does not).
    // (Each case in folders of its own: the lookups are cached.)
    for (const [name, config, expected] of [['repo', undefined, ['warning']], ['repo2', 'error', ['error']]] as const) {
      mkdirSync(join(top, name, '.git'), { recursive: true });
      mkdirSync(join(top, name, 'reports'));
      copyFileSync(WARNED, join(top, name, 'reports', 'r.json'));
      if (config) writeFileSync(join(top, name, 'gongkai.config.json'), `{ "rules": { "narrative-figure": "${config}" } }`);
      expect(await narrative(join(top, name, 'reports', 'r.json')), name).toEqual(expected);
    }
    // A worktree or submodule has a .git file, not a folder.
    mkdirSync(join(top, 'worktree', 'x'), { recursive: true });
    writeFileSync(join(top, 'worktree', '.git'), 'gitdir: /elsewhere\n');
    copyFileSync(WARNED, join(top, 'worktree', 'x', 'r.json'));
    expect(await narrative(join(top, 'worktree', 'x', 'r.json'))).toEqual(['warning']);
    // The home directory: its own config applies, nothing above it.
    for (const [name, config, expected] of [['home', undefined, ['warning']], ['home2', 'info', ['info']]] as const) {
      mkdirSync(join(top, name, 'docs'), { recursive: true });
      copyFileSync(WARNED, join(top, name, 'docs', 'r.json'));
      if (config) writeFileSync(join(top, name, 'gongkai.config.json'), `{ "rules": { "narrative-figure": "${config}" } }`);
      vi.stubEnv('HOME', join(top, name));
      expect(await narrative(join(top, name, 'docs', 'r.json')), name).toEqual(expected);
    }
  });
});
