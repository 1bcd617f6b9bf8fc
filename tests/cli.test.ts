/** End-to-end tests of the CLI: exit codes, output formats, languages, options, convert. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../src/model/diagnostic.js';
import { RULES } from '../src/rules/index.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

const SEED = 'samples/tianmen-2021.json';
const BROKEN = 'samples/broken-2023.json';

describe('gongkai check', () => {
  it('passes the clean seed report with the warning for its 五 heading (exit 0)', async () => {
    const r = await runCli(['check', SEED]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('五、政府信息公开工作存在的问题及改进情况');
    expect(r.stdout).toContain('五、存在的主要问题及改进情况');
    expect(r.stdout).toContain('section-title');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('fails the broken sample at the right cells (exit 1)', async () => {
    const r = await runCli(['check', BROKEN, '--format', 'json']);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as RunResult;
    const errors = result.files[0]!.diagnostics.filter((d) => d.severity === 'error');
    const at = errors.map((d) => `${d.ruleId}@${d.location.cell ?? d.location.section}`);
    expect(at).toEqual(
      expect.arrayContaining([
        'table3-balance@t3.total.natural',
        'table3-row-total@t3.new.total',
        'table4-row-total@t4.review.total',
        'amount-unit@t2.fees.fee_amount',
        'section-missing@s6',
      ]),
    );
    const balance = errors.find((d) => d.ruleId === 'table3-balance')!;
    expect(balance.physical?.pointer).toBe('/tables/t3/total/natural');
    expect(balance.location.labels).toMatchObject({ row: '（七）总计', column: '自然人', rowGroup: '三、本年度办理结果' });
    // One wrong cell (本年新收 自然人 81, should be 80) breaks the row and the column: the balance states
    // no 应为 derived from it, and points at that cell (issue #13 item 3).
    expect(balance.expected).toBeUndefined();
    expect(balance.data).toMatchObject({ causeCell: 't3.new.natural', causeValue: 80, causeActual: 81 });
    expect(balance.related?.map((x) => x.location.cell)).toContain('t3.new.natural');
    expect(balance.equation).toContain('一、本年新收政府信息公开申请数量');
  });

  it('checks a directory and prints a summary', async () => {
    const r = await runCli(['check', 'samples']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('共检查 2 个文件');
    expect(r.stdout.indexOf('broken-2023.json')).toBeLessThan(r.stdout.indexOf('tianmen-2021.json'));
  });

  it('speaks English with --lang en', async () => {
    const r = await runCli(['check', BROKEN, '--lang', 'en']);
    expect(r.stdout).toContain('does not balance');
    expect(r.stdout).toContain('Checked 1 file(s)');
    expect(r.stdout).not.toContain('不平衡');
  });

  it('--max-warnings turns too many warnings into exit 1', async () => {
    // The seed has two warnings: its heading 五, and its measures in section 五 not itemised.
    expect((await runCli(['check', SEED, '--max-warnings', '2'])).code).toBe(0);
    const r = await runCli(['check', SEED, '--max-warnings', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--max-warnings');
  });

  it('--quiet prints errors only', async () => {
    const r = await runCli(['check', BROKEN, '--quiet']);
    expect(r.stdout).toContain('错误');
    expect(r.stdout).not.toMatch(/^\s+警告/m);
  });

  it('--rule sets a severity or turns a rule off', async () => {
    const off = JSON.parse((await runCli(['check', SEED, '-f', 'json', '--rule', 'section-title=off', '--rule', 'section5-specific=off', '--rule', 'section1-figures=off'])).stdout) as RunResult;
    expect(off.files[0]!.diagnostics).toEqual([]);
    const r = await runCli(['check', SEED, '--rule', 'section-title=error']);
    expect(r.code).toBe(1);
  });

  it('usage mistakes exit 2', async () => {
    expect((await runCli(['check', SEED, '--no-such-option'])).code).toBe(2);
    expect((await runCli(['check', SEED, '--rule', 'no-such-rule=off'])).code).toBe(2);
    expect((await runCli(['check', SEED, '--max-warnings', 'many'])).code).toBe(2);
    expect((await runCli(['check', SEED, '--format', 'nope'])).code).toBe(2);
    expect((await runCli(['check'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });

  it('a missing or unreadable file is a finding on that file (exit 1), never a crash', async () => {
    const dir = tempDir('gk-');
    writeFileSync(join(dir, 'bad.json'), '{"schemaVersion": 1, ');
    const r = await runCli(['check', join(dir, 'bad.json'), join(dir, 'missing.json'), SEED, '-f', 'json']);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as RunResult;
    expect(result.summary).toMatchObject({ files: 3, unreadable: 2 });
    expect(result.files.find((f) => f.file.endsWith('bad.json'))!.diagnostics[0]!.ruleId).toBe('json-schema');
    expect(result.files.find((f) => f.file.endsWith('missing.json'))!.diagnostics[0]!.messageId).toBe('notFound');
    expect(r.stderr).toBe('');
  });

  it('colour only on a terminal or with FORCE_COLOR, never with NO_COLOR', async () => {
    expect((await runCli(['check', SEED])).stdout).not.toMatch(/\u001b\[/);
    expect((await runCli(['check', SEED], { FORCE_COLOR: '1' })).stdout).toMatch(/\u001b\[/);
    expect((await runCli(['check', SEED], { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toMatch(/\u001b\[/);
  });

  it('-o writes the output to a file', async () => {
    const dir = tempDir('gk-');
    const out = join(dir, 'result.json');
    const r = await runCli(['check', SEED, '-f', 'json', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as RunResult).files).toHaveLength(1);
  });
});

describe('gongkai rules', () => {
  it('lists every rule', async () => {
    const r = await runCli(['rules']);
    expect(r.code).toBe(0);
    for (const rule of RULES) expect(r.stdout).toContain(rule.id);
    const json = JSON.parse((await runCli(['rules', '--format', 'json', '--lang', 'en'])).stdout) as { id: string; doc: string }[];
    expect(json.map((x) => x.id)).toEqual(RULES.map((x) => x.id));
  });
});

describe('gongkai convert', () => {
  it('--to json writes normalized JSON that validates against schemas/report.schema.json and reads back the same', async () => {
    const r = await runCli(['convert', SEED, '--to', 'json']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')) as object;
    const ajv = new Ajv2020.default({ strict: false });
    const data = JSON.parse(r.stdout) as unknown;
    expect(ajv.validate(schema, data), JSON.stringify(ajv.errors)).toBe(true);
    expect(data).toEqual({ ...(JSON.parse(readFileSync(SEED, 'utf8')) as object) });
  });

  it('--to csv lists every cell with its official labels', async () => {
    const r = await runCli(['convert', 'fixtures/corpus/pingtan-2024.json', '--to', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('table,row_group,row,column_group,column,value,source');
    expect(lines).toHaveLength(1 + 10 + 175 + 15);
    expect(lines).toContain('三,（三）不予公开,1.属于国家秘密,申请人情况,自然人,4,#/tables/t3/denied_state_secret/natural');
    expect(lines.some((l) => l.startsWith('三,三、本年度办理结果,（七）总计,法人或其他组织,商业企业,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('四,,,复议后起诉,总计,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('二,第二十条第（八）项,行政事业性收费,,本年收费金额（单位：万元）,'))).toBe(true);
  });

  it('neutralizes formula-like text in CSV output', async () => {
    const dir = tempDir('gk-');
    const data = JSON.parse(readFileSync(SEED, 'utf8')) as { tables: { t3: Record<string, Record<string, unknown>> } };
    data.tables.t3.new!.natural = '=HYPERLINK("http://x","y")';
    data.tables.t3.new!.commercial = '-';
    writeFileSync(join(dir, 'r.json'), JSON.stringify(data));
    const r = await runCli(['convert', join(dir, 'r.json'), '--to', 'csv']);
    expect(r.stdout).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(r.stdout).toContain(",'-,");
  });

  it('refuses to overwrite its input (exit 2) and leaves it intact', async () => {
    const dir = tempDir('gk-');
    const input = join(dir, 'r.json');
    copyFileSync(SEED, input);
    const before = readFileSync(input, 'utf8');
    const r = await runCli(['convert', input, '--to', 'json', '-o', input]);
    expect(r.code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('an unreadable input exits 1 with a plain message', async () => {
    const r = await runCli(['convert', 'no/such/file.json', '--to', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('找不到文件');
  });
});

describe('bin/gongkai.js (built)', () => {
  it('runs the README quick start and exits 1 on the broken sample', () => {
    execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
    const r = spawnSync(process.execPath, ['bin/gongkai.js', 'check', 'samples/'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('table3-balance');
    expect(r.stderr).toBe('');
  });
});
