/**
 * A table-三 row of a flattened page whose own figures do not add up, as a real department report held out
 * from the project publishes its （七）总计 (its 商业企业's 1 left out of its 总计): no split satisfies the
 * row's own sum, and the text reader once left it unread (extract-failed), so the report's real break was not
 * found. The column sums of the rows read pin each of its cells (text.ts pinByColumns): the one split of its
 * digits that gives them is taken, with an extract-resolved note, and the sum rules find the break
 * (table3-row-total). Where the column sums give values the digits cannot, it stays unread. On
 * fixtures/column-pins (scripts/make-column-pins.ts, from pingtan-2024's page), in process and through the
 * built CLI.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../src/check/bytes.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { analyseText } from '../src/readers/text.js';
import { buildColumnPins, COLUMN_PINS, writeColumnPins, type ColumnPinsCase } from '../scripts/make-column-pins.js';
import { updatingFixtures } from './support/fixtures.js';
import { expectCaseFiles } from './support/text-cases.js';
import { compareCells, type JsonTables } from './support/json-cells.js';

const ROOT = join(import.meta.dirname, '..');
const cases = updatingFixtures() ? writeColumnPins() : buildColumnPins();
const byName = (name: string): ColumnPinsCase => cases.find((c) => c.name === name)!;
const input = (name: string): string => join('fixtures/column-pins', name, 'input.txt');

/** The built CLI. */
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}


const at = (d: Pick<Diagnostic, 'location'>): string => [d.location.table, d.location.row, d.location.column].filter((x) => x !== undefined).join('.');
/** The findings a case is about: the reader's about table 三, and the sum rules'. */
const ofCase = (ds: Diagnostic[]): { ruleId: string; messageId: string; at: string }[] =>
  ds
    .filter((d) => (d.ruleId.startsWith('extract-') && d.location.table === 't3') || /^table3-(?:row-total|balance|results-total)$/.test(d.ruleId))
    .map((d) => ({ ruleId: d.ruleId, messageId: d.messageId, at: at(d) }));
const sorted = <T extends { at: string; ruleId: string }>(xs: T[]): T[] => [...xs].sort((a, b) => `${a.ruleId} ${a.at}`.localeCompare(`${b.ruleId} ${b.at}`));

/** Every cell of the converted JSON against the truth: each read cell equal, and the unread rows as said. */
function compare(tables: JsonTables, c: ColumnPinsCase): void {
  compareCells(tables, c.truth.tables, c.expect.unread);
}

describe('fixtures/column-pins are what scripts/make-column-pins.ts builds', () => {
  it('file for file (UPDATE_FIXTURES=1 regenerates)', () => {
    expect(cases.map((c) => c.name)).toEqual(['pinned-2024', 'columns-disagree-2024', 'unpinned-2024']);
    expectCaseFiles(COLUMN_PINS, cases);
  });
});

describe('the text reader (analyseText)', () => {
  it('pinned-2024: （七）总计 is read 217|1|0|0|0|0|217, where the digits are, with the note', () => {
    const c = byName('pinned-2024');
    const report = analyseText(c.input, 'input.txt');
    const row = ['natural', 'commercial', 'research', 'nonprofit', 'legal_services', 'other', 'total'].map((col) => report.tables.t3?.cells[`total.${col}`]);
    expect(row.map((x) => (x?.kind === 'number' ? x.value : x?.kind))).toEqual([217, 1, 0, 0, 0, 0, 217]);
    // Each cell where its digits are on the page.
    const line = c.input.slice(0, c.input.indexOf('（七）总计21710000217')).split('\n');
    const column = line[line.length - 1]!.length + '（七）总计'.length + 1;
    expect(row.map((x) => x?.source)).toEqual([0, 3, 4, 5, 6, 7, 8].map((k) => ({ line: line.length, column: column + k })));
    const notes = report.findings.filter((f) => f.location.table === 't3' && f.ruleId.startsWith('extract-'));
    expect(notes.map((f) => [f.ruleId, f.messageId, f.location.row])).toEqual([['extract-resolved', 'resolvedByColumns', 'total']]);
    expect(notes[0]!.data).toMatchObject({ raw: '21710000217', chosen: '217|1|0|0|0|0|217' });
  });

  it('unpinned-2024: the column sums give 218, which the digits cannot: unread, extract-failed', () => {
    const report = analyseText(byName('unpinned-2024').input, 'input.txt');
    expect(Object.keys(report.tables.t3!.cells).filter((k) => k.startsWith('total.'))).toEqual([]);
    const failed = report.findings.filter((f) => f.location.table === 't3' && f.ruleId.startsWith('extract-'));
    expect(failed.map((f) => [f.ruleId, f.messageId, f.location.row])).toEqual([['extract-failed', 'noSplit', 'total']]);
  });

  it('pins only from the rows read: with （六）3.其他 unread too, （七）总计 is not pinned by the results', () => {
    // columns-disagree-2024 with （六）3.其他 run into digits that split several ways and none adds up: the
    // results no longer pin the 总计 column, 一 + 二 − 四 gives 218, which "21710000217" cannot give.
    const text = byName('columns-disagree-2024').input.replace('3.其他1100001（七）', '3.其他11000012（七）');
    const report = analyseText(text, 'input.txt');
    expect(Object.keys(report.tables.t3!.cells).filter((k) => k.startsWith('total.') || k.startsWith('other_other.'))).toEqual([]);
    expect(report.findings.filter((f) => f.location.table === 't3' && f.ruleId.startsWith('extract-')).map((f) => [f.messageId, f.location.row])).toEqual([
      ['noSplit', 'other_other'],
      ['noSplit', 'total'],
    ]);
  });
});

