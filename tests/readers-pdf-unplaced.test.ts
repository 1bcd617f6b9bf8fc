/**
 * A figure wrapped over two lines in a narrow cell of a table without rules, "1" above its row and "2"
 * below, in a Word table with its borders off, is the row's figure (12) when the lines above and below the
 * row hold nothing but such pieces. A PDF table cell whose text's place does not tell what it holds
 * (pdf-grid.ts PdfCell.unsure: a piece above the row with none under it, or pieces under some cells and
 * not others) is gongkai's failure to read, not the report's: an `extract-failed`
 * finding (`unplaced`), never `cell-missing` ("表四缺少…的单元格", an error the report would be blamed
 * for). Being unread, not missing, the report's own sums may then settle it (analysis/forced.ts:
 * `extract-resolved`), as for any other reader's unread cell; when they cannot, it stays unread, and
 * `convert` marks it so.
 *
 * The page is built here (tests/support/pdf.ts) with the positions of a LibreOffice print of a corpus Word
 * file with its borders off and its text at the cells' left: table 四's headings a character a line, the
 * figure 12 of a 总计 cell wrapped as "1" | "2".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, readReport } from '../src/node/file.js';
import { runCli } from './support/cli.js';
import { buildPdf, textAt } from './support/pdf.js';
import { tempDir } from './support/tmp.js';

/** Where each column's text starts (points), 15 columns. */
const XS = [72.1, 103.8, 135.5, 167.1, 198.8, 222.5, 254.2, 285.9, 317.6, 349.2, 373, 404.6, 436.3, 468, 499.7];

/**
 * Table 四 with no rules under the heading 四、; `figures` the 15 cells of its one row (a string with '|'
 * is a figure wrapped in its cell: the part before above the row, the rest below — none when empty, as
 * when a page break cuts it off).
 */
function table4(figures: string[]): string {
  const ops: string[] = [
    textAt(72.1, 780, '平潭综合实验区2021年政府信息公开工作年度报告', { size: 14 }),
    textAt(72.1, 740, '四、政府信息公开行政复议、行政诉讼情况', { size: 10.5 }),
  ];
  const at = (x: number, y: number, text: string): void => void ops.push(textAt(x, y, text, { size: 10.5 }));
  at(72.1, 726.3, '行政复议');
  at(222.5, 726.3, '行政诉讼');
  at(222.5, 712.5, '未经复议直接起诉');
  at(373, 712.5, '复议后起诉');
  // A character a line, 行政复议's column headings a line higher than 行政诉讼's.
  const down = (from: number, y: number, text: string): void => [...text].forEach((c, i) => at(XS[from + i]!, y, c));
  down(0, 705.7, '结结其尚');
  down(5, 698.8, '结结其尚');
  down(10, 698.8, '结结其尚');
  down(0, 691.9, '果果他未总');
  down(5, 685, '果果他未总');
  down(10, 685, '果果他未总');
  down(0, 678.2, '维纠结审计');
  down(5, 671.3, '维纠结审计');
  down(10, 671.3, '维纠结审计');
  down(0, 664.4, '持正果结');
  down(5, 657.5, '持正果结');
  down(10, 657.5, '持正果结');
  figures.forEach((f, i) => {
    const [upper, lower] = f.split('|');
    if (lower === undefined) at(XS[i]!, 635.9, upper!);
    else {
      at(XS[i]!, 643.1, upper!);
      if (lower !== '') at(XS[i]!, 628.7, lower);
    }
  });
  return ops.join('\n');
}

const work = tempDir('gongkai-unplaced-');

function pdf(name: string, figures: string[]): string {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, buildPdf([{ content: table4(figures) }]));
  return file;
}

const ROW = ['1', '0', '2', '0', '3', '12', '0', '0', '0', '1|2', '0', '0', '0', '0', '0'];

