/**
 * What sections 一 and 五 say (issue #20 items 5 and 7; schemas/content.json): section1-topics (the topics
 * the format lists, and for a government the results of 工作考核、社会评议、责任追究), section1-figures (the
 * counts local notices ask for), section5-specific (problems, itemised measures, not generic phrases
 * only). Every corpus report, as JSON and as its saved page text, checked through the CLI, gets exactly
 * the findings listed here — each with why a reviewer would agree; the settings a gongkai.config.json
 * gives under "options"; the wording in both languages.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentData } from '../src/analysis/content-data.js';
import { agencyLevel } from '../src/analysis/published.js';
import { figureList, missingFigures, missingTopics, readSection5 } from '../src/analysis/section-content.js';
import type { Diagnostic, RunResult } from '../src/model/diagnostic.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

type Json = Record<string, any>;
const ROOT = join(import.meta.dirname, '..');
const corpus = (n: string): Json => JSON.parse(readFileSync(join(ROOT, 'fixtures/corpus', `${n}.json`), 'utf8')) as Json;
const section = (j: Json, n: string): string => (j.sections as { heading: string; text: string }[]).find((s) => s.heading.startsWith(n))!.text;
const NAMES = readdirSync(join(ROOT, 'fixtures/corpus'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

/**
 * The topics section 一 of each corpus report leaves out, and why a reviewer would agree. The seven
 * 平潭综合实验区 reports are a government's (the name ends in 区); the others are departments' (局, 办公室).
 */
const TOPICS: Record<string, string[]> = {
  // Section 一 tells of published information, 解读, platforms and training, but not one word on
  // applications (依申请公开), and nothing of the assessment, public evaluation or accountability of the
  // disclosure work ("业绩考核" there is what 国有企业 publish about themselves).
  'pingtan-2019': ['on-request', 'assessment', 'evaluation', 'accountability'],
  // 2020, 2024, 2025: assessment (绩效考核, 考核方式, 绩效管理) but no 社会评议 and no 责任追究 result.
  'pingtan-2020': ['evaluation', 'accountability'],
  // 2021: 考核 and a 第三方评估 of the disclosure work, but no 责任追究 result.
  'pingtan-2021': ['accountability'],
  // 2022 has every topic, including "落实社会评议和责任追究制度 … 未发生相关责任人责任追究问题情况".
  'pingtan-2022': [],
  // 2023: 绩效考核 and 效能问责, no 社会评议.
  'pingtan-2023': ['evaluation'],
  'pingtan-2024': ['evaluation', 'accountability'],
  'pingtan-2025': ['evaluation', 'accountability'],
  'pingtan-econdev-2022': [],
  'pingtan-econdev-2024': [],
  // Its section 一 is about 预决算, 政府采购 and 解读: nothing on applications or on information management.
  'pingtan-finance-2021': ['on-request', 'management'],
  // Three paragraphs (主动公开, 依申请公开, 平台建设): no information management, no oversight.
  'pingtan-finance-2023': ['management', 'oversight'],
  'pingtan-office-2022': [],
  'pingtan-office-2025': [],
  // No sub-heading names a topic (责任落实更严格, 工作机制更完善 …), but its words cover all five.
  'pingtan-police-2021': [],
  'pingtan-police-2024': [],
  'seed-tianmen-2021': [],
};

/**
 * The figures section 一 of each corpus report does not give (武政办发〔2025〕54号 asks for all six). Hardly a
 * report gives 回应关切 counts or repealed documents; departments that issue no normative documents give none
 * of those counts. Checked by hand: none of these reports gives a figure listed here as missing.
 */
