/**
 * The CSV reader: spreadsheet grids saved as CSV (UTF-8 with or without BOM, GBK, comma, semicolon,
 * tab) built from every real report of fixtures/corpus-pages, located by line and field; and the tidy CSV
 * of `convert --to csv`, read back so that a round trip keeps every cell.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../src/check/check.js';
import { readReport } from '../src/node/file.js';
import { getFormat, tableCells, TABLE_IDS } from '../src/format/spec.js';
import { detectDelimiter, readCsv } from '../src/readers/csv.js';
import { renderCsv } from '../src/renderers/csv.js';
import { corpusNames, diffAgainstTruth, loadTruth } from './support/corpus.js';
import { ensureFixtures, sheetCases, verifyCase } from './support/sheet-cases.js';

await ensureFixtures('csv');
const cases = sheetCases('csv');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('csv fixtures', () => {
  it('one CSV per corpus report, plus broken cases', () => {
    const names = new Set(cases.map((c) => c.meta.truth));
    for (const n of corpusNames()) expect(names.has(n), n).toBe(true);
    expect(cases.some((c) => c.meta.layout.includes('GBK'))).toBe(true);
  });
  for (const c of cases) it(`${c.name}: ${c.meta.layout}`, async () => verifyCase(c));
});

describe('tidy CSV of convert --to csv', () => {
  for (const c of cases.filter((x) => x.meta.expect.equalsTruth && !x.name.startsWith('broken-'))) {
    it(`${c.name}: lists every cell with its official labels and reads back equal to the truth`, async () => {
      const report = await readReport(c.input);
      const tidy = renderCsv(report);
      const spec = getFormat(c.meta.format);
      const lines = tidy.trimEnd().split('\r\n');
      for (const id of TABLE_IDS) {
        const t = spec.tables[id];
        for (const { row, column } of tableCells(t)) {
          const label = t.transposed ? `,,${row.label},${column.label},` : `,${row.label},`;
          const hit = lines.some((l) => l.startsWith(`${t.number},`) && l.includes(label.includes('"') ? label : label) && l.includes(`,${column.label},`));
          expect(hit, `${id}.${row.id}.${column.id}`).toBe(true);
        }
      }
      const back = await readCsv({ path: 'round.csv', bytes: enc(tidy) });
      expect(back.format).toBe(c.meta.format);
      expect(diffAgainstTruth(back, loadTruth(c.meta.truth))).toEqual([]);
      // The round trip keeps what the sums see.
      const before = checkReport(report).diagnostics.filter((d) => d.severity === 'error' && d.ruleId.startsWith('table')).map((d) => d.ruleId);
      const after = checkReport(back).diagnostics.filter((d) => d.severity === 'error' && d.ruleId.startsWith('table')).map((d) => d.ruleId);
      expect(after.sort()).toEqual(before.sort());
    });
  }
  it('placeholders and formula-like text survive the round trip (neutralized with an apostrophe)', async () => {
    const tidy = 'table,row_group,row,column_group,column,value,source\r\n三,,一、本年新收政府信息公开申请数量,申请人情况,自然人,\'-,\r\n三,,一、本年新收政府信息公开申请数量,申请人情况,总计,3件,\r\n';
    const r = await readCsv({ path: 'x.csv', bytes: enc(tidy) });
    expect(r.tables.t3?.cells['new.natural']).toMatchObject({ kind: 'placeholder', raw: '-' });
    expect(r.tables.t3?.cells['new.total']).toMatchObject({ kind: 'number', value: 3, unit: '件', source: { line: 3, column: 6 } });
  });
  it('unknown rows and columns of a tidy CSV are extras', async () => {
    const tidy = 'table,row_group,row,column_group,column,value,source\r\n二,,其他主动公开文件,,本年制发件数,3,\r\n三,,一、本年新收政府信息公开申请数量,,小计,1,\r\n';
    const r = await readCsv({ path: 'x.csv', bytes: enc(tidy) });
    expect(r.tables.t2?.extras.map((e) => e.label)).toEqual(['其他主动公开文件']);
    expect(r.tables.t3?.extras.map((e) => e.label)).toEqual(['小计']);
  });
});

describe('csv details', () => {
  it('detects comma, semicolon and tab', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n"1,5";2;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
  });
  it('an empty file reads as a report without tables', async () => {
    const r = await readCsv({ path: 'x.csv', bytes: new Uint8Array() });
    expect(r.tables).toEqual({});
  });
  it('binary content is a read error', async () => {
    await expect(readCsv({ path: 'x.csv', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0xff, 0xfe, 0]) })).rejects.toMatchObject({ ruleId: 'read-error' });
  });
  it('an unterminated quote is a read error that says where', async () => {
    await expect(readCsv({ path: 'x.csv', bytes: enc('a,b\n"abc,1\n2,3\n') })).rejects.toMatchObject({ ruleId: 'read-error', data: { reason: expect.stringContaining('line') } });
  });
});

describe('a big CSV export', () => {
  it('20 000 data lines after the report: the tables are read, the rest passed over quickly', async () => {
    const c = cases.find((x) => x.name === 'seed-tianmen-2021')!;
    const head = new TextDecoder('gb18030').decode(readFileSync(c.input));
    const delimiter = c.input.endsWith('.tsv') ? '\t' : ',';
    const lines = Array.from({ length: 20_000 }, (_, i) => [`${i}`, `依申请公开事项第${i}号`, '已答复', `${i % 7}`].join(delimiter));
    const t0 = performance.now();
    const report = await readCsv({ path: c.input, bytes: enc(`${head}${lines.join('\r\n')}\r\n`) });
    const ms = performance.now() - t0;
    expect(diffAgainstTruth(report, loadTruth(c.meta.truth))).toEqual([]);
    expect(ms).toBeLessThan(20_000);
  }, 60_000);
});

describe('csv: arbitrary bytes never crash', () => {
  it('random bytes are a report or a read error', async () => {
    const fc = (await import('fast-check')).default;
    const { ReadError } = await import('../src/errors.js');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(',', ';', '\t', '"', '\n'), async (bytes, extra) => {
        const b = new Uint8Array([...bytes, ...enc(extra)]);
        try {
          await readCsv({ path: 'x.csv', bytes: b });
        } catch (e) {
          expect(e).toBeInstanceOf(ReadError);
        }
      }),
      { numRuns: 150 },
    );
  });
});
