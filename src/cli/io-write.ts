/**
 * Atomic and streamed writing of output files, to where io-guard.ts says they go: a regular file is
 * written to a temporary file beside it and put in place whole (renamed, or hard-linked when it must not
 * replace one), keeping the mode and owner of the file it replaces; a device or FIFO is written into
 * (never waiting on a FIFO nobody reads, stopping quietly when its reader goes away). `writeOutput`
 * writes at once, `openOutput` piece by piece, `appendOutput` appends (the step summary);
 * `removeLiveOutputs` removes the temporary files of a run stopped from outside.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, linkSync, lstatSync, openSync, renameSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { chmod, chown, link, lstat, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { UsageError } from '../errors.js';
import { fsPath } from '../node/files.js';
import type { Lang } from '../messages/render.js';
import { CHUNK, type OutputStream } from './io.js';
import { cannotWrite, existsError, plan, type Destination, type GuardList, type WriteOptions } from './io-guard.js';

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
      unlinkSync(fsPath(tmp));
    } catch {
      // Already gone.
    }
  }
}

function tempBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

const WRITE_INTO = constants.O_WRONLY | constants.O_APPEND | (constants.O_NOCTTY ?? 0);

/** A descriptor being written into: a device or FIFO opened here (closed when done), or one of this process's own. */
interface Into {
  fd: number;
  /** Opened here: closed when done. */
  opened: boolean;
  /** The reader went away (EPIPE): nothing more is written, quietly, as for standard output. */
  gone: boolean;
}

/**
 * Opens a device or FIFO to write into it. A FIFO is first opened without waiting, which fails at once
 * (ENXIO) when nothing reads it: a run never hangs on a FIFO nobody reads.
 */
function openInto(dest: Exclude<Destination, { kind: 'replace' }>): Into {
  if (dest.kind === 'fd') return { fd: dest.fd, opened: false, gone: false };
  const p = fsPath(dest.path);
  if (!dest.stats.isFIFO()) return { fd: openSync(p, WRITE_INTO), opened: true, gone: false };
  const probe = openSync(p, WRITE_INTO | constants.O_NONBLOCK);
  try {
    return { fd: openSync(p, WRITE_INTO), opened: true, gone: false };
  } finally {
    closeSync(probe);
  }
}

function closeInto(t: Into): void {
  if (t.opened) closeSync(t.fd);
}

/** Waits a few milliseconds (a descriptor in non-blocking mode whose pipe is full). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Writes all of `bytes` to `fd` (a temporary file, or `into`: there a reader gone away ends the writing quietly). */
function writeAll(fd: number, bytes: Uint8Array, into?: Into): void {
  if (into?.gone) return;
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written, bytes.length - written);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (into && code === 'EAGAIN') pause(5);
      else if (into && code === 'EPIPE') {
        into.gone = true;
        return;
      } else throw e;
    }
  }
}

/** Gives a finished temporary file the mode and (where allowed: as root, or the group) the owner of the file it replaces. */
async function keepOwnership(tmp: string, existing: Stats | undefined): Promise<void> {
  if (!existing) return;
  const p = fsPath(tmp);
  if (process.getuid?.() === 0) await chown(p, existing.uid, existing.gid);
  else await chown(p, -1, existing.gid).catch(() => undefined);
  // After chown, which may clear set-id bits.
  await chmod(p, existing.mode & 0o7777);
}

/** Errors of a file system that cannot make hard links. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK']);

/**
 * Puts a finished temporary file in place. Overwriting: a rename (atomic). Not overwriting: a hard link,
 * which fails if the target appeared meanwhile (no window between the check and the write), then the
 * temporary name is removed; where the file system has no hard links, a check and a rename.
 */
async function putInPlace(tmp: string, target: string, shown: string, overwrite: boolean, lang: Lang | undefined): Promise<void> {
  if (overwrite) return rename(fsPath(tmp), fsPath(target));
  try {
    await link(fsPath(tmp), fsPath(target));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw existsError(shown, lang);
    if (!NO_HARD_LINKS.has(code ?? '')) throw e;
    if (await lstat(fsPath(target)).catch(() => undefined)) throw existsError(shown, lang);
    return rename(fsPath(tmp), fsPath(target));
  }
  await unlink(fsPath(tmp));
}

/** `putInPlace`, synchronous (for `OutputStream.commit`). */
function putInPlaceSync(tmp: string, target: string, shown: string, overwrite: boolean, lang: Lang | undefined): void {
  if (overwrite) return renameSync(fsPath(tmp), fsPath(target));
  try {
    linkSync(fsPath(tmp), fsPath(target));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw existsError(shown, lang);
    if (!NO_HARD_LINKS.has(code ?? '')) throw e;
    if (lstatSync(fsPath(target), { throwIfNoEntry: false })) throw existsError(shown, lang);
    return renameSync(fsPath(tmp), fsPath(target));
  }
  unlinkSync(fsPath(tmp));
}

