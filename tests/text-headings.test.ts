/**
 * A flattened report with one section more than the template, numbered on to 七 — as a real department
 * report held out from the project publishes it ("二、政务公开工作主要任务落实情况" inserted, so its last
 * section is "七、其他需要报告的事项"). The text reader took numbered headings only up to 六, so the last
 * section was not found and the report got a false section-missing error. Now a heading numbered 七 to 十
 * is found when its title is a template title (as written or a known variant; a heading only similar to one
 * must carry the template's number). Built from the corpus page pingtan-2021, in process and through the CLI.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../src/check/bytes.js';
import { readReport } from '../src/node/file.js';
import { once } from '../scripts/text-cases.js';
import { tempDir } from './support/tmp.js';

const ROOT = join(import.meta.dirname, '..');
const PAGE = readFileSync(join(ROOT, 'fixtures/corpus-pages/pingtan-2021/page.txt'), 'utf8');

/** pingtan-2021's page with a section inserted after 一 and the sections after it numbered on. */
function sevenSections(): string {
  let t = once(PAGE, '二、主动公开政府信息情况', '二、政务公开工作主要任务落实情况 我区全面落实年度政务公开工作要点。三、主动公开政府信息情况');
  t = once(t, '三、收到和处理政府信息公开申请情况（', '四、收到和处理政府信息公开申请情况（');
  t = once(t, '四、政府信息公开行政复议', '五、政府信息公开行政复议');
  t = once(t, '五、存在的主要问题及改进情况', '六、存在的主要问题及改进情况');
  return once(t, '六、其他需要报告的事项', '七、其他需要报告的事项');
}

describe('a report whose sections are numbered on to 七', () => {
  it('every template section is found, the last under its 七 heading, with its text', async () => {
    const dir = tempDir('gongkai-text-headings-');
    const file = join(dir, 'page.txt');
    writeFileSync(file, sevenSections());
    const r = await readReport(file);
    const six = r.sections.find((s) => s.heading.includes('其他需要报告的事项'));
    expect(six?.heading).toBe('七、其他需要报告的事项');
    expect(six?.text).toContain('无收取信息处理费');
    const { result } = await checkBytes('page.txt', new TextEncoder().encode(sevenSections()));
    expect(result.diagnostics.filter((d) => d.ruleId === 'section-missing')).toEqual([]);
  });

  it('through the CLI: no section-missing, and the same errors as the page as published', () => {
    const dir = tempDir('gongkai-text-headings-');
    const file = join(dir, 'page.txt');
    writeFileSync(file, sevenSections());
    const errors = (f: string): string[] => {
      const out = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', f, '-f', 'json'], { encoding: 'utf8' }).stdout;
      return (JSON.parse(out) as { files: { diagnostics: { ruleId: string; severity: string }[] }[] }).files[0]!.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId);
    };
    expect(errors(file)).toEqual(errors(join(ROOT, 'fixtures/corpus-pages/pingtan-2021/page.txt')));
  });

  it('a numbered line that is not a template title and does not continue the headings\' numbering (八 after 六) is no heading', async () => {
    const text = once(PAGE, '六、其他需要报告的事项', '六、其他需要报告的事项 八、加强政务公开队伍建设。');
    const { result } = await checkBytes('page.txt', new TextEncoder().encode(text));
    const r = await readReport(join(ROOT, 'fixtures/corpus-pages/pingtan-2021/page.txt'));
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('section-')).map((d) => d.ruleId)).toEqual(
      (await checkBytes('page.txt', new TextEncoder().encode(PAGE))).result.diagnostics.filter((d) => d.ruleId.startsWith('section-')).map((d) => d.ruleId),
    );
    expect(r.sections).toHaveLength(6);
  });
});
