/**
 * Where a flattened table meets the text around it (#17), on fixtures/table-edges
 * (scripts/make-table-edges.ts, from the corpus page pingtan-2024), patterns of real department reports
 * held out from the project:
 * - a table 二 without its 规章 row, followed by a paragraph naming "规章、规范性文件": one cell-missing
 *   (规章), every other row read from the table — before, the rows were taken from that paragraph and
 *   行政许可, 行政处罚, 行政强制 and 行政事业性收费 were four false cell-missing errors;
 * - the paragraph after a table starting with the year, run into the last row's digits
 *   ("…继续办理00000002024年，…"): the year is prose — before, the row was extract-failed
 *   ("00000002024" cannot be 7 cells) and the fee read as 18651.062024 or not at all.
 * In process and through the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../src/check/bytes.js';
import { analyseText } from '../src/readers/text.js';
import { buildTableEdges, writeTableEdges, type TableEdgesCase } from '../scripts/make-table-edges.js';
import { updatingFixtures } from './support/fixtures.js';

const ROOT = join(import.meta.dirname, '..');
const cases = updatingFixtures() ? writeTableEdges() : buildTableEdges();

function rowCells(c: TableEdgesCase, row: string): [string, number | null][] {
  const [t, r] = row.split('.') as ['t2' | 't3' | 't4', string];
  return Object.entries(c.truth.tables[t][r]!).map(([col, v]) => [`${row}.${col}`, v]);
}

describe.each(cases)('$name', (c) => {
  it('reads every row of the case from the table, equal to the truth (in process)', () => {
    const report = analyseText(c.input, `${c.name}.txt`);
    for (const row of c.rows) {
      const [t, r] = row.split('.') as ['t2' | 't3', string];
      for (const [key, want] of rowCells(c, row)) {
        const cell = report.tables[t]?.cells[`${r}.${key.split('.')[2]}`];
        expect(cell, key).toMatchObject({ kind: 'number', value: want });
      }
    }
    expect(report.findings.filter((f) => f.ruleId.startsWith('extract-') && c.rows.some((row) => f.location.cell?.startsWith(`${row}.`) || `${f.location.table}.${f.location.row}` === row))).toEqual([]);
  });

  it('check gives cell-missing for the rows the table leaves out, and for no other', async () => {
    const { result } = await checkBytes(`${c.name}.txt`, new TextEncoder().encode(c.input));
    const missing = result.diagnostics.filter((d) => d.ruleId === 'cell-missing').map((d) => `${d.location.table}.${d.location.row}`);
    expect([...new Set(missing)].sort()).toEqual(c.missingRows);
    expect(result.diagnostics.filter((d) => d.ruleId === 'extract-failed')).toEqual([]);
  });

  it('the built CLI: check -f json gives the same cell-missing rows, convert writes the rows', () => {
    const input = join('fixtures/table-edges', c.name, 'input.txt');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', input, '-f', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const ds = (JSON.parse(r.stdout) as { files: { diagnostics: { ruleId: string; location: { table?: string; row?: string } }[] }[] }).files[0]!.diagnostics;
    expect([...new Set(ds.filter((d) => d.ruleId === 'cell-missing').map((d) => `${d.location.table}.${d.location.row}`))].sort()).toEqual(c.missingRows);
    expect(ds.filter((d) => d.ruleId === 'extract-failed')).toEqual([]);
    const conv = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'convert', input, '--to', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const tables = (JSON.parse(conv.stdout) as { tables: Record<string, Record<string, Record<string, unknown>>> }).tables;
    for (const row of c.rows) {
      for (const [key, want] of rowCells(c, row)) {
        const [t, rr, col] = key.split('.') as [string, string, string];
        const got = tables[t]?.[rr]?.[col];
        expect(got !== null && typeof got === 'object' ? (got as { value: unknown }).value : got, key).toBe(want);
      }
    }
  });
});
