import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // A temp directory of the run's own, which must be empty at the end (and the checkout unchanged).
    globalSetup: ['tests/support/global-setup.ts'],
    // The JSON results let .ci/run print one plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest-results.json' }]],
  },
});
