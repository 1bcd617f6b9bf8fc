/**
 * Report-shaped inputs for the CLI properties (tests/fuzz-sample.test.ts, tests/fuzz/cli-reports.fuzz.ts):
 * the real reports of fixtures/corpus (normalized JSON), changed by fast-check — values replaced by
 * awkward ones, keys removed, added or swapped, texts cut — and written as JSON, as JSON with broken
 * bytes, and as the CSV, tab-separated text and HTML a spreadsheet or a web page would make of them.
 *
 * The properties every case must keep through `main()`: see `cliProblems`.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { matchSection } from '../../src/format/sections.js';
import { TABLE_IDS, type FormatId } from '../../src/format/spec.js';
import type { Diagnostic, RunResult } from '../../src/model/diagnostic.js';
import { layoutToCsv, reportLayout, type CellValue, type Layout, type LayoutCell } from '../../src/renderers/template.js';
import { RULES } from '../../src/rules/index.js';
import { runCli } from '../support/cli.js';
import { mutated, nastyString, utf8 } from './harness.js';

const CORPUS = join(import.meta.dirname, '../../fixtures/corpus');

/** The corpus reports, parsed, in name order. */
const corpusReports: { name: string; text: string; json: Record<string, unknown> }[] = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const text = readFileSync(join(CORPUS, f), 'utf8');
    return { name: f.slice(0, -5), text, json: JSON.parse(text) as Record<string, unknown> };
  });

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Values that have broken readers and rules before, for any place of a report. */
const awkward: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(-1, -0.5, 0.5, 1e21, 1e308, -1e308, 2 ** 53 + 1, 0, 1e-7, null, true, false, {}, [], '', ' ', '/', '—', '无', '12万元', '3元', '1,234', '１２', '一百', '9'.repeat(40)),
  nastyString,
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom<Json>({ value: null, status: 'unread', reason: 'x' }, { value: 3 }, [1, 2, 3], { a: { b: { c: [] } } }),
  fc.integer({ min: 1990, max: 2100 }),
);

type Op =
  | { kind: 'set'; at: number; value: Json }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; value: Json }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'cut'; at: number; keep: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), value: awkward }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'total', 'natural', 'extra', 's7', 't5', '$schema'), fc.string({ maxLength: 8 })),
      value: awkward,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), with: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), keep: fc.double({ min: 0, max: 1, noNaN: true }) }) },
);

/** Every path of a JSON value (the root excepted), in document order. */
function paths(v: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (v !== null && typeof v === 'object') {
    for (const k of Array.isArray(v) ? v.keys() : Object.keys(v)) {
      out.push([...prefix, k]);
      paths((v as Record<string | number, Json>)[k]!, [...prefix, k], out);
    }
  }
  return out;
}

function parentOf(root: Json, path: Path): Record<string | number, Json> {
  let v = root as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) v = v[k] as Record<string | number, Json>;
  return v;
}

/** The report with the operations applied (on a deep copy); each picks its place among the paths left. */
function applyOps(report: Record<string, unknown>, ops: Op[]): Json {
  const root = structuredClone(report) as Json;
  for (const o of ops) {
    const all = paths(root);
    if (all.length === 0) break;
    const path = all[Math.floor(o.at * all.length)]!;
    const parent = parentOf(root, path);
    const key = path[path.length - 1]!;
    switch (o.kind) {
      case 'set':
        // (A copy: the tree never shares an object with the operations, which are printed as the case's
        // name — a later swap moved part of the tree into an operation's value, a cycle JSON.stringify refused.)
        parent[key] = structuredClone(o.value);
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case 'add': {
        const target = parent[key];
        const value = structuredClone(o.value);
        if (Array.isArray(target)) target.push(value);
        else if (target !== null && typeof target === 'object') Object.defineProperty(target, o.key, { value, enumerable: true, writable: true, configurable: true });
        else parent[key] = value;
        break;
      }
      case 'swap': {
        const other = all[Math.floor(o.with * all.length)]!;
        // Not into its own subtree (that would make a cycle).
        if (other.length >= path.length && path.every((k, i) => other[i] === k)) break;
        if (path.length >= other.length && other.every((k, i) => path[i] === k)) break;
        const p2 = parentOf(root, other);
        const k2 = other[other.length - 1]!;
        [parent[key], p2[k2]] = [p2[k2]!, parent[key]!];
        break;
      }
      case 'cut': {
        const s = parent[key];
        if (typeof s === 'string') parent[key] = s.slice(0, Math.floor(s.length * o.keep));
        break;
      }
    }
  }
  return root;
}

