/**
 * `gongkai template`: the blank official template, read back by gongkai itself.
 * - Left empty, it reports its blanks as blanks (cell-blank), never as sum errors.
 * - Filled with a real report's figures at the cells gongkai locates (sheet!A1 or line:field), with
 *   the formulas recalculated as Excel does on saving, it checks without errors and every cell equals
 *   the truth.
 * - Labels are the official ones and headers are merged as in the format.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { parse } from 'csv-parse/sync';
import { checkReport } from '../src/check/check.js';
import { getFormat, tableCells, TABLE_IDS, type TableId } from '../src/format/spec.js';
import type { Report } from '../src/model/report.js';
import { readCsv } from '../src/readers/csv.js';
import { readXlsx } from '../src/readers/xlsx.js';
import { renderTemplate } from '../src/renderers/template.js';
import { defaultYear } from '../src/cli/commands/template.js';
import { diffAgainstTruth, loadTruth, type Truth } from './support/corpus.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

const SUM_RULES = ['table3-balance', 'table3-results-total', 'table3-row-total', 'table4-row-total'];

function sections(name: string): { heading: string; text: string }[] {
  return (JSON.parse(readFileSync(`fixtures/corpus/${name}.json`, 'utf8')) as { sections: { heading: string; text: string }[] }).sections;
}

/** Every official cell of the report with its source. */
function located(report: Report): Map<string, { sheet?: string; cell?: string; line?: number; column?: number }> {
  const out = new Map<string, { sheet?: string; cell?: string; line?: number; column?: number }>();
  for (const t of TABLE_IDS) {
    for (const [key, c] of Object.entries(report.tables[t as TableId]?.cells ?? {})) if (c.source) out.set(`${t}.${key}`, c.source);
  }
  return out;
}

/** What Excel does on saving: every SUM formula gets its value from the cells it names. */
function recalc(ws: XLSX.WorkSheet): void {
  for (const [addr, cell] of Object.entries(ws)) {
    if (addr.startsWith('!') || !(cell as XLSX.CellObject).f) continue;
    const f = (cell as XLSX.CellObject).f!;
    const m = /^SUM\((.*)\)$/.exec(f);
    if (!m) throw new Error(`unexpected formula ${f}`);
    let sum = 0;
    for (const part of m[1]!.split(',')) {
      const range = XLSX.utils.decode_range(part.includes(':') ? part : `${part}:${part}`);
      for (let r = range.s.r; r <= range.e.r; r++)
        for (let c = range.s.c; c <= range.e.c; c++) {
          const v = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
          if (typeof v?.v === 'number') sum += v.v;
        }
    }
    (cell as XLSX.CellObject).v = sum;
    (cell as XLSX.CellObject).t = 'n';
  }
}

async function filledXlsx(truth: Truth, texts: { heading: string; text: string }[]): Promise<Report> {
  const bytes = (await renderTemplate('xlsx', truth.format, truth.year)) as Uint8Array;
  const blank = await readXlsx({ path: 'template.xlsx', bytes });
  const wb = XLSX.read(bytes, { type: 'array', cellFormula: true });
  const where = located(blank);
  for (const [id, v] of truth.cells) {
    const at = where.get(id);
    expect(at?.sheet, id).toBeDefined();
    const ws = wb.Sheets[at!.sheet!]!;
    const old = ws[at!.cell!] as XLSX.CellObject | undefined;
    if (old?.f) continue; // a total: Excel computes it
    ws[at!.cell!] = v === null ? { t: 'z' } : { t: 'n', v };
  }
  // Section texts in the empty line under each heading.
  for (const s of blank.sections) {
    const mine = texts.find((t) => t.heading.slice(0, 1) === s.heading.slice(0, 1));
    const { r, c } = XLSX.utils.decode_cell(s.source!.cell!);
    const ws = wb.Sheets[s.source!.sheet!]!;
    if (mine && mine.text !== '') ws[XLSX.utils.encode_cell({ r: r + 1, c })] = { t: 's', v: mine.text };
  }
  const title = wb.Sheets[wb.SheetNames[0]!]!['A1'] as XLSX.CellObject;
  title.v = `平潭综合实验区${truth.year}年政府信息公开工作年度报告`;
  for (const name of wb.SheetNames) recalc(wb.Sheets[name]!);
  const out = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  return readXlsx({ path: 'filled.xlsx', bytes: new Uint8Array(out) });
}

