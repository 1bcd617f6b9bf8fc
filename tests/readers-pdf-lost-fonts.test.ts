/**
 * A PDF where some fonts' characters cannot be told and others' can (src/readers/pdf.ts `lostText`): a
 * subset font without its Unicode map gives control characters for its glyphs, a CID font its glyph
 * numbers. Made two ways: small PDFs (tests/support/pdf.ts) with text set where each case needs it, in
 * the readable Chinese font and in NO_MAP_FONT; and the committed LibreOffice and Chromium fixtures with
 * one font's /ToUnicode key renamed at a time. Before, such a PDF read as a report with holes: the
 * digits' font unmapped gave 191 cell-not-number errors, the bold font's "no section" and two missing
 * tables — errors of the report that are gongkai's failing to read it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../src/check/bytes.js';
import { checkReport } from '../src/check/check.js';
import { ReadError } from '../src/errors.js';
import { cellText, twoPageReport as report } from './support/pdf-fonts.js';
import { readError } from './support/read-error.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');


/** `count` glyphs of NO_MAP_FONT (codes 1–8: control characters) set at (x, y). */
const lostAt = (x: number, y: number, count: number): string =>
  `BT /NM 10 Tf ${x} ${y} Td <${Array.from({ length: count }, (_, i) => ((i % 8) + 1).toString(16).padStart(2, '0')).join('')}> Tj ET`;

describe('PDF reader: some fonts’ characters cannot be told, others’ can', () => {
  it('a few characters in the running text: left out, the rest read, one extract-failed warning naming the pages and the count', async () => {
    const clean = await readBytes('report.pdf', report());
    const bytes = report({ page1: lostAt(72, 380, 12) });
    const r = await readBytes('report.pdf', bytes);
    expect(r.findings.filter((f) => f.messageId === 'fontNoMap')).toEqual([
      { ruleId: 'extract-failed', messageId: 'fontNoMap', data: { pages: '1', pagesZh: '1', count: 12 }, location: {}, physical: { page: 1 } },
    ]);
    // Nothing of the control characters in the text; the table and the sections as without them.
    expect(JSON.stringify(r.sections)).not.toMatch(/[\u0001-\u0008]/u);
    expect(r.tables).toEqual(clean.tables);
    expect(r.sections.map((s) => s.heading)).toEqual(clean.sections.map((s) => s.heading));
    const zh = checkReport(r, { lang: 'zh' }).diagnostics.find((d) => d.messageId === 'fontNoMap')!;
    expect([zh.severity, zh.message]).toEqual(['warning', expect.stringContaining('PDF 第1页有 12 个字所用的字体缺少编码信息')]);
    const en = checkReport(r, { lang: 'en' }).diagnostics.find((d) => d.messageId === 'fontNoMap')!;
    expect(en.message).toContain('12 characters on page(s) 1 of the PDF are in a font without character information');
  });

  it('more than 2 % of the text: the one read error, naming the pages, the count and the share', async () => {
    const e = await readError(report({ page1: [lostAt(72, 380, 30), lostAt(72, 360, 30)].join('\n'), page2: lostAt(72, 300, 20) }));
    expect([e.messageId, e.data]).toEqual(['pdfFontNoMapPart', { pages: '1, 2', pagesZh: '1、2', count: 80, share: expect.any(Number) }]);
    expect(e.data!.share).toBeGreaterThan(2);
  });

  it('half the text or more: pdfFontNoMap, as when all of it is', async () => {
    expect((await readError(report({ lines: 2, page1: Array.from({ length: 14 }, (_, i) => lostAt(72, 600 - i * 14, 40)).join('\n') }))).messageId).toBe('pdfFontNoMap');
  });

  it('in a table cell that holds a figure: the one read error naming the page, not a wrong figure', async () => {
    // Beside the "5" of 规章 / 现行有效件数: the cell reads "5" plus what cannot be told.
    const [x, y] = cellText(2, 3);
    const e = await readError(report({ page2: lostAt(x + 12, y, 1) }));
    expect([e.messageId, e.data]).toEqual(['pdfFontNoMapTables', { pages: '2', pagesZh: '2', count: 1, page: 2 }]);
  });

  it('a whole table cell in it (nothing else there to read): the same read error', async () => {
    // In the empty part of the table: a cell of its own would be a figure or a label that cannot be told.
    const [x, y] = cellText(6, 1);
    const e = await readError(report({ page2: lostAt(x + 160, y, 2) }));
    expect(e.messageId).toBe('pdfFontNoMapTables');
  });

  it('beside a label’s readable text (a quotation mark in 危及“三安全一稳定”): the label still matches its row, a warning', async () => {
    const clean = await readBytes('report.pdf', report());
    const [x, y] = cellText(3, 0);
    const r = await readBytes('report.pdf', report({ page2: lostAt(x + 75, y, 2) }));
    expect(r.tables).toEqual(clean.tables);
    expect(r.findings.map((f) => f.messageId)).toContain('fontNoMap');
  });
});

