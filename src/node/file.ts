/**
 * One file: reading it (reader by extension, then by content for a named file; the size limit; a file
 * that is not a regular file refused) and checking it, with every read failure turned into that file's
 * result. `processFile` is the whole per-file work and runs in the checking processes (worker.ts): anything
 * a later cross-file step needs from a report is computed here and returned as plain data in its
 * `FileOutcome`. The batch around it (expansion, the pool, cross-file checks, results in order) is run.ts.
 */
import { ReadError } from '../errors.js';
import type { FileResult } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import { markupKind, readableExtensions, readerFor, READERS, type ReaderEntry } from '../readers/index.js';
import { checkFailure, checkReport, unreadableResult, type CheckOptions } from '../check/check.js';
import { rulesFor } from './config.js';
import { extractFacts, type ReportFacts } from '../analysis/facts.js';
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
 * - `not-yet`: a format reports are published in that gongkai cannot read yet (PDF, .doc, .wps, .et,
 *   .ofd, …); `kind` is the read-error hint that says what to do instead (`NOT_YET`);
 * - `not-report`: a JSON file that holds no report at all (a check result, a package.json, …); `kind`
 *   is the read-error message that says what it is. A file named on the command line is never skipped
 *   for this: it gets that message as its error;
 * - `no-match`: a glob pattern that matches nothing.
 */
export type SkipReason = 'unsupported' | 'not-yet' | 'not-report' | 'no-match';

export type OnSkip = (path: string, reason: SkipReason, kind?: string) => void;

/**
 * Formats reports are published in that gongkai does not read (yet), by extension: the read-error hint
 * saying what to give instead. Found in a directory they are named even without --verbose when nothing
 * else could be checked; named on the command line they get this hint with their error.
 */
export const NOT_YET: Readonly<Record<string, string>> = {
  '.pdf': 'notYetPdf',
  '.ofd': 'notYetOfd',
  '.doc': 'notYetDoc',
  '.wps': 'notYetWps',
  '.et': 'notYetEt',
  '.rtf': 'notYetRtf',
  '.odt': 'notYetOdt',
  '.ods': 'notYetOds',
  '.mht': 'notYetMht',
  '.mhtml': 'notYetMht',
};

/** The read-error message of a file that holds no report (`notReport…`, see readers/json.ts), or undefined. */
export function notReportKind(result: FileResult): string | undefined {
  if (result.readable || result.diagnostics.length !== 1) return undefined;
  const d = result.diagnostics[0]!;
  return d.ruleId === 'read-error' && d.messageId.startsWith('notReport') ? d.messageId : undefined;
}

/**
 * Everything one file's check produces. `result` is what formatters print; other fields carry plain,
 * structured-cloneable data for steps that run after all files (e.g. cross-file checks).
 */
export interface FileOutcome {
  result: FileResult;
  /** What the cross-file checks need from the report (absent when it could not be read). */
  facts?: ReportFacts;
}

export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;

/** A file's size and the limit it is over, for the message (src/size.ts: never shown as equal). */
function human(size: number, limit: number, lang: RunOptions['lang']): { size: string; limit: string } {
  return sizeOverLimit(size, limit, lang ?? 'zh');
}

export function extOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.includes('.') ? base.slice(base.lastIndexOf('.')).toLowerCase() : '';
}

/**
 * The reader for a file whose extension tells nothing, from its first bytes: a ZIP holding
 * `word/document.xml` or `xl/workbook.xml`, an HTML document, or a JSON object. Only readers that exist
 * are returned.
 */
export function sniffReader(bytes: Uint8Array): ReaderEntry | undefined {
  const byName = (name: string): ReaderEntry | undefined => READERS.find((r) => r.name === name);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    // Entry names are stored uncompressed in the local headers and the central directory.
    const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (latin1.includes('word/document.xml')) return byName('docx');
    if (latin1.includes('xl/workbook.xml')) return byName('xlsx');
    return undefined;
  }
  // An HTML page (with a BOM, blank lines, an XML declaration or comments first; GBK or UTF-8), or an
  // XML Spreadsheet 2003 workbook (read by the spreadsheet reader).
  const markup = markupKind(bytes);
  if (markup === 'html') return byName('html');
  if (markup === 'spreadsheetml') return byName('xlsx');
  let head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('utf8');
  head = head.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return byName('json');
  return undefined;
}

