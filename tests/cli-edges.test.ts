/**
 * The command line's rough edges (issue #13 items 1, 4, 10, 11), through the CLI:
 * - `template -o` never replaces an existing file (a filled-in workbook) without --force;
 * - `check … | head -1`: a closed pipe ends the run quietly with the exit code its results earned and
 *   nothing left in the temp directory; Ctrl-C / SIGTERM remove the spool folder too (130 / 143). These
 *   run the real `bin/gongkai.js` (built dist/: `npm run build` first) with TMPDIR set to a fresh folder;
 * - argument errors and the help are Chinese by default and English with --lang en, wherever it stands;
 * - sizes: "10 字节", never a limit rounded up; units in any case; 0, negative and absurd sizes refused.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanUp } from '../src/cli/main.js';
import { openOutput, writeOutput } from '../src/cli/io-write.js';
import { Spool } from '../src/node/spool.js';
import { formatSize, parseSize, sizeOverLimit, SizeError } from '../src/size.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

const BIN = resolve('bin/gongkai.js');
const SEED = 'samples/tianmen-2021.json';
const BROKEN = 'samples/broken-2023.json';
/** A stack trace line, or a raw Node error, on standard error. */
const STACK = /\n\s+at |EPIPE|Error:|node:internal/;
const CJK = /[\u4e00-\u9fff]/;

