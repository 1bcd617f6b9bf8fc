#!/usr/bin/env node
// Thin shim: all logic lives in the built CLI, which returns an exit code (see README "Exit codes").
// dist/bundle/cli.js (scripts/bundle.mjs) starts faster; it is used unless dist/ was compiled after it.
import { statSync } from 'node:fs';

const mtime = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundled = mtime('../dist/bundle/cli.js') >= mtime('../dist/cli/main.js');
const entry = bundled ? '../dist/bundle/cli.js' : '../dist/cli/main.js';

// `gongkai check` and `convert`: the first checking process (src/node/early.ts, taken over by pool.ts) starts
// now, while this one loads the CLI, which takes about as long: a one-file check then waits ~50 ms less for it.
if (process.argv[2] === 'check' || process.argv[2] === 'convert') {
  const { earlyWorker } = await import('../dist/node/early.js');
  earlyWorker(new URL(bundled ? '../dist/bundle/worker.js' : '../dist/node/worker.js', import.meta.url));
}
const { main, cleanUp, internalFailure } = await import(entry);

// `gongkai check … | head -1`: the reader went away. Output to it stops quietly (no EPIPE stack trace) and
// the run ends normally: its temporary files removed, with the exit code its results earned.
const stdoutClosed = new AbortController();
const readerGone = (e) => e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED';
process.stdout.on('error', (e) => {
  if (!readerGone(e)) throw e;
  stdoutClosed.abort();
});
// Nothing more can be said on a closed standard error; the run goes on.
process.stderr.on('error', (e) => {
  if (!readerGone(e)) throw e;
});

// Ctrl-C and SIGTERM: remove the run's spool folder and unfinished output files, then exit as shells expect.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.once(signal, () => {
    cleanUp();
    process.exit(code);
  });
}

// An error nothing caught (a bug in an event handler): the same as an internal error inside `main` —
// one line (the stack with --debug), the spool folder and unfinished outputs removed, exit 2.
const crashed = (e) => {
  try {
    process.stderr.write(internalFailure(e, process.argv.slice(2)));
  } catch {
    // Nothing more can be said.
  }
  cleanUp();
  process.exit(2);
};
process.on('uncaughtException', crashed);
process.on('unhandledRejection', crashed);

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  stdoutClosed: stdoutClosed.signal,
});
