/**
 * formula-stale: an xlsx whose saved SUM results no longer match their cells (edited by a program that
 * does not recalculate) is reported, cell by cell, with the formula, the saved result and the result
 * the cells give now. Simple forms only (SUM over cells and ranges, + and − of cells and numbers, on
 * the same sheet); anything else is left alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSimple, type Lookup } from '../src/readers/formula.js';
import { readXlsx } from '../src/readers/xlsx.js';
import { buildFormulaFixtures, FORMULA_FIXTURES, writeFormulaFixtures } from '../scripts/make-formula-fixtures.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';
import { updatingFixtures } from './support/fixtures.js';

if (updatingFixtures()) await writeFormulaFixtures();

/** Cells of a small sheet: A1-keyed numbers, text or blanks. */
function sheet(values: Record<string, number | string>): Lookup {
  return (r, c) => {
    const key = `${String.fromCharCode(65 + c)}${r + 1}`;
    const v = values[key];
    if (v === undefined) return 'blank';
    return typeof v === 'number' ? v : undefined;
  };
}

describe('the simple formula forms', () => {
  const cells = sheet({ B3: 1, B4: 2, B5: 3, B6: 4, C3: 10, C4: 20, D9: 'text', E1: 0.1, E2: 0.2 });
  it.each([
    ['SUM(B3:B6)', 10],
    ['SUM(B3:C4)', 33],
    ['SUM(B3,B5,C3:C4)', 34],
    ['sum( B3 : B6 )', 10],
    ['SUM($B$3:$B$6)', 10],
    ['B3+B4', 3],
    ['=+B3+B4-B5', 0],
    ['-B3+C3', 9],
    ['SUM(B3:B6)-B6+2', 8],
    ['SUM(B3:B8)', 10],
    ['B7+B3', 1],
    ['E1+E2', 0.30000000000000004],
    ['SUM(B3,5)', 6],
  ])('%s = %s', (f, v) => expect(evaluateSimple(f, cells)).toBe(v));
  it.each([
    'AVERAGE(B3:B6)',
    'B3*2',
    'B3/B4',
    '(B3+B4)',
    'Sheet2!B3+B4',
    "'表三'!B3",
    'SUM(B3:B6)+D9',
    'SUM(D9:D10)',
    'SUM(B3:B6',
    'B3+',
    'SUM(A1:XFD1048576)',
    'IF(B3>0,B3,0)',
    'ROUND(B3,0)',
    '1E3',
    '',
  ])('%s is left alone', (f) => expect(evaluateSimple(f, cells)).toBeUndefined());
});

describe('formula-stale fixtures are what scripts/make-formula-fixtures.ts builds', () => {
  it('byte for byte', async () => {
    for (const f of await buildFormulaFixtures()) {
      expect(Buffer.compare(readFileSync(join(FORMULA_FIXTURES, f.name, 'input.xlsx')), Buffer.from(f.bytes)), `${f.name} (UPDATE_FIXTURES=1 regenerates)`).toBe(0);
    }
  });
  it('the invalid workbook: exactly the two totals over the changed cell are stale, at their sheet cell and table cell', async () => {
    const built = (await buildFormulaFixtures()).find((f) => f.changed)!;
    const report = await readXlsx({ path: 'x.xlsx', bytes: built.bytes });
    const stale = report.findings.filter((f) => f.ruleId === 'formula-stale');
    expect(stale.map((f) => `${f.physical?.sheet}!${f.physical?.cell}`).sort()).toEqual([...built.changed!.stale].sort());
    expect(stale.map((f) => f.location.cell).sort()).toEqual(['t3.granted.total', 't3.total.natural']);
    const valid = (await buildFormulaFixtures()).find((f) => !f.changed)!;
    expect((await readXlsx({ path: 'x.xlsx', bytes: valid.bytes })).findings.filter((f) => f.ruleId === 'formula-stale')).toEqual([]);
  });
});

