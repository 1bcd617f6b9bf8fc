/**
 * The HTML reader on pages as government sites publish them (tests/support/publish.ts builds them
 * from the corpus figures and prose): site chrome around the article, Word-exported tables with
 * inline styles, rowspan/colspan, digits split across spans, &nbsp; blanks, a GBK page.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../src/check/check.js';
import { readReport } from '../src/node/file.js';
import { readHtml } from '../src/readers/html.js';
import { KNOWN_ERRORS } from './support/known-errors.js';
import { corpusNames, diffAgainstTruth, loadTruth, reportCells } from './support/corpus.js';
import { analyseText } from '../src/readers/text.js';
import { encodeGbk, publishedFromCorpus, toHtml } from './support/publish.js';
import { updatingFixtures } from './support/fixtures.js';

const DIR = join(import.meta.dirname, '../fixtures/readers/html');

/** The committed fixture for a corpus report (written with UPDATE_FIXTURES=1; missing, it fails); it must equal what the builder makes. */
function fixture(name: string, bytes: Uint8Array, ext: string): string {
  const file = join(DIR, `${name}.${ext}`);
  if (updatingFixtures()) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, bytes);
  }
  expect(existsSync(file), `${file} is missing (run UPDATE_FIXTURES=1)`).toBe(true);
  expect(Buffer.compare(readFileSync(file), Buffer.from(bytes))).toBe(0);
  return file;
}

function errorsOf(report: Parameters<typeof checkReport>[0]): string[] {
  return [...new Set(checkReport(report).diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId))].sort();
}

describe('HTML reader: corpus reports as site pages', () => {
  for (const name of corpusNames()) {
    it(`${name}: every cell equals truth.json, only the known errors`, async () => {
      const truth = loadTruth(name);
      const file = fixture(name, new TextEncoder().encode(toHtml(publishedFromCorpus(name))), 'html');
      const report = await readReport(file);
      expect(report.reader).toBe('html');
      expect(diffAgainstTruth(report, truth)).toEqual([]);
      expect(report.year).toBe(truth.year);
      expect(report.format).toBe(truth.format);
      expect(report.sections.length).toBe(truth.sectionsPresent.length);
      expect(errorsOf(report)).toEqual((KNOWN_ERRORS[name] ?? []).sort());
    });
  }
});

