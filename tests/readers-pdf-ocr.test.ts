/**
 * A scan with text recognition's text layer (what Acrobat, tesseract and scanners' software add): each page a
 * picture, the recognised words drawn over it in an invisible rendering mode (text rendering mode 3, or 7).
 * No reader of the page sees that text; what it recognised may be wrong (tesseract on a corpus report's
 * print: "一 、总 体 情 ，", "二 、主 动 公开 政府 信息 情 .") and the tables' rules are only in the picture.
 * Before, such a PDF was read as the report: 5 errors and 11 warnings of OCR artefacts (a section missing,
 * tables missing, headings "not as the template"), and its tables' picture warnings told the user to "run text
 * recognition" on a file that had it. Now: nine glyphs in ten or more invisible, one read error
 * (pdfOcrText) and nothing else; some pages so (50 glyphs or more, nine in ten of the page's), one read
 * error naming them (pdfOcrPages); a few invisible words beside real text are not read.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../src/check/bytes.js';
import { buildPdf, ocrPage, textAt } from './support/pdf.js';
import { cellText, twoPageReport } from './support/pdf-fonts.js';
import { readError } from './support/read-error.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');



describe('PDF reader: a scan with an invisible text layer from text recognition', () => {
  it('all its text invisible (mode 3, and mode 7): one read error, not the recognised text read as the report', async () => {
    for (const mode of [3, 7]) {
      const e = await readError(buildPdf([{ content: ocrPage(mode) }, { content: ocrPage(mode) }]));
      expect([e.ruleId, e.messageId], `mode ${mode}`).toEqual(['read-error', 'pdfOcrText']);
    }
  });

  it('some pages so, the others real text (tables printed, stamped and scanned in): one read error naming those pages', async () => {
    const e = await readError(buildPdf([{ content: ocrPage(0) }, { content: ocrPage(3) }, { content: ocrPage(0) }]));
    expect([e.ruleId, e.messageId, e.data]).toEqual(['read-error', 'pdfOcrPages', { pages: '2', pagesZh: '2' }]);
  });

  it('the same text drawn (mode 0): read as usual', async () => {
    const r = await readBytes('report.pdf', buildPdf([{ content: ocrPage(0) }]));
    expect(r.sections.map((s) => s.heading)).toEqual(['一、总体情况']);
  });

  it('invisible text beside the report\'s real text: not read (no section from it, no figure from it)', async () => {
    const clean = await readBytes('report.pdf', twoPageReport());
    const [x, y] = cellText(2, 3);
    const r = await readBytes(
      'report.pdf',
      twoPageReport({
        page1: `3 Tr ${textAt(72, 300, '六、其他需要报告的事项')} ${textAt(72, 280, '本机关无其他需要报告的事项。')} 0 Tr`,
        // Beside the "5" of 规章 / 现行有效件数: an invisible "9" would make it 59.
        page2: `3 Tr ${textAt(x + 12, y, '9')} 0 Tr`,
      }),
    );
    expect(r.tables).toEqual(clean.tables);
    expect(r.sections).toEqual(clean.sections);
    expect(r.findings).toEqual(clean.findings);
  });

  it('gongkai check: the one error in Chinese and in English, exit 1, no other finding', () => {
    const file = join(tempDir('gk-ocr-'), 'scan.pdf');
    writeFileSync(file, buildPdf([{ content: ocrPage(3) }]));
    const zh = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', file, '-f', 'json'], { encoding: 'utf8' });
    expect(zh.status, zh.stderr).toBe(1);
    const f = (JSON.parse(zh.stdout) as { files: { readable: boolean; diagnostics: { ruleId: string; messageId: string; message: string }[] }[] }).files[0]!;
    expect([f.readable, f.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)]).toEqual([false, ['read-error/pdfOcrText']]);
    expect(f.diagnostics[0]!.message).toBe('PDF 是扫描件，其中的文字是文字识别（OCR）加在图片上的看不见的文字层：识别出的字和数字可能有误，表格的格线只在图片里，报告无法可靠核对。请提供 Word/Excel 原件。');
    const en = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', file, '--lang', 'en'], { encoding: 'utf8' });
    expect(en.status).toBe(1);
    expect(en.stdout).toContain('The PDF is a scan whose text is an invisible layer that text recognition (OCR) put over the pictures');
  });
});
