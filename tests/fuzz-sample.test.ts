/**
 * A fixed-seed sample of the fuzz suite (tests/fuzz), run with the normal tests: a few hundred
 * cases per registered reader, the same generators as `npm run fuzz`.
 */
import { describe, expect, it } from 'vitest';
import { formatSources } from './fuzz/formats.js';
import { formatStats, fuzzCli, fuzzReader, genericInputs, registeredReaders, seedFiles } from './fuzz/harness.js';

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
  it('CLI: 60 malformed files through main(), exit 1 or 2, no stack traces', { timeout: 600_000 }, async () => {
    const stats = await fuzzCli(60, SEED);
    console.log(`[fuzz] cli: ${stats.cases} cases, exit codes ${JSON.stringify(stats.exit)}`);
    expect(stats.cases).toBe(60);
    expect((stats.exit[1] ?? 0) + (stats.exit[2] ?? 0)).toBeGreaterThan(0);
  });
});