describe('template --to xlsx', () => {
  it('2021 format: official labels, merged headers, SUM in every 总计 cell', async () => {
    const bytes = (await renderTemplate('xlsx', '2021', 2024)) as Uint8Array;
    const wb = XLSX.read(bytes, { type: 'array', cellFormula: true });
    const ws = wb.Sheets[wb.SheetNames[0]!]!;
    const texts = Object.entries(ws).filter(([k]) => !k.startsWith('!')).map(([, c]) => String((c as XLSX.CellObject).v ?? ''));
    const spec = getFormat('2021');
    for (const id of TABLE_IDS) {
      const t = spec.tables[id];
      for (const l of [...t.rows.map((r) => r.label), ...t.columns.map((c) => c.label), ...t.rowGroups.map((g) => g.label), ...t.columnGroups.map((g) => g.label)]) {
        expect(texts, l).toContain(l);
      }
    }
    for (const s of spec.sections) expect(texts).toContain(`${s.number}、${s.title}`);
    expect(texts).toContain(spec.tables.t3.note);
    expect((ws['!merges'] ?? []).length).toBeGreaterThan(20);
    const formulas = Object.values(ws).filter((c) => (c as XLSX.CellObject).f).map((c) => (c as XLSX.CellObject).f);
    // 25 row totals + 6 column totals of （七）总计 in 表三, 3 group totals in 表四.
    expect(formulas.length).toBe(25 + 6 + 3);
    expect(formulas.every((f) => /^SUM\([A-Z]+\d+(:[A-Z]+\d+)?(,[A-Z]+\d+(:[A-Z]+\d+)?)*\)$/.test(f!))).toBe(true);
  });

  for (const [format, year] of [['2021', 2024], ['2019', 2020]] as const) {
    it(`${format}: left empty, reports blanks as blanks and no sum errors`, async () => {
      const bytes = (await renderTemplate('xlsx', format, year)) as Uint8Array;
      const report = await readXlsx({ path: 'template.xlsx', bytes });
      expect(report.format).toBe(format);
      expect(report.year).toBe(year);
      expect(report.sections.map((s) => s.heading)).toEqual(getFormat(format).sections.map((s) => `${s.number}、${s.title}`));
      const spec = getFormat(format);
      for (const id of TABLE_IDS) expect(Object.keys(report.tables[id]?.cells ?? {}).length, id).toBe(tableCells(spec.tables[id]).length);
      const result = checkReport(report);
      const sums = result.diagnostics.filter((d) => SUM_RULES.includes(d.ruleId) && d.severity !== 'info');
      expect(sums).toEqual([]);
      // One cell-blank finding per table (issue #13 item 5), listing its blank cells in `related`.
      const blankFindings = result.diagnostics.filter((d) => d.ruleId === 'cell-blank');
      expect(blankFindings.map((d) => d.location.table)).toEqual(['t2', 't3', 't4']);
      const blanks = blankFindings.flatMap((d) => d.related ?? []);
      // Every cell but the formula totals (cached 0) is blank.
      const formulaCells = format === '2021' ? 34 : 32;
      expect(blanks.length).toBe(TABLE_IDS.reduce((n, id) => n + tableCells(spec.tables[id]).length, 0) - formulaCells);
      expect(blanks.every((d) => d.physical?.sheet === '年度报告' && /^[A-Z]+\d+$/.test(d.physical.cell ?? ''))).toBe(true);
    });
  }

  for (const name of ['pingtan-2024', 'pingtan-2019']) {
    it(`filled with the figures of ${name}, checks without errors and reads equal to the truth`, async () => {
      const truth = loadTruth(name);
      const report = await filledXlsx(truth, sections(name));
      expect(report.format).toBe(truth.format);
      expect(diffAgainstTruth(report, truth)).toEqual([]);
      const result = checkReport(report);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.diagnostics.filter((d) => d.ruleId.startsWith('cell-') || SUM_RULES.includes(d.ruleId))).toEqual([]);
    });
  }
});

