/**
 * The batch page's charts (issue #19 item 3, formatters/html-charts.ts): the bars equal the counts of the
 * JSON output for a batch (fixtures/corpus and a few broken files), the agency with several years gets
 * its line of 新收 and 办理结果 with the figures of its reports, the page stays within its CSP (no style
 * attribute), and the bars and lines are capped for a large run.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_BUCKETS, errorBucket, MAX_AGENCY_LINES, MAX_RULE_BARS, RunCharts } from '../src/formatters/html-charts.js';
import type { FileResult, RunResult } from '../src/model/diagnostic.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'fixtures/corpus');

/** A batch: the corpus, a file that is not JSON at all, a cut-off file, and a rule fixture with errors. */
function batch(): string {
  const dir = tempDir('gongkai-charts-');
  const reports = join(dir, 'reports');
  mkdirSync(reports);
  for (const f of readdirSync(CORPUS)) copyFileSync(join(CORPUS, f), join(reports, f));
  writeFileSync(join(reports, 'cut-off.json'), '{"sections": [');
  writeFileSync(join(reports, 'broken-report.json'), '{"agency": "测试机构", "year": 2021, "tables": {"t3": {"new": {"total": "很多"}}}}');
  copyFileSync(join(ROOT, 'fixtures/rules/cell-blank/invalid-placeholders-and-blank/input.json'), join(reports, 'blanks.json'));
  return dir;
}

/** The bars of a chart on the page: data value → count. */
function bars(page: string, kind: 'rule' | 'errors'): Map<string, number> {
  const section = page.slice(page.indexOf(`id="chart-${kind === 'rule' ? 'rules' : 'errors'}"`));
  const figure = section.slice(0, section.indexOf('</figure>'));
  return new Map([...figure.matchAll(new RegExp(`data-${kind}="([^"]*)" data-count="(\\d+)"`, 'g'))].map((m) => [m[1]!, Number(m[2])]));
}

/** The points of an agency's line: series → year → value. */
function line(page: string, agency: string): Record<string, Record<number, number>> | undefined {
  const at = page.indexOf(`data-agency="${agency}"`);
  if (at < 0) return undefined;
  const figure = page.slice(at, page.indexOf('</figure>', at));
  const out: Record<string, Record<number, number>> = {};
  for (const m of figure.matchAll(/data-series="(\w+)" data-year="(\d+)" data-value="(-?[\d.]+)"/g)) (out[m[1]!] ??= {})[Number(m[2])] = Number(m[3]);
  return out;
}

function corpusFigures(prefix: RegExp): Record<string, Record<number, number>> {
  const out: Record<string, Record<number, number>> = { received: {}, handled: {} };
  for (const f of readdirSync(CORPUS).filter((x) => prefix.test(x))) {
    const d = JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as { year: number; tables: { t3: Record<string, Record<string, number>> } };
    out.received![d.year] = d.tables.t3.new!.total!;
    out.handled![d.year] = d.tables.t3.total!.total!;
  }
  return out;
}

describe('the batch page charts', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`draw the JSON output's counts and the lines of agencies with several years (${lang})`, async () => {
      const dir = batch();
      const out = join(dir, 'page.html');
      const r = await runCli(['check', join(dir, 'reports'), '-f', `html:${out}`, '-f', 'json', '--lang', lang, '--jobs', '1'], {}, dir);
      expect(r.code, r.stderr).toBe(1);
      const json = JSON.parse(r.stdout) as RunResult;
      const page = readFileSync(out, 'utf8');
      expect(json.files.filter((f) => !f.readable).length).toBeGreaterThanOrEqual(1);
      // Findings by rule: one bar per rule, its count that of the JSON output.
      const byRule = new Map<string, number>();
      for (const f of json.files) for (const d of f.diagnostics) byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
      expect(byRule.size, JSON.stringify([...byRule])).toBeGreaterThan(3);
      expect(bars(page, 'rule')).toEqual(byRule);
      // Reports by number of errors.
      const groups = ERROR_BUCKETS.map(() => 0);
      for (const f of json.files) groups[errorBucket(f.errorCount)]!++;
      expect([...bars(page, 'errors').values()]).toEqual(groups);
      expect(groups.reduce((a, b) => a + b, 0)).toBe(json.files.length);
      // The line of the agency with seven years, and of those with two; none for one year alone.
      expect(line(page, '平潭综合实验区（管委会，区级汇总报告）')).toEqual(corpusFigures(/^pingtan-20\d\d\.json$/));
      expect(line(page, '平潭综合实验区公安局')).toEqual(corpusFigures(/^pingtan-police-/));
      expect(line(page, '天门市政务服务和大数据管理局')).toBeUndefined();
      expect(page.match(/class="chart chart-line"/g)?.length).toBe(5);
      // Accessible and within the CSP: titles, descriptions, data tables; no style attribute, no script.
      expect(page.match(/<svg [^>]*role="img" aria-labelledby="[^"]+-t [^"]+-d"/g)?.length).toBe(7);
      expect(page.match(/<table class="sr chart-data">/g)?.length).toBe(7);
      expect(page).not.toMatch(/\sstyle=|<script/i);
      expect(page).toContain(lang === 'zh' ? '按规则统计的问题数' : 'Findings by rule');
      expect(page).not.toContain(lang === 'zh' ? 'Findings by rule' : '按规则统计的问题数');
    });
  }
});

