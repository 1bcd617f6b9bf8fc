/**
 * Flattened rows seen on real reports held out from the project (#17), on fixtures/glued-rows
 * (scripts/make-glued-rows.ts, from corpus pages):
 *
 * - what `check` reads, `convert` writes: a glued table-二 row that the report's own text singles out
 *   (extract-resolved) is written with that split by `convert --to json|csv|html`, the Node API's convert,
 *   the offline page's downloads (check/bytes.ts readResolved) and the xlsx workbook's cells — not as
 *   unread — and `convert --strict` does not fail on it;
 * - a plus sign in a glued row starts a signed piece ("行政许可0+11" = 0 | +1 | 1), in the signed column only;
 * - one blank cell among zeros run together, the blank a space ("0 00000"): six 0s and one cell-blank, only
 *   when that is the one reading.
 * Through the built CLI and in parts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvedReport } from '../src/analysis/glued.js';
import { checkBytes, readBytes, readResolved } from '../src/check/bytes.js';
import { convert } from '../src/index.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { analyseText } from '../src/readers/text.js';
import { blankAmongZeros, splitTokens, valueRun } from '../src/readers/split.js';
import { renderNormalizedJson } from '../src/renderers/normalized-json.js';
import { buildGluedRows, GLUED_ROWS, writeGluedRows, type GluedRowsCase } from '../scripts/make-glued-rows.js';
import { updatingFixtures } from './support/fixtures.js';
import { tempDir } from './support/tmp.js';
import { expectCaseFiles } from './support/text-cases.js';
import { compareCells, type JsonCell, type JsonTables } from './support/json-cells.js';

const ROOT = join(import.meta.dirname, '..');
const cases = updatingFixtures() ? writeGluedRows() : buildGluedRows();
const byName = (name: string): GluedRowsCase => cases.find((c) => c.name === name)!;
const input = (name: string): string => join('fixtures/glued-rows', name, 'input.txt');

/** The built CLI. */
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}


const cellAt = (tables: JsonTables, key: string): JsonCell | undefined => {
  const [t, r, c] = key.split('.') as [string, string, string];
  return tables[t]?.[r]?.[c];
};

/** Every cell of the converted JSON against the truth: each read cell equal, and the unread rows as said. */
function compare(tables: JsonTables, c: GluedRowsCase): void {
  compareCells(tables, c.truth.tables, c.expect.unread, true);
}

describe('fixtures/glued-rows are what scripts/make-glued-rows.ts builds', () => {
  it('file for file (UPDATE_FIXTURES=1 regenerates)', () => {
    expectCaseFiles(GLUED_ROWS, cases);
  });
});

describe('each case through the built CLI: convert writes the truth, check says what it is', () => {
  for (const c of cases) {
    it(`${c.name}: convert --to json gives every cell of the truth, the case's cells with their place in the file`, () => {
      const r = cli('convert', input(c.name), '--to', 'json');
      expect(r.status).toBe(c.expect.unread.length > 0 ? 1 : 0);
      const tables = (JSON.parse(r.stdout) as { tables: JsonTables }).tables;
      compare(tables, c);
      for (const [key, value] of Object.entries(c.expect.cells)) {
        const got = cellAt(tables, key);
        expect(got !== null && typeof got === 'object' ? got.value : got, key).toBe(value);
        // Each keeps where it is in the file (the text reader's line and column).
        expect(got !== null && typeof got === 'object' ? got.source?.column : undefined, key).toBeGreaterThan(0);
      }
    });

    it(`${c.name}: check gives the case's findings and no extraction finding about its cells`, () => {
      const out = JSON.parse(cli('check', input(c.name), '-f', 'json').stdout) as { files: { diagnostics: Diagnostic[] }[] };
      const ds = out.files[0]!.diagnostics;
      const at = (d: Diagnostic): string => [d.location.table, d.location.row, d.location.column].filter((x) => x !== undefined).join('.');
      for (const f of c.expect.findings) expect(ds.filter((d) => d.ruleId === f.ruleId && at(d) === f.at), `${f.ruleId} at ${f.at}`).toHaveLength(1);
      const rowsOfCase = new Set(Object.keys(c.expect.cells).map((k) => k.split('.').slice(0, 2).join('.')));
      const extraction = ds.filter((d) => d.category === 'extraction' && d.ruleId !== 'extract-resolved' && rowsOfCase.has(`${d.location.table}.${d.location.row}`));
      expect(extraction).toEqual([]);
      // The rows left unread are exactly those said, each with its extract-ambiguous finding.
      const ambiguous = ds.filter((d) => d.ruleId === 'extract-ambiguous').map((d) => `${d.location.table}.${d.location.row}`);
      expect(ambiguous.sort()).toEqual([...c.expect.unread].sort());
      // A blank cell is the report's, never one it could not read.
      const blanks = ds.filter((d) => d.ruleId === 'cell-blank').map(at);
      expect(blanks.sort()).toEqual(c.expect.findings.filter((f) => f.ruleId === 'cell-blank').map((f) => f.at).sort());
    });
  }
});

