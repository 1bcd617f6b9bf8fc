/**
 * Where the CPU time of checking one report goes, phase by phase (`npm run bench`, measure (p)), on the
 * built dist/: the same files as measure (a), each put through the dist modules' own steps one after the
 * other, each step timed with `process.cpuUsage()` around it. Nothing is added to the core for this: the
 * steps are the exported functions the check itself calls, in its order (check/bytes.ts checkBytes,
 * check/check.ts collect):
 *
 *   read      the file's bytes from disk and the reader (readBytes: reader, amounts, mixed format)
 *   config    the file's gongkai.config.json lookup (node/config.ts; none here: the walk up to the root)
 *   resolve   the format version, the six sections matched, run-together rows (analysis/resolve, glued)
 *   narrative the statements of the text that restate table figures (analysis/narrative.ts findStatements)
 *   rules:<category>  the rules of one category (rules/*.ts, their `category`), run as check.ts runs them
 *   hints     the repair hints for failed sums (check/hints.ts)
 *   messages  cells the reader could not read told apart from missing ones, severity, messages in the
 *             language, document order, counts (check/absent.ts markAbsent, check.ts renderFindings,
 *             sortDiagnostics, fileResult)
 *   facts     what the cross-file checks need (analysis/facts.ts: carry-over, figures, texts, MinHash)
 *   spool     the outcome written as JSON by the checking process and parsed back by the CLI (spool.ts)
 *   json, pretty  the output of the file's result (formatters/json.ts, pretty.ts)
 *
 * Each rule is also timed on its own, so a group's cost can be named by its largest rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Why each phase is needed: what the bench says next to a target it misses. */
export const WHY = {
  read: {
    json: 'the JSON reader checks the report against the documented shape and keeps each value\'s pointer, which JSON.parse alone does not',
    other: 'the reader finds the three tables by their labels wherever they are and keeps where every cell and heading came from, which the bare parse does not',
  },
  config: 'each file may have its own gongkai.config.json above it',
  resolve: 'the format version and the six sections must be known before any rule runs',
  narrative: 'every sentence of the text is scanned for figures that restate the tables, for narrative-figure, narrative-percentage and report-period',
  'rules:format': 'these are the sections, tables, rows and cells the format requires',
  'rules:content': 'the sums, the values and what sections 一 and 五 say are what reviewers grade',
  hints: 'a failed sum gets its likely cause, such as split digits or a moved amount',
  messages: 'every finding is written out in plain Chinese or English with its place, in document order',
  facts: 'the year-over-year and batch-copied-text checks compare these across files: figures, texts and the MinHash signatures of sections 一 and 五',
  spool: 'each result is written to disk by the checking process and read back by the CLI, so a run of any size keeps little in memory',
  json: 'the JSON output',
  pretty: 'the terminal output',
};

/** Why a phase is needed, for a format. */
export function why(phase, format) {
  const w = WHY[phase];
  return typeof w === 'string' ? w : (w?.[format] ?? w?.other ?? '');
}

const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/**
 * Loads the dist modules the phases call. `root`: the checkout (dist/ built).
 * Returns `run(files, runs)`: per phase the median over `runs` of its CPU time per report (ms), the
 * whole `checkFile` per report measured the same way, and per rule its CPU time per report.
 */