/** The charts' section of a page. */
function chartsOf(page: string): string {
  const from = page.indexOf('<section class="charts"');
  return page.slice(from, page.indexOf('</section>', from));
}

describe('the built CLI (views drawn in a child process)', () => {
  it('draws the same charts, the lines from the cells the checking processes kept', async () => {
    const dir = batch();
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', 'reports', '-f', 'html:built.html', '--jobs', '2'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    const inProcess = await runCli(['check', join(dir, 'reports'), '-f', `html:${join(dir, 'here.html')}`, '--jobs', '1'], {}, dir);
    expect(inProcess.code).toBe(1);
    const built = chartsOf(readFileSync(join(dir, 'built.html'), 'utf8'));
    expect(built).toContain('data-agency="平潭综合实验区（管委会，区级汇总报告）"');
    expect(built).toBe(chartsOf(readFileSync(join(dir, 'here.html'), 'utf8')));
  });
});

describe('the charts of a large run are bounded', () => {
  const file = (i: number, agency: string, year: number, rules: string[], errors: number): FileResult =>
    ({
      file: `r${i}.json`,
      readable: true,
      agency,
      year,
      errorCount: errors,
      warningCount: 0,
      infoCount: 0,
      diagnostics: rules.map((ruleId) => ({ ruleId, severity: 'error', category: 'table', message: 'x', file: `r${i}.json`, location: {} })),
    }) as unknown as FileResult;

  it('caps the rule bars and the agency lines, and says so', () => {
    const charts = new RunCharts();
    const agencies = 30;
    for (let a = 0; a < agencies; a++) {
      for (const year of [2021, 2022, 2023].slice(0, a < 5 ? 3 : 2)) {
        const rules = Array.from({ length: 3 }, (_, k) => `rule-${(a * 3 + k) % 60}`);
        charts.add(file(a * 10 + year, `机构${a}`, year, rules, 3), { received: a + year - 2000, handled: a });
      }
    }
    const page = charts.render('zh');
    const ruleBars = bars(page, 'rule');
    expect(ruleBars.size).toBe(MAX_RULE_BARS + 1);
    expect(ruleBars.get('')).toBeGreaterThan(0);
    expect([...ruleBars.values()].reduce((a, b) => a + b, 0)).toBe((5 * 3 + 25 * 2) * 3);
    expect(page).toContain(`其余 ${60 - MAX_RULE_BARS} 条规则合为一条`);
    expect(page.match(/class="chart chart-line"/g)?.length).toBe(MAX_AGENCY_LINES);
    expect(page).toContain(`共有 ${agencies} 个机构有两个或以上年度的报告，只画出报告年度最多的 ${MAX_AGENCY_LINES} 个，其余 ${agencies - MAX_AGENCY_LINES} 个未画出`);
    // The agencies with three years come first.
    for (let a = 0; a < 5; a++) expect(line(page, `机构${a}`)?.received).toEqual({ 2021: a + 21, 2022: a + 22, 2023: a + 23 });
    expect(page.length).toBeLessThan(60_000);
  });

  it('a run without findings says so instead of an empty chart', () => {
    const charts = new RunCharts();
    charts.add(file(1, 'A', 2021, [], 0));
    const page = charts.render('en');
    expect(page).toContain('No findings.');
    expect([...bars(page, 'errors').values()]).toEqual([1, 0, 0, 0, 0, 0, 0]);
  });
});
