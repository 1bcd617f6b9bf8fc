/**
 * The real corpus as published text: every fixtures/corpus-pages/<name>/page.txt read by the text reader.
 * Every cell it reads equals truth.json; every truth cell it does not read is covered by an
 * extraction finding that names its row and lists the truth among its candidate splits (a row of
 * run-together digits with several splits and no sum to decide is reported, never guessed).
 * The errors found are exactly the known real ones.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../src/check/check.js';
import { readReport } from '../src/node/file.js';
import { getFormat, type TableId } from '../src/format/spec.js';
import { matchSection } from '../src/format/sections.js';
import type { Report } from '../src/model/report.js';
import { splitTokens } from '../src/readers/split.js';
import { corpusNames, loadTruth, reportCells, type Truth } from './support/corpus.js';
import { KNOWN_ERRORS } from './support/known-errors.js';


/** Compares cell by cell; returns the differences not explained by an extraction finding. */
export function unexplainedDiffs(report: Report, truth: Truth): string[] {
  const got = reportCells(report);
  const diffs: string[] = [];
  for (const [key, want] of truth.cells) {
    const have = got.get(key);
    if (have === want) continue;
    const [table, row] = key.split('.');
    const why = report.findings.find(
      (f) => (f.ruleId === 'extract-ambiguous' || f.ruleId === 'extract-failed') && f.location.table === table && (f.location.row === undefined || f.location.row === row),
    );
    if (have === undefined && why?.ruleId === 'extract-ambiguous' && truthIsACandidate(report, truth, table!, why.location.row, String(why.data?.raw ?? ''))) continue;
    diffs.push(`${key}: expected ${String(want)}, got ${have === undefined ? '(missing)' : String(have)}${why ? ` [${why.ruleId}/${why.messageId}]` : ''}`);
  }
  return diffs;
}

/** The truth of an ambiguous row is one of the splits of the digits the reader found there. */
function truthIsACandidate(report: Report, truth: Truth, table: string, rowId: string | undefined, raw: string): boolean {
  const t = getFormat(report.format ?? truth.format).tables[table as TableId];
  const rows = rowId ? t.rows.filter((r) => r.id === rowId) : t.rows;
  const keys = rows.flatMap((r) => r.columns.map((c) => `${table}.${r.id}.${c}`));
  const types = rows.flatMap((r) => r.columns.map((c) => t.columns.find((x) => x.id === c)!.type));
  const tokens = raw.split(' ').map((text) => ({ text, offset: 0 }));
  const outcome = splitTokens(tokens, types, { maxCandidates: 100_000, budget: 5_000_000 });
  if (outcome.kind !== 'ambiguous') return false;
  return outcome.candidates.some((c) => c.every((p, i) => p.value === truth.cells.get(keys[i]!)));
}

describe('corpus as published text (page.txt)', () => {
  const names = corpusNames();
  it('has the corpus', () => expect(names.length).toBeGreaterThanOrEqual(16));
  for (const name of names) {
    it(`${name}: cells equal truth.json, only the known errors`, async () => {
      const truth = loadTruth(name);
      const report = await readReport(join(truth.dir, 'page.txt'));
      expect(unexplainedDiffs(report, truth)).toEqual([]);
      // The sections present, by number, and the reporting year and format.
      const numbers = report.sections.map((s) => '一二三四五六'[Number(matchSection(s.heading)?.id.slice(1)) - 1]);
      expect(numbers).toEqual(truth.sectionsPresent);
      expect(report.year).toBe(truth.year);
      expect(report.format).toBe(truth.format);
      const result = checkReport(report);
      const errors = [...new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId))].sort();
      expect(errors).toEqual((KNOWN_ERRORS[name] ?? []).sort());
    });
  }
});
