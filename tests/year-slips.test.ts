/**
 * Year slips anywhere (issue #17 item 6, rule report-period; src/analysis/narrative-years.ts): a
 * sentence in any section that presents the year after the reporting year as done, or the year before
 * as the reporting year's. Precision first: the real corpus gives no finding but its one real slip, and
 * the near misses planted next to the slips (plans, documents cited by name, comparisons, carried-over
 * applications, dates, ranges, next year's budget) give none; every planted slip is found at its
 * sentence, in its section, with its place in the file.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../src/check/check.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import type { Report } from '../src/model/report.js';
import { readReport } from '../src/node/file.js';
import { buildFlattened, buildYearSlips, FLATTENED, writeFlattened, writeYearSlips, YEAR_SLIPS, type YearSlipCase } from '../scripts/make-year-slips.js';
import { CORPUS_DIR, corpusNames } from './support/corpus.js';
import { updatingFixtures } from './support/fixtures.js';

const ROOT = join(import.meta.dirname, '..');

function slipsOf(r: Report): Diagnostic[] {
  return checkReport(r).diagnostics.filter((d) => d.ruleId === 'report-period');
}

/** The quoted sentence of a finding, without the … of a shortened quote. */
function quoted(d: Diagnostic): string {
  expect(d.message).toContain(`“${String(d.data?.quote)}”`);
  return String(d.data?.quote).replace(/^…|…$/gu, '');
}

describe('fixtures/year-slips are what scripts/make-year-slips.ts builds', () => {
  it('file for file (UPDATE_FIXTURES=1 regenerates)', () => {
    const built = updatingFixtures() ? writeYearSlips() : buildYearSlips();
    expect(built.map((c) => c.name)).toEqual(corpusNames());
    for (const c of built) {
      expect(readFileSync(join(YEAR_SLIPS, c.name, 'input.json'), 'utf8'), c.name).toBe(`${JSON.stringify(c.input, null, 2)}\n`);
      expect(readFileSync(join(YEAR_SLIPS, c.name, 'truth.json'), 'utf8'), c.name).toBe(`${JSON.stringify(c.truth, null, 2)}\n`);
    }
  });
  it('flattened/: file for file', () => {
    const built = updatingFixtures() ? writeFlattened() : buildFlattened();
    expect(built.length).toBe(2);
    for (const c of built) {
      expect(readFileSync(join(FLATTENED, c.name, 'input.txt'), 'utf8'), c.name).toBe(c.text);
      expect(readFileSync(join(FLATTENED, c.name, 'truth.json'), 'utf8'), c.name).toBe(`${JSON.stringify(c.truth, null, 2)}\n`);
    }
  });
});

describe('planted slips are found at their sentence; near misses give nothing', () => {
  const cases: YearSlipCase[] = buildYearSlips();
  it('every kind of slip is planted', () => {
    const kinds = new Set(cases.flatMap((c) => c.truth.slips.map((s) => s.messageId)));
    expect([...kinds].sort()).toEqual(['doneYear', 'figureYear', 'periodText', 'planYear', 'presentYear', 'reportText', 'workYear']);
  });
  for (const c of cases) {
    it(`${c.name}: ${c.truth.slips.map((s) => s.messageId).join(', ')}`, async () => {
      const input = join(YEAR_SLIPS, c.name, 'input.json');
      const found = slipsOf(await readReport(input));
      // What the report has without the planted sentences (pingtan-finance-2021's plan dated 2021).
      const before = slipsOf(await readReport(`fixtures/corpus/${c.truth.base}.json`)).map((d) => `${d.messageId} ${d.location.section} ${quoted(d)}`);
      const planted = c.truth.slips.map((s) => {
        const d = found.find((x) => x.messageId === s.messageId && s.sentence.includes(quoted(x)));
        expect(d, `${s.messageId}: ${s.sentence}`).toBeDefined();
        expect(d!.location.section).toBe(s.section);
        expect(d!.data?.written).toBe(s.written);
        // Its place in the file: the text of its section.
        const index = c.input.sections.findIndex((x) => x.text.includes(s.sentence));
        expect(d!.physical?.pointer).toBe(`/sections/${index}`);
        return `${d!.messageId} ${d!.location.section} ${quoted(d!)}`;
      });
      for (const m of c.truth.nearMisses) expect(found.filter((d) => m.sentence.includes(quoted(d))), m.sentence).toEqual([]);
      expect(found.map((d) => `${d.messageId} ${d.location.section} ${quoted(d)}`).sort()).toEqual([...planted, ...before].sort());
    });
  }
});

