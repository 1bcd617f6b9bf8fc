#!/usr/bin/env node
// Thin shim: all logic lives in the built CLI, which returns an exit code (see README "Exit codes").
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
