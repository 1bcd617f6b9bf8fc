/**
 * The PDF reader (src/readers/pdf*.ts): where each cell is (page and box), text and sections, and the
 * honest failures — a PDF with no text layer, one with a password, a damaged one, hostile ones — on
 * the project's generated fixtures (fixtures/readers/pdf) and on small PDFs made here
 * (tests/support/pdf.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readBytes } from '../src/check/bytes.js';
import { checkReport } from '../src/check/check.js';
import { formatSource } from '../src/model/location.js';
import { NormalizedJson } from '../src/model/report.js';
import { toNormalizedJson } from '../src/renderers/normalized-json.js';
import toSarifText from '../src/formatters/sarif.js';
import { summarize } from '../src/node/run.js';
import { pdfjsData } from '../src/readers/pdf-doc.js';
import { buildPdf, textAt, textContent } from './support/pdf.js';
import { twoPageReport } from './support/pdf-fonts.js';
import { readError } from './support/read-error.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(ROOT, 'fixtures/readers/pdf', name, 'input.pdf')));


describe('PDF reader: locations', () => {
  it('every cell names its page and its box there; a table over a page break keeps each cell on its own page', async () => {
    const report = await readBytes('split.pdf', fixture('chromium-split-pingtan-2025'));
    const t3 = report.tables.t3!;
    // The break falls before row （四）2 (case.json breakBefore): （四）1 on page 2, （四）2 on page 3.
    expect(t3.cells['unable_not_held.natural']!.source?.page).toBe(2);
    expect(t3.cells['unable_needs_creation.natural']!.source?.page).toBe(3);
    for (const [key, cell] of Object.entries(t3.cells)) {
      const box = cell.source?.box;
      expect(box, key).toBeDefined();
      const [left, top, right, bottom] = box!;
      expect(left < right && top < bottom && left >= 0 && bottom <= 842, key).toBe(true);
    }
    // One cell's box holds the figure printed in it, so its neighbours' boxes do not overlap it.
    const a = t3.cells['new.natural']!.source!.box!;
    const b = t3.cells['new.commercial']!.source!.box!;
    expect(a[2]).toBeLessThanOrEqual(b[0] + 0.5);
    expect(formatSource(t3.cells['unable_needs_creation.natural']!.source)).toMatch(/^第3页 表格\d+ 第\d+行第\d+列$/);
    expect(formatSource(t3.cells['unable_needs_creation.natural']!.source, 'en')).toMatch(/^page 3, table \d+ row \d+ col \d+$/);
  });

  it('convert --to json keeps each cell’s page and box as its source, valid against the schema', async () => {
    const report = await readBytes('split.pdf', fixture('chromium-split-pingtan-2025'));
    const json = toNormalizedJson(report);
    expect(NormalizedJson.safeParse(JSON.parse(JSON.stringify(json))).success).toBe(true);
    const cell = (json.tables.t3 as Record<string, Record<string, unknown>>)['unable_needs_creation']!['natural'] as { value: number; source: { page: number; box: number[] } };
    expect(cell.value).toBe(report.tables.t3!.cells['unable_needs_creation.natural']!.kind === 'number' ? (report.tables.t3!.cells['unable_needs_creation.natural'] as { value: number }).value : NaN);
    expect(cell.source.page).toBe(3);
    expect(cell.source.box).toHaveLength(4);
  });

  it('a finding on a cell names the page in the check result', async () => {
    const report = await readBytes('split.pdf', fixture('chromium-split-pingtan-2025'));
    const cell = report.tables.t3!.cells['new.natural']!;
    if (cell.kind !== 'number') throw new Error('not a number');
    cell.value += 1; // the row's sum and the column's balance no longer hold
    const result = checkReport(report);
    const onCell = result.diagnostics.filter((d) => d.physical?.page !== undefined);
    expect(onCell.length).toBeGreaterThan(0);
    expect(onCell.every((d) => typeof d.physical!.page === 'number')).toBe(true);
  });
});

describe('PDF reader: text and sections', () => {
  it('a PDF with text and no ruling lines: read, no table made up, not taken for a scan', async () => {
    const bytes = buildPdf([
      {
        content: textContent(['Annual report', '1. General', 'The office published 12 documents this year and answered', 'every request on time.']),
      },
    ]);
    const report = await readBytes('text.pdf', bytes);
    expect(report.reader).toBe('pdf');
    expect(report.tables).toEqual({});
  });

  it('the real-style Chromium PDF: six sections in order, the title block gives agency and year', async () => {
    const report = await readBytes('r.pdf', fixture('chromium-pingtan-2019'));
    expect(report.sections.map((s) => s.heading.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、', '六、']);
    expect(report.year).toBe(2019);
    expect(report.agency).toBe('平潭综合实验区');
    // Body text carries no space between Chinese characters at line ends.
    expect(report.sections[0]!.text).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/u);
    expect(report.sections[0]!.source?.page).toBe(1);
  });
});

describe('PDF reader: Chinese in a font that is not embedded, through the packaged CMaps, offline', () => {
  /** A report's first page in STSong-Light (not embedded), its codes UCS-2 through the predefined CMap UniGB-UCS2-H (Adobe-GB1). */
  const report = (): Uint8Array => {
    const lines: [number, number, string][] = [
      [780, 16, '某某县人民政府办公室'],
      [756, 16, '2023年政府信息公开工作年度报告'],
      [720, 12, '一、总体情况'],
      [700, 12, '本年度，本机关主动公开政府信息一百二十条。'],
      [676, 12, '二、主动公开政府信息情况'],
      [656, 12, '见下表。'],
    ];
    return buildPdf([{ content: lines.map(([y, size, text]) => textAt(72, y, text, { size })).join('\n') }]);
  };

  it('the CMap and standard font data are local folders of the installed package, not URLs', () => {
    const { cMapUrl, standardFontDataUrl } = pdfjsData();
    for (const dir of [cMapUrl, standardFontDataUrl]) {
      expect(dir).toBeDefined();
      expect(isAbsolute(dir!), dir).toBe(true);
      expect(dir).not.toMatch(/^[a-z][a-z0-9+.-]*:\/\//iu);
      expect(dir!.replace(/\\/g, '/')).toContain('/node_modules/pdfjs-dist/');
    }
    expect(existsSync(join(cMapUrl!, 'UniGB-UCS2-H.bcmap'))).toBe(true);
    expect(existsSync(join(standardFontDataUrl!, 'LiberationSans-Regular.ttf'))).toBe(true);
  });

  it('reads the text right and never fetches (fetch would throw)', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(() => Promise.reject(new Error('the PDF reader must not fetch')));
    try {
      const r = await readBytes('cmap.pdf', report());
      expect(r.title).toBe('某某县人民政府办公室2023年政府信息公开工作年度报告');
      expect(r.sections.map((x) => [x.heading, x.text])).toEqual([
        ['一、总体情况', '本年度，本机关主动公开政府信息一百二十条。'],
        ['二、主动公开政府信息情况', '见下表。'],
      ]);
      expect(fetch).not.toHaveBeenCalled();
    } finally {
      fetch.mockRestore();
    }
  });

  it('through the CLI (a process of its own: the CMap file read from node_modules): convert --to json gives title, agency, year, sections', () => {
    const file = join(tempDir('gongkai-pdf-cmap-'), 'report.pdf');
    writeFileSync(file, report());
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'convert', file, '--to', 'json'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { title: string; agency: string; year: number; sections: { heading: string; text: string }[] };
    expect([json.title, json.agency, json.year]).toEqual(['某某县人民政府办公室2023年政府信息公开工作年度报告', '某某县人民政府办公室', 2023]);
    expect(json.sections.map((x) => x.heading)).toEqual(['一、总体情况', '二、主动公开政府信息情况']);
    expect(json.sections[0]!.text).toBe('本年度，本机关主动公开政府信息一百二十条。');
  });
});

