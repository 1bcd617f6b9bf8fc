/**
 * The first checking process of `gongkai check`, started by bin/gongkai.js before it loads the CLI (which
 * takes about as long as the process takes to start), and taken over by the pool (pool.ts) for the
 * first file. Only node builtins here: this module is loaded before everything else.
 *
 * Until it is taken over the process holds nothing open in this one (unref'd), so a run that ends early
 * (a usage error, no files) ends as before; it is killed when this process exits.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The V8 heap cap of a checking process, in MB (see pool.ts). */
export const HEAP_LIMIT_MB = 96;
/**
 * A checking process's semi-space, in MB: its young generation is three times that (V8's default lets it
 * grow to 16 MB, 48 MB young). Measured on 200 mixed reports, 2 jobs: 2 MB against 8 MB saved ~12 MB per
 * process, CPU time the same within the noise — but not for PDFs: pdfjs allocates a great deal of short-lived
 * data, and with 2 MB reading the 35 text-layer PDF fixtures took 2.76 s against 2.23 s with 8 MB (in one
 * process, warm, twice each); `gongkai check` of them, -j 1: 4.45 → 3.92 s wall, 6.19 → 5.47 s CPU (median
 * of 3, same output). Then 16 MB against 8, with pdfjs inflating in the process (inflate.ts): `gongkai check`
 * of the 70 PDFs of `npm run bench` (e), -j 1, median of 5 paired runs: 5.16 → 4.79 s wall (−9 %), CPU 7.85 →
 * 7.06 s, peak 154 → 169 MB; with 32 MB it was slower again (the 96 MB old space then collects more). So 16 MB:
 * ~15 MB more per checking process, well within the run's memory budget.
 */
export const SEMI_SPACE_MB = 16;

/** The node flags of a checking process with this heap cap: only these (see pool.ts). */
export function workerFlags(heapMb: number): string[] {
  return [`--max-old-space-size=${heapMb}`, `--max-semi-space-size=${SEMI_SPACE_MB}`];
}

const KEY = Symbol.for('gongkai.earlyWorker');
type Holder = { [KEY]?: ChildProcess };

/** Starts the first checking process now (see above). Never throws: without it, the pool starts its own. */
export function earlyWorker(script: URL): void {
  try {
    const child = fork(fileURLToPath(script), [], { execArgv: workerFlags(HEAP_LIMIT_MB), stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'json' });
    child.on('error', () => undefined);
    child.unref();
    (child.channel as { unref?: () => void } | undefined)?.unref?.();
    (child.stderr as Socket | null)?.unref();
    process.on('exit', () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    (globalThis as Holder)[KEY] = child;
  } catch {
    // The pool will start one.
  }
}

/** The early process, when it was started for this script with these flags and is still alive. */
export function takeEarlyWorker(script: URL, flags: readonly string[]): ChildProcess | undefined {
  const child = (globalThis as Holder)[KEY];
  delete (globalThis as Holder)[KEY];
  if (!child) return undefined;
  const same = child.spawnargs.slice(1).join('\0') === [...flags, fileURLToPath(script)].join('\0');
  if (!same || child.exitCode !== null || child.signalCode !== null || !child.connected) {
    child.kill('SIGKILL');
    return undefined;
  }
  child.ref();
  (child.channel as { ref?: () => void } | undefined)?.ref?.();
  (child.stderr as Socket | null)?.ref();
  return child;
}
