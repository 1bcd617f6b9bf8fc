/**
 * A table row cut by a page break with its 总计 figure printed on the next page (Chromium; pdf-tables.ts
 * tableGrid, figuresCut): a tall row of table 三 whose labels wrap over many lines, the figures at the top
 * of their cells above the break, the 总计 lower in its cell below it beside the rest of the label
 * ("1.申请人无正当理由逾期不补正、" | 8 0 0 0 0 0 | "" over "行政机关不再处理其政府信息公开申请" | … | 8).
 * The part below the break is the rest of the row — its filled cells only where the row has no figure,
 * not numbered, the label joined an official row label and the part alone none — and is joined into it.
 * Before, it was a row of its own: a table-extra for "行政机关不再处理其政府信息公开申请", the row's 总计
 * blank and a false table3-results-total (seen on a real department's page printed by Chromium). Two real
 * rows stay two ("规章" with blank cells, "行政规范性文件" with figures in those columns).
 * Fixture: fixtures/cut-row (scripts/make-cut-row-pdf.mjs: the official-layout page of a corpus report
 * printed by Chromium at the top margin where the break cuts the row so).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cutAt, CUT_ROW, cutRowCss, LABEL, ROW, TRUTH, type CutRowCaseJson } from '../scripts/make-cut-row-pdf.mjs';
import { getFormat } from '../src/format/spec.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { checkFile, readReport } from '../src/node/file.js';
import type { GridCell } from '../src/readers/grid-cells.js';
import { tableGrid, type PlacedTable } from '../src/readers/pdf-tables.js';
import { diffAgainstTruth, loadTruth, reportCells } from './support/corpus.js';
import { tablePart } from './support/pdf-parts.js';
import { findingKeys, requirePoppler } from './support/poppler.js';

const ROOT = join(import.meta.dirname, '..');
const INPUT = join(CUT_ROW, 'input.pdf');
const CORPUS = join(ROOT, 'fixtures/corpus', `${TRUTH}.json`);
const meta = JSON.parse(readFileSync(join(CUT_ROW, 'case.json'), 'utf8')) as CutRowCaseJson;

/** What the fault gave: the part below the break a row of its own, the 总计 blank, a false sum. */
const FAULT_RULES = ['table-extra', 'cell-blank', 'cell-missing', 'table3-results-total', 'table3-row-total'];

beforeAll(requirePoppler);

describe('fixtures/cut-row: a table-三 row cut by the page break, its 总计 on the next page', () => {
  it('is what scripts/make-cut-row-pdf.mjs makes: the corpus report, the row, the stylesheet', () => {
    expect(meta).toMatchObject({ truth: TRUTH, corpus: `fixtures/corpus/${TRUTH}.json`, cut: { table: 't3', row: ROW } });
    expect(meta.made.printCss).toBe(cutRowCss());
    expect(getFormat('2021').tables.t3.rows.find((r) => r.id === ROW)!.label).toBe(LABEL);
  });

  it('the break cuts the row so (pdftotext): the label\'s first part and six figures above it, the rest of the label and the 总计 alone below', () => {
    const cut = cutAt(INPUT);
    expect(cut).toBeDefined();
    expect(cut).toEqual({ page: meta.cut.page, above: meta.cut.above, below: meta.cut.below, figures: meta.cut.figures, total: meta.cut.total });
    expect(cut!.above + cut!.below).toBe(LABEL);
    expect(cut!.total).toBeGreaterThan(0);
  });

  it('reads every cell equal to the truth and the corpus JSON, with the corpus JSON\'s findings (in process)', async () => {
    const report = await readReport(INPUT);
    expect(report.reader).toBe('pdf');
    expect(diffAgainstTruth(report, loadTruth(TRUTH))).toEqual([]);
    expect(Object.fromEntries(reportCells(report))).toEqual(Object.fromEntries(reportCells(await readReport(CORPUS))));
    const pdf = await checkFile(INPUT);
    expect(pdf.diagnostics.filter((d) => FAULT_RULES.includes(d.ruleId)).map((d) => `${d.ruleId} ${d.message}`)).toEqual([]);
    expect(findingKeys(pdf.diagnostics)).toEqual(findingKeys((await checkFile(CORPUS)).diagnostics));
    // The 总计 is where it is printed: on the page after the break.
    expect(report.tables.t3!.cells[`${ROW}.total`]).toMatchObject({ kind: 'number', value: meta.cut.total, source: { page: meta.cut.page + 1 } });
    expect(report.tables.t3!.cells[`${ROW}.natural`]).toMatchObject({ kind: 'number', value: meta.cut.figures[0], source: { page: meta.cut.page } });
  });

  it('through the built CLI: check gives the corpus JSON\'s findings, convert --to json its cells', () => {
    const cli = (...args: string[]): string => {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(r.stderr).toBe('');
      return r.stdout;
    };
    const check = (f: string): Diagnostic[] => (JSON.parse(cli('check', f, '-f', 'json')) as { files: { diagnostics: Diagnostic[] }[] }).files[0]!.diagnostics;
    const pdf = check('fixtures/cut-row/input.pdf');
    expect(pdf.filter((d) => FAULT_RULES.includes(d.ruleId)).map((d) => d.ruleId)).toEqual([]);
    expect(findingKeys(pdf)).toEqual(findingKeys(check(`fixtures/corpus/${TRUTH}.json`)));
    // Every cell's value: the PDF's written with its source ({ value, source }), the corpus JSON's bare.
    type Cells = Record<string, Record<string, Record<string, unknown>>>;
    const value = (v: unknown): unknown => (v !== null && typeof v === 'object' && 'value' in v ? v.value : v);
    const values = (f: string): string[] =>
      Object.entries((JSON.parse(cli('convert', f, '--to', 'json')) as { tables: Cells }).tables).flatMap(([t, rows]) =>
        Object.entries(rows).flatMap(([r, cols]) => Object.entries(cols).map(([c, v]) => `${t}.${r}.${c}=${JSON.stringify(value(v))}`)),
      );
    const got = values('fixtures/cut-row/input.pdf');
    expect(got).toContain(`t3.${ROW}.total=${meta.cut.total}`);
    expect(got.sort()).toEqual(values(`fixtures/corpus/${TRUTH}.json`).sort());
  });
});

