/**
 * A cell empty in the published table is the report's fault (cell-blank, for the agency to fix); a cell
 * gongkai could not read is a reading problem (extract-failed, category extraction: check the original).
 * Every output says which one it is (#17 item 4): pretty, JSON, SARIF, GitHub, the converted CSV, JSON and
 * HTML, the annotated HTML and the `check --format html` page — all through the CLI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, RunResult } from '../src/model/diagnostic.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

/**
 * The 2021 report of fixtures/readers/text/web-copy-blanks-2021 (cells one per line, t3.new.research
 * and t3.new.nonprofit among its blank cells) with the seven figures of （二）部分公开 run together
 * into digits no split fits ("81000099"): that row is unread; two rows' 总计 blank.
 */
function report(dir: string): string {
  const lines = readFileSync(join('fixtures', 'readers', 'text', 'web-copy-blanks-2021', 'input.txt'), 'utf8').split('\n');
  const i = lines.indexOf('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
  expect(lines.slice(i + 1, i + 8)).toEqual(['8', '1', '0', '0', '0', '0', '9']);
  lines.splice(i + 1, 7, '81000099');
  // The 总计 of 一、本年新收 and （一）予以公开 left blank beside their figures: those rows' sums cannot be
  // checked (blank zeros count as 0, a blank 总计 beside figures does not), so table 三's one "could not
  // check" lists the unchecked totals, the unread row's among them.
  for (const [label, total] of [['一、本年新收政府信息公开申请数量', '74'], ['（一）予以公开', '21']] as const) {
    const at = lines.indexOf(label);
    expect(lines[at + 7]).toBe(total);
    lines[at + 7] = '';
  }
  const file = join(dir, 'report.txt');
  writeFileSync(file, lines.join('\n'));
  return file;
}

const BLANK = 't3.new.research';
const UNREAD = 't3.partly_granted.natural';

describe('blank in the report vs not read by gongkai, in every output (#17 item 4)', () => {
  it('check: JSON and SARIF give the category and, for listed cells, a value or a status; pretty and GitHub say it in words', async () => {
    const file = report(tempDir('gk-blank-unread-'));
    const json = JSON.parse((await runCli(['check', file, '--format', 'json'])).stdout) as RunResult;
    const ds = json.files[0]!.diagnostics;
    const failed = ds.find((d) => d.ruleId === 'extract-failed')!;
    expect(failed).toMatchObject({ category: 'extraction', location: { table: 't3', row: 'partly_granted' } });
    const blank = ds.find((d) => d.ruleId === 'cell-blank' && d.location.table === 't3')!;
    expect(blank.category).toBe('content');
    expect(blank.related!.find((r) => r.location.cell === BLANK)).toMatchObject({ value: '' });
    // A sum that lists the unread row's cells gives their status, never an empty value.
    const listing = ds.filter((d) => d.related?.some((r) => r.location.cell?.startsWith('t3.partly_granted.')));
    expect(listing.length).toBeGreaterThan(0);
    for (const d of listing) {
      for (const r of d.related!.filter((x) => x.location.cell?.startsWith('t3.partly_granted.'))) {
        expect(r.status).toBe('unread');
        expect(r.value).toBeUndefined();
      }
    }
    // No cell of the unread row is reported as blank or missing.
    const about = (d: Diagnostic): string[] => [d.location.cell ?? '', ...(d.related ?? []).map((r) => r.location.cell ?? '')];
    expect(ds.filter((d) => (d.ruleId === 'cell-blank' || d.ruleId === 'cell-missing') && about(d).some((c) => c.startsWith('t3.partly_granted.')))).toEqual([]);

    const pretty = (await runCli(['check', file, '--verbose'])).stdout;
    expect(pretty).toContain('extract-failed · 读取问题（不一定是报告的错误，请对照原表）');
    expect(pretty).not.toContain('cell-blank · 读取问题');
    expect(pretty).toMatch(/（二）部分公开=（未读取）/);
    expect(pretty).not.toMatch(/（二）部分公开=（空白）/);
    expect(pretty).toContain('相关单元格: 科研机构=（空白）');
    const en = (await runCli(['check', file, '--verbose', '--lang', 'en'])).stdout;
    expect(en).toContain('extract-failed · reading problem (not necessarily an error in the report; compare with the original)');
    expect(en).toMatch(/=\(not read\)/);

    const sarif = JSON.parse((await runCli(['check', file, '--format', 'sarif'])).stdout) as {
      runs: { results: { ruleId: string; message: { text: string }; properties: { category: string }; relatedLocations?: { message: { text: string } }[] }[] }[];
    };
    const results = sarif.runs[0]!.results;
    const sFailed = results.find((r) => r.ruleId === 'extract-failed')!;
    expect(sFailed.properties.category).toBe('extraction');
    expect(sFailed.message.text).toContain('读取问题（不一定是报告的错误，请对照原表）');
    const sBlank = results.find((r) => r.ruleId === 'cell-blank' && r.message.text.startsWith('表三'))!;
    expect(sBlank.properties.category).toBe('content');
    expect(sBlank.message.text).not.toContain('读取问题');
    expect(sBlank.relatedLocations!.map((r) => r.message.text)).toContain('一、本年新收政府信息公开申请数量 › 科研机构=（空白）');
    const unreadOperands = results.flatMap((r) => r.relatedLocations ?? []).map((r) => r.message.text).filter((t) => t.startsWith('（二）部分公开'));
    expect(unreadOperands.length).toBeGreaterThan(0);
    expect(unreadOperands.every((t) => t.endsWith('=（未读取）'))).toBe(true);

    const github = (await runCli(['check', file, '--format', 'github'])).stdout.split('\n');
    expect(github.find((l) => l.includes('title=gongkai extract-failed'))).toContain('%0A读取问题（不一定是报告的错误，请对照原表）');
    expect(github.filter((l) => l.includes('title=gongkai cell-blank')).every((l) => !l.includes('读取问题'))).toBe(true);
  });

  it('the cell-blank message says the report leaves the cell empty', async () => {
    const file = report(tempDir('gk-blank-unread-'));
    const ds = (JSON.parse((await runCli(['check', file, '--format', 'json'])).stdout) as RunResult).files[0]!.diagnostics;
    expect(ds.find((d) => d.ruleId === 'cell-blank' && d.location.cell === 't2.regulations.issued')!.message).toBe('表二“规章”行“本年制发件数”列在报告中为空白（没有填写）。');
  });

  it('convert: CSV and JSON write a blank as empty and an unread cell marked unread; HTML tags an unread cell, never as blank', async () => {
    const dir = tempDir('gk-blank-unread-');
    const file = report(dir);
    const csv = await runCli(['convert', file, '--to', 'csv']);
    expect(csv.code).toBe(1);
    const rows = csv.stdout.split('\r\n');
    expect(rows.find((l) => l.startsWith('三,,一、本年新收政府信息公开申请数量,法人或其他组织,科研机构,'))).toMatch(/,,\d+:1,read,$/);
    expect(rows.find((l) => l.startsWith('三,三、本年度办理结果,（二）部分公开（区分处理的，只计这一情形，不计其他情形）,申请人情况,自然人,'))).toMatch(/,,\d+:1,unread,表三“（二）部分公开”行的数字“81000099”/);

    const out = join(dir, 'report.json');
    expect((await runCli(['convert', file, '--to', 'json', '-o', out])).code).toBe(1);
    const data = JSON.parse(readFileSync(out, 'utf8')) as { tables: { t3: Record<string, Record<string, unknown>> } };
    expect(data.tables.t3.new!.research).toMatchObject({ value: null });
    expect(data.tables.t3.new!.research).not.toHaveProperty('status');
    expect(data.tables.t3.partly_granted!.natural).toMatchObject({ value: null, status: 'unread' });

    const cell = (html: string, id: string): string => new RegExp(`<td [^>]*data-cell="${id.replace(/\./g, '\\.')}"[^>]*>.*?</td>`).exec(html)?.[0] ?? '';
    const plain = (await runCli(['convert', file, '--to', 'html'])).stdout;
    expect(cell(plain, BLANK)).toContain('data-kind="blank"');
    expect(cell(plain, BLANK)).not.toContain('class="tag"');
    expect(cell(plain, UNREAD)).toContain('data-kind="unread"');
    expect(cell(plain, UNREAD)).toContain('>未读取</span>');

    const annotated = (await runCli(['convert', file, '--to', 'html', '--annotate'])).stdout;
    expect(cell(annotated, BLANK)).toContain('>空白</span>');
    expect(cell(annotated, UNREAD)).toContain('>未读取</span>');
    expect(cell(annotated, UNREAD)).not.toContain('>缺失</span>');
    expect(annotated).toMatch(/data-rule="extract-failed">.*<span class="reading">读取问题（不一定是报告的错误，请对照原表）<\/span>/);
    expect(annotated).not.toMatch(/data-rule="cell-blank">[^\n]*class="reading"/);

    const page = join(dir, 'page.html');
    await runCli(['check', file, '--format', 'html', '-o', page]);
    const checked = readFileSync(page, 'utf8');
    expect(cell(checked, UNREAD)).toContain('data-kind="unread"');
    expect(cell(checked, BLANK)).toContain('data-kind="blank"');
    expect(checked).toContain('<span class="reading">读取问题（不一定是报告的错误，请对照原表）</span>');
  });
});
