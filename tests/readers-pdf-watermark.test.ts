/**
 * A PDF with a watermark: "内部资料", "征求意见稿", the agency's or the site's name drawn over or under every
 * page — diagonally (WPS's and Word's default, sites' stamping tools), across the page in large letters, or
 * tiled small all over it — in a light colour or half transparent. Before, the reader took the watermark's
 * text as the report's: into the cells it crosses ("平潭综合实验区政务公开样稿0" in a cell of table 三, a
 * tile's "2024" glued to a figure: 11002024 for 1100), into the sections, and table rows went missing — on
 * the corpus reports' prints with a watermark laid over or under them (Chromium and LibreOffice, 42 files),
 * up to 90 cells wrong. Now a run set at a slant, and faint text (light or half transparent) that lies over
 * or under the page's other text, is far larger than it or is tiled, is left out; faint text that is none of
 * these is read (white words on a dark table header).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../src/check/bytes.js';
import { checkReport } from '../src/check/check.js';
import type { Report } from '../src/model/report.js';
import { withoutWatermarks, type TextItem } from '../src/readers/pdf-page.js';
import { textAt, zh } from './support/pdf.js';
import { cellText, twoPageReport } from './support/pdf-fonts.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');

/** Text drawn at (x, y), turned `degrees` anticlockwise, in grey `grey` (0 black, 1 white), `size` points. */
function drawn(x: number, y: number, text: string, opts: { degrees?: number; grey?: number; size?: number } = {}): string {
  const r = ((opts.degrees ?? 0) * Math.PI) / 180;
  const [c, s] = [Math.cos(r), Math.sin(r)].map((v) => v.toFixed(4));
  return `q ${opts.grey ?? 0} g BT /ZH ${opts.size ?? 10} Tf ${c} ${s} ${-Number(s)} ${c} ${x} ${y} Tm ${zh(text)} Tj ET Q`;
}

/** What a reader and the checks make of a report: its tables, sections, reader findings and the checks' findings. */
const seen = (r: Report): unknown => [r.tables, r.sections, r.findings, checkReport(r).diagnostics];

const clean = async (): Promise<unknown> => seen(await readBytes('report.pdf', twoPageReport()));