describe('HTML reader: page details', () => {
  it('decodes a GBK page by its meta charset (GB2312 declared)', async () => {
    const name = 'pingtan-2022';
    const bytes = encodeGbk(toHtml(publishedFromCorpus(name), { charset: 'gbk' }));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const file = fixture(`${name}-gbk`, bytes, 'html');
    expect(readFileSync(file, 'latin1')).toContain('charset=gb2312');
    const report = await readReport(file);
    expect(diffAgainstTruth(report, loadTruth(name))).toEqual([]);
    expect(report.title).toBe('平潭综合实验区2022年度政府信息公开工作年度报告');
    expect(report.sections.map((s) => s.heading)[3]).toBe('四、政府信息公开行政法复议、行政诉讼情况');
  });

  const page = (table: string, extra = ''): Uint8Array =>
    new TextEncoder().encode(`<html><head><meta charset="utf-8"><title>某局2022年政府信息公开工作年度报告-某市人民政府</title></head><body>
<div class="nav"><a>一、总体情况</a><a>六、其他需要报告的事项</a></div>
<table width="100%"><tr><td class="left">栏目</td><td>
<h2>某局2022年政府信息公开工作年度报告</h2>
<p>本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。</p>
<p><b>四、政府信息公开行政复议、行政诉讼情况</b></p>
${table}
${extra}
</td></tr></table>
<div class="footer">版权所有 二、主动公开政府信息情况</div></body></html>`);

  const t4 = (cells: string): string => `<table class="MsoNormalTable" border="1" style="border-collapse:collapse">
<tr><td colspan="5" style="border:solid windowtext 1pt"><p><span>行政复议</span></p></td><td colspan="10"><p>行政诉讼</p></td></tr>
<tr><td rowspan="2">结果<br>维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr>${cells}</tr></table>`;

  it('joins digits split across spans, reads &nbsp; as blank, skips the layout table and the site chrome', () => {
    const cells =
      '<td><p><span lang="EN-US">1</span><span lang="EN-US">2</span></p></td><td>0</td><td>&nbsp;</td><td>0</td><td><span>1</span><span>2</span></td>' +
      '<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>';
    const report = readHtml({ path: 'p.html', bytes: page(t4(cells)) });
    const t = report.tables.t4!;
    expect(t.cells['review.upheld']).toMatchObject({ kind: 'number', value: 12 });
    expect(t.cells['review.other']?.kind).toBe('blank');
    expect(t.cells['review.total']).toMatchObject({ kind: 'number', value: 12 });
    expect(report.sections.map((s) => s.heading)).toEqual(['四、政府信息公开行政复议、行政诉讼情况']);
    expect(report.title).toBe('某局2022年政府信息公开工作年度报告');
    expect(report.year).toBe(2022);
    expect(report.period?.from).toBe('2022-01-01');
    // Located by table number, grid row and column, CSS-like path and source line.
    const src = t.cells['review.upheld']!.source!;
    expect(src).toMatchObject({ table: 2, row: 4, col: 1 });
    expect(src.path).toMatch(/table:nth-of-type\(1\) > tr:nth-of-type\(4\) > td:nth-of-type\(1\)$|table > tr:nth-of-type\(4\) > td:nth-of-type\(1\)$/);
    expect(src.line).toBeGreaterThan(1);
    const suit = t.cells['suit_after_review.total']!.source!;
    expect(suit).toMatchObject({ table: 2, row: 4, col: 15 });
  });

  it('reports a wrong 总计 with its grid location', () => {
    const cells = ['1', '0', '0', '0', '2', ...Array(10).fill('0')].map((v) => `<td>${v}</td>`).join('');
    const result = checkReport(readHtml({ path: 'p.html', bytes: page(t4(cells)) }));
    const d = result.diagnostics.find((x) => x.ruleId === 'table4-row-total');
    expect(d?.severity).toBe('error');
    expect(d?.physical).toMatchObject({ table: 2, row: 4, col: 5 });
  });

  it('never throws on broken markup or binary content', () => {
    const broken = readHtml({ path: 'b.html', bytes: new TextEncoder().encode('<table><tr><td rowspan="99999" colspan="-3">1<td>2</table><p>一、总体情况') });
    expect(broken.tables.t4).toBeUndefined();
    expect(() => readHtml({ path: 'x.html', bytes: Uint8Array.of(0x3c, 0x00, 0x00, 0xff) })).toThrowError(/read-error/);
  });
});

