/**
 * Output safety: where an output file really goes and whether it may be written there. Symbolic links
 * are followed one at a time (a link to a file not made yet leads to where that file goes); a character
 * device, a FIFO or one of this process's own descriptors (/dev/stdout, /dev/fd/N) is written into, a
 * folder, a block device or a socket refused; an output that would land on one of the run's inputs, its
 * --previous file or its config (by device and inode, or by resolved path) is refused, and without
 * --force an existing file. The refusals and write errors are plain messages in zh/en (io-write.ts
 * writes).
 */
import { fstatSync, type Stats } from 'node:fs';
import { lstat, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { fsPath, KIND_WORDS, nameFromBytes, specialKind, type SpecialKind } from '../node/files.js';
import { CLI, cliText } from '../messages/cli.js';
import { fill, type Lang } from '../messages/render.js';

/** How an output file may be written. */
export interface WriteOptions {
  /** Language of the messages (without it: both, Chinese first). */
  lang?: Lang;
  /** Replace an existing file (default true). False: an existing file is refused (`--force` to replace). */
  overwrite?: boolean;
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
export function existsError(target: string, lang: Lang | undefined): UsageError {
  return new UsageError(cliText(lang, (t) => t.io.exists, (m) => fill(m, { where: target })));
}

function reasonText(code: string | undefined, e: unknown, l: Lang): string {
  return (code && CLI[l].io.reasons[code]) || (e instanceof Error ? e.message : String(e));
}

export function cannotWrite(path: string, e: unknown, lang: Lang | undefined): UsageError {
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
export type Destination =
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
export async function plan(path: string, cwd: string, guarded: GuardList, opts: WriteOptions): Promise<{ target: string; dest: Destination }> {
  const target = resolve(cwd, path);
  const dest = await destination(target, path, opts.lang);
  await refuseGuarded(dest.kind === 'fd' ? target : dest.path, dest.kind === 'replace' ? dest.existing : dest.stats, cwd, guarded, opts.lang);
  // A device or a FIFO holds nothing that could be lost: written into even without --force.
  if (dest.kind === 'replace' && dest.existing && opts.overwrite === false) throw existsError(target, opts.lang);
  return { target, dest };
}