// Columns: group label, row label, two figures, 总计.
const XS = [50, 110, 250, 290, 330, 370];

/** A table part on these column edges: rows of texts; '^' is the cell above going on (merged down). */
function part(page: number, rows: string[][], xs = XS): PlacedTable {
  return tablePart(page, rows, xs, 800, 40);
}

const texts = (rows: (GridCell | undefined)[][]): string[][] => rows.map((r) => r.map((c) => c?.text ?? ''));

describe('a row cut by the break with its 总计 on the next page (tableGrid)', () => {
  it('is one row: the label joined, the 总计 taken into its empty cell, the merged group label going on', () => {
    const grid = tableGrid(
      [
        part(6, [
          ['（五）不予处理', '5.要求行政机关确认或重新出具已获取信息', '0', '0', '0'],
          ['（六）其他处理', '1.申请人无正当理由逾期不补正、', '1', '0', ''],
        ]),
        part(7, [
          ['', '行政机关不再处理其政府信息公开申请', '', '', '1'],
          ['^', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '0', '0', '0'],
          ['^', '3.其他', '0', '0', '0'],
        ]),
      ],
      3,
    );
    expect(texts(grid.rows)).toEqual([
      ['（五）不予处理', '5.要求行政机关确认或重新出具已获取信息', '0', '0', '0'],
      ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '1', '0', '1'],
      ['（六）其他处理', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '0', '0', '0'],
      ['（六）其他处理', '3.其他', '0', '0', '0'],
    ]);
    // The 总计 keeps the page it is printed on, in the row it belongs to; the rows after it move up one.
    expect(grid.rows[1]![4]!.source).toMatchObject({ page: 7, row: 2, col: 5 });
    expect(grid.rows[1]![2]!.source).toMatchObject({ page: 6, row: 2 });
    expect(grid.rows[2]![2]!.source).toMatchObject({ page: 7, row: 3 });
  });

  it('two real rows stay two: "规章" with blank cells, "行政规范性文件" with figures in those columns (each an official label)', () => {
    // Table 二's columns: the label, 本年制发件数, 本年废止件数, 现行有效件数.
    const x4 = XS.slice(0, 5);
    const two = (first: string[], second: string[]): string[][] => texts(tableGrid([part(2, [first], x4), part(3, [second], x4)], 1).rows);
    // The row before the break has a figure where the next has none, and blanks where the next has its figures.
    expect(two(['规章', '', '', '5'], ['行政规范性文件', '2', '1', ''])).toEqual([
      ['规章', '', '', '5'],
      ['行政规范性文件', '2', '1', ''],
    ]);
    expect(two(['规章', '', '', ''], ['行政规范性文件', '2', '1', '3'])).toEqual([
      ['规章', '', '', ''],
      ['行政规范性文件', '2', '1', '3'],
    ]);
  });

  it('a top row numbered as a row of its own, or whose label joined is no official label, is not taken into the row', () => {
    const rows = (label: string): string[][] =>
      texts(tableGrid([part(6, [['（五）不予处理', '1.信访举报投诉类', '0', '0', '']]), part(7, [['', label, '', '', '1']])], 3).rows);
    expect(rows('2.重复申请')).toHaveLength(2);
    expect(rows('其他内容')).toHaveLength(2);
    // The rest of the label: one row.
    expect(rows('申请')).toEqual([['（五）不予处理', '1.信访举报投诉类申请', '0', '0', '1']]);
  });
});
