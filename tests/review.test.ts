/**
 * What reviewers grade (issue #20): text repeated from last year (yoy-text-repeat), tables unchanged from
 * last year (yoy-tables-unchanged), a high share of 其他处理 (table3-other-share), a section copied from
 * another agency in the batch (batch-copied-text), a page published after its deadline (report-late), planted in real reports
 * and checked through the CLI on a batch folder; the same reports as published give none of these findings.
 * The measure itself (src/analysis/similarity.ts), the boilerplate of schemas/review.json, each pattern
 * with the real sentence it is for, and the settings a gongkai.config.json gives under "options".
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverage, fold, foldWithout, longestShared } from '../src/analysis/similarity.js';
import { extractFacts, type ReportFacts } from '../src/analysis/facts.js';
import { CrossFile, factsKey } from '../src/check/crossfile.js';
import { isBoilerplate, reviewData } from '../src/analysis/review-data.js';
import { agencyLevel } from '../src/analysis/published.js';
import type { Diagnostic, RunResult } from '../src/model/diagnostic.js';
import { runCli } from './support/cli.js';
import { CORPUS_DIR } from './support/corpus.js';
import { tempDir } from './support/tmp.js';

type Json = Record<string, any>;
const corpus = (n: string): Json => JSON.parse(readFileSync(`fixtures/corpus/${n}.json`, 'utf8')) as Json;
const section = (j: Json, n: string): { heading: string; text: string } => (j.sections as { heading: string; text: string }[]).find((s) => s.heading.startsWith(n))!;
const OURS = /^(yoy-text-repeat|yoy-tables-unchanged|table3-other-share|batch-copied-text|report-late)$/;

/** Writes reports into a fresh batch folder. */
function batch(files: Record<string, Json>): string {
  const dir = tempDir('gk-review-');
  for (const [name, json] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(json));
  return dir;
}

