/**
 * Reports whose tables are written one cell per line (#17 item 3), built by scripts/make-text-fixtures.ts
 * from the corpus: every cell reads as the corpus has it, a blank cell (an empty line in its place) as a
 * blank cell at that line, and `gongkai check` gives exactly the listed findings — the blanks as
 * cell-blank, never extract-failed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { readReport } from '../src/node/file.js';
import { buildTexts, TEXTS, writeTexts, type ExpectedFinding, type TextMeta } from '../scripts/make-text-fixtures.js';
import { runCli } from './support/cli.js';
import { reportCells } from './support/corpus.js';
import { updatingFixtures } from './support/fixtures.js';

if (updatingFixtures()) writeTexts();

const built = buildTexts();
const committed = existsSync(TEXTS) ? readdirSync(TEXTS).filter((n) => existsSync(join(TEXTS, n, 'case.json'))).sort() : [];

/** Where a diagnostic is: its cell's line, else its section or table, else '' (the file). */
function at(d: Diagnostic): string {
  if (d.location.cell !== undefined && d.physical?.line !== undefined) return `line ${d.physical.line}`;
  return d.location.section ?? d.location.table ?? '';
}

const key = (f: ExpectedFinding): string => `${f.ruleId} ${f.severity} ${f.at}`;

describe('text fixtures are what scripts/make-text-fixtures.ts builds', () => {
  it('the same cases, byte for byte', () => {
    expect(committed).toEqual(built.map((b) => b.name).sort());
    for (const b of built) {
      const dir = join(TEXTS, b.name);
      expect(readFileSync(join(dir, 'input.txt'), 'utf8'), `${b.name}/input.txt (UPDATE_FIXTURES=1 regenerates)`).toBe(b.text);
      expect(JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(b.meta)));
    }
  });
});

describe('tables one cell per line, blank cells as empty lines, checked through the CLI', () => {
  for (const b of built) {
    const file = join(TEXTS, b.name, 'input.txt');
    const meta = JSON.parse(readFileSync(join(TEXTS, b.name, 'case.json'), 'utf8')) as TextMeta;
    it(`${b.name}: ${meta.form}`, async () => {
      const report = await readReport(file);
      expect(report.reader).toBe('text');
      expect(report.format).toBe(meta.format);
      // Every cell as the corpus has it, the blanked ones blank; each at its own line.
      const want = reportCells(await readReport(join('fixtures', 'corpus', `${meta.truth}.json`)));
      for (const id of meta.blanks) want.set(id, null);
      const got = reportCells(report);
      expect(Object.fromEntries(got)).toEqual(Object.fromEntries(want));
      for (const [id, line] of Object.entries(meta.cells)) {
        const [t, row, col] = id.split('.') as ['t2' | 't3' | 't4', string, string];
        expect(report.tables[t]?.cells[`${row}.${col}`]?.source, id).toEqual({ line, column: 1 });
      }
      expect(report.findings).toEqual([]);
      // Through the CLI: exactly the listed findings, each at its place.
      const run = await runCli(['check', file, '--format', 'json']);
      const result = (JSON.parse(run.stdout) as { files: { readable: boolean; diagnostics: Diagnostic[] }[] }).files[0]!;
      expect(result.readable).toBe(true);
      const ds = result.diagnostics;
      expect(ds.map((d) => key({ ruleId: d.ruleId, severity: d.severity, at: at(d) })).sort()).toEqual(meta.findings.map(key).sort());
      expect(ds.filter((d) => d.category === 'extraction')).toEqual([]);
      // Every blank cell is named by a cell-blank finding (at it, or among the cells of its table's finding).
      const named = ds.filter((d) => d.ruleId === 'cell-blank').flatMap((d) => [d.location.cell, ...(d.related ?? []).map((r) => r.location.cell)]);
      expect(new Set(named)).toEqual(new Set(meta.blanks));
      expect(run.code).toBe(meta.findings.some((f) => f.severity === 'error') ? 1 : 0);
    });
  }
});
