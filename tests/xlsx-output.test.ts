/**
 * `check -f xlsx:汇总.xlsx`, the reviewer's workbook (issue #19 item 1), read back with SheetJS: four
 * sheets 汇总 / 问题 / 数据 / 年度 whose counts and findings equal the JSON output of the same run, whose
 * key figures equal the corpus JSON, whose 数据 rows are those of `convert --to csv`, whose 年度 rows
 * say what the cross-file checks say of the carry-over chain; header styled and frozen, a filter, widths,
 * numbers as numbers, formulas neutralized; LibreOffice converts it; a table over the row limit goes on
 * in a next sheet; bad output paths are the CLI's usual errors; through the built CLI too.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import { convert } from '../src/index.js';
import type { FileResult, RunResult } from '../src/model/diagnostic.js';
import type { ReportCells } from '../src/check/report-cells.js';
import { ReviewWorkbook, type Spill } from '../src/formatters/xlsx.js';
import { RULES } from '../src/rules/index.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/gongkai.js');
const CORPUS = join(ROOT, 'fixtures/corpus');
const CORPUS_NAMES = readdirSync(CORPUS)
  .filter((n) => n.endsWith('.json'))
  .map((n) => n.slice(0, -5));

type Row = (string | number | null)[];

/**
 * The corpus as JSON, a report with errors, a CSV with a row missing, a text report with an unread row,
 * a report whose agency starts with = and a truncated workbook (unreadable).
 */