describe('flattened text: last year left right after a sub-heading of section 二 (issue #17 item 6)', () => {
  const cases = buildFlattened();
  /** A finding as `messageId section written quote`. */
  const key = (d: Pick<Diagnostic, 'messageId' | 'location' | 'data'>) => `${d.messageId} ${d.location.section} ${d.data?.written} ${String(d.data?.quote).replace(/^…|…$/gu, '')}`;
  for (const c of cases) {
    it(`${c.name}: in process, each slip at its sentence, nothing else but what the page as published gives`, async () => {
      const found = slipsOf(await readReport(join(FLATTENED, c.name, 'input.txt')));
      const before = slipsOf(await readReport(join(CORPUS_DIR, c.truth.base, 'page.txt'))).map(key);
      const planted = c.truth.slips.map((s) => {
        const d = found.find((x) => x.messageId === s.messageId && s.sentence.includes(quoted(x)));
        expect(d, `${s.messageId}: ${s.sentence}`).toBeDefined();
        expect(d!.location.section).toBe(s.section);
        expect(d!.data?.written).toBe(s.written);
        // The quote starts at the sub-heading: the sentence as the flattened text has it.
        expect(quoted(d!).startsWith(s.sentence.slice(0, 12)), quoted(d!)).toBe(true);
        return key(d!);
      });
      for (const m of c.truth.nearMisses) expect(found.filter((d) => m.sentence.includes(quoted(d))), m.sentence).toEqual([]);
      expect(found.map(key).sort()).toEqual([...planted, ...before].sort());
    });
    it(`${c.name}: through the built CLI (check -f json), zh and en`, () => {
      for (const lang of ['zh', 'en']) {
        const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', join(FLATTENED, c.name, 'input.txt'), '-f', 'json', '--lang', lang], { cwd: ROOT, encoding: 'utf8' });
        expect(r.stderr).toBe('');
        // Warnings only: exit 0.
        expect(r.status).toBe(0);
        const file = (JSON.parse(r.stdout) as { files: { diagnostics: Diagnostic[] }[] }).files[0]!;
        const got = file.diagnostics.filter((d) => d.ruleId === 'report-period');
        expect(got.map((d) => `${d.messageId} ${d.location.section} ${d.data?.written}`).sort()).toEqual(
          c.truth.slips.map((s) => `${s.messageId} ${s.section} ${s.written}`).sort(),
        );
        for (const s of c.truth.slips) {
          const d = got.find((x) => x.messageId === s.messageId)!;
          expect(s.sentence).toContain(String(d.data?.quote).replace(/^…|…$/gu, ''));
          expect(d.message).toContain(lang === 'zh' ? `报告年度是 ${c.truth.year} 年` : `the reporting year is ${c.truth.year}`);
          // Its place in the file: the line of section 二's text.
          expect(d.physical?.line, d.message).toBeGreaterThan(0);
        }
      }
    });
  }
});

describe('pingtan-finance-2023 as published, checked as the report for 2024: section 二\'s sub-headed paragraphs are found in every format', () => {
  // Each format's reader glues (一)/(二) to their paragraphs as the page does; the PDF is LibreOffice's print of the page.
  const inputs = [
    join(CORPUS_DIR, 'pingtan-finance-2023', 'page.txt'),
    'fixtures/readers/html/pingtan-finance-2023.html',
    'fixtures/readers/docx/pingtan-finance-2023.docx',
    'fixtures/readers/pdf/libreoffice-pingtan-finance-2023/input.pdf',
  ];
  for (const input of inputs) {
    it(input, async () => {
      const r = await readReport(input);
      expect(r.year).toBe(2023);
      r.year = 2024;
      delete r.period;
      const s2 = slipsOf(r)
        .filter((d) => d.location.section === 's2')
        .map((d) => `${d.messageId} ${d.data?.written} ${quoted(d).slice(0, 20)}`);
      expect(s2).toEqual(['figureYear 2023 (一)主动公开政府信息的数量2023年制', 'workYear 2023 (二)主动公开政府信息的主要类别2023']);
    });
  }
});

