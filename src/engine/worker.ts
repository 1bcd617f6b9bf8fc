/**
 * A checking worker (see pool.ts): says it is ready once loaded, then receives files one at a time,
 * runs the same per-file step as the main thread, and sends each outcome back as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { packOutcome, type WorkerReply, type WorkerTask } from './pool.js';
import { processFile, type RunOptions } from './run.js';

// Files are read synchronously here: nothing else waits on this thread, and an asynchronous read would
// leave it idle while the read goes through libuv's thread pool.
const options: RunOptions = { ...(workerData as { options: RunOptions }).options, syncIo: true };
const send = (reply: WorkerReply): void => parentPort?.postMessage(reply);

// Files are checked one after the other, in the order they arrive.
let chain: Promise<void> = Promise.resolve();
parentPort?.on('message', (task: WorkerTask) => {
  chain = chain.then(async () => {
    try {
      send({ index: task.index, outcome: packOutcome(await processFile(task.path, options)) });
    } catch (e) {
      // An internal error (a bug, not a bad file): the main thread reports it as it would its own.
      const err = e instanceof Error ? e : new Error(String(e));
      send({ index: task.index, error: { message: err.message, ...(err.stack ? { stack: err.stack } : {}) } });
    }
  });
});
send({ ready: true });
