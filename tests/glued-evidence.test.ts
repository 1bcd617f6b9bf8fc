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
