/**
 * One file from disk: only a regular file is read, at most `maxSize` bytes, every failure a ReadError;
 * its bytes are then read and checked by the pure core (check/bytes.ts: the reader by extension or
 * content, every read failure as the file's result) with the file's rule settings. `processFile` is the
 * whole per-file work and runs in the checking processes (worker.ts): anything a later cross-file step
 * needs from a report is returned as plain data in its `FileOutcome`. The batch around it (expansion,
 * the pool, cross-file checks, results in order) is run.ts.
 */
import { ReadError } from '../errors.js';
import type { FileResult } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import type { CheckOptions } from '../check/check.js';
import { checkBytes, readBytes, readFailure, readResolved, type CheckedFile, type KeepOptions } from '../check/bytes.js';
import { fileOptionsFor, rulesFor } from './config.js';
import type { RuleOptions } from '../analysis/review-data.js';
import { formatSize, sizeOverLimit } from '../size.js';
import { KIND_WORDS, NotRegularFile, OverLimit, readRegularFile, readRegularFileSync } from './files.js';

export interface RunOptions extends CheckOptions {
  /** Maximum file size in bytes (default 50 MB). */
  maxSize?: number;
  /** Text encoding override for text-based formats. */
  encoding?: string;
  /**
   * How many files are checked at the same time, each in a child process of its own (default: the number
   * of cores; 1 to 64, and never more than 4 processes per core are started). See pool.ts.
   */
  jobs?: number;
  /**
   * Time limit per file in milliseconds (default 60 s; 0: none; at most 24 hours). A file that takes
   * longer is stopped and reported (read-error/timeout), on every path (see pool.ts).
   */
  timeoutMs?: number;
  /** Read files with synchronous calls (set in the checking processes, where nothing else waits). */
  syncIo?: boolean;
  /** Last year's report of the same agency, compared with each checked file (year-over-year checks). */
  previous?: string;
  /** The day (YYYY-MM-DD) the checked reports were published (report-late), over what a config or a page says. */
  published?: string;
  /**
   * Told about each file left out of a run: found in a directory or by a pattern but not a format gongkai
   * reads (`unsupported`, `not-yet`), a JSON file there that holds no report (`not-report`, known only
   * once read), or a pattern that matches nothing (`no-match`). `kind` says which: see `SkipReason`.
   */
  onSkip?: OnSkip;
  /** Told after each file is checked: files done so far and the total. A throw stops the run (CallbackError). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Why a path found while expanding was not checked:
 * - `unsupported`: a file of a kind reports do not come in (an image, an archive, notes);
 * - `not-yet`: a format reports are published in that gongkai cannot read yet (.doc, .wps, .et,
 *   .ofd, …); `kind` is the read-error hint that says what to do instead (`NOT_YET`);
 * - `not-report`: a JSON file that holds no report at all (a check result, a package.json, …); `kind`
 *   is the read-error message that says what it is. A file named on the command line is never skipped
 *   for this: it gets that message as its error;
 * - `no-match`: a glob pattern that matches nothing.
 */
export type SkipReason = 'unsupported' | 'not-yet' | 'not-report' | 'no-match';

export type OnSkip = (path: string, reason: SkipReason, kind?: string) => void;

/** The read-error message of a file that holds no report (`notReport…`, see readers/json.ts), or undefined. */
export function notReportKind(result: FileResult): string | undefined {
  if (result.readable || result.diagnostics.length !== 1) return undefined;
  const d = result.diagnostics[0]!;
  return d.ruleId === 'read-error' && d.messageId.startsWith('notReport') ? d.messageId : undefined;
}

/** Everything one file's check produces (check/bytes.ts). */
export type FileOutcome = CheckedFile;

const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;

/** A file's size and the limit it is over, for the message (src/size.ts: never shown as equal). */
function human(size: number, limit: number, lang: RunOptions['lang']): { size: string; limit: string } {
  return sizeOverLimit(size, limit, lang ?? 'zh');
}

/**
 * The bytes of one input file, at most `limit`: only a regular file is read (see node/files.ts: a FIFO,
 * device, socket or folder, also through a link, is refused before anything is read, and opening never
 * waits), and reading stops past the limit whatever size the file system gives. Throws ReadError.
 */
async function readInput(path: string, limit: number, opts: Pick<RunOptions, 'lang' | 'syncIo'> = {}): Promise<Buffer> {
  try {
    return opts.syncIo ? readRegularFileSync(path, limit) : await readRegularFile(path, limit);
  } catch (e) {
    if (e instanceof NotRegularFile) {
      const words = KIND_WORDS[e.kind];
      throw new ReadError('read-error', 'notRegular', { kind: words.en, kindZh: words.zh });
    }
    if (e instanceof OverLimit) {
      if (e.size !== undefined) throw new ReadError('read-error', 'tooLarge', human(e.size, limit, opts.lang));
      throw new ReadError('read-error', 'tooLargeRead', { limit: formatSize(limit, opts.lang ?? 'zh', 'down') });
    }
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    throw code === 'ENOENT' || code === 'ENOTDIR' ? new ReadError('read-error', 'notFound', { path }) : new ReadError('read-error', 'unreadable', { reason: code });
  }
}

/** Reads one file into the normalized model. Throws ReadError when it cannot. */
export async function readReport(path: string, opts: RunOptions = {}): Promise<Report> {
  const buffer = await readInput(path, opts.maxSize ?? DEFAULT_MAX_SIZE, opts);
  // A view of the buffer, not a copy.
  return readBytes(path, new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), opts);
}

/** Reads one file as `check` reads it (check/bytes.ts readResolved): what `convert` writes. Throws ReadError when it cannot. */
export async function readResolvedReport(path: string, opts: RunOptions = {}): Promise<Report> {
  const buffer = await readInput(path, opts.maxSize ?? DEFAULT_MAX_SIZE, opts);
  return readResolved(path, new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), opts);
}

/**
 * The whole work for one file, the same in a checking process and in this one: read its bytes, then
 * check them (check/bytes.ts) with the file's rule settings (its nearest gongkai.config.json, overridden
 * by --rule, and that file's "options"); `keep` says what else to keep of the report (its table cells for the xlsx output). Never
 * throws for a bad file; throws only for an internal error.
 */
export async function processFile(path: string, opts: RunOptions = {}, keep: KeepOptions = {}): Promise<FileOutcome> {
  let buffer: Buffer;
  try {
    buffer = await readInput(path, opts.maxSize ?? DEFAULT_MAX_SIZE, opts);
  } catch (e) {
    if (e instanceof ReadError) return { result: readFailure(path, e, opts) };
    throw e;
  }
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const ruleOptions = withPublished(await fileOptionsFor(path), opts.published);
  return checkBytes(path, bytes, ruleOptions ? { ...opts, ruleOptions } : opts, rulesFor(path, opts.rules), keep);
}

/** A file's rule settings with the date --published gives (report-late), which wins over the config's. */
function withPublished(options: RuleOptions | undefined, published: string | undefined): RuleOptions | undefined {
  if (!published) return options;
  return { ...options, 'report-late': { ...options?.['report-late'], given: { date: published, from: 'option' } } };
}

/** Checks one file; never throws for a bad file. */
export async function checkFile(path: string, opts: RunOptions = {}): Promise<FileResult> {
  return (await processFile(path, opts)).result;
}
