/**
 * Public API for pipelines: read a report into the normalized model, check it, convert it.
 * `check` returns the same RunResult that `gongkai check --format json` prints.
 */
export { checkPaths as check, checkFile, readReport as read, expandPaths, type RunOptions } from './engine/run.js';
export { checkReport, type CheckOptions, type RuleSettings } from './engine/check.js';
export { renderNormalizedJson, toNormalizedJson } from './renderers/normalized-json.js';
export { renderCsv } from './renderers/csv.js';
export { RULES } from './rules/index.js';
export { getFormat, type FormatId, type TableId } from './format/spec.js';
export type { Report, SectionText, TableContent } from './model/report.js';
export type { Cell } from './model/cell.js';
export type { Diagnostic, FileResult, RunResult, Severity } from './model/diagnostic.js';
export type { Source, LogicalLocation } from './model/location.js';
