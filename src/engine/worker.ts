/**
 * A checking process (see pool.ts), started with `fork`: it receives the run's options and spool folder
 * first (`init`), says it is ready, then receives files one at a time, runs the same per-file step as a run
 * without child processes, writes each outcome to its own file in the run's spool and sends back where it
 * is. It ends when the process that started it goes away (its channel closes).
 */
import { storeOutcome, type WorkerInit, type WorkerReply, type WorkerTask } from './pool.js';
import { SpoolWriter } from './spool.js';
import { processFile, type RunOptions } from './run.js';
import { READERS } from '../readers/index.js';

const send = (reply: WorkerReply): void => {
  process.send?.(reply);
};
// Ctrl-C reaches every process of the terminal's foreground group: the parent handles it (and kills this
// one), so a file is never reported as crashed because of it.
process.on('SIGINT', () => undefined);
// The parent is gone (finished, killed): nothing more to do.
process.on('disconnect', () => process.exit(0));

// While this process waits for its first file, the JSON reader (the most common, and cheap) is loaded.
void READERS.find((r) => r.name === 'json')
  ?.load()
  .catch(() => undefined);

let options: RunOptions | undefined;
let spool: SpoolWriter | undefined;
// Files are checked one after the other, in the order they arrive.
let chain: Promise<void> = Promise.resolve();
process.on('message', (message: WorkerInit | WorkerTask) => {
  if ('init' in message) {
    // Files are read synchronously here: nothing else waits on this process.
    options = { ...message.init.options, syncIo: true };
    // Outcomes go to this process's own file in the run's spool; only where they are is sent back.
    spool = new SpoolWriter(message.init.spoolDir, `w${process.pid}.jsonl`);
    send({ ready: true });
    return;
  }
  const task = message;
  chain = chain.then(async () => {
    try {
      send({ index: task.index, outcome: storeOutcome(await processFile(task.path, options), spool!) });
    } catch (e) {
      // An internal error outside the file's check (processFile reports a file's own failures as findings).
      const err = e instanceof Error ? e : new Error(String(e));
      send({ index: task.index, error: { message: err.message, ...(err.stack ? { stack: err.stack } : {}) } });
    }
  });
});
