/**
 * `npm run fuzz`: every reader registered in src/readers/index.ts gets ≥ 10,000 cases (FUZZ_RUNS to
 * change), generic inputs plus format-shaped ones, with a random seed each run (FUZZ_SEED to replay;
 * the seed is printed). Prints the counts per reader.
 */
import { describe, expect, it } from 'vitest';
import { formatSources } from './formats.js';
import { formatStats, fuzzReader, genericInputs, registeredReaders, seedFiles } from './harness.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

describe('fuzz every reader', () => {
  const only = process.env.FUZZ_READERS?.split(',');
  const readers = registeredReaders().filter((r) => !only || only.includes(r.name));
  const exts = readers.map((r) => r.ext);
  console.log(`[fuzz] seed ${SEED} (FUZZ_SEED=${SEED} to replay), ${RUNS} cases per reader, readers: ${readers.map((r) => r.name).join(', ')}`);
  for (const { name, ext } of readers) {
    it(`${name} (${ext}): ${RUNS} cases, no crash, no hang`, async () => {
      const sources = [...genericInputs(ext, seedFiles(ext), exts), ...formatSources(ext)];
      const stats = await fuzzReader(name, ext, sources, RUNS, SEED).catch((e: unknown) => {
        console.log(`[fuzz] ${name}: FAILED with seed ${SEED}: ${e instanceof Error ? e.message.slice(0, 3000) : String(e)}`);
        throw e;
      });
      console.log(formatStats(stats));
      expect(stats.cases).toBeGreaterThanOrEqual(RUNS);
      expect(stats.crashes).toBe(0);
      expect(stats.hangs).toBe(0);
    });
  }
});
