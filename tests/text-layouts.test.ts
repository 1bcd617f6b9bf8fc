/**
 * Mixed layouts in the text form (#17 items 1, 2): a flattened page whose table 三 keeps the 2019 single
 * （六）其他处理 row, or whose table 二 keeps the 2019 columns, in a 2021 report — as real department reports
 * held out from the project publish them. Each table is read by its own layout (text.ts ownLayout), the
 * report is 2021 by its year, and table-layout reports the mix once: no cell-missing, no row lost, no
 * "1." of a sub-row read as a figure. A table whose own labels say it is the report's version is never read
 * by the other one (the corpus pages, glued rows left unread included). On fixtures/text-layouts
 * (scripts/make-text-layouts.ts, from corpus pages), in process and through the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../src/check/bytes.js';
import { buildTextLayouts, TEXT_LAYOUTS, writeTextLayouts } from '../scripts/make-text-layouts.js';
import { updatingFixtures } from './support/fixtures.js';
import { compareCells, type JsonTables } from './support/json-cells.js';
import { expectCaseFiles } from './support/text-cases.js';
import { tempDir } from './support/tmp.js';

const ROOT = join(import.meta.dirname, '..');
const PAGES = join(ROOT, 'fixtures/corpus-pages');
const cases = updatingFixtures() ? writeTextLayouts() : buildTextLayouts();
const input = (name: string): string => join('fixtures/text-layouts', name, 'input.txt');

function cli(...args: string[]): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout };
}

interface Converted {
  format: string;
  tableFormats?: Record<string, string>;
  tables: JsonTables;
}
const convert = (file: string): Converted => JSON.parse(cli('convert', file, '--to', 'json').stdout) as Converted;
/** The rows (`table.row`) a converted report left unread. */
const unreadRows = (c: Converted, tables: readonly string[] = ['t2', 't3', 't4']): string[] => {
  const out = new Set<string>();
  for (const t of tables) {
    for (const [r, cols] of Object.entries(c.tables[t] ?? {})) {
      for (const v of Object.values(cols)) if (v !== null && typeof v === 'object' && v.status === 'unread') out.add(`${t}.${r}`);
    }
  }
  return [...out];
};
/** What the case's page leaves unread: the rows its source pages leave unread, in the tables taken from each. */
const UNREAD_FROM: Record<string, [string, string[]][]> = {
  't3-single-other-2023': [['pingtan-2023', ['t2', 't3', 't4']]],
  't2-2019-columns-2021': [
    ['pingtan-2021', ['t3', 't4']],
    ['pingtan-2020', ['t2']],
  ],
};

describe('fixtures/text-layouts are what scripts/make-text-layouts.ts builds', () => {
  it('file for file (UPDATE_FIXTURES=1 regenerates)', () => {
    expect(cases.map((c) => c.name)).toEqual(['t3-single-other-2023', 't2-2019-columns-2021']);
    expectCaseFiles(TEXT_LAYOUTS, cases);
  });
});

describe('in process (checkBytes): each table by its own layout, the mix reported once', () => {
  for (const c of cases) {
    it(`${c.name}: the layouts, the report's version and its only error`, async () => {
      const { result, cells } = await checkBytes('input.txt', new Uint8Array(readFileSync(input(c.name))), {}, undefined, { cells: true });
      expect(cells!.format).toBe(c.expect.format);
      for (const t of ['t2', 't3', 't4'] as const) expect(cells!.tables[t]?.layout, t).toBe(c.expect.layouts[t]);
      expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId).sort()).toEqual(c.expect.errors);
      expect(result.diagnostics.some((d) => d.ruleId === 'cell-missing' || d.ruleId === 'format-superseded' || d.ruleId === 'table-extra')).toBe(false);
    });
  }

  it('t3-single-other-2023: the single row is checked with the sums — one figure off in it breaks its own 总计, reported at its cell', async () => {
    const text = readFileSync(input('t3-single-other-2023'), 'utf8');
    const six = /（六）其他处理(\d{7})（七）/u.exec(text)!;
    const off = text.replace(six[0], `（六）其他处理${String(Number(six[1]![0]) + 1)}${six[1]!.slice(1)}（七）`);
    const { result } = await checkBytes('input.txt', new TextEncoder().encode(off));
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId} ${d.location.row}.${d.location.column}`).sort()).toEqual([
      'table-layout undefined.undefined',
      'table3-row-total other_handling.total',
    ]);
  });
});

describe('through the built CLI', () => {
  for (const c of cases) {
    it(`${c.name}: convert --to json gives every cell of the truth in its layout; check names the table and its version`, () => {
      const out = convert(input(c.name));
      expect(out.format).toBe(c.expect.format);
      expect(out.tableFormats).toEqual(c.expect.layouts);
      const unread = UNREAD_FROM[c.name]!.flatMap(([p, tables]) => unreadRows(convert(join(PAGES, p, 'page.txt')), tables));
      compareCells(out.tables, c.truth.tables, unread);
      const r = cli('check', input(c.name), '-f', 'json');
      expect(r.status).toBe(1);
      const layout = (JSON.parse(r.stdout) as { files: { diagnostics: { ruleId: string; message: string }[] }[] }).files[0]!.diagnostics.filter((d) => d.ruleId === 'table-layout');
      const table = Object.keys(c.expect.layouts)[0] === 't2' ? '二' : '三';
      expect(layout.map((d) => d.message)).toEqual([expect.stringMatching(new RegExp(`^表${table}按2019年格式`))]);
    });
  }

  it('the table-layout finding names only what the table has: a 2019 table 二 without two of its rows (as a real 2021 report has it)', () => {
    const dir = tempDir('gongkai-text-layouts-');
    const file = join(dir, 'page.txt');
    const text = readFileSync(input('t2-2019-columns-2021'), 'utf8')
      .replace('其他对外管理服务事项107105', '')
      .replace('第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购39573802895.90元', '');
    writeFileSync(file, text);
    const ds = (JSON.parse(cli('check', file, '-f', 'json').stdout) as { files: { diagnostics: { ruleId: string; message: string }[] }[] }).files[0]!.diagnostics;
    const layout = ds.filter((d) => d.ruleId === 'table-layout').map((d) => d.message);
    expect(layout).toHaveLength(1);
    expect(layout[0]).toContain('本年新制作数量');
    expect(layout[0]).not.toMatch(/其他对外管理服务事项|政府集中采购/);
    expect(ds.filter((d) => d.ruleId === 'cell-missing').map((d) => d.message)).toEqual(['表二缺少“其他对外管理服务事项”一行。', '表二缺少“政府集中采购”一行。']);
  });

  it('no corpus page is read as mixed: a table whose labels are its version stays so, rows left unread and all', () => {
    const pages = readdirSync(PAGES).filter((p) => !p.endsWith('.md'));
    expect(pages.length).toBeGreaterThanOrEqual(16);
    for (const p of pages) {
      const out = convert(join(PAGES, p, 'page.txt'));
      expect(out.tableFormats, p).toBeUndefined();
    }
  });
});
