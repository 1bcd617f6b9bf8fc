/**
 * Structure-aware fuzzing of the grid readers (issue #14 item 10): generated merged-cell and span
 * structures (tests/support/grid-arbs.ts) for every grid format — xlsx mergeCells, XML Spreadsheet
 * 2003 MergeAcross/MergeDown, HTML colspan/rowspan, Word gridSpan/vMerge/hMerge. Whatever the
 * structure, the reader returns a report or refuses with a ReadError, the grids it builds (counted as
 * they reach the table finder) stay within the input's own cells plus the merge budget
 * (src/readers/limits.ts), and a refusal is justified by what the input asks for. A fixed seed and a
 * modest number of runs here; `npm run fuzz` runs many more (tests/fuzz/grids.fuzz.ts).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ReadError } from '../src/errors.js';
import { readDocx } from '../src/readers/docx.js';
import { readHtml } from '../src/readers/html.js';
import { MAX_MERGE_AREAS, MAX_MERGED_CELLS, MAX_SHEET_CELLS } from '../src/readers/limits.js';
import { readXlsx } from '../src/readers/xlsx.js';
import { checkGridCase, docxCase, filledPositions, htmlCase, spreadsheet2003Case, xlsxCase, type GridCase, type Outcome } from './support/grid-arbs.js';

const probe = vi.hoisted(() => ({ positions: 0 }));

// Every grid a reader hands to the table finder is counted (the readers import findTables from here).
vi.mock('../src/readers/grid.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/readers/grid.js')>();
  const { filledPositions: count } = await import('./support/grid-arbs.js');
  return {
    ...original,
    findTables: (grids: Parameters<typeof original.findTables>[0]) => {
      probe.positions += count(grids);
      return original.findTables(grids);
    },
  };
});

const RUNS = 150;
const SEED = 20260214;
const LIMITS = { merged: MAX_MERGED_CELLS, areas: MAX_MERGE_AREAS, sheet: MAX_SHEET_CELLS };

const READERS: { name: string; arb: fc.Arbitrary<GridCase>; read: (input: { path: string; bytes: Uint8Array }) => unknown }[] = [
  { name: 'xlsx mergeCells', arb: xlsxCase, read: readXlsx },
  { name: 'XML Spreadsheet 2003 MergeAcross/MergeDown', arb: spreadsheet2003Case, read: readXlsx },
  { name: 'HTML colspan/rowspan', arb: htmlCase, read: readHtml },
  { name: 'Word gridSpan/vMerge/hMerge', arb: docxCase, read: readDocx },
];

describe('grid readers under generated merged-cell structures', () => {
  it('the probe counts what the readers build', async () => {
    probe.positions = 0;
    readHtml({ path: 'p.html', bytes: new TextEncoder().encode('<table><tr><td colspan="3">a</td></tr><tr><td>b</td></tr></table>') });
    expect(probe.positions).toBe(4);
    expect(filledPositions([{ rows: [[1, undefined, 2]] }])).toBe(2);
  });

  for (const { name, arb, read } of READERS) {
    it(`${name}: ${RUNS} structures read or refused with a finding, grids bounded`, { timeout: 300_000 }, async () => {
      const tally: Record<Outcome, number> = { read: 0, merges: 0, mergeAreas: 0, sheets: 0, other: 0 };
      const others = new Map<string, number>();
      let largestGrid = 0;
      await fc.assert(
        fc.asyncProperty(arb, async (c) => {
          const { outcome, reason } = await checkGridCase(c, read, probe, LIMITS, ReadError);
          tally[outcome]++;
          if (outcome === 'other') others.set(reason.slice(0, 60), (others.get(reason.slice(0, 60)) ?? 0) + 1);
          largestGrid = Math.max(largestGrid, probe.positions);
        }),
        { numRuns: RUNS, seed: SEED },
      );
      console.log(`[fuzz-grids] ${name}: ${JSON.stringify(tally)}, largest grid ${largestGrid} positions; other refusals: ${JSON.stringify(Object.fromEntries(others))}`);
      // The generators reach both sides of the bounds.
      expect(tally.read).toBeGreaterThan(0);
      expect(tally.merges + tally.mergeAreas + tally.sheets).toBeGreaterThan(0);
    });
  }
});
