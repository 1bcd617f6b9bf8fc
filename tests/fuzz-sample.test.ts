/**
 * A fixed-seed sample of the fuzz suite (tests/fuzz), run with the normal tests: a few hundred
 * cases per registered reader, the same generators as `npm run fuzz`; and report-shaped inputs through
 * the CLI with the properties of tests/fuzz/reports.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic, RunResult } from '../src/model/diagnostic.js';
import { formatSources } from './fuzz/formats.js';
import { formatStats, fuzzCli, fuzzReader, genericInputs, registeredReaders, seedFiles } from './fuzz/harness.js';
import { cliProblems, fuzzReportCli } from './fuzz/reports.js';
import { tempDir } from './support/tmp.js';

const RUNS = 150;
const SEED = 20260101;

describe('fuzz sample (fixed seed)', () => {
  const readers = registeredReaders();
  const exts = readers.map((r) => r.ext);
  it('covers every registered reader', () => {
    expect(readers.map((r) => r.name)).toContain('json');
  });
  for (const { name, ext } of readers) {
    it(`${name} (${ext}): ${RUNS} cases end in findings or "cannot read"`, { timeout: 600_000 }, async () => {
      const stats = await fuzzReader(name, ext, [...genericInputs(ext, seedFiles(ext), exts), ...formatSources(ext)], RUNS, SEED);
      console.log(formatStats(stats));
      expect(stats.cases).toBeGreaterThanOrEqual(RUNS);
      expect(stats.crashes).toBe(0);
      // Both outcomes occur: the generators reach past the first parse error.
      expect(stats.readable).toBeGreaterThan(0);
      expect(stats.unreadable).toBeGreaterThan(0);
    });
  }
  it('CLI: 30 malformed files of any kind through check (pretty, json, html) and convert, no stack trace or internal error', { timeout: 600_000 }, async () => {
    // The harness's property (tests/fuzz/harness.ts fuzzCli): exit 0–2 (a file of no known kind may be a
    // usage error), neither stream shows a stack frame or an internal error.
    const stats = await fuzzCli(30, SEED);
    console.log(`[fuzz] cli: ${stats.cases} cases, exit codes ${JSON.stringify(stats.exit)}`);
    expect(stats.cases).toBe(30);
  });
  describe('CLI: report inputs through main()', () => {
    // Real reports (fixtures/corpus) changed by fast-check and written as JSON, broken JSON, CSV, text
    // and HTML (tests/fuzz/reports.ts), each checked with pretty output and the JSON result to a file.
    const CASES = 100;
    it(`${CASES} cases: exit 0 or 1, no stack trace or internal error, known rule ids, every finding placed, each run ends`, { timeout: 600_000 }, async () => {
      const stats = await fuzzReportCli(CASES, SEED, tempDir('gk-fuzz-cli-'));
      console.log(`[fuzz] cli: ${CASES} report cases, slowest ${stats.slowestMs.toFixed(0)} ms, findings by rule ${JSON.stringify(stats.byRule)}`);
      // The cases reach past reading: rules on tables, sums and sections report.
      expect(Object.keys(stats.byRule).length).toBeGreaterThan(5);
    });

    it('the properties catch what they are for', () => {
      const file = '/x/r.json';
      const d = { ruleId: 'value-negative', severity: 'error', category: 'content', messageId: 'negative', message: '表三…', file, location: { section: 's3', table: 't3', row: 'new', column: 'natural', cell: 't3.new.natural', labels: { section: '三', table: '三', row: '新收', column: '自然人' } } } as Diagnostic;
      const result = (diagnostics: Diagnostic[], readable = true): RunResult =>
        ({ files: [{ file, readable, diagnostics, errorCount: diagnostics.filter((x) => x.severity === 'error').length, warningCount: 0, infoCount: 0 }] }) as unknown as RunResult;
      expect(cliProblems({ code: 1, stdout: '', stderr: '' }, result([d]), file)).toEqual([]);
      expect(cliProblems({ code: 2, stdout: '', stderr: '' }, result([d]), file)).toEqual(['exit code 2']);
      expect(cliProblems({ code: 1, stdout: '', stderr: 'TypeError: x is not a function\n    at f (/a/b.js:1:2)\n' }, result([d]), file)).toHaveLength(2);
      expect(cliProblems({ code: 0, stdout: '', stderr: '' }, result([d]), file)).toEqual(['exit 0 with errors']);
      expect(cliProblems({ code: 1, stdout: '', stderr: '' }, result([{ ...d, ruleId: 'no-such-rule' }]), file)[0]).toMatch(/not in the registry/);
      expect(cliProblems({ code: 1, stdout: '', stderr: '' }, result([{ ...d, location: undefined } as unknown as Diagnostic]), file)).toEqual(['value-negative/negative: no location']);
      expect(cliProblems({ code: 1, stdout: '', stderr: '' }, result([{ ...d, location: { cell: 't3.new.natural' } }]), file)[0]).toMatch(/without its table, row and column labels/);
      expect(cliProblems({ code: 1, stdout: '', stderr: '' }, result([{ ...d, physical: { line: 0 } }]), file)[0]).toMatch(/physical line = 0/);
      expect(cliProblems({ code: 1, stdout: '', stderr: '' }, result([{ ...d, message: "Cannot read properties of undefined (reading 'x') at Object.check (/src/rules/x.ts:3:4)" }]), file)[0]).toMatch(/internals/);
      expect(cliProblems({ code: 1, stdout: '', stderr: '' }, undefined, file)).toEqual(['no JSON result']);
    });
  });
});
