/**
 * `npm run fuzz`: the grid readers under generated merged-cell and span structures, many more cases than
 * tests/fuzz-grids.test.ts (FUZZ_RUNS, default 10,000 per format; FUZZ_SEED to replay, printed). The
 * property is the same (tests/support/grid-arbs.ts checkGridCase): a report or a ReadError, grids
 * within the input's cells plus the merge budget, refusals justified by what the input asks for.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ReadError } from '../../src/errors.js';
import { readDocx } from '../../src/readers/docx.js';
import { readHtml } from '../../src/readers/html.js';
import { MAX_MERGE_AREAS, MAX_MERGED_CELLS, MAX_SHEET_CELLS } from '../../src/readers/limits.js';
import { readXlsx } from '../../src/readers/xlsx.js';
import { checkGridCase, docxCase, htmlCase, spreadsheet2003Case, xlsxCase, type GridCase, type Outcome } from '../support/grid-arbs.js';

const probe = vi.hoisted(() => ({ positions: 0 }));

vi.mock('../../src/readers/grid.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/readers/grid.js')>();
  const { filledPositions: count } = await import('../support/grid-arbs.js');
  return {
    ...original,
    findTables: (grids: Parameters<typeof original.findTables>[0]) => {
      probe.positions += count(grids);
      return original.findTables(grids);
    },
  };
});

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const LIMITS = { merged: MAX_MERGED_CELLS, areas: MAX_MERGE_AREAS, sheet: MAX_SHEET_CELLS };

const FORMATS: { name: string; arb: fc.Arbitrary<GridCase>; read: (input: { path: string; bytes: Uint8Array }) => unknown }[] = [
  { name: 'xlsx mergeCells', arb: xlsxCase, read: readXlsx },
  { name: 'XML Spreadsheet 2003', arb: spreadsheet2003Case, read: readXlsx },
  { name: 'HTML colspan/rowspan', arb: htmlCase, read: readHtml },
  { name: 'Word gridSpan/vMerge/hMerge', arb: docxCase, read: readDocx },
];

describe('fuzz the grid readers with merged-cell structures', () => {
  console.log(`[fuzz-grids] seed ${SEED} (FUZZ_SEED=${SEED} to replay), ${RUNS} cases per format`);
  for (const { name, arb, read } of FORMATS) {
    it(`${name}: ${RUNS} structures`, async () => {
      const tally: Record<Outcome, number> = { read: 0, merges: 0, mergeAreas: 0, sheets: 0, other: 0 };
      await fc.assert(
        fc.asyncProperty(arb, async (c) => {
          tally[(await checkGridCase(c, read, probe, LIMITS, ReadError)).outcome]++;
        }),
        { numRuns: RUNS, seed: SEED },
      );
      console.log(`[fuzz-grids] ${name}: ${JSON.stringify(tally)}`);
      expect(tally.read).toBeGreaterThan(0);
    });
  }
});
