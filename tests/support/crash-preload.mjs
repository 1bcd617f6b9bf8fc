/**
 * Loaded with `node --import` before bin/gongkai.js (tests/files-outputs.test.ts): throws an error that
 * nothing catches, from a timer of the main thread, at a chosen moment of a run — a stand-in for a bug in
 * an event handler. GONGKAI_CRASH_AT=spool: once the run's spool folder exists in TMPDIR (files are being
 * checked); =output: once an output's temporary file exists in GONGKAI_CRASH_OUTDIR (an output is being
 * written). Worker threads load this too and do nothing.
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isMainThread } from 'node:worker_threads';

const at = process.env.GONGKAI_CRASH_AT;
const outDir = process.env.GONGKAI_CRASH_OUTDIR;
if (isMainThread && at) {
  const ready = () => {
    if (at === 'spool') return readdirSync(tmpdir()).some((n) => n.startsWith('gongkai-run-'));
    return readdirSync(outDir).some((n) => /^\..+\.[0-9a-f]{12}\.tmp$/.test(n));
  };
  const timer = setInterval(() => {
    if (!ready()) return;
    clearInterval(timer);
    process.stderr.write('crash-preload: thrown\n');
    throw new Error('injected failure');
  }, 1);
  timer.unref();
}
