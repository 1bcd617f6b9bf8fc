/**
 * Reader for the normalized JSON form (schemas/report.schema.json).
 *
 * - Invalid UTF-8 or JSON syntax: the file is unreadable (json-schema / read-error).
 * - `__proto__`, `constructor`, `prototype` keys are refused wherever they are, without effect.
 * - Shape problems are findings located by JSON pointer; reading goes on with what is usable.
 * - Unknown keys are warnings; unknown row/column keys inside a table are non-standard rows/columns.
 * - Row and column keys may also be the official Chinese labels (matched label-tolerantly).
 */
import { oncePer } from '../memo.js';
import { z } from 'zod';
import { ReadError } from '../errors.js';
import { because } from './reason.js';
import { JSON_DOC, MAX_TEXT_CHARS, textTooLong, tooManyElements } from './limits.js';
import { matchLabel, similarity } from '../format/labels.js';
import { getFormat, TABLE_IDS, type FormatId, type TableId, type TableSpec } from '../format/spec.js';
import { parseCellText, type Cell } from '../model/cell.js';
import type { Finding } from '../model/diagnostic.js';
import { pointer, pointerToken, type Source } from '../model/location.js';
import { metaFromTitle } from '../model/meta.js';
import { emptyTable, isPlainNormalizedJson, KNOWN_KEYS, newReport, NormalizedJson, type Report, type SectionText, type TableContent } from '../model/report.js';
import { expectedAt, placeOf, pointerTokens, syntaxProblem, valueWords } from './json-places.js';
import type { ReadInput, Reader } from './reader.js';
import { UNREAD, unreadCellFinding } from './unread-cell.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * Drops forbidden keys from parsed JSON (reported), in place, and refuses absurd nesting and more values
 * than a report has (JSON_DOC). `path` is the pointer tokens down to `value` (a stack shared by the whole
 * walk); `seen` counts the values walked.
 */
function sanitize(value: unknown, path: (string | number)[], findings: Finding[], seen = { values: 0 }): Json {
  if (++seen.values > JSON_DOC.maxElements) throw tooManyElements(JSON_DOC, JSON_DOC.maxElements);
  if (path.length > MAX_DEPTH) {
    const place = placeOf(getFormat('2021'), path.map(String));
    throw new ReadError('json-schema', 'tooDeep', { pointer: pointer(...path), limit: MAX_DEPTH, fieldZh: place.zh, fieldEn: place.en }, { pointer: pointer(...path) });
  }
  if (value === null || typeof value !== 'object') return value as Json;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      sanitize(value[i], path, findings, seen);
      path.pop();
    }
    return value as Json;
  }
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (FORBIDDEN.has(key)) {
      findings.push({ ruleId: 'json-forbidden-key', messageId: 'forbidden', data: { key, pointer: pointer(...path, key) || '/' }, location: {}, physical: { pointer: pointer(...path, key) } });
      delete obj[key];
      continue;
    }
    path.push(key);
    sanitize(obj[key], path, findings, seen);
    path.pop();
  }
  return obj as Json;
}

/**
 * Where and what the first syntax error is. V8's JSON.parse message gives no position, so the text
 * is parsed again with jsonc-parser (strict: no comments, no trailing commas) only in this case.
 */
async function syntaxError(text: string): Promise<ReadError> {
  if (text.trim() === '') return new ReadError('json-schema', 'emptyJson', {}, { line: 1, column: 1 });
  const { parse, printParseErrorCode } = await import('jsonc-parser');
  const errors: { error: number; offset: number }[] = [];
  try {
    parse(text, errors as never, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // jsonc-parser recurses: broken JSON nested thousands deep overflows the stack (found by fuzzing).
    return new ReadError('json-schema', 'invalidJsonDeep', {});
  }
  const first = errors[0];
  if (!first) return new ReadError('json-schema', 'invalidJsonDeep', {});
  const at = lineCol(text, first.offset);
  // The parser's error name stays in the data for programs; people get what it means and where.
  const code = printParseErrorCode(first.error as never);
  const problem = syntaxProblem(code, first.offset >= text.trimEnd().length, openBrackets(text, first.offset));
  return new ReadError('json-schema', 'invalidJson', { code, line: at.line, column: at.column, problemZh: problem.zh, problemEn: problem.en }, at);
}

/** The brackets still open at `offset` ({ and [, outermost first), strings and escapes skipped. */
function openBrackets(text: string, offset: number): string[] {
  const open: string[] = [];
  let inString = false;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') open.push(ch);
    else if (ch === '}' || ch === ']') open.pop();
  }
  return open;
}

