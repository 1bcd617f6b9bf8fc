/**
 * Checks many files at the same time with worker threads, each file under a time limit.
 *
 * `jobs` = N means N worker threads, each with up to two files in flight (the second waits in the
 * worker, so it never idles while its reply travels); this thread only hands out files and takes the
 * replies. A worker writes each outcome to its own file in the run's spool (spool.ts) and replies with
 * where it is; that reference goes to `onOutcome` with the file's index, and the caller reads the
 * outcomes back in the order of `files` (checkStream in run.ts), whatever the timing.
 *
 * Time limit (`timeoutMs`): the file a worker is on is timed from when the worker starts it (after the
 * worker's own start-up, when it is the first). A file that takes longer is stopped by terminating its
 * worker; it gets a `read-error/timeout` finding, the file queued behind it goes back to the front of
 * the queue and a new worker takes over. A worker that dies on a file (out of memory, a native crash)
 * is handled the same way, with `read-error/crashed`. A worker that dies before it is ready (a broken
 * installation) ends the run: that is not any file's fault. Files are sent only after a worker's ready
 * message, and replies come on a channel of the worker's own that is drained when it dies, so a death is
 * always blamed on the file it was really on (a thread's 'error' and 'exit' events can overtake its last
 * messages; seen under load).
 *
 * Memory: each worker's heap is capped (`heapLimitMb`, default 96 MB; young generation 16 MB). Left
 * alone, V8 lets a busy thread's heap grow far beyond what it holds (collecting later rather than
 * sooner), so a long run's memory grew with its length; with the cap it collects sooner and stays flat. A real report needs a few
 * MB. A file that does not fit (a very large spreadsheet) kills its capped worker with "out of memory":
 * it is then retried once in a worker without the cap, which also goes on with the rest of the queue.
 *
 * Workers are used unless the batch is small and safe to check here: fewer than `inProcessBelow` files,
 * all JSON of at most `inProcessMaxBytes` each (JSON is parsed and checked in time linear in its size,
 * so no time limit is needed, and a pre-commit hook on one report starts no thread). `jobs` = 1 without
 * a time limit, and a run from the TypeScript sources (tests; no compiled worker script), also check here.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { unreadableResult } from './check.js';
import type { FactsKey } from './crossfile.js';
import type { FileOutcome, RunOptions } from './run.js';
import type { Spool, SpoolRef, SpoolWriter } from './spool.js';

export interface PoolOptions {
  /** Worker threads (≥ 1). */
  jobs: number;
  /** The run's spool: every outcome is written there, by the thread that checked the file. */
  spool: Spool;
  /** Where each outcome is, as soon as it is known (any order). */
  onOutcome: (index: number, outcome: StoredOutcome) => void;
  /** Told after each file: files done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Time limit per file in milliseconds; 0 or undefined: none. */
  timeoutMs?: number;
  /** Below this many files (all small JSON), everything runs in this thread (default 32). */
  inProcessBelow?: number;
  /** Largest JSON file checked in this thread (default 1 MB). */
  inProcessMaxBytes?: number;
  /** Another worker script speaking the same messages (tests use one that stalls or dies on cue). */
  script?: URL;
  /** Heap cap of a worker in MB before a file is retried without it (default HEAP_LIMIT_MB). */
  heapLimitMb?: number;
}

/** Small batches run without workers (a worker takes about as long to start as ~30 files). */
export const IN_PROCESS_BELOW = 32;
/** JSON files up to this size may be checked in this thread. */
export const IN_PROCESS_MAX_BYTES = 1024 * 1024;
/** The default time limit per file: far above any real report (milliseconds to a few seconds). */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** The heap cap of a worker, in MB (see above). */
export const HEAP_LIMIT_MB = 96;
/**
 * A capped worker's young generation, in MB (V8's default lets it grow to 48 MB per thread). Measured on
 * 1,000 and 10,000 mixed reports: peak RSS ~205 → ~170 MB and 240 → 198 MB, CPU time unchanged within
 * the noise; 8 MB cost ~10% more CPU.
 */
export const YOUNG_GENERATION_MB = 16;

/**
 * A file's outcome as a worker reports it: where its result and facts are in the run's spool (the worker
 * wrote them there; see spool.ts), and the facts' key for pairing files. Only these few numbers cross
 * threads: the outcomes themselves never sit in this thread's heap while the run goes on.
 */
export interface StoredOutcome {
  result: SpoolRef;
  facts?: SpoolRef;
  key?: FactsKey;
}