describe('PDF reader: a watermark over or under the pages is not read as the report', () => {
  it('diagonal, light grey, over the table and the text: the report as without it', async () => {
    const mark = (y: number): string => drawn(120, y, '平潭综合实验区政务公开样稿2024', { degrees: 35, grey: 0.8, size: 30 });
    const r = await readBytes('report.pdf', twoPageReport({ page1: mark(420), page2: mark(520) }));
    expect(seen(r)).toEqual(await clean());
  });

  it('diagonal and black (a slant alone tells): the report as without it', async () => {
    // Across the figures of 规章 and 行政规范性文件.
    const [x, y] = cellText(3, 1);
    const r = await readBytes('report.pdf', twoPageReport({ page2: drawn(x - 10, y - 10, '内部资料2024', { degrees: 20, size: 24 }) }));
    expect(seen(r)).toEqual(await clean());
  });

  it('across the page in large light letters, over the text: the report as without it', async () => {
    const r = await readBytes('report.pdf', twoPageReport({ page1: drawn(130, 560, '征求意见稿', { grey: 0.85, size: 60 }), page2: drawn(130, 560, '征求意见稿', { grey: 0.85, size: 60 }) }));
    expect(seen(r)).toEqual(await clean());
  });

  it('tiled small and light, its copies in empty table cells too: the report as without it', async () => {
    // Beside the figures of 规章 and in the merged cells of table 二: a tile's "2024" glued to a figure, before.
    const [x, y] = cellText(2, 1);
    // Two columns of tiles, as a tiled watermark lays them over the page.
    const tiles = Array.from({ length: 6 }, (_, i) => drawn(x + 40 + (i % 2) * 160, y - i * 40, '内部资料2024', { grey: 0.82, size: 9 })).join('\n');
    const r = await readBytes('report.pdf', twoPageReport({ page2: tiles }));
    expect(seen(r)).toEqual(await clean());
  });

  it('light text that is no watermark (once, the usual size, over nothing) is read', async () => {
    const r = await readBytes('report.pdf', twoPageReport({ page1: drawn(72, 300, '（本报告数据截至2023年12月31日）', { grey: 0.8, size: 10 }) }));
    expect(r.sections.map((s) => s.text).join('')).toContain('本报告数据截至2023年12月31日');
    // The same words upright and black below the table are the report's text, as before.
    const upright = await readBytes('report.pdf', twoPageReport({ page2: textAt(72, 420, '本表数据来源：内部资料汇总', { size: 10 }) }));
    expect(upright.sections.map((s) => s.text).join('')).toContain('本表数据来源：内部资料汇总');
  });

  it('white words on a dark table header that repeat — short pieces, or in one column — are the report\'s', async () => {
    // Dark header cells, their labels in white: four "信息内容" one under the other (table 二's sub-tables), and
    // "结" pieces of wrapped column labels in a row (table 四's three groups).
    const dark = `q 0.12 0.3 0.47 rg 60 200 480 200 re f Q`;
    const labels = [0, 1, 2, 3].map((i) => drawn(72, 380 - i * 50, '信息内容', { grey: 1 })).join('\n');
    const pieces = [0, 1, 2, 3, 4].map((i) => drawn(200 + i * 60, 215, '结', { grey: 1 })).join('\n');
    const r = await readBytes('report.pdf', twoPageReport({ page2: `${dark}\n${labels}\n${pieces}` }));
    const text = r.sections.map((s) => s.text).join('');
    expect(text.match(/信息内容/g)?.length).toBe(4);
    expect(text.match(/结/g)?.length).toBe(5);
  });

  it('withoutWatermarks: which faint text is the watermark\'s', () => {
    const item = (text: string, x0: number, y0: number, opts: { faint?: boolean; size?: number } = {}): TextItem => {
      const size = opts.size ?? 10;
      return { text, x0, y0, x1: x0 + size * text.length, y1: y0 + size, size, font: 'f', vertical: false, ...(opts.faint === false ? {} : { faint: true as const }) };
    };
    const body = [item('本机关全年主动公开政府信息', 72, 700, { faint: false }), item('办理申请十七件', 72, 680, { faint: false })];
    const kept = (more: TextItem[]): string[] => withoutWatermarks([...body, ...more]).filter((i) => i.faint).map((i) => i.text);
    // Over the text, far larger than it, tiled over the page: left out.
    expect(kept([item('样稿', 100, 695)])).toEqual([]);
    expect(kept([item('征求意见稿', 100, 400, { size: 40 })])).toEqual([]);
    const grid = [0, 1].flatMap((c) => [0, 1, 2].map((r) => item('内部资料2024', 80 + c * 250, 200 + r * 100)));
    expect(kept(grid)).toEqual([]);
    // Alone, the usual size, over nothing; short pieces; one column; one row: kept.
    expect(kept([item('（数据截至年底）', 72, 500)])).toEqual(['（数据截至年底）']);
    expect(kept([0, 1, 2, 3, 4].map((i) => item('结', 100 + i * 40, 300 + (i % 2) * 30)))).toHaveLength(5);
    expect(kept([0, 1, 2, 3].map((i) => item('信息内容', 72, 500 - i * 40)))).toHaveLength(4);
    expect(kept([0, 1, 2, 3].map((i) => item('结果维持', 72 + i * 90, 300)))).toHaveLength(4);
    // No faint text: the same list back.
    expect(withoutWatermarks(body)).toBe(body);
  });

  it('gongkai check: the watermarked PDF gives the findings of the one without', () => {
    const dir = tempDir('gk-watermark-');
    const mark = drawn(120, 520, '平潭综合实验区政务公开样稿2024', { degrees: 35, grey: 0.8, size: 30 });
    writeFileSync(join(dir, 'marked.pdf'), twoPageReport({ page1: mark, page2: mark }));
    writeFileSync(join(dir, 'plain.pdf'), twoPageReport());
    const run = (f: string): { status: number | null; found: string[] } => {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', join(dir, f), '-f', 'json'], { encoding: 'utf8' });
      const file = (JSON.parse(r.stdout) as { files: { diagnostics: { ruleId: string; messageId: string; message: string }[] }[] }).files[0]!;
      return { status: r.status, found: file.diagnostics.map((d) => `${d.ruleId}/${d.messageId} ${d.message}`) };
    };
    const marked = run('marked.pdf');
    expect(marked).toEqual(run('plain.pdf'));
    expect(marked.found.join('\n')).not.toContain('样稿');
  });
});
