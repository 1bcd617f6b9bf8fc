/**
 * What a run picks up from a directory or a pattern, and what it says about the rest (issue #13, items 7
 * and 9):
 * - JSON files that are not reports (a previous `check -f json` result, a package.json, a tsconfig.json,
 *   a hand-made truth.json) are skipped with a count, listed with --verbose; named on the command line,
 *   each is one clear error. A real but broken report is never taken for one of them.
 * - Files in formats reports come in that gongkai cannot read yet (.doc, .wps, .et, .ofd) are named
 *   with what to do when nothing could be checked, and counted otherwise; other files stay quiet.
 * - Hidden folders and node_modules are not walked unless named.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport } from '../src/node/file.js';
import { ReadError } from '../src/errors.js';
import type { RunResult } from '../src/model/diagnostic.js';
import { notReportKind } from '../src/readers/json.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLE = join(ROOT, 'samples/tianmen-2021.json');
const TRUTH = join(ROOT, 'fixtures/corpus-pages/pingtan-2023/truth.json');
/** Real reports that are broken: still checked, never skipped. */
const BROKEN_TYPES = join(ROOT, 'fixtures/rules/json-schema/invalid-types/input.json');
const MISSPELT = join(ROOT, 'fixtures/rules/json-unknown-key/invalid-misspelt-key/input.json');

let dir: string;
/** The files that are not reports, as the run finds them. */
let notReports: string[];
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongkai-skips-'));
  mkdirSync(join(dir, 'results'));
  mkdirSync(join(dir, 'corpus'));
  mkdirSync(join(dir, '.vscode'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'node_modules/dep'), { recursive: true });
  copyFileSync(SAMPLE, join(dir, 'report.json'));
  copyFileSync(BROKEN_TYPES, join(dir, 'broken-types.json'));
  copyFileSync(MISSPELT, join(dir, 'misspelt.json'));
  writeFileSync(join(dir, 'broken-syntax.json'), '{"schemaVersion": 1,, "sections": []}');
  // A hand-written report with no schemaVersion, one misspelt key and nothing else of the form.
  writeFileSync(join(dir, 'hand-made.json'), JSON.stringify({ titel: '某局2023年政府信息公开工作年度报告' }));
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  copyFileSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
  copyFileSync(TRUTH, join(dir, 'corpus/truth.json'));
  writeFileSync(join(dir, '.vscode/settings.json'), JSON.stringify({ 'editor.tabSize': 2, 'files.eol': '\n' }));
  writeFileSync(join(dir, '.git/config.json'), '{"x": 1}');
  copyFileSync(SAMPLE, join(dir, 'node_modules/dep/report.json'));
  // Earlier results of gongkai itself, written where the reports are.
  for (const [format, name] of [['json', 'gongkai.json'], ['sarif', 'gongkai.sarif.json'], ['html', 'gongkai.html']] as const) {
    const r = await runCli(['check', SAMPLE, '--format', `${format}:${join(dir, 'results', name)}`]);
    expect(r.code, r.stderr).toBe(0);
  }
  notReports = ['corpus/truth.json', 'package.json', 'results/gongkai.html', 'results/gongkai.json', 'results/gongkai.sarif.json', 'tsconfig.json'].map((p) => join(dir, p));
});