// ---------------------------------------------------------------------------------------------
describe('template -o keeps an existing file unless --force (item 1)', () => {
  it('refuses an existing workbook: exit 2, what/where/how in Chinese, the file untouched, nothing else written', async () => {
    const dir = tempDir('gk-template-');
    const target = join(dir, '年度报告.xlsx');
    writeFileSync(target, 'filled in by hand');
    const r = await runCli(['template', '--to', 'xlsx', '-o', '年度报告.xlsx'], {}, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('文件已存在，未写入');
    expect(r.stderr).toContain(target);
    expect(r.stderr).toContain('--force');
    expect(r.stderr).not.toMatch(STACK);
    expect(readFileSync(target, 'utf8')).toBe('filled in by hand');
    expect(readdirSync(dir)).toEqual(['年度报告.xlsx']);
  });

  it('the same for --to csv, in English with --lang en; --force replaces it; a new name is written', async () => {
    const dir = tempDir('gk-template-');
    writeFileSync(join(dir, 'a.csv'), 'filled');
    const en = await runCli(['template', '--to', 'csv', '-o', 'a.csv', '--lang', 'en'], {}, dir);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/already exists: .*a\.csv\. Add --force to replace it/);
    expect(en.stderr).not.toMatch(CJK);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('filled');

    const forced = await runCli(['template', '--to', 'csv', '-o', 'a.csv', '--force'], {}, dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toContain('政府信息公开工作年度报告');
    const xlsx = await runCli(['template', '--to', 'xlsx', '-o', 'new.xlsx'], {}, dir);
    expect(xlsx.code).toBe(0);
    expect(readFileSync(join(dir, 'new.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
    const again = await runCli(['template', '--to', 'xlsx', '-o', 'new.xlsx', '--force'], {}, dir);
    expect(again.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'new.xlsx']);
  });

  it('a file that appears while the output is being written is not replaced either (checked again on commit)', async () => {
    const dir = tempDir('gk-template-');
    const out = await openOutput('late.csv', dir, [], { overwrite: false, lang: 'zh' });
    await out.write('template');
    writeFileSync(join(dir, 'late.csv'), 'someone else');
    await expect(out.commit()).rejects.toThrow(/文件已存在，未写入/);
    expect(readFileSync(join(dir, 'late.csv'), 'utf8')).toBe('someone else');
    expect(readdirSync(dir)).toEqual(['late.csv']);
    await expect(writeOutput('late.csv', 'x', dir, [], { overwrite: false })).rejects.toThrow(/文件已存在.* \/ not written: the file already exists/);
    expect(readdirSync(dir)).toEqual(['late.csv']);
  });
});

// ---------------------------------------------------------------------------------------------
/** A folder of `n` copies each of the broken and the clean sample (the broken ones have errors). */
function reports(dir: string, broken: number, clean: number, seed = SEED): string {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < broken; i++) copyFileSync(BROKEN, join(dir, `b${String(i).padStart(4, '0')}.json`));
  for (let i = 0; i < clean; i++) copyFileSync(seed, join(dir, `c${String(i).padStart(4, '0')}.json`));
  return dir;
}

/** Runs a shell line with TMPDIR set to `tmp`; the line prints gongkai's own exit status last. */
function sh(line: string, tmp: string): { status: number; stderr: string } {
  const r = spawnSync('bash', ['-c', line], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' } });
  const status = Number(r.stdout.trim().split('\n').pop());
  return { status, stderr: r.stderr };
}

describe('a closed pipe: `check … | head -1` (item 4)', () => {
  it('a batch with errors exits 1, leaves nothing in the temp directory, and says nothing on stderr', () => {
    const work = tempDir('gk-pipe-');
    const dir = reports(join(work, 'reports'), 20, 20);
    const tmp = join(work, 'tmp');
    mkdirSync(tmp);
    // About 1.5 MB of JSON: far more than a pipe holds, so gongkai is still writing when head goes away.
    const r = sh(`node "${BIN}" check "${dir}" -f json --jobs 2 | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`, tmp);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    expect(readdirSync(tmp)).toEqual([]);
    // The pretty output the same way, in one thread.
    const pretty = sh(`node "${BIN}" check "${dir}" --jobs 1 | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`, tmp);
    expect(pretty.status).toBe(1);
    expect(pretty.stderr).not.toMatch(STACK);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('other outputs are still finished whole (no partial .tmp file); a clean batch earns 0, not by accident', () => {
    const work = tempDir('gk-pipe-');
    const dir = reports(join(work, 'reports'), 10, 10);
    const tmp = join(work, 'tmp');
    mkdirSync(tmp);
    const out = join(work, 'out');
    mkdirSync(out);
    const r = sh(`cd "${out}" && node "${BIN}" check "${dir}" -f json -f sarif:r.sarif | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`, tmp);
    expect(r.status).toBe(1);
    expect(readdirSync(out)).toEqual(['r.sarif']);
    expect(JSON.parse(readFileSync(join(out, 'r.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(10);
    expect(readdirSync(tmp)).toEqual([]);

    // Every file checked without errors: that verdict is known (every file is checked before any output)
    // and earned, even though the output was cut short: exit 0. The output is far larger than a pipe
    // holds, so the pipe did close while gongkai was writing.
    const clean = reports(join(work, 'clean'), 0, 200);
    const whole = spawnSync(process.execPath, [BIN, 'check', clean, '-f', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, TMPDIR: tmp } });
    expect(whole.status).toBe(0);
    expect(whole.stdout.length).toBeGreaterThan(200_000);
    const ok = sh(`node "${BIN}" check "${clean}" -f json | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`, tmp);
    expect(ok.status).toBe(0);
    expect(ok.stderr).not.toMatch(STACK);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('Ctrl-C and SIGTERM while a batch runs (item 4)', () => {
  /** Starts a big batch, waits until its spool folder exists, sends `signal`, and returns what happened. */
  async function interrupt(signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string; tmp: string; spoolSeen: boolean }> {
    const work = tempDir('gk-signal-');
    const dir = reports(join(work, 'reports'), 600, 600);
    const tmp = join(work, 'tmp');
    mkdirSync(tmp);
    const child = spawn(process.execPath, [BIN, 'check', dir, '--jobs', '2', '-f', 'json'], { env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    // 'close': the process has exited and its output streams are read to the end.
    const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    let spoolSeen = false;
    for (let i = 0; i < 400 && !spoolSeen; i++) {
      spoolSeen = readdirSync(tmp).some((n) => n.startsWith('gongkai-run-'));
      if (!spoolSeen) await new Promise((r) => setTimeout(r, 25));
    }
    // Let the workers get going (their spool files are being written), then interrupt.
    await new Promise((r) => setTimeout(r, 300));
    child.kill(signal);
    const code = await exited;
    return { code, stderr, tmp, spoolSeen };
  }

  it('SIGINT: exit 130, the spool folder removed, no stack trace', async () => {
    const r = await interrupt('SIGINT');
    expect(r.spoolSeen).toBe(true);
    expect(r.code).toBe(130);
    expect(r.stderr).not.toMatch(STACK);
    expect(readdirSync(r.tmp)).toEqual([]);
  });

  it('SIGTERM: exit 143, the spool folder removed', async () => {
    const r = await interrupt('SIGTERM');
    expect(r.spoolSeen).toBe(true);
    expect(r.code).toBe(143);
    expect(readdirSync(r.tmp)).toEqual([]);
  });

  it('cleanUp() removes the open spools and the temporary files of unfinished outputs (what the signal handler calls)', async () => {
    const dir = tempDir('gk-cleanup-');
    const spool = new Spool();
    spool.writer('main').put({ a: 1 });
    const out = await openOutput('report.json', dir);
    await out.write('x'.repeat(200_000));
    expect(readdirSync(dir).some((n) => n.endsWith('.tmp'))).toBe(true);
    cleanUp();
    expect(existsSync(spool.dir)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    spool.close(); // safe after cleanUp
  });
});

// ---------------------------------------------------------------------------------------------
describe('argument errors follow --lang, wherever it stands (item 10)', () => {
  /** Commander's English texts, none of which may be shown. */
  const COMMANDER = /error:|unknown option|Did you mean|Allowed choices|required option|too many arguments|missing required argument|argument missing|is invalid|unknown command/;
  const cases: { args: string[]; zh: RegExp; en: RegExp; help: string }[] = [
    { args: ['check', SEED, '--fromat', 'json'], zh: /不认识的选项 --fromat。是不是要用 --format？/, en: /unknown option --fromat\. Did you mean --format\?/, help: 'gongkai check' },
    { args: ['chek', SEED], zh: /没有 chek 这个命令。可用的命令：check、rules、convert、template、app。是不是要用 check？/, en: /there is no command chek\. Commands: check, rules, convert, template, app\. Did you mean check\?/, help: 'gongkai' },
    { args: ['check'], zh: /缺少参数 <paths\.\.\.>：报告文件、目录/, en: /missing <paths\.\.\.>: report files, directories/, help: 'gongkai check' },
    { args: ['check', SEED, '--max-size'], zh: /选项 --max-size 后面缺少值（<size>）/, en: /option --max-size needs a value \(<size>\)/, help: 'gongkai check' },
    { args: ['template'], zh: /缺少必需的选项 --to，可选：xlsx、csv。/, en: /the option --to is required; choose one of: xlsx, csv\./, help: 'gongkai template' },
    { args: ['convert', SEED, '--to', 'pdf'], zh: /选项 --to 的值“pdf”无效：可选：json、csv、html。/, en: /invalid value "pdf" for --to: choose one of: json, csv, html\./, help: 'gongkai convert' },
    { args: ['check', SEED, '--jobs', '0'], zh: /选项 --jobs 的值“0”无效：应为正整数/, en: /invalid value "0" for --jobs: expected a whole number ≥ 1/, help: 'gongkai check' },
    { args: ['check', SEED, '--max-warnings', 'many'], zh: /选项 --max-warnings 的值“many”无效：应为 0 或正整数/, en: /invalid value "many" for --max-warnings: expected a whole number ≥ 0/, help: 'gongkai check' },
    { args: ['check', SEED, '--rule', 'no-such-rule=off'], zh: /没有编号为 no-such-rule 的规则（全部规则见 gongkai rules）/, en: /there is no rule no-such-rule \(see: gongkai rules\)/, help: 'gongkai check' },
    { args: ['check', SEED, '--rule', 'cell-blank'], zh: /应写成 规则编号=级别/, en: /expected id=severity/, help: 'gongkai check' },
    { args: ['check', SEED, '--timeout', 'soon'], zh: /应为秒数/, en: /expected seconds/, help: 'gongkai check' },
    { args: ['template', '--to', 'csv', '--year', '1999'], zh: /选项 --year 的值“1999”无效：应为 2000 至 2100 之间的四位年份/, en: /invalid value "1999" for --year: expected a four-digit year/, help: 'gongkai template' },
    { args: ['convert', SEED, 'extra.json', '--to', 'json'], zh: /多余的参数：extra\.json。文件名含空格时请加引号/, en: /unexpected argument\(s\): extra\.json\. Quote file names with spaces/, help: 'gongkai convert' },
    { args: ['template', 'out.xlsx', '--to', 'xlsx'], zh: /多余的参数：out\.xlsx。/, en: /unexpected argument\(s\): out\.xlsx\./, help: 'gongkai template' },
    { args: ['--bogus'], zh: /不认识的选项 --bogus。/, en: /unknown option --bogus\./, help: 'gongkai' },
  ];
  for (const c of cases) {
    it(`gongkai ${c.args.join(' ')}`, async () => {
      const zh = await runCli(c.args);
      expect(zh.code).toBe(2);
      expect(zh.stderr).toMatch(c.zh);
      expect(zh.stderr).not.toMatch(COMMANDER);
      expect(zh.stderr.trimEnd().split('\n').pop()).toBe(`查看用法：${c.help} --help`);
      expect(zh.stdout).toBe('');
      // English with --lang en right after the command, and after the mistake too (unless the mistake is
      // an option left without its value, which would take --lang as its value).
      const after = c.args[0]!.startsWith('-') ? [...c.args, '--lang', 'en'] : [c.args[0]!, '--lang', 'en', ...c.args.slice(1)];
      const variants = [after, ...(c.args.at(-1) === '--max-size' ? [] : [[...c.args, '--lang', 'en']])];
      for (const args of variants) {
        const en = await runCli(args);
        expect(en.code, args.join(' ')).toBe(2);
        expect(en.stderr, args.join(' ')).toMatch(c.en);
        expect(en.stderr).not.toMatch(CJK);
        expect(en.stderr.trimEnd().split('\n').pop()).toBe(`See: ${c.help} --help`);
      }
    });
  }

  it('usage errors of the commands follow --lang too (Chinese by default)', async () => {
    const twice = await runCli(['check', SEED, '-f', 'json', '-f', 'sarif']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('只能有一个 --format 输出到屏幕');
    expect(twice.stderr).not.toMatch(/only one/);
    const en = await runCli(['check', SEED, '-f', 'json', '-f', 'sarif', '--lang', 'en']);
    expect(en.stderr).toContain('only one --format can write to standard output');
    expect(en.stderr).not.toMatch(CJK);
    const same = await runCli(['check', SEED, '-f', 'json:x.out', '-f', 'sarif:./x.out', '--lang', 'en']);
    expect(same.stderr).toMatch(/two --format outputs name the same file/);
    expect((await runCli(['check', SEED, '-f', 'xml'])).stderr).toContain('不认识的输出格式 --format "xml"，可选：');
    const dir = tempDir('gk-lang-');
    const input = join(dir, 'report.json');
    copyFileSync(SEED, input);
    const own = await runCli(['check', input, '-f', 'json', '-o', 'report.json'], {}, dir);
    expect(own.code).toBe(2);
    expect(own.stderr).toMatch(/^gongkai: 不能把结果写到输入文件 .*report\.json 上，请用 -o 换一个文件名。\n$/);
    const ownEn = await runCli(['check', input, '-f', 'json', '-o', 'report.json', '--lang', 'en'], {}, dir);
    expect(ownEn.stderr).toMatch(/^gongkai: refusing to overwrite the input file .*report\.json: choose another name with -o\.\n$/);
    const missing = await runCli(['check', SEED, '-f', 'json', '-o', join(dir, 'no', 'such', 'r.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/无法写入 .*r\.json：文件夹不存在（ENOENT）。/);
    expect(missing.stderr).not.toMatch(/cannot write/);
    // convert -o says it in one language too (it gave both, zh / en).
    const convertOwn = await runCli(['convert', input, '--to', 'csv', '-o', input]);
    expect(convertOwn.code).toBe(2);
    expect(convertOwn.stderr).toMatch(/^gongkai: 不能把结果写到输入文件 .*report\.json 上，请用 -o 换一个文件名。\n$/);
    const convertEn = await runCli(['convert', input, '--to', 'csv', '-o', join(dir, 'no', 'such', 'r.csv'), '--lang', 'en']);
    expect(convertEn.code).toBe(2);
    expect(convertEn.stderr).toMatch(/^gongkai: cannot write .*r\.csv: the folder does not exist \(ENOENT\)\.\n$/);
    const year = await runCli(['template', '--to', 'csv', '--year', '2018', '--lang', 'en']);
    expect(year.stderr).toMatch(/no official format applies to the year 2018/);
    expect(year.stderr).not.toMatch(CJK);
  });
});

describe('the help is Chinese by default, English with --lang en (item 10)', () => {
  /** The lines of a help that describe something (an option, argument or command and its text). */
  function items(help: string): { term: string; text: string }[] {
    const out: { term: string; text: string }[] = [];
    for (const line of help.split('\n')) {
      const m = /^ {2}(\S.*?) {2,}(\S.*)$/.exec(line);
      if (m) out.push({ term: m[1]!, text: m[2]! });
    }
    return out;
  }
  for (const command of [[], ['check'], ['rules'], ['convert'], ['template'], ['app']]) {
    it(`gongkai ${[...command, '--help'].join(' ')}`, async () => {
      const zh = await runCli([...command, '--help']);
      expect(zh.code).toBe(0);
      expect(zh.stdout).toMatch(/^用法： gongkai/);
      expect(zh.stdout).toContain('选项：');
      const zhItems = items(zh.stdout);
      expect(zhItems.length).toBeGreaterThan(2);
      // Every option, argument and command is described in Chinese (a new option needs its text in src/messages/cli.ts).
      for (const { term, text } of zhItems) expect(text, term).toMatch(CJK);
      expect(zh.stdout).not.toMatch(/choices:|default:|display help|output the version/);

      const en = await runCli([...command, '--help', '--lang', 'en']);
      expect(en.code).toBe(0);
      expect(en.stdout).toMatch(/^Usage: gongkai/);
      const enItems = items(en.stdout);
      expect(enItems.map((x) => x.term)).toEqual(zhItems.map((x) => x.term));
      for (const { term, text } of enItems) expect(text, term).not.toMatch(CJK);
    });
  }

  it('long Chinese descriptions are wrapped to the terminal width, between characters', async () => {
    const r = await runCli(['check', '--help']);
    const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1), 0);
    for (const line of r.stdout.split('\n')) expect(width(line), line).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toMatch(/\n\s+[）。，；]/);
  });
});

// ---------------------------------------------------------------------------------------------
describe('sizes (item 11)', () => {
  it('--max-size 10 says "10 字节" / "10 bytes", not "1 KB"', async () => {
    const zh = await runCli(['check', SEED, '--max-size', '10']);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toMatch(/文件大小 \d+(\.\d)? KB 超过上限 10 字节/);
    expect(zh.stdout).not.toContain('1 KB');
    const en = await runCli(['check', SEED, '--max-size', '10', '--lang', 'en']);
    expect(en.stdout).toMatch(/exceeds the limit 10 bytes/);
  });

  it('a file just over the limit never reads as equal to it: both in bytes then', async () => {
    const dir = tempDir('gk-size-');
    const seed = readFileSync(SEED, 'utf8');
    const p = join(dir, 'r.json');
    writeFileSync(p, seed + ' '.repeat(102_401 - Buffer.byteLength(seed)));
    const r = await runCli(['check', p, '--max-size', '100KB']);
    expect(r.stdout).toContain('文件大小 102,401 字节 超过上限 102,400 字节');
    const m = await runCli(['check', p, '--max-size', '100000', '--lang', 'en']);
    expect(m.stdout).toContain('File size 100 KB exceeds the limit 97.6 KB');
  });

  it('units in any case: B, K, KB, KiB, M, MB, MiB, G, GB, GiB (all binary)', async () => {
    for (const [text, bytes] of [['10', 10], ['10b', 10], ['1k', 1024], ['1KB', 1024], ['1kib', 1024], ['1.5m', 1.5 * 1024 ** 2], ['50MB', 50 * 1024 ** 2], ['2 MiB', 2 * 1024 ** 2], ['1g', 1024 ** 3], ['1Gb', 1024 ** 3], ['2GiB', 2 * 1024 ** 3]] as const) {
      expect(parseSize(text), text).toBe(bytes);
    }
    for (const [text, problem] of [['0', 'notPositive'], ['0KB', 'notPositive'], ['0.0001', 'notPositive'], ['-5MB', 'notPositive'], ['3GB', 'tooLarge'], ['1TB', 'syntax'], ['huge', 'syntax'], ['', 'syntax'], ['5 M B', 'syntax']] as const) {
      expect(() => parseSize(text), text).toThrow(SizeError);
      try {
        parseSize(text);
      } catch (e) {
        expect((e as SizeError).problem, text).toBe(problem);
      }
    }
    // Through the CLI: accepted units read the file, refused ones are a usage error with the reason.
    expect((await runCli(['check', SEED, '--max-size', '1mib', '-f', 'json'])).code).toBe(0);
    expect((await runCli(['check', SEED, '--max-size', '1 Mb', '-f', 'json'])).code).toBe(0);
    const zero = await runCli(['check', SEED, '--max-size', '0']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/选项 --max-size 的值“0”无效：必须大于 0/);
    const negative = await runCli(['check', SEED, '--max-size', '-1MB', '--lang', 'en']);
    expect(negative.stderr).toMatch(/invalid value "-1MB" for --max-size: must be more than 0/);
    const absurd = await runCli(['convert', SEED, '--to', 'json', '--max-size', '5000GB']);
    expect(absurd.stderr).toMatch(/不能超过 2 GB/);
  });

  it('formatSize: bytes below 1 KB, one decimal at most, rounding as asked', () => {
    expect(formatSize(1, 'en')).toBe('1 byte');
    expect(formatSize(1023, 'zh')).toBe('1,023 字节');
    expect(formatSize(1024, 'zh')).toBe('1 KB');
    expect(formatSize(1536, 'en')).toBe('1.5 KB');
    expect(formatSize(1025, 'en', 'up')).toBe('1.1 KB');
    expect(formatSize(1126, 'en', 'down')).toBe('1 KB');
    expect(formatSize(50 * 1024 ** 2, 'en')).toBe('50 MB');
    expect(formatSize(2 * 1024 ** 3, 'en')).toBe('2 GB');
    expect(sizeOverLimit(11, 10, 'zh')).toEqual({ size: '11 字节', limit: '10 字节' });
    expect(sizeOverLimit(1025, 1024, 'en')).toEqual({ size: '1,025 bytes', limit: '1,024 bytes' });
    expect(sizeOverLimit(1200, 1126, 'en')).toEqual({ size: '1.2 KB', limit: '1 KB' });
    expect(sizeOverLimit(300 * 1024 + 1, 100 * 1024, 'zh')).toEqual({ size: '300 KB', limit: '100 KB' });
    expect(sizeOverLimit(1024 * 1024 + 1, 1024 * 1024, 'en')).toEqual({ size: '1,048,577 bytes', limit: '1,048,576 bytes' });
  });
});