export async function phaseBench(root) {
  const dist = (p) => import(join(root, 'dist', p));
  const [{ readBytes }, { checkReport, renderFindings, sortDiagnostics, fileResult, logicalLocation }, { resolveFormat, resolveSections }, { resolveGlued }, { findStatements }, { RULES }, { addRepairHints }, { extractFacts }, { markAbsent }, report, json, pretty, config, { checkFile }] =
    await Promise.all(
      [
        'check/bytes.js',
        'check/check.js',
        'analysis/resolve.js',
        'analysis/glued.js',
        'analysis/narrative.js',
        'rules/index.js',
        'check/hints.js',
        'analysis/facts.js',
        'check/absent.js',
        'model/report.js',
        'formatters/json.js',
        'formatters/pretty.js',
        'node/config.js',
        'node/file.js',
      ].map(dist),
    );
  const { tableFormat, tableSpec } = report;
  const checking = RULES.filter((r) => r.check);
  const categories = [...new Set(checking.map((r) => r.category))];

  /** One file through every phase; `t` collects CPU microseconds per phase and per rule. */
  async function once(path, t, perRule) {
    const add = (k, us) => (t[k] = (t[k] ?? 0) + us);
    let s = cpu();
    const step = (k) => {
      const now = cpu();
      add(k, now - s);
      s = now;
    };
    const bytes = readFileSync(path);
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const model = await readBytes(path, view);
    step('read');
    const options = await config.fileOptionsFor(path);
    const rules = config.rulesFor(path);
    step('config');
    const format = resolveFormat(model);
    const sections = resolveSections(model);
    const r = resolveGlued(model, format, sections);
    step('resolve');
    const memo = new Map();
    memo.set('narrative-statements', findStatements(r, sections));
    step('narrative');
    // The rules as check.ts runs them: one context, findings filed under the rule being run.
    const findings = [...r.findings];
    let ruleId = '';
    const ctx = {
      model: r,
      ruleOptions: options ?? {},
      format,
      sections,
      table: (id) => r.tables[id],
      spec: (id) => tableSpec(r, format, id),
      cellRef: (table, row, column) => {
        const location = logicalLocation(tableFormat(r, format, table), table, row, column);
        const cell = r.tables[table]?.cells[`${row}.${column}`];
        return cell?.source ? { cell, location, physical: cell.source } : { cell, location };
      },
      memo: (key, make) => {
        if (!memo.has(key)) memo.set(key, make());
        return memo.get(key);
      },
      report: (f) => findings.push({ ...f, ruleId }),
    };
    for (const category of categories) {
      for (const rule of checking) {
        if (rule.category !== category) continue;
        ruleId = rule.id;
        const before = cpu();
        try {
          rule.check(ctx);
        } catch {
          // As check.ts: one rule's bug does not stop the others.
        }
        perRule[rule.id] = (perRule[rule.id] ?? 0) + cpu() - before;
      }
      step(`rules:${category}`);
    }
    addRepairHints(r, format, findings);
    step('hints');
    // check.ts leaves out first the findings on cells a reader said it could not read (a few lines, not
    // exported); the rest of its steps:
    const opts = { lang: 'zh', ...(rules ? { rules } : {}) };
    const ds = sortDiagnostics(renderFindings(markAbsent(r, findings), path, opts), format);
    fileResult({ file: path, reader: r.reader, format: format.id, readable: true, diagnostics: ds });
    step('messages');
    // The result as the check gives it (the output phases below need it), not timed: it is all of the above again.
    const result = checkReport(model, { ...opts, ...(options ? { ruleOptions: options } : {}) });
    s = cpu();
    const facts = extractFacts(model);
    step('facts');
    JSON.parse(JSON.stringify(result));
    JSON.parse(JSON.stringify(facts));
    step('spool');
    json.stream({ color: 0, cwd: root }, 'zh').file(result);
    step('json');
    pretty.stream({ color: 0, cwd: root }, 'zh').file(result);
    step('pretty');
  }

  return async function run(files, runs) {
    // Warm up (JIT, lazily loaded readers and libraries).
    for (const p of files.slice(0, 20)) {
      await once(p, {}, {});
      await checkFile(p, { jobs: 1 });
    }
    const perRun = [];
    const rulesRun = [];
    const whole = [];
    for (let k = 0; k < runs; k++) {
      const t = {};
      const perRule = {};
      for (const p of files) await once(p, t, perRule);
      perRun.push(t);
      rulesRun.push(perRule);
      const s = cpu();
      for (const p of files) await checkFile(p, { jobs: 1 });
      whole.push(cpu() - s);
    }
    const median = (xs) => {
      const v = [...xs].sort((a, b) => a - b);
      return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    };
    const ms = (us) => us / 1000 / files.length;
    const phases = {};
    for (const k of Object.keys(perRun[0])) phases[k] = ms(median(perRun.map((t) => t[k])));
    const perRuleMs = {};
    for (const id of Object.keys(rulesRun[0])) perRuleMs[id] = ms(median(rulesRun.map((t) => t[id])));
    return { phases, categories, perRule: perRuleMs, checkFileMs: ms(median(whole)) };
  };
}

/** The phases shown, in order (checkReport itself is shown through its parts). */
export function phaseOrder(categories) {
  return ['read', 'config', 'resolve', 'narrative', ...categories.map((c) => `rules:${c}`), 'hints', 'messages', 'facts', 'spool', 'json', 'pretty'];
}
