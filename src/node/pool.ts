/**
 * Checks files in child processes, each file under a time limit and a memory limit, so that no file can
 * end the run: whatever one file does to the process checking it (an endless loop, running out of memory,
 * a stack overflow, a native crash, `process.exit`), that file gets one finding and the run goes on.
 *
 * Why processes and not worker threads: V8 ends the whole *process* on a fatal error. A worker thread
 * whose heap is capped (`resourceLimits`) is stopped cleanly only when the heap grows little by little;
 * one large allocation near the cap (an array or a Map that doubles its backing store) is a fatal
 * "Reached heap limit" / "CALL_AND_RETRY_LAST" abort of the process (exit 134), and an uncapped thread
 * can grow an array to V8's "invalid size" fatal error (exit 133, at 2.3 GB for a report whose year is
 * 1e308 in the cross-file step). Measured on Node 20 with a 96 MB cap: `a.push(i)` in a loop and a
 * growing Map abort the process; arrays of small arrays end the thread only. A child process that aborts
 * takes only itself down; this process sees it exit and blames the file it was on.
 *
 * `jobs` = N means up to N child processes (never more than 4 per core: they would only wait for each
 * other), each with up to two files in flight (the second waits in the child, so it never idles while
 * its reply travels); this process only hands out files and takes the replies. A child writes each
 * outcome to its own file in the run's spool (spool.ts) and replies with where it is; that reference goes
 * to `onOutcome` with the file's index, and the caller reads the outcomes back in the order of `files`
 * (checkStream in run.ts), whatever the timing.
 *
 * Time limit (`timeoutMs`): the file a child is on is timed from when the child starts it (after its own
 * start-up, when it is the first). A file that takes longer is stopped by killing its child (SIGKILL: it
 * works even in native code or a blocking read, where a thread could not be stopped); it gets a
 * `read-error/timeout` finding, the file queued behind it goes back to the front of the queue and a new
 * child takes over.
 *
 * Memory (`heapLimitMb`, default 96 MB of V8 heap; young generation small): far above what a real report
 * needs (a few MB), and it keeps a long run flat (left alone, V8 lets a busy heap grow far beyond what it
 * holds). A file that does not fit (a very large spreadsheet) makes its child run out of memory: it is
 * retried once in a child with `retryHeapLimitMb` (default 256 MB), which takes only such files. Out of
 * memory there too, the file gets `read-error/outOfMemory`. The heap cap does not count what lies outside
 * the heap (ArrayBuffers: a PDF stream inflating to hundreds of MB), so the resident memory of each child
 * on a file is read every few milliseconds too (memory.ts; Linux) and a child over `memoryLimitMb`
 * (default 320 MB; `retryMemoryLimitMb`, 480 MB, for the roomy one) is stopped as one out of heap: retried
 * once in the roomy child, then `read-error/outOfMemory` naming that limit. So a child holds at most its
 * limit and what it grows between two reads (~495 MB measured for a PDF growing by 256 MB at once).
 * Any other death is `read-error/crashed` with a plain reason. A child that dies before it is ready (a
 * broken installation) ends the run: that is not any file's fault. A child's standard output is ignored
 * and its standard error kept only to tell why it died (never printed).
 *
 * Everything is checked in child processes, even one small JSON file: the guarantees above need it, and
 * the cost is the start-up of one process, partly overlapped with this process's own (README,
 * Performance (d)). Only a run from the TypeScript sources (tests; no compiled worker script) checks
 * here, without a time limit.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { unreadableResult } from '../check/check.js';
import { factsKey, type FactsKey } from '../check/crossfile.js';
import { processFile, type FileOutcome, type RunOptions } from './file.js';
import type { KeepOptions } from '../check/bytes.js';
import type { Spool, SpoolRef, SpoolWriter } from './spool.js';
import type { ConvertSettings } from './convert-file.js';
import { HEAP_LIMIT_MB, takeEarlyWorker, workerFlags } from './early.js';
import { canWatchMemory, MEMORY_LIMIT_MB, residentMb, RETRY_MEMORY_LIMIT_MB, WATCH_MS, WATCH_NEAR_MB, WATCH_NEAR_MS } from './memory.js';

export interface PoolOptions {
  /** Child processes (≥ 1; at most 4 per core are started). */
  jobs: number;
  /** The run's spool: every outcome is written there, by the process that checked the file. */
  spool: Spool;
  /** Where each outcome is, as soon as it is known (any order). */
  onOutcome: (index: number, outcome: StoredOutcome) => void;
  /** Told after each file: files done and the total. A throw ends the run with a `CallbackError`. */
  onProgress?: (done: number, total: number) => void;
  /** Time limit per file in milliseconds; 0 or undefined: none. */
  timeoutMs?: number;
  /** What else to keep of each report, in the spool (its table cells, for the xlsx output). */
  keep?: KeepOptions;
  /** Another worker script speaking the same messages (tests use one that stalls or dies on cue). */
  script?: URL;
  /** Convert each file (`gongkai convert`) instead of checking it: its outcome's `result` is a `Converted`. */
  convert?: ConvertSettings;
  /** V8 heap cap of a child in MB (default HEAP_LIMIT_MB). */
  heapLimitMb?: number;
  /** V8 heap cap of the child a file that ran out of memory is retried in (default RETRY_HEAP_LIMIT_MB). */
  retryHeapLimitMb?: number;
  /** Resident memory a child may hold while on a file, in MB (default MEMORY_LIMIT_MB; Linux only). */
  memoryLimitMb?: number;
  /** The same for the child a file is retried in (default RETRY_MEMORY_LIMIT_MB). */
  retryMemoryLimitMb?: number;
}

