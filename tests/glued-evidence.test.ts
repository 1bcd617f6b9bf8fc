/**
 * Glued table-二 rows resolved with the report's own words (#17 item 5): a row of run-together digits
 * ("行政规范性文件6233440", from the page text of pingtan-2024) is read only when the statements of the
 * text that restate its figures leave exactly one split; the note names the sentence. Otherwise it stays
 * unread (extract-ambiguous), never guessed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../src/check/check.js';
import { readReport } from '../src/node/file.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

const PAGE = join(import.meta.dirname, '../fixtures/corpus-pages/pingtan-2024/page.txt');
const SAID = '动态更新发布本年度制发行政规范性文件62件，';

/** The corpus page with a sentence added after the one that gives 本年制发 (62). */
function page(extra: string): string {
  const text = readFileSync(PAGE, 'utf8');
  expect(text.split(SAID).length).toBe(2);
  expect(text).toContain('行政规范性文件6233440');
  return text.replace(SAID, `${SAID}${extra}`);
}

async function check(text: string, ...args: string[]): Promise<{ ruleId: string; message: string; location: { row?: string } }[]> {
  const file = join(tempDir('gongkai-glued-'), 'report.txt');
  writeFileSync(file, text);
  const out = JSON.parse((await runCli(['check', file, '-f', 'json', ...args])).stdout) as { files: { diagnostics: { ruleId: string; message: string; location: { row?: string } }[] }[] };
  return out.files[0]!.diagnostics;
}

const about = (ds: Awaited<ReturnType<typeof check>>, rule: string): string[] => ds.filter((d) => d.ruleId === rule && d.location.row === 'normative_documents').map((d) => d.message);

describe('a glued row of table 二 and what the text says about it', () => {
  it('the published page: 本年制发 62 alone leaves several splits — the row stays unread', async () => {
    const ds = await check(page(''));
    expect(about(ds, 'extract-ambiguous')).toHaveLength(1);
    expect(about(ds, 'extract-resolved')).toEqual([]);
  });

  it('with 现行有效 440 in the text too: exactly one split agrees, it is taken and named with its sentence', async () => {
    const text = page('现行有效行政规范性文件440件，');
    const ds = await check(text);
    expect(about(ds, 'extract-ambiguous')).toEqual([]);
    const note = about(ds, 'extract-resolved');
    expect(note).toHaveLength(1);
    expect(note[0]).toContain('“6233440”');
    expect(note[0]).toContain('“62 | 33 | 440”');
    expect(note[0]).toContain('现行有效行政规范性文件440件');
    // The row is read and checked: the cells are there, and the statements agree with them.
    const file = join(tempDir('gongkai-glued-'), 'r.txt');
    writeFileSync(file, text);
    const result = checkReport(await readReport(file));
    expect(result.diagnostics.filter((d) => d.ruleId === 'narrative-figure')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.ruleId === 'cell-missing' && d.location.row === 'normative_documents')).toEqual([]);
    const en = await check(text, '--lang', 'en');
    expect(about(en, 'extract-resolved')[0]).toMatch(/agrees only with "62 \| 33 \| 440", which was taken/);
  });

  it('a figure no split gives is no evidence: the row stays unread', async () => {
    const ds = await check(page('现行有效行政规范性文件999件，'));
    expect(about(ds, 'extract-ambiguous')).toHaveLength(1);
    expect(about(ds, 'extract-resolved')).toEqual([]);
  });

  it('statements that leave two splits: the row stays unread', async () => {
    // 62 | 3 | 3440 and 62 | 33 | 440 both have 本年制发 62; "废止3件" fits only the first, "现行有效440件"
    // only the second: together they contradict every split — nothing is taken.
    const ds = await check(page('废止行政规范性文件3件，现行有效行政规范性文件440件，'));
    expect(about(ds, 'extract-resolved')).toEqual([]);
    expect(about(ds, 'extract-ambiguous')).toHaveLength(1);
  });

  it('the report object read is not changed by checking it', async () => {
    const file = join(tempDir('gongkai-glued-'), 'r.txt');
    writeFileSync(file, page('现行有效行政规范性文件440件，'));
    const report = await readReport(file);
    checkReport(report);
    expect(report.tables.t2?.cells['normative_documents.issued']).toBeUndefined();
    expect(report.tables.t2?.ambiguous?.map((a) => a.row)).toEqual(['normative_documents']);
  });
});

/**
 * A row of table 二 with one value too few, set apart by a space ("行政规范性文件 62 33440": 本年废止 and 现行
 * 有效 run together, or a cell left blank): unread (extract-failed tooFew) unless the text agrees with exactly
 * one of its readings — a blank cell beside the values, or the values cut into more cells.
 */
describe('a table-二 row with a value too few, set apart by spaces, and what the text says about it', () => {
  const spaced = (extra: string): string => page(extra).replace('行政规范性文件6233440', '行政规范性文件 62 33440 ');
  const failed = (ds: Awaited<ReturnType<typeof check>>): string[] => about(ds, 'extract-failed');

  it('with only 本年制发 62 in the text: unread, one value too few, as before', async () => {
    const ds = await check(spaced(''));
    expect(failed(ds)).toHaveLength(1);
    expect(failed(ds)[0]).toContain('62 33440');
    expect(about(ds, 'extract-resolved')).toEqual([]);
  });

  it('with 现行有效 440 too: only 62 | 33 | 440 agrees — taken, the reader\'s finding gives way to a note', async () => {
    const text = spaced('现行有效行政规范性文件440件，');
    const ds = await check(text);
    expect(failed(ds)).toEqual([]);
    const note = about(ds, 'extract-resolved');
    expect(note).toHaveLength(1);
    expect(note[0]).toContain('只读到 2 个数值“62 33440”（应为 3 个）');
    expect(note[0]).toContain('只与“62 | 33 | 440”相符');
    const file = join(tempDir('gongkai-glued-'), 'r.txt');
    writeFileSync(file, text);
    const result = checkReport(await readReport(file));
    expect(result.diagnostics.filter((d) => d.ruleId === 'cell-missing' && d.location.row === 'normative_documents')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.ruleId === 'narrative-figure')).toEqual([]);
    const en = await check(text, '--lang', 'en');
    expect(about(en, 'extract-resolved')[0]).toMatch(/only 2 values were found, "62 33440" \(3 expected\).*agrees only with "62 \| 33 \| 440", which was taken/);
  });

  it('with 现行有效 33440: the reading with 本年废止 blank is the one that agrees — taken, and the blank is the report\'s (cell-blank)', async () => {
    const ds = await check(spaced('现行有效行政规范性文件33440件，'));
    expect(failed(ds)).toEqual([]);
    expect(about(ds, 'extract-resolved')[0]).toContain('只与“62 | 空白 | 33440”相符');
    expect(ds.filter((d) => d.ruleId === 'cell-blank').map((d) => d.location.row)).toContain('normative_documents');
  });

  it('statements no reading fits, or that fit two: unread', async () => {
    expect(failed(await check(spaced('现行有效行政规范性文件999件，')))).toHaveLength(1);
    // 废止 3 fits 62 | 3 | 3440 alone, 现行有效 440 fits 62 | 33 | 440 alone: together, no reading.
    const ds = await check(spaced('废止行政规范性文件3件，现行有效行政规范性文件440件，'));
    expect(failed(ds)).toHaveLength(1);
    expect(about(ds, 'extract-resolved')).toEqual([]);
  });
});