function folder(): string {
  const dir = tempDir('gongkai-xlsx-');
  for (const name of CORPUS_NAMES) copyFileSync(join(CORPUS, `${name}.json`), join(dir, `${name}.json`));
  copyFileSync(join(ROOT, 'samples/broken-2023.json'), join(dir, 'broken-2023.json'));
  copyFileSync(join(ROOT, 'fixtures/readers/csv/broken-missing-row/input.csv'), join(dir, 'missing-row.csv'));
  const lines = readFileSync(join(ROOT, 'fixtures/readers/text/web-copy-blanks-2021/input.txt'), 'utf8').split('\n');
  const i = lines.indexOf('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
  lines.splice(i + 1, 7, '81000099');
  writeFileSync(join(dir, 'unread-row.txt'), lines.join('\n'));
  const formula = JSON.parse(readFileSync(join(CORPUS, 'seed-tianmen-2021.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'formula.json'), JSON.stringify({ ...formula, agency: '=HYPERLINK("http://x","y")', title: '=HYPERLINK 2021年度政府信息公开工作年度报告' }));
  // A 2019 report whose 采购总金额 (no unit in the template, read in 元) is written in 万元.
  const y2019 = JSON.parse(readFileSync(join(CORPUS, 'pingtan-2019.json'), 'utf8')) as { agency: string; tables: { t2: { procurement: Record<string, unknown> } } };
  y2019.agency = `${y2019.agency}（万元）`;
  y2019.tables.t2.procurement.procurement_amount = '7539.443252万元';
  writeFileSync(join(dir, 'wan-2019.json'), JSON.stringify(y2019));
  writeFileSync(join(dir, 'truncated.xlsx'), readFileSync(join(ROOT, 'fixtures/readers/xlsx/broken-sum-off-by-one/input.xlsx')).subarray(0, 200));
  return dir;
}

/** Each sheet's rows, values as SheetJS reads them (numbers as numbers, empty cells null). */
function sheets(bytes: Uint8Array): { names: string[]; rows: Record<string, Row[]>; book: XLSX.WorkBook } {
  const book = XLSX.read(bytes, { type: 'array', cellStyles: true });
  const rows: Record<string, Row[]> = {};
  for (const name of book.SheetNames) rows[name] = XLSX.utils.sheet_to_json<Row>(book.Sheets[name]!, { header: 1, defval: null, raw: true, blankrows: true });
  return { names: book.SheetNames, rows, book };
}

/** The key figures of a corpus report, from its JSON (sums only when every cell is a number). */
function corpusFigures(name: string): (number | null)[] {
  const json = JSON.parse(readFileSync(join(CORPUS, `${name}.json`), 'utf8')) as { format: string; tables: Record<string, Record<string, Record<string, unknown>>> };
  const t = json.tables;
  const at = (table: string, row: string, col: string): number | null => {
    const v = t[table]?.[row]?.[col];
    return typeof v === 'number' ? v : null;
  };
  const sum = (table: string, rows: string[], col: string): number | null => {
    const vs = rows.map((r) => at(table, r, col));
    return vs.length > 0 && vs.every((v) => v !== null) ? vs.reduce<number>((a, v) => a + v!, 0) : null;
  };
  const t3rows = Object.keys(t.t3 ?? {});
  const group = (prefix: string): string[] => t3rows.filter((r) => r.startsWith(prefix));
  const v2021 = json.format === '2021';
  return [
    at('t3', 'new', 'total'),
    at('t3', 'carried_over', 'total'),
    at('t3', 'granted', 'total'),
    at('t3', 'partly_granted', 'total'),
    sum('t3', group('denied_'), 'total'),
    sum('t3', group('unable_'), 'total'),
    sum('t3', group('not_processed_'), 'total'),
    v2021 ? sum('t3', group('other_'), 'total') : at('t3', 'other_handling', 'total'),
    at('t3', 'total', 'total'),
    at('t3', 'carried_forward', 'total'),
    at('t4', 'review', 'total'),
    sum('t4', ['suit_direct', 'suit_after_review'], 'total'),
    v2021 ? at('t2', 'fees', 'fee_amount') : null,
    v2021 ? at('t2', 'regulations', 'in_force') : null,
    v2021 ? at('t2', 'normative_documents', 'in_force') : null,
    at('t2', 'licensing', 'decisions'),
    at('t2', 'penalty', 'decisions'),
    at('t2', 'enforcement', 'decisions'),
  ];
}

const CODE = new Map(RULES.map((r) => [r.id, r.code]));
const safe = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

describe('check -f xlsx (the reviewer’s workbook)', () => {
  const dir = folder();
  /** Files as the workbook shows them: relative to the working directory (the folder). */
  const shown = (f: FileResult): string => relative(dir, f.file);
  let run: Promise<{ json: RunResult; bytes: Uint8Array }> | undefined;
  const result = () =>
    (run ??= (async () => {
      const r = await runCli(['check', dir, '-f', 'json:out.json', '-f', 'xlsx:汇总.xlsx'], {}, dir);
      expect(r.code, r.stderr).toBe(1);
      return { json: JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as RunResult, bytes: readFileSync(join(dir, '汇总.xlsx')) };
    })());

  it('has the four sheets; 汇总 holds each file’s counts as the JSON output and the corpus figures as the corpus JSON', async () => {
    const { json, bytes } = await result();
    const { names, rows } = sheets(bytes);
    expect(names).toEqual(['汇总', '问题', '数据', '年度']);
    const summary = rows['汇总']!;
    expect(summary[0]!.slice(0, 10)).toEqual(['文件', '机关', '年度', '文件类型', '格式版本', '错误', '警告', '提示', '无法读取的原因', '本年新收']);
    expect(summary).toHaveLength(json.files.length + 1);
    json.files.forEach((f, i) => {
      const row = summary[i + 1]!;
      expect(row.slice(0, 8)).toEqual([shown(f), f.agency === undefined ? null : safe(f.agency), f.year ?? null, f.reader ?? null, f.format ?? null, f.errorCount, f.warningCount, f.infoCount]);
      expect(row[8]).toBe(f.readable ? null : f.diagnostics[0]!.message);
    });
    for (const name of CORPUS_NAMES) {
      const row = summary.find((r) => r[0] === `${name}.json`)!;
      expect(row.slice(9), name).toEqual(corpusFigures(name));
    }
    const broken = summary.find((r) => r[0] === 'truncated.xlsx')!;
    expect(broken[8]).toMatch(/\S/);
    expect(broken.slice(9).every((v) => v === null)).toBe(true);
    // The agency written as a formula is text, neutralized.
    expect(summary.find((r) => r[0] === 'formula.json')![1]).toBe(`'=HYPERLINK("http://x","y")`);
  });

  it('问题 holds every finding of the JSON output, with its place, code, expected and actual', async () => {
    const { json, bytes } = await result();
    const findings = sheets(bytes).rows['问题']!;
    expect(findings[0]).toEqual(['文件', '机关', '年度', '级别', '规则', '编号', '位置', '页', '所在', '问题', '应为', '实为', '修改建议']);
    const all = json.files.flatMap((f: FileResult) => f.diagnostics.map((d) => ({ f, d })));
    expect(all.length).toBeGreaterThan(20);
    expect(findings).toHaveLength(all.length + 1);
    const word = { error: '错误', warning: '警告', info: '提示' };
    all.forEach(({ f, d }, i) => {
      const row = findings[i + 1]!;
      const text = (v: string | number | undefined): string | number | null => (v === undefined ? null : typeof v === 'number' ? v : safe(v));
      expect([row[0], row[1], row[2], row[3], row[4], row[5], row[9], row[10], row[11], row[12]]).toEqual([
        shown(f),
        text(f.agency),
        f.year ?? null,
        word[d.severity],
        d.ruleId,
        CODE.get(d.ruleId) ?? null,
        safe(d.message),
        text(d.expected),
        text(d.actual),
        text(d.hint),
      ]);
      if (d.physical?.pointer !== undefined) expect(row[6]).toBe(`#${d.physical.pointer}`);
    });
    expect(findings.some((r) => r[0] === 'missing-row.csv' && typeof r[6] === 'string' && /^\d+:\d+$/.test(r[6]))).toBe(true);
  });

  it('数据 holds the rows of `convert --to csv` of every readable report, numbers as numbers, unread cells marked', async () => {
    const { json, bytes } = await result();
    const data = sheets(bytes).rows['数据']!;
    expect(data[0]).toEqual(['文件', '机关', '年度', '表', '行组', '行', '列组', '列', '值', '位置', '状态', '原因']);
    let at = 1;
    for (const f of json.files) {
      if (!f.readable) continue;
      const csv = parse(await convert(f.file, { to: 'csv' })) as string[][];
      const header = csv[0]!;
      for (const line of csv.slice(1)) {
        const row = data[at++]!;
        expect(row.slice(0, 3), f.file).toEqual([shown(f), f.agency === undefined ? null : safe(f.agency), f.year ?? null]);
        // The column whose template prints no unit says the unit its numbers are in.
        const fields = line.slice(0, 5).map((x) => (x === '' ? null : x));
        if (fields[4] === '采购总金额') fields[4] = '采购总金额（单位：元）';
        expect(row.slice(3, 8)).toEqual(fields);
        const value = line[5]!;
        if (/^-?\d+(\.\d+)?$/.test(value)) expect(row[8]).toBe(Number(value));
        // A number written with a unit (12000元 in the 万元 column): its value in the column's unit.
        else if (typeof row[8] === 'number') expect(value).toMatch(/\d\s*(件|元|万元)$/);
        else expect(row[8]).toBe(value === '' ? null : value);
        expect(row[9]).toBe(line[6] === '' ? null : line[6]);
        const status = header.length > 7 ? line[7] : 'read';
        expect(row[10]).toBe(status === 'unread' ? '未能读取' : '已读取');
        if (status === 'unread') expect(row[11]).toBe(line[8]);
      }
    }
    expect(data).toHaveLength(at);
    expect(data.filter((r) => r[0] === 'unread-row.txt' && r[10] === '未能读取')).toHaveLength(7);
    expect(data.some((r) => typeof r[8] === 'number')).toBe(true);
    // 采购总金额 in 元 with the unit in its label, whether the report wrote 元 (no unit) or 万元.
    const procurement = data.filter((r) => r[7] === '采购总金额（单位：元）').map((r) => [r[0], r[8]]);
    expect(procurement).toEqual(expect.arrayContaining([['pingtan-2019.json', 75394432.52], ['wan-2019.json', 75394432.52], ['pingtan-2020.json', 73802895.9]]));
    expect(data.filter((r) => r[7] === '采购总金额')).toEqual([]);
  });

  it('年度 lists each agency’s years, present and missing, and the carry-over chain as yoy-carry-over sees it', async () => {
    const { json, bytes } = await result();
    const years = sheets(bytes).rows['年度']!;
    expect(years[0]).toEqual(['机关', '年度', '报告', '文件', '本年上年结转（总计）', '上年结转下年度（总计）', '结转衔接', '说明']);
    const body = years.slice(1);
    // pingtan: one agency, 2019 to 2025, every year present.
    const pingtan = body.filter((r) => r[3] !== null && /^pingtan-20\d\d\.json$/.test(String(r[3])));
    expect(pingtan.map((r) => r[1])).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(pingtan[0]![6]).toBe('最早一年');
    for (const r of body) {
      if (r[2] !== '有' || r[6] === '最早一年') continue;
      const f = json.files.find((x) => shown(x) === r[3])!;
      const mismatch = f.diagnostics.some((d) => d.ruleId === 'yoy-carry-over');
      if (mismatch) expect(r[6], String(r[3])).toBe('不一致');
      else expect(r[6], String(r[3])).not.toBe('不一致');
    }
    // An agency with years missing between its reports: those years are rows of their own.
    const finance = body.filter((r) => typeof r[0] === 'string' && body.some((x) => x[0] === r[0] && x[3] === 'pingtan-finance-2021.json'));
    expect(finance.map((r) => [r[1], r[2]])).toEqual([
      [2021, '有'],
      [2022, '缺少'],
      [2023, '有'],
    ]);
    expect(finance[2]![6]).toBe('缺上一年度报告');
  });

  it('styles and freezes the header row, filters every sheet, sets widths, and writes numbers as numbers', async () => {
    const { bytes } = await result();
    const files = unzipSync(bytes);
    const text = (p: string): string => new TextDecoder().decode(files[p]!);
    expect(Object.keys(files)[0]).toBe('[Content_Types].xml');
    const { book } = sheets(bytes);
    expect(text('xl/styles.xml')).toMatch(/<font><b\/>/);
    for (let i = 1; i <= 4; i++) {
      const xml = text(`xl/worksheets/sheet${i}.xml`);
      expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
      expect(xml).toMatch(/<row r="1"><c r="A1" s="1" t="inlineStr">/);
      expect(xml).not.toMatch(/<c [^>]*t="str"|<f>/);
      expect(xml).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"\/>/);
      expect(xml).toMatch(/<col min="1" max="1" width="\d+" customWidth="1"\/>/);
    }
    for (const name of book.SheetNames) {
      const ws = book.Sheets[name]!;
      expect(ws['!autofilter']?.ref, name).toBe(ws['!ref']);
      expect(ws['!cols']?.length, name).toBeGreaterThan(5);
    }
    expect(book.Sheets['汇总']!.F2?.t).toBe('n');
    expect(book.Sheets['汇总']!.C2?.t).toBe('n');
  });

  it('opens in LibreOffice: converted to ODS, every sheet reads the same', async (ctx) => {
    const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    if (soffice.error) return ctx.skip(`LibreOffice (soffice) is not installed: scripts/install-system-deps.sh installs it`);
    const { bytes } = await result();
    const work = tempDir('gongkai-xlsx-lo-');
    writeFileSync(join(work, 'book.xlsx'), bytes);
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'ods', '--outdir', join(work, 'out'), join(work, 'book.xlsx')], { encoding: 'utf8', timeout: 240_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(work, 'out', 'book.ods')), `${r.stdout}\n${r.stderr}`).toBe(true);
    const original = sheets(bytes);
    // SheetJS notes number formats of LibreOffice's it does not take over (not the values): quiet here.
    const noise = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ods = sheets(readFileSync(join(work, 'out', 'book.ods')));
    noise.mockRestore();
    expect(ods.names).toEqual(original.names);
    for (const name of original.names) {
      const trim = (rows: Row[]): Row[] => rows.map((row) => {
        const out = [...row];
        while (out.length > 0 && out[out.length - 1] === null) out.pop();
        return out;
      });
      expect(trim(ods.rows[name]!), name).toEqual(trim(original.rows[name]!));
    }
  }, 300_000);

  it('`gongkai check <dir> -f pretty -f xlsx:汇总.xlsx` through the built CLI: the same workbook as in process', async () => {
    const corpus = tempDir('gongkai-xlsx-corpus-');
    for (const name of CORPUS_NAMES) copyFileSync(join(CORPUS, `${name}.json`), join(corpus, `${name}.json`));
    const out = tempDir('gongkai-xlsx-out-');
    const r = spawnSync(process.execPath, [BIN, 'check', corpus, '-f', 'pretty', '-f', 'xlsx:汇总.xlsx', '-j', '2'], { cwd: out, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain(`共检查 ${CORPUS_NAMES.length} 个文件`);
    expect(readdirSync(out)).toEqual(['汇总.xlsx']);
    const built = sheets(readFileSync(join(out, '汇总.xlsx')));
    const here = await runCli(['check', corpus, '-f', 'xlsx:here.xlsx'], {}, out);
    expect(here.code).toBe(1);
    const inProcess = sheets(readFileSync(join(out, 'here.xlsx')));
    expect(built.names).toEqual(['汇总', '问题', '数据', '年度']);
    expect(built.rows).toEqual(inProcess.rows);
    expect(built.rows['数据']!.length).toBeGreaterThan(CORPUS_NAMES.length * 100);
  });

  it('loads fflate only for -f xlsx, and never the SheetJS library; -f csv loads neither', () => {
    const d = tempDir('gongkai-xlsx-modules-');
    const loaded = (format: string): string[] => {
      const log = join(d, `${format}.log`);
      const r = spawnSync(process.execPath, [BIN, 'check', join(ROOT, 'samples/tianmen-2021.json'), '-f', `${format}:${join(d, `out.${format}`)}`], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, GONGKAI_MODULE_LOG: log, NODE_OPTIONS: `--import=${join(ROOT, 'tests/support/log-modules.mjs')}` },
      });
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(log, 'utf8').trim().split('\n');
    };
    const xlsx = loaded('xlsx');
    expect(xlsx.some((m) => /node_modules\/fflate\//.test(m))).toBe(true);
    expect(xlsx.filter((m) => /node_modules\/(xlsx|@e965)\//.test(m))).toEqual([]);
    expect(loaded('csv').filter((m) => /node_modules\/(xlsx|@e965|fflate)\//.test(m))).toEqual([]);
  });

  it('speaks English with --lang en', async () => {
    const d = tempDir('gongkai-xlsx-en-');
    copyFileSync(join(CORPUS, 'pingtan-2021.json'), join(d, 'a.json'));
    const r = await runCli(['check', join(d, 'a.json'), '--lang', 'en', '-f', 'xlsx:book.xlsx'], {}, d);
    expect(r.code, r.stderr).toBeLessThan(2);
    const { names, rows } = sheets(readFileSync(join(d, 'book.xlsx')));
    expect(names).toEqual(['Summary', 'Findings', 'Data', 'Years']);
    expect(rows['Summary']![0]!.slice(0, 3)).toEqual(['file', 'agency', 'year']);
    expect(rows['Data']![0]).toEqual(['file', 'agency', 'year', 'table', 'row_group', 'row', 'column_group', 'column', 'value', 'source', 'status', 'reason']);
    expect(rows['Data']![1]![10]).toBe('read');
  });

  it('gives the CLI’s plain errors for a missing folder, an input file, and no file at all; leaves no partial file', async () => {
    const d = tempDir('gongkai-xlsx-bad-');
    copyFileSync(join(CORPUS, 'pingtan-2021.json'), join(d, 'a.json'));
    const missing = await runCli(['check', join(d, 'a.json'), '-f', 'xlsx:nowhere/汇总.xlsx'], {}, d);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere/汇总.xlsx');
    expect(missing.stderr).toContain('文件夹不存在');
    const input = await runCli(['check', join(d, 'a.json'), '-f', 'xlsx:a.json'], {}, d);
    expect(input.code).toBe(2);
    expect(input.stderr).toContain('不能把结果写到输入文件');
    const none = await runCli(['check', join(d, 'a.json'), '-f', 'xlsx'], {}, d);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--format xlsx:');
    // A device that refuses the bytes (no space left): the plain error, the run's temporary files gone
    // (the global teardown checks the temp directory).
    if (existsSync('/dev/full')) {
      const full = await runCli(['check', join(d, 'a.json'), '-f', 'xlsx:/dev/full'], {}, d);
      expect(full.code).toBe(2);
      expect(full.stderr).toMatch(/^gongkai: .*\/dev\/full/);
      expect(full.stderr).not.toMatch(/\n\s+at |node:internal/);
    }
    expect(readdirSync(d)).toEqual(['a.json']);
    expect(JSON.parse(readFileSync(join(CORPUS, 'pingtan-2021.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(join(d, 'a.json'), 'utf8')));
  });
});

/** A workbook written by ReviewWorkbook alone (fflate's DEFLATE), its spills in memory. */
async function workbook(files: { f: FileResult; cells?: ReportCells }[], sheetRows?: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const spill = (): Spill => {
    const lines: string[] = [];
    return { append: (l) => void lines.push(l), lines: () => lines };
  };
  const book = new ReviewWorkbook({ cwd: '/' }, 'zh', { write: async (b) => void chunks.push(b), spill }, sheetRows ? { sheetRows } : {});
  for (const { f, cells } of files) await book.file(f, cells);
  await book.finish();
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

describe('ReviewWorkbook', () => {
  it('keeps any text as written: XML characters, control characters, _xHHHH_, lone surrogates, texts over 32,767 characters cut', async () => {
    const texts = ['a<b & c>d "e"', 'tab\there\nline', 'bell\u0007 and \u001b[31m', 'literal _x0041_ stays', 'lone \ud800 surrogate', 'x'.repeat(40_000), '  spaces kept  '];
    const f: FileResult = {
      file: 'a.json',
      readable: true,
      diagnostics: texts.map((message) => ({ ruleId: 'cell-blank', severity: 'warning', category: 'content', messageId: 'blank', message, file: 'a.json', location: {} })),
      errorCount: 0,
      warningCount: texts.length,
      infoCount: 0,
    };
    const { rows } = sheets(await workbook([{ f }]));
    const messages = rows['问题']!.slice(1).map((r) => r[9]);
    expect(messages.slice(0, 5)).toEqual(['a<b & c>d "e"', 'tab\there\nline', 'bell\u0007 and \u001b[31m', 'literal _x0041_ stays', 'lone \ud800 surrogate']);
    expect(messages[5]).toBe(`${'x'.repeat(32_766)}…`);
    expect(messages[6]).toBe('  spaces kept  ');
  });


  it('goes on in a next sheet past the row limit, each with its header, no row lost', async () => {
    const cells = (v: number): ReportCells => ({ format: '2021', tables: { t4: { cells: { 'review.upheld': { kind: 'number', value: v }, 'review.total': { kind: 'text', raw: '=1+1' } }, extras: [] } }, unread: [] });
    const file = (i: number): FileResult => ({ file: `r${i}.json`, readable: true, diagnostics: [], errorCount: 0, warningCount: 0, infoCount: 0, agency: `机关${i}`, year: 2021 });
    const bytes = await workbook(
      Array.from({ length: 60 }, (_, i) => ({ f: file(i), cells: cells(i) })),
      50,
    );
    const { names, rows } = sheets(bytes);
    expect(names).toEqual(['汇总', '汇总 (2)', '问题', '数据', '数据 (2)', '数据 (3)', '年度']);
    expect(rows['汇总']).toHaveLength(50);
    expect(rows['汇总 (2)']).toHaveLength(12);
    const data = [...rows['数据']!.slice(1), ...rows['数据 (2)']!.slice(1), ...rows['数据 (3)']!.slice(1)];
    for (const n of ['数据', '数据 (2)', '数据 (3)']) expect(rows[n]![0]![0]).toBe('文件');
    expect(data).toHaveLength(120);
    expect(data.filter((r) => r[7] === '结果维持').map((r) => r[8])).toEqual(Array.from({ length: 60 }, (_, i) => i));
    expect(data.filter((r) => r[7] === '总计').every((r) => r[8] === "'=1+1")).toBe(true);
    expect(rows['问题']).toEqual([['文件', '机关', '年度', '级别', '规则', '编号', '位置', '页', '所在', '问题', '应为', '实为', '修改建议']]);
  });
});
