/**
 * A table whose data row's merged cells do not line up with its header's (#17), built by
 * scripts/make-merged-cells.ts from the 2019-format corpus report pingtan-2019 in HTML, DOCX and XLSX:
 * the header merges one column label over two grid columns and the data row merges another figure (or
 * the mirror, or with empty spacer cells). Read by order, every figure goes under the header cell in its
 * place and keeps the cell it is written in as its source; a row whose figures cannot be put under the
 * header's cells one for one stays unread (extract-failed), never guessed. The rest of the report reads
 * as the corpus fixture does.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/model/report.js';
import { readReport } from '../src/node/file.js';
import { findTables } from '../src/readers/grid.js';
import type { Grid, GridCell } from '../src/readers/grid-cells.js';
import { buildMergedCells, MERGED_CELLS, sheetData, writeMergedCells, type MergedCase } from '../scripts/make-merged-cells.js';
import { reportCells } from './support/corpus.js';
import { updatingFixtures } from './support/fixtures.js';

const ROOT = join(import.meta.dirname, '..');
const FORMATS = ['html', 'docx', 'xlsx'] as const;
type Fmt = (typeof FORMATS)[number];
const CLEAN: Record<Fmt, string> = {
  html: join(ROOT, 'fixtures/readers/html/pingtan-2019.html'),
  docx: join(ROOT, 'fixtures/readers/docx/pingtan-2019.docx'),
  xlsx: join(ROOT, 'fixtures/readers/xlsx/pingtan-2019/input.xlsx'),
};

let cases: MergedCase[] = [];
beforeAll(async () => {
  cases = updatingFixtures() ? await writeMergedCells() : await buildMergedCells();
});
const NAMES = ['data-merged-first', 'header-merged-first', 'spacer', 'ambiguous'];
const caseOf = (name: string): MergedCase => {
  const c = cases.find((x) => x.name === name);
  expect(c, name).toBeDefined();
  return c!;
};
const fileOf = (name: string, f: Fmt): string => join(MERGED_CELLS, name, `input.${f}`);

describe('fixtures/merged-cells are what scripts/make-merged-cells.ts builds', () => {
  it('file for file (UPDATE_FIXTURES=1 regenerates)', async () => {
    const XLSX = await import('xlsx');
    expect(cases.map((c) => c.name)).toEqual(NAMES);
    for (const c of cases) {
      expect(readFileSync(fileOf(c.name, 'html'), 'utf8'), c.name).toBe(c.html);
      expect(strFromU8(unzipSync(new Uint8Array(readFileSync(fileOf(c.name, 'docx'))))['word/document.xml']!), c.name).toBe(c.document);
      expect(sheetData(XLSX.read(readFileSync(fileOf(c.name, 'xlsx')))), c.name).toEqual(c.sheet);
      expect(readFileSync(join(MERGED_CELLS, c.name, 'truth.json'), 'utf8'), c.name).toBe(`${JSON.stringify(c.truth, null, 2)}\n`);
    }
  });

  it('the truth: distinct figures, the misaligned rows read, the ambiguous ones unread', () => {
    const t = caseOf('data-merged-first').truth;
    expect(t.cells['licensing.previous_items']).toMatchObject({ value: 5, row: 7, col: 2 });
    expect(t.cells['licensing.change']).toMatchObject({ value: -2, row: 7, col: 4 });
    expect(t.cells['licensing.decisions']).toMatchObject({ value: 3, row: 7, col: 5 });
    expect(Object.keys(t.cells)).toHaveLength(22);
    expect(Object.keys(caseOf('ambiguous').truth.unread).sort()).toEqual(['enforcement', 'licensing', 'penalty']);
    expect(Object.keys(caseOf('ambiguous').truth.cells)).toHaveLength(22 - 9);
  });
});

/** What a source says about where its cell is: grid row and column (HTML, DOCX) or A1 (XLSX). */
function place(f: Fmt, source: Record<string, unknown> | undefined): unknown {
  return f === 'xlsx' ? source?.cell : { row: source?.row, col: source?.col };
}

const cleanReports = new Map<Fmt, Report>();
async function clean(f: Fmt): Promise<Report> {
  let r = cleanReports.get(f);
  if (!r) cleanReports.set(f, (r = await readReport(CLEAN[f])));
  return r;
}

