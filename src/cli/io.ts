/** What the CLI talks to, injected so that commands are testable and never touch process globals. */
import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { link, lstat, rename, unlink, writeFile, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { CLI, cliText } from '../messages/cli.js';
import { fill, type Lang } from '../messages/render.js';

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /**
   * Aborted when standard output's reader has gone away (`gongkai check … | head -1`: EPIPE). Output to
   * it then stops (`stdoutStream` throws OutputClosed); the run still ends with the exit code it earned.
   */
  stdoutClosed?: AbortSignal;
}

/** Writing to standard output after its reader went away (see `Io.stdoutClosed`). */
export class OutputClosed extends Error {
  constructor() {
    super('standard output was closed');
    this.name = 'OutputClosed';
  }
}

/** How an output file may be written. */
export interface WriteOptions {
  /** Language of the messages (without it: both, Chinese first). */
  lang?: Lang;
  /** Replace an existing file (default true). False: an existing file is refused (`--force` to replace). */
  overwrite?: boolean;
}

/**
 * Temporary files of outputs being written, for `removeLiveOutputs`: a run stopped from outside
 * (Ctrl-C, SIGTERM) does not get to remove them itself.
 */
const liveTemps = new Set<string>();

/** Removes the temporary file of every output not finished yet (synchronous: for a signal handler). */
export function removeLiveOutputs(): void {
  for (const tmp of [...liveTemps]) {
    liveTemps.delete(tmp);
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone.
    }
  }
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
async function refuseInput(target: string, cwd: string, inputs: Iterable<string>, lang: Lang | undefined): Promise<void> {
  const targetReal = await realpath(target).catch(() => target);
  for (const input of inputs) {
    const inReal = await realpath(resolve(cwd, input)).catch(() => resolve(cwd, input));
    if (inReal === targetReal) throw new UsageError(cliText(lang, (t) => t.io.inputOverwrite, (m) => fill(m, { path: input })));
  }
}

/** An existing file at `target` (anything but a folder, which fails to write anyway), without --force. */
function existsError(target: string, lang: Lang | undefined): UsageError {
  return new UsageError(cliText(lang, (t) => t.io.exists, (m) => fill(m, { where: target })));
}

async function refuseExisting(target: string, lang: Lang | undefined): Promise<void> {
  const s = await lstat(target).catch(() => undefined);
  if (s && !s.isDirectory()) throw existsError(target, lang);
}

function tempBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

function cannotWrite(path: string, e: unknown, lang: Lang | undefined): UsageError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const reason = (l: Lang): string => (code && CLI[l].io.reasons[code]) || (e instanceof Error ? e.message : String(e));
  if (lang) return new UsageError(fill(CLI[lang].io.cannotWrite, { path, reason: reason(lang) }));
  return new UsageError(`${fill(CLI.zh.io.cannotWrite, { path, reason: reason('zh') })} / ${fill(CLI.en.io.cannotWrite, { path, reason: reason('en') })}`);
}

/**
 * Puts a finished temporary file in place. Overwriting: a rename (atomic). Not overwriting: a hard link,
 * which fails if the target appeared meanwhile (no window between the check and the write), then the
 * temporary name is removed; where the file system has no hard links, a check and a rename.
 */
async function putInPlace(tmp: string, target: string, overwrite: boolean, lang: Lang | undefined): Promise<void> {
  if (overwrite) return rename(tmp, target);
  try {
    await link(tmp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw existsError(target, lang);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EMLINK') throw e;
    await refuseExisting(target, lang);
    return rename(tmp, target);
  }
  await unlink(tmp);
}

/**
 * Writes a file atomically: a temporary file beside it, then rename. A failure leaves any previous
 * file intact and no partial output. Refuses to overwrite one of `inputs`, and with `overwrite: false`
 * any existing file.
 */
export async function writeOutput(path: string, content: string | Uint8Array, cwd: string, inputs: string[] = [], opts: WriteOptions = {}): Promise<void> {
  const target = resolve(cwd, path);
  const overwrite = opts.overwrite ?? true;
  await refuseInput(target, cwd, inputs, opts.lang);
  if (!overwrite) await refuseExisting(target, opts.lang);
  const tmp = tempBeside(target);
  liveTemps.add(tmp);
  try {
    await writeFile(tmp, content);
    await putInPlace(tmp, target, overwrite, opts.lang);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e instanceof UsageError ? e : cannotWrite(path, e, opts.lang);
  } finally {
    liveTemps.delete(tmp);
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
 * over it on `commit`. Refuses to overwrite one of `inputs` (checked before anything is written), and
 * with `overwrite: false` an existing file (checked before and when committing).
 */
export async function openOutput(path: string, cwd: string, inputs: Iterable<string> = [], opts: WriteOptions = {}): Promise<OutputStream> {
  const target = resolve(cwd, path);
  const overwrite = opts.overwrite ?? true;
  await refuseInput(target, cwd, inputs, opts.lang);
  if (!overwrite) await refuseExisting(target, opts.lang);
  const tmp = tempBeside(target);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
  } catch (e) {
    throw cannotWrite(path, e, opts.lang);
  }
  liveTemps.add(tmp);
  let pending = '';
  const fail = (e: unknown): UsageError => {
    abort();
    return e instanceof UsageError ? e : cannotWrite(path, e, opts.lang);
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
    liveTemps.delete(tmp);
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
        if (!overwrite && lstatSync(target, { throwIfNoEntry: false })) throw existsError(target, opts.lang);
        renameSync(tmp, target);
        liveTemps.delete(tmp);
      } catch (e) {
        throw fail(e);
      }
    },
    abort,
  };
}

/**
 * Standard output as an OutputStream: pieces of about CHUNK characters, waiting when the pipe is full.
 * Once its reader has gone away (`io.stdoutClosed`), writing throws OutputClosed (also while waiting).
 */
export function stdoutStream(io: Io): OutputStream {
  let pending = '';
  const closed = io.stdoutClosed;
  const flush = async (): Promise<void> => {
    if (closed?.aborted) {
      pending = '';
      throw new OutputClosed();
    }
    if (pending === '') return;
    const text = pending;
    pending = '';
    const out = io.stdout as Io['stdout'] & { once?: (event: 'drain', listener: () => void) => unknown; off?: (event: 'drain', listener: () => void) => unknown };
    if (out.write(text) === false && typeof out.once === 'function') {
      // The reader may go away instead of reading: then 'drain' never comes.
      await new Promise<void>((r) => {
        const done = (): void => {
          closed?.removeEventListener('abort', done);
          out.off?.('drain', done);
          r();
        };
        out.once!('drain', done);
        closed?.addEventListener('abort', done, { once: true });
      });
      if (closed?.aborted) throw new OutputClosed();
    }
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
