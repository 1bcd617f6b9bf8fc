/**
 * `check -f csv`: the findings of a run as one CSV table (issue #19 item 2) — UTF-8 with a byte order
 * mark, CRLF, text that a spreadsheet would run as a formula neutralized, and every finding of the JSON
 * output of the same run, field for field.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { format } from '../src/index.js';
import type { Diagnostic, FileResult, RunResult } from '../src/model/diagnostic.js';
import { RULES } from '../src/rules/index.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');

/** The corpus, a report with errors, a CSV with a missing row and a truncated workbook (unreadable). */
function folder(): string {
  const dir = tempDir('gongkai-findings-csv-');
  for (const name of ['pingtan-2021', 'pingtan-2022', 'pingtan-office-2025', 'seed-tianmen-2021']) copyFileSync(join(ROOT, 'fixtures/corpus', `${name}.json`), join(dir, `${name}.json`));
  copyFileSync(join(ROOT, 'samples/broken-2023.json'), join(dir, 'broken-2023.json'));
  copyFileSync(join(ROOT, 'fixtures/readers/csv/broken-missing-row/input.csv'), join(dir, 'missing-row.csv'));
  const xlsx = readFileSync(join(ROOT, 'fixtures/readers/xlsx/broken-sum-off-by-one/input.xlsx'));
  writeFileSync(join(dir, 'truncated.xlsx'), xlsx.subarray(0, 200));
  return dir;
}

const CODE = new Map(RULES.map((r) => [r.id, r.code]));
const SEVERITY = { zh: { error: '错误', warning: '警告', info: '提示' }, en: { error: 'error', warning: 'warning', info: 'info' } };

/** The row the CSV should have for a diagnostic, as text (page and location are checked apart). */
function expectedRow(dir: string, f: FileResult, d: Diagnostic, lang: 'zh' | 'en'): string[] {
  const safe = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
  const text = (v: string | number | undefined): string => (v === undefined ? '' : typeof v === 'number' ? String(v) : safe(v));
  return [relative(dir, f.file), text(f.agency), text(f.year), SEVERITY[lang][d.severity], d.ruleId, CODE.get(d.ruleId) ?? '', text(d.message), text(d.expected), text(d.actual), text(d.hint)];
}

describe('check -f csv (the findings table)', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`holds every finding of the JSON output of the same run, with BOM and CRLF (--lang ${lang})`, async () => {
      const dir = folder();
      const r = await runCli(['check', dir, '--lang', lang, '-f', 'json:out.json', '-f', 'csv:findings.csv'], {}, dir);
      expect(r.code, r.stderr).toBe(1);
      const json = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as RunResult;
      const bytes = readFileSync(join(dir, 'findings.csv'));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      // Every line break outside a quoted field is CRLF.
      expect(text.replace(/"(?:[^"]|"")*"/g, '').split('\r\n').every((l) => !l.includes('\n'))).toBe(true);
      const rows = parse(text.slice(1), { relax_column_count: false }) as string[][];
      const header = rows[0]!;
      expect(header).toEqual(
        lang === 'zh'
          ? ['文件', '机关', '年度', '级别', '规则', '编号', '位置', '页', '所在', '问题', '应为', '实为', '修改建议']
          : ['file', 'agency', 'year', 'severity', 'rule', 'code', 'location', 'page', 'place', 'message', 'expected', 'actual', 'hint'],
      );
      const body = rows.slice(1);
      const diagnostics = json.files.flatMap((f) => f.diagnostics.map((d) => ({ f, d })));
      expect(diagnostics.length).toBeGreaterThan(10);
      expect(body).toHaveLength(diagnostics.length);
      const pick = (row: string[]): string[] => [0, 1, 2, 3, 4, 5, 9, 10, 11, 12].map((i) => row[i]!);
      expect(body.map(pick)).toEqual(diagnostics.map(({ f, d }) => expectedRow(dir, f, d, lang)));
      // The truncated workbook is there, unreadable, with its reason; a finding on a cell names it.
      expect(body.some((row) => row[0] === 'truncated.xlsx' && row[4] === 'read-error')).toBe(true);
      const onCell = body.find((row) => row[0] === 'missing-row.csv' && row[6] !== '');
      expect(onCell?.[6]).toMatch(/^\d+:\d+$/);
      expect(body.filter((row) => row[0] === 'pingtan-2022.json' && row[6]?.startsWith('#/')).length).toBeGreaterThan(0);
    });
  }

  it('neutralizes text a spreadsheet would run as a formula; numbers stay numbers; a page has its own column', async () => {
    const d = (message: string, extra: Partial<Diagnostic> = {}): Diagnostic => ({
      ruleId: 'cell-blank',
      severity: 'warning',
      category: 'content',
      messageId: 'blank',
      message,
      file: 'a.pdf',
      location: { table: 't3', labels: { table: '三、收到和处理政府信息公开申请情况', row: '一、本年新收政府信息公开申请数量', column: '自然人' } },
      ...extra,
    });
    const file: FileResult = {
      file: 'a.pdf',
      reader: 'pdf',
      agency: '=HYPERLINK("http://x")',
      year: 2021,
      readable: true,
      diagnostics: [
        d('+1 是错的', { expected: -3, actual: '-2', hint: '@提示', physical: { page: 3, table: 2, row: 5, col: 3 } }),
        d('-', { physical: { page: 4 } }),
        d('普通的话'),
      ],
      errorCount: 0,
      warningCount: 3,
      infoCount: 0,
    };
    const result: RunResult = { tool: { name: 'gongkai', version: '0' }, lang: 'zh', files: [file], summary: { files: 1, clean: 0, withErrors: 0, withWarnings: 1, unreadable: 0, errors: 0, warnings: 3, infos: 0 } };
    const text = await format(result, 'csv', { cwd: '/' });
    const rows = parse(text.slice(1)) as string[][];
    expect(rows[1]).toEqual(['a.pdf', `'=HYPERLINK("http://x")`, '2021', '警告', 'cell-blank', CODE.get('cell-blank'), '表格2 第5行第3列', '3', '表三 › 一、本年新收政府信息公开申请数量 › 自然人', "'+1 是错的", '-3', "'-2", "'@提示"]);
    expect(rows[2]!.slice(6, 10)).toEqual(['', '4', '表三 › 一、本年新收政府信息公开申请数量 › 自然人', "'-"]);
    expect(rows[3]![9]).toBe('普通的话');
    // Quoted where a field holds a quote: the raw text has it doubled.
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('is listed among the formats and written to standard output too', async () => {
    const r = await runCli(['check', join(ROOT, 'samples/broken-2023.json'), '-f', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('\uFEFF文件,机关,年度,级别')).toBe(true);
    const bad = await runCli(['check', join(ROOT, 'samples/broken-2023.json'), '-f', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('csv');
  });
});
