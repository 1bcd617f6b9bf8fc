import { describe, expect, it } from 'vitest';
import { readReport } from '../src/node/file.js';
import { checkReport } from '../src/check/check.js';
import { corpusNames, diffAgainstTruth, loadTruth } from './support/corpus.js';

/** The known real findings of the corpus (fixtures/corpus-pages/README.md). Everything else must be clean of errors. */
const KNOWN_ERRORS: Record<string, string[]> = {
  'pingtan-2020': ['table3-results-total'],
  'pingtan-police-2021': ['table3-balance'],
  'pingtan-econdev-2024': ['table3-balance', 'table3-results-total'],
  'pingtan-finance-2021': ['section-missing'],
};

describe('corpus as normalized JSON (fixtures/corpus)', () => {
  const names = corpusNames();
  it('has the corpus', () => expect(names.length).toBeGreaterThanOrEqual(16));
  for (const name of names) {
    it(`${name}: every cell equals truth.json and only the known errors are found`, async () => {
      const report = await readReport(`fixtures/corpus/${name}.json`);
      expect(diffAgainstTruth(report, loadTruth(name))).toEqual([]);
      const result = checkReport(report);
      const errors = [...new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId))].sort();
      expect(errors).toEqual((KNOWN_ERRORS[name] ?? []).sort());
    });
  }
});