/** True for the page `gongkai check --format html` writes (a run's results, not a report), by its head. */
function isCheckResultPage(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('utf8');
  return /<meta name="generator" content="gongkai [^"]*">/.test(head) && /<title>gongkai (检查结果|check results)<\/title>/.test(head);
}

/**
 * The bytes of one input file, at most `limit`: only a regular file is read (see node/files.ts: a FIFO,
 * device, socket or folder, also through a link, is refused before anything is read, and opening never
 * waits), and reading stops past the limit whatever size the file system gives. Throws ReadError.
 */
export async function readInput(path: string, limit: number, opts: Pick<RunOptions, 'lang' | 'syncIo'> = {}): Promise<Buffer> {
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
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const entry = readerFor(path) ?? sniffReader(bytes);
  if (!entry) {
    const ext = extOf(path) || path;
    throw new ReadError('read-error', 'unsupported', { ext, formats: readableExtensions().join(' ') }, undefined, NOT_YET[extOf(path)]);
  }
  if (entry.name === 'html' && isCheckResultPage(bytes)) throw new ReadError('read-error', 'notReportPage', {}, undefined, 'giveReport');
  const reader = await entry.load();
  return reader.read({ path, bytes, ...(opts.encoding ? { encoding: opts.encoding } : {}) });
}

/** The result of a file that could not be read, from its ReadError. */
function readFailure(path: string, e: ReadError, opts: RunOptions): FileResult {
  return unreadableResult(
    path,
    {
      ruleId: e.ruleId,
      messageId: e.messageId,
      data: e.data,
      ...(e.hintId ? { hintId: e.hintId } : {}),
      location: {},
      ...(e.physical ? { physical: e.physical } : {}),
    },
    opts,
  );
}

/**
 * The whole work for one file, the same in this thread and in a worker: read, check, and collect what
 * later steps need. Never throws for a bad file; throws only for an internal error.
 */
export async function processFile(path: string, opts: RunOptions = {}): Promise<FileOutcome> {
  let report: Report;
  try {
    report = await readReport(path, opts);
  } catch (e) {
    if (e instanceof ReadError) return { result: readFailure(path, e, opts) };
    const reason = e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 300) : String(e).slice(0, 300);
    // A file whose structure is too deep or too long for the reader (a stack overflow, a string or array
    // over V8's length limits): a plain reason, not a bug report.
    if (tooComplex(e)) return { result: readFailure(path, new ReadError('read-error', 'tooComplex', { detail: reason }), opts) };
    // A reader bug on one hostile file must not end the batch (hardening): this file is reported as
    // unreadable with the error, and the run goes on. Tests and fuzzing call readReport and still see it.
    return { result: readFailure(path, new ReadError('read-error', 'internal', { reason }), opts) };
  }
  // Severities: the nearest gongkai.config.json, overridden by --rule. A rule that throws is one
  // internal-error finding of its own (check.ts); anything else thrown here is one for the whole check.
  try {
    return { result: checkReport(report, { ...opts, rules: rulesFor(path, opts.rules) }), facts: extractFacts(report) };
  } catch (e) {
    return { result: checkFailure(report, e, opts) };
  }
}

/** True for what V8 throws when an input is too deep or too long to handle, rather than a bug. */
function tooComplex(e: unknown): boolean {
  return e instanceof RangeError && /Maximum call stack size exceeded|Invalid string length|Invalid array length|Array buffer allocation failed|Map maximum size|Set maximum size/i.test(e.message);
}

/** Checks one file; never throws for a bad file. */
export async function checkFile(path: string, opts: RunOptions = {}): Promise<FileResult> {
  return (await processFile(path, opts)).result;
}

/** True when a command-line argument is a glob pattern rather than a path. */
