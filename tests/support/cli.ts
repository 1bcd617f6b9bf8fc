/** Runs the CLI in-process with captured streams, or as a process of its own (`checkJsonProcess`). */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], env: Record<string, string | undefined> = {}, cwd = process.cwd()): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env,
    cwd,
  });
  return { code, stdout, stderr };
}

/**
 * `gongkai check FILE -f json` as a user runs it (bin/gongkai.js, a process of its own and its checking
 * processes): the exit code and each finding's rule and message.
 */
export function checkJsonProcess(file: string): { status: number | null; found: [string, string][] } {
  const bin = join(resolve(import.meta.dirname, '../..'), 'bin/gongkai.js');
  const r = spawnSync(process.execPath, [bin, 'check', file, '-f', 'json'], { encoding: 'utf8' });
  const json = JSON.parse(r.stdout) as { files: { diagnostics: { ruleId: string; message: string }[] }[] };
  return { status: r.status, found: json.files[0]!.diagnostics.map((d) => [d.ruleId, d.message]) };
}