/**
 * Writes an output file:
 * - a regular file (or a new one) atomically: a temporary file beside it, then rename. A failure leaves
 *   any previous file intact and no partial output. An existing file keeps its mode (and, as root, its
 *   owner). A symbolic link is written through: its target is replaced, the link stays;
 * - a character device (/dev/null) or a FIFO, /dev/stdout: written into, never replaced;
 * - a folder, a block device or a socket: refused.
 * Refuses to write over any of `guarded` (the run's inputs, --previous file and config), and with
 * `overwrite: false` any existing file.
 */
export async function writeOutput(path: string, content: string | Uint8Array, cwd: string, guarded: GuardList = [], opts: WriteOptions = {}): Promise<void> {
  const overwrite = opts.overwrite ?? true;
  const { target, dest } = await plan(path, cwd, guarded, opts);
  if (dest.kind !== 'replace') {
    let into: Into | undefined;
    try {
      into = openInto(dest);
      writeAll(into.fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content, into);
    } catch (e) {
      throw cannotWrite(path, e, opts.lang);
    } finally {
      if (into) closeInto(into);
    }
    return;
  }
  const tmp = tempBeside(dest.path);
  liveTemps.add(tmp);
  try {
    // An existing file's content is never readable by more people than the file, even while written.
    await writeFile(fsPath(tmp), content, { mode: dest.existing ? 0o600 : 0o666, flag: 'wx' });
    await keepOwnership(tmp, dest.existing);
    await putInPlace(tmp, dest.path, target, overwrite, opts.lang);
  } catch (e) {
    await unlink(fsPath(tmp)).catch(() => undefined);
    throw cannotWrite(path, e, opts.lang);
  } finally {
    liveTemps.delete(tmp);
  }
}

/**
 * Appends to a file (the GitHub step summary), never to one of `guarded`: through links, into devices,
 * FIFOs (not waiting on a FIFO nobody reads) and /dev/stdout, never into a folder, a block device or a
 * socket. The file keeps its mode; a new one is made.
 */
export async function appendOutput(path: string, content: string, cwd: string, guarded: GuardList = [], opts: Pick<WriteOptions, 'lang'> = {}): Promise<void> {
  const { dest } = await plan(path, cwd, guarded, opts);
  let into: Into | undefined;
  try {
    into = dest.kind === 'replace' ? { fd: openSync(fsPath(dest.path), WRITE_INTO | constants.O_CREAT, 0o666), opened: true, gone: false } : openInto(dest);
    writeAll(into.fd, Buffer.from(content, 'utf8'), into);
  } catch (e) {
    throw cannotWrite(path, e, opts.lang);
  } finally {
    if (into) closeInto(into);
  }
}

/**
 * A streamed output file, written as `writeOutput` writes: to a temporary file beside the target, renamed
 * over it on `commit` (a device or FIFO: written into as the text comes). Refuses to write over any of
 * `guarded` (checked before anything is written), and with `overwrite: false` an existing file (checked
 * before and when committing).
 */
export async function openOutput(path: string, cwd: string, guarded: GuardList = [], opts: WriteOptions = {}): Promise<OutputStream> {
  const overwrite = opts.overwrite ?? true;
  const { target, dest } = await plan(path, cwd, guarded, opts);
  const tmp = dest.kind === 'replace' ? tempBeside(dest.path) : undefined;
  let fd: number | undefined;
  let into: Into | undefined;
  try {
    if (dest.kind === 'replace') fd = openSync(fsPath(tmp!), 'wx', dest.existing ? 0o600 : 0o666);
    else fd = (into = openInto(dest)).fd;
  } catch (e) {
    throw cannotWrite(path, e, opts.lang);
  }
  if (tmp !== undefined) liveTemps.add(tmp);
  let pending = '';
  const fail = (e: unknown): UsageError => {
    abort();
    return cannotWrite(path, e, opts.lang);
  };
  const flush = (): void => {
    if (pending === '' || fd === undefined) return;
    const bytes = Buffer.from(pending, 'utf8');
    pending = '';
    writeAll(fd, bytes, into);
  };
  const close = (): void => {
    if (fd === undefined) return;
    if (into) closeInto(into);
    else closeSync(fd);
    fd = undefined;
  };
  const abort = (): void => {
    if (fd !== undefined) {
      try {
        close();
      } catch {
        // Closing a file that failed to write: nothing more to do.
      }
      fd = undefined;
    }
    pending = '';
    if (tmp === undefined) return;
    liveTemps.delete(tmp);
    try {
      unlinkSync(fsPath(tmp));
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
    async writeBytes(bytes) {
      try {
        flush();
        if (fd !== undefined) writeAll(fd, bytes, into);
      } catch (e) {
        throw fail(e);
      }
    },
    async commit() {
      try {
        flush();
        close();
        if (tmp === undefined || dest.kind !== 'replace') return;
        await keepOwnership(tmp, dest.existing);
        putInPlaceSync(tmp, dest.path, target, overwrite, opts.lang);
        liveTemps.delete(tmp);
      } catch (e) {
        throw fail(e);
      }
    },
    abort,
  };
}
