/** What the CLI talks to, injected so that commands are testable and never touch process globals. */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, linkSync, lstatSync, openSync, renameSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { chmod, chown, link, lstat, readlink, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { fsPath, KIND_WORDS, nameFromBytes, specialKind, type SpecialKind } from '../node/files.js';
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
      unlinkSync(fsPath(tmp));
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

/** A file of the run that no output may be written over, and what it is to the run. */
export interface Guarded {
  path: string;
  role: 'input' | 'previous' | 'config';
}

/** Files no output may land on: a plain string is an input. */
export type GuardList = Iterable<string | Guarded>;

/** A refused output: the message, and the reason alone (in both languages) for messages of their own. */
export class OutputRefused extends UsageError {
  constructor(
    message: string,
    readonly reason: Readonly<Record<Lang, string>>,
  ) {
    super(message);
    this.name = 'OutputRefused';
  }
}

const OVERWRITE_TEXT = { input: 'inputOverwrite', previous: 'previousOverwrite', config: 'configOverwrite' } as const;

/** Whether two stats are the same file. */
function same(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/**
 * Refuses an output that would land on one of the run's inputs, its --previous file or its config: the
 * same file by device and inode (any spelling, a link, a hard link, /dev/stdout redirected to it), or the
 * same path once resolved. `target` is the path as resolved; `stats` what is there now (if anything).
 */
async function refuseGuarded(target: string, stats: Stats | undefined, cwd: string, guarded: GuardList, lang: Lang | undefined): Promise<void> {
  const targetReal = await realpath(fsPath(target)).catch(() => target);
  for (const g of guarded) {
    const { path, role } = typeof g === 'string' ? { path: g, role: 'input' as const } : g;
    const abs = resolve(cwd, path);
    const gs = await stat(fsPath(abs)).catch(() => undefined);
    const hit = stats && gs ? same(stats, gs) : (await realpath(fsPath(abs)).catch(() => abs)) === targetReal;
    if (!hit) continue;
    const reason = { zh: CLI.zh.io.guarded[role], en: CLI.en.io.guarded[role] };
    throw new OutputRefused(cliText(lang, (t) => t.io[OVERWRITE_TEXT[role]], (m) => fill(m, { path })), reason);
  }
}

/** An existing file at `target` (anything but a folder, which fails to write anyway), without --force. */
function existsError(target: string, lang: Lang | undefined): UsageError {
  return new UsageError(cliText(lang, (t) => t.io.exists, (m) => fill(m, { where: target })));
}

function tempBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

function reasonText(code: string | undefined, e: unknown, l: Lang): string {
  return (code && CLI[l].io.reasons[code]) || (e instanceof Error ? e.message : String(e));
}

function cannotWrite(path: string, e: unknown, lang: Lang | undefined): UsageError {
  if (e instanceof UsageError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return refused(path, { zh: reasonText(code, e, 'zh'), en: reasonText(code, e, 'en') }, lang);
}

/** "cannot write {path}: {reason}", in the language asked for (both without one). */
function refused(path: string, reason: Readonly<Record<Lang, string>>, lang: Lang | undefined): OutputRefused {
  const text = (l: Lang): string => fill(CLI[l].io.cannotWrite, { path, reason: reason[l] });
  return new OutputRefused(lang ? text(lang) : `${text('zh')} / ${text('en')}`, reason);
}

/** A file-system error with a code, for `cannotWrite`. */
function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

/**
 * Where an output goes:
 * - `replace`: a regular file (or none yet) at `path`, the real file once symbolic links are followed —
 *   written to a temporary file beside it and renamed over it, so the link (if any) stays a link and
 *   the file is replaced whole; `existing` is what is there now;
 * - `into`: a character device (/dev/null, a terminal) or a FIFO, or what is behind a link of /proc:
 *   opened and written into, never replaced;
 * - `fd`: one of this process's own descriptors (/dev/stdout, /dev/fd/N, /proc/self/fd/N): written into
 *   as it is, whatever it is (a pipe, a socket, a terminal, the file a shell redirected it to).
 */
type Destination =
  | { kind: 'replace'; path: string; existing?: Stats }
  | { kind: 'into'; path: string; stats: Stats }
  | { kind: 'fd'; fd: number; stats: Stats };

/** The folder `p` is in, with its links resolved, or undefined when it does not exist. */
async function realFolder(p: string): Promise<string | undefined> {
  try {
    return nameFromBytes(await realpath(fsPath(dirname(p)), { encoding: 'buffer' }));
  } catch {
    return undefined;
  }
}

/** Refuses a kind of file no output is written to. */
function notWritable(path: string, kind: SpecialKind, lang: Lang | undefined): OutputRefused {
  if (kind === 'directory') return cannotWrite(path, errno('EISDIR'), lang) as OutputRefused;
  const reason = { zh: fill(CLI.zh.io.notWritable, { kind: KIND_WORDS[kind].zh }), en: fill(CLI.en.io.notWritable, { kind: KIND_WORDS[kind].en }) };
  return refused(path, reason, lang);
}

/** Follows `target`'s links one at a time to where the output goes (see `Destination`). */
async function destination(target: string, shown: string, lang: Lang | undefined): Promise<Destination> {
  let p = target;
  for (let hops = 0; hops <= 40; hops++) {
    const folder = await realFolder(p);
    // A missing folder: the write says so.
    if (folder === undefined) return { kind: 'replace', path: p };
    if (folder === '/proc' || folder.startsWith('/proc/')) {
      // /dev/stdout, /dev/fd/N, /proc/self/fd/N: this process's descriptor, written into as it is.
      const own = folder === `/proc/${process.pid}/fd` && /^\d+$/.test(basename(p)) ? Number(basename(p)) : undefined;
      if (own !== undefined) {
        let s: Stats;
        try {
          s = fstatSync(own);
        } catch (e) {
          throw cannotWrite(shown, e, lang);
        }
        if (s.isDirectory()) throw notWritable(shown, 'directory', lang);
        return { kind: 'fd', fd: own, stats: s };
      }
      // Another link of /proc: whatever is behind it is written into, as a shell's `>` would.
      const s = await stat(fsPath(target)).catch((e: unknown) => {
        throw cannotWrite(shown, e, lang);
      });
      const kind = specialKind(s);
      if (kind && kind !== 'characterDevice' && kind !== 'fifo') throw notWritable(shown, kind, lang);
      return { kind: 'into', path: target, stats: s };
    }
    p = join(folder, basename(p));
    const l = await lstat(fsPath(p)).catch(() => undefined);
    if (!l) return { kind: 'replace', path: p };
    if (l.isSymbolicLink()) {
      // Followed by hand, so that a link to a file not made yet leads to where that file goes.
      p = resolve(folder, nameFromBytes(await readlink(fsPath(p), { encoding: 'buffer' })));
      continue;
    }
    const kind = specialKind(l);
    if (!kind) return { kind: 'replace', path: p, existing: l };
    if (kind === 'characterDevice' || kind === 'fifo') return { kind: 'into', path: p, stats: l };
    throw notWritable(shown, kind, lang);
  }
  throw cannotWrite(shown, errno('ELOOP'), lang);
}

/** Where `path` goes, checked: not a file of the run, and (without `overwrite`) no existing file. */
async function plan(path: string, cwd: string, guarded: GuardList, opts: WriteOptions): Promise<{ target: string; dest: Destination }> {
  const target = resolve(cwd, path);
  const dest = await destination(target, path, opts.lang);
  await refuseGuarded(dest.kind === 'fd' ? target : dest.path, dest.kind === 'replace' ? dest.existing : dest.stats, cwd, guarded, opts.lang);
  // A device or a FIFO holds nothing that could be lost: written into even without --force.
  if (dest.kind === 'replace' && dest.existing && opts.overwrite === false) throw existsError(target, opts.lang);
  return { target, dest };
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