describe('PDF reader: honest failures', () => {
  it('no text layer (a scan): one clear error and nothing else', async () => {
    const e = await readError(fixture('chromium-scanned-pingtan-econdev-2022'));
    expect([e.ruleId, e.messageId]).toEqual(['read-error', 'pdfNoText']);
    // A page that only draws (no text at all) is the same.
    const drawn = await readError(buildPdf([{ content: '0 0 m 100 100 l S 10 10 200 200 re f' }]));
    expect(drawn.messageId).toBe('pdfNoText');
  });

  it('a table set as a picture: one finding names the table and its page; the section is not also called empty', async () => {
    const report = await readBytes('picture.pdf', fixture('chromium-table-picture-pingtan-police-2021'));
    expect(report.tables.t3).toBeUndefined();
    expect(report.tables.t2).toBeDefined();
    const picture = report.findings.filter((f) => f.messageId === 'picture');
    expect(picture.map((f) => [f.ruleId, f.location.table])).toEqual([['extract-failed', 't3']]);
    expect(picture[0]!.physical?.page).toBe(report.sections.find((s) => s.heading.startsWith('三、'))!.source?.page);
    const result = checkReport(report);
    const zh = result.diagnostics.find((d) => d.messageId === 'picture')!;
    expect(zh.message).toMatch(/^表三在 PDF 第\d+页是图片，没有文字，无法读取其中的数字。/u);
    expect(result.diagnostics.filter((d) => d.ruleId === 'section-empty')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error').every((d) => d.location.table === 't3')).toBe(true);
  });

  it('a password: a clear error', async () => {
    const e = await readError(buildPdf([{ content: textContent(['secret']) }], { encrypt: true }));
    expect([e.ruleId, e.messageId]).toEqual(['read-error', 'pdfEncrypted']);
  });

  it('a password for the owner only (printing and copying forbidden, as many published reports are): read as without it', async () => {
    const plain = await readBytes('report.pdf', twoPageReport());
    const bytes = twoPageReport({ ownerPassword: 'owner-secret' });
    // Encrypted for real: the content streams are not the plain ones.
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Encrypt << \/Filter \/Standard \/V 2 \/R 3 /);
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('Tf 1 0 0 1');
    const restricted = await readBytes('report.pdf', bytes);
    expect(restricted.tables).toEqual(plain.tables);
    expect(restricted.sections).toEqual(plain.sections);
    expect(Object.keys(restricted.tables)).toEqual(['t2']);
    expect(checkReport(restricted).diagnostics).toEqual(checkReport(plain).diagnostics);
  });

  it('damaged or truncated: unreadable with the reason, the library’s words only as detail — never on the console', async () => {
    const whole = fixture('chromium-pingtan-2019');
    const printed = [vi.spyOn(console, 'log'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'error'), vi.spyOn(console, 'info')];
    try {
      for (const bytes of [whole.subarray(0, Math.floor(whole.length / 3)), new TextEncoder().encode('%PDF-1.4\n'), new TextEncoder().encode('not a pdf at all')]) {
        const e = await readError(bytes);
        expect(e.messageId).toBe('unreadable');
        expect(e.data.reasonZh).toMatch(/PDF.*已损坏或不完整|文字层/u);
      }
      // pdfjs's worker code printed "Warning: Indexing all PDF objects" for the cut file.
      for (const spy of printed) expect(spy.mock.calls).toEqual([]);
    } finally {
      for (const spy of printed) spy.mockRestore();
    }
    // Through the CLI, where a file is read in the CLI's own process.
    const dir = tempDir('gk-pdf-cut-');
    writeFileSync(join(dir, 'cut.pdf'), whole.subarray(0, Math.floor(whole.length / 3)));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'convert', join(dir, 'cut.pdf'), '--to', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${join(dir, 'cut.pdf')}: 无法读取此文件：不是可读取的 PDF 文件：文件已损坏或不完整 请用原编辑软件重新保存或导出后再检查。\n`);
  });

  it('limits: 10,000 pages, 600,000 drawing operations, 12,000 lines, 210,000 pieces of text are refused with the reason', async () => {
    const pages = await readError(buildPdf([{ content: '' }], { repeat: 10_000 }));
    expect(pages.messageId).toBe('unreadable');
    expect(String(pages.data.reasonZh)).toContain('10,000 页');
    const ops = await readError(buildPdf([{ content: '0 0 m 1 1 l S\n'.repeat(600_000), deflate: true }]));
    expect(String(ops.data.reasonZh)).toContain('绘图指令');
    const lines = await readError(buildPdf([{ content: Array.from({ length: 12_000 }, (_, i) => `${i % 500} ${Math.floor(i / 500) * 30} m ${(i % 500) + 20} ${Math.floor(i / 500) * 30} l S`).join('\n'), deflate: true }]));
    expect(String(lines.data.reasonZh)).toContain('条线');
    // Text items at distinct places (pdfjs joins the runs of one line into one item).
    const text = await readError(buildPdf([{ content: `BT /F1 1 Tf ${Array.from({ length: 210_000 }, (_, i) => `1 0 0 1 ${(i % 100) * 5} ${Math.floor(i / 100) * 0.4} Tm (a) Tj`).join(' ')} ET`, deflate: true }]));
    expect(String(text.data.reasonZh)).toContain('文字片段');
  });
});

describe('PDF reader: the outputs carry page and box', () => {
  it('JSON has the source object, SARIF its page and box as properties and the page in the message', async () => {
    const report = await readBytes('split.pdf', fixture('chromium-split-pingtan-2025'));
    const cell = report.tables.t3!.cells['unable_needs_creation.natural']!;
    if (cell.kind !== 'number') throw new Error('not a number');
    cell.value += 1;
    const result = checkReport(report);
    const d = result.diagnostics.find((x) => x.physical?.page === 3)!;
    expect(d.physical?.box).toHaveLength(4);
    const sarif = JSON.parse(toSarifText(summarize([result], 'zh'), { color: 0, cwd: ROOT })) as { runs: { results: { properties: { page?: number; box?: number[] }; message: { text: string } }[] }[] };
    const onPage = sarif.runs[0]!.results.filter((r) => r.properties.page === 3);
    expect(onPage.length).toBeGreaterThan(0);
    expect(onPage[0]!.properties.box).toHaveLength(4);
    expect(onPage[0]!.message.text).toContain('第3页');
  });
});