describe('recognising a JSON file that is not a report', () => {
  const parse = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

  it('knows the kinds by their shape', async () => {
    const result = JSON.parse((await runCli(['check', SAMPLE, '--format', 'json'])).stdout);
    expect(notReportKind(result)).toBe('notReportResult');
    expect(notReportKind(JSON.parse((await runCli(['check', SAMPLE, '--format', 'sarif'])).stdout))).toBe('notReportSarif');
    expect(notReportKind(parse(join(ROOT, 'package.json')))).toBe('notReportNpm');
    expect(notReportKind({ name: 'x', lockfileVersion: 3, packages: {} })).toBe('notReportNpm');
    expect(notReportKind(parse(join(ROOT, 'tsconfig.json')))).toBe('notReportTsconfig');
    expect(notReportKind(parse(TRUTH))).toBe('notReportFigures');
    expect(notReportKind({ 'editor.tabSize': 2 })).toBe('notReportJson');
    expect(notReportKind({})).toBe('notReportJson');
    expect(notReportKind([1, 2, 3])).toBe('notReportJson');
    expect(notReportKind(JSON.parse((await runCli(['rules', '--format', 'json'])).stdout))).toBe('notReportRules');
  });

  it('never takes a report, however broken, for one: every report and rule fixture of the repository', () => {
    const files = [
      ...readdirSync(join(ROOT, 'fixtures/corpus')).map((f) => join(ROOT, 'fixtures/corpus', f)),
      ...readdirSync(join(ROOT, 'samples')).map((f) => join(ROOT, 'samples', f)),
      ...readdirSync(join(ROOT, 'fixtures/rules')).flatMap((rule) =>
        readdirSync(join(ROOT, 'fixtures/rules', rule)).map((c) => join(ROOT, 'fixtures/rules', rule, c, 'input.json')),
      ),
    ].filter((f) => f.endsWith('.json') && existsSync(f) && !f.includes('read-error/invalid-not-report'));
    expect(files.length).toBeGreaterThan(60);
    for (const f of files) {
      let json: unknown;
      try {
        json = parse(f);
      } catch {
        continue; // a syntax error: reported as such, never looked at for its shape
      }
      expect(notReportKind(json as never), f).toBeUndefined();
    }
  });

  it('a broken report is not one: misspelt or wrongly typed keys, no schemaVersion, Chinese keys, a report in a list', () => {
    expect(notReportKind({ titel: 'x' })).toBeUndefined();
    expect(notReportKind({ Sections: [], Tabels: {} })).toBeUndefined();
    expect(notReportKind({ year: '2023年' })).toBeUndefined();
    expect(notReportKind({ 标题: '某局年度报告' })).toBeUndefined();
    expect(notReportKind({ content: '某局2023年政府信息公开工作年度报告' })).toBeUndefined();
    expect(notReportKind([parse(SAMPLE)])).toBeUndefined();
    // The shape of a known kind is not enough when the file also has the report's own keys.
    expect(notReportKind({ name: 'x', version: '1', sections: [] })).toBeUndefined();
  });

  it('readReport throws the read-error that says what the file is, with what to give instead', async () => {
    const e = await readReport(join(dir, 'package.json')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ReadError);
    expect(e).toMatchObject({ ruleId: 'read-error', messageId: 'notReportNpm', hintId: 'giveReport' });
    await expect(readReport(join(dir, 'results/gongkai.html'))).rejects.toMatchObject({ messageId: 'notReportPage' });
  });
});

