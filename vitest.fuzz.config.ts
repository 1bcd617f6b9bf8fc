import { defineConfig } from 'vitest/config';

/** `npm run fuzz`: ≥ 10,000 cases per reader (tests/fuzz/*.fuzz.ts). FUZZ_RUNS and FUZZ_SEED override. */
export default defineConfig({
  test: {
    include: ['tests/fuzz/**/*.fuzz.ts'],
    testTimeout: 60 * 60_000,
    hookTimeout: 300_000,
    // A temp directory of the run's own, which must be empty at the end (and the checkout unchanged).
    globalSetup: ['tests/support/global-setup.ts'],
    // One file at a time: the machine is shared, and timings are printed.
    fileParallelism: false,
  },
});
