/** `npm run fuzz`: malformed files of every format through the CLI (`main()` with a fake io). */
import { expect, it } from 'vitest';
import { fuzzCli } from './harness.js';

const RUNS = Number(process.env.FUZZ_CLI_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

it(`CLI: ${RUNS} malformed files, exit 1 or 2, no stack traces`, async () => {
  const stats = await fuzzCli(RUNS, SEED);
  console.log(`[fuzz] cli: ${stats.cases} cases (seed ${SEED}), exit codes ${JSON.stringify(stats.exit)}`);
  expect(stats.cases).toBe(RUNS);
});
