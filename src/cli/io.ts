/** What the CLI talks to, injected so that commands are testable and never touch process globals. */
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Colour level for a stream: NO_COLOR wins, then FORCE_COLOR, then whether it is a terminal. */
export function colorLevel(io: Io, stream: 'stdout' | 'stderr' = 'stdout'): 0 | 1 | 2 | 3 {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return n === 2 ? 2 : n === 3 ? 3 : 1;
  }
  return io[stream].isTTY ? 1 : 0;
}

/**
 * Writes a file atomically: a temporary file beside it, then rename. A failure leaves any previous
 * file intact and no partial output. Refuses to overwrite one of `inputs`.
 */
export async function writeOutput(path: string, content: string | Uint8Array, cwd: string, inputs: string[] = []): Promise<void> {
  const target = resolve(cwd, path);
  const targetReal = await realpath(target).catch(() => target);
  for (const input of inputs) {
    const inReal = await realpath(resolve(cwd, input)).catch(() => resolve(cwd, input));
    if (inReal === targetReal) throw new UsageError(`refusing to overwrite the input file ${input} / 不能覆盖输入文件 ${input}`);
  }
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    const reason = e instanceof Error ? e.message : String(e);
    throw new UsageError(`cannot write ${path}: ${reason} / 无法写入 ${path}`);
  }
}