describe('template --to csv', () => {
  it('left empty (2019 format), blanks are blanks; filled at the lines and fields gongkai names, it checks clean', async () => {
    const text = (await renderTemplate('csv', '2019', 2020)) as string;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const blank = await readCsv({ path: 't.csv', bytes: new TextEncoder().encode(text) });
    expect(blank.format).toBe('2019');
    const empty = checkReport(blank);
    expect(empty.diagnostics.filter((d) => SUM_RULES.includes(d.ruleId) && d.severity !== 'info')).toEqual([]);
    // One cell-blank finding per table, every blank cell in its `related` (issue #13 item 5).
    expect(empty.diagnostics.filter((d) => d.ruleId === 'cell-blank').map((d) => d.related?.length)).toEqual([22, 161, 15]);
    // Fill it the way a user does in a spreadsheet: the figures at their cells, the texts under the headings.
    const truth = loadTruth('pingtan-2019');
    const records = parse(text.slice(1), { relax_column_count: true }) as string[][];
    for (const [id, v] of truth.cells) {
      const at = located(blank).get(id)!;
      records[at.line! - 1]![at.column! - 1] = v === null ? '' : String(v);
    }
    for (const s of blank.sections) {
      const mine = sections('pingtan-2019').find((x) => x.heading.slice(0, 1) === s.heading.slice(0, 1));
      if (mine && mine.text !== '') records[s.source!.line!]![0] = mine.text;
    }
    records[0]![0] = '平潭综合实验区2019年政府信息公开工作年度报告';
    const csv = records.map((r) => r.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',')).join('\r\n');
    const filled = await readCsv({ path: 'filled.csv', bytes: new TextEncoder().encode(csv) });
    expect(diffAgainstTruth(filled, truth)).toEqual([]);
    expect(checkReport(filled).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('gongkai template (CLI)', () => {
  const dir = tempDir('gongkai-template-');
  it('writes an xlsx with -o and checks it (blanks are warnings, sections empty are errors)', async () => {
    const out = join(dir, 'report.xlsx');
    const w = await runCli(['template', '--to', 'xlsx', '--year', '2025', '-o', out]);
    expect(w).toMatchObject({ code: 0, stderr: '' });
    const r = await runCli(['check', out, '--format', 'json']);
    const diags = (JSON.parse(r.stdout) as { files: { diagnostics: { ruleId: string; severity: string }[] }[] }).files[0]!.diagnostics;
    expect(diags.filter((d) => SUM_RULES.includes(d.ruleId) && d.severity !== 'info')).toEqual([]);
    expect(diags.some((d) => d.ruleId === 'cell-blank')).toBe(true);
  });
  it('writes CSV to standard output', async () => {
    const r = await runCli(['template', '--to', 'csv', '--year', '2024']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('一、本年新收政府信息公开申请数量');
    expect(r.stdout).toContain('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
  });
  it('refuses xlsx to standard output and a year without a format (exit 2, plain message)', async () => {
    const a = await runCli(['template', '--to', 'xlsx']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('-o');
    expect(a.stderr).not.toMatch(/\n\s+at /);
    const b = await runCli(['template', '--to', 'csv', '--year', '2015']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('2015');
    const c = await runCli(['template', '--to', 'pdf']);
    expect(c.code).toBe(2);
  });
  it('defaults to last year', () => {
    expect(defaultYear(new Date('2026-01-15T00:00:00Z'))).toBe(2025);
  });
});

describe('check on spreadsheets (CLI)', () => {
  it('names the changed cell by sheet and A1 cell in the pretty output', async () => {
    const meta = JSON.parse(readFileSync('fixtures/readers/xlsx/broken-sum-off-by-one/case.json', 'utf8')) as { cells: Record<string, string> };
    const r = await runCli(['check', 'fixtures/readers/xlsx/broken-sum-off-by-one/input.xlsx']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(meta.cells['t3.granted.natural']!);
  });
  it('names the changed cell by line:field for CSV', async () => {
    const meta = JSON.parse(readFileSync('fixtures/readers/csv/broken-sum-off-by-one/case.json', 'utf8')) as { cells: Record<string, string> };
    const r = await runCli(['check', 'fixtures/readers/csv/broken-sum-off-by-one/input.csv', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(meta.cells['t3.granted.natural']!);
  });
  it('convert --to csv of a workbook lists the cells with their official labels', async () => {
    const r = await runCli(['convert', 'fixtures/readers/xlsx/pingtan-2021/input.xlsx', '--to', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\r\n三,（三）不予公开,7\.属于行政执法案卷,法人或其他组织,商业企业,0,年度报告![A-Z]+\d+\r\n/);
    expect(r.stdout.split('\r\n').filter((l) => /^[二三四],/.test(l)).length).toBe(10 + 175 + 15);
  });
});