describe('the real corpus gives no false finding', () => {
  it('as normalized JSON and as published text (page.txt): only the real slip of pingtan-finance-2021', async () => {
    const found: string[] = [];
    for (const name of corpusNames()) {
      for (const input of [`fixtures/corpus/${name}.json`, join(CORPUS_DIR, name, 'page.txt')]) {
        for (const d of slipsOf(await readReport(input))) found.push(`${name} ${d.messageId} ${d.data?.written}`);
      }
    }
    // "（二）改进措施。2021年，我局将坚持…" in the report for 2021: the plan names the reporting year.
    expect(found).toEqual(['pingtan-finance-2021 planYear 2021', 'pingtan-finance-2021 planYear 2021']);
  });

  it('last year\'s report sent again as this year\'s: every corpus report gives findings, each on a sentence of its text', async () => {
    for (const name of corpusNames()) {
      const r = await readReport(`fixtures/corpus/${name}.json`);
      const last = r.year!;
      r.year = last + 1;
      delete r.period;
      const found = slipsOf(r);
      expect(found.length, name).toBeGreaterThan(0);
      for (const d of found) {
        // Last year's work, or last year's plan (for the year now reported, or pingtan-finance-2021's own slip).
        if (d.messageId === 'planYear') expect([last, last + 1], d.message).toContain(d.data?.written);
        else expect(d.data?.written, d.message).toBe(last);
        expect(r.sections.find((s) => s.heading.startsWith('一二三四五六'[Number(d.location.section!.slice(1)) - 1]!))!.text).toContain(quoted(d));
      }
    }
  });
});

