/**
 * The PDF reader with the CMaps given by the caller (ReadInput.cMaps: the offline page carries the
 * Chinese ones, scripts/app-cmaps.mjs) instead of pdfjs-dist's folder on disk, and the two honest
 * failures of text that is drawn but cannot be read: a font whose CMap the caller does not have
 * (pdfCMapMissing) and a font with no Unicode map and no usable encoding (pdfFontNoMap) — neither is
 * "no text layer, probably a scan" (pdfNoText).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { appCMapNames, CMAP_DIR } from '../scripts/app-cmaps.mjs';
import { readBytes } from '../src/check/bytes.js';
import type { CMapProvider } from '../src/readers/reader.js';
import { buildPdf, textAt, textContent } from './support/pdf.js';
import { chineseReport, fewLostReport, japaneseReport, NO_MAP_FONT, noMapReport, noMapText, traditionalReport } from './support/pdf-fonts.js';
import { readError } from './support/read-error.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');

/** The CMaps the offline page carries, read from pdfjs-dist's folder; `asked` records every name asked for. */
function pageCMaps(except: string[] = []): { provider: CMapProvider; asked: string[] } {
  const have = new Set(appCMapNames().filter((n) => !except.includes(n)));
  const asked: string[] = [];
  const provider: CMapProvider = (name) => {
    asked.push(name);
    return have.has(name) ? new Uint8Array(readFileSync(join(CMAP_DIR, `${name}.bcmap`))) : undefined;
  };
  return { provider, asked };
}


describe('the CMaps the offline page carries', () => {
  it('are the Chinese ones (Adobe-GB1, Adobe-CNS1), with what a Chinese report needs, and no Japanese or Korean one', () => {
    const names = appCMapNames();
    for (const n of ['UniGB-UCS2-H', 'UniGB-UCS2-V', 'UniGB-UTF16-H', 'Adobe-GB1-UCS2', 'GBK-EUC-H', 'GB-EUC-H', 'UniCNS-UCS2-H', 'Adobe-CNS1-UCS2', 'B5pc-H', 'ETen-B5-H', 'HKscs-B5-H']) expect(names).toContain(n);
    expect(names.filter((n) => /JIS|Japan|KSC|Korea|UniKS|RKSJ|^(?:78|83|90)|^(?:H|V|EUC-H|EUC-V)$/.test(n))).toEqual([]);
  });
});

describe('PDF reader: the CMaps given by the caller', () => {
  it('Chinese in a font that is not embedded reads as through the package folder, from the given CMaps only (no fetch, no folder)', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(() => Promise.reject(new Error('the PDF reader must not fetch')));
    try {
      const { provider, asked } = pageCMaps();
      const given = await readBytes('cmap.pdf', chineseReport(), { cMaps: provider });
      const folder = await readBytes('cmap.pdf', chineseReport());
      expect(given.title).toBe('某某县人民政府办公室2023年政府信息公开工作年度报告');
      expect([given.title, given.agency, given.year, given.sections]).toEqual([folder.title, folder.agency, folder.year, folder.sections]);
      // The font's codes (UniGB-UCS2-H) and its characters (Adobe-GB1-UCS2) both came from the provider.
      expect([...new Set(asked)].sort()).toEqual(['Adobe-GB1-UCS2', 'UniGB-UCS2-H']);
      expect(fetch).not.toHaveBeenCalled();
    } finally {
      fetch.mockRestore();
    }
  });

  it('a CMap the provider lacks: pdfCMapMissing naming it, not "no text layer"', async () => {
    const { provider } = pageCMaps(['UniGB-UCS2-H']);
    const e = await readError(chineseReport(), provider);
    expect([e.ruleId, e.messageId, e.data]).toEqual(['read-error', 'pdfCMapMissing', { cmaps: 'UniGB-UCS2-H' }]);
  });

  it('traditional Chinese (MSung-Light, UniCNS-UCS2-H) and vertical writing (UniGB-UCS2-V) read from the given CMaps as from the folder', async () => {
    const { provider, asked } = pageCMaps();
    const given = await readBytes('tw.pdf', traditionalReport(), { cMaps: provider });
    const folder = await readBytes('tw.pdf', traditionalReport());
    expect(given.sections.map((x) => [x.heading, x.text])).toEqual([['一、總體情況', '本年度，本機關主動公開政府資訊一百二十條。\n本年度办理结果']]);
    expect(given.sections).toEqual(folder.sections);
    expect([...new Set(asked)].sort()).toEqual(['Adobe-CNS1-UCS2', 'Adobe-GB1-UCS2', 'UniCNS-UCS2-H', 'UniGB-UCS2-H', 'UniGB-UCS2-V']);
  });

  it('a Japanese font that is not embedded: pdfCMapMissing with the page’s CMaps, read through the package folder', async () => {
    const e = await readError(japaneseReport(), pageCMaps().provider);
    expect([e.messageId, e.data]).toEqual(['pdfCMapMissing', { cmaps: 'UniJIS-UCS2-H' }]);
    const report = await readBytes('jp.pdf', japaneseReport());
    expect(report.title).toBe('某某市人民政府办公室2022年政府信息公开工作年度报告');
  });
});

