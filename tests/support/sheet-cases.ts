/**
 * Shared checks for the spreadsheet fixtures (fixtures/readers/<xlsx|csv>/<case>/): each case is read
 * through the reader registry and compared with the corpus truth, its physical cell positions and the
 * findings it must produce. UPDATE_FIXTURES=1 (re)generates the fixtures; missing, they fail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { checkReport } from '../../src/check/check.js';
import { readReport } from '../../src/node/file.js';
import { cellDisplay } from '../../src/model/cell.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { formatSource } from '../../src/model/location.js';
import type { Report } from '../../src/model/report.js';
import { FIXTURES, writeSheetFixtures, type CaseMeta } from '../../scripts/make-sheet-fixtures.js';
import { diffAgainstTruth, loadTruth } from './corpus.js';
import { updatingFixtures } from './fixtures.js';

/** The known real errors of the corpus (fixtures/corpus-pages/README.md), as in corpus-json.test.ts. */
const KNOWN_ERRORS: Record<string, string[]> = {
  'pingtan-2020': ['table3-results-total'],
  'pingtan-police-2021': ['table3-balance'],
  'pingtan-econdev-2024': ['table3-balance', 'table3-results-total'],
  'pingtan-finance-2021': ['section-missing'],
};

let generated: Promise<unknown> | undefined;

/** Generates the fixtures once per run when asked (UPDATE_FIXTURES=1); missing, the tests fail. */
export async function ensureFixtures(_kind: 'xlsx' | 'csv'): Promise<void> {
  if (updatingFixtures()) {
    generated ??= writeSheetFixtures();
    await generated;
  }
}

export interface SheetCase {
  name: string;
  input: string;
  meta: CaseMeta;
}

export function sheetCases(kind: 'xlsx' | 'csv'): SheetCase[] {
  const root = join(FIXTURES, kind);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const dir = join(root, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
      return { name, input: join(dir, input), meta: JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as CaseMeta };
    });
}

function cellValue(r: Report, id: string): number | string | null | undefined {
  const [t, ...rest] = id.split('.');
  const c = r.tables[t as 't2']?.cells[rest.join('.')];
  if (!c) return undefined;
  return c.kind === 'number' ? c.value : c.kind === 'blank' ? null : cellDisplay(c);
}

function positionsOf(d: Diagnostic): string[] {
  return [d.physical, ...(d.related ?? []).map((r) => r.physical)].map((s) => formatSource(s)).filter((s) => s !== '');
}

/** Runs every check a case asks for. */
export async function verifyCase(c: SheetCase): Promise<void> {
  const report = await readReport(c.input);
  const truth = loadTruth(c.meta.truth);
  const x = c.meta.expect;
  expect(report.format).toBe(c.meta.format);
  // Cells: equal to the truth, except those changed or removed on purpose.
  const diffs = diffAgainstTruth(report, truth);
  if (x.equalsTruth) expect(diffs).toEqual([]);
  else {
    const allowed = new Set([...Object.keys(x.changed ?? {}), ...(x.missing ?? [])]);
    expect(diffs.filter((d) => !allowed.has(d.slice(0, d.indexOf(':'))))).toEqual([]);
    for (const [id, v] of Object.entries(x.changed ?? {})) expect(cellValue(report, id), id).toEqual(v);
    for (const id of x.missing ?? []) expect(cellValue(report, id), id).toBeUndefined();
  }
  // Every cell read carries its physical position: sheet!A1 or line:field.
  for (const [id, at] of Object.entries(c.meta.cells)) {
    const [t, ...rest] = id.split('.');
    const cell = report.tables[t as 't2']?.cells[rest.join('.')];
    if (!cell || (x.missing ?? []).includes(id)) continue;
    expect(formatSource(cell.source), id).toBe(at);
  }
  for (const e of x.extras ?? []) {
    expect(report.tables[e.table]?.extras.map((y) => `${y.kind}:${y.label}`)).toContain(`${e.kind}:${e.label}`);
  }
  const result = checkReport(report);
  if (x.equalsTruth && !x.reports && !x.extras) {
    const errors = [...new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId))].sort();
    expect(errors).toEqual((KNOWN_ERRORS[c.meta.truth] ?? []).sort());
  }
  for (const [rule, positions] of Object.entries(x.reports ?? {})) {
    const mine = result.diagnostics.filter((d) => d.ruleId === rule);
    expect(mine.length, `${rule} reported`).toBeGreaterThan(0);
    const named = new Set(mine.flatMap(positionsOf));
    for (const p of positions) expect([...named], `${rule} at ${p}`).toContain(p);
  }
}
