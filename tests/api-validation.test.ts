/**
 * Validated limits (issue #14 item 7).
 * - Node API: every option is validated (zod) before anything runs; a wrong one rejects with an
 *   OptionError that names the function, the option, what it should be and what it is (Chinese, or
 *   English with lang: 'en'); a callback that throws stops the run, which rejects with a CallbackError
 *   naming it, after removing its temporary files. Each misuse runs in a host program of its own
 *   (tests/support/api-host.mjs, on the built dist/) that must catch the error and end normally: the API
 *   never takes its host down, never leaves a promise unsettled. Before: `jobs: NaN` never settled,
 *   `lang: 'xx'` was a TypeError from inside, `rules: { x: 'fatal' }` and `maxSize: NaN` were accepted,
 *   an `onProgress` that threw killed the host.
 * - CLI: `--timeout` at most 24 hours (2147484 s overflowed Node's timer and every file "timed out"),
 *   `-j` at most 64 (`-j 10000` started ten thousand workers).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../src/model/diagnostic.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const HOST = join(ROOT, 'tests/support/api-host.mjs');

interface Outcome {
  name?: string;
  message?: string;
  option?: string;
  api?: string;
  callback?: string;
  cause?: string;
  resolved?: boolean;
  files?: number;
  fatal?: string;
}

/** Runs one misuse in a host program of its own; the host must end normally within the bound. */
function host(name: string): Outcome & { leftInTmp: string[] } {
  const dir = tempDir('gk-api-');
  const reports = join(dir, 'reports');
  const tmp = join(dir, 'tmp');
  mkdirSync(reports);
  mkdirSync(tmp);
  copyFileSync(join(ROOT, 'samples/tianmen-2021.json'), join(reports, 'clean.json'));
  copyFileSync(join(ROOT, 'samples/broken-2023.json'), join(reports, 'broken.json'));
  writeFileSync(join(reports, 'notes.png'), 'not a report');
  const r = spawnSync(process.execPath, [HOST, name, reports], { encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL', env: { ...process.env, TMPDIR: tmp } });
  expect(r.signal, `${name}: the host did not end by itself (a promise never settled?)`).toBeNull();
  expect(r.status, `${name}: ${r.stdout}${r.stderr}`).toBe(0);
  expect(r.stderr, name).toBe('');
  return { ...(JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Outcome), leftInTmp: readdirSync(tmp) };
}

describe('Node API options are validated, with a clear error', () => {
  const cases: [string, string, string][] = [
    ['jobs-nan', 'jobs', 'gongkai check：选项 jobs 应为 1 至 64 之间的整数（同时检查的文件数），实际为 NaN。'],
    ['jobs-zero-en', 'jobs', 'gongkai check: option jobs must be a whole number from 1 to 64 (files checked at the same time), not 0.'],
    ['jobs-many', 'jobs', 'gongkai check：选项 jobs 应为 1 至 64 之间的整数（同时检查的文件数），实际为 10000。'],
    ['lang-xx', 'lang', 'gongkai check：选项 lang 应为 "zh" 或 "en"，实际为 "xx"。'],
    ['rules-unknown', 'rules.x', 'gongkai check：选项 rules 中没有编号为 "x" 的规则（全部规则见 gongkai rules）。'],
    ['rules-severity', 'rules.cell-blank', 'gongkai check：选项 rules 中 cell-blank 的级别应为 "off"、"info"、"warning" 或 "error"，实际为 "fatal"。'],
    ['maxsize-nan', 'maxSize', 'gongkai check：选项 maxSize 应为 1 至 2147483648 之间的整数（字节数，即不超过 2 GB），实际为 NaN。'],
    ['maxsize-nan-read', 'maxSize', 'gongkai read：选项 maxSize 应为 1 至 2147483648 之间的整数（字节数，即不超过 2 GB），实际为 NaN。'],
    ['timeout-overflow', 'timeoutMs', 'gongkai check：选项 timeoutMs 应为 0（不限时）至 86400000（24 小时）之间的毫秒数，实际为 2147484000。'],
    ['timeout-negative', 'timeoutMs', 'gongkai check：选项 timeoutMs 应为 0（不限时）至 86400000（24 小时）之间的毫秒数，实际为 -1。'],
    ['unknown-option', 'job', 'gongkai check：不认识的选项 job。可用的选项：lang, rules, maxSize, encoding, jobs, timeoutMs, previous, published, onSkip, onProgress, syncIo。'],
    ['encoding', 'encoding', 'gongkai check：选项 encoding 应为文本编码的名称，例如 "gb18030"、"gbk"、"utf-8"，实际为 "klingon"。'],
    ['paths', 'paths', 'gongkai check：参数 paths 应为文件、文件夹或通配符的路径（非空字符串），或这样的路径组成的数组，实际为 42。'],
    ['on-file-missing', 'onFile', 'gongkai checkEach：参数 onFile 应为函数（每个文件的结果交给它），实际为 undefined。'],
    ['convert-to', 'to', 'gongkai convert：选项 to 应为 "json" 或 "csv"，实际为 "xml"。'],
    ['format-context', 'color', 'gongkai format：选项 color 应为 0、1、2 或 3（颜色级别，0 表示不用颜色），实际为 7。'],
    ['check-file-jobs', 'jobs', 'gongkai checkFile：选项 jobs 应为 1 至 64 之间的整数（同时检查的文件数），实际为 -3。'],
  ];
  for (const [name, option, message] of cases) {
    it(`${name}: rejects with an OptionError naming ${option}, and the host lives on`, () => {
      const o = host(name);
      expect(o).toMatchObject({ name: 'OptionError', option, message });
      expect(o.leftInTmp).toEqual([]);
    });
  }

  it('valid options at their limits are accepted', () => {
    expect(host('fine')).toMatchObject({ resolved: true, files: 2, leftInTmp: [] });
  });
});

describe('a callback that throws stops the run, which rejects naming it; the host lives on', () => {
  const cases: [string, string, string][] = [
    ['on-progress-throws', 'onProgress', 'the progress bar broke'],
    ['on-skip-throws', 'onSkip', 'the skip list broke'],
    ['on-file-throws', 'onFile', 'the database broke'],
    ['on-file-rejects', 'onFile', 'the database is gone'],
  ];
  for (const [name, callback, cause] of cases) {
    it(`${callback} (${name})`, () => {
      const o = host(name);
      expect(o.fatal).toBeUndefined();
      expect(o).toMatchObject({ name: 'CallbackError', callback, cause });
      expect(o.message).toBe(`gongkai: the ${callback} callback threw (Error: ${cause}); the run was stopped and its temporary files removed`);
      // Its spool folder and checking processes are gone (the host ended by itself: no child holds it).
      expect(o.leftInTmp).toEqual([]);
    });
  }
});

describe('CLI limits', () => {
  const dir = tempDir('gk-limits-');
  const file = join(dir, 'clean.json');
  copyFileSync(join(ROOT, 'samples/tianmen-2021.json'), file);

  it('--timeout above 24 hours is refused (2147484 s overflowed the timer: every file "timed out")', async () => {
    const zh = await runCli(['check', file, '--timeout', '2147484']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('选项 --timeout 的值“2147484”无效：不能超过 86400 秒（24 小时）；0 表示不限时。');
    const en = await runCli(['check', file, '--timeout', '86401', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('must be at most 86400 seconds (24 hours); 0 means no limit.');
    expect((await runCli(['check', file, '--timeout', '86400000ms', '-f', 'json'])).code).toBe(0);
  });

  it('the largest --timeout checks the file normally through the built CLI', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', file, '--timeout', '86400', '-f', 'json'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as RunResult).summary.unreadable).toBe(0);
  });

  it('-j above 64 is refused; -j 64 is accepted', async () => {
    const zh = await runCli(['check', file, '-j', '10000']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('选项 --jobs 的值“10000”无效：不能超过 64（同时检查的文件数；默认每个处理器核心一个）。');
    const en = await runCli(['check', file, '-j', '65', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('must be at most 64');
    expect((await runCli(['check', file, '-j', '64'])).code).toBe(0);
  });
});
