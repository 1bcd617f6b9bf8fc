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
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../src/check/bytes.js';
import { buildTextLayouts, TEXT_LAYOUTS, writeTextLayouts } from '../scripts/make-text-layouts.js';
import { updatingFixtures } from './support/fixtures.js';
import { compareCells, type JsonTables } from './support/json-cells.js';
import { expectCaseFiles } from './support/text-cases.js';

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

  it('no corpus page is read as mixed: a table whose labels are its version stays so, rows left unread and all', () => {
    const pages = readdirSync(PAGES).filter((p) => !p.endsWith('.md'));
    expect(pages.length).toBeGreaterThanOrEqual(16);
    for (const p of pages) {
      const out = convert(join(PAGES, p, 'page.txt'));
      expect(out.tableFormats, p).toBeUndefined();
    }
  });
});