/** Line and column of a character offset. */
function lineCol(text: string, offset: number): { line: number; column: number } {
  // Counted, not split: no array of every line (a file of millions of line breaks).
  let line = 1;
  let lastBreak = -1;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lastBreak = i;
  }
  return { line, column: offset - lastBreak };
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/**
 * A json-schema finding at `path` (the value there, or undefined when the key is absent), with its
 * machine data (pointer, expected, received) and its words for people, filled by `describe` once the
 * format is known (table rows and columns are named by their labels).
 */
function shapeFinding(path: (string | number)[], value: unknown, expected: string): Finding {
  const at = pointer(...path);
  const got = valueWords(value);
  return {
    ruleId: 'json-schema',
    messageId: value === undefined ? 'missing' : 'invalid',
    data: { pointer: at || '/', expected, received: value === undefined ? '(missing)' : (JSON.stringify(value) ?? '').slice(0, 60), receivedZh: got.zh, receivedEn: got.en },
    location: {},
    physical: { pointer: at },
  };
}

/**
 * The JSON findings in plain words: the place each names (a table cell by its labels), what belongs
 * there; one finding per place (the table reader and the schema may both see a bad row).
 */
function describe(findings: Finding[], spec: ReturnType<typeof getFormat>): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const isJson = f.ruleId === 'json-schema' || f.ruleId === 'json-unknown-key' || f.ruleId === 'json-forbidden-key';
    if (!isJson || f.physical?.pointer === undefined) {
      out.push(f);
      continue;
    }
    const tokens = pointerTokens(f.physical.pointer);
    if (f.ruleId === 'json-schema') {
      if (seen.has(f.physical.pointer)) continue;
      seen.add(f.physical.pointer);
      const place = placeOf(spec, tokens);
      const want = expectedAt(tokens, String(f.data?.expected ?? ''));
      out.push({ ...f, data: { ...f.data, fieldZh: place.zh, fieldEn: place.en, expectedZh: want.zh, expectedEn: want.en } });
    } else {
      // A key that is not read: named with the place it is in.
      const place = placeOf(spec, tokens.slice(0, -1));
      out.push({ ...f, data: { ...f.data, placeZh: place.zh, placeEn: place.en.replace(/^The /, 'the ') } });
    }
  }
  return out;
}

function unknownKeys(obj: Json, known: readonly string[], path: (string | number)[], findings: Finding[]): void {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return;
  for (const key of Object.keys(obj)) {
    if (known.includes(key)) continue;
    const suggestion = known.map((k) => ({ k, s: similarity(key, k) })).sort((a, b) => b.s - a.s)[0];
    findings.push({
      ruleId: 'json-unknown-key',
      messageId: 'unknown',
      data: { key, pointer: pointer(...path) || '/' },
      ...(suggestion && suggestion.s >= 0.6 ? { hintId: 'didYouMean', hintData: { suggestion: suggestion.k } } : {}),
      location: {},
      physical: { pointer: pointer(...path, key) },
    });
  }
}

/** Per table: the row and column ids only 2021 has, and those only 2019 has (built once). */
let exclusiveIds: Record<TableId, { only2021: Set<string>; only2019: Set<string> }> | undefined;

function exclusive(): Record<TableId, { only2021: Set<string>; only2019: Set<string> }> {
  if (exclusiveIds) return exclusiveIds;
  const ids = (f: FormatId, t: TableId): Set<string> => {
    const spec = getFormat(f).tables[t];
    return new Set([...spec.rows.map((r) => r.id), ...spec.columns.map((c) => c.id)]);
  };
  const out = {} as Record<TableId, { only2021: Set<string>; only2019: Set<string> }>;
  for (const t of TABLE_IDS) {
    const a = ids('2021', t);
    const b = ids('2019', t);
    out[t] = { only2021: new Set([...a].filter((k) => !b.has(k))), only2019: new Set([...b].filter((k) => !a.has(k))) };
  }
  return (exclusiveIds = out);
}