describe('HTML reader: Word "Save as web page" markup', () => {
  it('reads cells with <o:p>, conditional comments, spacer rows and &nbsp; padding', () => {
    const td = (v: string, attrs = ''): string =>
      `<td ${attrs} valign=top style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:10.5pt'>${v}<o:p></o:p></span></p></td>`;
    const labels = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head><body lang=ZH-CN>
<div class=WordSection1>
<p class=MsoNormal><b><span style='font-family:黑体'>四、政府信息公开行政复议、行政诉讼情况<o:p></o:p></span></b></p>
<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
<tr style='mso-yfti-irow:0'>${td('行政复议', 'colspan=5')}${td('行政诉讼', 'colspan=10')}</tr>
<tr>${labels.map((l) => td(l.slice(0, 2) + '<br>' + l.slice(2), 'rowspan=2')).join('')}${td('未经复议<span style="mso-spacerun:yes">&nbsp;</span>直接起诉', 'colspan=5')}${td('复议后起诉', 'colspan=5')}</tr>
<tr>${[...labels, ...labels].map((l) => td(l)).join('')}</tr>
<tr>${td('&nbsp;3&nbsp;')}${td('0')}${td('<span>1</span><span>0</span>')}${td('0')}${td('1<![if !supportEmptyParas]>&nbsp;<![endif]>3')}${Array(10).fill(td('0')).join('')}</tr>
<![if !supportMisalignedColumns]><tr height=0>${Array(15).fill("<td width=40 style='border:none'></td>").join('')}</tr><![endif]>
</table>
<p class=MsoNormal><b>五、存在的主要问题及改进情况</b></p><p class=MsoNormal>无。<o:p></o:p></p>
</div></body></html>`;
    const report = readHtml({ path: 'w.html', bytes: new TextEncoder().encode(html) });
    const c = report.tables.t4!.cells;
    expect([c['review.upheld'], c['review.other'], c['review.total']].map((x) => (x?.kind === 'number' ? x.value : x?.kind))).toEqual([3, 10, 13]);
    expect(report.sections.map((s) => s.heading)).toEqual(['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况']);
    expect(checkReport(report).diagnostics.filter((d) => d.severity === 'error' && d.location.table === 't4')).toEqual([]);
  });
});

describe('HTML reader: tables written as text', () => {
  it('reads a page whose tables were pasted as paragraphs (digits run together) like the text reader, located in the page', () => {
    const name = 'pingtan-2022';
    const truth = loadTruth(name);
    const page = readFileSync(join(truth.dir, 'page.txt'), 'utf8');
    const body = page.slice(page.indexOf('正文') + 30);
    const html = `<html><head><meta charset="utf-8"><title>平潭综合实验区2022年度政府信息公开工作年度报告</title></head><body>\n<div class="nav">首页 政务公开</div>\n<div class="TRS_Editor">\n<p>${body.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>\n</div></body></html>`;
    const report = readHtml({ path: 'flat.html', bytes: new TextEncoder().encode(html) });
    const text = analyseText(page, 'page.txt');
    expect(reportCells(report)).toEqual(reportCells(text));
    expect(report.findings.map((f) => [f.ruleId, f.location.row])).toEqual(text.findings.map((f) => [f.ruleId, f.location.row]));
    expect(report.tables.t3!.cells['new.natural']!.source).toMatchObject({ line: 4 });
    expect(errorsOf(report)).toEqual([]);
  });
});

describe('HTML reader: a mirror page in traditional characters (Big5)', () => {
  it('reads title, agency, year, headings and table labels written in traditional characters', () => {
    const trad = '平潭綜合實驗區2021年政府信息公開工作年度報告';
    const html = `<html><head><meta charset="big5"><title>${trad}</title></head><body><h1>${trad}</h1><p>一、總體情況</p><p>本年度主動公開政府信息。</p><p>四、政府信息公開行政復議、行政訴訟情況</p>
<table><tr><td colspan="5">行政復議</td><td colspan="10">行政訴訟</td></tr><tr><td rowspan="2">結果維持</td><td rowspan="2">結果糾正</td><td rowspan="2">其他結果</td><td rowspan="2">尚未審結</td><td rowspan="2">總計</td><td colspan="5">未經復議直接起訴</td><td colspan="5">復議後起訴</td></tr>
<tr>${'<td>結果維持</td><td>結果糾正</td><td>其他結果</td><td>尚未審結</td><td>總計</td>'.repeat(2)}</tr><tr>${'<td>0</td>'.repeat(15)}</tr></table></body></html>`;
    const bytes = encodeBig5(html);
    const report = readHtml({ path: 'big5.html', bytes });
    expect(report.title).toBe(trad);
    expect(report.agency).toBe('平潭綜合實驗區');
    expect(report.year).toBe(2021);
    expect(report.sections.map((s) => s.heading)).toEqual(['一、總體情況', '四、政府信息公開行政復議、行政訴訟情況']);
    expect(report.tables.t4?.cells['suit_after_review.total']).toMatchObject({ value: 0 });
  });
});

/** Big5 bytes of a text (built from the decoder; every character used here is in Big5). */
function encodeBig5(text: string): Uint8Array {
  const dec = new TextDecoder('big5');
  const map = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b > 0x7e && b < 0xa1) continue;
      const ch = dec.decode(Uint8Array.of(a, b));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [a, b]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else out.push(...(map.get(ch) ?? [0x3f]));
  }
  return Uint8Array.from(out);
}

describe('the title in the page markup', () => {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  it('comes from <title> (a site name after a dash dropped) when the article itself does not print it', () => {
    const r = readHtml({ path: 't.html', bytes: enc('<html><head><title>某市交通运输局2023年政府信息公开工作年度报告 - 某市人民政府门户网站</title></head><body><p>一、总体情况</p><p>本年度……</p></body></html>') });
    expect(r.title).toBe('某市交通运输局2023年政府信息公开工作年度报告');
    expect(r.agency).toBe('某市交通运输局');
    expect(r.year).toBe(2023);
  });
  it("comes from the official-layout page gongkai writes (its title in <title> and in the article's <header>)", () => {
    const page = readFileSync(join(import.meta.dirname, '../fixtures/rules/table-label/valid-official-labels/input.html'));
    const r = readHtml({ path: 'p.html', bytes: new Uint8Array(page) });
    expect([r.agency, r.year]).toEqual(['平潭综合实验区', 2022]);
  });
});