const FIGURES: Record<string, string[]> = {
  'pingtan-2019': ['responses', 'issued', 'repealed', 'in-force'],
  'pingtan-2020': ['interpretations', 'responses', 'issued', 'in-force'],
  'pingtan-2021': ['issued', 'repealed', 'in-force'],
  'pingtan-2022': ['interpretations', 'responses', 'repealed'],
  'pingtan-2023': ['responses', 'repealed'],
  'pingtan-2024': ['repealed', 'in-force'],
  'pingtan-2025': ['responses', 'issued', 'repealed', 'in-force'],
  'pingtan-econdev-2022': ['interpretations', 'responses', 'issued', 'repealed', 'in-force'],
  'pingtan-econdev-2024': ['interpretations', 'responses', 'issued', 'repealed', 'in-force'],
  'pingtan-finance-2021': ['interpretations', 'responses', 'issued', 'repealed', 'in-force'],
  'pingtan-finance-2023': ['interpretations', 'responses', 'issued', 'repealed', 'in-force'],
  'pingtan-office-2022': ['interpretations', 'responses', 'repealed'],
  'pingtan-office-2025': ['responses'],
  'pingtan-police-2021': ['interpretations', 'responses', 'issued', 'repealed', 'in-force'],
  'pingtan-police-2024': ['responses', 'issued', 'repealed', 'in-force'],
  'seed-tianmen-2021': ['interpretations', 'responses', 'issued', 'repealed', 'in-force'],
};

/**
 * Section 五 of the corpus reports: every one states problems and gives measures, none is generic phrases
 * only. Two give their measures in one sentence, not itemised, which a reviewer would agree with:
 * 经济发展局 2024 ("下一步，我局将继续贯彻落实《条例》…，强化制度管理，规范信息内容，提升服务效能，全力做好
 * 政府信息公开工作" — nothing one could check a year later) and 天门 2021 ("针对此问题下年度我局将加强制度建设,
 * 厘清责任分工…;持续优化网站栏目,加强政府信息管理…").
 */
const FIVE: Record<string, string[]> = Object.fromEntries(NAMES.map((n) => [n, n === 'pingtan-econdev-2024' || n === 'seed-tianmen-2021' ? ['notItemised'] : []]));

const OURS = /^(section1-topics|section1-figures|section5-specific)$/;

/** `gongkai check --format json` on paths: this file's rules' findings, as `file rule missing-ids`. */
async function check(paths: string[], extra: string[] = []): Promise<{ out: RunResult; found: string[]; ours: Diagnostic[] }> {
  const r = await runCli(['check', '--format', 'json', '--rule', 'batch-copied-text=off', ...extra, ...paths]);
  expect(r.code, r.stderr).toBeLessThan(2);
  const out = JSON.parse(r.stdout) as RunResult;
  const ours = out.files.flatMap((f) => f.diagnostics.filter((d) => OURS.test(d.ruleId)));
  const found = out.files.flatMap((f) => f.diagnostics.filter((d) => OURS.test(d.ruleId)).map((d) => `${f.file.split('/').slice(-2).join('/')} ${d.ruleId} ${String(d.data?.missing ?? d.messageId)}`));
  return { out, found, ours };
}

describe('schemas/content.json', () => {
  it('is valid: the format\'s five topics, the three a government adds, the six figures, each with its source', () => {
    const d = contentData();
    expect(d.topics.filter((t) => !t.government).map((t) => t.zh)).toEqual(['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障']);
    expect(d.topics.filter((t) => t.government).map((t) => t.id)).toEqual(['assessment', 'evaluation', 'accountability']);
    expect(d.figures.map((f) => f.id)).toEqual(['published', 'interpretations', 'responses', 'issued', 'repealed', 'in-force']);
    const raw = JSON.parse(readFileSync(join(ROOT, 'schemas/content.json'), 'utf8')) as Json;
    for (const x of [...raw.section1.topics, ...raw.section1.figures] as Json[]) expect(x.source, x.id).toMatch(/国办公开办函|条例|武政办发/);
  });
});

/** A government's report, as section1-topics tells it: the level report-late reads from the name. */
const government = (name: string | undefined): boolean => ['government', 'township'].includes(agencyLevel(name) ?? '');

describe('a government\'s report, by the agency\'s name as report-late reads it', () => {
  it.each([
    ['平潭综合实验区（管委会，区级汇总报告）', true],
    ['天门市人民政府', true],
    ['某某镇人民政府', true],
    ['平潭综合实验区公安局', false],
    ['平潭综合实验区管委会办公室', false],
    ['天门市政务服务和大数据管理局', false],
    [undefined, false],
  ])('%s → %s', (name, yes) => {
    expect(government(name)).toBe(yes);
  });
});