/** Which format the table keys belong to: counts ids that exist in only one of the two versions. */
function formatByKeys(tables: Record<string, Json>): FormatId | undefined {
  const score: Record<FormatId, number> = { '2021': 0, '2019': 0 };
  const sets = exclusive();
  for (const t of TABLE_IDS) {
    const table = tables[t];
    if (table === null || typeof table !== 'object' || Array.isArray(table)) continue;
    const { only2021, only2019 } = sets[t];
    const count = (k: string): void => {
      if (only2021.has(k)) score['2021']++;
      if (only2019.has(k)) score['2019']++;
    };
    for (const k of Object.keys(table)) count(k);
    for (const r of Object.values(table)) if (r && typeof r === 'object' && !Array.isArray(r)) for (const k of Object.keys(r)) count(k);
  }
  if (score['2021'] === score['2019']) return undefined;
  return score['2021'] > score['2019'] ? '2021' : '2019';
}

function toCell(v: Json, source: Source): Cell {
  if (v === null) return { kind: 'blank', source };
  if (typeof v === 'number') return { kind: 'number', value: v, source };
  if (typeof v === 'string') return parseCellText(v, source);
  if (typeof v === 'object' && !Array.isArray(v) && 'value' in v) {
    const inner = v.value ?? null;
    const cell = toCell(inner, source);
    if (typeof v.raw === 'string' && cell.kind === 'number') return { ...cell, raw: v.raw };
    return cell;
  }
  return { kind: 'text', raw: JSON.stringify(v), source };
}

/** One row of a table spec: its columns in official order, and by id with the cell key `row.column`. */
interface RowIndex {
  row: TableSpec['rows'][number];
  columns: TableSpec['columns'];
  byId: Map<string, { col: TableSpec['columns'][number]; key: string }>;
}

/** A table spec's rows by id (built once per spec; the cell keys are made once, not per cell). */
const tableIndex = oncePer((t: TableSpec): Map<string, RowIndex> => {
  const index = new Map<string, RowIndex>();
  for (const row of t.rows) {
    if (index.has(row.id)) continue;
    const columns = t.columns.filter((c) => row.columns.includes(c.id));
    const byId: RowIndex['byId'] = new Map();
    for (const c of columns) if (!byId.has(c.id)) byId.set(c.id, { col: c, key: `${row.id}.${c.id}` });
    index.set(row.id, { row, columns, byId });
  }
  return index;
});

function readTable(t: TableSpec, data: Json, base: (string | number)[], findings: Finding[]): TableContent {
  const tablePointer = pointer(...base);
  const content = emptyTable({ pointer: tablePointer });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return content;
  const index = tableIndex(t);
  const seenExtraColumns = new Set<string>();
  for (const [rowKey, rowData] of Object.entries(data)) {
    const rowPointer = `${tablePointer}/${pointerToken(rowKey)}`;
    const entry = index.get(rowKey) ?? index.get(matchLabel(rowKey, t.rows)?.id ?? '');
    if (!entry) {
      content.extras.push({ kind: 'row', label: rowKey, source: { pointer: rowPointer } });
      continue;
    }
    if (rowData === null || typeof rowData !== 'object' || Array.isArray(rowData)) {
      findings.push(shapeFinding([...base, rowKey], rowData, 'object'));
      continue;
    }
    const rowColumns = entry.columns;
    for (const [colKey, value] of Object.entries(rowData)) {
      const col = entry.byId.get(colKey) ?? entry.byId.get(matchLabel(colKey, rowColumns)?.id ?? '');
      const at = `${rowPointer}/${pointerToken(colKey)}`;
      if (!col) {
        if (!seenExtraColumns.has(colKey)) content.extras.push({ kind: 'column', label: colKey, source: { pointer: at } });
        seenExtraColumns.add(colKey);
        continue;
      }
      // A cell `convert` marked unread stays unread (absent, with the reason), not blank.
      if (value !== null && typeof value === 'object' && !Array.isArray(value) && value.status === UNREAD) {
        findings.push(unreadCellFinding(t, entry.row.id, col.col.id, typeof value.reason === 'string' ? value.reason : '', { pointer: at }));
        continue;
      }
      content.cells[col.key] = toCell(value, { pointer: at });
    }
  }
  return content;
}

/** A zod issue as far as the findings need it (zod 4 nests the issues of each union member). */
interface Issue {
  code: string;
  path: PropertyKey[];
  expected?: unknown;
  values?: unknown[];
  errors?: Issue[][];
}

/**
 * The issues to report: a union (a cell is a number, a text, empty, or {value, raw, source}) that failed
 * inside one of its members is reported where that member failed (e.g. source › line), not as the
 * union as a whole.
 */
