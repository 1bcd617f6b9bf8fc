/**
 * PDF tables whose value cells are as narrow as a figure (a page's <td width="7">): the figures of
 * neighbouring cells stand a space's width apart, so the text runs pdfjs builds (and pdf-page.ts Runs,
 * the same rules) join them into one item over the drawn cell borders — "0 0 0" over three cells, which
 * pdf-grid.ts put whole into the cell holding its middle: one cell read "0 0 0" (or "200"), the others
 * blank, and the sums false errors. Runs keep where each character starts (TextItem.xs) and pageTables
 * cuts such an item at the drawn borders it crosses, each figure into its own cell; a merged cell (no
 * border drawn) is not cut.
 *
 * The printed case is fixtures/readers/pdf/chromium-agency-page-narrow-pingtan-2024 (scripts/make-pdf-fixtures.mjs:
 * the agency's page of pingtan-2024 with its value columns one pixel wide): before, 137 of its 200 cells
 * were wrong or unread, with false table3-row-total and table3-results-total errors.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, readReport } from '../src/node/file.js';
import { readPdf } from '../src/readers/pdf-doc.js';
import { cutAtBorders, pageTables, type PdfCell } from '../src/readers/pdf-grid.js';
import type { Ruling, TextItem } from '../src/readers/pdf-page.js';
import { ROOT } from '../scripts/make-pdf-fixtures.mjs';
import { diffAgainstTruth, loadTruth, reportCells } from './support/corpus.js';
import { buildPdf } from './support/pdf.js';

const BIN = join(ROOT, 'bin/gongkai.js');
const NAME = 'chromium-agency-page-narrow-pingtan-2024';
const TRUTH = 'pingtan-2024';
const PDF = join(ROOT, 'fixtures/readers/pdf', NAME, 'input.pdf');
const CORPUS = join(ROOT, 'fixtures/corpus', `${TRUTH}.json`);

const h = (at: number, from: number, to: number): Ruling => ({ horizontal: true, at, from, to });
const v = (at: number, from: number, to: number): Ruling => ({ horizontal: false, at, from, to });

/** "0 0 0" as the run of three figures, each 5.56 wide, 10 points apart, the spaces where a figure ends. */
const run = (x0: number, text = '0 0 0'): TextItem => ({
  text,
  x0,
  x1: x0 + 25.56,
  y0: 698.5,
  y1: 708.5,
  size: 10,
  font: 'F1',
  vertical: false,
  xs: [0, 5.56, 10, 15.56, 20],
});

/**
 * Two rows of three cells 100–110–120–130, y 750–720 and 720–690 (the run in the lower one); `open`: the
 * border at 120 not drawn in the lower row (its last two cells one merged cell).
 */
function rows(open = false): Ruling[] {
  return [h(750, 100, 130), h(720, 100, 130), h(690, 100, 130), v(100, 690, 750), v(110, 690, 750), v(120, open ? 720 : 690, 750), v(130, 690, 750)];
}

describe('an item over the drawn borders of narrow cells is cut at them (pdf-grid.ts)', () => {
  it('"0 0 0" over three cells: one figure in each', () => {
    const { tables, outside } = pageTables(rows(), [run(102.22)]);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.cells[1]!.map((c) => c.text)).toEqual(['0', '0', '0']);
    expect(outside).toEqual([]);
  });

  it('a border not drawn (a merged cell) cuts nothing: the two figures stay together in it', () => {
    const { tables } = pageTables(rows(true), [run(102.22)]);
    const cells = tables[0]!.cells[1]!;
    expect(cells[1]).toBe(cells[2]);
    expect(cells.map((c) => c.text)).toEqual(['0', '0 0', '0 0']);
  });

  it('the pieces: each character by its middle, boxes from where they start, spaces left out', () => {
    const cells = [1, 2, 3].map((k) => ({ text: '', row: 0, col: k, rows: 1, cols: 1, x0: 0, x1: 0, y0: 0, y1: 0 }) as PdfCell);
    const pieces = cutAtBorders(run(102.22), [100, 110, 120, 130], cells);
    expect(pieces.map((p) => p.text)).toEqual(['0', '0', '0']);
    expect(pieces.map((p) => [p.x0, p.x1].map((x) => Math.round(x * 100) / 100))).toEqual([
      [102.22, 107.78],
      [112.22, 117.78],
      [122.22, 127.78],
    ]);
    // All in one cell, or no positions: the item as it is.
    const one = run(102.22, '0    ');
    expect(cutAtBorders(one, [100, 110, 120, 130], cells)).toEqual([one]);
    const { xs: _, ...plain } = run(102.22);
    expect(cutAtBorders(plain, [100, 110, 120, 130], cells)).toEqual([plain]);
  });
});

