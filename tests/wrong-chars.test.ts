/**
 * A PDF whose text layer gives other characters than the ones shown for part of its text (src/readers/
 * wrong-chars.ts, pdf.ts `wrongCharacters`): Latin-1 letters among the Chinese ("政ó公开", "ç告" for 报告),
 * what Ghostscript's pdfwrite makes of the fonts of a page Chromium printed (fixtures/readers/pdf/
 * ghostscript-chromium-*, tests/readers-pdf-fixtures.test.ts) — and a .txt copied out of such a PDF
 * (text.ts readText). Before, such a PDF read as a report whose labels no longer matched: 27 errors
 * (cell-missing, a section missing) and 39 warnings for the corpus report that has none, its pdftotext copy
 * 24 errors — errors of gongkai's reading, not of the report. Here: the counting on its own; small PDFs
 * (tests/support/pdf.ts) with the letters set where each case needs them (the Chinese font has the pinyin
 * letters of GB 2312: ó ú à é …); texts; pdftotext's copy of the fixture through the CLI.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../src/check/bytes.js';
import { WRONG_MAX, wrongPlaces } from '../src/readers/wrong-chars.js';
import { checkReport } from '../src/check/check.js';
import { textAt } from './support/pdf.js';
import { reportCells } from './support/corpus.js';
import { cellText, twoPageReport as report } from './support/pdf-fonts.js';
import { requirePoppler } from './support/poppler.js';
import { readError } from './support/read-error.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');

/** A line of running text on page 1 (below the prose) with each of `words` in it. */
const lineWith = (words: string[], y = 300): string => textAt(72, y, `本机关${words.join('，')}。`, { size: 10 });

describe('wrongPlaces: Latin letters standing for Chinese characters', () => {
  it('counts a letter of Latin-1 or Latin Extended between Chinese characters, spaces skipped; gives the first place', () => {
    expect(wrongPlaces('本年度政ó公开工作，年度报 ú 告。')).toEqual({ count: 2, example: '本年度政ó公开工作', at: 4 });
    expect(wrongPlaces('潭综合实验区ÿ管委会')).toMatchObject({ count: 1, example: '合实验区ÿ管委会' });
    expect(wrongPlaces('第二十条第ÿ五Ā项')).toMatchObject({ count: 2 });
  });

  it('not: Latin words (pinyin, names), letters beside no Chinese, the signs before U+00C0 (× ° · « » © µ ª º)', () => {
    for (const t of ['平潭（Píngtán）综合实验区', '绿色lǜsè发展', 'Café咖啡馆', 'Müller先生', '面积3×4米', '气温20°以上', '约翰·史密斯', '首页 » 政务公开 » 年报', '«条例»规定', '版权所有©平潭', '5µ米', '第1ª条', 'naïve', 'é']) {
      expect(wrongPlaces(t), t).toEqual({ count: 0, example: '', at: -1 });
    }
    expect(WRONG_MAX).toBe(10);
  });
});

describe('PDF reader: characters the text layer gives as others', () => {
  it('a few (under 10) in the running text: read, one extract-failed warning naming the page, the count and the place', async () => {
    const clean = await readBytes('report.pdf', report());
    const r = await readBytes('report.pdf', report({ page1: lineWith(['政ó公开', '年度报ú', '信à息']) }));
    expect(r.findings.filter((f) => f.messageId === 'wrongChars')).toEqual([
      { ruleId: 'extract-failed', messageId: 'wrongChars', data: { pages: '1', pagesZh: '1', count: 3, example: '本机关政ó公开，年' }, location: {}, physical: { page: 1 } },
    ]);
    expect(r.tables).toEqual(clean.tables);
    expect(r.sections.map((s) => s.heading)).toEqual(clean.sections.map((s) => s.heading));
    const zh = checkReport(r, { lang: 'zh' }).diagnostics.find((d) => d.messageId === 'wrongChars')!;
    expect([zh.severity, zh.message]).toEqual(['warning', 'PDF 第1页有 3 处文字在文字层里记成了别的字符（如“本机关政ó公开，年”）；其余内容照常检查，但用到这些字的检查可能不准。复制出来也是这样：请从原软件直接导出 PDF。']);
    const en = checkReport(r, { lang: 'en' }).diagnostics.find((d) => d.messageId === 'wrongChars')!;
    expect(en.message).toContain('3 place(s) on page(s) 1 of the PDF are recorded in its text layer as other characters (e.g. "本机关政ó公开，年")');
  });

  it('Latin letters in Latin words (pinyin, a name) and the signs Chinese text uses (× ° ·): not counted', async () => {
    const r = await readBytes('report.pdf', report({ page1: lineWith(['平潭（Píngtán）', '绿色lǜsè', '面积3×4米', '气温20°', '约翰·史密斯']) }));
    expect(r.findings.filter((f) => f.ruleId === 'extract-failed')).toEqual([]);
    for (const s of ['Píngtán', 'lǜsè', '3×4', '20°', '约翰·史密斯']) expect(JSON.stringify(r.sections)).toContain(s);
  });

  it('10 or more: the one read error naming the pages, the count and the first place — not errors for every label', async () => {
    const page1 = lineWith(['政ó公开', '年度报ú', '信à息', '主é动', '工ó作', '申ú请'], 300);
    const page2 = textAt(72, 300, '说明：依ó申请公开，不ú予公开，无à法提供，其é他处理。', { size: 10 });
    const e = await readError(report({ page1, page2 }));
    expect([e.ruleId, e.messageId, e.data]).toEqual(['read-error', 'pdfWrongChars', { pages: '1, 2', pagesZh: '1、2', count: 10, example: '本机关政ó公开，年' }]);
  });

  it('in table labels: the same count, wherever the letters are', async () => {
    // Beside the labels of 规章 and 行政许可 (page 2), and eight in the running text: ten in all.
    const [x1, y1] = cellText(2, 0);
    const [x2, y2] = cellText(6, 0);
    const page2 = [textAt(x1 + 22, y1, 'ó章', { size: 10 }), textAt(x2 + 42, y2, 'ú可', { size: 10 })].join('\n');
    const page1 = lineWith(['政ó公开', '年度报ú', '信à息', '主é动', '工ó作', '申ú请', '处à理', '情é况']);
    const e = await readError(report({ page1, page2 }));
    expect([e.messageId, e.data!.count, e.data!.pages]).toEqual(['pdfWrongChars', 10, '1, 2']);
  });

  it('gongkai check: the read error in Chinese and English, exit 1, no other finding', () => {
    const dir = tempDir('gk-wrong-chars-');
    const file = join(dir, 'report.pdf');
    writeFileSync(file, report({ page1: lineWith(['政ó公开', '年度报ú', '信à息', '主é动', '工ó作', '申ú请', '处à理', '情é况', '公é开', '信ó息']) }));
    const zh = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', file, '-f', 'json'], { encoding: 'utf8' });
    expect(zh.status, zh.stderr).toBe(1);
    const f = (JSON.parse(zh.stdout) as { files: { readable: boolean; diagnostics: { ruleId: string; messageId: string; message: string }[] }[] }).files[0]!;
    expect(f.readable).toBe(false);
    expect(f.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)).toEqual(['read-error/pdfWrongChars']);
    expect(f.diagnostics[0]!.message).toBe(
      'PDF 的文字层把一部分字记成了别的字符（第1页共 10 处，如“本机关政ó公开，年”），读出的正文和表格标签不可靠，报告无法可靠核对。复制出来也是这样：这常见于经过压缩、转存或再次“打印为 PDF”的文件。请提供 Word/Excel 原件，或从原软件直接导出 PDF。',
    );
    const en = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', file, '--lang', 'en'], { encoding: 'utf8' });
    expect(en.status).toBe(1);
    expect(en.stdout).toContain('The text layer of the PDF records some characters as other characters (10 places on page(s) 1, e.g. "本机关政ó公开，年")');
  });
});