describe('read by order: every table-二 figure under its header cell, from its own cell', () => {
  for (const name of NAMES) {
    for (const f of FORMATS) {
      it(`${name} (${f})`, async () => {
        const c = caseOf(name);
        const report = await readReport(fileOf(name, f));
        const t2 = report.tables.t2;
        expect(t2).toBeDefined();
        expect(report.format).toBe('2019');
        const got: Record<string, unknown> = {};
        for (const [key, cell] of Object.entries(t2!.cells)) got[key] = { value: cell.kind === 'number' ? cell.value : cell.kind, at: place(f, cell.source as Record<string, unknown> | undefined) };
        const want: Record<string, unknown> = {};
        for (const [key, v] of Object.entries(c.truth.cells)) want[key] = { value: v.value, at: f === 'xlsx' ? v.a1 : { row: v.row, col: v.col } };
        expect(got).toEqual(want);
        // The rows left unread: one extract-failed finding each, naming the row, its figures and the header's cells.
        const unread = report.findings.filter((x) => x.ruleId.startsWith('extract-') && x.location.table === 't2');
        expect(unread.map((x) => ({ row: x.location.row, messageId: x.messageId, found: x.data?.found, cells: x.data?.cells })).sort((a, b) => String(a.row).localeCompare(String(b.row)))).toEqual(
          Object.entries(c.truth.unread)
            .map(([row, u]) => ({ row, ...u }))
            .sort((a, b) => a.row.localeCompare(b.row)),
        );
        for (const x of unread) expect(x.physical, x.location.row).toBeDefined();
        // Everything else of the report reads as the corpus fixture does.
        const base = reportCells(await clean(f));
        const mine = reportCells(report);
        for (const k of [...base.keys()]) if (k.startsWith('t2.')) base.delete(k);
        for (const k of [...mine.keys()]) if (k.startsWith('t2.')) mine.delete(k);
        expect(Object.fromEntries(mine)).toEqual(Object.fromEntries(base));
        expect(t2!.extras).toEqual([]);
      });
    }
  }
});

describe('through the built CLI: gongkai convert --to json', () => {
  const convert = (file: string, unread: string[]): { tables: { t2: Record<string, Record<string, { value: number | null; status?: string; source?: Record<string, unknown> }>> } } => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'convert', file, '--to', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    // Cells left unread are named on stderr, each row by its label, and the exit code is 1; otherwise nothing is said.
    expect(r.status, r.stderr).toBe(unread.length === 0 ? 0 : 1);
    if (unread.length === 0) expect(r.stderr).toBe('');
    else for (const label of unread) expect(r.stderr).toContain(`表二“${label}”行`);
    return JSON.parse(r.stdout) as ReturnType<typeof convert>;
  };
  const LABEL: Record<string, string> = { licensing: '行政许可', penalty: '行政处罚', enforcement: '行政强制' };
  for (const name of NAMES) {
    it(`${name}: every file's table 二 is the truth, each figure from its own cell`, { timeout: 60_000 }, () => {
      const c = caseOf(name);
      for (const f of FORMATS) {
        const t2 = convert(fileOf(name, f), Object.keys(c.truth.unread).map((row) => LABEL[row]!)).tables.t2;
        for (const [key, v] of Object.entries(c.truth.cells)) {
          const [row, col] = key.split('.') as [string, string];
          const cell = t2[row]?.[col];
          expect(cell?.value, `${f} ${key}`).toBe(v.value);
          expect(place(f, cell?.source), `${f} ${key}`).toEqual(f === 'xlsx' ? v.a1 : { row: v.row, col: v.col });
        }
        for (const row of Object.keys(c.truth.unread)) {
          for (const [col, cell] of Object.entries(t2[row] ?? {})) {
            expect(cell.value, `${f} ${row}.${col}`).toBeNull();
            expect(cell.status, `${f} ${row}.${col}`).toBe('unread');
          }
        }
      }
    });
  }

  it('check names the unread rows in plain words (zh and en)', { timeout: 60_000 }, () => {
    for (const lang of ['zh', 'en']) {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', fileOf('ambiguous', 'html'), '-f', 'json', '--lang', lang], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as { files: { diagnostics: { ruleId: string; message: string; location: { row?: string } }[] }[] };
      const ds = out.files[0]!.diagnostics.filter((d) => d.ruleId === 'extract-failed' && d.location.row === 'licensing');
      expect(ds).toHaveLength(1);
      expect(ds[0]!.message).toContain(lang === 'zh' ? '行政许可' : 'row "行政许可"');
      expect(ds[0]!.message).toMatch(lang === 'zh' ? /只读到 2 个数值（应为 3 个）/ : /only 2 values read \(3 expected\)/);
      expect(ds[0]!.message).not.toMatch(/undefined|null|NaN|\[object/);
      // The unread row is not reported again as missing.
      expect(out.files[0]!.diagnostics.filter((d) => d.ruleId === 'cell-missing' && d.location.row === 'licensing')).toEqual([]);
    }
  });
});

