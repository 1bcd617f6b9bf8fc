/**
 * Figures a space apart in one cell ("0 7": two neighbouring cells' figures run into one, or a figure and
 * the padding before it) are no number. Every reader hands its cells' text to model/cell.ts, which took
 * every space out: "0 7" was the number 7, and a report whose 行政复议 总计 read "0 7" passed that row's sum
 * with no finding. Now such a cell is text — `cell-not-number`, saying how many figures it holds — while
 * spaces that are a number's own spacing ("1 234", thousands in threes), padding (" 12 ") and the space
 * before a unit ("3 件") still give the number.
 *
 * Word's "Save as web page" pads an empty paragraph with `<![if !supportEmptyParas]>&nbsp;<![endif]>` for
 * browsers it thinks cannot show one; the HTML reader leaves that space out (it is not the document's
 * text), so a figure's digits it falls between stay one figure (tests/readers-html.test.ts, Word markup).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../src/check/check.js';
import type { RunResult } from '../src/model/diagnostic.js';
import { parseCellText } from '../src/model/cell.js';
import { readHtml } from '../src/readers/html.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

describe('a cell with figures a space apart', () => {
  it('is text, not the number its digits make; a number\'s own spacing, padding and a unit after a space still give the number', () => {
    for (const t of ['0 7', '0\u00a07', '0\u30007', '12 3', '1 2 3', '0 430', '1.5 2']) {
      const c = parseCellText(t);
      expect(c, t).toEqual({ kind: 'text', raw: t });
    }
    const numbers: [string, number][] = [['1 234', 1234], ['12 345.5', 12345.5], [' 12 ', 12], ['\u00a03\u00a0', 3], ['3 件', 3], ['1 234 万元', 1234], ['１２', 12], ['1,234', 1234], ['1\u3000234', 1234]];
    for (const [t, v] of numbers) expect(parseCellText(t), t).toMatchObject({ kind: 'number', value: v });
    // Text with a figure in it still offers the figure ("约3件" → 3).
    expect(parseCellText('约 3 件')).toMatchObject({ kind: 'text', number: 3 });
  });
});

/** The corpus's 2024 report (行政复议 1 + 0 + 3 + … = 7) with the review row's 总计 written as `total`. */
function report2024(total: string): string {
  const json = JSON.parse(readFileSync(join('fixtures', 'corpus', 'pingtan-2024.json'), 'utf8'));
  expect(json.tables.t4.review.total).toBe(7);
  json.tables.t4.review.total = total;
  return JSON.stringify(json);
}

describe('a report whose 行政复议 总计 reads "0 7"', () => {
  it('gets cell-not-number at that cell, saying it holds two figures, in process and through the CLI in both languages', async () => {
    const dir = tempDir('gk-apart-');
    const bad = join(dir, 'report.json');
    writeFileSync(bad, report2024('0 7'));
    const good = join(dir, 'same.json');
    writeFileSync(good, report2024('7'));

    const run = await runCli(['check', bad, good, '-f', 'json']);
    expect(run.code).toBe(1);
    const files = (JSON.parse(run.stdout) as RunResult).files;
    const [badFile, goodFile] = [bad, good].map((f) => files.find((x) => x.file.endsWith(f.slice(dir.length)))!);
    const apart = badFile!.diagnostics.filter((d) => d.ruleId === 'cell-not-number');
    expect(apart).toHaveLength(1);
    expect(apart[0]).toMatchObject({ severity: 'error', location: { table: 't4', row: 'review', column: 'total' } });
    expect(apart[0]!.message).toBe('表四“行政复议”行“总计”列应为数字，实际为“0 7”。');
    expect(apart[0]!.hint).toBe('这一格里有 2 个数字，可能是相邻单元格的数字挤进了这一格；请核对，每格只填一个数字。');
    // The rest is the report as published: nothing else is found that the same report with 7 does not have.
    const others = (ds: typeof apart): string[] => ds.filter((d) => d.ruleId !== 'cell-not-number').map((d) => `${d.ruleId} ${d.message}`);
    expect(goodFile!.diagnostics.filter((d) => d.ruleId === 'cell-not-number')).toEqual([]);
    expect(others(badFile!.diagnostics).filter((m) => !/行政复议|review/.test(m))).toEqual(others(goodFile!.diagnostics).filter((m) => !/行政复议|review/.test(m)));

    const en = await runCli(['check', bad, '-f', 'json', '--lang', 'en']);
    const enApart = (JSON.parse(en.stdout) as RunResult).files[0]!.diagnostics.filter((d) => d.ruleId === 'cell-not-number');
    expect(enApart.map((d) => d.hint)).toEqual(['The cell holds 2 figures, perhaps those of neighbouring cells run into one; check it and write one figure per cell.']);
  });
});

describe('Word "Save as web page": the padding of an empty paragraph', () => {
  const td = (v: string, attrs = ''): string =>
    `<td ${attrs} valign=top style='border:solid windowtext 1.0pt'><p class=MsoNormal align=center style='text-align:center'><span lang=EN-US>${v}<o:p></o:p></span></p></td>`;
  const labels = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const page = (cells: string[], after: string): string => `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head><body lang=ZH-CN>
<div class=WordSection1>
<p class=MsoNormal><b>四、政府信息公开行政复议、行政诉讼情况<o:p></o:p></b></p>
<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr>${td('行政复议', 'colspan=5')}${td('行政诉讼', 'colspan=10')}</tr>
<tr>${labels.map((l) => td(l, 'rowspan=2')).join('')}${td('未经复议直接起诉', 'colspan=5')}${td('复议后起诉', 'colspan=5')}</tr>
<tr>${[...labels, ...labels].map((l) => td(l)).join('')}</tr>
<tr>${cells.map((v) => td(v)).join('')}${Array(10).fill(td('0')).join('')}</tr>
</table>
${after}
<p class=MsoNormal><b>五、存在的主要问题及改进情况</b></p><p class=MsoNormal>无。<o:p></o:p></p>
</div></body></html>`;
  const read = (html: string) => readHtml({ path: 'w.htm', bytes: new TextEncoder().encode(html) });

  it('is not the document\'s text: a figure it falls in stays one figure, the paragraph it pads stays empty', () => {
    const report = read(page(['3', '0', '10', '0', '1<![if !supportEmptyParas]>&nbsp;<![endif]>3'], "<p class=MsoNormal><![if !supportEmptyParas]>&nbsp;<![endif]><o:p></o:p></p>"));
    const c = report.tables.t4!.cells;
    expect(c['review.total']).toMatchObject({ kind: 'number', value: 13 });
    expect(report.sections.map((s) => s.heading)).toEqual(['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况']);
    expect(checkReport(report).diagnostics.filter((d) => d.location.table === 't4' && d.severity === 'error')).toEqual([]);
  });

  it('while a space the page shows between two figures is two figures, one finding at the cell', () => {
    const report = read(page(['3', '0', '1', '0', '0&nbsp;4'], ''));
    expect(report.tables.t4!.cells['review.total']).toMatchObject({ kind: 'text', raw: expect.stringMatching(/^0\s4$/u) });
    const found = checkReport(report).diagnostics.filter((d) => d.location.table === 't4' && d.severity === 'error');
    expect(found.map((d) => [d.ruleId, d.location.row, d.location.column])).toEqual([['cell-not-number', 'review', 'total']]);
  });
});