/** The default time limit per file: far above any real report (milliseconds to a few seconds). */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** The longest time limit accepted: 24 hours (Node's timers overflow past 2^31 − 1 ms, about 24.8 days). */
export const MAX_TIMEOUT_MS = 24 * 60 * 60 * 1000;
/** The most jobs accepted (`-j`, `jobs`). */
export const MAX_JOBS = 64;
/** Processes started per core at most, whatever `jobs` says. */
const JOBS_PER_CORE = 4;

/** The V8 heap cap of the process a file is retried in after running out of memory, in MB. */
export const RETRY_HEAP_LIMIT_MB = 256;

/**
 * A file's outcome as a child reports it: where its result and facts are in the run's spool (the child
 * wrote them there; see spool.ts), and the facts' key for pairing files. Only these few numbers cross
 * processes: the outcomes themselves never sit in this process's heap while the run goes on.
 */
export interface StoredOutcome {
  result: SpoolRef;
  facts?: SpoolRef;
  key?: FactsKey;
  /** The report's table cells, when the run keeps them (PoolOptions.keep). */
  cells?: SpoolRef;
}

/** Writes an outcome to a spool file and says where it is. */
export function storeOutcome(o: FileOutcome, w: SpoolWriter): StoredOutcome {
  const result = w.put(o.result);
  if (!o.facts) return { result };
  const key = factsKey(o.facts);
  return { result, facts: w.put(o.facts), ...(key ? { key } : {}), ...(o.cells ? { cells: w.put(o.cells) } : {}) };
}

/** The first message to a child: the run's options and where its spool is. */
export interface WorkerInit {
  init: { options: RunOptions; spoolDir: string; keep?: KeepOptions; convert?: ConvertSettings };
}

/** What this process sends a child after `init`: one file. */
export interface WorkerTask {
  index: number;
  path: string;
}

/** What a child sends back: that it is ready, a file's outcome, or an internal error on a file. */
export type WorkerReply =
  | { ready: true }
  | { index: number; outcome: StoredOutcome }
  | { index: number; error: { message: string; stack?: string } };

/** Thrown when a callback given to the run (`onProgress`, `onSkip`, `onFile`) throws: the run stops. */
export class CallbackError extends Error {
  constructor(
    readonly callback: string,
    cause: unknown,
  ) {
    const why = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    super(`gongkai: the ${callback} callback threw (${why}); the run was stopped and its temporary files removed`, { cause });
    this.name = 'CallbackError';
  }
}

/** Calls a callback of the caller's; what it throws becomes a `CallbackError` naming it. */
export function callBack<A extends unknown[], R>(name: string, fn: (...args: A) => R, ...args: A): R {
  try {
    const r = fn(...args);
    if (r instanceof Promise) return r.catch((e: unknown) => Promise.reject(e instanceof CallbackError ? e : new CallbackError(name, e))) as R;
    return r;
  } catch (e) {
    throw e instanceof CallbackError ? e : new CallbackError(name, e);
  }
}

/** The compiled worker script, or undefined when running from sources that Node cannot run as a child. */
export function workerScript(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Options a child can receive: functions (callbacks) stay in this process. */
function cloneable(opts: RunOptions): RunOptions {
  return Object.fromEntries(Object.entries(opts).filter(([, v]) => typeof v !== 'function')) as RunOptions;
}

function seconds(ms: number): string {
  return ms >= 1000 ? String(Math.round(ms / 100) / 10) : String(ms / 1000);
}

/** Children alive in this process, killed when it exits (Ctrl-C, SIGTERM, an uncaught error, a normal end). */
const liveChildren = new Set<ChildProcess>();
let exitHook = false;
export function track(child: ChildProcess): void {
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
  if (exitHook) return;
  exitHook = true;
  process.on('exit', stopLiveWorkers);
}

/** Kills every checking process still alive (synchronous: for exit and signal handlers). */
function stopLiveWorkers(): void {
  for (const child of liveChildren) {
    try {
      child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  }
  liveChildren.clear();
}

interface Death {
  memory: boolean;
  how: { zh: string; en: string };
  detail: string;
  /** The resident memory limit the child went over (stopped by this process), in MB. */
  overMb?: number;
}

/** What a child's death says, from its exit code, signal and the end of its standard error. */
function deathReason(code: number | null, signal: NodeJS.Signals | null, stderr: string): Death {
  const memory = /heap out of memory|Reached heap limit|Allocation failed|invalid size error|invalid array length|Array buffer allocation failed|Invalid string length|Map maximum size|Set maximum size/i.test(stderr);
  // The line that says what happened: V8's "FATAL ERROR: …", or an uncaught error's "Name: message".
  const lines = stderr.split('\n').map((l) => l.trim());
  const detail = (lines.find((l) => /FATAL ERROR|Fatal (JavaScript|error)/i.test(l)) ?? lines.find((l) => /^\w*Error\b.*:/.test(l)) ?? '').slice(0, 300);
  const how = signal
    ? { zh: `被系统信号 ${signal} 终止`, en: `ended by signal ${signal}` }
    : { zh: `退出码 ${code ?? '?'}`, en: `exit code ${code ?? '?'}` };
  return { memory, how, detail };
}

/** Checks every file; each outcome goes to `pool.onOutcome`. */
export async function runPool(files: string[], opts: RunOptions, pool: PoolOptions): Promise<void> {
  const total = files.length;
  const lang = opts.lang ?? 'zh';
  let done = 0;
  // This process's own spool file: files checked here, and files stopped by the time limit or a death.
  let own: SpoolWriter | undefined;
  const mine = (): SpoolWriter => (own ??= pool.spool.writer('main.jsonl'));
  const deliver = (index: number, outcome: StoredOutcome): void => {
    pool.onOutcome(index, outcome);
    done++;
    if (pool.onProgress) callBack('onProgress', pool.onProgress, done, total);
  };
  const jobs = Number.isFinite(pool.jobs) ? Math.min(MAX_JOBS, Math.max(1, Math.floor(pool.jobs))) : 1;
  const timeoutMs = pool.timeoutMs && Number.isFinite(pool.timeoutMs) && pool.timeoutMs > 0 ? Math.min(pool.timeoutMs, MAX_TIMEOUT_MS) : 0;
  const script = pool.script ?? workerScript();
  if (!script) {
    try {
      const converting = pool.convert ? await import('./convert-file.js') : undefined;
      for (let i = 0; i < total; i++) {
        if (converting) deliver(i, { result: mine().put(await converting.convertFile(files[i]!, pool.convert!)) });
        else deliver(i, storeOutcome(await processFile(files[i]!, opts, pool.keep), mine()));
      }
    } finally {
      own?.close();
    }
    return;
  }
  if (total === 0) return;

  /** Indices of the files not yet handed out; a stopped child's queued file goes back to the front. */
  const queue: number[] = files.map((_, i) => i);
  /** Files that ran out of memory in a normal child: for a roomy one. */
  const big: number[] = [];
  const retried = new Set<number>();
  const heapLimitMb = pool.heapLimitMb ?? HEAP_LIMIT_MB;
  const retryHeapLimitMb = pool.retryHeapLimitMb ?? RETRY_HEAP_LIMIT_MB;
  const memoryLimitMb = pool.memoryLimitMb ?? MEMORY_LIMIT_MB;
  const retryMemoryLimitMb = pool.retryMemoryLimitMb ?? RETRY_MEMORY_LIMIT_MB;
  const init: WorkerInit = { init: { options: cloneable(opts), spoolDir: pool.spool.dir, ...(pool.keep ? { keep: pool.keep } : {}), ...(pool.convert ? { convert: pool.convert } : {}) } };
  interface Slot {
    child: ChildProcess;
    ready: boolean;
    /** Files sent to this child, oldest first: the first is the one it is on. */
    inflight: number[];
    timer?: NodeJS.Timeout;
    /** Set when this process ends the child (time limit, end of run): its exit is expected. */
    stopping: boolean;
    /** Its heap cap is the retry cap: it takes only files that ran out of memory, one at a time. */
    roomy: boolean;
    /** The end of its standard error (why it died). */
    stderr: string;
  }
  const slots = new Set<Slot>();
  let watcher: NodeJS.Timeout | undefined;
  const maxSlots = Math.max(1, Math.min(jobs, JOBS_PER_CORE * Math.max(1, availableParallelism()), Math.ceil(total / 2)));

  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (e: unknown): void => {
      if (failed) return;
      failed = true;
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    /** Runs a step of the pool; what it throws (a callback's error) ends the run. */
    const guard =
      <A extends unknown[]>(step: (...args: A) => void) =>
      (...args: A): void => {
        try {
          if (!failed) step(...args);
        } catch (e) {
          fail(e);
        }
      };
    const finishIfDone = (): void => {
      if (!failed && done === total) resolve();
    };
    const arm = (slot: Slot): void => {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = undefined;
      if (timeoutMs === 0 || !slot.ready || slot.inflight.length === 0) return;
      slot.timer = setTimeout(guard(() => stop(slot, 'timeout')), timeoutMs);
    };
    const send = (slot: Slot, message: WorkerInit | WorkerTask): void => {
      try {
        slot.child.send(message);
      } catch {
        // The child is gone: its exit is handled when it comes.
      }
    };
    const feed = (slot: Slot): void => {
      while (slot.inflight.length < (slot.roomy ? 1 : 2)) {
        const index = slot.roomy ? big.shift() : queue.shift();
        if (index === undefined) break;
        slot.inflight.push(index);
        send(slot, { index, path: files[index]! } satisfies WorkerTask);
      }
      // A roomy child with nothing more to retry makes way for a normal one.
      if (slot.roomy && slot.inflight.length === 0) retire(slot);
    };
    /** Ends a child that is no longer needed, and starts the one the remaining work needs. */
    const retire = (slot: Slot): void => {
      if (!slots.has(slot)) return;
      slots.delete(slot);
      if (slot.timer) clearTimeout(slot.timer);
      slot.stopping = true;
      slot.child.kill('SIGKILL');
      refill();
    };
    /** Starts children for the work left: a roomy one for files to retry, normal ones for the queue. */
    const refill = (): void => {
      if (failed) return;
      // Files put back in the queue go first to the children already running (one may be idle).
      for (const slot of slots) {
        if (!slot.ready || slot.roomy) continue;
        const idle = slot.inflight.length === 0;
        feed(slot);
        // A busy child's timer goes on; an idle one starts the timing of the file it was just given.
        if (idle) arm(slot);
      }
      if (big.length > 0 && ![...slots].some((s) => s.roomy)) start(true);
      // A roomy child counts towards `jobs`: with -j 1 the queue waits until the retries are done.
      while (slots.size < maxSlots && queue.length > 2 * [...slots].filter((s) => !s.roomy).length) start(false);
    };
    /**
     * Ends a child that went over the time limit or died: its current file is reported (or, out of
     * memory in a normal child, retried in a roomy one), the rest requeued.
     */
    const stop = (slot: Slot, why: 'timeout' | 'died', death?: Death): void => {
      if (!slots.has(slot) || failed) return;
      slots.delete(slot);
      if (slot.timer) clearTimeout(slot.timer);
      slot.stopping = true;
      slot.child.kill('SIGKILL');
      const [current, ...rest] = slot.inflight;
      if (slot.roomy) big.unshift(...rest);
      else queue.unshift(...rest);
      if (current !== undefined) {
        const path = files[current]!;
        const result = (messageId: string, data: Record<string, string>): StoredOutcome =>
          storeOutcome({ result: unreadableResult(path, { ruleId: 'read-error', messageId, data, location: {} }, opts) }, mine());
        if (why === 'timeout') deliver(current, result('timeout', { seconds: seconds(timeoutMs) }));
        else if (death?.memory && !slot.roomy && !retried.has(current)) {
          retried.add(current);
          big.push(current);
        } else if (death?.memory) deliver(current, result('outOfMemory', { limit: `${death.overMb ?? (slot.roomy ? retryHeapLimitMb : heapLimitMb)} MB`, ...(death.detail ? { detail: death.detail } : {}) }));
        else deliver(current, result('crashed', { how: death?.how[lang] ?? '', ...(death?.detail ? { detail: death.detail } : {}) }));
      }
      if (done === total) finishIfDone();
      else refill();
    };
    const start = (roomy: boolean): void => {
      const flags = workerFlags(roomy ? retryHeapLimitMb : heapLimitMb);
      let child: ChildProcess;
      try {
        // Only these flags: not this process's own (`--inspect` would clash; a test's `--import` hook
        // is meant for this process), and the caps win over any in NODE_OPTIONS. The first may have been
        // started already, by bin/gongkai.js (early.ts).
        child =
          takeEarlyWorker(script, flags) ??
          fork(fileURLToPath(script), [], {
            execArgv: flags,
            stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
            serialization: 'json',
          });
      } catch (e) {
        fail(new Error(`gongkai: a checking process could not be started: ${e instanceof Error ? e.message : String(e)}`));
        return;
      }
      track(child);
      const slot: Slot = { child, ready: false, inflight: [], stopping: false, roomy, stderr: '' };
      slots.add(slot);
      child.stderr?.setEncoding('utf8');
      child.stderr?.on('data', (s: string) => {
        slot.stderr = (slot.stderr + s).slice(-8192);
      });
      child.on(
        'message',
        guard((reply: WorkerReply) => {
          if (slot.stopping) return; // Already stopped: its files were reported or requeued.
          if ('ready' in reply) {
            slot.ready = true;
            feed(slot);
            arm(slot);
            return;
          }
          if ('error' in reply) {
            // An internal error outside any file's check (the spool cannot be written): the run ends.
            const err = new Error(reply.error.message);
            if (reply.error.stack) err.stack = reply.error.stack;
            fail(err);
            return;
          }
          slot.inflight = slot.inflight.filter((i) => i !== reply.index);
          deliver(reply.index, reply.outcome);
          feed(slot);
          arm(slot);
          finishIfDone();
        }),
      );
      // 'close' comes after the child has exited and its channel and standard error are drained, so every
      // reply it sent before dying has been taken: the death is blamed on the file it was really on.
      child.on(
        'close',
        guard((code: number | null, signal: NodeJS.Signals | null) => {
          if (slot.stopping) return;
          const death = deathReason(code, signal, slot.stderr);
          if (!slot.ready) {
            fail(new Error(`gongkai: a checking process could not start (${death.how.en})${death.detail ? `: ${death.detail}` : ''}`));
            return;
          }
          stop(slot, 'died', death);
        }),
      );
      child.on(
        'error',
        guard((e: Error) => {
          // Spawning failed (too many processes, no memory): nothing can be checked.
          if (!slot.ready) fail(new Error(`gongkai: a checking process could not be started: ${e.message}`));
        }),
      );
      send(slot, init);
    };
    /**
     * Stops each child on a file that holds more memory than its limit (see above). Every WATCH_MS; while
     * a child is within WATCH_NEAR_MB of its limit, every WATCH_NEAR_MS, so that one growing fast (a
     * typed array doubled and copied: hundreds of MB in a few milliseconds) goes little over it.
     */
    const watchMemory = (): void => {
      watcher = undefined;
      if (failed) return;
      let near = false;
      for (const slot of slots) {
        if (!slot.ready || slot.inflight.length === 0 || slot.child.pid === undefined) continue;
        const mb = residentMb(slot.child.pid);
        if (mb === undefined) continue;
        const limit = slot.roomy ? retryMemoryLimitMb : memoryLimitMb;
        if (mb <= limit) {
          near ||= mb > limit - WATCH_NEAR_MB;
          continue;
        }
        const how = { zh: `占用内存超过 ${limit} MB`, en: `over ${limit} MB of memory` };
        stop(slot, 'died', { memory: true, how, detail: `resident memory ${Math.round(mb)} MB, over the limit of ${limit} MB`, overMb: limit });
      }
      if (failed) return;
      watcher = setTimeout(guard(watchMemory), near ? WATCH_NEAR_MS : WATCH_MS);
      watcher.unref();
    };
    if (canWatchMemory) watchMemory();
    refill();
  }).finally(async () => {
    if (watcher) clearTimeout(watcher);
    const exits: Promise<unknown>[] = [];
    for (const slot of slots) {
      slot.stopping = true;
      if (slot.timer) clearTimeout(slot.timer);
      if (slot.child.exitCode === null && slot.child.signalCode === null) {
        exits.push(new Promise((r) => slot.child.once('exit', r)));
        slot.child.kill('SIGKILL');
      }
    }
    await Promise.all(exits);
    own?.close();
  });
}