function flatIssues(issues: readonly Issue[], prefix: PropertyKey[] = []): { path: PropertyKey[]; expected: string }[] {
  const out: { path: PropertyKey[]; expected: string }[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors) {
      const deeper = issue.errors.find((member) => member.some((i) => i.path.length > 0 || (i.code !== 'invalid_type' && i.code !== 'invalid_union')));
      if (deeper) {
        for (const i of flatIssues(deeper, path)) out.push(i);
        continue;
      }
    }
    const expected = issue.code === 'invalid_type' ? String(issue.expected) : issue.code === 'invalid_value' ? (issue.values ?? []).map((v) => JSON.stringify(v)).join(' | ') : issue.code;
    out.push({ path, expected });
  }
  return out;
}

function zodFindings(error: z.ZodError, root: Json): Finding[] {
  return flatIssues(error.issues as unknown as Issue[]).map(({ path, expected }) => {
    let received: unknown = root;
    for (const p of path) received = received && typeof received === 'object' ? (received as Record<string | number, unknown>)[p as string] : undefined;
    return shapeFinding(path as (string | number)[], received, expected);
  });
}

type JsonObject = { [k: string]: Json };
const isObject = (v: Json | undefined): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Top-level keys of the normalized form, folded (lower case, no "_", "-" or spaces); t2–t4 as well. */
const REPORT_KEYS = [...KNOWN_KEYS.top.filter((k) => k !== '$schema'), ...KNOWN_KEYS.tables].map((k) => k.toLowerCase());
/** Chinese keys a hand-made report might use. */
const REPORT_KEYS_ZH = /标题|机关|单位|年度|年份|正文|表[一二三四234]|统计期限/;
/** Words of a report's title, headings and tables. */
const REPORT_WORDS = /政府信息公开|年度报告|主动公开|依申请公开|行政复议/;

/** True when a top-level key is, or is close to, a key of the normalized form. */
function reportKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[\s_-]/g, '');
  return REPORT_KEYS.some((r) => k === r || (r.length > 2 && similarity(k, r) >= 0.6)) || REPORT_KEYS_ZH.test(key);
}

/** True when some key or text anywhere in the document uses a report's words. */
function mentionsReport(v: Json): boolean {
  if (typeof v === 'string') return REPORT_WORDS.test(v);
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.some(mentionsReport);
  return Object.entries(v).some(([k, x]) => REPORT_WORDS.test(k) || mentionsReport(x));
}

/**
 * The read-error message for a JSON document that is plainly not a report (`notReport…`), or undefined.
 * Decided on positive evidence only, so that a broken report (a syntax error, wrong types, misspelt keys,
 * no schemaVersion) is still read and its problems reported:
 * - a kind of file known by its shape: gongkai's own check result or rule list, a SARIF log, npm's package.json or
 *   package-lock.json, a TypeScript/JavaScript project config, a hand-made figures file (truth.json) —
 *   none of which has the normalized form's `schemaVersion`, `sections` or `tables`;
 * - or a document with no trace of a report at all: no top-level key of the normalized form nor one
 *   close to it (nor of its elements, for a list), and no report words (政府信息公开, 年度报告, …) in any
 *   key or text.
 */
export function notReportKind(root: Json): string | undefined {
  if (isObject(root)) {
    if ('schemaVersion' in root || 'sections' in root || 'tables' in root) return undefined;
    if (isObject(root.tool) && root.tool.name === 'gongkai' && Array.isArray(root.files)) return 'notReportResult';
    if (Array.isArray(root.runs) && typeof root.version === 'string' && (root.version.startsWith('2.') || /sarif/i.test(String(root.$schema ?? '')))) return 'notReportSarif';
    const npmFields = typeof root.version === 'string' || isObject(root.dependencies) || isObject(root.devDependencies) || isObject(root.scripts);
    if (typeof root.lockfileVersion === 'number' || (typeof root.name === 'string' && npmFields)) return 'notReportNpm';
    if (isObject(root.compilerOptions)) return 'notReportTsconfig';
    if (Array.isArray(root.sections_present) || (['table2', 'table3', 'table4'].some((k) => isObject(root[k])) && isObject(root.source))) return 'notReportFigures';
  }
  if (Array.isArray(root) && root.length > 0 && root.every((r) => isObject(r) && typeof r.code === 'string' && /^GK\d{3}$/.test(r.code) && typeof r.id === 'string')) return 'notReportRules';
  const tops = isObject(root) ? [root] : Array.isArray(root) ? root.filter(isObject) : [];
  if (tops.some((o) => Object.keys(o).some(reportKey))) return undefined;
  return mentionsReport(root) ? undefined : 'notReportJson';
}

