/**
 * A stand-in checking process for the pool tests (the messages of src/node/pool.ts, over a child
 * process's channel): the file name says what to do.
 * - `slow` never finishes (a hostile file);
 * - `die` ends the process (`process.exit(3)`), `abort` aborts it (as a native crash does);
 * - `throw` throws outside any handler (an uncaught error ends the process);
 * - `bug` replies with an internal error;
 * - `hog` holds about 200 MB before it answers (a very large file: out of memory under a small cap, fine
 *   under a larger one);
 * - `balloonN` holds N MB outside the JavaScript heap (typed arrays: what the heap cap does not count) before
 *   it answers; `flood` fills typed arrays without end (up to 1.5 GB, then stalls);
 * - `push` grows one array without end, the allocation that kills a whole process when done in a worker
 *   thread (V8's "Reached heap limit" is fatal there), whatever the cap;
 * - anything else is a clean result at once, titled with the process's heap cap (`heap cap 96`).
 * With the option `failStart` it dies before saying it is ready (a broken installation).
 */
import { openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const cap = /--max-old-space-size=(\d+)/.exec(process.execArgv.join(' '))?.[1] ?? 'none';
let store;
/** What `balloon` holds (kept until the next file). */
let held;

process.on('disconnect', () => process.exit(0));
process.on('message', (message) => {
  if (message.init) {
    if (message.init.options.failStart) throw new Error('cannot load the checking code');
    // Results go to this process's file in the run's spool, as the real worker writes them (spool.ts).
    const file = `cue${process.pid}.jsonl`;
    const fd = openSync(join(message.init.spoolDir, file), 'wx');
    let end = 0;
    store = (value) => {
      const bytes = Buffer.from(`${JSON.stringify(value)}\n`);
      writeSync(fd, bytes, 0, bytes.length, end);
      const ref = { file, offset: end, length: bytes.length - 1 };
      end += bytes.length;
      return ref;
    };
    process.send({ ready: true });
    return;
  }
  const { index, path } = message;
  if (path.includes('slow')) for (;;);
  if (path.includes('die')) process.exit(3);
  if (path.includes('abort')) process.abort();
  if (path.includes('push')) {
    const a = [];
    for (let i = 0; ; i++) a.push(i);
  }
  const balloon = /balloon(\d+)/.exec(path);
  if (balloon) {
    held = new Uint8Array(Number(balloon[1]) * 1024 * 1024).fill(1);
  }
  if (path.includes('flood')) {
    const chunks = [];
    for (let i = 0; i < 96; i++) chunks.push(new Uint8Array(16 * 1024 * 1024).fill(1));
    for (;;);
  }
  if (path.includes('hog')) {
    const held = [];
    for (let i = 0; i < 200; i++) held.push(new Array(128 * 1024).fill(i));
    if (held.length !== 200) throw new Error('unreachable');
  }
  if (path.includes('throw')) setImmediate(() => { throw new RangeError('out of cells'); });
  else if (path.includes('bug')) process.send({ index, error: { message: 'rule crashed on purpose' } });
  else process.send({ index, outcome: { result: store({ file: path, title: `heap cap ${cap}`, readable: true, diagnostics: [], errorCount: 0, warningCount: 0, infoCount: 0 }) } });
});
