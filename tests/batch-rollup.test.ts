/**
 * batch-rollup (issue #20 item 8): a summary report (汇总) against the sum of its units' reports of the same
 * year, checked together. Real department reports of one year (平潭综合实验区经济发展局 and 管委会办公室 2022) as
 * units and the real 平潭 2022 report with tables that are their sum, through the CLI: declared in a
 * gongkai.config.json (exact: nothing; planted: a finding at each differing cell naming the sum, the value and
 * the units), undeclared (the summary's own words: only sums above the summary, as info), units with blank
 * cells, of the other version of the format, twice in the run or of another year; both languages; the
 * reviewer's workbook and the batch page list the findings on the summary's row; the corpus as published gives
 * none. The words of schemas/rollup.json, each found in the corpus, and none in a department's report.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/analysis/facts.js';
import { readBytes } from '../src/check/bytes.js';
import { isUnitOf, summarySays, summaryWords } from '../src/check/rollup.js';
import { getFormat, hasCell, tableCells } from '../src/format/spec.js';
import type { Diagnostic, RunResult } from '../src/model/diagnostic.js';
import { runCli } from './support/cli.js';
import { CORPUS_DIR } from './support/corpus.js';
import { tempDir } from './support/tmp.js';

type Json = Record<string, any>;
type Tables = Record<string, Record<string, Record<string, number | null>>>;
const corpus = (n: string): Json => JSON.parse(readFileSync(`fixtures/corpus/${n}.json`, 'utf8')) as Json;
const copy = <T>(x: T): T => structuredClone(x);

/** The tables of `units` added cell by cell (every cell of these reports is a number). */
function summed(units: Json[]): Tables {
  const out = copy(units[0]!.tables as Tables);
  for (const [t, rows] of Object.entries(out)) for (const [r, cols] of Object.entries(rows)) for (const c of Object.keys(cols)) cols[c] = units.reduce((a, u) => a + (u.tables as Tables)[t]![r]![c]!, 0);
  return out;
}

const ECON = corpus('pingtan-econdev-2022');
const OFF = corpus('pingtan-office-2022');
/** The real 2022 summary, named as its page names it, with tables that are the sum of the two departments'. */
function summary(): Json {
  return { ...copy(corpus('pingtan-2022')), agency: '平潭综合实验区', tables: summed([ECON, OFF]) };
}

