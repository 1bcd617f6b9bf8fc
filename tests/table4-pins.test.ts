/**
 * Table 四 of a flattened page, its fifteen digits run together, with one row whose own figures do not add
 * up (as a real department report held out from the project publishes its 复议后起诉 row): no split makes
 * all three rows add up. The text reader once left all fifteen cells unread; now the rows that every split
 * making the most rows add up reads alike are read (with an extract-resolved note when the digits had more
 * than one split), a run with one split is read whole and its break reported at its cell, and the row left
 * is reported with its own digits (text.ts pinnedGroups). On fixtures/table4-pins
 * (scripts/make-table4-pins.ts, from two corpus pages), in process and through the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../src/check/bytes.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { buildTable4Pins, TABLE4_PINS, writeTable4Pins } from '../scripts/make-table4-pins.js';
import { updatingFixtures } from './support/fixtures.js';
import { expectCaseFiles } from './support/text-cases.js';
import { compareCells, type JsonTables } from './support/json-cells.js';

const ROOT = join(import.meta.dirname, '..');
const cases = updatingFixtures() ? writeTable4Pins() : buildTable4Pins();
const input = (name: string): string => join('fixtures/table4-pins', name, 'input.txt');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const at = (d: Pick<Diagnostic, 'location'>): string => [d.location.table, d.location.row, d.location.column].filter((x) => x !== undefined).join('.');
/** The findings a case is about: the reader's about table 四, and table4-row-total's. */
const ofCase = (ds: Diagnostic[]): { ruleId: string; messageId: string; at: string }[] =>
  ds.filter((d) => (d.ruleId.startsWith('extract-') && d.location.table === 't4') || d.ruleId === 'table4-row-total').map((d) => ({ ruleId: d.ruleId, messageId: d.messageId, at: at(d) }));
const sorted = <T extends { at: string; ruleId: string }>(xs: T[]): T[] => [...xs].sort((a, b) => `${a.ruleId} ${a.at}`.localeCompare(`${b.ruleId} ${b.at}`));

describe('fixtures/table4-pins are what scripts/make-table4-pins.ts builds', () => {
  it('file for file (UPDATE_FIXTURES=1 regenerates)', () => {
    expect(cases.map((c) => c.name)).toEqual(['after-review-2024', 'one-split-2024']);
    expectCaseFiles(TABLE4_PINS, cases);
  });
});

describe('in process (checkBytes): the rows pinned read, the break found or the row left reported', () => {
  for (const c of cases) {
    it(`${c.name}: the findings of the reader and of table4-row-total, and the cells`, async () => {
      const { result, cells } = await checkBytes('input.txt', new Uint8Array(readFileSync(input(c.name))), {}, undefined, { cells: true });
      expect(sorted(ofCase(result.diagnostics))).toEqual(sorted(c.expect.findings));
      const t4 = cells!.tables.t4!.cells;
      for (const [key, value] of Object.entries(c.expect.cells)) expect(t4[key.split('.').slice(1).join('.')], key).toMatchObject({ value });
      expect([...new Set(cells!.unread.map((u) => `${u.table}.${u.row}`))].sort()).toEqual([...c.expect.unread].sort());
    });
  }

  it('after-review-2024: the notes name the rows and the split taken; the row left gives its own digits (zh, en)', async () => {
    const bytes = new Uint8Array(readFileSync(input('after-review-2024')));
    const messages = async (lang: 'zh' | 'en'): Promise<string[]> =>
      (await checkBytes('input.txt', bytes, { lang })).result.diagnostics.filter((d) => d.location.table === 't4' && d.ruleId.startsWith('extract-')).map((d) => d.message);
    expect(await messages('zh')).toEqual([
      '表四的数字“21317000001324015”无论怎样拆分，“行政复议”、“未经复议直接起诉”、“复议后起诉”三行不能都满足各自的合计（结果维持+结果纠正+其他结果+尚未审结=总计）；使最多行相符的拆分都把“行政复议”读作“2|1|3|1|7”，已采用。',
      '表四的数字“21317000001324015”无论怎样拆分，“行政复议”、“未经复议直接起诉”、“复议后起诉”三行不能都满足各自的合计（结果维持+结果纠正+其他结果+尚未审结=总计）；使最多行相符的拆分都把“未经复议直接起诉”读作“0|0|0|0|0”，已采用。',
      '表四“复议后起诉”行的数字“1324015”无法拆分为5个符合格式的数值（要求：结果维持+结果纠正+其他结果+尚未审结=总计）。可能是原表数字有误，也可能是文本提取出错，该行未读取。',
    ]);
    const en = await messages('en');
    expect(en[0]).toContain('however the digits "21317000001324015" are split');
    expect(en[0]).toContain('reads row "行政复议" as "2|1|3|1|7", which was taken');
    expect(en[2]).toContain('the digits "1324015" cannot be split into 5 values');
  });
});

describe('through the built CLI: check -f json and convert --to json', () => {
  for (const c of cases) {
    it(`${c.name}: check gives the case's findings; convert writes the truth, the rows left unread as said`, () => {
      const checked = cli('check', input(c.name), '-f', 'json');
      const out = JSON.parse(checked.stdout) as { files: { diagnostics: Diagnostic[] }[] };
      expect(sorted(ofCase(out.files[0]!.diagnostics))).toEqual(sorted(c.expect.findings));
      const r = cli('convert', input(c.name), '--to', 'json');
      compareCells((JSON.parse(r.stdout) as { tables: JsonTables }).tables, c.truth.tables, c.expect.unread);
    });
  }

  it('one-split-2024: the break is an error at 复议后起诉’s 总计, exit code 1', () => {
    const r = cli('check', input('one-split-2024'), '-f', 'json');
    expect(r.status).toBe(1);
    const d = (JSON.parse(r.stdout) as { files: { diagnostics: Diagnostic[] }[] }).files[0]!.diagnostics.find((x) => x.ruleId === 'table4-row-total');
    expect(d?.severity).toBe('error');
  });
});

