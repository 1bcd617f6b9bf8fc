/**
 * `npm run fuzz`: report-shaped inputs (tests/fuzz/reports.ts) through the CLI, FUZZ_REPORT_RUNS cases
 * (default 2000) with a random seed (FUZZ_SEED to replay; printed).
 */
import { expect, it } from 'vitest';
import { tempDir } from '../support/tmp.js';
import { fuzzReportCli } from './reports.js';

const RUNS = Number(process.env.FUZZ_REPORT_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

it(`CLI: ${RUNS} report cases, exit 0 or 1, no stack trace, known rule ids, every finding placed, each run ends`, async () => {
  console.log(`[fuzz] cli reports: seed ${SEED} (FUZZ_SEED=${SEED} to replay)`);
  const stats = await fuzzReportCli(RUNS, SEED, tempDir('gk-fuzz-reports-'));
  console.log(`[fuzz] cli reports: ${RUNS} cases, slowest ${stats.slowestMs.toFixed(0)} ms, findings by rule ${JSON.stringify(stats.byRule)}`);
  expect(Object.keys(stats.byRule).length).toBeGreaterThan(5);
});