describe('in parts: the grid finder on a hand-made grid', () => {
  /** Rows of texts with spans, as a grid reader expands them: a merged cell is one object at each position. */
  function grid(rows: [string, number?][][]): Grid {
    return {
      name: 't',
      rows: rows.map((row, r) => {
        const out: GridCell[] = [];
        for (const [text, span = 1] of row) {
          const cell: GridCell = { text, source: { table: 1, row: r + 1, col: out.length + 1 } };
          for (let i = 0; i < span; i++) out.push(cell);
        }
        return out;
      }),
    };
  }
  const head = (spans: number[]): [string, number?][] => [['信息内容'], ...['上一年项目数量', '本年增/减', '处理决定数量'].map((t, i): [string, number] => [t, spans[i]!])];
  const table = (rows: [string, number?][][]) =>
    findTables([
      grid([
        [['第二十条第（一）项', 4]],
        [['信息内容'], ['本年新制作数量'], ['本年新公开数量'], ['对外公开总数量']],
        [['规章'], ['1'], ['2'], ['3']],
        [['规范性文件'], ['4'], ['5'], ['6']],
        [['第二十条第（五）项', 5]],
        ...rows,
        [['第二十条第（八）项', 4]],
        [['信息内容'], ['上一年项目数量'], ['本年增/减', 2]],
        [['行政事业性收费'], ['7'], ['8', 2]],
        [['第二十条第（九）项', 4]],
        [['信息内容'], ['采购项目数量'], ['采购总金额', 2]],
        [['政府集中采购'], ['9'], ['10', 2]],
      ]),
    ]);
  const licensing = (r: ReturnType<typeof findTables>) =>
    Object.fromEntries(['previous_items', 'change', 'decisions'].map((c) => [c, r.tables.t2?.cells[`licensing.${c}`]]).map(([c, cell]) => [c, cell && typeof cell === 'object' && 'value' in cell ? [cell.value, cell.source?.col] : cell]));

  it('the issue’s row: header 1 | 2 | 1, data 2 | 1 | 1', () => {
    const r = table([head([1, 2, 1]), [['行政许可'], ['5', 2], ['-2'], ['3']]]);
    expect(licensing(r)).toEqual({ previous_items: [5, 2], change: [-2, 4], decisions: [3, 5] });
    expect(r.findings).toEqual([]);
  });

  it('aligned merges read as before: a merged header over a merged figure, or over a figure and an empty cell', () => {
    expect(licensing(table([head([1, 2, 1]), [['行政许可'], ['5'], ['-2', 2], ['3']]]))).toEqual({ previous_items: [5, 2], change: [-2, 3], decisions: [3, 5] });
    expect(licensing(table([head([1, 2, 1]), [['行政许可'], ['5'], [''], ['-2'], ['3']]]))).toEqual({ previous_items: [5, 2], change: [-2, 4], decisions: [3, 5] });
    // A blank figure under an aligned header stays a blank cell (the report's, cell-blank).
    expect(table([head([1, 1, 1]), [['行政许可'], ['5'], [''], ['3']]]).tables.t2?.cells['licensing.change']?.kind).toBe('blank');
  });

  it('merges saved without them (a spreadsheet): a figure under the empty column of the header’s label is read by order', () => {
    // Header 上一年项目数量 | 本年增/减 | (its merge, empty) | 处理决定数量; figures 5 | (empty) | -2 | 3.
    const r = table([[['信息内容'], ['上一年项目数量'], ['本年增/减'], [''], ['处理决定数量']], [['行政许可'], ['5'], [''], ['-2'], ['3']]]);
    expect(licensing(r)).toEqual({ previous_items: [5, 2], change: [-2, 4], decisions: [3, 5] });
    // A remark (no number) in such a column is no figure: the row reads by position as before.
    expect(licensing(table([[['信息内容'], ['上一年项目数量'], ['本年增/减'], [''], ['处理决定数量']], [['行政许可'], ['5'], ['-2'], ['见说明'], ['3']]]))).toEqual({ previous_items: [5, 2], change: [-2, 3], decisions: [3, 5] });
  });

  it('a figure merged across an extra column is one figure: never read twice', () => {
    // 上一年项目数量 | 备注 (no column of the format) | 本年增/减 | 处理决定数量; 5 over the first three, then 3.
    const r = table([[['信息内容'], ['上一年项目数量'], ['备注'], ['本年增/减'], ['处理决定数量']], [['行政许可'], ['5', 3], ['3']]]);
    expect(licensing(r)).toEqual({ previous_items: undefined, change: undefined, decisions: undefined });
    expect(r.findings.map((x) => [x.messageId, x.data?.found, x.data?.cells])).toEqual([['tooFew', 2, 3]]);
  });

  it('fewer or more figures than header cells: the row stays unread, with one finding', () => {
    for (const [row, messageId, found] of [
      [[['行政许可'], ['5', 2], ['3']], 'tooFew', 2],
      [[['行政许可'], ['5'], ['-2'], ['3'], ['4']], 'tooMany', 4],
    ] as const) {
      const r = table([head([1, 2, 1]), row as unknown as [string, number?][]]);
      expect(licensing(r)).toEqual({ previous_items: undefined, change: undefined, decisions: undefined });
      expect(r.findings.map((x) => ({ ruleId: x.ruleId, messageId: x.messageId, row: x.location.row, found: x.data?.found, cells: x.data?.cells }))).toEqual([{ ruleId: 'extract-failed', messageId, row: 'licensing', found, cells: 3 }]);
    }
  });
});