describe('section 一 of every corpus report', () => {
  it.each(NAMES)('%s: the topics and figures found missing are those listed, and why', (name) => {
    const j = corpus(name);
    const one = section(j, '一');
    expect(missingTopics(one, government(j.agency as string)).map((t) => t.id), 'topics').toEqual(TOPICS[name]);
    expect(missingFigures(one).map((f) => f.id), 'figures').toEqual(FIGURES[name]);
    const five = readSection5(section(j, '五'));
    expect(five.problems && five.measures, 'section 五: problems and measures').toBe(true);
    expect(five.itemised, 'section 五: measures itemised').toBe(FIVE[name]!.length === 0);
    // Far from generic: twice the threshold (12) and more are left.
    expect(five.generic).toEqual([]);
    expect(five.specific, 'section 五: specific characters').toBeGreaterThanOrEqual(24);
  });

  it('every figure is given by some report, every topic covered by some report, in words written in them', () => {
    for (const f of contentData().figures) expect(NAMES.some((n) => !FIGURES[n]!.includes(f.id)), f.id).toBe(true);
    for (const t of contentData().topics) expect(NAMES.some((n) => !TOPICS[n]!.includes(t.id)), t.id).toBe(true);
  });

  it('through the CLI, as JSON and as the saved page text: the same findings', async () => {
    const paths = NAMES.flatMap((n) => [`fixtures/corpus/${n}.json`, `fixtures/corpus-pages/${n}/page.txt`]);
    const { found, ours } = await check(paths);
    const expected = NAMES.flatMap((n) =>
      [`corpus/${n}.json`, `${n}/page.txt`].flatMap((file) => [
        ...(TOPICS[n]!.length ? [`${file} section1-topics ${TOPICS[n]!.join(',')}`] : []),
        ...(FIGURES[n]!.length ? [`${file} section1-figures ${FIGURES[n]!.join(',')}`] : []),
        ...FIVE[n]!.map((id) => `${file} section5-specific ${id}`),
      ]),
    );
    expect(found.sort()).toEqual(expected.sort());
    // At section 一 or 五, as a warning or a note.
    for (const d of ours) {
      expect(d.location.section).toBe(d.ruleId === 'section5-specific' ? 's5' : 's1');
      expect(d.severity).toBe(d.ruleId === 'section1-figures' ? 'info' : 'warning');
    }
  });
});

