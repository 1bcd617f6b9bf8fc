/**
 * The XLSX reader on workbooks laid out the way agencies fill them in, built from every real report
 * of fixtures/corpus-pages (scripts/make-sheet-fixtures.ts): every table cell equals truth.json, every
 * cell is located at its sheet and A1 cell, and the broken cases report what they must.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReport } from '../src/check/check.js';
import { readReport } from '../src/node/file.js';
import { ReadError } from '../src/errors.js';
import { textFromGrids } from '../src/readers/grid-text.js';
import { findTables } from '../src/readers/grid.js';
import { getFormat } from '../src/format/spec.js';
import { formatSource } from '../src/model/location.js';
import { readXlsx } from '../src/readers/xlsx.js';
import { layoutToXlsx } from '../src/renderers/template.js';
import { arrange, buildCases } from '../scripts/make-sheet-fixtures.js';
import { corpusNames, diffAgainstTruth, loadTruth } from './support/corpus.js';
import { ensureFixtures, sheetCases, verifyCase } from './support/sheet-cases.js';

await ensureFixtures('xlsx');
const cases = sheetCases('xlsx');

describe('xlsx fixtures', () => {
  it('one workbook per corpus report, plus broken cases', () => {
    const names = new Set(cases.map((c) => c.meta.truth));
    for (const n of corpusNames()) expect(names.has(n), n).toBe(true);
    expect(cases.some((c) => c.name.startsWith('broken-'))).toBe(true);
  });
  for (const c of cases) it(`${c.name}: ${c.meta.layout}`, async () => verifyCase(c));
});

describe('fixtures are up to date with scripts/make-sheet-fixtures.ts', () => {
  it('every case.json (layout, cell positions, expectations) is what the script builds', async () => {
    const built = await buildCases();
    const committed = [...sheetCases('xlsx'), ...sheetCases('csv')];
    expect(committed.map((c) => c.name).sort()).toEqual(built.map((b) => b.name).sort());
    for (const b of built) {
      const c = sheetCases(b.kind).find((x) => x.name === b.name);
      expect(c?.meta, `${b.kind}/${b.name} (UPDATE_FIXTURES=1 regenerates)`).toEqual(JSON.parse(JSON.stringify(b.meta)));
    }
  });
});

describe('xlsx: +1 in any cell of 表三/表四 is reported at that sheet and cell', () => {
  const name = 'pingtan-2024';
  const opts = { threeSheets: true, merges: true, labels: true, numbersAsText: false, formulas: false, offset: [0, 0] as [number, number], headingBeside: false };
  const base = arrange(name, opts);
  const f = getFormat('2021');
  const ids: string[] = [];
  for (const t of ['t3', 't4'] as const) for (const row of f.tables[t].rows) for (const col of row.columns) ids.push(`${t}.${row.id}.${col}`);
  const positions = new Map<string, string>();
  for (const s of base) for (const [id, [r, c]] of s.layout.cells) positions.set(id, `${s.sheet}!${String.fromCharCode(65 + c)}${r + 1}`);
  let original: number;
  beforeAll(async () => {
    const bytes = await layoutToXlsx(base.map((s) => ({ name: s.sheet, layout: s.layout })));
    original = checkReport(await readXlsx({ path: 'x.xlsx', bytes })).errorCount;
  });
  it('the original has no errors', () => expect(original).toBe(0));
  it.each(ids)('%s', async (id) => {
    const sheets = arrange(name, opts);
    const s = sheets.find((x) => x.layout.cells.has(id))!;
    const [r, c] = s.layout.cells.get(id)!;
    const cell = s.layout.rows[r]![c];
    s.layout.rows[r]![c] = { number: (cell && 'number' in cell ? (cell.number ?? 0) : 0) + 1 };
    const bytes = await layoutToXlsx(sheets.map((x) => ({ name: x.sheet, layout: x.layout })));
    const result = checkReport(await readXlsx({ path: 'x.xlsx', bytes }));
    const at = positions.get(id)!;
    const naming = result.diagnostics.filter(
      (d) => d.severity === 'error' && [d.physical, ...(d.related ?? []).map((x) => x.physical)].some((p) => formatSource(p) === at),
    );
    expect(naming.length, `no error names ${at} (${id})`).toBeGreaterThan(0);
  });
});

describe('xlsx: bad input is a read error, never a crash', () => {
  it('a text file named .xlsx', async () => {
    await expect(readXlsx({ path: 'x.xlsx', bytes: new TextEncoder().encode('a,b\n1,2\n') })).rejects.toMatchObject({ ruleId: 'read-error' });
  });
  it('a damaged zip', async () => {
    const good = readFileSync(cases[0]!.input);
    const bad = good.subarray(0, Math.floor(good.length / 2));
    await expect(readXlsx({ path: 'x.xlsx', bytes: bad })).rejects.toMatchObject({ ruleId: 'read-error' });
  });
  it('an empty workbook has no tables (table-missing), no crash', async () => {
    const bytes = await layoutToXlsx([{ name: 'Sheet1', layout: { rows: [[{ text: '你好' }]], merges: [], cells: new Map(), headings: new Map() } }]);
    const report = await readXlsx({ path: 'x.xlsx', bytes });
    expect(report.tables).toEqual({});
    expect(checkReport(report).diagnostics.some((d) => d.ruleId === 'table-missing')).toBe(true);
  });
});

describe('heavy libraries are imported lazily', () => {
  it('no static import of xlsx or csv-parse outside the readers and renderers that need them', () => {
    for (const f of ['src/readers/index.ts', 'src/readers/grid.ts', 'src/readers/grid-cells.ts', 'src/readers/grid-header.ts', 'src/readers/grid-labels.ts', 'src/readers/grid-scan.ts', 'src/readers/grid-text.ts', 'src/readers/xlsx.ts', 'src/readers/csv.ts', 'src/renderers/template.ts', 'src/cli/commands/template.ts']) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/^import [^;]* from '(xlsx|csv-parse[^']*)'/m);
    }
  });
});

describe('xlsx: other Excel files and formulas', () => {
  // Three sheets for the binary formats; one sheet for HTML ("Excel" exports of web systems hold one).
  for (const [ext, bookType, name] of [['xls', 'biff8', 'pingtan-2022'], ['xlsm', 'xlsm', 'pingtan-2022'], ['xls', 'html', 'pingtan-2023']] as const) {
    const c = cases.find((x) => x.name === name)!;
    const truth = () => loadTruth(c.meta.truth);
    it(`reads the workbook ${name} saved as .${ext} (${bookType})`, async () => {
      const XLSX = await import('xlsx');
      const wb = XLSX.read(readFileSync(c.input), { type: 'buffer', cellFormula: true });
      const bytes = new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType }) as Buffer);
      const report = await readXlsx({ path: `x.${ext}`, bytes });
      expect(diffAgainstTruth(report, truth())).toEqual([]);
      expect(report.format).toBe(c.meta.format);
    });
  }
  it('a formula saved without its value is reported at its sheet and cell and at its table cell', async () => {
    const f = cases.find((x) => x.name === 'formula-no-value')!;
    const result = checkReport(await readReport(f.input));
    const d = result.diagnostics.find((x) => x.ruleId === 'formula-no-value' && x.location.cell === 't3.total.total')!;
    expect(d).toBeDefined();
    expect(formatSource(d.physical)).toBe(f.meta.cells['t3.total.total']);
    expect(d.location.labels?.row).toBe('（七）总计');
    expect(d.message).toContain(f.meta.cells['t3.total.total']!);
  });
});

describe('xlsx and grid: arbitrary input never crashes', () => {
  it('random bytes are a report or a read error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const withZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]);
        for (const b of [bytes, withZip]) {
          try {
            await readXlsx({ path: 'x.xlsx', bytes: b });
          } catch (e) {
            expect(e).toBeInstanceOf(ReadError);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
  it('random grids of official labels, numbers and noise never throw', () => {
    const spec = getFormat('2021');
    const words = [
      ...Object.values(spec.tables).flatMap((t) => [...t.rows.map((r) => r.label), ...t.columns.map((x) => x.label), ...t.rowGroups.map((g) => g.label), ...t.columnGroups.map((g) => g.label)]),
      '一、总体情况', '六、其他需要报告的事项', '', '', '0', '12', '/', '-', '3件', '=SUM(A1)',
    ];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...words), { maxLength: 16 }), { maxLength: 40 }), (rows) => {
        const grid = { name: 'g', rows: rows.map((row, r) => row.map((text, c) => ({ text, source: { sheet: 'g', cell: `${r}:${c}` } }))) };
        const found = findTables([grid]);
        textFromGrids([grid], found.used);
      }),
      { numRuns: 200 },
    );
  });
});

describe('"Excel" files that are text', () => {
  it('a tab-separated GBK export saved as .xls is read as the CSV it is', async () => {
    const c = sheetCases('csv').find((x) => x.name === 'seed-tianmen-2021')!;
    const report = await readXlsx({ path: 'export.xls', bytes: readFileSync(c.input) });
    expect(report.reader).toBe('csv');
    expect(diffAgainstTruth(report, loadTruth(c.meta.truth))).toEqual([]);
  });
  it('an HTML table saved as .xls with a BOM is read by the HTML reader (tests/readers-edge.test.ts has the web-system forms)', async () => {
    const XLSX = await import('xlsx');
    const c = cases.find((x) => x.name === 'pingtan-2023')!;
    const html = XLSX.utils.sheet_to_html(XLSX.read(readFileSync(c.input), { type: 'buffer' }).Sheets['年度报告']!);
    const report = await readXlsx({ path: 'export.xls', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html)]) });
    expect(report.reader).toBe('html');
    expect(diffAgainstTruth(report, loadTruth(c.meta.truth))).toEqual([]);
  });
});
