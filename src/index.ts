/**
 * Public API for pipelines:
 *
 * ```ts
 * import { check, checkEach, read, convert, format } from 'gongkai';
 * const result = await check(['reports/', 'more/*.json']);   // = `gongkai check --format json`
 * await checkEach('reports/', (file) => save(file));          // the same, one file at a time (flat memory)
 * const report = await read('a.json');                        // the normalized model (throws ReadError)
 * const csv = await convert('a.json', { to: 'csv' });          // = `gongkai convert a.json --to csv`
 * const sarif = await format(result, 'sarif');                 // = `gongkai check --format sarif`
 * ```
 *
 * Nothing here writes to the console or exits the process. Every option is validated before anything
 * runs: a wrong one rejects with an `OptionError` (a TypeError naming the function, the option, what it
 * should be and what it is; in Chinese, or English with `lang: 'en'`). A callback that throws (`onProgress`,
 * `onSkip`, `onFile`, `onUnread`) stops the run, which rejects with a `CallbackError` naming the callback
 * (its error as `cause`) after removing its temporary files; the host process is never taken down.
 */
import { checkContained, checkPaths, checkStream, type ResultSink, type RunSummary } from './node/run.js';
import { readReport, readResolvedReport, type RunOptions } from './node/file.js';
import { checkReport as engineCheckReport, type CheckOptions } from './check/check.js';
import { callBack } from './node/pool.js';
import { localDocsBase } from './node/docs.js';
import { READ_OPTIONS, RUN_OPTIONS, validateConvert, validateFile, validateFormat, validateOnFile, validateReport, validateRun } from './options.js';
import { FORMATTERS, formatterNames } from './formatters/index.js';
import type { FormatContext } from './formatters/formatter.js';
import type { FileResult, RunResult } from './model/diagnostic.js';
import type { Report } from './model/report.js';
import { renderCsv } from './renderers/csv.js';
import { renderNormalizedJson } from './renderers/normalized-json.js';
import { unreadCells, UnreadCellsError, type UnreadCell } from './check/unread.js';

/** Options of `check`: language, rule severities, size limit, encoding, jobs, and progress/skip callbacks. */
export type CheckApiOptions = RunOptions;

/**
 * Checks files, directories (recursively) and glob patterns. Returns exactly the object that
 * `gongkai check --format json` prints. A file that cannot be read is a result with `readable: false`,
 * never an exception; only an internal error rejects.
 */
export async function check(paths: string | string[], options: CheckApiOptions = {}): Promise<RunResult> {
  validateRun('check', paths, options);
  return checkPaths(Array.isArray(paths) ? paths : [paths], options);
}

/**
 * Checks like `check`, but hands each file's result to `onFile` (in path order, once every file is
 * checked) instead of keeping them: for runs of thousands of files, memory stays flat. Returns the summary.
 */
export async function checkEach(
  paths: string | string[],
  onFile: (result: FileResult, index: number) => void | Promise<void>,
  options: CheckApiOptions = {},
): Promise<RunSummary> {
  validateRun('checkEach', paths, options);
  validateOnFile('checkEach', onFile, options);
  return checkStream(Array.isArray(paths) ? paths : [paths], options, { file: (result, index) => callBack('onFile', onFile, result, index) });
}

/** Reads one report into the normalized model. Rejects with a `ReadError` when it cannot be read at all. */
export async function read(path: string, options: Pick<RunOptions, 'encoding' | 'maxSize'> = {}): Promise<Report> {
  validateFile('read', path, options, READ_OPTIONS);
  return readReport(path, options);
}

/** The options `convert` takes (validated: an unknown one is refused). */
const CONVERT_OPTIONS = ['to', 'encoding', 'maxSize', 'lang', 'strict', 'onUnread'] as const;

export interface ConvertOptions {
  /** `json`: the normalized JSON (schemas/report.schema.json); `csv`: one row per table cell. */
  to: 'json' | 'csv';
  /** Text encoding override for text-based formats. */
  encoding?: string;
  /** Largest file to read, in bytes. */
  maxSize?: number;
  /** Language of the reasons given for cells that could not be read (default zh). */
  lang?: 'zh' | 'en';
  /** Reject with an `UnreadCellsError` (listing them) instead of converting when a cell could not be read. */
  strict?: boolean;
  /** Told of the cells that could not be read (they are in the text, marked unread), before it is returned. */
  onUnread?: (cells: UnreadCell[]) => void;
}

/**
 * Converts a report file to normalized JSON or tidy CSV text, as `gongkai convert` writes it. Cells the
 * reader could not read are in the text marked unread (JSON `status: "unread"`, CSV status column), and
 * `onUnread` is told of them; with `strict`, it rejects with an `UnreadCellsError` instead.
 */
export async function convert(path: string, options: ConvertOptions): Promise<string> {
  validateConvert(path, options, CONVERT_OPTIONS);
  // Read as `check` reads it: the glued rows the report's own text singles out are written resolved.
  const report = await readResolvedReport(path, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.maxSize !== undefined ? { maxSize: options.maxSize } : {}),
  });
  const unread = unreadCells(report, options.lang ?? 'zh');
  if (unread.length > 0) {
    if (options.strict) throw new UnreadCellsError(path, unread);
    if (options.onUnread) callBack('onUnread', options.onUnread, unread);
  }
  return options.to === 'json' ? renderNormalizedJson(report, { unread }) : renderCsv(report, { unread });
}

/** Formats a run result as `gongkai check --format <name>` would (pretty, json, sarif, github). */
export async function format(result: RunResult, name: string, context: Partial<FormatContext> = {}): Promise<string> {
  validateFormat(result, name, context, formatterNames());
  const load = FORMATTERS[name]!;
  const docsBase = localDocsBase();
  return (await load())(result, { color: 0, cwd: process.cwd(), ...(docsBase ? { docsBase } : {}), ...context });
}

export { formatterNames };
/**
 * Checks one file, in a checking process of its own as `check` does (its time limit and memory cap: a
 * file that stalls, exhausts memory or crashes is that file's read-error, the calling process lives on).
 * Never throws for a bad file.
 */
export async function checkFile(path: string, options: RunOptions = {}): Promise<FileResult> {
  validateFile('checkFile', path, options, RUN_OPTIONS);
  return (await checkContained(path, options)).result;
}

/** Checks a report read with `read` (language and rule severities as in `check`). */
export function checkReport(report: Report, options: CheckOptions = {}): FileResult {
  validateReport(report, options);
  return engineCheckReport(report, options);
}

export { expandPaths } from './node/run.js';
export { type RunOptions, type SkipReason } from './node/file.js';
export { type CheckOptions, type RuleSettings } from './check/check.js';
export { OptionError } from './options.js';
export { CallbackError } from './node/pool.js';
export { ReadError } from './errors.js';
export { unreadCells, UnreadCellsError, type UnreadCell } from './check/unread.js';
export { renderNormalizedJson, toNormalizedJson } from './renderers/normalized-json.js';
export { renderCsv } from './renderers/csv.js';
export { RULES } from './rules/index.js';
export type { Rule } from './rules/rule.js';
export { getFormat, type FormatId, type TableId } from './format/spec.js';
export type { FormatContext } from './formatters/formatter.js';
export type { Report, SectionText, TableContent } from './model/report.js';
export type { Cell } from './model/cell.js';
export type { Category, Diagnostic, FileResult, RunResult, Severity } from './model/diagnostic.js';
export type { ResultSink, RunSummary };
export type { Source, LogicalLocation } from './model/location.js';
