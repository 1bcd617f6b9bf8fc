/**
 * Pages turned a quarter, moved or shrunk: a landscape table page stored as a portrait page whose content is
 * drawn turned, with `/Rotate` to show it upright (printer drivers, page-rotating tools); a page turned in a
 * viewer and saved (`/Rotate` alone); a page box off the origin; a page printed shrunk to fit. The PDF reader
 * reads each page the way its text runs (pdf-page.ts `textTurn`, `turnedSpace`): every cell, finding and
 * section as on the same report as printed. The changed PDFs are made here from the project's fixtures
 * (tests/support/pdf-turn.ts: an incremental update of the page objects, the file's own fonts and drawing
 * kept).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../src/check/bytes.js';
import { checkReport } from '../src/check/check.js';
import type { Report } from '../src/model/report.js';
import { turnedSpace, textTurn, type RawTextItem } from '../src/readers/pdf-page.js';
import { turnPages, type Turn } from './support/pdf-turn.js';
import { checkJsonProcess } from './support/cli.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(ROOT, 'fixtures/readers/pdf', name, 'input.pdf')));

/** Every cell's kind, value and page; what `check` finds (rule and message). */
const cells = (r: Report): Record<string, unknown> =>
  Object.fromEntries(Object.entries(r.tables).flatMap(([t, table]) => Object.entries(table!.cells).map(([k, c]) => [`${t}.${k}`, [c.kind, 'value' in c ? c.value : null, c.source?.page]])));
const findings = (r: Report): unknown[] => checkReport(r).diagnostics.map((d) => [d.ruleId, d.messageId, d.message]);

describe('the page as shown: turnedSpace', () => {
  const view = [10, 20, 610, 862];
  const corners = (turn: number): [number, number][] => {
    const { matrix: [a, b, c, d, e, f] } = turnedSpace(view, turn);
    return [
      [10, 20],
      [610, 20],
      [10, 862],
    ].map(([x, y]) => [a * x! + c * y! + e, b * x! + d * y! + f] as [number, number]);
  };
  it('0: the box moved to the origin', () => {
    expect(turnedSpace(view, 0)).toMatchObject({ width: 600, height: 842 });
    expect(corners(0)).toEqual([[0, 0], [600, 0], [0, 842]]);
  });
  it('90: turned clockwise — the bottom-left corner at the top left, the box landscape', () => {
    expect(turnedSpace(view, 90)).toMatchObject({ width: 842, height: 600 });
    expect(corners(90)).toEqual([[0, 600], [0, 0], [842, 600]]);
  });
  it('180 and 270', () => {
    expect(corners(180)).toEqual([[600, 842], [0, 842], [600, 0]]);
    expect(turnedSpace(view, 270)).toMatchObject({ width: 842, height: 600 });
    expect(corners(270)).toEqual([[842, 0], [842, 600], [0, 0]]);
    expect(turnedSpace(view, -90)).toEqual(turnedSpace(view, 270));
  });
});

describe('which way a page’s text runs: textTurn', () => {
  const run = (str: string, transform: number[], vertical = false): RawTextItem => ({ str, transform, width: 10, height: 10, fontName: 'f', vertical });
  it('by the characters of most runs; along the page wins a tie; a slant (watermark) and vertical writing have no vote', () => {
    expect(textTurn([run('政府信息公开', [10, 0, 0, 10, 0, 0])])).toBe(0);
    expect(textTurn([run('政府信息公开', [0, 10, -10, 0, 0, 0]), run('第1页', [10, 0, 0, 10, 0, 0])])).toBe(90);
    expect(textTurn([run('政府信息公开', [0, -10, 10, 0, 0, 0])])).toBe(270);
    expect(textTurn([run('政府信息公开', [-10, 0, 0, -10, 0, 0])])).toBe(180);
    expect(textTurn([run('政府', [0, 10, -10, 0, 0, 0]), run('公开', [10, 0, 0, 10, 0, 0])])).toBe(0);
    expect(textTurn([run('内部资料内部资料', [7, 7, -7, 7, 0, 0]), run('公开', [10, 0, 0, 10, 0, 0])])).toBe(0);
    expect(textTurn([run('三本年度办理结果', [0, 10, -10, 0, 0, 0], true), run('公开', [10, 0, 0, 10, 0, 0])])).toBe(0);
    expect(textTurn([])).toBe(0);
  });
});

describe('a report with its table pages turned reads as the same report unturned', () => {
  const same = async (name: string, turns: Record<number, Turn>): Promise<Report> => {
    const plain = await readBytes('report.pdf', fixture(name));
    const turned = await readBytes('report.pdf', turnPages(fixture(name), turns));
    expect(cells(turned)).toEqual(cells(plain));
    expect(Object.keys(cells(plain)).length).toBeGreaterThan(190);
    expect(findings(turned)).toEqual(findings(plain));
    expect(turned.sections.map((s) => [s.heading, s.text])).toEqual(plain.sections.map((s) => [s.heading, s.text]));
    expect(plain.sections.length).toBeGreaterThanOrEqual(6);
    return turned;
  };

  it('LibreOffice’s print, tables 二 to 四 on pages drawn turned either way and shown upright, turned in a viewer, or with their box off the origin', async () => {
    const turned = await same('libreoffice-pingtan-2024', { 0: 'moved', 1: 'ccw', 2: 'cw', 3: 'sideways', 4: 'moved', 5: 'cw', 6: 'sideways', 7: 'ccw' });
    // A cell's box is on the page read upright: a turned A4 page is 595 wide and 842 high again.
    for (const [key, cell] of Object.entries(turned.tables.t3!.cells)) {
      const [left, top, right, bottom] = cell.source!.box!;
      expect(left >= 0 && right <= 596 && top >= 0 && bottom <= 842 && left < right && top < bottom, key).toBe(true);
    }
  });

  it('Chromium’s print of an agency page with narrow columns, turned by a transform written with cos 90° = 6.1e-17', async () => {
    // Runs of figures cross the narrow cells' borders: split there only if the reader takes such a run as
    // along the page (pdf-page.ts: "along it to a billionth").
    await same('chromium-agency-page-narrow-pingtan-2024', { 2: 'ccw-float', 3: 'ccw-float', 4: 'ccw-float', 5: 'ccw-float' });
  });

  it('Chromium’s print of an agency page with narrow columns shrunk to half (cells 5 points wide): table 四’s merged headings stay whole', async () => {
    // Was: every cell under 6 points wide counted as ruled on all sides, so "结果维持" (a heading over two
    // rows) was cut at the row line of the columns beside it, and 行政复议's four columns were reported missing.
    await same('chromium-agency-page-narrow-pingtan-2024', { 0: 'half', 1: 'half', 2: 'half', 3: 'half', 4: 'half', 5: 'half' });
  });

  it('through the CLI: the same findings and exit code as the report unturned', () => {
    const dir = tempDir('gongkai-pdf-turned-');
    const plain = join(dir, 'plain.pdf');
    const turned = join(dir, 'turned.pdf');
    writeFileSync(plain, fixture('libreoffice-pingtan-2024'));
    writeFileSync(turned, turnPages(fixture('libreoffice-pingtan-2024'), { 2: 'ccw', 3: 'cw', 4: 'ccw', 5: 'sideways' }));
    const a = checkJsonProcess(plain);
    expect(a.found.length).toBeGreaterThan(0);
    expect(checkJsonProcess(turned)).toEqual(a);
  });
});