describe('how topics and figures are looked for', () => {
  it('by sub-heading or by words; a word inside a document title in 《》 does not count', () => {
    const five = '（一）主动公开方面。全年发布信息120条。（二）依申请公开方面。收到申请3件。（三）政府信息管理方面。落实保密审查。（四）平台建设方面。优化政府网站。（五）监督保障方面。开展培训2次。';
    expect(missingTopics(five, false)).toEqual([]);
    // The same work told without sub-headings.
    expect(missingTopics('全年主动公开信息120条，办理公开申请3件，落实保密审查，优化政府网站栏目，开展业务培训2次。', false)).toEqual([]);
    const titled = '全年主动公开信息120条，办理公开申请3件，印发《关于加强保密审查和政府网站检查考核的通知》。';
    expect(missingTopics(titled, false).map((t) => t.id)).toEqual(['management', 'platform', 'oversight']);
    // A government is also asked for its results.
    expect(missingTopics(five, true).map((t) => t.id)).toEqual(['assessment', 'evaluation', 'accountability']);
    expect(missingTopics(`${five}政务公开纳入绩效考核，开展群众满意度测评，全年未发生责任追究情况。`, true)).toEqual([]);
  });

  it('figures in digits or Chinese numerals, in traditional characters (those of the format\'s words) or full width, sentence by sentence', () => {
    const all = '全年主动公開政府信息１２００条，發布政策解读三十五篇，回應社會關切12次。本年製發行政規範性文件6件，廢止2件，現行有效48件。';
    expect(missingFigures(all)).toEqual([]);
    // A figure is one of the sentence's own: 解读 here has no number of its own.
    expect(missingFigures('全年主动公开政府信息1200条。加强政策解读。').map((f) => f.id)).toEqual(['interpretations', 'responses', 'issued', 'repealed', 'in-force']);
    expect(missingFigures('加强政策解读。', ['interpretations'])).toHaveLength(1);
    expect(missingFigures('', [])).toEqual([]);
    // "3 余 篇": spaces either side of 余/多.
    expect(missingFigures('发布政策解读3 余 篇。', ['interpretations'])).toEqual([]);
  });

  it('a number followed by a long run of spaces is looked at once (found by fuzzing: a 120 KB text took 13 s)', () => {
    // The patterns had `\s*(余|多)?\s*` after the number: every way of sharing a run of spaces between the
    // two was tried, quadratic in the run. 200,000 spaces after each of three numbers, then no unit.
    const run = ' '.repeat(200_000);
    const text = `发布政策解读1${run}x，回应关切2${run}x，主动公开信息3${run}x。`;
    expect(missingFigures(text, ['interpretations', 'responses', 'published']).map((f) => f.id)).toEqual(['published', 'interpretations', 'responses']);
  });

  it('names the missing figures with those of one kind together', () => {
    const f = contentData().figures;
    expect(figureList(f, 'zh')).toBe('主动公开信息的条数；政策解读的数量；回应关切的数量；规章、行政规范性文件的本年制发件数、本年废止件数、现行有效件数');
    expect(figureList(f.filter((x) => x.id === 'responses' || x.id === 'in-force'), 'en')).toBe('the number of responses to public concerns (回应关切); the number of rules and normative documents in force');
    expect(figureList(f.filter((x) => x.id === 'issued' || x.id === 'repealed'), 'en')).toBe('the number of rules and normative documents issued this year and repealed this year');
  });
});