describe('gongkai check <dir>: files that are not reports are skipped', () => {
  it('checks the reports, broken ones included, and counts the rest in the summary', async () => {
    const r = await runCli(['check', dir, '--format', 'json', '--jobs', '1']);
    expect(r.code, r.stderr).toBe(1); // the broken reports
    const result = JSON.parse(r.stdout) as RunResult;
    const checked = result.files.map((f) => f.file.slice(dir.length + 1));
    expect(checked).toEqual(['broken-syntax.json', 'broken-types.json', 'hand-made.json', 'misspelt.json', 'report.json']);
    expect(result.files.find((f) => f.file.endsWith('broken-syntax.json'))!.diagnostics[0]!.ruleId).toBe('json-schema');
    expect(result.files.find((f) => f.file.endsWith('broken-types.json'))!.diagnostics.some((d) => d.ruleId === 'json-schema')).toBe(true);
    expect(result.files.find((f) => f.file.endsWith('hand-made.json'))!.diagnostics.some((d) => d.ruleId === 'json-unknown-key')).toBe(true);
    expect(result.summary.files).toBe(5);
    expect(result.summary.skipped).toEqual({ notReport: notReports.length, notYet: 0, otherFormats: 0 });
    expect(r.stderr).toBe(`跳过 ${notReports.length} 个不是年度报告的文件（加 --verbose 查看）。\n`);
  });

  it('pretty and SARIF say it too; --verbose names each file and what it is', async () => {
    const pretty = await runCli(['check', dir, '--jobs', '1', '--lang', 'en']);
    expect(pretty.code).toBe(1);
    expect(pretty.stderr).toContain(`Skipped ${notReports.length} file(s) that are not annual reports (--verbose lists them).`);
    for (const p of notReports) expect(pretty.stdout).not.toContain(p.slice(dir.length + 1));
    const sarif = JSON.parse((await runCli(['check', dir, '--format', 'sarif', '--jobs', '1'])).stdout);
    expect(sarif.runs[0].properties.summary.skipped.notReport).toBe(notReports.length);
    const verbose = await runCli(['check', dir, '--verbose', '--jobs', '1']);
    expect(verbose.stderr).toContain(`跳过 ${join(dir, 'results/gongkai.json')}：这是 gongkai 的检查结果文件`);
    expect(verbose.stderr).toContain(`跳过 ${join(dir, 'results/gongkai.html')}：这是 gongkai 的检查结果网页`);
    expect(verbose.stderr).toContain(`跳过 ${join(dir, 'results/gongkai.sarif.json')}：这是 SARIF 格式的检查结果文件`);
    expect(verbose.stderr).toContain(`跳过 ${join(dir, 'package.json')}：这是 npm 的软件包说明文件`);
    expect(verbose.stderr).toContain(`跳过 ${join(dir, 'tsconfig.json')}：这是 TypeScript 或 JavaScript 的项目配置文件`);
    expect(verbose.stderr).toContain(`跳过 ${join(dir, 'corpus/truth.json')}：这是人工整理的年度报告数字文件`);
    expect(verbose.stderr).not.toContain('加 --verbose');
  });

  it('the batch page says how many files were not checked', async () => {
    const r = await runCli(['check', dir, '--format', 'html', '--jobs', '1']);
    expect(r.stdout).toContain(`另有 ${notReports.length} 个文件未检查（不是年度报告，或格式暂不能读取）。`);
    expect(r.stdout).not.toContain('package.json');
  });

  it('a pattern finds them too and skips them the same way', async () => {
    const r = await runCli(['check', join(dir, '*.json'), '--format', 'json', '--jobs', '1']);
    const result = JSON.parse(r.stdout) as RunResult;
    expect(result.files.map((f) => f.file)).not.toContain(join(dir, 'package.json'));
    expect(result.summary.skipped?.notReport).toBe(2); // package.json, tsconfig.json
  });

  it('a directory of nothing but results: no file to check, exit 1, and why', async () => {
    const r = await runCli(['check', join(dir, 'results')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('没有找到可检查的文件。\n跳过 3 个不是年度报告的文件（加 --verbose 查看）。\n');
  });

  it('hidden folders and node_modules are not walked, unless named', async () => {
    const r = await runCli(['check', dir, '--format', 'json', '--verbose', '--jobs', '1']);
    expect(r.stdout + r.stderr).not.toMatch(/\.vscode|\.git|node_modules/);
    const named = await runCli(['check', join(dir, '.vscode'), '--verbose']);
    expect(named.stderr).toContain(`跳过 ${join(dir, '.vscode/settings.json')}：这个 JSON 文件里没有年度报告的内容`);
    const nm = await runCli(['check', join(dir, 'node_modules'), '--format', 'json']);
    expect((JSON.parse(nm.stdout) as RunResult).files.map((f) => f.file)).toEqual([join(dir, 'node_modules/dep/report.json')]);
    const pattern = await runCli(['check', join(dir, 'node_modules/**/*.json'), '--format', 'json']);
    expect((JSON.parse(pattern.stdout) as RunResult).summary.files).toBe(1);
  });
});

describe('gongkai check <file that is not a report>: one clear error', () => {
  for (const [name, what, lang] of [
    ['package.json', '这是 npm 的软件包说明文件（package.json 或 package-lock.json），不是年度报告，未检查。', 'zh'],
    ['results/gongkai.json', '这是 gongkai 的检查结果文件（gongkai check --format json 的输出），不是年度报告，未检查。', 'zh'],
    ['corpus/truth.json', "This is a hand-made file of a report's figures", 'en'],
    ['.vscode/settings.json', 'This JSON file holds nothing of an annual report', 'en'],
  ] as const) {
    it(`${name} (${lang})`, async () => {
      const r = await runCli(['check', join(dir, name), '--format', 'json', '--lang', lang]);
      expect(r.code).toBe(1);
      const f = (JSON.parse(r.stdout) as RunResult).files;
      expect(f).toHaveLength(1);
      expect(f[0]!.readable).toBe(false);
      expect(f[0]!.diagnostics).toHaveLength(1);
      const d = f[0]!.diagnostics[0]!;
      expect(d.severity).toBe('error');
      expect(d.message).toContain(what);
      expect(d.hint).toContain(lang === 'zh' ? '请检查年度报告本身' : 'Check the annual report itself');
      const pretty = await runCli(['check', join(dir, name), '--lang', lang]);
      expect(pretty.code).toBe(1);
      expect(pretty.stdout).toContain(what);
    });
  }

  it('named among a directory, it is the error and the rest are skipped', async () => {
    const r = await runCli(['check', dir, join(dir, 'package.json'), '--format', 'json', '--jobs', '1']);
    const result = JSON.parse(r.stdout) as RunResult;
    expect(result.files.find((f) => f.file === join(dir, 'package.json'))?.readable).toBe(false);
    expect(result.summary.skipped?.notReport).toBe(notReports.length - 1);
  });
});

describe('formats gongkai cannot read yet (item 9)', () => {
  // PDF was one of these until the PDF reader came (#16): a .pdf in a folder is now checked (below).
  const docs = ['年报.doc', '年报.wps', '表格.et', '年报.ofd', '二〇二二.doc'];
  const quiet = ['封面.png', '附件.zip', 'README.md'];
  const make = (): string => {
    const d = tempDir('gongkai-notyet-');
    for (const n of [...docs, ...quiet]) writeFileSync(join(d, n), 'x');
    return d;
  };

  it('a folder of them: says which files were skipped, why and what to do; other files only counted', async () => {
    const d = make();
    const r = await runCli(['check', d]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe('没有找到可检查的文件。');
    expect(lines).toContain(`未检查 2 个文件（${join(d, '二〇二二.doc')}、${join(d, '年报.doc')}）：.doc 是旧版 Word 格式，暂不支持。请用 Word 或 WPS 打开后另存为 .docx。`);
    expect(r.stderr).toContain('.wps 是 WPS 文字格式，暂不支持。请在 WPS 中另存为 .docx');
    expect(r.stderr).toContain('.et 是 WPS 表格格式，暂不支持。请在 WPS 中另存为 .xlsx');
    expect(r.stderr).toContain('OFD 版式文件暂不支持。');
    expect(lines.at(-1)).toBe('另有 3 个文件不是可检查的格式（加 --verbose 查看）。');
    for (const q of quiet) expect(r.stderr).not.toContain(q);
    const en = await runCli(['check', d, '--lang', 'en']);
    expect(en.stderr).toContain(`2 file(s) not checked (${join(d, '二〇二二.doc')}, ${join(d, '年报.doc')}): .doc is`);
  });

  it('many of one kind: the first three named', async () => {
    const d = tempDir('gongkai-wps-');
    for (let i = 1; i <= 5; i++) writeFileSync(join(d, `${i}.wps`), 'x');
    const r = await runCli(['check', d]);
    expect(r.stderr).toContain(`未检查 5 个文件（${join(d, '1.wps')}、${join(d, '2.wps')}、${join(d, '3.wps')} 等）：.wps 是 WPS 文字格式，暂不支持。`);
  });

  it('beside a report: a count, and --verbose lists every skipped file with its reason', async () => {
    const d = make();
    copyFileSync(SAMPLE, join(d, 'report.json'));
    const r = await runCli(['check', d, '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as RunResult).summary.skipped).toEqual({ notReport: 0, notYet: docs.length, otherFormats: quiet.length });
    expect(r.stderr).toBe(`跳过 ${docs.length} 个暂不能读取的文件（.doc、.wps、.ofd 等；加 --verbose 查看）。\n`);
    const v = await runCli(['check', d, '--verbose']);
    expect(v.stderr).toContain(`跳过 ${join(d, '年报.wps')}：.wps 是 WPS 文字格式`);
    expect(v.stderr).toContain(`跳过（不是可检查的格式）：${join(d, '封面.png')}`);
  });

  it('named on the command line: the error says what to do', async () => {
    const d = make();
    const r = await runCli(['check', join(d, '年报.doc'), '--format', 'json']);
    expect(r.code).toBe(1);
    const diag = (JSON.parse(r.stdout) as RunResult).files[0]!.diagnostics[0]!;
    expect(diag.messageId).toBe('unsupported');
    expect(diag.hint).toContain('.doc 是旧版 Word 格式');
  });

  it('a .pdf is no longer one of them: it is read, and a file that is no PDF is unreadable with the reason', async () => {
    const d = tempDir('gongkai-pdf-');
    writeFileSync(join(d, '年报.pdf'), 'x');
    const r = await runCli(['check', d, '--format', 'json']);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as RunResult;
    expect(result.summary.skipped).toBeUndefined();
    const diag = result.files[0]!.diagnostics[0]!;
    expect([diag.ruleId, diag.messageId]).toEqual(['read-error', 'unreadable']);
    expect(diag.message).toContain('PDF');
    expect(diag.message).toContain('已损坏或不完整');
  });
});
