/**
 * Row labels printed with a typo in a text report (#17 item 9, the text reader): every corpus page as
 * published text with two table-三 labels printed with a typo — plain, with stray spaces inside, or
 * wrapped over two lines — built by scripts/make-label-typos.ts. Each typo'd row is found in its place,
 * read as the page as published reads, and reported once by table-label with the label as printed and
 * the official row; nothing else changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/model/diagnostic.js';
import type { Report } from '../src/model/report.js';
import { readReport } from '../src/node/file.js';
import { buildLabelTypos, LABEL_TYPOS, writeLabelTypos } from '../scripts/make-label-typos.js';
import { runCli } from './support/cli.js';
import { CORPUS_DIR, corpusNames, reportCells } from './support/corpus.js';
import { updatingFixtures } from './support/fixtures.js';

const cases = updatingFixtures() ? writeLabelTypos() : buildLabelTypos();

describe('fixtures/label-typos are what scripts/make-label-typos.ts builds', () => {
  it('one case per corpus page, file for file (UPDATE_FIXTURES=1 regenerates)', () => {
    expect(cases.map((c) => c.name)).toEqual(corpusNames());
    for (const c of cases) {
      expect(readFileSync(join(LABEL_TYPOS, c.name, 'input.txt'), 'utf8'), c.name).toBe(c.input);
      expect(readFileSync(join(LABEL_TYPOS, c.name, 'truth.json'), 'utf8'), c.name).toBe(`${JSON.stringify(c.truth, null, 2)}\n`);
    }
  });

  it('every layout of a typo is planted, each typo twice or more', () => {
    const typos = cases.flatMap((c) => c.truth.typos);
    expect(new Set(typos.map((t) => t.layout))).toEqual(new Set(['typo', 'spaces', 'wrapped']));
    const rows = new Map<string, number>();
    for (const t of typos) rows.set(t.row, (rows.get(t.row) ?? 0) + 1);
    expect(rows.size).toBe(10);
    expect(Math.min(...rows.values())).toBeGreaterThanOrEqual(2);
  });
});

/** A diagnostic without where it is in the file (the typo moves the text after it). */
function logical(d: Diagnostic): unknown {
  return { ruleId: d.ruleId, severity: d.severity, message: d.message, location: d.location };
}

async function diagnostics(file: string): Promise<{ code: number; ds: Diagnostic[] }> {
  const run = await runCli(['check', file, '--format', 'json']);
  const result = (JSON.parse(run.stdout) as { files: { readable: boolean; diagnostics: Diagnostic[] }[] }).files[0]!;
  expect(result.readable).toBe(true);
  return { code: run.code, ds: result.diagnostics };
}

const withoutPlaces = (r: Report): unknown[] => r.findings.map((f) => ({ ...f, physical: undefined, data: { ...f.data } }));

describe('typo\'d row labels in the published text are read in their place and reported once', () => {
  for (const c of cases) {
    const file = join(LABEL_TYPOS, c.name, 'input.txt');
    const page = join(CORPUS_DIR, c.name, 'page.txt');
    it(`${c.name}: ${c.truth.typos.map((t) => `${t.row} (${t.layout})`).join(', ')}`, async () => {
      const typo = await readReport(file);
      const clean = await readReport(page);
      // Every cell as the page as published reads (corpus-text.test.ts checks that against truth.json).
      expect(Object.fromEntries(reportCells(typo))).toEqual(Object.fromEntries(reportCells(clean)));
      for (const t of c.truth.typos) expect(Object.keys(typo.tables.t3?.cells ?? {}).filter((k) => k.startsWith(`${t.row}.`)), t.row).toHaveLength(7);
      expect(withoutPlaces(typo)).toEqual(withoutPlaces(clean));
      // The printed labels kept, each at the line and column its numbering starts.
      const byRow = <T extends { id: string }>(xs: T[]): T[] => [...xs].sort((a, b) => a.id.localeCompare(b.id));
      const relabelled = typo.tables.t3?.relabelled ?? [];
      expect(byRow(relabelled.map((r) => ({ id: r.id, label: r.label })))).toEqual(byRow(c.truth.findings.map((f) => ({ id: f.row, label: f.label }))));
      const lineStarts = [0, ...[...c.input.matchAll(/\n/g)].map((m) => m.index + 1)];
      for (const r of relabelled) {
        const at = lineStarts[r.source!.line! - 1]! + r.source!.column! - 1;
        expect(c.input.slice(at, at + 80).replace(/\s+/gu, '').startsWith(r.label), r.label).toBe(true);
      }
      expect(clean.tables.t3?.relabelled).toBeUndefined();

      // Through the CLI: the page's own findings, and one table-label warning per typo.
      const got = await diagnostics(file);
      const base = await diagnostics(page);
      expect(got.code).toBe(base.code);
      expect(got.ds.filter((d) => d.ruleId !== 'table-label').map(logical)).toEqual(base.ds.map(logical));
      const label = got.ds.filter((d) => d.ruleId === 'table-label');
      expect(label.map((d) => `${d.location.row} ${d.severity}`).sort()).toEqual(c.truth.findings.map((f) => `${f.row} ${f.severity}`).sort());
      label.forEach((d) => {
        const f = c.truth.findings.find((x) => x.row === d.location.row)!;
        expect(d.message).toContain(`“${f.label}”`);
        expect(d.message).toContain(`“${f.official}”`);
        expect(d.physical?.line).toBeGreaterThan(0);
      });
    });
  }
});
