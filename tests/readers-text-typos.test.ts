/**
 * The text reader and row labels printed otherwise than the format (#17 item 9): what is read in a
 * typo'd label's place and what is not. A label with stray spaces or wrapped over lines is the official
 * label (read, nothing to report); a label with a typo is read only in its place, numbered like its row,
 * closer to that row than to any other, and only once in its place — never a guess. Linear work on
 * hostile text. (tests/label-typos.test.ts: every corpus page with typos planted, through the CLI.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/model/report.js';
import { analyseText } from '../src/readers/text.js';
import { CORPUS_DIR, reportCells } from './support/corpus.js';

const page = (name: string): string => readFileSync(join(CORPUS_DIR, name, 'page.txt'), 'utf8');
/** pingtan-2022 as published: the body on one line, every table's digits run together. */
const FLAT = page('pingtan-2022');
/** The seed: one cell per line, an empty line between lines. */
const LINES = page('seed-tianmen-2021');

function changed(text: string, from: string, to: string): string {
  expect(text.split(from), from).toHaveLength(2);
  return text.replace(from, to);
}

const cellsOf = (r: Report): Record<string, unknown> => Object.fromEntries(reportCells(r));
const rowCells = (r: Report, row: string): string[] => Object.keys(r.tables.t3?.cells ?? {}).filter((k) => k.startsWith(`${row}.`));

describe('labels written with spaces or over lines are the official label', () => {
  it('read as their row with nothing to report', () => {
    const clean = analyseText(LINES, 'p.txt');
    const text = changed(changed(LINES, '只计这一情形', '只计这一情 形'), '1.本机关不掌握相关政府信息', '1.本机关不掌握\n相关政府 信息');
    const r = analyseText(text, 'p.txt');
    expect(cellsOf(r)).toEqual(cellsOf(clean));
    expect(r.tables.t3?.relabelled).toBeUndefined();
    expect(r.findings).toEqual(clean.findings);
  });
});

describe('a label with a typo is read in its place only', () => {
  const clean = analyseText(FLAT, 'p.txt');

  it('in its place, numbered like its row: read, the printed label kept at its line and column', () => {
    const text = changed(FLAT, '2.重复申请', '2.重复申清');
    const r = analyseText(text, 'p.txt');
    expect(cellsOf(r)).toEqual(cellsOf(clean));
    expect(r.tables.t3?.relabelled).toEqual([{ kind: 'row', id: 'not_processed_repeated', label: '2.重复申清', source: { line: 10, column: text.split('\n')[9]!.indexOf('2.重复申清') + 1 } }]);
  });

  it('too far from every row: not read, nothing relabelled', () => {
    const r = analyseText(changed(FLAT, '2.重复申请', '2.有关申请'), 'p.txt');
    expect(rowCells(r, 'not_processed_repeated')).toEqual([]);
    expect(r.tables.t3?.relabelled).toBeUndefined();
  });

  it('closer to another row with its numbering than to the row in whose place it stands: not read as either', () => {
    const r = analyseText(changed(FLAT, '2.重复申请', '2.没有现成信息需另行制做'), 'p.txt');
    expect(rowCells(r, 'not_processed_repeated')).toEqual([]);
    // The other row is read from its own place, as published.
    expect(rowCells(r, 'unable_needs_creation')).toHaveLength(7);
    expect(r.tables.t3?.relabelled).toBeUndefined();
  });

  it('numbered otherwise than its row: not read', () => {
    const r = analyseText(changed(FLAT, '2.重复申请', '6.重复申清'), 'p.txt');
    expect(rowCells(r, 'not_processed_repeated')).toEqual([]);
    expect(r.tables.t3?.relabelled).toBeUndefined();
  });

  it('after the row that follows it: out of its place, not read', () => {
    const text = changed(FLAT, '2.重复申请 00000003.要求提供公开出版物 0000000', '3.要求提供公开出版物 00000002.重复申清 0000000');
    const r = analyseText(text, 'p.txt');
    expect(rowCells(r, 'not_processed_repeated')).toEqual([]);
    expect(r.tables.t3?.relabelled).toBeUndefined();
  });

  it('twice in its place: no reading', () => {
    const r = analyseText(changed(FLAT, '2.重复申请 0000000', '2.重复申清 0000000 2.重复申清 0000000'), 'p.txt');
    expect(rowCells(r, 'not_processed_repeated')).toEqual([]);
    expect(r.tables.t3?.relabelled).toBeUndefined();
  });

  it('two typos side by side are each read in their place', () => {
    const text = changed(FLAT, '2.重复申请 00000003.要求提供公开出版物', '2.重复申清 00000003.要求提供出版 物');
    const r = analyseText(text, 'p.txt');
    expect(cellsOf(r)).toEqual(cellsOf(clean));
    expect(r.tables.t3?.relabelled?.map((x) => [x.id, x.label])).toEqual([
      ['not_processed_repeated', '2.重复申清'],
      ['not_processed_publication', '3.要求提供出版物'],
    ]);
  });

  it('the first row of a group, right after the group label, and a label with the 一、 numbering', () => {
    const text = changed(changed(FLAT, '1.属于国家秘密', '1.属于国家秘蜜'), '一、本年新收政府信息公开申请数量', '一、本年新收政府信息申请数量');
    const r = analyseText(text, 'p.txt');
    expect(cellsOf(r)).toEqual(cellsOf(clean));
    expect(r.tables.t3?.relabelled?.map((x) => [x.id, x.label])).toEqual([
      ['new', '一、本年新收政府信息申请数量'],
      ['denied_state_secret', '1.属于国家秘蜜'],
    ]);
  });
});

describe('bounded on hostile text', () => {
  it('a table whose numbered rows are all missing, between labels repeated 100,000 times, is read in time linear in the text', { timeout: 120_000 }, () => {
    const head = '三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n（七）总计 0 0 0 0 0 0 0\n';
    const make = (n: number): string => `${head}${'2.其他法律行政止公开 1.属于国家秘 '.repeat(n)}四、结转下年度继续办理 0 0 0 0 0 0 0\n`;
    const ms = [12_500, 100_000].map((n) => {
      const text = make(n);
      const t0 = performance.now();
      const r = analyseText(text, 'p.txt');
      const ms = performance.now() - t0;
      // Every typo'd label repeats: none has one place, none is read.
      expect(r.tables.t3?.relabelled).toBeUndefined();
      expect(rowCells(r, 'denied_prohibited')).toEqual([]);
      return ms;
    });
    console.log(`[linear] analyseText with typo'd labels: ${ms.map((t) => t.toFixed(0)).join(' / ')} ms for 1 / 8 units`);
  });
});
