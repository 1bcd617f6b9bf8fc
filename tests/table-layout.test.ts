/**
 * Mixed layouts (#17 items 1, 2): one table filled in by the other version of the format. It is read by
 * its own layout (TableContent.layout), checked by it (the sums include a single （六）其他处理 row),
 * written and read back by the JSON form (tableFormats), and reported once by table-layout — not as a
 * cascade of cell-missing errors and a row outside the format.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../src/node/file.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

const ROOT = join(import.meta.dirname, '..');
const CASES = join(ROOT, 'fixtures/rules/table-layout');
const HYBRID_JSON = join(CASES, 'invalid-t3-single-other-row/input.json');
const HYBRID_PAGE = join(CASES, 'invalid-t3-single-other-row-page/input.html');
const CLEAN = join(CASES, 'valid-one-format/input.json');

interface Out {
  files: { format?: string; diagnostics: { ruleId: string; severity: string; message: string; location: { cell?: string; row?: string } }[] }[];
}
const check = async (file: string, ...args: string[]): Promise<Out['files'][number]> => (JSON.parse((await runCli(['check', file, '-f', 'json', ...args])).stdout) as Out).files[0]!;
const ids = (f: Out['files'][number]): string[] => f.diagnostics.map((d) => d.ruleId).sort();

describe('a 2021 report whose table 三 has the single 2019 （六）其他处理 row', () => {
  for (const [name, file] of [
    ['JSON', HYBRID_JSON],
    ['official-layout page (the grid reader)', HYBRID_PAGE],
  ] as const) {
    it(`${name}: read by its own layout, the row's figures kept, the report still 2021`, async () => {
      const r = await readReport(file);
      expect(r.format).toBe('2021');
      expect(r.tables.t3?.layout).toBe('2019');
      expect(r.tables.t2?.layout).toBeUndefined();
      expect(r.tables.t3?.extras).toEqual([]);
      const clean = JSON.parse(readFileSync(CLEAN, 'utf8')) as { tables: { t3: Record<string, Record<string, number>> } };
      const six = ['other_no_correction', 'other_unpaid_fee', 'other_other'].map((k) => clean.tables.t3[k]!);
      for (const col of Object.keys(six[0]!)) {
        expect(r.tables.t3?.cells[`other_handling.${col}`]).toMatchObject({ kind: 'number', value: six.reduce((a, row) => a + row[col]!, 0) });
      }
    });

    it(`${name}: one table-layout error, and otherwise the findings of the same report in one format`, async () => {
      const mixed = await check(file);
      const layout = mixed.diagnostics.filter((d) => d.ruleId === 'table-layout');
      expect(layout).toHaveLength(1);
      expect(layout[0]!.severity).toBe('error');
      expect(layout[0]!.message).toContain('表三按2019年格式');
      expect(layout[0]!.message).toContain('“（六）其他处理”');
      const clean = await check(CLEAN);
      expect(ids(mixed).filter((id) => id !== 'table-layout')).toEqual(ids(clean).filter((id) => id !== 'report-year'));
      expect(mixed.diagnostics.some((d) => d.ruleId === 'cell-missing' || d.ruleId === 'table-extra')).toBe(false);
    });
  }

  it('checks the sums with the single row: a figure off in it breaks 办理结果 at its column', async () => {
    const dir = tempDir('gongkai-table-layout-');
    const data = JSON.parse(readFileSync(HYBRID_JSON, 'utf8')) as { tables: { t3: Record<string, Record<string, number>> } };
    data.tables.t3.other_handling!.natural! += 1;
    data.tables.t3.other_handling!.total! += 1;
    const file = join(dir, 'off.json');
    writeFileSync(file, JSON.stringify(data));
    const out = await check(file);
    const sums = out.diagnostics.filter((d) => d.ruleId === 'table3-results-total');
    expect(sums.map((d) => d.location.cell).sort()).toEqual(['t3.total.natural', 't3.total.total']);
    expect(out.diagnostics.filter((d) => d.ruleId === 'table3-row-total')).toEqual([]);
  });

  it('convert --to json keeps the layout (tableFormats) and reads back to the same findings; csv and html show the row', async () => {
    const dir = tempDir('gongkai-table-layout-');
    const json = join(dir, 'page.json');
    expect((await runCli(['convert', HYBRID_PAGE, '--to', 'json', '-o', json])).code).toBe(0);
    const written = JSON.parse(readFileSync(json, 'utf8')) as { format: string; tableFormats?: Record<string, string>; tables: { t3: Record<string, unknown> } };
    expect(written.format).toBe('2021');
    expect(written.tableFormats).toEqual({ t3: '2019' });
    expect(Object.keys(written.tables.t3)).toContain('other_handling');
    expect(Object.keys(written.tables.t3)).not.toContain('other_other');
    expect(ids(await check(json))).toEqual(ids(await check(HYBRID_PAGE)));
    const csv = (await runCli(['convert', HYBRID_JSON, '--to', 'csv'])).stdout;
    expect(csv).toContain('（六）其他处理,申请人情况,自然人');
    const html = (await runCli(['convert', HYBRID_JSON, '--to', 'html'])).stdout;
    expect(html).toContain('id="t3-r-other_handling"');
    // A JSON report whose tableFormats is not a known version is a schema finding, not a crash.
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...written, tableFormats: { t3: '2018' } }));
    expect((await check(bad)).diagnostics.some((d) => d.ruleId === 'json-schema')).toBe(true);
  });
});

describe('other mixes', () => {
  it('a 2021 report with the 2019 columns in table 二 (JSON): one table-layout error naming them', async () => {
    const out = await check(join(CASES, 'invalid-t2-2019-columns/input.json'));
    const layout = out.diagnostics.filter((d) => d.ruleId === 'table-layout');
    expect(layout).toHaveLength(1);
    expect(layout[0]!.message).toMatch(/^表二按2019年格式.*本年新制作数量/);
    expect(out.diagnostics.some((d) => d.ruleId === 'cell-missing' || d.ruleId === 'json-unknown-key')).toBe(false);
  });

  it("a 2022 page whose table 二 keeps the 2019 columns (more 2019 labels than 2021 ones): a 2021 report, as its year says, with one old table", async () => {
    const dir = tempDir('gongkai-table-layout-');
    const data = JSON.parse(readFileSync(join(CASES, 'invalid-t2-2019-columns/input.json'), 'utf8')) as Record<string, unknown>;
    delete data.format;
    const json = join(dir, 'old-t2.json');
    writeFileSync(json, JSON.stringify(data));
    const page = join(dir, 'old-t2.html');
    expect((await runCli(['convert', json, '--to', 'html', '-o', page])).code).toBe(0);
    const r = await readReport(page);
    expect([r.format, r.year, r.tables.t2?.layout, r.tables.t3?.layout, r.tables.t4?.layout]).toEqual(['2021', 2022, '2019', undefined, undefined]);
    const out = await check(page);
    expect(out.format).toBe('2021');
    expect(out.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual(['table-layout']);
    expect(out.diagnostics.some((d) => d.ruleId === 'format-superseded')).toBe(false);
  });

  it('a 2019-format report with a 2021 table 三: a warning (the newer layout), in English too', async () => {
    const dir = tempDir('gongkai-table-layout-');
    const old = JSON.parse(readFileSync(join(ROOT, 'fixtures/corpus/pingtan-2020.json'), 'utf8')) as { tables: Record<string, unknown> };
    const recent = JSON.parse(readFileSync(CLEAN, 'utf8')) as { tables: Record<string, unknown> };
    const file = join(dir, 'mixed.json');
    writeFileSync(file, JSON.stringify({ ...old, tables: { ...old.tables, t3: recent.tables.t3 } }));
    const out = await check(file, '--lang', 'en');
    expect(out.format).toBe('2019');
    const layout = out.diagnostics.filter((d) => d.ruleId === 'table-layout');
    expect(layout.map((d) => d.severity)).toEqual(['warning']);
    expect(layout[0]!.message).toMatch(/^Table 三 follows the 2021 format .*not the report's 2019 format/);
  });

  it('no report of the corpus, as JSON or as Word, is read as mixed', async () => {
    const files = [
      ...readdirSync(join(ROOT, 'fixtures/corpus')).map((f) => join(ROOT, 'fixtures/corpus', f)),
      ...readdirSync(join(ROOT, 'fixtures/readers/docx')).map((f) => join(ROOT, 'fixtures/readers/docx', f)),
    ];
    expect(files.length).toBeGreaterThanOrEqual(32);
    for (const f of files) {
      const r = await readReport(f);
      for (const t of ['t2', 't3', 't4'] as const) expect(r.tables[t]?.layout, `${f} ${t}`).toBeUndefined();
    }
  });
});
