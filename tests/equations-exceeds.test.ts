/**
 * A sum with cells the reader could not read is "could not check" (info) — unless it cannot hold whatever
 * those cells are: the counts of tables 三 and 四 are never below 0, so when the figures read on the side
 * with the gaps already exceed the other, complete side, the sum is broken for certain and is an error at its
 * total (src/rules/equations.ts, messageId `exceeds`); one that could hold says which cells are in the way and what each is. A real report (the corpus's pingtan-2023 as converted
 * JSON, fixtures/forced-cells/difference) with cells marked unread, in process and through the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../src/check/bytes.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { tempDir } from './support/tmp.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/gongkai.js');
const base = (): { tables: Record<string, Record<string, Record<string, unknown>>> } =>
  JSON.parse(readFileSync(join(ROOT, 'fixtures/forced-cells/difference/input.json'), 'utf8'));
const unread = { value: null, status: 'unread', reason: '原网页此格看不清' };

async function findings(report: unknown, rule: string, lang: 'zh' | 'en' = 'zh'): Promise<Diagnostic[]> {
  const { result } = await checkBytes('report.json', new TextEncoder().encode(JSON.stringify(report)), { lang });
  return result.diagnostics.filter((d) => d.ruleId === rule);
}

describe('a sum broken whatever its unread cells hold', () => {
  it('table 四: the results read already exceed 总计 — an error at 总计', async () => {
    const r = base();
    r.tables.t4!.review = { upheld: unread, corrected: 3, other: 0, pending: 0, total: 2 };
    const [d, ...more] = await findings(r, 'table4-row-total');
    expect(more).toEqual([]);
    expect([d!.messageId, d!.severity, d!.location.table, d!.location.row, d!.location.column]).toEqual(['exceeds', 'error', 't4', 'review', 'total']);
    expect(d!.message).toBe('“行政复议”四项结果之和一定不等于“总计”：结果维持 未能读取，但“结果维持＋结果纠正＋其他结果＋尚未审结”一边已读到的数字之和已为 3，大于另一边的 2；未读取的单元格不会小于 0，无论它们是多少都不相等。');
    const [en] = await findings(r, 'table4-row-total', 'en');
    expect(en!.message).toMatch(/^"行政复议": the four results cannot add up to 总计: 结果维持 could not be read, but the figures read on the 结果维持 \+ 结果纠正 \+ 其他结果 \+ 尚未审结 side already add up to 3, more than 2/);
  });

  it('table 四: the results read do not exceed 总计 — still only "could not check"', async () => {
    const r = base();
    // Two unread cells sharing 1: no single value, so nothing is worked out either.
    r.tables.t4!.review = { upheld: unread, corrected: 1, other: unread, pending: 0, total: 2 };
    const ds = await findings(r, 'table4-row-total');
    expect(ds.map((d) => [d.messageId, d.severity])).toEqual([['incomplete', 'info']]);
    // Each cell in the way says what it is: no value (its extraction finding says why), not "not a number".
    expect(ds[0]!.message).toBe('“行政复议”无法核对：结果维持 无数值、其他结果 无数值。');
    const [en] = await findings(r, 'table4-row-total', 'en');
    expect(en!.message).toBe('"行政复议": cannot check: 结果维持 has no value, 其他结果 has no value.');
  });

  it('table 三 balance, the gaps on either side', async () => {
    const r = base();
    const t3 = r.tables.t3!;
    // 一 + 二 = 三(七) + 四 in the 自然人 column: 本年新收 unread on the left, the right complete and smaller
    // than 上年结转 alone.
    const carried = Number(t3.carried_over!.natural);
    t3.new!.natural = unread;
    t3.carried_over!.natural = carried + 1000;
    const ds = (await findings(r, 'table3-balance')).filter((d) => d.location.column === 'natural');
    expect(ds.map((d) => [d.messageId, d.severity])).toEqual([['exceeds', 'error']]);
    expect(ds[0]!.message).toMatch(/^“自然人”列一定不平衡：一、本年新收政府信息公开申请数量 未能读取，但“.*＋.*”一边已读到的数字之和已为 \d+，大于另一边的 \d+/);
  });

  it('the built CLI reports it as an error (exit 1) in JSON', () => {
    const r = base();
    r.tables.t4!.review = { upheld: unread, corrected: 3, other: 0, pending: 0, total: 2 };
    const dir = tempDir('gongkai-exceeds-');
    writeFileSync(join(dir, 'report.json'), JSON.stringify(r));
    const out = spawnSync(process.execPath, [BIN, 'check', join(dir, 'report.json'), '-f', 'json'], { encoding: 'utf8' });
    expect(out.status).toBe(1);
    const ds = (JSON.parse(out.stdout) as { files: { diagnostics: Diagnostic[] }[] }).files[0]!.diagnostics;
    const d = ds.find((x) => x.ruleId === 'table4-row-total');
    expect([d?.messageId, d?.severity, d?.location.row, d?.location.column]).toEqual(['exceeds', 'error', 'review', 'total']);
  });
});