// ---------------------------------------------------------------------------------------------
// The same report as a spreadsheet or a web page would have it

const get = (v: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((x, k) => (x !== null && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined), v);

function cellValue(v: unknown): CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** The whole report laid out on one sheet (title, headings, texts, the tables in the official layout). */
function layoutOf(report: Json): Layout {
  const format: FormatId = get(report, 'format') === '2019' ? '2019' : '2021';
  const texts: Record<string, string> = {};
  const sections = get(report, 'sections');
  if (Array.isArray(sections)) {
    for (const s of sections) {
      const heading = get(s, 'heading');
      const text = get(s, 'text');
      const id = typeof heading === 'string' ? matchSection(heading)?.id : undefined;
      if (id && typeof text === 'string') texts[id] = text;
    }
  }
  const title = get(report, 'title');
  const year = get(report, 'year');
  return reportLayout(format, {
    ...(typeof title === 'string' ? { title } : {}),
    ...(typeof year === 'number' ? { year } : {}),
    texts,
    values: (id) => {
      const [t, row, column] = id.split('.') as [string, string, string];
      return TABLE_IDS.includes(t as never) ? cellValue(get(report, 'tables', t, row, column)) : null;
    },
  });
}

function text(c: LayoutCell | undefined): string {
  if (!c) return '';
  if ('text' in c) return c.text;
  if ('formula' in c) return c.number === undefined ? '' : String(c.number);
  return c.raw ?? String(c.number);
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A layout as a web page: one table, merged cells as rowspan/colspan (as Excel saves a sheet). */
function layoutToHtml(l: Layout, title: string): string {
  const covered = new Set<string>();
  const span = new Map<string, string>();
  for (const m of l.merges) {
    for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) covered.add(`${r},${c}`);
    span.set(`${m.r0},${m.c0}`, `${m.r1 > m.r0 ? ` rowspan="${m.r1 - m.r0 + 1}"` : ''}${m.c1 > m.c0 ? ` colspan="${m.c1 - m.c0 + 1}"` : ''}`);
  }
  const width = l.rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const rows = l.rows.map((row, r) => {
    const cells: string[] = [];
    for (let c = 0; c < width; c++) if (!covered.has(`${r},${c}`)) cells.push(`<td${span.get(`${r},${c}`) ?? ''}>${escape(text(row?.[c]))}</td>`);
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><table>${rows.join('\n')}</table></body></html>\n`;
}

/** A layout as plain text: one line per row, the non-empty cells separated by tabs. */
function layoutToText(l: Layout): string {
  return `${l.rows.map((row) => (row ?? []).map(text).filter((t) => t !== '').join('\t')).join('\n')}\n`;
}

interface ReportCase {
  /** How the case was made, for the failure message. */
  how: string;
  ext: string;
  bytes: Uint8Array;
}

/** A case that fast-check prints as how it was made (not its bytes, tens of kilobytes). */
function reportCaseOf(how: string, ext: string, bytes: Uint8Array): ReportCase {
  return { how, ext, bytes, [fc.toStringMethod]: () => `${ext} case: ${how}` } as ReportCase;
}

/** A corpus report changed by 1–5 operations, written in one of the forms a report comes in. */
const reportCase: fc.Arbitrary<ReportCase> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        i: fc.nat({ max: corpusReports.length - 1 }),
        ops: fc.array(op, { minLength: 1, maxLength: 5 }),
        form: fc.constantFrom('json', 'json', 'csv', 'tsv', 'txt', 'html'),
      })
      .map(({ i, ops, form }): ReportCase => {
        const base = corpusReports[i]!;
        const report = applyOps(base.json, ops);
        const how = `${base.name}, ${form}, ops ${JSON.stringify(ops).slice(0, 600)}`;
        if (form === 'json') return reportCaseOf(how, '.json', utf8(JSON.stringify(report, null, 2)));
        const layout = layoutOf(report);
        if (form === 'csv') return reportCaseOf(how, '.csv', utf8(layoutToCsv(layout)));
        if (form === 'tsv') return reportCaseOf(how, '.csv', utf8(layoutToCsv(layout, '\t')));
        if (form === 'txt') return reportCaseOf(how, '.txt', utf8(layoutToText(layout)));
        const title = get(report, 'title');
        return reportCaseOf(how, '.html', utf8(layoutToHtml(layout, typeof title === 'string' ? title : '')));
      }),
  },
  {
    weight: 2,
    arbitrary: mutated(corpusReports.map((r) => utf8(r.text))).map((bytes) => reportCaseOf(`corpus JSON with broken bytes (${bytes.length} bytes, ends ${JSON.stringify(new TextDecoder().decode(bytes.subarray(-60)))})`, '.json', bytes)),
  },
);

// ---------------------------------------------------------------------------------------------
// The properties

const RULE_IDS = new Set(RULES.map((r) => r.id));
const POSITIVE = ['line', 'column', 'table', 'row', 'col', 'paragraph'] as const;

/** A stack frame ("    at f (file.js:1:2)") or an error name a program prints ("TypeError: …"). */
const STACK = /^\s+at \S/m;
const INTERNAL = /\b(?:[A-Z][A-Za-z]*)?Error: |\bat (?:async )?[\w.<>]+ \(|node:internal|\.(?:ts|js|mjs):\d+:\d+/;

/** What is wrong with one diagnostic of `file`: an unknown rule, a missing or inconsistent location. */
function diagnosticProblems(d: Diagnostic, file: string): string[] {
  const out: string[] = [];
  const at = `${d.ruleId}/${d.messageId}`;
  if (!RULE_IDS.has(d.ruleId)) out.push(`${at}: rule id not in the registry`);
  if (d.file !== file) out.push(`${at}: names file ${JSON.stringify(d.file)}`);
  const l = d.location as Diagnostic['location'] | undefined;
  if (l === null || typeof l !== 'object') return [...out, `${at}: no location`];
  if (l.section !== undefined && (!/^s[1-6]$/.test(l.section) || !l.labels?.section)) out.push(`${at}: section ${l.section} without its heading`);
  if (l.table !== undefined && !(TABLE_IDS as readonly string[]).includes(l.table)) out.push(`${at}: table ${l.table}`);
  if (l.cell !== undefined && (l.cell !== `${l.table}.${l.row}.${l.column}` || !l.labels?.table || !l.labels.row || !l.labels.column)) out.push(`${at}: cell ${l.cell} without its table, row and column labels`);
  if (l.row !== undefined && (l.table === undefined || !l.labels?.row)) out.push(`${at}: row ${l.row} without its table and label`);
  for (const p of [d.physical, ...(d.related ?? []).map((r) => r.physical)]) {
    if (p === undefined) continue;
    for (const k of POSITIVE) if (p[k] !== undefined && !(Number.isInteger(p[k]) && p[k]! >= 1)) out.push(`${at}: physical ${k} = ${p[k]}`);
    if (p.pointer !== undefined && p.pointer !== '' && !p.pointer.startsWith('/')) out.push(`${at}: pointer ${p.pointer}`);
  }
  for (const [k, v] of [['message', d.message], ['hint', d.hint]] as const) {
    if (v !== undefined && (typeof v !== 'string' || INTERNAL.test(v) || STACK.test(v))) out.push(`${at}: ${k} shows program internals: ${String(v).slice(0, 200)}`);
  }
  if (typeof d.message !== 'string' || d.message === '') out.push(`${at}: no message`);
  return out;
}

/**
 * What is wrong with one `check` run on a report file: exit code not 0 or 1 (2 is a usage or internal
 * error, which a report — broken or not — must never cause), a stack trace or an internal error name in
 * either stream, a result (written with `-f json:file`) that does not list exactly this file, or a
 * diagnostic `diagnosticProblems` finds fault with; exit 0 only with no error.
 */
export function cliProblems(run: { code: number; stdout: string; stderr: string }, result: RunResult | undefined, file: string): string[] {
  const out: string[] = [];
  if (run.code !== 0 && run.code !== 1) out.push(`exit code ${run.code}`);
  for (const [name, s] of [['stdout', run.stdout], ['stderr', run.stderr]] as const) {
    if (STACK.test(s)) out.push(`${name} shows a stack trace: ${s.slice(0, 300)}`);
    if (INTERNAL.test(s.replace(/\s+$/, ''))) out.push(`${name} shows an internal error: ${s.match(INTERNAL)?.[0]} in ${s.slice(0, 300)}`);
  }
  if (!result) return [...out, 'no JSON result'];
  if (result.files.length !== 1) return [...out, `${result.files.length} files in the result`];
  const f = result.files[0]!;
  if (f.file !== file) out.push(`result names ${f.file}`);
  if (!f.readable && !f.diagnostics.some((d) => d.severity === 'error')) out.push('unreadable without an error saying why');
  if (run.code === 0 && f.errorCount > 0) out.push('exit 0 with errors');
  if (run.code === 1 && f.errorCount === 0 && f.readable) out.push('exit 1 without an error');
  for (const d of f.diagnostics) out.push(...diagnosticProblems(d, file));
  return out;
}

/** Per case, generous for a shared machine: the slowest corpus report takes well under a second. */
const CASE_MS = 20_000;

/**
 * Checks `total` report cases (seeded) through `main()` in `dir`, each with pretty output and the JSON
 * result written to a file, in Chinese or English; fails (with how the case was made) on the first case
 * `cliProblems` finds fault with or that does not end within CASE_MS.
 */
export async function fuzzReportCli(total: number, seed: number, dir: string): Promise<{ slowestMs: number; byRule: Record<string, number> }> {
  const byRule: Record<string, number> = {};
  let slowestMs = 0;
  let n = 0;
  await fc.assert(
    fc.asyncProperty(reportCase, fc.constantFrom('zh', 'en'), async (c, lang) => {
      const file = join(dir, `case-${n}${c.ext}`);
      const out = join(dir, `case-${n++}.out.json`);
      writeFileSync(file, c.bytes);
      const t = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const run = await Promise.race([
        runCli(['check', file, '-f', 'pretty', '-f', `json:${out}`, '--lang', lang], { NO_COLOR: '1' }, dir),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no end after ${CASE_MS} ms: ${c.how}`)), CASE_MS))),
      ]).finally(() => clearTimeout(timer));
      const ms = performance.now() - t;
      slowestMs = Math.max(slowestMs, ms);
      const result = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as RunResult) : undefined;
      const problems = cliProblems(run, result, file);
      if (ms > CASE_MS) problems.push(`took ${ms.toFixed(0)} ms`);
      for (const d of result?.files[0]?.diagnostics ?? []) byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
      rmSync(file);
      rmSync(out, { force: true });
      if (problems.length > 0) throw new Error(`${c.how}:\n${problems.slice(0, 10).join('\n')}`);
    }),
    // No shrinking: the message says how the case was made, and the seed replays it.
    { numRuns: total, seed, endOnFailure: true },
  );
  return { slowestMs, byRule };
}
