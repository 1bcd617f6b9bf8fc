/** Narrative against tables (narrative-figure, narrative-percentage), the numeral parser, and report-period. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../src/node/file.js';
import { checkReport } from '../src/check/check.js';
import { parseChineseNumeral, parseNumeral } from '../src/format/numerals.js';
import type { Report } from '../src/model/report.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { join } from 'node:path';
import { CORPUS_DIR, corpusNames } from './support/corpus.js';

describe('numerals', () => {
  it.each([
    ['八', 8], ['十', 10], ['十二', 12], ['二十', 20], ['一百二十三', 123], ['一百零五', 105], ['两千零五', 2005],
    ['三万四千', 34000], ['一万零一', 10001], ['壹佰贰拾叁', 123], ['零', 0], ['二〇二三', 2023],
  ])('Chinese %s = %d', (text, value) => expect(parseChineseNumeral(text)).toBe(value));
  it.each([['1,234', 1234], ['１２', 12], ['1.2万', 12000], ['33.9', 33.9], ['5949.09', 5949.09], ['0', 0]])('%s = %d', (text, value) =>
    expect(parseNumeral(text)).toBe(value),
  );
  it.each(['十百', '', '件', '1,23'])('%s is not a number', (text) => expect(parseNumeral(text)).toBeUndefined());
});

/** A small clean 2023 report: 9 applications from natural persons, 5 granted, 2 in part, 2 not held. */
async function small(s1: string, changes: (r: Report) => void = () => {}): Promise<Report> {
  const r = await readReport('fixtures/rules/report-period/valid-report-year/input.json');
  r.sections[0]!.text = s1;
  changes(r);
  return r;
}

function of(r: Report, ruleId: string): Diagnostic[] {
  return checkReport(r).diagnostics.filter((d) => d.ruleId === ruleId);
}

describe('narrative-figure', () => {
  it('8 applications in the text, 9 in the table: a warning quoting the sentence and naming the cell', async () => {
    const d = of(await small('2023年，我局共收到政府信息公开申请8件，均已按期答复。'), 'narrative-figure');
    expect(d).toHaveLength(1);
    expect(d[0]!.severity).toBe('warning');
    expect(d[0]!.location.cell).toBe('t3.new.total');
    expect(d[0]!.location.section).toBe('s1');
    expect(d[0]!.message).toContain('“2023年，我局共收到政府信息公开申请8件，均已按期答复。”');
    expect(d[0]!.message).toContain('表三“一、本年新收政府信息公开申请数量”总计为 9');
  });

  it('"八件" likewise, and "九件" agrees', async () => {
    const d = of(await small('2023年，我局共收到政府信息公开申请八件。'), 'narrative-figure');
    expect(d.map((x) => x.data?.written)).toEqual(['八件']);
    expect(of(await small('2023年，我局共收到政府信息公开申请九件。'), 'narrative-figure')).toEqual([]);
  });

  it('every mention is checked, not only the first, with thousands separators', async () => {
    const d = of(await small('全年共收到政府信息公开申请9件，其中予以公开4件、部分公开2件。另有统计称收到政府信息公开申请1,234件。'), 'narrative-figure');
    expect(d.map((x) => `${x.location.cell}=${x.data?.written}`).sort()).toEqual(['t3.granted.total=4件', 't3.new.total=1,234件']);
  });

  it('checks "未收到申请" and "未发生行政复议、行政诉讼" against the tables', async () => {
    const r = await small('2023年，我局未收到政府信息公开申请，未发生行政复议、行政诉讼。', (x) => {
      x.tables.t4!.cells['suit_direct.total'] = { kind: 'number', value: 2 };
      x.tables.t4!.cells['suit_direct.upheld'] = { kind: 'number', value: 2 };
    });
    const d = of(r, 'narrative-figure');
    expect(d.map((x) => `${x.messageId}@${x.location.cell}`)).toEqual(['none@t3.new.total', 'none@t4.suit_direct.total']);
  });

  it('converts 元 to 万元 for the fee', async () => {
    const set = (v: number) => (x: Report) => void (x.tables.t2!.cells['fees.fee_amount'] = { kind: 'number', value: v });
    expect(of(await small('全年行政事业性收费12,000元。', set(1.2)), 'narrative-figure')).toEqual([]);
    expect(of(await small('全年行政事业性收费1.2万元。', set(1.2)), 'narrative-figure')).toEqual([]);
    expect(of(await small('全年行政事业性收费12,000元。', set(12)), 'narrative-figure')).toHaveLength(1);
  });

  it('leaves alone approximate figures, other years, other units and other subjects', async () => {
    for (const text of [
      '全年共收到政府信息公开申请约8件。',
      '全年共收到政府信息公开申请8余件。',
      '2022年，我局共收到政府信息公开申请8件。',
      '上年收到政府信息公开申请8件。',
      '主动公开政府信息128条，不予公开67条。',
      '受理群众诉求348件，网络诉求3件。',
      '目前未收到该申请人提交的补正。',
      '没有应公开而不予公开的情况。',
      '全年共办理行政复议案件120件，行政诉讼应诉案件35件。',
    ]) {
      expect(of(await small(text), 'narrative-figure'), text).toEqual([]);
    }
  });

  it('on the corpus, finds exactly the known text/table mismatches, each sentence verbatim in page.txt', async () => {
    const found: string[] = [];
    for (const name of corpusNames()) {
      const page = readFileSync(join(CORPUS_DIR, name, 'page.txt'), 'utf8');
      for (const d of checkReport(await readReport(`fixtures/corpus/${name}.json`)).diagnostics.filter((x) => x.ruleId.startsWith('narrative'))) {
        found.push(`${name} ${d.location.cell} ${d.data?.written} vs ${d.data?.actual}`);
        const quoted = /“([^“”]*)”$/u.exec(d.message)![1]!.replace(/^…|…$/gu, '');
        expect(page.replace(/\s/gu, '')).toContain(quoted.replace(/\s/gu, ''));
      }
    }
    expect(found).toEqual([
      'pingtan-2023 t2.normative_documents.in_force 393件 vs 470',
      'pingtan-office-2022 t2.normative_documents.in_force 424件 vs 89',
      'pingtan-office-2025 t3.new.total 34件 vs 32',
    ]);
  });
});

