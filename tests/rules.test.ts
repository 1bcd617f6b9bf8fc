/**
 * Fixture-driven rule tests: fixtures/rules/<rule-id>/<valid-…|invalid-…>/input.* is checked end to
 * end (reader → rules), and the diagnostics of that rule are compared, in a compact form, with
 * expected.json. `UPDATE_FIXTURES=1` rewrites expected.json; a missing one fails in CI.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, checkPaths } from '../src/engine/run.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { shortLabel } from '../src/format/labels.js';
import { templateHeading } from '../src/format/sections.js';
import { getFormat } from '../src/format/spec.js';
import { atCell, atSection, atTable, inFile, relatedCell } from '../src/rules/helpers.js';

const ROOT = join(import.meta.dirname, '../fixtures/rules');

/** The compact, reviewable projection of a diagnostic. */
function compact(d: Diagnostic): Record<string, unknown> {
  return {
    severity: d.severity,
    messageId: d.messageId,
    at: d.location.cell ?? (d.location.row ? `${d.location.table}.${d.location.row}` : undefined) ?? d.location.section ?? d.physical?.pointer ?? (d.physical?.line !== undefined ? `${d.physical.line}:${d.physical.column ?? 1}` : ''),
    ...(d.expected !== undefined ? { expected: d.expected, actual: d.actual } : {}),
  };
}

export function ruleCases(): { rule: string; name: string; dir: string; input: string }[] {
  const out = [];
  for (const rule of readdirSync(ROOT).sort()) {
    for (const name of readdirSync(join(ROOT, rule)).sort()) {
      const dir = join(ROOT, rule, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'));
      if (input) out.push({ rule, name, dir, input: join(dir, input) });
    }
  }
  return out;
}

describe('rule fixtures', () => {
  for (const c of ruleCases()) {
    it(`${c.rule} / ${c.name}`, async () => {
      // A case with previous.json is checked year over year against it (--previous).
      const previous = join(c.dir, 'previous.json');
      const result = existsSync(previous) ? (await checkPaths([c.input], { previous, jobs: 1 })).files[0]! : await checkFile(c.input);
      const mine = result.diagnostics.filter((d) => d.ruleId === c.rule).map(compact);
      if (c.name.startsWith('valid-')) expect(mine).toEqual([]);
      else expect(mine.length).toBeGreaterThan(0);
      const file = join(c.dir, 'expected.json');
      if (process.env.UPDATE_FIXTURES || (!existsSync(file) && !process.env.CI)) {
        writeFileSync(file, `${JSON.stringify({ diagnostics: mine }, null, 2)}\n`);
      }
      expect(existsSync(file), `${file} is missing (run UPDATE_FIXTURES=1)`).toBe(true);
      expect(mine).toEqual((JSON.parse(readFileSync(file, 'utf8')) as { diagnostics: unknown[] }).diagnostics);
    });
  }
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
    join(SRC, 'engine/equations.ts'),
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
