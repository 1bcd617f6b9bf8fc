/**
 * A checking worker (see pool.ts): receives chunks of files, runs the same per-file step as the main
 * thread, and sends the outcomes back as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from './pool.js';
import { processFile, type FileOutcome, type RunOptions } from './run.js';

const options = (workerData as { options: RunOptions }).options;

parentPort?.on('message', (task: WorkerTask) => {
  void (async () => {
    let reply: WorkerReply;
    try {
      const outcomes: FileOutcome[] = [];
      for (const path of task.paths) outcomes.push(await processFile(path, options));
      reply = { start: task.start, outcomes };
    } catch (e) {
      // An internal error (a bug, not a bad file): the main thread reports it as it would its own.
      const err = e instanceof Error ? e : new Error(String(e));
      reply = { start: task.start, error: { message: err.message, ...(err.stack ? { stack: err.stack } : {}) } };
    }
    parentPort?.postMessage(reply);
  })();
});