describe('PDF reader: text drawn in a font with no usable character map', () => {
  it('is pdfFontNoMap, not pdfNoText, with or without the caller’s CMaps', async () => {
    const bytes = noMapReport();
    expect((await readError(bytes)).messageId).toBe('pdfFontNoMap');
    expect((await readError(bytes, pageCMaps().provider)).messageId).toBe('pdfFontNoMap');
    // Spaces drawn with the standard font besides it change nothing; a page that draws no text stays pdfNoText.
    const spaced = buildPdf([{ content: `${noMapText()}\n${textContent(['   '])}` }], { fonts: { NM: NO_MAP_FONT } });
    expect((await readError(spaced)).messageId).toBe('pdfFontNoMap');
    expect((await readError(buildPdf([{ content: '0 0 m 100 100 l S' }]))).messageId).toBe('pdfNoText');
  });

  it('beside readable text, by its share: most of the page still pdfFontNoMap; a few characters are left out and the rest read', async () => {
    const title = textAt(72, 780, '某某县人民政府办公室2023年政府信息公开工作年度报告', { size: 16 });
    expect((await readError(buildPdf([{ content: `${title}\n${noMapText(3)}` }], { fonts: { NM: NO_MAP_FONT } }))).messageId).toBe('pdfFontNoMap');
    // The shares between (a report's tables, more than 2 % of its text): tests/readers-pdf-lost-fonts.test.ts.
    const report = await readBytes('mixed.pdf', fewLostReport());
    expect(report.title).toBe('某某县人民政府办公室2023年政府信息公开工作年度报告');
    expect(report.findings.map((f) => f.messageId)).toEqual(['fontNoMap']);
  });

  it('through the CLI: check -f json gives the one read error, in plain Chinese and in English', () => {
    expectFontNoMapThroughCli(noMapReport());
  });
});

/** `gongkai check -f json` of the PDF, in Chinese and in English: pdfFontNoMap alone, never "a scan". */
function expectFontNoMapThroughCli(bytes: Uint8Array): void {
  const file = join(tempDir('gongkai-pdf-nomap-'), 'report.pdf');
  writeFileSync(file, bytes);
  for (const [lang, words] of [['zh', '字体缺少编码信息'], ['en', 'font without character information']] as const) {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', file, '-f', 'json', '--lang', lang], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    const run = JSON.parse(r.stdout) as { files: { readable: boolean; diagnostics: { ruleId: string; messageId: string; message: string }[] }[] };
    expect(run.files[0]!.readable).toBe(false);
    expect(run.files[0]!.diagnostics.map((d) => [d.ruleId, d.messageId])).toEqual([['read-error', 'pdfFontNoMap']]);
    const message = run.files[0]!.diagnostics[0]!.message;
    expect(message).toContain(words);
    expect(message).not.toMatch(lang === 'zh' ? /没有文字层|可能是扫描件|文字识别/u : /no text layer|probably a scan|OCR/u);
  }
}

/**
 * A font without a Unicode map that yields other characters than the ones shown, not none: what PDF
 * makers write when they leave the map out. Made here from two committed fixtures by renaming their
 * /ToUnicode keys (same length, so the file stays whole): Chromium's CID font then gives its glyph numbers
 * as code points (Chinese characters at random, Glagolitic, Georgian …), LibreOffice's subset fonts
 * "!\"#$%&'()…" and Latin-1 letters. Before, such a PDF read as a report with nothing in it: "找不到报告正文的
 * 任何部分" and three missing tables — four false errors.
 */
describe('PDF reader: text that comes out as other characters than the ones shown', () => {
  const FIXTURES = ['chromium-pingtan-2021', 'libreoffice-pingtan-2021'];
  const unmapped = (name: string): Uint8Array => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, 'fixtures/readers/pdf', name, 'input.pdf')));
    const latin1 = Buffer.from(bytes).toString('latin1');
    expect(latin1).toContain('/ToUnicode');
    return new Uint8Array(Buffer.from(latin1.replaceAll('/ToUnicode', '/ToUnicodX'), 'latin1'));
  };

  it.each(FIXTURES)('%s without its Unicode maps: pdfFontNoMap, as a scan gives pdfNoText', async (name) => {
    expect((await readError(unmapped(name))).messageId).toBe('pdfFontNoMap');
    const report = await readBytes('report.pdf', new Uint8Array(readFileSync(join(ROOT, 'fixtures/readers/pdf', name, 'input.pdf'))));
    expect(report.sections.length).toBe(6);
  });

  it('Latin-script text is read (a document in English is not garbled, only not a report)', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => `Line ${i + 1}: the quick brown fox jumps over the lazy dog, and the report goes on.`);
    const report = await readBytes('english.pdf', buildPdf([{ content: textContent(lines) }]));
    expect(report.sections).toEqual([]);
  });

  it('through the CLI: the one read error, in Chinese and in English', () => {
    expectFontNoMapThroughCli(unmapped('chromium-pingtan-2021'));
  });
});