describe('a PDF: the run of figures as pdfjs builds it, cut by the reader', () => {
  // Helvetica "0" is 0.556 em: at 10 points, 5.56 wide; -444 moves 4.44 to the right, a gap of 0.444 em —
  // a space inside one run (pdfjs: from 0.102 to 0.6 em). Each figure in the middle of its 10-point cell.
  const table = (open: boolean): string => rows(open).map((r) => (r.horizontal ? `${r.from} ${r.at} m ${r.to} ${r.at} l S` : `${r.at} ${r.from} m ${r.at} ${r.to} l S`)).join('\n');
  const content = (open: boolean): string => `0.5 w\n${table(open)}\nBT /F1 10 Tf 1 0 0 1 102.22 700 Tm [(0) -444 (2) -444 (0)] TJ ET`;

  it('one item "0 2 0" whose characters start where the glyphs are drawn (the spaces where a figure ends)', async () => {
    const doc = await readPdf(buildPdf([{ content: content(false) }]));
    const items = doc.pages[0]!.items;
    expect(items.map((i) => i.text)).toEqual(['0 2 0']);
    expect(items[0]!.x0).toBeCloseTo(102.22, 2);
    expect(items[0]!.xs!.map((x) => Math.round(x * 100) / 100)).toEqual([0, 5.56, 10, 15.56, 20]);
  });

  it('its figures in their own cells; with the second border not drawn, "2 0" in the merged cell', async () => {
    for (const open of [false, true]) {
      const page = (await readPdf(buildPdf([{ content: content(open) }]))).pages[0]!;
      const { tables } = pageTables(page.rulings, page.items);
      expect(tables[0]!.cells[1]!.map((c) => c.text), open ? 'merged' : 'drawn').toEqual(open ? ['0', '2 0', '2 0'] : ['0', '2', '0']);
    }
  });
});

describe(`fixtures/readers/pdf/${NAME}: value columns as narrow as a figure`, () => {
  it('its figures do run into one item over the drawn borders (the fault is in the file)', async () => {
    const doc = await readPdf(new Uint8Array(await import('node:fs').then((fs) => fs.readFileSync(PDF))));
    let crossing = 0;
    for (const p of doc.pages) {
      const vs = p.rulings.filter((r) => !r.horizontal);
      for (const it of p.items) {
        if (/^[\d. ]+$/.test(it.text) && vs.some((r) => r.at > it.x0 + 1 && r.at < it.x1 - 1 && r.from <= it.y0 && r.to >= it.y1)) crossing++;
      }
    }
    expect(crossing).toBeGreaterThan(20);
  });

  it('in process: every cell equals truth.json and the corpus JSON, and the findings are the corpus JSON\'s (no false error)', async () => {
    const report = await readReport(PDF);
    expect(diffAgainstTruth(report, loadTruth(TRUTH))).toEqual([]);
    expect(Object.fromEntries(reportCells(report))).toEqual(Object.fromEntries(reportCells(await readReport(CORPUS))));
    const key = (d: { severity: string; ruleId: string; messageId: string; data?: unknown }): string => `${d.severity} ${d.ruleId}/${d.messageId} ${JSON.stringify(d.data ?? {})}`;
    const pdf = await checkFile(PDF);
    expect(pdf.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(pdf.diagnostics.map(key).sort()).toEqual((await checkFile(CORPUS)).diagnostics.map(key).sort());
  });

  it('the built CLI: convert --to json gives every cell of tables 二, 三 and 四 as the corpus JSON; check finds no error', () => {
    const convert = (file: string): Record<string, Record<string, Record<string, unknown>>> => {
      const r = spawnSync(process.execPath, [BIN, 'convert', file, '--to', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(r.status, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { tables: Record<string, Record<string, Record<string, unknown>>> }).tables;
    };
    const values = (tables: Record<string, Record<string, Record<string, unknown>>>): Record<string, unknown> =>
      Object.fromEntries(
        Object.entries(tables).flatMap(([t, rows]) =>
          Object.entries(rows).flatMap(([r, cols]) => Object.entries(cols).map(([c, cell]) => [`${t}.${r}.${c}`, cell !== null && typeof cell === 'object' ? (cell as { value?: unknown }).value ?? null : cell])),
        ),
      );
    const got = values(convert(PDF));
    const want = values(convert(CORPUS));
    expect(Object.keys(want).length).toBeGreaterThan(190);
    expect(got).toEqual(want);
    const r = spawnSync(process.execPath, [BIN, 'check', PDF, '-f', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.status, r.stderr).toBe(0);
    const file = (JSON.parse(r.stdout) as { files: { diagnostics: { severity: string; ruleId: string }[] }[] }).files[0]!;
    expect(file.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual([]);
  });
});
