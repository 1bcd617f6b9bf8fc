/**
 * A stand-in checking worker for the pool tests (pool.ts messages): the file name says what to do.
 * `slow` never finishes (a hostile file), `die` ends the thread, `throw` throws outside any handler,
 * `bug` replies with an internal error, `hog` holds about 200 MB before it answers (a very large file:
 * out of memory in a capped worker, fine in an uncapped one); anything else is a clean result at once, titled with the worker's heap cap. With the option
 * `failStart` it dies before saying it is ready (a broken installation).
 */
import { openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, resourceLimits, threadId, workerData } from 'node:worker_threads';

if (workerData.options.failStart) throw new Error('cannot load the checking code');

// Results go to this worker's file in the run's spool, as the real worker writes them (spool.ts).
const file = `cue${threadId}.jsonl`;
const fd = openSync(join(workerData.spoolDir, file), 'wx');
let end = 0;
const store = (value) => {
  const bytes = Buffer.from(`${JSON.stringify(value)}\n`);
  writeSync(fd, bytes, 0, bytes.length, end);
  const ref = { file, offset: end, length: bytes.length - 1 };
  end += bytes.length;
  return ref;
};

parentPort.on('message', ({ index, path }) => {
  if (path.includes('slow')) for (;;);
  if (path.includes('die')) process.exit(3);
  if (path.includes('hog')) {
    const held = [];
    for (let i = 0; i < 200; i++) held.push(new Array(128 * 1024).fill(i));
    if (held.length !== 200) throw new Error('unreachable');
  }
  if (path.includes('throw')) setImmediate(() => { throw new RangeError('out of cells'); });
  else if (path.includes('bug')) workerData.replyPort.postMessage({ index, error: { message: 'rule crashed on purpose' } });
  else workerData.replyPort.postMessage({ index, outcome: { result: store({ file: path, title: `heap cap ${resourceLimits.maxOldGenerationSizeMb}`, readable: true, diagnostics: [], errorCount: 0, warningCount: 0, infoCount: 0 }) } });
});
workerData.replyPort.postMessage({ ready: true });
