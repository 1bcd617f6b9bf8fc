/**
 * `--format csv`: the findings of a run as one CSV table, a row per finding — the 问题 sheet of the xlsx
 * output (review.ts): file, agency, year, severity, rule and its code, location (sheet!cell, pointer or
 * line:column; the page apart), place in official labels, message, expected, actual, hint. UTF-8 with a
 * byte order mark (so that Excel opens it as Chinese), lines ended by CRLF, and text that a spreadsheet
 * would run as a formula (starting with = + - @, tab or CR) neutralized with a leading apostrophe, as in
 * `convert --to csv`. Written file by file.
 */
import { csvField, neutralize } from '../renderers/csv.js';
import { oneShot, type StreamFormatter } from './formatter.js';
import { columns, findingRows, type Value } from './review.js';

function line(values: readonly Value[]): string {
  return `${values.map((v) => (v === null ? '' : typeof v === 'number' ? String(v) : csvField(neutralize(v)))).join(',')}\r\n`;
}

export const stream: StreamFormatter = (ctx, lang) => ({
  head: () => `\uFEFF${line(columns('findings', lang).map((c) => c.header))}`,
  file: (f) => findingRows(f, ctx, lang).map(line).join(''),
  tail: () => '',
});

export default oneShot(stream);