describe('what is a slip and what is not (a 2022 report)', () => {
  /** The report-period findings of section `id` of a 2022 report holding `text`, as `messageId year`. */
  async function slips(text: string, id = 's1'): Promise<string[]> {
    const r = await readReport('fixtures/rules/report-period/valid-report-year/input.json');
    r.year = 2022;
    delete r.period;
    for (const s of r.sections) s.text = '';
    r.sections[Number(id.slice(1)) - 1]!.text = text;
    return slipsOf(r).map((d) => `${d.messageId} ${d.data?.written}`);
  }

  it.each([
    ['编制完成2023年度政府信息公开工作年度报告，并在门户网站公开。', 's1', 'doneYear 2023'],
    ['我局已完成2023年度部门决算公开。', 's2', 'doneYear 2023'],
    ['2023年，我局共收到政府信息公开申请10件。', 's1', 'openingYear 2023'],
    ['全年工作有序开展。2023年，我局共收到政府信息公开申请10件。', 's1', 'workYear 2023'],
    ['2023年，我局共收到政府信息公开申请10件。', 's3', 'workYear 2023'],
    ['2021年，我局主动公开政府信息300条。', 's2', 'workYear 2021'],
    ['2021年度我局因政府信息公开被申请行政复议2件。', 's4', 'workYear 2021'],
    ['2021年全年共收到申请10件。', 's3', 'workYear 2021'],
    ['2021年，全区收到申请70件，同比增长10%。', 's3', 'workYear 2021'],
    ['我局2021年共收到政府信息公开申请10件，均按时答复。', 's1', 'figureYear 2021'],
    ['2021年1月1日至12月31日，全区共收到政府信息公开申请10件。', 's3', 'periodText 2021'],
    ['本年度（2021年1月1日至12月31日）共收到申请10件。', 's3', 'periodText 2021'],
    ['现将2021年度政府信息公开工作情况报告如下。', 's1', 'reportText 2021'],
    ['2021年度政府信息公开工作情况如下：', 's1', 'reportText 2021'],
    ['2022年，我局将继续推进政务公开。', 's5', 'planYear 2022'],
    // A sub-heading glued to its paragraph (flattened text).
    ['(二)主动公开政府信息的主要类别2021年，在主动公开的61条政府信息中，全文电子化的主动公开信息数共61条。', 's2', 'workYear 2021'],
    ['（二）主动公开政府信息的主要类别 2021年，在主动公开的61条政府信息中，政策文件12条。', 's2', 'workYear 2021'],
    ['4.认真办理依申请公开2021年全区各级行政机关共受理政府信息公开申请21件。', 's1', 'workYear 2021'],
    ['（一）主动公开政府信息的数量2021年制作、获取政府信息总数509条，其中主动公开政府信息107条。', 's2', 'figureYear 2021'],
    // This year's words for last year.
    ['2021年，我局本年新收政府信息公开申请10件。', 's3', 'workYear 2021'],
    ['本年（2021年）共收到政府信息公开申请10件。', 's3', 'presentYear 2021'],
    ['今年（2021年）我局主动公开政府信息300条。', 's2', 'presentYear 2021'],
    // The sub-heading on its own line (a paragraph of its own): the year opens its line.
    ['(二)主动公开政府信息的主要类别\n2021年，在主动公开的61条政府信息中，政策文件12条。', 's2', 'workYear 2021'],
  ])('%s (section %s): %s', async (text, id, want) => expect(await slips(text, id)).toEqual([want]));

  it.each([
    // Plans.
    ['2023年，我局将进一步规范年报编制。', 's5'],
    ['2023年，进一步丰富解读形式。', 's5'],
    ['三是规范年报编制，按时完成2023年度政府信息公开工作年度报告编制发布。', 's5'],
    ['下一步，按时完成2023年度政府信息公开工作年度报告编制。', 's1'],
    // Documents cited by year; last year's report published this year; next year's budget drawn up this year.
    ['按时编制并发布《2021年政府信息公开工作年度报告》。', 's1'],
    ['按时发布2021年度政府信息公开工作年度报告。', 's1'],
    ['依据《关于做好2021年政务公开工作的通知》（办〔2021〕12号）要求开展工作。', 's1'],
    ['2021年度政府信息公开工作年度报告已于2022年1月发布。', 's1'],
    ['公开了2022年部门预算和2021年部门决算。', 's1'],
    ['编制完成2023年度部门预算。', 's1'],
    // Background: what a higher authority did last year.
    ['2021年，国务院办公厅印发《关于进一步加强政务公开工作的意见》，我局认真贯彻落实。', 's1'],
    ['2021年，省政府办公厅部署开展基层政务公开标准化规范化工作。', 's1'],
    // Comparisons.
    ['全年收到申请数较2021年增长12%。', 's1'],
    ['与2021年相比，申请量有所增加。', 's1'],
    ['2021年，全区收到申请70件；2022年，全区收到申请75件。', 's1'],
    ['2021年收到申请70件，本年收到75件。', 's3'],
    // Carried over, ranges, time points and dates.
    ['2021年度结转的3件申请已全部办结。', 's3'],
    ['结转至2023年6件。', 's3'],
    ['自2019年以来累计公开信息3000条。', 's2'],
    ['2020—2022年，我局累计收到申请30件。', 's1'],
    ['2021年以来，我局持续推进政务公开。', 's1'],
    ['截至2021年底，现行有效规范性文件100件。', 's2'],
    ['2023年1月，我局召开专题会议。', 's1'],
    ['某某局2023年1月5日', 's6'],
    // After a glued sub-heading: the reporting year, a document or a higher authority's plan cited, a heading's own year.
    ['(二)主动公开政府信息的主要类别2022年，在主动公开的61条政府信息中，政策文件12条。', 's2'],
    ['（一）主动公开政府信息的情况全面贯彻落实《2021年全区政务公开工作主要任务分解表》要求。', 's1'],
    ['（五）监督保障情况根据国务院办公厅2021年政务公开工作要点，印发工作方案。', 's1'],
    ['（一）贯彻落实2021年全区政务公开工作要点，推进各项工作。', 's1'],
    ['（三）做好2021年度政府信息公开工作年度报告发布工作。', 's1'],
    ['（四）监督保障情况2021年，国务院办公厅印发《关于进一步加强政务公开工作的意见》。', 's1'],
    ['（二）依申请公开情况2021年度结转的3件申请已全部办结。', 's3'],
    ['（三）平台建设情况2021年以来，我局持续推进政务公开。', 's1'],
    // Last year as last year; 本年 on the other side of a comparison; this year's publication month.
    ['上年（2021年）共收到政府信息公开申请8件，本年有所增加。', 's3'],
    ['2021年，全区收到申请70件，本年收到75件。', 's3'],
    ['2021年12月31日前提交的申请均已办结。', 's3'],
    ['今年（2023年）1月，我局发布了2022年度政府信息公开工作年度报告。', 's6'],
  ])('%s (section %s): nothing', async (text, id) => expect(await slips(text, id)).toEqual([]));
});
