/**
 * A checking worker (see pool.ts): says it is ready once loaded, then receives files one at a time,
 * runs the same per-file step as the main thread, writes each outcome to its own file in the run's
 * spool and sends back where it is.
 */
import { parentPort, threadId, workerData, type MessagePort } from 'node:worker_threads';
import { storeOutcome, type WorkerReply, type WorkerTask } from './pool.js';
import { SpoolWriter } from './spool.js';
import { processFile, type RunOptions } from './run.js';

// Files are read synchronously here: nothing else waits on this thread, and an asynchronous read would
// leave it idle while the read goes through libuv's thread pool.
const data = workerData as { options: RunOptions; spoolDir: string; replyPort: MessagePort };
const options: RunOptions = { ...data.options, syncIo: true };
// Outcomes go to this worker's own file in the run's spool; only where they are is sent back.
const spool = new SpoolWriter(data.spoolDir, `w${threadId}.jsonl`);
// Replies go on the channel the pool gave (it can take them even after this thread has died).
const send = (reply: WorkerReply): void => data.replyPort.postMessage(reply);

// Files are checked one after the other, in the order they arrive.
let chain: Promise<void> = Promise.resolve();
parentPort?.on('message', (task: WorkerTask) => {
  chain = chain.then(async () => {
    try {
      send({ index: task.index, outcome: storeOutcome(await processFile(task.path, options), spool) });
    } catch (e) {
      // An internal error (a bug, not a bad file): the main thread reports it as it would its own.
      const err = e instanceof Error ? e : new Error(String(e));
      send({ index: task.index, error: { message: err.message, ...(err.stack ? { stack: err.stack } : {}) } });
    }
  });
});
send({ ready: true });
