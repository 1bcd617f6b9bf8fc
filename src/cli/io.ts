/** What the CLI talks to, injected so that commands are testable and never touch process globals. */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
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

/** Refuses an output path that is one of the inputs (after resolving links). */
async function refuseInput(target: string, cwd: string, inputs: Iterable<string>): Promise<void> {
  const targetReal = await realpath(target).catch(() => target);
  for (const input of inputs) {
    const inReal = await realpath(resolve(cwd, input)).catch(() => resolve(cwd, input));
    if (inReal === targetReal) throw new UsageError(`refusing to overwrite the input file ${input} / 不能覆盖输入文件 ${input}`);
  }
}

function tempBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

function cannotWrite(path: string, e: unknown): UsageError {
  const reason = e instanceof Error ? e.message : String(e);
  return new UsageError(`cannot write ${path}: ${reason} / 无法写入 ${path}`);
}

/**
 * Writes a file atomically: a temporary file beside it, then rename. A failure leaves any previous
 * file intact and no partial output. Refuses to overwrite one of `inputs`.
 */
export async function writeOutput(path: string, content: string | Uint8Array, cwd: string, inputs: string[] = []): Promise<void> {
  const target = resolve(cwd, path);
  await refuseInput(target, cwd, inputs);
  const tmp = tempBeside(target);
  try {
    await writeFile(tmp, content);
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw cannotWrite(path, e);
  }
}

/** An output written piece by piece, that appears only when complete (`commit`). */
export interface OutputStream {
  write(text: string): Promise<void>;
  /** Puts the file in place (a no-op for standard output). */
  commit(): Promise<void>;
  /** Drops what was written (a file: the temporary file is removed; the previous file stays). */
  abort(): void;
}

/** Text is passed on in pieces of about this many characters. */
const CHUNK = 64 * 1024;

/**
 * A streamed output file, written as `writeOutput` writes: to a temporary file beside the target, renamed
 * over it on `commit`. Refuses to overwrite one of `inputs` (checked before anything is written).
 */
export async function openOutput(path: string, cwd: string, inputs: Iterable<string> = []): Promise<OutputStream> {
  const target = resolve(cwd, path);
  await refuseInput(target, cwd, inputs);
  const tmp = tempBeside(target);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
  } catch (e) {
    throw cannotWrite(path, e);
  }
  let pending = '';
  const fail = (e: unknown): UsageError => {
    abort();
    return cannotWrite(path, e);
  };
  const flush = (): void => {
    if (pending === '' || fd === undefined) return;
    const bytes = Buffer.from(pending, 'utf8');
    pending = '';
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
  };
  const abort = (): void => {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Closing a file that failed to write: nothing more to do.
      }
      fd = undefined;
    }
    pending = '';
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone.
    }
  };
  return {
    async write(text) {
      pending += text;
      if (pending.length < CHUNK) return;
      try {
        flush();
      } catch (e) {
        throw fail(e);
      }
    },
    async commit() {
      try {
        flush();
        if (fd !== undefined) closeSync(fd);
        fd = undefined;
        renameSync(tmp, target);
      } catch (e) {
        throw fail(e);
      }
    },
    abort,
  };
}

/** Standard output as an OutputStream: pieces of about CHUNK characters, waiting when the pipe is full. */
export function stdoutStream(io: Io): OutputStream {
  let pending = '';
  const flush = async (): Promise<void> => {
    if (pending === '') return;
    const text = pending;
    pending = '';
    const out = io.stdout as Io['stdout'] & { once?: (event: 'drain', listener: () => void) => unknown };
    if (out.write(text) === false && typeof out.once === 'function') await new Promise<void>((r) => out.once!('drain', r));
  };
  return {
    async write(text) {
      pending += text;
      if (pending.length >= CHUNK) await flush();
    },
    commit: flush,
    abort() {
      pending = '';
    },
  };
}
