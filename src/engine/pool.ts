/**
 * Checks many files at the same time with worker threads.
 *
 * `jobs` = N means N files in flight: this thread takes part (it starts on the first files at once,
 * while the workers start up), plus N − 1 workers. Files are handed out in small chunks from one queue,
 * so a slow file does not hold up the rest; each worker keeps two chunks in flight so it never waits for
 * this thread. Outcomes come back as plain data and are put at their file's index: the order of the
 * output is the order of `files` (sorted by path), whatever the timing.
 *
 * Small batches (fewer than `inProcessBelow` files) run in this thread only: starting a worker costs
 * more than checking a few files. So does a run from the TypeScript sources (tests), where no compiled
 * worker script exists.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileOutcome, RunOptions } from './run.js';

export interface PoolOptions {
  /** Files in flight at once, counting this thread (≥ 1). */
  jobs: number;
  /** Told after each file: files done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Below this many files, everything runs in this thread (default 32). */
  inProcessBelow?: number;
}

/** Batches smaller than this run without workers (a worker takes about as long to start as ~30 files). */
export const IN_PROCESS_BELOW = 32;

/** What the main thread sends a worker: a chunk of files, by index. */
export interface WorkerTask {
  start: number;
  paths: string[];
}

/** What a worker sends back. */
export type WorkerReply = { start: number; outcomes: FileOutcome[] } | { start: number; error: { message: string; stack?: string } };

/** The compiled worker script, or undefined when running from sources that Node cannot load in a worker. */
export function workerScript(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Options a worker can receive: functions (callbacks) stay in this thread. */
function cloneable(opts: RunOptions): RunOptions {
  return Object.fromEntries(Object.entries(opts).filter(([, v]) => typeof v !== 'function')) as RunOptions;
}

/** How many files go in one chunk: small enough to balance the end of the run, big enough to amortise messages. */
function chunkSize(total: number, jobs: number): number {
  return Math.max(1, Math.min(8, Math.ceil(total / (jobs * 24))));
}

/** Checks every file and returns the outcomes in the order of `files`. */
export async function runPool(files: string[], opts: RunOptions, pool: PoolOptions): Promise<FileOutcome[]> {
  // Imported here, not at the top, because worker.ts → run.ts → pool.ts would otherwise be circular at load.
  const { processFile } = await import('./run.js');
  const total = files.length;
  const out = new Array<FileOutcome>(total);
  let done = 0;
  const progress = (n: number): void => {
    done += n;
    pool.onProgress?.(done, total);
  };
  const jobs = Math.max(1, Math.floor(pool.jobs));
  const script = workerScript();
  if (jobs === 1 || total < (pool.inProcessBelow ?? IN_PROCESS_BELOW) || !script) {
    for (let i = 0; i < total; i++) {
      out[i] = await processFile(files[i]!, opts);
      progress(1);
    }
    return out;
  }

  const size = chunkSize(total, jobs);
  const queue: WorkerTask[] = [];
  for (let start = 0; start < total; start += size) queue.push({ start, paths: files.slice(start, start + size) });
  const workerCount = Math.min(jobs - 1, Math.max(1, queue.length - 1));
  const workers: Worker[] = [];

  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (e: unknown): void => {
        if (failed) return;
        failed = true;
        reject(e instanceof Error ? e : new Error(String(e)));
      };
      const finishIfDone = (): void => {
        if (!failed && done === total) resolve();
      };
      const feed = (w: Worker): void => {
        const task = queue.shift();
        if (task) w.postMessage(task);
      };
      for (let k = 0; k < workerCount; k++) {
        const w = new Worker(script, { workerData: { options: cloneable(opts) } });
        workers.push(w);
        w.on('message', (reply: WorkerReply) => {
          if ('error' in reply) {
            const err = new Error(reply.error.message);
            if (reply.error.stack) err.stack = reply.error.stack;
            fail(err);
            return;
          }
          reply.outcomes.forEach((o, i) => (out[reply.start + i] = o));
          progress(reply.outcomes.length);
          feed(w);
          finishIfDone();
        });
        w.on('error', fail);
        w.on('exit', (code) => {
          if (done < total) fail(new Error(`a checking worker stopped (exit code ${code}) before the run was complete`));
        });
        // Two chunks in flight: the worker has the next one while its reply waits for this thread.
        feed(w);
        feed(w);
      }
      // This thread checks too, from the same queue.
      void (async () => {
        for (let task = queue.shift(); task && !failed; task = queue.shift()) {
          for (let i = 0; i < task.paths.length; i++) {
            out[task.start + i] = await processFile(task.paths[i]!, opts);
            progress(1);
          }
        }
        finishIfDone();
      })().catch(fail);
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