/** `gongkai check --format json` on paths: the findings of these rules, as `file rule section`. */
async function check(paths: string[], extra: string[] = []): Promise<{ out: RunResult; ours: { file: string; d: Diagnostic }[] }> {
  const r = await runCli(['check', '--format', 'json', ...extra, ...paths]);
  expect(r.code, r.stderr).toBeLessThan(2);
  const out = JSON.parse(r.stdout) as RunResult;
  return { out, ours: out.files.flatMap((f) => f.diagnostics.filter((d) => OURS.test(d.ruleId)).map((d) => ({ file: f.file.replace(/^.*\//, ''), d }))) };
}
const brief = (xs: { file: string; d: Diagnostic }[]): string[] => xs.map(({ file, d }) => `${file} ${d.ruleId} ${d.location.section ?? 'whole'}`);

/** Last year's text moved on a year: every 2023 and 2024 one year later, and the counts changed. */
function movedOn(text: string): string {
  return text.replace(/20(23|24)/gu, (y) => String(Number(y) + 1)).replace(/(\d+)(?=件|条|期|次|场)/gu, (n) => String(Number(n) + 3));
}

describe('the measure: share of a text found again in another, years and numbers ignored', () => {
  it('folds width, traditional characters, spaces and punctuation; a year or a number is one mark; masks are one mark', () => {
    expect(fold('２０２３年，本機關共收到申請 1,234 件。').text).toBe('#年本机关共收到申请#件');
    expect(fold('二〇二三年，平潭综合实验区公安局印发', ['平潭综合实验区公安局']).text).toBe('#年◇印发');
    // Each folded character knows where it was written.
    const f = fold('（一）主动公开 2023 年');
    expect(f.text).toBe('一主动公开#年');
    expect(f.source.slice(f.at[5]!, f.end[5]!)).toBe('2023');
  });

  it('coverage counts runs of 12 or more characters found again; a text with new years and figures is a full repeat', () => {
    const old = section(corpus('pingtan-2023'), '五').text;
    expect(coverage(fold(movedOn(old)), fold(old))).toBe(1);
    expect(coverage(fold('完全不同的一段文字，讲的是另外一件事情，没有任何相同之处。'), fold(old))).toBe(0);
    // Half of the text copied: about half covered.
    const half = `${old.slice(0, Math.floor(old.length / 2))}${'本年度新写的内容各不相同甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'.repeat(Math.ceil(old.length / 70))}`.slice(0, old.length);
    const share = coverage(fold(half), fold(old));
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
  });

  it('the longest shared passage is quoted as written, brackets included, and never runs over left-out boilerplate', () => {
    const a = foldWithout('（一）主动公开方面，本年共发布信息123条。本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。其他情况说明如下文所述各项。', isBoilerplate);
    const b = foldWithout('（一）主动公开方面，本年共发布信息45条。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。其他情况说明如下文所述各项。', isBoilerplate);
    const shared = longestShared(a, b)!;
    expect(shared.text).toBe('（一）主动公开方面，本年共发布信息123条');
    expect(a.source.slice(shared.a[0], shared.a[1])).toBe(shared.text);
    expect(longestShared(fold('甲乙丙'), fold('丁戊己'))).toBeUndefined();
  });
});

describe('schemas/review.json: boilerplate every report may share', () => {
  it('each pattern matches the real sentence it is for, found in its corpus page', () => {
    const { boilerplateEntries, boilerplate } = reviewData();
    expect(boilerplateEntries.length).toBeGreaterThan(0);
    boilerplateEntries.forEach((b, i) => {
      const page = readFileSync(join(CORPUS_DIR, b.source, 'page.txt'), 'utf8');
      expect(page, `${b.source}: ${b.example}`).toContain(b.example);
      expect(boilerplate[i]!.test(b.example), b.regex).toBe(true);
      expect(isBoilerplate(b.example)).toBe(true);
    });
  });

  it('a sentence about the agency\'s own work is not boilerplate', () => {
    for (const s of ['2023年，本机关主动公开政府信息1234条。', '一是部分单位信息发布属性界定还不够精确。', '持续增进互动交流，全年通过门户网站开展民意征集53期。']) expect(isBoilerplate(s), s).toBe(false);
  });
});

describe('yoy-text-repeat: the same text as last year', () => {
  it('planted: sections 一 and 五 of last year again, with the years moved on — each section and the whole report, quoting the passage', async () => {
    const p23 = corpus('pingtan-2023');
    const p24 = corpus('pingtan-2024');
    for (const n of ['一', '五']) section(p24, n).text = movedOn(section(p23, n).text);
    const dir = batch({ 'pingtan-2023.json': p23, 'pingtan-2024.json': p24 });
    const { ours } = await check([dir]);
    expect(brief(ours)).toEqual(['pingtan-2024.json yoy-text-repeat whole', 'pingtan-2024.json yoy-text-repeat s1', 'pingtan-2024.json yoy-text-repeat s5']);
    const [whole, one, five] = ours.map((x) => x.d);
    expect(whole!.severity).toBe('warning');
    expect(one!.message).toMatch(/^“一、总体情况”有 100% 的文字与上一份报告 .*pingtan-2023\.json（2023）的同一部分相同（不计年份和数字，阈值 50%）。最长的重复段落（\d+ 字）：“/u);
    // The passage is quoted as this year's report writes it (years moved on).
    const passage = String(five!.data?.passage).replace(/…/gu, '');
    expect(section(p24, '五').text.replace(/\s/gu, '')).toContain(passage.slice(0, 20).replace(/\s/gu, ''));
    expect(five!.hint).toContain('结合本年实际重写');
    const en = await runCli(['check', '--lang', 'en', dir]);
    expect(en.stdout).toContain('100% of "五、存在的主要问题及改进情况" is the same as the same section of the previous report');
  });

  it('as published: the whole corpus gives it only where a report really repeats (财政金融局 2023, its section 五 of 2021), as JSON and as the pages', async () => {
    const { ours } = await check(['fixtures/corpus']);
    expect(brief(ours)).toEqual(['pingtan-finance-2023.json yoy-text-repeat whole', 'pingtan-finance-2023.json yoy-text-repeat s5']);
    // The repeated passage is in both published pages.
    const passage = String(ours[1]!.d.data?.passage).split('…')[0]!;
    for (const y of ['2021', '2023']) expect(readFileSync(join(CORPUS_DIR, `pingtan-finance-${y}`, 'page.txt'), 'utf8')).toContain(passage);
    const pages = ['pingtan-2022', 'pingtan-2023', 'pingtan-2024', 'pingtan-2025', 'pingtan-finance-2021', 'pingtan-finance-2023'].map((n) => join(CORPUS_DIR, n, 'page.txt'));
    const read = await check(pages);
    expect(read.ours.every(({ d }) => d.ruleId === 'yoy-text-repeat' && d.data?.previousFile !== undefined && String(d.data.previousFile).includes('pingtan-finance-2021'))).toBe(true);
    expect(new Set(read.ours.map(({ d }) => d.location.section ?? 'whole'))).toEqual(new Set(['whole', 's2', 's5']));
  });

  it('years apart only by a gap are still compared; a copy of the same year is not', async () => {
    const p23 = corpus('pingtan-2023');
    const p25 = corpus('pingtan-2025');
    section(p25, '五').text = movedOn(movedOn(section(p23, '五').text));
    const { ours } = await check([batch({ 'a.json': p23, 'b.json': p25 })]);
    expect(brief(ours)).toEqual(['b.json yoy-text-repeat s5']);
    const same = await check([batch({ 'a.json': p23, 'b.json': p23 })]);
    expect(same.ours).toEqual([]);
  });
});

describe('yoy-tables-unchanged: the same figures as last year', () => {
  it('planted: three years of one agency with the tables of the first, only the year changed — on the two later files', async () => {
    const p22 = corpus('pingtan-2022');
    const p23 = corpus('pingtan-2023');
    const p24 = corpus('pingtan-2024');
    p23.tables = structuredClone(p22.tables);
    p24.tables = structuredClone(p22.tables);
    const { ours } = await check([batch({ 'pingtan-2022.json': p22, 'pingtan-2023.json': p23, 'pingtan-2024.json': p24 })]);
    const tables = ours.filter(({ d }) => d.ruleId === 'yoy-tables-unchanged');
    expect(brief(tables)).toEqual(['pingtan-2023.json yoy-tables-unchanged whole', 'pingtan-2024.json yoy-tables-unchanged whole']);
    const d = tables[0]!.d;
    expect(d.severity).toBe('warning');
    expect(d.messageId).toBe('all');
    const nonZero = Object.values(p22.tables as Record<string, Record<string, Record<string, unknown>>>).flatMap((t) => Object.values(t).flatMap((r) => Object.values(r))).filter((v) => typeof v === 'number' && v !== 0).length;
    expect(d.message).toMatch(new RegExp(`^表格中本年 ${nonZero} 个不为 0 的数字与上一份报告 .*pingtan-2022\\.json（2022）的同一格全部相同`, 'u'));
  });

  it('nearly all the same: the figures that changed are listed with their cells', async () => {
    const p23 = corpus('pingtan-2023');
    const p24 = corpus('pingtan-2024');
    p24.tables = structuredClone(p23.tables);
    p24.tables.t2.normative_documents.issued += 5;
    p24.tables.t2.normative_documents.in_force += 5;
    const { ours } = await check([batch({ 'a.json': p23, 'b.json': p24 })]);
    const d = ours.find(({ d }) => d.ruleId === 'yoy-tables-unchanged')!.d;
    expect(d.messageId).toBe('most');
    expect(d.related?.map((r) => `${r.location.cell} ${r.value}`)).toEqual([`t2.normative_documents.issued ${p24.tables.t2.normative_documents.issued}`, `t2.normative_documents.in_force ${p24.tables.t2.normative_documents.in_force}`]);
    expect(d.message).toContain('只有 2 个不同');
  });

  it('as published: no report of the corpus keeps last year\'s figures; a small agency whose figures are few is not warned', async () => {
    const { ours } = await check(['fixtures/corpus']);
    expect(ours.filter(({ d }) => d.ruleId === 'yoy-tables-unchanged')).toEqual([]);
    // 财政金融局 has 3 non-zero figures a year: its 2023 tables made the same as 2021's are too few to say anything.
    const e22 = corpus('pingtan-finance-2021');
    const e24 = corpus('pingtan-finance-2023');
    e24.tables = structuredClone(e22.tables);
    const few = Object.values(e22.tables as Record<string, Record<string, Record<string, unknown>>>).flatMap((t) => Object.values(t).flatMap((r) => Object.values(r))).filter((v) => typeof v === 'number' && v !== 0).length;
    expect(few).toBeLessThan(5);
    const small = await check([batch({ 'a.json': e22, 'b.json': e24 })]);
    expect(small.ours.filter(({ d }) => d.ruleId === 'yoy-tables-unchanged')).toEqual([]);
  });
});

describe('table3-other-share: 其他处理 dominates the results', () => {
  it('planted (2021 and 2019 layouts): an info at the 其他处理 cell with the most, the other cells and the total listed', async () => {
    const p25 = corpus('pingtan-2025');
    p25.tables.t3.unable_not_held.natural -= 40;
    p25.tables.t3.unable_not_held.total -= 40;
    p25.tables.t3.other_other.natural += 40;
    p25.tables.t3.other_other.total += 40;
    const p20 = corpus('pingtan-2020');
    p20.tables.t3.granted.natural -= 3;
    p20.tables.t3.granted.total -= 3;
    p20.tables.t3.other_handling.natural += 3;
    p20.tables.t3.other_handling.total += 3;
    const { ours, out } = await check([batch({ 'a-2025.json': p25, 'b-2020.json': p20 })]);
    const found = ours.filter(({ d }) => d.ruleId === 'table3-other-share');
    expect(found.map(({ file, d }) => `${file} ${d.location.cell} ${d.severity}`)).toEqual(['a-2025.json t3.other_other.total info', 'b-2020.json t3.other_handling.total info']);
    expect(found[0]!.d.message).toBe('表三“其他处理”共 51 件，占办理结果总计 148 件的 34%，超过 30%。');
    expect(found[0]!.d.related?.map((r) => `${r.location.cell}=${r.value}`)).toEqual(['t3.other_no_correction.total=8', 't3.other_unpaid_fee.total=2', 't3.total.total=148']);
    expect(found[1]!.d.message).toBe('表三“其他处理”共 7 件，占办理结果总计 21 件的 33%，超过 30%。');
    // The sums of the planted 2025 table still hold (pingtan-2020's results total is off as published, with or without the move).
    expect(out.files.filter((f) => f.file.endsWith('a-2025.json')).flatMap((f) => f.diagnostics).filter((d) => /^table3-(balance|results-total|row-total)$/.test(d.ruleId))).toEqual([]);
  });

  it('as published: no report of the corpus (公安局 2021: 1 of 1 result, too few to say anything)', async () => {
    const { ours } = await check(['fixtures/corpus']);
    expect(ours.filter(({ d }) => d.ruleId === 'table3-other-share')).toEqual([]);
    expect(corpus('pingtan-police-2021').tables.t3.other_other.total + corpus('pingtan-police-2021').tables.t3.other_no_correction.total).toBe(1);
  });
});

describe('the settings under "options" in gongkai.config.json', () => {
  it('change the thresholds for the reports below the config, and only there', async () => {
    const dir = tempDir('gk-review-');
    const strict = join(dir, 'strict');
    const plain = join(dir, 'plain');
    for (const d of [strict, plain]) {
      mkdirSync(d);
      for (const n of ['pingtan-finance-2021', 'pingtan-finance-2023', 'pingtan-2025']) writeFileSync(join(d, `${n}.json`), JSON.stringify(corpus(n)));
    }
    writeFileSync(join(strict, 'gongkai.config.json'), JSON.stringify({ options: { 'yoy-text-repeat': { percent: 40 }, 'table3-other-share': { percent: 5 } } }));
    const { out } = await check([dir]);
    const found = out.files.flatMap((f) => f.diagnostics.filter((d) => OURS.test(d.ruleId)).map((d) => `${f.file.split('/').slice(-2).join('/')} ${d.ruleId} ${d.location.section ?? 'whole'} ${d.data?.threshold}`));
    expect(found).toEqual([
      // As by default: only the real repeat (over 50 %).
      'plain/pingtan-finance-2023.json yoy-text-repeat whole 50%',
      'plain/pingtan-finance-2023.json yoy-text-repeat s5 50%',
      // 11 of 148 results (7 %) is more than 5 %; section 一 of 财政金融局 2023 repeats 46 % of 2021's, more than 40 %.
      'strict/pingtan-2025.json table3-other-share s3 5%',
      'strict/pingtan-finance-2023.json yoy-text-repeat whole 40%',
      'strict/pingtan-finance-2023.json yoy-text-repeat s1 40%',
      'strict/pingtan-finance-2023.json yoy-text-repeat s5 40%',
    ]);
  });

  it('a setting out of range or unknown stops the run (exit 2) naming the file', async () => {
    for (const options of [{ 'yoy-text-repeat': { percent: 150 } }, { 'yoy-text-repeat': { threshold: 50 } }, { 'no-such-rule': {} }]) {
      const dir = batch({ 'a.json': corpus('pingtan-2025') });
      writeFileSync(join(dir, 'gongkai.config.json'), JSON.stringify({ options }));
      const r = await runCli(['check', dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('gongkai.config.json');
    }
  });

  it('a checked path under a file that is not a folder is a file not found (exit 1), not an internal error', async () => {
    const r = await runCli(['check', 'README.md/report.json']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toContain('内部错误');
  });
});

describe('batch-copied-text: a section copied from another agency in the batch', () => {
  /** Section 一 of 财政金融局 2023 in 公安局 2024's report, its names and years changed to 公安局's. */
  function copiedInto(): { fin: Json; pol: Json } {
    const fin = corpus('pingtan-finance-2023');
    const pol = corpus('pingtan-police-2024');
    section(pol, '一').text = section(fin, '一').text.replace(/平潭综合实验区财政金融局|财政金融局/gu, (m) => m.replace('财政金融局', '公安局')).replace(/2023/gu, '2024');
    return { fin, pol };
  }

  it('planted: named on both files, each with the other file, the shares and the shared passage as it writes it', async () => {
    const { fin, pol } = copiedInto();
    const dir = batch({ 'finance-2023.json': fin, 'police-2024.json': pol, 'office-2025.json': corpus('pingtan-office-2025'), 'econdev-2024.json': corpus('pingtan-econdev-2024') });
    const { ours } = await check([dir]);
    expect(brief(ours)).toEqual(['finance-2023.json batch-copied-text s1', 'police-2024.json batch-copied-text s1']);
    const [a, b] = ours.map((x) => x.d);
    expect(a!.severity).toBe('warning');
    expect(a!.message).toMatch(/^“一、总体情况”与同批文件 .*police-2024\.json（平潭综合实验区公安局）的同一部分大段相同：本报告这部分 100% 的文字、对方这部分 100% 的文字相同/u);
    expect(b!.message).toContain('finance-2023.json（平潭综合实验区财政金融局）');
    // Each quotes the passage as its own report writes it.
    expect(String(a!.data?.passage)).toContain('2023年');
    expect(String(b!.data?.passage)).toContain('2024年');
    const en = await runCli(['check', '--lang', 'en', dir]);
    expect(en.stdout).toContain('"一、总体情况" is largely the same as the same section of');
  });

  it('as published: the corpus of five agencies gives none, nor do its pages', async () => {
    expect((await check(['fixtures/corpus'])).ours.filter(({ d }) => d.ruleId === 'batch-copied-text')).toEqual([]);
    const pages = ['pingtan-2023', 'pingtan-econdev-2024', 'pingtan-finance-2023', 'pingtan-office-2022', 'pingtan-police-2024'].map((n) => join(CORPUS_DIR, n, 'page.txt'));
    expect((await check(pages)).ours.filter(({ d }) => d.ruleId === 'batch-copied-text')).toEqual([]);
  });

  it('the boilerplate every report may share does not trigger it: the 条例 preamble, the statistics period and the political opening in every section 一', async () => {
    const preamble =
      '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）、《福建省政府信息公开办法》及区管委会办公室关于做好2023年政府信息公开工作年度报告编制公布工作的要求，结合我局工作实际，现编制完成了本报告。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，认真落实各级关于全面推进政务公开工作的部署要求。';
    const files: Record<string, Json> = {};
    for (const n of ['pingtan-econdev-2024', 'pingtan-finance-2023', 'pingtan-office-2025', 'pingtan-police-2024']) {
      const j = corpus(n);
      // The short sections 一 of a region that all start with the same preamble: only it is the same.
      section(j, '一').text = `${preamble}\n${section(j, '一').text.slice(0, 150)}`;
      files[`${n}.json`] = j;
    }
    expect((await check([batch(files)])).ours.filter(({ d }) => d.ruleId === 'batch-copied-text')).toEqual([]);
    // Without the boilerplate patterns the same sections would be "the same": the preamble is most of them.
    const a = fold(section(files['pingtan-econdev-2024.json']!, '一').text, ['平潭综合实验区经济发展局', '经济发展局']);
    const b = fold(section(files['pingtan-police-2024.json']!, '一').text, ['平潭综合实验区公安局', '公安局']);
    expect(coverage(a, b)).toBeGreaterThan(0.5);
  });

  it('the same agency in two years, or the same report twice, is not a copy', async () => {
    const { ours } = await check([batch({ 'a.json': corpus('pingtan-finance-2021'), 'b.json': corpus('pingtan-finance-2023'), 'c.json': corpus('pingtan-police-2024'), 'd.json': corpus('pingtan-police-2024') })]);
    expect(ours.filter(({ d }) => d.ruleId === 'batch-copied-text')).toEqual([]);
  });

  it('a run of many reports compares only the pairs that meet under a band, not every pair', () => {
    // 400 reports of 400 agencies, sections 一 and 五 each half sentences drawn from the corpus (so any two
    // may share some wording), half the agency's own; section 一 of the last one copied from the 18th.
    const pool = [
      ...new Set(
        ['pingtan-2021', 'pingtan-2022', 'pingtan-2023', 'pingtan-2024', 'pingtan-2025', 'pingtan-econdev-2024', 'pingtan-finance-2023', 'pingtan-office-2022', 'pingtan-police-2024']
          .flatMap((n) => (corpus(n).sections as { text: string }[]).flatMap((x) => x.text.split(/(?<=[。；])/u)))
          .filter((x) => x.length > 15 && x.length < 90),
      ),
    ];
    const chars = [...new Set(pool.join('').replace(/[\s\p{P}\d]/gu, ''))];
    let seed = 7;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const own = (): string => `${Array.from({ length: 60 }, () => chars[Math.floor(random() * chars.length)]).join('')}。`;
    const text = (): string => Array.from({ length: 16 }, (_, k) => (k % 2 ? own() : pool[Math.floor(random() * pool.length)]!)).join('');
    const facts: ReportFacts[] = [];
    for (let i = 0; i < 400; i++) {
      const one = i === 399 ? facts[17]!.texts.s1! : text();
      facts.push(extractFacts({ path: `r${i}.json`, reader: 'json', agency: `某市第${i}局`, year: 2023, sections: [{ heading: '一、总体情况', text: one }, { heading: '五、存在的主要问题及改进情况', text: text() }], tables: {}, findings: [] }));
    }
    let loads = 0;
    const cross = new CrossFile(facts.map(factsKey), (i) => (loads++, facts[i]));
    const found = facts.flatMap((_, i) => cross.findings(i).filter((f) => f.ruleId === 'batch-copied-text').map((f) => `${i} ${f.location.section} ${String(f.data?.otherFile)}`));
    expect(found).toEqual(['17 s1 r399.json', '399 s1 r17.json']);
    // Every file read once for the index, then only the few that met another: far from 400 × 399 pairs.
    expect(loads).toBeLessThan(2 * facts.length);
  });

  it('set to off, it compares nothing: no file read for its index, no finding', () => {
    // Copies of one report under other agencies' names: what makes the comparison costly when it is on.
    const text = (corpus('pingtan-finance-2023').sections as { heading: string; text: string }[]).map((x) => ({ heading: x.heading, text: x.text }));
    const facts = Array.from({ length: 40 }, (_, i) => extractFacts({ path: `r${i}.json`, reader: 'json', agency: `某市第${i}局`, year: 2023, sections: text, tables: {}, findings: [] }));
    for (const off of [true, false]) {
      let loads = 0;
      const cross = new CrossFile(facts.map(factsKey), (i) => (loads++, facts[i]), off ? { rules: { 'batch-copied-text': 'off', 'batch-rollup': 'off' } } : {});
      const found = facts.flatMap((_, i) => cross.findings(i, off ? { 'batch-copied-text': 'off', 'batch-rollup': 'off' } : {}).filter((f) => f.ruleId === 'batch-copied-text'));
      if (off) {
        expect(found).toEqual([]);
        expect(loads).toBe(0);
      } else {
        expect(found.length).toBeGreaterThan(0);
        expect(loads).toBeGreaterThan(0);
      }
    }
  });
});

describe('report-late: published after the deadline', () => {
  const page = (n: string): string => readFileSync(join(CORPUS_DIR, n, 'page.txt'), 'utf8');
  /** Writes text files into a fresh batch folder. */
  function pages(files: Record<string, string>): string {
    const dir = tempDir('gk-review-');
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }

  it('planted in the published pages: a department after 31 January, a government after 31 March; the date, the deadline and where it was read', async () => {
    const police = page('pingtan-police-2024').replace('发布时间: 2025-01-20', '发布时间: 2025-02-15');
    const region = page('pingtan-2023').replace('发布时间: 2024-03-08', '发布时间: 2024-04-08');
    const dir = pages({ 'police-2024.txt': police, 'region-2023.txt': region, 'finance-2023.txt': page('pingtan-finance-2023') });
    const { ours } = await check([dir]);
    const late = ours.filter(({ d }) => d.ruleId === 'report-late');
    expect(late.map(({ file, d }) => `${file} ${d.physical?.line} ${d.data?.date} ${d.data?.deadline} ${d.data?.basis}`)).toEqual([
      'police-2024.txt 2 2025-02-15 2025-01-31 department',
      'region-2023.txt 2 2024-04-08 2024-03-31 government',
    ]);
    expect(late[0]!.d.severity).toBe('warning');
    expect(late[0]!.d.message).toBe('报告发布于 2025-02-15（页头“发布时间: 2025-02-15”），比 2024 年度报告的期限 2025-01-31 晚 15 天。');
    expect(late[0]!.d.hint).toContain('1 月 31 日前公布');
    const en = await runCli(['check', '--lang', 'en', join(dir, 'police-2024.txt')]);
    expect(en.stdout).toContain('Published on 2025-02-15 (page header "发布时间: 2025-02-15"), 15 days after the deadline for the 2024 report, 2025-01-31.');
  });

  it('as published: no corpus page is late (财政金融局 2023 on 2024-01-31, the last day; 平潭 2023 on 2024-03-08, a government)', async () => {
    const all = readdirSync(CORPUS_DIR).filter((n) => !n.includes('.')).map((n) => join(CORPUS_DIR, n, 'page.txt'));
    expect(all.length).toBe(16);
    const { ours } = await check(all);
    expect(ours.filter(({ d }) => d.ruleId === 'report-late')).toEqual([]);
    expect(page('pingtan-finance-2023')).toContain('发布时间: 2024-01-31');
  });

  it('--published and the config\'s patterns give the date of files that do not say it; a local deadline in the config', async () => {
    const dir = batch({ 'econdev-2024.json': corpus('pingtan-econdev-2024') });
    const given = await check([dir], ['--published', '2025-02-03']);
    expect(given.ours.map(({ d }) => `${d.messageId} ${d.data?.date} ${d.data?.days}`)).toEqual(['option 2025-02-03 3']);
    expect((await check([dir], ['--published', '2025-01-31'])).ours).toEqual([]);
    // A folder with a config (configs are looked up once per folder and run, so a folder of its own).
    const configured = batch({ 'econdev-2024.json': corpus('pingtan-econdev-2024') });
    writeFileSync(join(configured, 'gongkai.config.json'), JSON.stringify({ options: { 'report-late': { published: { 'other-*.json': '2025-01-01', '*-2024.json': '2025-01-30' }, deadline: '01-28' } } }));
    const config = await check([configured]);
    expect(config.ours.map(({ d }) => d.message)).toEqual(['报告发布于 2025-01-30（配置文件按“*-2024.json”给出），比 2024 年度报告的期限 2025-01-28 晚 2 天。']);
    // --published wins over the config's date.
    expect((await check([configured], ['--published', '2025-01-20'])).ours).toEqual([]);
    const bad = await runCli(['check', '--published', '2025-02-30', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('YYYY-MM-DD');
  });

  it('a saved web page: its <meta name="PubDate">', async () => {
    const html = (await runCli(['convert', 'fixtures/corpus/pingtan-police-2024.json', '--to', 'html'])).stdout;
    expect(html).toContain('<head>');
    const dir = pages({ 'police-2024.html': html.replace('<head>', '<head><meta name="PubDate" content="2025-03-02 09:30">') });
    const { ours } = await check([dir]);
    expect(ours.map(({ d }) => `${d.ruleId} ${d.data?.date} ${d.data?.text}`)).toEqual(['report-late 2025-03-02 <meta name="PubDate" content="2025-03-02']);
  });

  it('the level comes from the end of the agency\'s name (schemas/review.json, each with its examples); the config may say it', async () => {
    for (const l of reviewData().levels) for (const name of l.examples) expect(agencyLevel(name), name).toBe(l.level);
    expect(agencyLevel('平潭综合实验区（管委会，区级汇总报告）')).toBe('government');
    expect(agencyLevel('某某')).toBeUndefined();
    // 公安局 as a government: its page of 2025-02-15 is on time for 31 March.
    const dir = pages({ 'police-2024.txt': page('pingtan-police-2024').replace('发布时间: 2025-01-20', '发布时间: 2025-02-15') });
    writeFileSync(join(dir, 'gongkai.config.json'), JSON.stringify({ options: { 'report-late': { level: 'government' } } }));
    expect((await check([dir])).ours).toEqual([]);
  });
});

describe('issue #20 done-when: planted in real reports, each reported on the right file naming the evidence; as published, none', () => {
  const page = (n: string): string => readFileSync(join(CORPUS_DIR, n, 'page.txt'), 'utf8');
  const RULES = /^(report-late|yoy-text-repeat|yoy-tables-unchanged|batch-copied-text|table3-other-share)$/;

  it('one batch folder through the CLI', async () => {
    const dir = tempDir('gk-review-');
    const planted = join(dir, 'planted');
    const published = join(dir, 'published');
    mkdirSync(planted);
    mkdirSync(published);
    // A page published after its deadline: 公安局 2024 (a department) on 15 February.
    writeFileSync(join(planted, 'police-2024.txt'), page('pingtan-police-2024').replace('发布时间: 2025-01-20', '发布时间: 2025-02-15'));
    writeFileSync(join(published, 'police-2024.txt'), page('pingtan-police-2024'));
    // A report that repeats last year's text and figures: 平潭 2024 with 2023's sections 一, 五 and tables.
    const p23 = corpus('pingtan-2023');
    const p24 = corpus('pingtan-2024');
    for (const n of ['一', '五']) section(p24, n).text = movedOn(section(p23, n).text);
    p24.tables = structuredClone(p23.tables);
    // A section copied from another agency in the batch: 经济发展局 2024's section 一 is 财政金融局 2023's.
    const fin = corpus('pingtan-finance-2023');
    const eco = corpus('pingtan-econdev-2024');
    section(eco, '一').text = section(fin, '一').text.replace(/财政金融局/gu, '经济发展局').replace(/2023/gu, '2024');
    // A table 三 where 其他处理 dominates: 管委会办公室 2025, 12 applications moved from 不掌握 to 3.其他 (12 of 32).
    const off = corpus('pingtan-office-2025');
    for (const c of ['natural', 'total'] as const) {
      off.tables.t3.unable_not_held[c] -= 12;
      off.tables.t3.other_other[c] += 12;
    }
    for (const [name, j] of Object.entries({ 'pingtan-2023.json': p23, 'pingtan-2024.json': p24, 'finance-2023.json': fin, 'econdev-2024.json': eco, 'office-2025.json': off })) writeFileSync(join(planted, name), JSON.stringify(j));
    for (const [name, n] of Object.entries({ 'pingtan-2023.json': 'pingtan-2023', 'pingtan-2024.json': 'pingtan-2024', 'finance-2023.json': 'pingtan-finance-2023', 'econdev-2024.json': 'pingtan-econdev-2024', 'office-2025.json': 'pingtan-office-2025' })) writeFileSync(join(published, name), JSON.stringify(corpus(n)));

    const ours = async (folder: string): Promise<string[]> => {
      const r = await runCli(['check', '--format', 'json', folder]);
      const out = JSON.parse(r.stdout) as RunResult;
      return out.files.flatMap((f) => f.diagnostics.filter((d) => RULES.test(d.ruleId)).map((d) => `${f.file.replace(/^.*\//u, '')} ${d.ruleId} ${d.location.section ?? d.location.cell ?? ''} | ${d.message}`));
    };
    const found = await ours(planted);
    const at = found.map((x) => x.split(' | ')[0]);
    expect(at).toEqual([
      'econdev-2024.json batch-copied-text s1',
      'finance-2023.json batch-copied-text s1',
      'office-2025.json table3-other-share s3',
      'pingtan-2024.json yoy-text-repeat ',
      'pingtan-2024.json yoy-tables-unchanged ',
      'pingtan-2024.json yoy-text-repeat s1',
      'pingtan-2024.json yoy-text-repeat s5',
      'police-2024.txt report-late ',
    ]);
    // Each names its evidence: the other file and the passage, last year's file, the figures, the dates.
    expect(found[0]).toContain('finance-2023.json（平潭综合实验区财政金融局）');
    expect(found[1]).toContain('econdev-2024.json（平潭综合实验区经济发展局）');
    expect(found[0]).toMatch(/最长的相同段落（\d+ 字）：“/u);
    expect(found[2]).toContain('表三“其他处理”共 12 件，占办理结果总计 32 件的 38%');
    expect(found[3]).toContain('pingtan-2023.json（2023）');
    expect(found[4]).toMatch(/与上一份报告 .*pingtan-2023\.json（2023）的同一格全部相同/u);
    expect(found[7]).toContain('报告发布于 2025-02-15（页头“发布时间: 2025-02-15”），比 2024 年度报告的期限 2025-01-31 晚 15 天');
    expect(await ours(published)).toEqual([]);
  });
});