/** A committed fixture with its `k`-th /ToUnicode key renamed (same length, so the file stays whole). */
function oneFontUnmapped(name: string, k: number): Uint8Array {
  const latin1 = readFileSync(join(ROOT, 'fixtures/readers/pdf', name, 'input.pdf')).toString('latin1');
  let at = -1;
  for (let i = 0; i <= k; i++) at = latin1.indexOf('/ToUnicode', at + 1);
  expect(at).toBeGreaterThan(0);
  return new Uint8Array(Buffer.from(`${latin1.slice(0, at)}/ToUnicodX${latin1.slice(at + 10)}`, 'latin1'));
}

const outcome = async (bytes: Uint8Array): Promise<string> => {
  try {
    const r = await readBytes('report.pdf', bytes);
    return r.findings.some((f) => f.messageId === 'fontNoMap') ? 'fontNoMap' : 'read';
  } catch (e) {
    if (e instanceof ReadError) return e.messageId;
    throw e;
  }
};

describe('PDF reader: the fixtures with one font’s Unicode map taken out at a time', () => {
  // LibreOffice: the body font, the digits' font, the quotation marks, the bold font, a fallback font for
  // rarer characters; Chromium (CID fonts): the body font, the digits' font, a middle dot, the quotation
  // marks. Chromium's small fonts give private-use characters when unmapped, as symbol fonts do when
  // mapped: those are not told (the dot comes out as "r", the quotation marks as nothing), and read as before.
  it.each([
    ['libreoffice-pingtan-2021', ['pdfFontNoMap', 'pdfFontNoMapPart', 'fontNoMap', 'pdfFontNoMapPart', 'fontNoMap']],
    ['chromium-pingtan-2021', ['pdfFontNoMap', 'pdfFontNoMapPart', 'read', 'read']],
    // Its third font (the characters the main font lacks: 之, 您, 财, 决算 … 320 glyphs) unmapped: a third of
    // its glyphs come out as control characters, the rest as ASCII and Latin-1 — no Chinese at all (before:
    // read as a report with holes, 2 cell-missing, a section and a table missing).
    ['libreoffice-pingtan-2019', ['pdfFontNoMap', 'pdfFontNoMapPart', 'pdfFontNoMapPart', 'pdfFontNoMapPart', 'fontNoMap']],
  ])('%s', async (name, expected) => {
    const got: string[] = [];
    for (let k = 0; k < expected.length; k++) got.push(await outcome(oneFontUnmapped(name, k)));
    expect(got).toEqual(expected);
  });

  it('a few characters left out: every table cell as in the PDF with its maps', async () => {
    const name = 'libreoffice-pingtan-2021';
    const clean = await readBytes('report.pdf', new Uint8Array(readFileSync(join(ROOT, 'fixtures/readers/pdf', name, 'input.pdf'))));
    for (const k of [2, 4]) {
      const r = await readBytes('report.pdf', oneFontUnmapped(name, k));
      expect(r.tables).toEqual(clean.tables);
    }
  });

  it('through the CLI: the read error in Chinese and in English, exit 1; the warning, exit 0', () => {
    const dir = tempDir('gongkai-pdf-lost-');
    const part = join(dir, 'digits.pdf');
    writeFileSync(part, oneFontUnmapped('libreoffice-pingtan-2021', 3));
    for (const [lang, words] of [['zh', '页有 412 个字（约占全文的 12%）所用的字体缺少编码信息'], ['en', '412 characters on page(s) 1, 2, 3, 4, 5, 6, 7, 8, 9 of the PDF (about 12% of its text)']] as const) {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', part, '-f', 'json', '--lang', lang], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(1);
      const file = (JSON.parse(r.stdout) as { files: { readable: boolean; diagnostics: { ruleId: string; messageId: string; message: string }[] }[] }).files[0]!;
      expect([file.readable, file.diagnostics.map((d) => [d.ruleId, d.messageId])]).toEqual([false, [['read-error', 'pdfFontNoMapPart']]]);
      expect(file.diagnostics[0]!.message).toContain(words);
    }
    const few = join(dir, 'quotes.pdf');
    writeFileSync(few, oneFontUnmapped('libreoffice-pingtan-2021', 4));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', few, '-f', 'json'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const file = (JSON.parse(r.stdout) as { files: { readable: boolean; diagnostics: { ruleId: string; messageId: string; severity: string; message: string }[] }[] }).files[0]!;
    expect(file.readable).toBe(true);
    expect(file.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(file.diagnostics.find((d) => d.messageId === 'fontNoMap')?.message).toMatch(/^PDF 第1、4页有 \d+ 个字所用的字体缺少编码信息/u);
  });
});
