/**
 * One file's bytes, read and checked, with nothing but the bytes and a name: no file system, no process.
 * The checking processes (node/file.ts) use it after reading a file from disk; the browser app uses it on
 * a dropped file. Every read failure becomes the file's result (read-error), so a batch always goes on.
 */
import { settleMixedFormat } from '../analysis/resolve.js';
import { ReadError } from '../errors.js';
import type { FileResult } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import { extensionOf, markupKind, readableExtensions, readerFor, READERS, type ReaderEntry } from '../readers/index.js';
import { amountsInColumnUnits } from '../readers/amounts.js';
import type { CMapProvider } from '../readers/reader.js';
import { extractFacts, type ReportFacts } from '../analysis/facts.js';
import { resolvedReport } from '../analysis/glued.js';
import { resolveForced } from '../analysis/forced.js';
import { publishedOnPage } from '../analysis/published.js';
import { checkFailure, checkReport, unreadableResult, type CheckOptions } from './check.js';
import { gluedRows, type GluedFacts } from './glued-years.js';
import { reportCells, type ReportCells } from './report-cells.js';

export interface ReadOptions {
  /** Text encoding override for text-based formats. */
  encoding?: string;
  /** Adobe's CMaps for the PDF reader where pdfjs-dist's folder is not on disk (the offline page). */
  cMaps?: CMapProvider;
}

/**
 * Everything one file's check produces. `result` is what formatters print; other fields carry plain,
 * structured-cloneable data for steps that run after all files (e.g. cross-file checks).
 */
export interface CheckedFile {
  result: FileResult;
  /** What the cross-file checks need from the report (absent when it could not be read). */
  facts?: ReportFacts;
  /** The report's table cells, when asked for (`KeepOptions.cells`: the xlsx output). */
  cells?: ReportCells;
}

/** What else to keep of a readable report besides its result and facts. */
export interface KeepOptions {
  /** Its table cells (report-cells.ts), for outputs that list every cell (`check -f xlsx`). */
  cells?: boolean;
}

/**
 * Formats reports are published in that gongkai does not read (yet), by extension: the read-error hint
 * saying what to give instead. Found in a directory they are named even without --verbose when nothing
 * else could be checked; named on the command line they get this hint with their error.
 */
export const NOT_YET: Readonly<Record<string, string>> = {
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

/**
 * The reader for a file whose extension tells nothing, from its first bytes: a ZIP holding
 * `word/document.xml` or `xl/workbook.xml`, an HTML document, or a JSON object. Only readers that exist
 * are returned.
 */
export function sniffReader(bytes: Uint8Array): ReaderEntry | undefined {
  const byName = (name: string): ReaderEntry | undefined => READERS.find((r) => r.name === name);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    // Entry names are stored uncompressed in the local headers and the central directory.
    const latin1 = new TextDecoder('latin1').decode(bytes);
    if (latin1.includes('word/document.xml')) return byName('docx');
    if (latin1.includes('xl/workbook.xml')) return byName('xlsx');
    return undefined;
  }
  // An HTML page (with a BOM, blank lines, an XML declaration or comments first; GBK or UTF-8), or an
  // XML Spreadsheet 2003 workbook (read by the spreadsheet reader).
  const markup = markupKind(bytes);
  if (markup === 'html') return byName('html');
  if (markup === 'spreadsheetml') return byName('xlsx');
  let head = new TextDecoder().decode(bytes.subarray(0, 1024));
  head = head.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return byName('json');
  return undefined;
}

/** True for the page `gongkai check --format html` writes (a run's results, not a report), by its head. */
function isCheckResultPage(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  return /<meta name="generator" content="gongkai [^"]*">/.test(head) && /<title>gongkai (检查结果|check results)<\/title>/.test(head);
}

/**
 * Reads a file's bytes into the normalized model: the reader by the name's extension, else by the first
 * bytes (sniffReader), amounts written in another unit of money converted to their column's unit
 * (readers/amounts.ts). Throws ReadError when it cannot.
 */
export async function readBytes(path: string, bytes: Uint8Array, opts: ReadOptions = {}): Promise<Report> {
  const entry = readerFor(path) ?? sniffReader(bytes);
  if (!entry) {
    const ext = extensionOf(path) || path;
    throw new ReadError('read-error', 'unsupported', { ext, formats: readableExtensions().join(' ') }, undefined, NOT_YET[extensionOf(path)]);
  }
  if (entry.name === 'html' && isCheckResultPage(bytes)) throw new ReadError('read-error', 'notReportPage', {}, undefined, 'giveReport');
  const reader = await entry.load();
  // A report with tables in both versions of the format is taken as its year's version (analysis/resolve.ts).
  const report = settleMixedFormat(amountsInColumnUnits(await reader.read({ path, bytes, ...(opts.encoding ? { encoding: opts.encoding } : {}), ...(opts.cMaps ? { cMaps: opts.cMaps } : {}) })));
  // A saved web page or its text copy says in the site's header when it was published (report-late).
  if (entry.name === 'html' || entry.name === 'text') {
    const on = publishedOnPage(bytes, entry.name === 'html', opts.encoding);
    if (on) report.published = { date: on.date, text: on.text, source: { line: on.line } };
  }
  return report;
}

/**
 * A file's bytes read as `check` reads them: readBytes, then the glued rows the report's own text singles
 * out resolved (analysis/glued.ts resolvedReport), then the unread cells the table's own sums force
 * (analysis/forced.ts resolveForced). What `convert`, the Node API's convert and the offline
 * page's downloads write, so that they hold the cells `check` checked. Throws ReadError as readBytes does.
 */
export async function readResolved(path: string, bytes: Uint8Array, opts: ReadOptions = {}): Promise<Report> {
  return resolveForced(resolvedReport(await readBytes(path, bytes, opts)));
}

/** The result of a file that could not be read, from its ReadError. */
export function readFailure(path: string, e: ReadError, opts: CheckOptions): FileResult {
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
 * The whole work for one file's bytes: read, check, and collect what later steps need (the facts the
 * year-over-year checks compare; the table cells too when `keep.cells`). `rules`: the file's rule settings
 * when they differ from `opts.rules` (the CLI's nearest config file). Never throws for a bad file; throws only for an internal error.
 */
export async function checkBytes(path: string, bytes: Uint8Array, opts: ReadOptions & CheckOptions = {}, rules = opts.rules, keep: KeepOptions = {}): Promise<CheckedFile> {
  let report: Report;
  try {
    report = await readResolved(path, bytes, opts);
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
  // A rule that throws is one internal-error finding of its own (check.ts); anything else thrown here is
  // one for the whole check.
  try {
    const check = (r: Report): FileResult => checkReport(r, { ...opts, ...(rules ? { rules } : {}) });
    const result = check(report);
    const facts: GluedFacts = extractFacts(report);
    // Glued table-二 rows the report leaves unread: checked with each split, for last year's report (glued-years.ts).
    const glued = gluedRows(report, facts, result, check);
    if (glued) facts.glued = glued;
    return keep.cells ? { result, facts, cells: reportCells(report, facts, opts.lang) } : { result, facts };
  } catch (e) {
    return { result: checkFailure(report, e, opts) };
  }
}

/** True for what V8 throws when an input is too deep or too long to handle, rather than a bug. */
function tooComplex(e: unknown): boolean {
  return e instanceof RangeError && /Maximum call stack size exceeded|Invalid string length|Invalid array length|Array buffer allocation failed|Map maximum size|Set maximum size/i.test(e.message);
}