export async function readJson(input: ReadInput): Promise<Report> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
  } catch {
    throw new ReadError('read-error', 'unreadable', because('invalid UTF-8 (save the JSON as UTF-8)', '不是有效的 UTF-8 编码（JSON 文件须以 UTF-8 保存）'), undefined, 'resave');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw await syntaxError(text);
  }
  const findings: Finding[] = [];
  const root = sanitize(parsed, [], findings);
  const plain = isPlainNormalizedJson(root);
  const other = plain ? undefined : notReportKind(root);
  if (other) throw new ReadError('read-error', other, {}, undefined, 'giveReport');
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    const got = valueWords(root);
    throw new ReadError('json-schema', 'notObject', { received: typeName(root), receivedZh: got.zh, receivedEn: got.en }, { pointer: '' });
  }
  // zod only for a document the one-pass check is not sure of (it gives the issues).
  if (!plain) {
    const result = NormalizedJson.safeParse(root);
    if (!result.success) for (const f of zodFindings(result.error, root)) findings.push(f);
  }

  unknownKeys(root, KNOWN_KEYS.top, [], findings);
  if (root.period) unknownKeys(root.period, KNOWN_KEYS.period, ['period'], findings);
  if (Array.isArray(root.sections)) root.sections.forEach((s, i) => unknownKeys(s, KNOWN_KEYS.section, ['sections', i], findings));
  const tablesJson = root.tables && typeof root.tables === 'object' && !Array.isArray(root.tables) ? root.tables : {};
  unknownKeys(tablesJson, KNOWN_KEYS.tables, ['tables'], findings);

  const str = (v: Json | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
  const title = str(root.title);
  const fromTitle = title ? metaFromTitle(title) : {};
  const declared = root.format === '2021' || root.format === '2019' ? root.format : undefined;
  const byKeys = formatByKeys(tablesJson);
  const format = declared ?? byKeys;
  const spec = getFormat(format ?? '2021');

  const sections: SectionText[] = [];
  if (Array.isArray(root.sections)) {
    root.sections.forEach((s, i) => {
      if (s === null || typeof s !== 'object' || Array.isArray(s)) return;
      sections.push({ heading: str(s.heading) ?? '', text: str(s.text) ?? '', source: { pointer: pointer('sections', i) } });
    });
  }
  // The text analysis (headings, statements, years) is linear, but a report is never this long.
  const chars = sections.reduce((a, s) => a + s.heading.length + s.text.length, 0);
  if (chars > MAX_TEXT_CHARS) throw textTooLong(chars);
  const tables: Report['tables'] = {};
  const declaredLayouts = root.tableFormats && typeof root.tableFormats === 'object' && !Array.isArray(root.tableFormats) ? root.tableFormats : {};
  for (const t of TABLE_IDS) {
    const data = tablesJson[t];
    if (data === undefined) continue;
    // A table filled in by the other version (tableFormats, or its own keys say so: a 2021 report whose
    // t3 has the 2019 other_handling row and none of the 2021 rows it replaces) is read by its own layout.
    const declaredLayout = declaredLayouts[t] === '2021' || declaredLayouts[t] === '2019' ? declaredLayouts[t] : undefined;
    const layout = declaredLayout ?? (format && data !== null && typeof data === 'object' && !Array.isArray(data) ? formatByKeys({ [t]: data }) : undefined);
    const own = layout && layout !== spec.id ? getFormat(layout) : spec;
    tables[t] = readTable(own.tables[t], data, ['tables', t], findings);
    if (own !== spec) tables[t].layout = own.id;
  }
  const year = typeof root.year === 'number' && Number.isInteger(root.year) ? root.year : fromTitle.year;
  const agency = str(root.agency) ?? fromTitle.agency;
  const period = root.period && typeof root.period === 'object' && !Array.isArray(root.period) && typeof root.period.text === 'string'
    ? { text: root.period.text, ...(str(root.period.from) ? { from: str(root.period.from)! } : {}), ...(str(root.period.to) ? { to: str(root.period.to)! } : {}), source: { pointer: '/period' } }
    : undefined;
  return newReport({ path: input.path, reader: 'json', title, agency, year, period, format, formatEvidence: declared ? 'declared' : 'keys', sections, tables, findings: describe(findings, spec) });
}


const reader: Reader = { name: 'json', read: readJson };
export default reader;