describe('in process (checkBytes): the row read, its sum break found, the note in zh and en', () => {
  for (const c of cases) {
    it(`${c.name}: the findings of the reader and the sum rules, and the cells`, async () => {
      const bytes = new Uint8Array(readFileSync(input(c.name)));
      const { result, cells } = await checkBytes('input.txt', bytes, {}, undefined, { cells: true });
      expect(sorted(ofCase(result.diagnostics))).toEqual(sorted(c.expect.findings));
      const t3 = cells!.tables.t3!.cells;
      for (const [key, value] of Object.entries(c.expect.cells)) expect(t3[key.split('.').slice(1).join('.')], key).toMatchObject({ value });
      // The cells left unread are those of the rows said (the xlsx output's list), each with its reader finding.
      const unread = [...new Set(cells!.unread.map((u) => `${u.table}.${u.row}`))].sort();
      expect(unread).toEqual([...c.expect.unread].sort());
      expect(cells!.unread.filter((u) => u.table === 't3').map((u) => [u.ruleId, u.column])).toEqual(
        c.expect.unread.includes('t3.total') ? ['natural', 'commercial', 'research', 'nonprofit', 'legal_services', 'other', 'total'].map((col) => ['extract-failed', col]) : [],
      );
    });
  }

  it('pinned-2024: the note says the row does not add up and why the split was taken (zh, en)', async () => {
    const bytes = new Uint8Array(readFileSync(input('pinned-2024')));
    const note = async (lang: 'zh' | 'en'): Promise<string> => (await checkBytes('input.txt', bytes, { lang })).result.diagnostics.find((d) => d.messageId === 'resolvedByColumns')!.message;
    expect(await note('zh')).toBe(
      '表三“（七）总计”行的数字“21710000217”无论怎样拆分，都不满足本行的合计（自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他=总计）；按表中其他各行的数字和各列的勾稽关系，只有“217|1|0|0|0|0|217”相符，已采用。本行的数字本身加起来不对，另见本行的错误提示。',
    );
    expect(await note('en')).toBe(
      'Table 三, row "（七）总计": however the digits "21710000217" are split, the row does not add up (自然人+商业企业+科研机构+社会公益组织+法律服务机构+其他=总计); with the other rows of the table, the sums of each column agree only with "217|1|0|0|0|0|217", which was taken. The row\'s own figures do not add up: see the error reported for it.',
    );
  });
});

describe('through the built CLI: check -f json and convert --to json', () => {
  for (const c of cases) {
    it(`${c.name}: check gives the case's findings; convert writes the truth, the rows left unread as said`, () => {
      const out = JSON.parse(cli('check', input(c.name), '-f', 'json').stdout) as { files: { diagnostics: Diagnostic[] }[] };
      expect(sorted(ofCase(out.files[0]!.diagnostics))).toEqual(sorted(c.expect.findings));
      const r = cli('convert', input(c.name), '--to', 'json');
      const tables = (JSON.parse(r.stdout) as { tables: JsonTables }).tables;
      compare(tables, c);
      for (const [key, value] of Object.entries(c.expect.cells)) {
        const [t, row, col] = key.split('.') as [string, string, string];
        const got = tables[t]![row]![col]!;
        expect(got !== null && typeof got === 'object' ? got.value : got, key).toBe(value);
      }
    });
  }

  it('columns-disagree-2024 in English: the note, the row sum and the column balance', () => {
    const out = JSON.parse(cli('check', input('columns-disagree-2024'), '-f', 'json', '--lang', 'en').stdout) as { files: { diagnostics: Diagnostic[] }[] };
    const ds = out.files[0]!.diagnostics;
    expect(ds.find((d) => d.messageId === 'resolvedByColumns')?.message).toContain('however the digits "21710000217" are split, the row does not add up');
    const rowSum = ds.find((d) => d.ruleId === 'table3-row-total' && at(d) === 't3.total.total');
    expect(rowSum?.severity).toBe('error');
    expect(rowSum?.related?.map((x) => Number(x.value))).toEqual([217, 1, 0, 0, 0, 0]);
    expect(ds.find((d) => d.ruleId === 'table3-balance' && at(d) === 't3.total.total')?.severity).toBe('error');
  });
});