describe('convert writes what check read (resolved-by-text-2024)', () => {
  const c = byName('resolved-by-text-2024');
  const ROW = ['本年制发件数', '本年废止件数', '现行有效件数'];

  it('--strict converts it (exit 0, nothing on stderr); csv and html hold the row; the Node API gives the CLI’s JSON', async () => {
    const strict = cli('convert', input(c.name), '--to', 'json', '--strict');
    expect(strict.status).toBe(0);
    expect(strict.stderr).toBe('');
    const csv = cli('convert', input(c.name), '--to', 'csv', '--strict');
    expect(csv.status).toBe(0);
    const lines = csv.stdout.split('\n').filter((l) => l.includes(',行政规范性文件,'));
    expect(lines.map((l) => l.split(',')[4])).toEqual(ROW);
    expect(lines.map((l) => l.split(',')[5])).toEqual(['62', '33', '440']);
    expect(lines.every((l) => !l.includes('unread'))).toBe(true);
    const html = cli('convert', input(c.name), '--to', 'html');
    expect(html.status).toBe(0);
    expect(html.stdout).not.toContain('未读取');
    expect(await convert(input(c.name), { to: 'json', strict: true })).toBe(strict.stdout);
  });

  it('the offline page’s downloads (readResolved) and the xlsx workbook’s cells (checkBytes) hold the split; read() stays as read', async () => {
    const bytes = new Uint8Array(readFileSync(input(c.name)));
    const report = await readResolved('input.txt', bytes);
    expect(['issued', 'repealed', 'in_force'].map((col) => report.tables.t2?.cells[`normative_documents.${col}`])).toMatchObject([
      { kind: 'number', value: 62 },
      { kind: 'number', value: 33 },
      { kind: 'number', value: 440 },
    ]);
    expect(JSON.parse(renderNormalizedJson(report)).tables.t2.normative_documents).toEqual(
      (JSON.parse(cli('convert', input(c.name), '--to', 'json').stdout) as { tables: JsonTables }).tables.t2!.normative_documents,
    );
    const { cells } = await checkBytes('input.txt', bytes, {}, undefined, { cells: true });
    expect(cells!.unread).toEqual([]);
    expect(cells!.tables.t2!.cells['normative_documents.in_force']).toMatchObject({ value: 440 });
    // The reader's report is left as read; resolving is idempotent.
    const read = await readBytes('input.txt', bytes);
    expect(read.tables.t2?.cells['normative_documents.issued']).toBeUndefined();
    const once = resolvedReport(read);
    expect(once).not.toBe(read);
    expect(resolvedReport(once)).toBe(once);
    expect(once.findings.filter((f) => f.ruleId === 'extract-ambiguous')).toEqual([]);
    expect(once.findings.filter((f) => f.ruleId === 'extract-resolved')).toHaveLength(1);
  });

  it('without the sentence that tells the splits apart, check and convert both leave the row unread', () => {
    const dir = tempDir('gongkai-glued-rows-');
    const file = join(dir, 'r.txt');
    writeFileSync(file, c.input.replace('废止规范性文件33件，', ''));
    const r = cli('convert', file, '--to', 'json');
    expect(r.status).toBe(1);
    const row = (JSON.parse(r.stdout) as { tables: JsonTables }).tables.t2!.normative_documents!;
    expect(Object.values(row).map((x) => (x !== null && typeof x === 'object' ? x.status : x))).toEqual(['unread', 'unread', 'unread']);
    expect(cli('convert', file, '--to', 'json', '--strict').status).toBe(1);
  });
});