describe('section 五: problems, itemised measures, not generic phrases only', () => {
  const GENERIC = '2025年，我区政府信息公开工作取得了一定成效，但仍存在一些不足。下一步，我区将进一步加强政府信息公开工作，不断提高政务公开质量和水平，持续推进政务公开标准化规范化建设，切实做好政府信息公开各项工作。';

  it('a section of generic phrases only names them, as written, each once', () => {
    expect(readSection5(GENERIC)).toMatchObject({ problems: true, measures: true, itemised: false, generic: ['进一步加强', '不断提高', '持续推进', '切实做好'] });
    // Numbered, but as generic.
    const numbered = '存在的问题：一是意识有待提高；二是内容不够全面。下一步，我局将：一是进一步提高认识；二是不断提升工作水平；三是進一步加強管理。';
    expect(readSection5(numbered).generic).toEqual(['进一步提高', '不断提升', '進一步加強']);
    // One specific measure is enough to be more than generic.
    expect(readSection5(`${GENERIC}每季度对政府网站和政务新媒体开展一次保密审查抽查，全年新增政策图解解读专栏。`).generic).toEqual([]);
  });

  it('problems are looked for before the measures, or under their own heading', () => {
    expect(readSection5('下一步，我局将：一是优化网站栏目，新增政策解读专栏；二是每季度开展一次保密审查培训。')).toMatchObject({ problems: false, measures: true, itemised: true });
    expect(readSection5('（一）改进措施：1.优化网站栏目，新增政策解读专栏。2.每季度开展一次保密审查培训。（二）存在的问题：网站栏目设置混乱。').problems).toBe(true);
    expect(readSection5('政策解读形式单一，网站栏目设置不够清晰，保密审查流程仍有缺漏。')).toMatchObject({ problems: true, measures: false });
    // Measures after 针对存在问题 and a year set apart by spaces, as text taken from a PDF is (洪泽区 2024).
    for (const start of ['针对存在问题，我们将', '2025 年我们将', '2025年，我局将', '下一步，']) {
      expect(readSection5(`答复文书规范性有待提升。${start}一是优化答复模板；二是开展业务培训。`), start).toMatchObject({ problems: true, measures: true, itemised: true });
    }
  });

  it('measures are itemised by any one numbering that has its first and second', () => {
    const problems = '政策解读形式单一，网站栏目设置不够清晰。2026年，我局将';
    for (const items of ['一是丰富解读形式；二是优化栏目。', '（一）丰富解读形式。（二）优化栏目。', '1.丰富解读形式；2.优化栏目。', '1、丰富解读形式；2、优化栏目。', '(1)丰富解读形式；(2)优化栏目。', '：一、丰富解读形式；二、优化栏目。', '第一，丰富解读形式；第二，优化栏目。']) {
      expect(readSection5(`${problems}${items}`).itemised, items).toBe(true);
    }
    // Not itemised: one item, a 二 without 一, numbers that are figures, numbering only among the problems.
    for (const items of ['一是丰富解读形式，优化栏目。', '二是优化栏目。', '发布解读1.5万字，2.0版网站上线。']) {
      expect(readSection5(`${problems}${items}`).itemised, items).toBe(false);
    }
    expect(readSection5('一是政策解读形式单一；二是网站栏目设置不够清晰。下一步，我局将丰富解读形式，优化栏目设置。').itemised).toBe(false);
  });

  // A PDF's section 五 as its lines end on the page (a landscape print of pingtan-econdev-2024 wraps
  // "下" | "一步"): the words are read across the line breaks; a numbering at a paragraph's start still counts.
  it('words and generic phrases across a wrapped line\'s break; numbering after a paragraph break', () => {
    const wrapped = '2024年，我局政府信息公开工作仍存在一些不足，主要表现在：一是文件解读形式和内容还需进一步丰\n富；二是工作人员解决新问题的能力有待进一步加强。下\n一步，我局将继续贯彻落实《条例》，强化制度管理，\n规范信息内容，提升服务效能。';
    expect(readSection5(wrapped)).toMatchObject({ problems: true, measures: true, itemised: false });
    expect(readSection5(GENERIC.replace('不断提高', '不断提\n高').replace('持续推进', '持续\n推进')).generic).toEqual(['进一步加强', '不断提高', '持续推进', '切实做好']);
    expect(readSection5('存在的问题：政策解读形式单一。改进措施\n一、丰富解读形式\n二、优化栏目设置').itemised).toBe(true);
    // (pingtan-finance-2021 in that print: "一" | "是坚持…" closing a line.)
    expect(readSection5('公开方式不够灵活。(二)改进措施。2021年，我局将补短板、强弱项。一\n是坚持公开为常态；二是拓宽公开载体。').itemised).toBe(true);
  });
});

describe('long texts', () => {
  it('a million characters of corpus text, digits, numerals, phrases or numbering are read in one pass each (times printed)', () => {
    const j = corpus('pingtan-2022');
    const cases: [string, string, (t: string) => void][] = [
      ['section 一 ×500', section(j, '一').repeat(500), (t) => expect(missingTopics(t, true)).toEqual([])],
      ['section 五 ×3000', section(j, '五').repeat(3000), (t) => expect(readSection5(t)).toMatchObject({ problems: true, measures: true, itemised: true, generic: [] })],
      ['digits', `公开信息${'1'.repeat(1_000_000)}`, (t) => expect(missingFigures(t).map((f) => f.id)).toContain('published')],
      ['numerals', `解读${'一'.repeat(1_000_000)}`, (t) => expect(missingFigures(t).map((f) => f.id)).toContain('interpretations')],
      ['generic', '进一步加强'.repeat(200_000), (t) => expect(readSection5(t).generic).toEqual(['进一步加强'])],
      ['numbering', '（一）'.repeat(300_000), (t) => expect(readSection5(t).itemised).toBe(false)],
    ];
    for (const [name, text, check] of cases) {
      const t0 = performance.now();
      check(text);
      console.log(`[content] ${name}: ${text.length} characters in ${Math.round(performance.now() - t0)} ms`);
    }
  });
});

