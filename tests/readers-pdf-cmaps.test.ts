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
import { ReadError } from '../src/errors.js';
import type { CMapProvider } from '../src/readers/reader.js';
import { buildPdf, textAt, textContent } from './support/pdf.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');

/** A report's first page in STSong-Light (not embedded) through the predefined CMap UniGB-UCS2-H. */
function chineseReport(): Uint8Array {
  const lines: [number, number, string][] = [
    [780, 16, '某某县人民政府办公室'],
    [756, 16, '2023年政府信息公开工作年度报告'],
    [720, 12, '一、总体情况'],
    [700, 12, '本年度，本机关主动公开政府信息一百二十条。'],
    [676, 12, '二、主动公开政府信息情况'],
    [656, 12, '见下表。'],
  ];
  return buildPdf([{ content: lines.map(([y, size, text]) => textAt(72, y, text, { size })).join('\n') }]);
}

/** A font dictionary of a CID font that is not embedded, in Adobe's `ordering`, its codes through `cmap`. */
function cidFont(name: string, cmap: string, ordering: string): string {
  return (
    `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /${cmap} /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${name} ` +
    `/CIDSystemInfo << /Registry (Adobe) /Ordering (${ordering}) /Supplement 4 >> /FontDescriptor << /Type /FontDescriptor /FontName /${name} /Flags 6 ` +
    '/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 >>] >>'
  );
}

/**
 * A TrueType font that is not embedded, symbolic, with no /Encoding and no /ToUnicode: its codes say
 * nothing of the characters (what a PDF whose font subset was stripped of its maps draws).
 */
const NO_MAP_FONT =
  '<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+SimSun /FirstChar 1 /LastChar 31 /Widths [' +
  Array.from({ length: 31 }, () => '1000').join(' ') +
  '] /FontDescriptor << /Type /FontDescriptor /FontName /ABCDEF+SimSun /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> >>';

/**
 * Lines of codes 1–31 in the font NO_MAP_FONT (resource /NM), as a page whose font subset numbers its
 * glyphs from 1 draws them (pdfjs gives their codes as the characters: control characters).
 */
function noMapPage(lines = 12): string {
  const hex = (i: number): string => Array.from({ length: 20 }, (_, k) => (((i * 7 + k) % 31) + 1).toString(16).padStart(2, '0')).join('');
  return Array.from({ length: lines }, (_, i) => `BT /NM 12 Tf 72 ${780 - i * 20} Td <${hex(i)}> Tj ET`).join('\n');
}

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

async function readError(bytes: Uint8Array, cMaps?: CMapProvider): Promise<ReadError> {
  try {
    await readBytes('report.pdf', bytes, cMaps ? { cMaps } : {});
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  throw new Error('read without an error');
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

  it('a Japanese font that is not embedded: pdfCMapMissing with the page’s CMaps, read through the package folder', async () => {
    const bytes = buildPdf(
      [{ content: [textAt(72, 760, '某某县人民政府办公室2023年政府信息公开工作年度报告', { size: 16 }), 'BT /JP 12 Tf 72 700 Td <65E5672C8A9E> Tj ET'].join('\n') }],
      { fonts: { JP: cidFont('KozMinPr6N-Regular', 'UniJIS-UCS2-H', 'Japan1') } },
    );
    const e = await readError(bytes, pageCMaps().provider);
    expect([e.messageId, e.data]).toEqual(['pdfCMapMissing', { cmaps: 'UniJIS-UCS2-H' }]);
    const report = await readBytes('jp.pdf', bytes);
    expect(report.title).toBe('某某县人民政府办公室2023年政府信息公开工作年度报告');
  });
});

describe('PDF reader: text drawn in a font with no usable character map', () => {
  it('is pdfFontNoMap, not pdfNoText, with or without the caller’s CMaps', async () => {
    const bytes = buildPdf([{ content: noMapPage() }], { fonts: { NM: NO_MAP_FONT } });
    expect((await readError(bytes)).messageId).toBe('pdfFontNoMap');
    expect((await readError(bytes, pageCMaps().provider)).messageId).toBe('pdfFontNoMap');
    // Spaces drawn with the standard font besides it change nothing; a page that draws no text stays pdfNoText.
    const spaced = buildPdf([{ content: `${noMapPage()}\n${textContent(['   '])}` }], { fonts: { NM: NO_MAP_FONT } });
    expect((await readError(spaced)).messageId).toBe('pdfFontNoMap');
    expect((await readError(buildPdf([{ content: '0 0 m 100 100 l S' }]))).messageId).toBe('pdfNoText');
  });

  it('readable text beside it is read as before (no error)', async () => {
    const bytes = buildPdf([{ content: `${textAt(72, 780, '某某县人民政府办公室2023年政府信息公开工作年度报告', { size: 16 })}\n${noMapPage(3)}` }], { fonts: { NM: NO_MAP_FONT } });
    const report = await readBytes('mixed.pdf', bytes);
    expect(report.title).toContain('2023年政府信息公开工作年度报告');
  });

  it('through the CLI: check -f json gives the one read error, in plain Chinese and in English', () => {
    const file = join(tempDir('gongkai-pdf-nomap-'), 'report.pdf');
    writeFileSync(file, buildPdf([{ content: noMapPage() }], { fonts: { NM: NO_MAP_FONT } }));
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
  });
});
