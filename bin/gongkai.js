#!/usr/bin/env node
// Thin shim: all logic lives in the built CLI, which returns an exit code (see README "Exit codes").
// dist/bundle/cli.js (scripts/bundle.mjs) starts faster; it is used unless dist/ was compiled after it.
import { statSync } from 'node:fs';

const mtime = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const entry = mtime('../dist/bundle/cli.js') >= mtime('../dist/cli/main.js') ? '../dist/bundle/cli.js' : '../dist/cli/main.js';
const { main } = await import(entry);

// `gongkai check … | head`: the reader went away; stop quietly instead of an EPIPE stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
