/** Year over year across the files of a run (src/analysis/facts.ts, src/check/crossfile.ts) and --previous. */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../src/node/run.js';
import { readReport } from '../src/node/file.js';
import { agencyKey, extractFacts } from '../src/analysis/facts.js';
import type { Diagnostic, RunResult } from '../src/model/diagnostic.js';
import { runCli } from './support/cli.js';
import { CORPUS_DIR } from './support/corpus.js';
import { tempDir } from './support/tmp.js';

const CHAIN = ['pingtan-2021', 'pingtan-2022', 'pingtan-2023', 'pingtan-2024', 'pingtan-2025'];
const corpus = (n: string): string => `fixtures/corpus/${n}.json`;

function yoy(r: RunResult): { file: string; d: Diagnostic }[] {
  return r.files.flatMap((f) => f.diagnostics.filter((d) => d.ruleId.startsWith('yoy-')).map((d) => ({ file: f.file.replace(/^.*\//, ''), d })));
}

/** Copies corpus reports into a fresh folder, letting a callback change their JSON. */
function copies(names: string[], change: (name: string, json: Record<string, any>) => void = () => {}): string {
  const dir = tempDir('gongkai-yoy-');
  for (const n of names) {
    const json = JSON.parse(readFileSync(corpus(n), 'utf8')) as Record<string, any>;
    change(n, json);
    writeFileSync(join(dir, `${n}.json`), JSON.stringify(json));
  }
  return dir;
}

describe('year over year on the 平潭 2021–2025 chain', () => {
  it('checks every pair: carry-over holds in every column, 现行有效 breaks in 2023–2025 (as the pages show)', async () => {
    const r = await checkPaths(CHAIN.map(corpus), { jobs: 1 });
    const found = yoy(r).map(({ file, d }) => `${file} ${d.ruleId} ${d.location.cell ?? ''} ${d.expected ?? ''}/${d.actual ?? ''}`.trim());
    expect(found.filter((x) => !x.includes('yoy-jump'))).toEqual([
      // 698 + 77 − 132 = 643 ≠ 470 (page: 行政规范性文件 77|132|470); 470 + 62 − 33 = 499 ≠ 440; 440 + 58 − 45 = 453 ≠ 546.
      'pingtan-2023.json yoy-in-force t2.normative_documents.in_force 643/470',
      'pingtan-2024.json yoy-in-force t2.normative_documents.in_force 499/440',
      'pingtan-2025.json yoy-in-force t2.normative_documents.in_force 453/546',
    ]);
    // The pages, flattened: 行政规范性文件 本年制发|本年废止|现行有效 run together.
    const pages: Record<string, string> = { 'pingtan-2022': '8855698', 'pingtan-2023': '77132470', 'pingtan-2024': '6233440', 'pingtan-2025': '5845546' };
    for (const [n, digits] of Object.entries(pages)) expect(readFileSync(join(CORPUS_DIR, n, 'page.txt'), 'utf8')).toContain(`行政规范性文件${digits}`);
    // Large jumps are info only.
    expect(yoy(r).filter(({ d }) => d.ruleId === 'yoy-jump').every(({ d }) => d.severity === 'info')).toBe(true);
    expect(yoy(r).some(({ file, d }) => file === 'pingtan-2024.json' && d.ruleId === 'yoy-jump' && d.message.includes('81 增至 218'))).toBe(true);
    // No errors from the chain: the carry-over of 2021→2022 (1 application, 自然人) matches.
    expect(yoy(r).filter(({ d }) => d.severity === 'error')).toEqual([]);
  });

  it('the same chain read from the published pages (page.txt): carry-over facts present in every year, no carry-over error', async () => {
    const pages = CHAIN.map((n) => join(CORPUS_DIR, n, 'page.txt'));
    for (const p of pages) {
      const facts = extractFacts(await readReport(p));
      expect(facts.agencyKey).toBe(agencyKey('平潭综合实验区'));
      expect(Object.values(facts.carry?.over ?? {}).every((v) => typeof v === 'number')).toBe(true);
      expect(Object.values(facts.carry?.forward ?? {}).every((v) => typeof v === 'number')).toBe(true);
    }
    const r = await checkPaths(pages, { jobs: 1 });
    expect(yoy(r).filter(({ d }) => d.ruleId === 'yoy-carry-over' || d.ruleId === 'yoy-missing-year')).toEqual([]);
  });

  it('a carry-over that does not match is an error on the later file naming both files and cells', async () => {
    const dir = copies(CHAIN, (n, j) => {
      if (n === 'pingtan-2023') {
        j.tables.t3.carried_over.natural = 1;
        j.tables.t3.carried_over.total = 1;
      }
    });
    const r = await checkPaths([dir], { jobs: 1 });
    const errors = yoy(r).filter(({ d }) => d.ruleId === 'yoy-carry-over');
    expect(errors.map(({ file, d }) => `${file} ${d.location.cell} ${d.expected}/${d.actual}`)).toEqual([
      'pingtan-2023.json t3.carried_over.natural 0/1',
      'pingtan-2023.json t3.carried_over.total 0/1',
    ]);
    expect(errors[0]!.d.severity).toBe('error');
    expect(errors[0]!.d.message).toContain('pingtan-2022.json');
    expect(errors[0]!.d.related?.[0]?.location.cell).toBe('t3.carried_forward.natural');
  });

  it('the whole corpus: missing years are reported per agency, the 2019–2025 region chain is complete', async () => {
    const r = await checkPaths(['fixtures/corpus'], { jobs: 1 });
    const gaps = yoy(r).filter(({ d }) => d.ruleId === 'yoy-missing-year').map(({ file, d }) => `${file}: ${d.data?.missing}`);
    expect(gaps).toEqual([
      'pingtan-econdev-2024.json: 2023',
      'pingtan-finance-2023.json: 2022',
      'pingtan-office-2025.json: 2023、2024',
      'pingtan-police-2024.json: 2022、2023',
    ]);
    // 财政金融局 2023 repeats its 2021 section 五 (problems 一是…二是…三是… and the measures, nearly word for word):
    // the one report of the corpus that repeats last year's text, as a whole and in section 五.
    const repeats = yoy(r).filter(({ d }) => d.ruleId === 'yoy-text-repeat').map(({ file, d }) => `${file} ${d.location.section ?? 'whole'} ${d.data?.share}`);
    expect(repeats).toEqual(['pingtan-finance-2023.json whole 50%', 'pingtan-finance-2023.json s5 59%']);
    const page = readFileSync(join(CORPUS_DIR, 'pingtan-finance-2023/page.txt'), 'utf8');
    expect(page).toContain('一是处室主动公开意识有待加强');
    expect(readFileSync(join(CORPUS_DIR, 'pingtan-finance-2021/page.txt'), 'utf8')).toContain('一是处室主动公开意识有待加强');
    // The facts stay out of the printed result.
    expect(JSON.stringify(r)).not.toContain('"facts"');
  });

  it('--previous compares a single pair, whatever the agency names', async () => {
    const r = await runCli(['check', '--format', 'json', '--previous', corpus('pingtan-2022'), corpus('pingtan-2023')]);
    const out = JSON.parse(r.stdout) as RunResult;
    expect(out.files).toHaveLength(1);
    expect(yoy(out).map(({ d }) => d.ruleId)).toContain('yoy-in-force');
    const far = await runCli(['check', '--format', 'json', '--previous', corpus('pingtan-2021'), corpus('pingtan-2023')]);
    expect(yoy(JSON.parse(far.stdout) as RunResult).map(({ d }) => d.messageId)).toEqual(['previousNotAdjacent']);
    const missing = await runCli(['check', '--previous', 'no-such-file.json', corpus('pingtan-2023')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--previous no-such-file.json');
  });

  it('section 五 repeated from last year is a warning with the share repeated', async () => {
    const dir = copies(['pingtan-2023', 'pingtan-2024'], (n, j) => {
      if (n === 'pingtan-2024') {
        const five = (j.sections as { heading: string; text: string }[]).find((s) => s.heading.startsWith('五'))!;
        const old = JSON.parse(readFileSync(corpus('pingtan-2023'), 'utf8')).sections.find((s: { heading: string }) => s.heading.startsWith('五')).text as string;
        five.text = old.replace(/2024年/gu, '2025年');
      }
    });
    const r = await checkPaths([dir], { jobs: 1 });
    const w = yoy(r).filter(({ d }) => d.ruleId === 'yoy-text-repeat');
    expect(w).toHaveLength(1);
    expect(w[0]!.d.severity).toBe('warning');
    expect(w[0]!.d.location.section).toBe('s5');
    expect(w[0]!.d.message).toContain('“五、存在的主要问题及改进情况”有 100% 的文字与上一份报告');
  });

  it('severities of cross-file rules follow --rule', async () => {
    const r = await checkPaths(CHAIN.map(corpus), { jobs: 1, rules: { 'yoy-in-force': 'off', 'yoy-jump': 'warning' } });
    expect(yoy(r).some(({ d }) => d.ruleId === 'yoy-in-force')).toBe(false);
    expect(yoy(r).filter(({ d }) => d.ruleId === 'yoy-jump').every(({ d }) => d.severity === 'warning')).toBe(true);
  });

  it('agency names match across brackets, width and spacing', () => {
    expect(agencyKey('平潭综合实验区（管委会，区级汇总报告）')).toBe(agencyKey('平潭综合实验区'));
    expect(agencyKey('平潭综合实验区 公安局')).toBe(agencyKey('平潭综合实验区公安局'));
    expect(agencyKey('平潭综合实验区公安局')).not.toBe(agencyKey('平潭综合实验区'));
  });

  it('a copy of a report in another folder is a duplicate of the same year, not a chain', async () => {
    const dir = tempDir('gongkai-yoy-');
    copyFileSync(corpus('pingtan-2022'), join(dir, 'a.json'));
    copyFileSync(corpus('pingtan-2022'), join(dir, 'b.json'));
    const r = await checkPaths([dir], { jobs: 1 });
    expect(yoy(r)).toEqual([]);
  });
});

describe('the same report twice in a run', () => {
  it('a previous year present twice (a copy, or the same report in two formats) gives each finding once', async () => {
    const dir = copies(['pingtan-2022', 'pingtan-2023']);
    copyFileSync(join(dir, 'pingtan-2022.json'), join(dir, 'pingtan-2022-copy.json'));
    const both = await checkPaths([dir], { jobs: 1 });
    const single = await checkPaths([join(dir, 'pingtan-2022.json'), join(dir, 'pingtan-2023.json')], { jobs: 1 });
    const on2023 = (r: RunResult) => yoy(r).filter((x) => x.file === 'pingtan-2023.json').map((x) => `${x.d.ruleId} ${x.d.location.cell ?? ''}`);
    expect(on2023(single).length).toBeGreaterThan(0);
    expect(on2023(both)).toEqual(on2023(single));
  });
});
