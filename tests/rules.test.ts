/**
 * Fixture-driven rule tests: fixtures/rules/<rule-id>/<valid-…|invalid-…>/input.* is checked end to
 * end (reader → rules), and the diagnostics of that rule are compared, in a compact form, with
 * expected.json (runner: tests/support/rule-fixtures.ts). `UPDATE_FIXTURES=1` writes expected.json; a
 * case without one fails.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortLabel } from '../src/format/labels.js';
import { templateHeading } from '../src/format/sections.js';
import { getFormat } from '../src/format/spec.js';
import { atCell, atSection, atTable, inFile, relatedCell } from '../src/rules/helpers.js';
import { updatingFixtures } from './support/fixtures.js';
import { checkRuleCase, RULE_FIXTURES, ruleCases } from './support/rule-fixtures.js';
import { tempDir } from './support/tmp.js';

describe('rule fixtures', () => {
  for (const c of ruleCases()) it(`${c.rule} / ${c.name}`, () => checkRuleCase(c));
});

describe('a rule fixture without expected.json fails', () => {
  /** A copy of a committed case, in a scratch fixtures folder of its own, without its expected.json. */
  function scratchCase(rule: string, name: string): { root: string; dir: string } {
    const root = tempDir('gk-rulefix-');
    const dir = join(root, rule, name);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(join(RULE_FIXTURES, rule, name))) if (f !== 'expected.json') cpSync(join(RULE_FIXTURES, rule, name, f), join(dir, f));
    return { root, dir };
  }

  it('without UPDATE_FIXTURES: the case fails and nothing is written', async () => {
    const { root, dir } = scratchCase('value-negative', 'invalid-negative-count');
    const [c] = ruleCases(root);
    await expect(checkRuleCase(c!, { update: false })).rejects.toThrow(/expected\.json is missing.*"messageId":"negative"/s);
    expect(existsSync(join(dir, 'expected.json'))).toBe(false);
  });

  it('a valid case without expected.json fails too', async () => {
    const { root } = scratchCase('value-negative', 'valid-2019-signed-change');
    await expect(checkRuleCase(ruleCases(root)[0]!, { update: false })).rejects.toThrow(/expected\.json is missing/);
  });

  it('a case folder without an input fails', async () => {
    const root = tempDir('gk-rulefix-');
    mkdirSync(join(root, 'value-negative', 'invalid-empty'), { recursive: true });
    const cases = ruleCases(root);
    expect(cases).toHaveLength(1);
    await expect(checkRuleCase(cases[0]!, { update: false })).rejects.toThrow(/has no input/);
  });

  it('with UPDATE_FIXTURES=1 it writes expected.json, the same as the committed one', async () => {
    const { root, dir } = scratchCase('value-negative', 'invalid-negative-count');
    await checkRuleCase(ruleCases(root)[0]!, { update: true });
    expect(readFileSync(join(dir, 'expected.json'), 'utf8')).toBe(readFileSync(join(RULE_FIXTURES, 'value-negative/invalid-negative-count/expected.json'), 'utf8'));
  });

  it('only UPDATE_FIXTURES=1 (or true) asks for writing; CI unset is not enough', () => {
    expect(updatingFixtures({})).toBe(false);
    expect(updatingFixtures({ CI: '' })).toBe(false);
    expect(updatingFixtures({ UPDATE_FIXTURES: '0' })).toBe(false);
    expect(updatingFixtures({ UPDATE_FIXTURES: '1' })).toBe(true);
    expect(updatingFixtures({ UPDATE_FIXTURES: 'true' })).toBe(true);
  });
});

describe('rules place their findings through src/rules/helpers.ts', () => {
  // The place of a finding (a cell with its official labels and its place in the file, a section, a
  // table) is built in one place; a rule that builds it by hand again is caught here.
  const SRC = join(import.meta.dirname, '../src');
  const HAND_MADE: [string, RegExp][] = [
    ['a place in the file copied from a cell or section', /\.physical \? \{ physical|found\.source \? \{ physical|textSource \? \{ physical/],
    ['a cell location taken by hand', /location: \w+(\.ref)?\.location\b/],
    ['a section location built by hand', /labels: \{ section: template/],
    ['a table location built by hand', /\$\{t\.number\}、\$\{t\.title\}/],
    ['cell labels spread into message data by hand', /\.\.\.cellData\(/],
  ];
  const files = [
    ...readdirSync(join(SRC, 'rules'))
      .filter((f) => f.endsWith('.ts') && f !== 'helpers.ts')
      .map((f) => join(SRC, 'rules', f)),
  ];
  it.each(files.map((f) => [f.slice(SRC.length + 1), f]))('%s', (_, file) => {
    const text = readFileSync(file, 'utf8');
    for (const [what, re] of HAND_MADE) expect(re.test(text), `${what}: use atCell/reportCell/atSection/atTable`).toBe(false);
  });

  it('atCell and relatedCell keep the cell’s labels and its place in the file, and only when there is one', () => {
    const location = { section: 's3', table: 't3', row: 'new', column: 'natural', cell: 't3.new.natural', labels: { table: '三', row: '一、本年新收', column: '自然人' } };
    const physical = { pointer: '/tables/t3/new/natural' };
    const cell = { kind: 'number' as const, value: 5, raw: ' 5 ' };
    expect(atCell({ location, physical, cell })).toEqual({ location, physical });
    expect(Object.keys(atCell({ location, cell: undefined }))).toEqual(['location']);
    expect(relatedCell({ location, physical, cell })).toEqual({ location, physical, value: '5' });
    expect(relatedCell({ location, cell: undefined })).toEqual({ location, value: '' });
    expect(relatedCell({ location, cell }, '7')).toEqual({ location, value: '7' });
  });

  it('atSection, atTable and inFile name the section and table by their official headings', () => {
    const f = getFormat('2021');
    expect(atSection('s5')).toEqual({ location: { section: 's5', labels: { section: templateHeading('s5') } } });
    expect(inFile({ line: 3 })).toEqual({ location: {}, physical: { line: 3 } });
    expect(inFile(undefined)).toEqual({ location: {} });
    expect(atSection('s1', { line: 3 })).toEqual({ location: { section: 's1', labels: { section: templateHeading('s1') } }, physical: { line: 3 } });
    const t = f.tables.t3;
    expect(atTable(t)).toEqual({ section: t.section, table: 't3', labels: { table: `${t.number}、${t.title}` } });
    const row = t.rows[0]!;
    expect(Object.keys(atTable(t, row))).toEqual(['section', 'table', 'row', 'labels']);
    expect(atTable(t, row).labels).toEqual({ table: `${t.number}、${t.title}`, row: shortLabel(row.label) });
  });
});