/** Writes files (path → JSON or text) into a fresh folder. */
function folder(files: Record<string, Json | string>): string {
  const dir = tempDir('gk-rollup-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const DECLARED = JSON.stringify({ rollup: [{ summary: '汇总/*.json', units: ['部门/*.json', '乡镇/*.json'] }] });

/** `gongkai check -f json` on a folder: the run and its batch-rollup findings as `file cell messageId severity`. */
async function check(paths: string[], extra: string[] = []): Promise<{ out: RunResult; found: Diagnostic[]; brief: string[] }> {
  const r = await runCli(['check', '--format', 'json', '--jobs', '1', ...extra, ...paths]);
  expect(r.code, r.stderr).toBeLessThan(2);
  const out = JSON.parse(r.stdout) as RunResult;
  const found = out.files.flatMap((f) => f.diagnostics.filter((d) => d.ruleId === 'batch-rollup'));
  return { out, found, brief: found.map((d) => `${d.file.replace(/^.*\/(汇总|部门|乡镇)\//u, '$1/').replace(/^.*\//u, '')} ${d.location.cell ?? '-'} ${d.messageId} ${d.severity}`) };
}

describe('schemas/rollup.json: the words by which a government\'s report says it is a summary', () => {
  it('each pattern matches its real examples, each found in its corpus file', () => {
    const { entries } = summaryWords();
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      const re = new RegExp(e.regex, 'u');
      for (const x of e.examples) {
        expect(readFileSync(join(CORPUS_DIR, x.source), 'utf8'), `${x.source}: ${x.text}`).toContain(x.text);
        expect(re.test(x.text), `${e.regex} on ${x.text}`).toBe(true);
      }
    }
  });

  it('no department report of the corpus says so (as JSON and as its page); the 平潭 summaries whose pages say it do', async () => {
    const departments = readdirSync('fixtures/corpus').filter((n) => /^(pingtan-[a-z]+-\d{4}|seed-tianmen-2021)\.json$/u.test(n));
    expect(departments.length).toBe(9);
    for (const n of departments) {
      const base = n.slice(0, -5);
      for (const path of [join('fixtures/corpus', n), join(CORPUS_DIR, base, 'page.txt')]) {
        const facts = extractFacts(await readBytes(path, new Uint8Array(readFileSync(path))));
        expect(summarySays(facts), path).toBeUndefined();
      }
    }
    const says = async (name: string): Promise<string | undefined> => {
      const path = join(CORPUS_DIR, name, 'page.txt');
      return summarySays(extractFacts(await readBytes(path, new Uint8Array(readFileSync(path)))));
    };
    expect(await says('pingtan-2025')).toBe('全区共收到政府信息公开申请154件');
    expect(await says('pingtan-2022')).toBe('2022年全区共主动公开政府信息14571条');
    // 2024's page says it nowhere: not a summary by its words (its JSON's agency, from truth.json, says 汇总报告).
    expect(await says('pingtan-2024')).toBeUndefined();
  });

  it('the units of a government are its departments and towns, by name; never another government or its offices', () => {
    expect(isUnitOf('平潭综合实验区', '平潭综合实验区公安局')).toBe(true);
    expect(isUnitOf('平潭综合实验区', '平潭综合实验区管委会办公室')).toBe(true);
    expect(isUnitOf('某县', '某县城关镇人民政府')).toBe(true);
    expect(isUnitOf('某县', '某县财政局')).toBe(true);
    expect(isUnitOf('某市', '某市某区')).toBe(false);
    expect(isUnitOf('某市', '某市某区财政局')).toBe(false);
    expect(isUnitOf('某市', '某市某县城关镇')).toBe(false);
    expect(isUnitOf('某县', '某县')).toBe(false);
    expect(isUnitOf('某县', '另一县财政局')).toBe(false);
    expect(isUnitOf('平潭综合实验区', '天门市政务服务和大数据管理局')).toBe(false);
    // Vertical management reports within its own system (schemas/rollup.json notUnits, each example excluded).
    for (const n of summaryWords().notUnitEntries) {
      for (const name of n.examples) {
        const region = name.match(/^(?:国家统计局)?(.+?[区县])/u)![1]!;
        expect(isUnitOf(region, name.replace(/^国家统计局/u, '')), name).toBe(false);
      }
    }
    expect(isUnitOf('某县', '某县统计局')).toBe(true);
  });
});

describe('declared in gongkai.config.json', () => {
  it('the summary the exact sum of its units: nothing; another year\'s unit and a file outside the patterns are left out', async () => {
    const dir = folder({
      'gongkai.config.json': DECLARED,
      '汇总/pingtan-2022.json': summary(),
      '部门/econdev-2022.json': ECON,
      '部门/office-2022.json': OFF,
      '部门/police-2024.json': corpus('pingtan-police-2024'),
      '其他/finance-2021.json': corpus('pingtan-finance-2021'),
    });
    const { found } = await check([dir]);
    expect(found).toEqual([]);
  });

  it('planted: a finding at each differing cell, with the official labels, the sum, the value and the units with theirs (zh and en)', async () => {
    const s = summary();
    s.tables.t2.normative_documents.in_force += 10;
    s.tables.t4.suit_direct.upheld -= 1;
    s.tables.t4.suit_direct.total -= 1;
    const dir = folder({ 'gongkai.config.json': DECLARED, '汇总/pingtan-2022.json': s, '部门/econdev-2022.json': ECON, '部门/office-2022.json': OFF });
    const { found, brief } = await check([dir]);
    expect(brief).toEqual([
      'pingtan-2022.json t2.normative_documents.in_force differs warning',
      'pingtan-2022.json t4.suit_direct.upheld differs warning',
      'pingtan-2022.json t4.suit_direct.total differs warning',
    ]);
    const [docs] = found;
    expect(docs!.location.labels).toMatchObject({ row: '行政规范性文件', column: '现行有效件数' });
    expect(docs!.expected).toBe(94);
    expect(docs!.actual).toBe(104);
    expect(docs!.message).toMatch(/^表二“行政规范性文件”行“现行有效件数”列为 104，但 .*gongkai\.config\.json 中声明的 2 份单位报告同一格之和为 94，相差 10。各单位：部门\/econdev-2022\.json（5）、部门\/office-2022\.json（89）。$/u);
    expect(docs!.data).toMatchObject({ unitCount: 2, skippedCount: 0, expected: 94, actual: 104 });
    const en = await check([dir], ['--lang', 'en']);
    expect(en.found[0]!.message).toMatch(/^Table 二, row "行政规范性文件", column "现行有效件数" is 104, but the 2 unit reports declared in .*gongkai\.config\.json add up to 94 in that cell, a difference of 10\. Units: 部门\/econdev-2022\.json \(5\), 部门\/office-2022\.json \(89\)\.$/u);
    expect(en.found[0]!.hint).toContain('correct "rollup" in gongkai.config.json');
  });

  it('a unit\'s blank cell is left out and named: only a sum above the summary is certain; a blank summary cell is never compared', async () => {
    const econ = copy(ECON);
    econ.tables.t2.normative_documents.in_force = null;
    const s = summary();
    // 94 with the blank unit (its 5 not counted: 89 read) is no certain fault; 80 is below the 89 read.
    const fine = await check([folder({ 'gongkai.config.json': DECLARED, '汇总/s.json': s, '部门/econdev-2022.json': econ, '部门/office-2022.json': OFF })]);
    expect(fine.found).toEqual([]);
    s.tables.t2.normative_documents.in_force = 80;
    s.tables.t3.new.total = null;
    const { found, brief } = await check([folder({ 'gongkai.config.json': DECLARED, '汇总/s.json': s, '部门/econdev-2022.json': econ, '部门/office-2022.json': OFF })]);
    expect(brief).toEqual(['s.json t2.normative_documents.in_force above warning']);
    expect(found[0]!.message).toContain('小于');
    expect(found[0]!.message).toContain('各单位：部门/office-2022.json（89）。另有 1 份单位报告该格没有数字（部门/econdev-2022.json），未计入');
    expect(found[0]!.data).toMatchObject({ unitCount: 1, skippedCount: 1, expected: 89, actual: 80 });
  });

  it('a unit of the other version of the format: only the cells both versions have, said once', async () => {
    // 管委会办公室's report of 2022 as if written in the 2019 layout (pingtan-2020's tables, its name and year).
    const old: Json = { ...copy(corpus('pingtan-2020')), agency: '平潭综合实验区管委会办公室', title: '平潭综合实验区管委会办公室2022年政府信息公开工作年度报告', year: 2022 };
    const s = summary();
    // The summary the sum on the cells both versions have; on the others, anything.
    const f21 = getFormat('2021');
    const f19 = getFormat('2019');
    let only = 0;
    for (const t of ['t2', 't3', 't4'] as const) {
      for (const { row, column } of tableCells(f21.tables[t])) {
        if (!hasCell(f19.tables[t], row.id, column.id)) {
          only++;
          continue;
        }
        s.tables[t][row.id][column.id] = ECON.tables[t][row.id][column.id] + old.tables[t][row.id][column.id];
      }
    }
    const { found, brief } = await check([folder({ 'gongkai.config.json': DECLARED, '汇总/s.json': s, '部门/econdev-2022.json': ECON, '部门/office-2022.json': old })]);
    expect(brief).toEqual(['s.json - versions info']);
    expect(found[0]!.message).toBe(`1 份单位报告（部门/office-2022.json）按 2019 年版格式填写，本报告按 2021 年版：只比较了两版都有的格，${only} 格没有比较。`);
  });

  it('a unit in the run twice counts once; no unit of the summary\'s year is said once', async () => {
    const s = summary();
    const twice = await check([folder({ 'gongkai.config.json': DECLARED, '汇总/s.json': s, '部门/econdev-2022.json': ECON, '部门/office-2022.json': OFF, '乡镇/office-copy.json': OFF })]);
    expect(twice.found).toEqual([]);
    const none = await check([folder({ 'gongkai.config.json': DECLARED, '汇总/s.json': s, '部门/police-2024.json': corpus('pingtan-police-2024') })]);
    expect(none.brief).toEqual(['s.json - noUnits info']);
    expect(none.found[0]!.message).toMatch(/gongkai\.config\.json 声明本报告是汇总报告，但声明的单位报告中没有 2022 年度的报告可以比较。$/u);
  });

  it('"year" keeps only that year\'s reports; a declaration that is not valid stops the run (exit 2) naming the file', async () => {
    const s = summary();
    s.tables.t2.normative_documents.in_force += 10;
    const files = { '汇总/s.json': s, '部门/econdev-2022.json': ECON, '部门/office-2022.json': OFF };
    const other = await check([folder({ ...files, 'gongkai.config.json': JSON.stringify({ rollup: [{ summary: '汇总/*.json', units: ['部门/*'], year: 2023 }] }) })]);
    expect(other.found).toEqual([]);
    const same = await check([folder({ ...files, 'gongkai.config.json': JSON.stringify({ rollup: [{ summary: '汇总/*.json', units: ['部门/*'], year: 2022 }] }) })]);
    expect(same.brief).toEqual(['s.json t2.normative_documents.in_force differs warning']);
    const bad = folder({ ...files, 'gongkai.config.json': JSON.stringify({ rollup: [{ summary: '汇总/*.json' }] }) });
    const r = await runCli(['check', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(join(bad, 'gongkai.config.json'));
    expect(r.stderr).toContain('units');
  });
});

describe('undeclared: a government\'s report that says it is a summary, with its departments\' reports of the same year', () => {
  it('planted: only the cells where the departments add up to more than the summary, as info, quoting its words (zh and en)', async () => {
    const s = summary();
    s.tables.t2.normative_documents.in_force += 10; // above the departments: they may be only some of the units
    s.tables.t4.suit_direct.upheld -= 1;
    s.tables.t4.suit_direct.total -= 1;
    const dir = folder({ 'pingtan-2022.json': s, 'econdev-2022.json': ECON, 'office-2022.json': OFF, 'police-2024.json': corpus('pingtan-police-2024') });
    const { found, brief } = await check([dir]);
    expect(brief).toEqual(['pingtan-2022.json t4.suit_direct.upheld aboveFound info', 'pingtan-2022.json t4.suit_direct.total aboveFound info']);
    expect(found[0]!.message).toBe(
      '本报告说明是汇总报告（“2022年全区共主动公开政府信息14571条”），但表四“未经复议直接起诉”行“结果维持”列为 0，小于同批 2 份本级部门、乡镇（街道）报告同一格之和 1（相差 1）。各单位：econdev-2022.json（0）、office-2022.json（1）。',
    );
    const en = await check([dir], ['--lang', 'en']);
    expect(en.found[1]!.message).toBe(
      'This report says it is a summary ("2022年全区共主动公开政府信息14571条"), but table 四, row "未经复议直接起诉", column "总计" is 0, less than 1, the sum of that cell in the 2 reports of its departments and towns in this run (a difference of 1). Units: econdev-2022.json (0), office-2022.json (1).',
    );
  });

  it('a government\'s report that does not say it is a summary is not one', async () => {
    const s = summary();
    s.tables.t4.suit_direct.upheld -= 1;
    s.tables.t4.suit_direct.total -= 1;
    for (const sec of s.sections as { text: string }[]) sec.text = sec.text.replace(/全区/gu, '本区');
    expect((await check([folder({ 's.json': s, 'econdev-2022.json': ECON, 'office-2022.json': OFF })])).found).toEqual([]);
  });

  it('as published: the corpus checked as one batch (JSON and pages) gives none — 平潭 2023\'s fees 5949.088667 against 财政金融局\'s 5949.09 are the same within rounding', async () => {
    expect((await check(['fixtures/corpus'])).found).toEqual([]);
    const pages = readdirSync(CORPUS_DIR).filter((n) => n.startsWith('pingtan')).map((n) => join(CORPUS_DIR, n, 'page.txt'));
    expect((await check(pages)).found).toEqual([]);
    // The unit is above the summary by 0.001333, less than the rounding of 5949.09 (0.005).
    expect(corpus('pingtan-finance-2023').tables.t2.fees.fee_amount).toBeGreaterThan(corpus('pingtan-2023').tables.t2.fees.fee_amount);
    const s = { ...corpus('pingtan-2023') };
    s.tables.t2.fees.fee_amount = 5949.05;
    const { found } = await check([folder({ 's.json': s, 'finance-2023.json': corpus('pingtan-finance-2023') })]);
    expect(found.map((d) => [d.location.cell, d.expected, d.actual, d.data?.diff, d.data?.tolerance])).toEqual([['t2.fees.fee_amount', 5949.09, 5949.05, 0.04, 0.01]]);
  });
});

describe('through the built CLI', () => {
  it('node bin/gongkai.js check <dir> -f json: the declared case of the fixtures, in zh and en', () => {
    const dir = 'fixtures/rules/batch-rollup/invalid-declared-difference';
    for (const lang of ['zh', 'en']) {
      const r = spawnSync(process.execPath, ['bin/gongkai.js', 'check', dir, '-f', 'json', '--lang', lang], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0); // warnings only: exit 0
      const run = JSON.parse(r.stdout) as RunResult;
      const found = run.files.flatMap((f) => f.diagnostics.filter((d) => d.ruleId === 'batch-rollup').map((d) => `${f.file.replace(/^.*\//u, '')} ${d.location.cell} ${d.expected} ${d.actual}`));
      expect(found).toEqual(['input.json t2.normative_documents.in_force 94 104', 'input.json t4.suit_direct.upheld 1 0', 'input.json t4.suit_direct.total 1 0']);
      const message = run.files.find((f) => f.file.endsWith('input.json'))!.diagnostics.find((d) => d.ruleId === 'batch-rollup')!.message;
      expect(message).toContain(lang === 'zh' ? '各单位：batch-econdev-2022.json（5）、batch-office-2022.json（89）。' : 'Units: batch-econdev-2022.json (5), batch-office-2022.json (89).');
    }
  });
});

describe('the README\'s config example', () => {
  it('declares a rollup that config.schema.json accepts', () => {
    const block = readFileSync('README.md', 'utf8').split('```json').map((b) => b.split('```')[0]!).find((b) => b.includes('"rollup"'))!;
    const example = JSON.parse(block) as { rollup: unknown[] };
    expect(example.rollup).toHaveLength(1);
    const validate = new Ajv2020.default({ strict: false }).compile(JSON.parse(readFileSync('schemas/config.schema.json', 'utf8')) as object);
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('file patterns of the config', () => {
  it('a pattern with a folder matches the path below the config (report-late\'s "published" too); one without, file names in any folder', async () => {
    const police = corpus('pingtan-police-2024');
    const late = (published: Record<string, string>): Promise<{ found: Diagnostic[] }> =>
      runCli(['check', '--format', 'json', '--jobs', '1', folder({ 'gongkai.config.json': JSON.stringify({ options: { 'report-late': { published } } }), '部门/police-2024.json': police })]).then((r) => ({
        found: (JSON.parse(r.stdout) as RunResult).files.flatMap((f) => f.diagnostics.filter((d) => d.ruleId === 'report-late')),
      }));
    expect((await late({ '部门/*.json': '2025-03-02' })).found).toHaveLength(1);
    expect((await late({ '*.json': '2025-03-02' })).found).toHaveLength(1);
    expect((await late({ '乡镇/*.json': '2025-03-02' })).found).toHaveLength(0);
  });
});

describe('the batch outputs list the findings on the summary', () => {
  it('the reviewer\'s workbook (问题) and the batch page', async () => {
    const s = summary();
    s.tables.t2.normative_documents.in_force += 10;
    const dir = folder({ 'gongkai.config.json': DECLARED, '汇总/s.json': s, '部门/econdev-2022.json': ECON, '部门/office-2022.json': OFF });
    const out = tempDir('gk-rollup-out-');
    const xlsx = join(out, '汇总.xlsx');
    const html = join(out, 'page.html');
    const r = await runCli(['check', dir, '-f', `xlsx:${xlsx}`, '-f', `html:${html}`, '--jobs', '1']);
    expect(r.code, r.stderr).toBeLessThan(2);
    const book = XLSX.read(readFileSync(xlsx), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<(string | number | null)[]>(book.Sheets['问题']!, { header: 1, defval: null });
    const mine = rows.filter((row) => row[4] === 'batch-rollup');
    expect(mine).toHaveLength(1);
    expect(String(mine[0]![0])).toMatch(/汇总\/s\.json$/u);
    expect(mine[0]!.slice(9, 12)).toEqual([expect.stringContaining('同一格之和为 94，相差 10'), 94, 104]);
    const page = readFileSync(html, 'utf8');
    const at = page.indexOf('同一格之和为 94，相差 10');
    expect(at).toBeGreaterThan(0);
    expect(page.lastIndexOf('s.json', at)).toBeGreaterThan(page.lastIndexOf('econdev-2022.json', at));
  });
});
