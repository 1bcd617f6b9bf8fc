/**
 * The text reader on the shapes plain-text reports come in, and the digit re-splitting it relies on:
 * cells one per line, separated by spaces, tabs or "|", or run together; ambiguous and impossible
 * runs are reported (extraction) and left unread, never guessed; a long run cannot hang the reader.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../src/readers/html.js';
import { readDocx } from '../src/readers/docx.js';
import { zipStored } from './support/publish.js';
import { checkReport } from '../src/check/check.js';
import { analyseText, readText } from '../src/readers/text.js';
import { splitTokens, valueRun } from '../src/readers/split.js';
import type { Report } from '../src/model/report.js';
import { runCli } from './support/cli.js';
import { join } from 'node:path';
import { CORPUS_DIR } from './support/corpus.js';

const HEAD = '某局2022年政府信息公开工作年度报告\n本报告所列数据统计期限为2022年1月1日至2022年12月31日。\n';
const T3_HEAD = '三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他\n';
const T3_ROWS = [
  ['一、本年新收政府信息公开申请数量', [71, 3, 0, 0, 0, 0, 74]],
  ['二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1]],
  ['三、本年度办理结果（一）予以公开', [21, 0, 0, 0, 0, 0, 21]],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [8, 1, 0, 0, 0, 0, 9]],
  ['（三）不予公开1.属于国家秘密', [0, 0, 0, 0, 0, 0, 0]],
  ['2.其他法律行政法规禁止公开', [0, 0, 0, 0, 0, 0, 0]],
  ['3.危及“三安全一稳定”', [0, 0, 0, 0, 0, 0, 0]],
  ['4.保护第三方合法权益', [0, 0, 0, 0, 0, 0, 0]],
  ['5.属于三类内部事务信息', [1, 0, 0, 0, 0, 0, 1]],
  ['6.属于四类过程性信息', [2, 0, 0, 0, 0, 0, 2]],
  ['7.属于行政执法案卷', [1, 0, 0, 0, 0, 0, 1]],
  ['8.属于行政查询事项', [0, 0, 0, 0, 0, 0, 0]],
  ['（四）无法提供1.本机关不掌握相关政府信息', [37, 0, 0, 0, 0, 0, 37]],
  ['2.没有现成信息需要另行制作', [0, 0, 0, 0, 0, 0, 0]],
  ['3.补正后申请内容仍不明确', [0, 0, 0, 0, 0, 0, 0]],
  ['（五）不予处理1.信访举报投诉类申请', [0, 0, 0, 0, 0, 0, 0]],
  ['2.重复申请', [0, 0, 0, 0, 0, 0, 0]],
  ['3.要求提供公开出版物', [0, 0, 0, 0, 0, 0, 0]],
  ['4.无正当理由大量反复申请', [0, 0, 0, 0, 0, 0, 0]],
  ['5.要求行政机关确认或重新出具已获取信息', [0, 0, 0, 0, 0, 0, 0]],
  ['（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [2, 0, 0, 0, 0, 0, 2]],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [0, 0, 0, 0, 0, 0, 0]],
  ['3.其他', [0, 2, 0, 0, 0, 0, 2]],
  ['（七）总计', [72, 3, 0, 0, 0, 0, 75]],
  ['四、结转下年度继续办理', [0, 0, 0, 0, 0, 0, 0]],
] as const;
const T4 = '四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n';

function doc(sep: string, t4values: string): string {
  const rows = T3_ROWS.map(([label, values]) => `${label}${sep === '' ? '' : sep}${values.join(sep)}`).join(sep === '\n' ? '\n' : '');
  return `${HEAD}${T3_HEAD}${rows}\n${T4}${t4values}\n五、存在的主要问题及改进情况\n无。\n`;
}

function t3(report: Report, row: string): (number | string | undefined)[] {
  const cols = ['natural', 'commercial', 'research', 'nonprofit', 'legal_services', 'other', 'total'];
  return cols.map((c) => {
    const cell = report.tables.t3?.cells[`${row}.${c}`];
    return cell?.kind === 'number' ? cell.value : cell?.kind;
  });
}

function t2row(report: Report, row: string): (number | string | undefined)[] {
  return ['issued', 'repealed', 'in_force'].map((c) => {
    const cell = report.tables.t2?.cells[`${row}.${c}`];
    return cell?.kind === 'number' ? cell.value : cell?.kind;
  });
}

describe('text reader: shapes', () => {
  for (const [name, sep] of [['one cell per line', '\n'], ['spaces', ' '], ['tabs', '\t'], ['bars', ' | '], ['run together', '']] as const) {
    it(`reads table 三 with cells ${name}`, () => {
      const report = analyseText(doc(sep, '0 1 1 0 2 1 0 0 0 1 0 0 0 0 0'), 'x.txt');
      expect(t3(report, 'new')).toEqual([71, 3, 0, 0, 0, 0, 74]);
      expect(t3(report, 'partly_granted')).toEqual([8, 1, 0, 0, 0, 0, 9]);
      expect(t3(report, 'unable_not_held')).toEqual([37, 0, 0, 0, 0, 0, 37]);
      expect(t3(report, 'other_other')).toEqual([0, 2, 0, 0, 0, 0, 2]);
      expect(t3(report, 'total')).toEqual([72, 3, 0, 0, 0, 0, 75]);
      expect(report.tables.t4?.cells['review.total']).toMatchObject({ value: 2 });
      expect(report.tables.t4?.cells['suit_direct.upheld']).toMatchObject({ value: 1 });
      expect(report.findings.filter((f) => f.ruleId !== 'extract-resolved')).toEqual([]);
      const errors = checkReport(report).diagnostics.filter((d) => d.severity === 'error' && d.location.table === 't3');
      expect(errors).toEqual([]);
    });
  }

  it('finds title, year, period and the headings glued to the text around them', () => {
    const report = analyseText(`${HEAD.replace('\n', ' ')}一、总体情况2022年，本局……二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 ${T3_ROWS.map(([l, v]) => l + v.join('')).join('')}四、政府信息公开行政复议、行政诉讼情况五、存在的主要问题及改进情况无。六、其他需要报告的事项2022年，无收取信息处理费情况。`, 'x.txt');
    expect(report.agency).toBe('某局');
    expect(report.year).toBe(2022);
    expect(report.period?.from).toBe('2022-01-01');
    expect(report.sections.map((s) => s.heading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(report.sections[5]!.text).toBe('2022年，无收取信息处理费情况。');
    // Table rows are not headings ("四、结转下年度继续办理", "三、本年度办理结果").
    expect(report.sections[2]!.text).not.toContain('本年新收');
  });

  it('locates cells by line:column', () => {
    const report = analyseText(doc('\n', '0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0'), 'x.txt');
    const src = report.tables.t3!.cells['new.natural']!.source!;
    const lines = doc('\n', '').split('\n');
    expect(lines[src.line! - 1]).toBe('71');
    expect(src.column).toBe(1);
  });

  it('reports a wrong 总计 of a row whose cells are separated as the agency’s error (not a reading problem)', () => {
    const text = doc(' ', '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0').replace('71 3 0 0 0 0 74', '71 3 0 0 0 0 75');
    const result = checkReport(analyseText(text, 'x.txt'));
    expect(result.diagnostics.some((d) => d.ruleId === 'table3-row-total' && d.severity === 'error' && d.location.cell === 't3.new.total')).toBe(true);
  });
});

describe('text reader: run-together digits', () => {
  it('leaves an ambiguous table-二 row unread and lists every split', () => {
    const text = `${HEAD}二、主动公开政府信息情况\n第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数\n规章000\n行政规范性文件1129\n三、收到和处理政府信息公开申请情况\n`;
    const report = analyseText(text, 'x.txt');
    expect(report.tables.t2?.cells['regulations.in_force']).toMatchObject({ value: 0 });
    expect(report.tables.t2?.cells['normative_documents.issued']).toBeUndefined();
    const f = report.findings.find((x) => x.ruleId === 'extract-ambiguous')!;
    expect(f.location).toMatchObject({ table: 't2', row: 'normative_documents' });
    expect(f.data).toMatchObject({ raw: '1129', count: 3, candidates: '1|1|29; 1|12|9; 11|2|9' });
    expect(f.physical).toEqual({ line: 6, column: 8 });
    // Not reported again as the agency's missing cell.
    const ds = checkReport(report).diagnostics;
    expect(ds.filter((d) => d.ruleId === 'cell-missing' && d.location.row === 'normative_documents')).toEqual([]);
    expect(ds.find((d) => d.ruleId === 'extract-ambiguous')?.severity).toBe('warning');
    expect(ds.find((d) => d.ruleId === 'extract-ambiguous')?.category).toBe('extraction');
  });

  it('uses the column sums of table 三 to pick the one split that fits, and says so', () => {
    // "270020130": 27|0|0|2|0|1|30 or 2|7|0|0|20|1|30 — both add up in their row; only one fits the columns.
    const rows = T3_ROWS.map(([l, v]) => [l, [...v]] as [string, number[]]);
    const set = (label: string, v: number[]): void => void (rows.find(([l]) => l === label)![1] = v);
    set('一、本年新收政府信息公开申请数量', [27, 0, 0, 2, 0, 1, 30]);
    set('二、上年结转政府信息公开申请数量', [0, 0, 0, 0, 0, 0, 0]);
    set('三、本年度办理结果（一）予以公开', [27, 0, 0, 2, 0, 1, 30]);
    set('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [0, 0, 0, 0, 0, 0, 0]);
    for (const l of ['5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '（四）无法提供1.本机关不掌握相关政府信息', '（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '3.其他']) set(l, [0, 0, 0, 0, 0, 0, 0]);
    set('（七）总计', [27, 0, 0, 2, 0, 1, 30]);
    const text = `${HEAD}${T3_HEAD}${rows.map(([l, v]) => (l.startsWith('三、本年度') ? `${l}${v.join('')}` : `${l} ${v.join(' ')}`)).join('\n')}\n`;
    const report = analyseText(text, 'x.txt');
    expect(t3(report, 'granted')).toEqual([27, 0, 0, 2, 0, 1, 30]);
    const f = report.findings.find((x) => x.ruleId === 'extract-resolved');
    expect(f?.data).toMatchObject({ raw: '270020130', chosen: '27|0|0|2|0|1|30' });
    expect(checkReport(report).diagnostics.find((d) => d.ruleId === 'extract-resolved')?.severity).toBe('info');
  });

  it('reports run-together digits that no split adds up, and does not report the row as missing', () => {
    const text = doc('', '000000000000000').replace('713000074', '713000075');
    const report = analyseText(text, 'x.txt');
    const f = report.findings.find((x) => x.ruleId === 'extract-failed')!;
    expect(f).toMatchObject({ messageId: 'noSplit', location: { table: 't3', row: 'new' } });
    expect(report.tables.t3?.cells['new.natural']).toBeUndefined();
    const ds = checkReport(report).diagnostics;
    expect(ds.filter((d) => d.ruleId === 'cell-missing')).toEqual([]);
    expect(ds.filter((d) => d.severity === 'error' && d.location.row === 'new')).toEqual([]);
  });

  it('splits table 四 by its groups of five (R4) and reports a run with several fitting splits', () => {
    const ok = analyseText(doc(' ', '10203120001200000'), 'x.txt');
    expect(ok.tables.t4?.cells['review.total']).toMatchObject({ value: 3 });
    expect(ok.tables.t4?.cells['suit_direct.total']).toMatchObject({ value: 12 });
    const amb = analyseText(doc(' ', '110211020000000'.replace(/^/, '1')), 'x.txt');
    const f = amb.findings.find((x) => x.ruleId === 'extract-ambiguous' || x.ruleId === 'extract-failed');
    expect(f?.location.table).toBe('t4');
    expect(amb.tables.t4?.cells['review.total']).toBeUndefined();
  });

  it('never hangs on a very long run of digits', () => {
    const t0 = Date.now();
    const report = analyseText(doc(' ', '1'.repeat(5000)), 'x.txt');
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(report.findings.some((f) => f.location.table === 't4')).toBe(true);
  });

  it('splitTokens: no leading zeros, a sign only in signed columns, a point only in amounts', () => {
    const run = (s: string) => valueRun(s, 0).tokens;
    expect(splitTokens(run('2648-18538'), ['count', 'signed', 'count'], {}).kind).toBe('ambiguous');
    expect(splitTokens(run('2648-18538'), ['count', 'count', 'count'], {}).kind).toBe('none');
    expect(splitTokens(run('007'), ['count', 'count', 'count'], {})).toMatchObject({ kind: 'ok', pieces: [{ raw: '0' }, { raw: '0' }, { raw: '7' }] });
    expect(splitTokens(run('9116.36'), ['amount'], {})).toMatchObject({ kind: 'ok', pieces: [{ value: 9116.36 }] });
    expect(splitTokens(run('1 2 3 4'), ['count', 'count', 'count'], {}).kind).toBe('none');
    expect(valueRun('0000000（六）其他处理', 0).tokens.map((t) => t.text)).toEqual(['0000000']);
  });
});

describe('text reader: files and CLI', () => {
  it('reads GB18030 text and refuses nothing silently', () => {
    const gbk = new Uint8Array([0xc4, 0xb3, 0xbe, 0xd6, 0x32, 0x30, 0x32, 0x32, 0xc4, 0xea]); // 某局2022年
    const report = readText({ path: 'g.txt', bytes: gbk });
    expect(report.reader).toBe('text');
    expect(report.sections).toEqual([]);
  });

  it('gongkai check on a corpus page.txt, a site page and a .docx: exit 1 on the real error, located', async () => {
    const txt = await runCli(['check', join(CORPUS_DIR, 'pingtan-2020/page.txt'), '--format', 'json']);
    const html = await runCli(['check', 'fixtures/readers/html/pingtan-2020.html', '--format', 'json']);
    const docx = await runCli(['check', 'fixtures/readers/docx/pingtan-2020.docx', '--format', 'json']);
    for (const [r, reader] of [[txt, 'text'], [html, 'html'], [docx, 'docx']] as const) {
      expect(r.code).toBe(1);
      const file = JSON.parse(r.stdout).files[0];
      expect(file.reader).toBe(reader);
      const errors = file.diagnostics.filter((d: { severity: string }) => d.severity === 'error');
      expect(errors.map((d: { ruleId: string; location: { cell: string } }) => `${d.ruleId}@${d.location.cell}`).sort()).toEqual([
        'table3-results-total@t3.total.natural',
        'table3-results-total@t3.total.total',
      ]);
      const where = errors[0].physical;
      if (reader === 'text') expect(where).toMatchObject({ line: 10 });
      else expect(where).toMatchObject({ table: expect.any(Number), row: expect.any(Number), col: expect.any(Number) });
    }
    const clean = await runCli(['check', 'fixtures/readers/html/pingtan-2022.html']);
    expect(clean.code).toBe(0);
  });
});

describe('text reader: a missing section 四 heading', () => {
  it('still finds table 四 after table 三 (section-missing names the heading)', () => {
    const text = doc(' ', '0 1 1 0 2 1 0 0 0 1 0 0 0 0 0').replace('四、政府信息公开行政复议、行政诉讼情况\n', '');
    const report = analyseText(text, 'x.txt');
    expect(report.tables.t4?.cells['review.total']).toMatchObject({ value: 2 });
    expect(t3(report, 'carried_forward')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(checkReport(report).diagnostics.some((d) => d.ruleId === 'section-missing' && d.location.section === 's4')).toBe(true);
  });
});

describe('text, HTML and DOCX readers: never a stack trace for odd input', () => {
  const pieces = ['一、总体情况', '三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '一、本年新收政府信息公开申请数量', '（七）总计', '四、结转下年度继续办理', '四、政府信息公开行政复议、行政诉讼情况', '总计', '第二十条第（一）项', '规章', '行政规范性文件', '2.', '（', '）', '“', '<td rowspan=0>', '</table>', '<table>', '0', '7', '12', '-', '.', '元', ' ', '\n', '\t', '|'];
  const arb = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 120 }).map((a) => a.join(''));

  it('stays fast on large hostile input (many headings, huge spans)', () => {
    const t0 = Date.now();
    const many = '一、总体情况二、主动公开政府信息情况三、收到和处理政府信息公开申请情况1234567'.repeat(20_000);
    const report = readText({ path: 'big.txt', bytes: new TextEncoder().encode(many) });
    expect(report.sections.length).toBeGreaterThan(0);
    const wide = `<table>${'<tr>' + '<td colspan="1000" rowspan="1000">1</td>'.repeat(200) + '</tr>'}${'<tr><td>0</td></tr>'.repeat(2000)}</table>`;
    // Its spans would fill 512,000 positions: refused quickly, with a reason (issue #14; src/readers/limits.ts).
    expect(() => readHtml({ path: 'wide.html', bytes: new TextEncoder().encode(wide) })).toThrow(/merged cells/);
    expect(Date.now() - t0).toBeLessThan(60_000); // quadratic work would take many minutes; the bound allows for a loaded machine
  });

  it('reads arbitrary mixes of labels, digits and markup without throwing', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const bytes = new TextEncoder().encode(s);
        const text = readText({ path: 'f.txt', bytes });
        const html = readHtml({ path: 'f.html', bytes });
        const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${s}</w:t></w:r></w:p>${s}</w:body></w:document>`;
        const docx = readDocx({ path: 'f.docx', bytes: zipStored([{ name: 'word/document.xml', data: new TextEncoder().encode(xml) }]) });
        for (const r of [text, html, docx]) checkReport(r);
      }),
      { numRuns: 150 },
    );
  });
});

describe('text reader: prose right after a table', () => {
  it('does not take "2022年" after the last row as a cell', () => {
    const text = `${HEAD}二、主动公开政府信息情况\n第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n行政规范性文件 3 0 3\n第二十条第（五）项 信息内容 本年处理决定数量\n行政许可 5\n第二十条第（六）项 信息内容 本年处理决定数量\n行政处罚 0\n行政强制 0\n第二十条第（八）项 信息内容 本年收费金额（单位：万元）\n行政事业性收费 0 2022年，本机关未收取行政事业性收费。\n${T4}1 0 0 0 1 0 0 0 0 0 0 0 0 0 0 2022年，未发生复议。\n`;
    const report = analyseText(text, 'x.txt');
    expect(report.tables.t2?.cells['fees.fee_amount']).toMatchObject({ kind: 'number', value: 0 });
    expect(report.tables.t4?.cells['review.total']).toMatchObject({ value: 1 });
    expect(report.findings).toEqual([]);
  });
});

describe('text reader: tables copied from a page (tabs, Markdown) with blank cells', () => {
  it('reads an empty field between two tabs or bars as a blank cell, not a missing one', () => {
    const rows = T3_ROWS.map(([l, v]) => `${l}\t${v.join('\t')}`).join('\n').replace('一、本年新收政府信息公开申请数量\t71\t3\t0', '一、本年新收政府信息公开申请数量\t71\t3\t');
    const report = analyseText(`${HEAD}${T3_HEAD}${rows}\n`, 'x.txt');
    expect(t3(report, 'new')).toEqual([71, 3, 'blank', 0, 0, 0, 74]);
    const md = `${HEAD}二、主动公开政府信息情况\n| 第二十条第（一）项 | | | |\n|---|---|---|---|\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 0 |  | 0 |\n| 行政规范性文件 | 3 | 0 | 3 |\n三、收到和处理政府信息公开申请情况\n`;
    const r2 = analyseText(md, 'x.md.txt');
    expect(r2.tables.t2?.cells['regulations.repealed']?.kind).toBe('blank');
    expect(r2.tables.t2?.cells['normative_documents.in_force']).toMatchObject({ value: 3 });
    const ds = checkReport(r2).diagnostics;
    expect(ds.find((d) => d.ruleId === 'cell-blank' && d.location.cell === 't2.regulations.repealed')?.severity).toBe('warning');
    expect(ds.filter((d) => d.location.table === 't2' && d.severity === 'error' && d.location.row !== 'licensing' && d.location.row !== 'penalty' && d.location.row !== 'enforcement' && d.location.row !== 'fees')).toEqual([]);
  });
});

describe('text reader: one cell per line or field', () => {
  it('never cuts a value in two to make up for a lost cell', () => {
    const text = `${HEAD}二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n12\n0\n行政规范性文件\n3\n0\n3\n三、收到和处理政府信息公开申请情况\n`;
    const report = analyseText(text, 'x.txt');
    expect(report.tables.t2?.cells['regulations.issued']).toBeUndefined();
    expect(report.findings.find((f) => f.location.row === 'regulations')).toMatchObject({ ruleId: 'extract-failed', messageId: 'tooFew', data: { found: 2, cells: 3 } });
    expect(report.tables.t2?.cells['normative_documents.in_force']).toMatchObject({ value: 3 });
  });

  it('reads an empty line among values one per line as a blank cell in its place (#17 item 3)', () => {
    const text = `${HEAD}二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n12\n\n0\n行政规范性文件\n3\n0\n3\n三、收到和处理政府信息公开申请情况\n`;
    const report = analyseText(text, 'x.txt');
    expect(report.findings).toEqual([]);
    expect(report.tables.t2?.cells['regulations.issued']).toMatchObject({ kind: 'number', value: 12 });
    // The blank is at its empty line (line 11 of the text), not made up by cutting 12 in two.
    expect(report.tables.t2?.cells['regulations.repealed']).toEqual({ kind: 'blank', source: { line: 11, column: 1 } });
    expect(report.tables.t2?.cells['regulations.in_force']).toMatchObject({ kind: 'number', value: 0 });
  });

  it('with an empty line between cells, a blank cell is a further empty line; without it, a row short of values stays unread', () => {
    const row = (values: string): string => `${HEAD}二、主动公开政府信息情况\n\n第二十条第（一）项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n规章\n\n${values}\n\n行政规范性文件\n\n3\n\n0\n\n3\n\n三、收到和处理政府信息公开申请情况\n`;
    const spaced = analyseText(row('12\n\n\n\n0'), 'x.txt');
    expect(spaced.findings).toEqual([]);
    expect(t2row(spaced, 'regulations')).toEqual([12, 'blank', 0]);
    // An empty line between the cells is no blank there: a value lost without one is not guessed.
    const lost = analyseText(row('12\n\n0'), 'x.txt');
    expect(t2row(lost, 'regulations')).toEqual([undefined, undefined, undefined]);
    expect(lost.findings[0]).toMatchObject({ ruleId: 'extract-failed', messageId: 'tooFew' });
  });
});

describe('text reader: table 二 values separated by spaces', () => {
  it('are not cut further when there are too few of them', () => {
    const text = `${HEAD}二、主动公开政府信息情况\n第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 12 0\n行政规范性文件 3 0 3\n三、收到和处理政府信息公开申请情况\n`;
    const report = analyseText(text, 'x.txt');
    expect(report.tables.t2?.cells['regulations.issued']).toBeUndefined();
    expect(report.findings.find((f) => f.location.row === 'regulations')).toMatchObject({ ruleId: 'extract-failed', messageId: 'tooFew' });
  });
});

describe('a page in traditional characters (a site’s 繁體 button)', () => {
  it('its title gives the agency as written and the year, and the report reads as the simplified one', async () => {
    const { metaFromTitle, isTitleLine } = await import('../src/model/meta.js');
    const { toSimplified } = await import('../src/format/labels.js');
    const title = '平潭綜合實驗區2021年度政府信息公開工作年度報告';
    expect(toSimplified(title)).toHaveLength(title.length);
    expect(metaFromTitle(title)).toEqual({ agency: '平潭綜合實驗區', year: 2021 });
    expect(isTitleLine(title)).toBe(true);
    const { readFileSync } = await import('node:fs');
    const page = readFileSync(join(CORPUS_DIR, 'pingtan-2021/page.txt'), 'utf8');
    const simplified = readText({ path: 'p.txt', bytes: new TextEncoder().encode(page) });
    const traditional = readText({ path: 'p.txt', bytes: new TextEncoder().encode(page.replace('平潭综合实验区2021年度政府信息公开工作年度报告', title)) });
    expect(simplified.year).toBe(2021);
    expect(traditional.year).toBe(2021);
    expect(traditional.agency).toBe('平潭綜合實驗區');
    expect(traditional.tables).toEqual(simplified.tables);
  });
});