describe('formula-stale through the CLI, on a workbook written with SheetJS', () => {
  /** 表四 on one sheet (official labels, row 4 the figures), with formulas whose saved values are given. */
  async function workbook(dir: string, cells: Record<string, { v: number; f?: string }>): Promise<string> {
    const XLSX = await import('xlsx');
    const labels = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const aoa: (string | number | null)[][] = [
      ['某局2023年政府信息公开工作年度报告'],
      ['四、政府信息公开行政复议、行政诉讼情况'],
      ['行政复议', null, null, null, null, '行政诉讼'],
      [...labels, '未经复议直接起诉', null, null, null, null, '复议后起诉'],
      [null, null, null, null, null, ...labels, ...labels],
      Array(15).fill(0),
    ];
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    ws['!merges'] = [
      { s: { r: 2, c: 0 }, e: { r: 2, c: 4 } },
      { s: { r: 2, c: 5 }, e: { r: 2, c: 14 } },
      { s: { r: 3, c: 5 }, e: { r: 3, c: 9 } },
      { s: { r: 3, c: 10 }, e: { r: 3, c: 14 } },
      ...[0, 1, 2, 3, 4].map((c) => ({ s: { r: 3, c }, e: { r: 4, c } })),
    ];
    for (const [at, cell] of Object.entries(cells)) ws[at] = { t: 'n', v: cell.v, ...(cell.f ? { f: cell.f } : {}) };
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '表四');
    const file = join(dir, '年报.xlsx');
    writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    return file;
  }

  it('names the cell, the formula, the saved and the current result, and the table cell (zh and en)', async () => {
    const dir = tempDir('gk-formula-stale-');
    // 行政复议: 结果维持 was changed from 2 to 3 after the last calculation; 总计 still holds 2 (=SUM(A6:D6)).
    // 未经复议直接起诉: 总计 is =F6+G6+H6+I6, saved 5 while the cells give 4.
    const file = await workbook(dir, {
      A6: { v: 3 },
      E6: { v: 2, f: 'SUM(A6:D6)' },
      F6: { v: 4 },
      J6: { v: 5, f: 'F6+G6+H6+I6' },
      O6: { v: 0, f: 'SUM(K6:N6)' },
    });
    const zh = await runCli(['check', file, '--format', 'json']);
    const ds = (JSON.parse(zh.stdout) as { files: { diagnostics: { ruleId: string; severity: string; message: string; hint?: string; physical?: { sheet?: string; cell?: string }; location: { cell?: string; labels?: { row?: string; column?: string } } }[] }[] }).files[0]!.diagnostics;
    const stale = ds.filter((d) => d.ruleId === 'formula-stale');
    expect(stale.map((d) => `${d.physical?.sheet}!${d.physical?.cell} ${d.location.cell}`)).toEqual(['表四!E6 t4.review.total', '表四!J6 t4.suit_direct.total']);
    expect(stale.every((d) => d.severity === 'warning')).toBe(true);
    expect(stale[0]!.message).toBe('表四!E6 的公式“=SUM(A6:D6)”保存的结果是 2，但按表中现在的数字计算应为 3：修改数字后表格没有重新计算。其他各项检查仍按保存的结果 2 进行。');
    expect(stale[1]!.message).toContain('“=F6+G6+H6+I6”保存的结果是 5，但按表中现在的数字计算应为 4');
    expect(stale[0]!.hint).toContain('F9');
    // The sums are checked on the saved results, so 表四 fails there too; the exit code says so.
    expect(ds.filter((d) => d.ruleId === 'table4-row-total').map((d) => d.location.cell)).toEqual(['t4.review.total', 't4.suit_direct.total']);
    expect(zh.code).toBe(1);
    const en = await runCli(['check', file, '--lang', 'en']);
    expect(en.stdout).toContain('The formula "=SUM(A6:D6)" in 表四!E6 was saved with the result 2, but the figures now in the sheet give 3');
    expect(en.stdout).toContain('press F9');
  });

  it('a recalculated workbook and formulas that are not simple forms give no finding', async () => {
    const dir = tempDir('gk-formula-fresh-');
    const file = await workbook(dir, {
      A6: { v: 3 },
      E6: { v: 3, f: 'SUM(A6:D6)' },
      J6: { v: 0, f: 'ROUND(SUM(F6:I6),0)' },
      O6: { v: 7, f: "SUM('其他表'!K6:N6)" },
    });
    const run = await runCli(['check', file, '--format', 'json']);
    const ds = (JSON.parse(run.stdout) as { files: { diagnostics: { ruleId: string }[] }[] }).files[0]!.diagnostics;
    expect(ds.filter((d) => d.ruleId === 'formula-stale')).toEqual([]);
  });
});