/** A text report (a corpus report written as one cell per line) with `extra` lines after its title. */
function textReport(extra: string[]): Uint8Array {
  const lines = readFileSync(join(ROOT, 'fixtures/readers/text/web-copy-2021/input.txt'), 'utf8').split('\n');
  return new TextEncoder().encode([lines[0]!, ...extra, ...lines.slice(1)].join('\n'));
}

describe('text reader: text copied out of such a PDF', () => {
  it('a few places: read as before, one extract-failed warning naming the line, the count and the place', async () => {
    const clean = await readBytes('report.txt', textReport([]));
    const r = await readBytes('report.txt', textReport(['本机关政ó公开，年度报ú，信à息。']));
    expect(r.findings.filter((f) => f.messageId === 'wrongCharsText')).toEqual([
      { ruleId: 'extract-failed', messageId: 'wrongCharsText', data: { count: 3, example: '本机关政ó公开，年', line: 2 }, location: {}, physical: { line: 2, column: 5 } },
    ]);
    // Every cell as without the line (their lines one further down).
    expect(Object.fromEntries(reportCells(r))).toEqual(Object.fromEntries(reportCells(clean)));
    expect(reportCells(r).size).toBeGreaterThan(150);
    const zh = checkReport(r, { lang: 'zh' }).diagnostics.find((d) => d.messageId === 'wrongCharsText')!;
    expect([zh.severity, zh.message]).toEqual(['warning', '文本第2行等 3 处有汉字记成了别的字符（如“本机关政ó公开，年”），像是从文字层有误的 PDF 里复制出来的；其余内容照常检查，但用到这些字的检查可能不准。']);
  });

  it('10 or more: the one read error naming the count, the line and the place', async () => {
    const e = await readError(textReport(['本机关政ó公开，年度报ú，信à息，主é动，工ó作。', '申ú请，处à理，情é况，公é开，信ó息。']), undefined, 'report.txt');
    expect([e.messageId, e.data]).toEqual(['textWrongChars', { count: 10, example: '本机关政ó公开，年', line: 2 }]);
  });

  it('gongkai check on pdftotext\'s copy of the re-written fixture: that one error, exit 1, no other finding', () => {
    requirePoppler();
    const dir = tempDir('gk-wrong-chars-text-');
    const file = join(dir, 'copy.txt');
    const r = spawnSync('pdftotext', ['-enc', 'UTF-8', join(ROOT, 'fixtures/readers/pdf/ghostscript-chromium-pingtan-2024/input.pdf'), file], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const out = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', file, '-f', 'json'], { encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(1);
    const f = (JSON.parse(out.stdout) as { files: { readable: boolean; diagnostics: { ruleId: string; messageId: string; message: string }[] }[] }).files[0]!;
    expect([f.readable, f.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)]).toEqual([false, ['read-error/textWrongChars']]);
    expect(f.diagnostics[0]!.message).toMatch(/^文本里有 \d+ 处汉字记成了别的字符（如第1行“[^”]+”），像是从文字层有误的 PDF 里复制出来的/u);
  });
});