describe('a plus sign in a glued row (parts)', () => {
  it('is a value character: the run goes on past it', () => {
    expect(valueRun('0+11其他', 0).tokens.map((t) => t.text)).toEqual(['0+11']);
    expect(valueRun('0＋11其他', 0).tokens.map((t) => t.text)).toEqual(['0+11']);
    // A lone plus at the end of the run is not part of it.
    expect(valueRun('12+互联网', 0).tokens.map((t) => t.text)).toEqual(['12']);
  });

  it('starts a signed piece, in the signed column only', () => {
    const tok = (text: string) => [{ text, offset: 0 }];
    const split = (text: string, types: Parameters<typeof splitTokens>[1]) => {
      const o = splitTokens(tok(text), types);
      return o.kind === 'ok' ? o.pieces.map((p) => p.raw) : o.kind;
    };
    expect(split('0+11', ['count', 'signed', 'count'])).toEqual(['0', '+1', '1']);
    expect(split('35+2', ['count', 'signed'])).toEqual(['35', '+2']);
    // Where no column is signed there is no reading.
    expect(split('0+11', ['count', 'count', 'count'])).toBe('none');
    // A minus as before.
    expect(split('35-15', ['count', 'signed'])).toEqual(['35', '-15']);
  });

  it('the row is read with value 1 for "+1", the text as written kept', () => {
    const c = byName('plus-sign-2019');
    const report = analyseText(c.input, 'x.txt');
    expect(report.tables.t2?.cells['licensing.change']).toMatchObject({ kind: 'number', value: 1, raw: '+1' });
    expect(report.tables.t2?.cells['fees.change']).toMatchObject({ kind: 'number', value: 2, raw: '+2' });
    expect(report.findings.filter((f) => f.location.row === 'licensing' || f.location.row === 'fees')).toEqual([]);
  });
});

describe('one blank cell among zeros run together (parts)', () => {
  /** The tokens of a row's values as the text reader finds them. */
  const tokens = (text: string) => valueRun(text, 0).tokens;
  const read = (text: string, cells = 7): string[] | undefined => blankAmongZeros(text, tokens(text), cells)?.map((t) => (t.text === '' ? '_' : t.text));

  it('a space among glued zeros is a blank cell, in its place', () => {
    expect(read('0 00000')).toEqual(['0', '_', '0', '0', '0', '0', '0']);
    expect(read('00000 0')).toEqual(['0', '0', '0', '0', '0', '_', '0']);
    expect(read('000\u00a0000')).toEqual(['0', '0', '0', '_', '0', '0', '0']);
    expect(read('0000000 0000000', 15)).toHaveLength(15);
    // The blank cell is located at its space.
    expect(blankAmongZeros('0 00000', tokens('0 00000'), 7)![1]).toMatchObject({ text: '', offset: 1 });
  });

  it('otherwise no reading: a figure not 0, too many or too few cells, two spaces, a tab, nothing glued', () => {
    expect(read('1 00000')).toBeUndefined();
    expect(read('0 000000')).toBeUndefined();
    expect(read('0 0000')).toBeUndefined();
    expect(read('0  0000')).toBeUndefined();
    expect(read('0\t00000')).toBeUndefined();
    expect(read('0 0 0', 5)).toBeUndefined();
    expect(read('0 0', 3)).toBeUndefined();
    expect(read('000000')).toBeUndefined();
  });

  it('the text reader reads such a row with its blank, and a row that splits anyway as before', () => {
    const c = byName('blank-among-zeros-2019');
    const report = analyseText(c.input, 'x.txt');
    expect(report.tables.t3?.cells['carried_over.commercial']).toMatchObject({ kind: 'blank' });
    expect(report.tables.t4?.cells['suit_direct.other']).toMatchObject({ kind: 'blank' });
    expect(report.findings.filter((f) => f.location.table !== 't2')).toEqual([]);
    // pingtan-2019's "230 000023" (一、本年新收) has a figure that is not 0: read by its sums as before.
    expect(['natural', 'commercial', 'total'].map((col) => report.tables.t3?.cells[`new.${col}`])).toMatchObject([{ value: 23 }, { value: 0 }, { value: 23 }]);
    // With two spaces the row stays unread, as before.
    const two = analyseText(c.input.replace('二、上年结转政府信息公开申请数量0 00000', '二、上年结转政府信息公开申请数量0  00000'), 'x.txt');
    expect(two.tables.t3?.cells['carried_over.natural']).toBeUndefined();
    expect(two.findings.filter((f) => f.ruleId === 'extract-failed' && f.location.row === 'carried_over')).toHaveLength(1);
  });
});