describe('a PDF cell whose figure is wrapped in its narrow cell (no rules, no space between the rows)', () => {
  it('over the lines just above and below its row, nothing else on them: the row\'s figure, through check and convert', async () => {
    const file = pdf('wrapped-read', ROW);
    const report = await readReport(file);
    expect(report.tables.t4!.cells['suit_direct.total']).toMatchObject({ kind: 'number', value: 12 });
    expect(report.findings.filter((f) => f.ruleId === 'extract-failed')).toEqual([]);
    const { diagnostics } = await checkFile(file);
    expect(diagnostics.filter((d) => d.location.table === 't4')).toEqual([]);
    const out = join(work, 'wrapped-read.json');
    await runCli(['convert', '--to', 'json', '-o', out, file]);
    const json = JSON.parse(readFileSync(out, 'utf8')) as { tables: { t4: Record<string, Record<string, { value: unknown; source?: { page?: number } }>> } };
    expect(json.tables.t4['suit_direct']!['total']).toMatchObject({ value: 12, source: { page: 1 } });
  });

  it('its rest cut off (a piece above the row, none under it): unread by gongkai (extract-failed), not missing from the report; the row\'s own sum settles it', async () => {
    const file = pdf('wrapped-total', ROW.map((f) => (f === '1|2' ? '1|' : f)));
    const report = await readReport(file);
    const t4 = report.tables.t4!;
    expect(t4.cells['suit_direct.upheld']).toMatchObject({ kind: 'number', value: 12 });
    expect(t4.cells['suit_direct.total']).toBeUndefined();
    const unread = report.findings.filter((f) => f.ruleId === 'extract-failed');
    expect(unread.map((f) => [f.messageId, f.location.cell])).toEqual([['unplaced', 't4.suit_direct.total']]);
    expect(unread[0]!.physical).toMatchObject({ page: 1 });

    const { diagnostics } = await checkFile(file);
    const t4Findings = diagnostics.filter((d) => d.location.table === 't4');
    // Not "表四缺少…的单元格" (cell-missing, an error of the report's): the sum 12 + 0 + 0 + 0 takes it.
    expect(t4Findings.filter((d) => d.ruleId === 'cell-missing')).toEqual([]);
    const resolved = t4Findings.filter((d) => d.ruleId === 'extract-resolved');
    expect(resolved).toHaveLength(1);
    expect(resolved[0]!.message).toContain('12');
  });

  it('two such cells in one row, one with its rest under the row and one without: both stay unread, each an extract-failed warning in plain Chinese naming the cell, and convert marks them unread', async () => {
    const file = pdf('wrapped-two', ['1', '0', '2', '0', '3', '1|2', '0', '0', '0', '1|', '0', '0', '0', '0', '0']);
    const { diagnostics } = await checkFile(file);
    const t4 = diagnostics.filter((d) => d.location.table === 't4');
    expect(t4.filter((d) => d.ruleId === 'cell-missing')).toEqual([]);
    const unread = t4.filter((d) => d.ruleId === 'extract-failed');
    expect(unread.map((d) => [d.severity, d.location.cell]).sort()).toEqual([
      ['warning', 't4.suit_direct.total'],
      ['warning', 't4.suit_direct.upheld'],
    ]);
    expect(unread[0]!.message).toMatch(/^表四“未经复议直接起诉”行“(结果维持|总计)”列：PDF 中这一格附近的数字说不清是哪一格的/);
    expect(unread[0]!.message).not.toMatch(/undefined|null|\{/);

    const check = await runCli(['check', file]);
    expect(check.stdout).toContain('PDF 中这一格附近的数字说不清是哪一格的');
    expect(check.stdout).toContain('第1页');
    const en = await runCli(['check', '--lang', 'en', file]);
    expect(en.stdout).toContain('does not tell which cell they belong to');

    const out = join(work, 'wrapped-two.json');
    const conv = await runCli(['convert', '--to', 'json', '-o', out, file]);
    expect(conv.code).toBe(1);
    const json = JSON.parse(readFileSync(out, 'utf8')) as { tables: { t4: Record<string, Record<string, { value: unknown; status?: string; source?: { page?: number } }>> } };
    const row = json.tables.t4['suit_direct']!;
    expect(row['total']).toMatchObject({ value: null, status: 'unread', source: { page: 1 } });
    expect(row['upheld']).toMatchObject({ value: null, status: 'unread' });
    expect(json.tables.t4['review']!['total']).toMatchObject({ value: 3 });
    expect(conv.stderr).toMatch(/未能读取|未读取/);
  });
});