/** Writes an outcome to a spool file and says where it is. */
export function storeOutcome(o: FileOutcome, w: SpoolWriter): StoredOutcome {
  const result = w.put(o.result);
  if (!o.facts) return { result };
  const key: FactsKey = { ...(o.facts.agencyKey !== undefined ? { agencyKey: o.facts.agencyKey } : {}), ...(o.facts.year !== undefined ? { year: o.facts.year } : {}) };
  return { result, facts: w.put(o.facts), key };
}

/** What this thread sends a worker: one file. */
export interface WorkerTask {
  index: number;
  path: string;
}

/** What a worker sends back: that it is ready, a file's outcome, or an internal error on a file. */
export type WorkerReply =
  | { ready: true }
  | { index: number; outcome: StoredOutcome }
  | { index: number; error: { message: string; stack?: string } };

/** The compiled worker script, or undefined when running from sources that Node cannot load in a worker. */
export function workerScript(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Options a worker can receive: functions (callbacks) stay in this thread. */
function cloneable(opts: RunOptions): RunOptions {
  return Object.fromEntries(Object.entries(opts).filter(([, v]) => typeof v !== 'function')) as RunOptions;
}

/** True when every file is a small `.json` file that can be checked here without a time limit. */
async function smallJson(files: string[], maxBytes: number): Promise<boolean> {
  for (const f of files) {
    if (!f.toLowerCase().endsWith('.json')) return false;
    // A file that cannot be stat'ed gets its finding from processFile, here as anywhere.
    const s = await stat(f).catch(() => undefined);
    if (s && s.size > maxBytes) return false;
  }
  return true;
}

function seconds(ms: number): string {
  return ms >= 1000 ? String(Math.round(ms / 100) / 10) : String(ms / 1000);
}

/** The outcome of a file stopped by the time limit or by its worker's death. */
function stoppedOutcome(path: string, messageId: 'timeout' | 'crashed', data: Record<string, string>, opts: RunOptions, w: SpoolWriter): StoredOutcome {
  return storeOutcome({ result: unreadableResult(path, { ruleId: 'read-error', messageId, data, location: {} }, opts) }, w);
}

/** Checks every file; each outcome goes to `pool.onOutcome`. */
export async function runPool(files: string[], opts: RunOptions, pool: PoolOptions): Promise<void> {
  // Imported here, not at the top, because worker.ts → run.ts → pool.ts would otherwise be circular at load.
  const { processFile } = await import('./run.js');
  const total = files.length;
  let done = 0;
  // This thread's own spool file: files checked here, and files stopped by the time limit or a crash.
  let own: SpoolWriter | undefined;
  const mine = (): SpoolWriter => (own ??= pool.spool.writer('main.jsonl'));
  const deliver = (index: number, outcome: StoredOutcome): void => {
    pool.onOutcome(index, outcome);
    done++;
    pool.onProgress?.(done, total);
  };
  const jobs = Math.max(1, Math.floor(pool.jobs));
  const timeoutMs = pool.timeoutMs && pool.timeoutMs > 0 ? pool.timeoutMs : 0;
  const script = pool.script ?? workerScript();
  const here =
    !script ||
    (jobs === 1 && timeoutMs === 0) ||
    (total < (pool.inProcessBelow ?? IN_PROCESS_BELOW) && (await smallJson(files, pool.inProcessMaxBytes ?? IN_PROCESS_MAX_BYTES)));
  if (here) {
    try {
      for (let i = 0; i < total; i++) deliver(i, storeOutcome(await processFile(files[i]!, opts), mine()));
    } finally {
      own?.close();
    }
    return;
  }
  if (total === 0) return;

  /** Indices of the files not yet handed out; a stopped worker's queued file goes back to the front. */
  const queue: number[] = files.map((_, i) => i);
  /** Files that ran out of memory in a capped worker: for an uncapped one, first. */
  const big: number[] = [];
  const retried = new Set<number>();
  const heapLimitMb = pool.heapLimitMb ?? HEAP_LIMIT_MB;
  const workerData = { options: cloneable(opts), spoolDir: pool.spool.dir };
  interface Slot {
    worker: Worker;
    ready: boolean;
    /** Files sent to this worker, oldest first: the first is the one it is on. */
    inflight: number[];
    timer?: NodeJS.Timeout;
    /** Set when this thread ends the worker (time limit, end of run): its exit is expected. */
    stopping: boolean;
    /** Its heap is capped at heapLimitMb. */
    capped: boolean;
    /** This thread's end of the worker's reply channel. */
    replies: MessagePort;
    /** The thread has died: its last replies are being taken, and it gets no more files. */
    dead: boolean;
  }
  const slots = new Set<Slot>();
  /** Workers that died since a file was last finished: a few in a row is a file each; more is a broken setup. */
  let deathsInARow = 0;

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
    const arm = (slot: Slot): void => {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = undefined;
      if (timeoutMs === 0 || !slot.ready || slot.inflight.length === 0) return;
      slot.timer = setTimeout(() => stop(slot, 'timeout'), timeoutMs);
    };
    const feed = (slot: Slot): void => {
      while (slot.inflight.length < 2 && !slot.dead) {
        // An uncapped worker takes the files being retried first.
        const index = !slot.capped && big.length > 0 ? big.shift() : queue.shift();
        if (index === undefined) break;
        slot.inflight.push(index);
        slot.worker.postMessage({ index, path: files[index]! } satisfies WorkerTask);
      }
    };
    /**
     * Ends a worker that went over the time limit or died: its current file is reported (or, out of
     * memory under the cap, retried without it), the rest requeued.
     */
    const stop = (slot: Slot, why: 'timeout' | 'crashed' | 'memory', reason = ''): void => {
      if (!slots.has(slot) || failed) return;
      slots.delete(slot);
      if (slot.timer) clearTimeout(slot.timer);
      slot.stopping = true;
      slot.replies.close();
      void slot.worker.terminate();
      const [current, ...rest] = slot.inflight;
      queue.unshift(...rest.filter((i) => !retried.has(i)));
      big.unshift(...rest.filter((i) => retried.has(i)));
      if (current !== undefined) {
        const path = files[current]!;
        if (why === 'memory' && slot.capped && !retried.has(current)) {
          retried.add(current);
          big.push(current);
        } else if (why === 'timeout') deliver(current, stoppedOutcome(path, 'timeout', { seconds: seconds(timeoutMs) }, opts, mine()));
        else deliver(current, stoppedOutcome(path, 'crashed', { reason }, opts, mine()));
      }
      if (done === total) finishIfDone();
      else if (big.length > 0) start(false);
      else if (queue.length > 0) start(true);
    };
    const start = (capped: boolean): void => {
      const resourceLimits = capped ? { resourceLimits: { maxOldGenerationSizeMb: heapLimitMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } } : {};
      // Replies come on a channel of their own: when the worker dies, the replies it sent before dying
      // are taken from it at once (receiveMessageOnPort), so that the death is blamed on the right file
      // (a thread's 'error' and 'exit' events can overtake its last messages).
      const { port1: replies, port2 } = new MessageChannel();
      const worker = new Worker(script, { workerData: { ...workerData, replyPort: port2 }, transferList: [port2], ...resourceLimits });
      const slot: Slot = { worker, replies, ready: false, inflight: [], stopping: false, capped, dead: false };
      slots.add(slot);
      const onReply = (reply: WorkerReply): void => {
        if ('ready' in reply) {
          slot.ready = true;
          feed(slot);
          arm(slot);
          return;
        }
        if ('error' in reply) {
          // An internal error (a bug in gongkai, not a bad file): the run ends as it would in this thread.
          const err = new Error(reply.error.message);
          if (reply.error.stack) err.stack = reply.error.stack;
          fail(err);
          return;
        }
        if (!slots.has(slot)) return; // Already stopped: this file was reported or requeued.
        deathsInARow = 0;
        slot.inflight = slot.inflight.filter((i) => i !== reply.index);
        deliver(reply.index, reply.outcome);
        feed(slot);
        arm(slot);
        finishIfDone();
      };
      replies.on('message', onReply);
      const died = (why: string, outOfMemory = false): void => {
        if (slot.stopping || slot.dead || failed) return;
        slot.dead = true;
        for (let m = receiveMessageOnPort(replies); m && !slot.stopping && !failed; m = receiveMessageOnPort(replies)) onReply(m.message as WorkerReply);
        replies.close();
        if (slot.stopping || failed) return;
        if (!slot.ready) fail(new Error(`a checking worker could not start: ${why}`));
        else if (++deathsInARow > 3) fail(new Error(`checking workers keep stopping: ${why}`));
        else stop(slot, outOfMemory ? 'memory' : 'crashed', why);
      };
      slot.worker.on('error', (e) =>
        died(e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 300) : String(e), (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'),
      );
      slot.worker.on('exit', (code) => died(`exit code ${code}`));
      // Files are sent only once the worker has said it is ready. A thread's 'error' and 'exit' events can
      // overtake its last messages, so "died before ready" must mean it had no file yet: then it is a
      // start-up failure, never a file's crash mistaken for one.
    };
    const workerCount = Math.min(jobs, Math.ceil(total / 2));
    for (let k = 0; k < workerCount; k++) start(true);
  }).finally(async () => {
    for (const slot of slots) {
      slot.stopping = true;
      if (slot.timer) clearTimeout(slot.timer);
    }
    await Promise.all([...slots].map((s) => s.worker.terminate()));
    for (const slot of slots) slot.replies.close();
    own?.close();
  });
}