describe('narrative-percentage', () => {
  it('recomputes "占N%" from the table', async () => {
    expect(of(await small('全年共收到政府信息公开申请9件，予以公开5件，占55.6%；部分公开2件，占22.22%。'), 'narrative-percentage')).toEqual([]);
    const d = of(await small('全年共收到政府信息公开申请9件，予以公开5件，占33.9%。'), 'narrative-percentage');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toContain('55.56%');
  });

  it('the corpus percentages (pingtan-2023, pingtan-police-2024) all agree', async () => {
    for (const name of ['pingtan-2023', 'pingtan-police-2024']) {
      expect(of(await readReport(`fixtures/corpus/${name}.json`), 'narrative-percentage')).toEqual([]);
    }
  });
});

describe('report-period', () => {
  it('a 2023 report that opens with 2022 and dates its period 2022 gets warnings quoting the places', async () => {
    const r = await small('2022年，我局认真落实《条例》要求。');
    r.period = { text: '本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止', from: '2022-01-01', to: '2022-12-31' };
    const d = of(r, 'report-period');
    expect(d.map((x) => x.messageId)).toEqual(['periodYear', 'openingYear']);
    expect(d[1]!.message).toContain('“2022年，我局认真落实《条例》要求”');
  });

  it('a figure sentence that starts with last year ("2022年全区收到…") is reported', async () => {
    const d = of(await small('2023年，我局扎实推进政务公开。2022年全区收到政府信息公开申请9件。'), 'report-period');
    expect(d.map((x) => `${x.messageId} ${x.data?.written}`)).toEqual(['workYear 2022']);
    expect(d[0]!.message).toContain('“2022年全区收到政府信息公开申请9件”');
  });

  it('dates and plans for the next year are fine; on the corpus only the real slip is found', async () => {
    expect(of(await small('2023年，我局于2022年12月底部署工作。2024年，我局将继续推进。'), 'report-period')).toEqual([]);
    const found: string[] = [];
    for (const name of corpusNames()) {
      for (const d of of(await readReport(`fixtures/corpus/${name}.json`), 'report-period')) found.push(`${name} ${d.messageId} ${d.data?.written}`);
    }
    // pingtan-finance-2021 (published 2022-01-13): "（二）改进措施。2021年，我局将坚持…" — the plan names the reporting year.
    expect(found).toEqual(['pingtan-finance-2021 planYear 2021']);
    expect(readFileSync(join(CORPUS_DIR, 'pingtan-finance-2021/page.txt'), 'utf8')).toContain('改进措施。2021年，我局将坚持');
  });
});
