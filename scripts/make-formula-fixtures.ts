/**
 * Builds the workbooks of fixtures/rules/formula-stale/: a corpus report (fixtures/corpus-pages) laid
 * out on one sheet with a SUM formula in every 总计 cell, saved with their results —
 *
 * - `valid-recalculated`: every saved result is what its cells give;
 * - `invalid-not-recalculated`: 表三 （一）予以公开 / 自然人 changed after the last calculation (as a
 *   program that does not recalculate leaves it): the two totals over it keep their old results.
 *
 * Run through the test runner (no tsx here):  UPDATE_FIXTURES=1 npx vitest run tests/formula-stale.test.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { a1 } from '../src/model/location.js';
import { layoutToXlsx } from '../src/renderers/template.js';
import { arrange } from './make-sheet-fixtures.js';

export const FORMULA_FIXTURES = join(import.meta.dirname, '../fixtures/rules/formula-stale');

export interface FormulaFixture {
  name: string;
  bytes: Uint8Array;
  /** The cell changed without recalculating, and the formula cells that then hold stale results (sheet!A1). */
  changed?: { id: string; at: string; stale: string[] };
}

const NAME = 'pingtan-2022';
const OPTS = { threeSheets: false, merges: true, labels: false, numbersAsText: false, formulas: true, offset: [0, 0] as [number, number], headingBeside: false };

export async function buildFormulaFixtures(): Promise<FormulaFixture[]> {
  const valid = arrange(NAME, OPTS);
  const stale = arrange(NAME, OPTS);
  const sheet = stale[0]!;
  const id = 't3.granted.natural';
  const [r, c] = sheet.layout.cells.get(id)!;
  const cell = sheet.layout.rows[r]![c]!;
  if (!('number' in cell) || 'formula' in cell) throw new Error(`${id} is not a typed number`);
  sheet.layout.rows[r]![c] = { number: cell.number + 1 };
  const at = (key: string): string => {
    const [rr, cc] = sheet.layout.cells.get(key)!;
    return `${sheet.sheet}!${a1(rr, cc)}`;
  };
  const write = (sheets: typeof valid): Promise<Uint8Array> => layoutToXlsx(sheets.map((s) => ({ name: s.sheet, layout: s.layout })));
  return [
    { name: 'valid-recalculated', bytes: await write(valid) },
    { name: 'invalid-not-recalculated', bytes: await write(stale), changed: { id, at: at(id), stale: [at('t3.granted.total'), at('t3.total.natural')] } },
  ];
}

export async function writeFormulaFixtures(): Promise<FormulaFixture[]> {
  const built = await buildFormulaFixtures();
  for (const f of built) {
    mkdirSync(join(FORMULA_FIXTURES, f.name), { recursive: true });
    writeFileSync(join(FORMULA_FIXTURES, f.name, 'input.xlsx'), f.bytes);
  }
  return built;
}
