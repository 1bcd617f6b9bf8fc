/**
 * A column heading printed with words dropped (#17 item 9): a real 2019 report's table 二 heads its second
 * column "本<br>公开数量" for 本年新公开数量. Read under the official column by a bounded edit distance
 * (grid-labels.ts columnTypo, strictly closer than every other column), with one table-label warning naming
 * the heading as printed — not left unread with a false cell-missing error per row. A heading equally close
 * to two columns stays unmatched. Built in memory from the corpus agency page pingtan-2019.html.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes, readResolved } from '../src/check/bytes.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import type { Report } from '../src/model/report.js';
import { tempDir } from './support/tmp.js';

const ROOT = join(import.meta.dirname, '..');
const PAGE = readFileSync(join(ROOT, 'fixtures/readers/html/pingtan-2019.html'), 'utf8');
const HEADING = '本年新公开数量';
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const cells = (r: Report, table: 't2' | 't3' | 't4'): Record<string, unknown> =>
  Object.fromEntries(Object.entries(r.tables[table]?.cells ?? {}).map(([k, c]) => [k, c.kind === 'number' ? c.value : c.kind]));
const without = (ds: Diagnostic[], rule: string): string[] => ds.filter((d) => d.ruleId !== rule).map((d) => `${d.ruleId} ${d.message}`).sort();

describe('a column heading with words dropped (HTML, 2019 table 二)', () => {
  expect(PAGE.split(HEADING).length).toBe(2);
  const typo = PAGE.replace(HEADING, '本<br>公开数量');

  it('reads every cell under the official column, as the page with the right heading reads', async () => {
    const original = await readResolved('page.html', enc(PAGE));
    const got = await readResolved('page.html', enc(typo));
    expect(cells(got, 't2')).toEqual(cells(original, 't2'));
    expect(Object.keys(cells(got, 't2')).filter((k) => k.endsWith('.published')).length).toBeGreaterThan(0);
  });

  it('one table-label warning naming the heading as printed and the official column; no other finding changes', async () => {
    const original = (await checkBytes('page.html', enc(PAGE))).result.diagnostics;
    const got = (await checkBytes('page.html', enc(typo))).result.diagnostics;
    const label = got.filter((d) => d.ruleId === 'table-label');
    expect(label).toHaveLength(1);
    expect(label[0]!.message).toContain('“本公开数量”');
    expect(label[0]!.message).toContain(`“${HEADING}”`);
    expect(got.filter((d) => d.ruleId === 'cell-missing')).toEqual([]);
    expect(without(got, 'table-label')).toEqual(without(original, 'table-label'));
  });

  it('through the built CLI, in English too', () => {
    const dir = tempDir('gongkai-column-typo-');
    writeFileSync(join(dir, 'page.html'), typo);
    const run = (...args: string[]): Diagnostic[] =>
      (JSON.parse(spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', join(dir, 'page.html'), '-f', 'json', ...args], { encoding: 'utf8' }).stdout) as { files: { diagnostics: Diagnostic[] }[] }).files[0]!.diagnostics;
    const zh = run();
    expect(zh.filter((d) => d.ruleId === 'cell-missing')).toEqual([]);
    expect(zh.filter((d) => d.ruleId === 'table-label').map((d) => d.location.column)).toEqual(['published']);
    const en = run('--lang', 'en');
    expect(en.find((d) => d.ruleId === 'table-label')!.message).toContain('本公开数量');
  });

  it('a heading as close to two columns is not guessed: its cells stay unread', async () => {
    // 2019 table 二: "本年新数量" is two characters from both 本年新制作数量 and 本年新公开数量.
    const tie = PAGE.replace(HEADING, '本年新数量');
    const got = (await checkBytes('page.html', enc(tie))).result.diagnostics;
    expect(got.filter((d) => d.ruleId === 'table-label' && d.location.table === 't2')).toEqual([]);
    expect(got.some((d) => d.ruleId === 'cell-missing' && d.location.table === 't2')).toBe(true);
  });
});
