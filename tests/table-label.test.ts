/**
 * Row labels with a typo or a dropped word (#17 item 9): matched to their official row by a bounded edit
 * distance among the rows with the same numbering, read under it, and reported by table-label with the
 * official label — never a guess when two rows are equally close.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchLabel, matchNumbered } from '../src/format/labels.js';
import { getFormat } from '../src/format/spec.js';
import { readReport } from '../src/node/file.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

const ROOT = join(import.meta.dirname, '..');
const TYPO = join(ROOT, 'fixtures/rules/table-label/invalid-word-dropped/input.html');
const CLEAN = join(ROOT, 'fixtures/rules/table-label/valid-official-labels/input.html');
const t3 = getFormat('2021').tables.t3;

describe('matchNumbered', () => {
  it('matches a numbered label with a dropped word that matchLabel leaves alone', () => {
    expect(matchLabel('2.其他法律行政止公开', t3.rows)).toBeUndefined();
    expect(matchNumbered('2.其他法律行政止公开', t3.rows)).toMatchObject({ id: 'denied_prohibited', how: 'similar' });
    expect(matchNumbered('3.危及三安全稳定', t3.rows)).toMatchObject({ id: 'denied_security' });
  });

  it('never guesses between rows equally close, nor reads across numberings or short and unnumbered texts', () => {
    const rows = [
      { id: 'a', label: '2.甲乙丙丁戊己' },
      { id: 'b', label: '2.甲乙丙丁戊庚' },
      { id: 'c', label: '3.甲乙丙丁戊' },
    ];
    expect(matchNumbered('2.甲乙丙丁戊', rows)).toBeUndefined();
    expect(matchNumbered('2.甲乙丙丁戊己庚', rows)).toBeUndefined();
    expect(matchNumbered('4.甲乙丙丁戊', rows)).toBeUndefined();
    expect(matchNumbered('其他法律行政止公开', t3.rows)).toBeUndefined();
    expect(matchNumbered('2.其他', t3.rows)).toBeUndefined();
    // Too far from every row with its numbering: an extra row, not a guess.
    expect(matchNumbered('2.本机关其他情况说明', t3.rows)).toBeUndefined();
  });
});

describe('a table row printed with a typo', () => {
  it('is read under its official row, with the printed label kept for the finding', async () => {
    const typo = await readReport(TYPO);
    const clean = await readReport(CLEAN);
    const values = (r: typeof typo): Record<string, unknown> =>
      Object.fromEntries(Object.entries(r.tables.t3?.cells ?? {}).map(([k, c]) => [k, c.kind === 'number' ? c.value : c.kind]));
    expect(Object.keys(values(typo)).filter((k) => k.startsWith('denied_prohibited.'))).toHaveLength(7);
    expect(values(typo)).toEqual(values(clean));
    expect(typo.tables.t3?.relabelled).toEqual([expect.objectContaining({ kind: 'row', id: 'denied_prohibited', label: '2.其他法律行政止公开' })]);
    expect(typo.tables.t3?.extras).toEqual([]);
    expect(clean.tables.t3?.relabelled).toBeUndefined();
  });

  it('gives one table-label warning through the CLI, naming the official label, in Chinese and English', async () => {
    const zh = await runCli(['check', TYPO, '-f', 'json']);
    const ds = (JSON.parse(zh.stdout) as { files: { diagnostics: { ruleId: string; message: string; hint?: string; physical?: { path?: string } }[] }[] }).files[0]!.diagnostics;
    const label = ds.filter((d) => d.ruleId === 'table-label');
    expect(label).toHaveLength(1);
    expect(label[0]!.message).toContain('“2.其他法律行政止公开”');
    expect(label[0]!.message).toContain('2.其他法律行政法规禁止公开');
    expect(label[0]!.hint).toContain('2.其他法律行政法规禁止公开');
    expect(label[0]!.physical?.path).toBe('th#t3-r-denied_prohibited');
    // Read as its row: no missing row, no row outside the format, and the clean page's findings otherwise.
    expect(ds.filter((d) => d.ruleId === 'cell-missing' || d.ruleId === 'table-extra')).toEqual([]);
    const clean = JSON.parse((await runCli(['check', CLEAN, '-f', 'json'])).stdout) as { files: { diagnostics: { ruleId: string }[] }[] };
    expect(ds.filter((d) => d.ruleId !== 'table-label').map((d) => d.ruleId)).toEqual(clean.files[0]!.diagnostics.map((d) => d.ruleId));
    const en = await runCli(['check', TYPO, '--lang', 'en']);
    expect(en.stdout).toContain('differs from the format\'s "（三）不予公开/2.其他法律行政法规禁止公开"');
  });

  it('is left outside the format when no row is close enough (as a row outside the format, not a guess)', async () => {
    const dir = tempDir('gongkai-table-label-');
    const page = readFileSync(CLEAN, 'utf8');
    expect(page.split('2.重复申请').length).toBe(2);
    const file = join(dir, 'ambiguous.html');
    writeFileSync(file, page.replace('2.重复申请', '2.有关申请'));
    const r = await readReport(file);
    expect(r.tables.t3?.relabelled).toBeUndefined();
    expect(r.tables.t3?.extras.map((e) => e.label)).toEqual(['2.有关申请']);
  });
});
