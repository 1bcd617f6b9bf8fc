/**
 * The pure core as one module: reading, checking and converting reports held in memory — bytes and a
 * name in, results out — with no file system, no process and no Node.js module. It runs unchanged in a
 * browser, a web worker or an edge function (tests/core-browser.test.ts bundles it for the browser and
 * checks a report in Chromium); the offline browser app builds on it. The Node API (src/index.ts) and
 * the CLI add files, folders, configuration, limits and child processes around the same functions.
 */
export { checkBytes, readBytes, readResolved, sniffReader, NOT_YET, type CheckedFile, type ReadOptions } from './check/bytes.js';
export { checkReport, unreadableResult, type CheckOptions, type RuleSettings } from './check/check.js';
export { CrossFile, factsKey, loadPrevious, type CrossFileOptions } from './check/crossfile.js';
export { unreadCells, type UnreadCell } from './check/unread.js';
export { extractFacts, type ReportFacts } from './analysis/facts.js';
export { READERS, extensionOf, readableExtensions, readerFor } from './readers/index.js';
export { RULES } from './rules/index.js';
export { allFormats, formatForYear, getFormat, type FormatId, type TableId } from './format/spec.js';
export { renderNormalizedJson, toNormalizedJson } from './renderers/normalized-json.js';
export { renderCsv } from './renderers/csv.js';
export { renderHtml, renderReportArticle } from './renderers/html.js';
export { renderTemplate } from './renderers/template.js';
export { FORMATTERS, STREAMS, formatterNames } from './formatters/index.js';
export { ReadError } from './errors.js';
export { sizeOverLimit } from './size.js';
export { VERSION } from './version.js';
export type { Report } from './model/report.js';
export type { Diagnostic, FileResult, RunResult, Severity } from './model/diagnostic.js';
export { addToSummary, emptySummary } from './model/diagnostic.js';
