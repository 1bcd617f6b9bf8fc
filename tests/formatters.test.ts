import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../src/formatters/index.js';
import { escapeData, escapeProperty, stepSummary, SUMMARY_MAX_ROWS } from '../src/formatters/github.js';
import { summarize } from '../src/node/run.js';
import type { FileResult } from '../src/model/diagnostic.js';
import { SETS } from './support/diagnostic-sets.js';

const ctx = { color: 0 as const, cwd: '/work/project', quiet: false };

/** SARIF without tool.driver.rules and ruleIndex: they follow the registry (tested in sarif.test.ts), not the set. */
function withoutRuleList(text: string): string {
  const log = JSON.parse(text);
  log.runs[0].tool.driver.rules = '(every rule of the registry)';
  for (const r of log.runs[0].results) delete r.ruleIndex;
  return JSON.stringify(log, null, 2);
}

describe('every formatter on every shared diagnostic set', () => {
  for (const name of Object.keys(FORMATTERS)) {
    for (const [set, result] of Object.entries(SETS)) {
      it(`${name} · ${set}`, async () => {
        const text = (await FORMATTERS[name]!())(result, ctx);
        expect(text.endsWith('\n')).toBe(true);
        expect(name === 'sarif' ? withoutRuleList(text) : text).toMatchSnapshot();
      });
    }
  }
  for (const [set, result] of Object.entries(SETS)) {
    it(`github step summary · ${set}`, () => expect(stepSummary(result, ctx)).toMatchSnapshot());
  }
});

describe('json formatter', () => {
  it('prints exactly the RunResult', async () => {
    const text = (await FORMATTERS.json!())(SETS['multi-file']!, ctx);
    expect(JSON.parse(text)).toEqual(SETS['multi-file']);
  });
});

describe('pretty formatter', () => {
  it('names the unreadable files after the summary', async () => {
    const text = (await FORMATTERS.pretty!())(SETS['multi-file']!, ctx);
    const tail = text.slice(text.indexOf('共检查'));
    expect(tail).toContain('无法读取的文件');
    expect(tail).toContain('reports/broken.json');
  });
  it('--quiet shows errors only', async () => {
    const text = (await FORMATTERS.pretty!())(SETS.regular!, { ...ctx, quiet: true });
    expect(text).toContain('table3-balance');
    expect(text).not.toContain('cell-blank');
  });
});

describe('github formatter', () => {
  it('escapes data and properties as the Actions toolkit does', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('writes one workflow command per diagnostic, with file, line, col and title', async () => {
    const lines = (await FORMATTERS.github!())(SETS.lines!, ctx).trimEnd().split('\n');
    expect(lines[0]).toBe(
      '::warning file=reports/c-2024.csv,line=42,col=3,title=gongkai cell-unit%3A 表四 › 行政复议 › 结果维持::表四“行政复议”行“结果维持”列写成“3件”，单元格内不应带单位“件”。%0Afix: 只填写 3。',
    );
    expect(lines[1]).toMatch(/^::warning file=reports\/c-2024\.csv,line=7,title=/);
    expect(lines[1]).not.toContain('col=');
  });

  it('maps info to notice and puts the cell in the message when there is no line', async () => {
    const text = (await FORMATTERS.github!())(SETS.regular!, ctx);
    const notice = text.split('\n').find((l) => l.startsWith('::notice '));
    expect(notice).toBeDefined();
    expect(notice).toContain('::[');
    expect(notice).toContain('#/tables/t3/denied_query/total');
  });

  it('never lets a message break out of its command', async () => {
    const text = (await FORMATTERS.github!())(SETS['non-ascii']!, ctx);
    const commands = text.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(1);
    const [, props, message] = /^::error ([^:]*)::(.*)$/.exec(commands[0]!)!;
    expect(props).toContain('file=报告 目录/平潭 2023%2C 年报.json');
    expect(props!.split(',').every((p) => /^(file|line|col|title)=/.test(p))).toBe(true);
    expect(message).toContain('100%25, 见附件:');
    expect(message).toContain('%0D%0A');
    expect(message).not.toMatch(/[\r\n]/);
  });

  it('step summary lists files with problems, errors first, and caps the rows', () => {
    const many: FileResult[] = Array.from({ length: SUMMARY_MAX_ROWS + 5 }, (_, i) => ({
      ...SETS.regular!.files[0]!,
      file: `r/${String(i).padStart(4, '0')}.json`,
    }));
    const md = stepSummary(summarize(many, 'en'), ctx);
    expect(md.split('\n').filter((l) => l.startsWith('| `r/'))).toHaveLength(SUMMARY_MAX_ROWS);
    expect(md).toContain('5 more file(s) with problems not listed.');
    const multi = stepSummary(SETS['multi-file']!, ctx);
    const rows = multi.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows[0]).toContain('reports/broken.json');
    expect(multi).not.toContain('clean-2021');
  });
});