describe('the settings under "options" in gongkai.config.json', () => {
  it('say a report is a department\'s or a government\'s (report-late\'s level), and which figures a region asks for, below the config only', async () => {
    // A folder each (a process reads a config once): as by default, both as a government with two figures
    // asked for (the office reports the government's own work), both as a department with the figures off.
    const dir = tempDir('gk-content-');
    const configs: Record<string, Json | undefined> = {
      plain: undefined,
      government: { options: { 'report-late': { level: 'government' }, 'section1-figures': { figures: ['published', 'interpretations'] } } },
      department: { rules: { 'section1-figures': 'off' }, options: { 'report-late': { level: 'department' } } },
    };
    for (const [name, config] of Object.entries(configs)) {
      mkdirSync(join(dir, name));
      for (const n of ['pingtan-2024', 'pingtan-office-2025']) writeFileSync(join(dir, name, `${n}.json`), JSON.stringify(corpus(n)));
      if (config) writeFileSync(join(dir, name, 'gongkai.config.json'), JSON.stringify(config));
    }
    expect((await check([dir])).found).toEqual([
      'government/pingtan-2024.json section1-topics evaluation,accountability',
      'government/pingtan-office-2025.json section1-topics evaluation,accountability',
      'plain/pingtan-2024.json section1-topics evaluation,accountability',
      'plain/pingtan-2024.json section1-figures repealed,in-force',
      'plain/pingtan-office-2025.json section1-figures responses',
    ]);
  });

  it('an unknown value stops the run (exit 2) naming the config', async () => {
    for (const options of [{ 'section1-figures': { figures: ['pages'] } }, { 'section1-figures': { figures: 'published' } }, { 'section1-figures': { required: ['published'] } }]) {
      const dir = tempDir('gk-content-');
      writeFileSync(join(dir, 'a.json'), JSON.stringify(corpus('pingtan-2025')));
      writeFileSync(join(dir, 'gongkai.config.json'), JSON.stringify({ options }));
      const r = await runCli(['check', dir]);
      expect(r.code, JSON.stringify(options)).toBe(2);
      expect(r.stderr).toContain('gongkai.config.json');
    }
  });
});

describe('the findings in both languages', () => {
  it('name the topics and figures, in Chinese by default and in English with --lang en', async () => {
    const file = 'fixtures/rules/section1-topics/invalid-no-request-paragraph/input.json';
    const zh = (await check([file, 'fixtures/corpus/pingtan-2024.json', 'fixtures/corpus/pingtan-finance-2021.json'])).ours.map((d) => d.message);
    expect(zh).toEqual([
      '“一、总体情况”没有写到“社会评议结果”“责任追究结果”，人民政府的报告须写明。',
      '“一、总体情况”没有写明：规章、行政规范性文件的本年废止件数、现行有效件数。',
      '“一、总体情况”没有写到“依申请公开”“政府信息管理”方面。',
      '“一、总体情况”没有写明：政策解读的数量；回应关切的数量；规章、行政规范性文件的本年制发件数、本年废止件数、现行有效件数。',
      '“一、总体情况”没有写到“依申请公开”方面。',
      '“一、总体情况”没有写明：政策解读的数量；回应关切的数量；规章、行政规范性文件的本年废止件数。',
    ]);
    const en = (await check([file, 'fixtures/corpus/pingtan-2019.json'], ['--lang', 'en'])).ours.map((d) => d.message);
    expect(en).toEqual([
      'Section 一 does not cover 依申请公开 (disclosure on request), nor report 工作考核结果 (results of work assessment), 社会评议结果 (results of public evaluation), 责任追究结果 (results of accountability), which a government\'s report must.',
      'Section 一 does not give: the number of responses to public concerns (回应关切); the number of rules and normative documents issued this year, repealed this year and in force.',
      'Section 一 does not cover 依申请公开 (disclosure on request).',
      'Section 一 does not give: the number of policy interpretations (政策解读); the number of responses to public concerns (回应关切); the number of rules and normative documents repealed this year.',
    ]);
  });
});
