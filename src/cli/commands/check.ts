/** `gongkai check <paths…>` */
import { resolve } from 'node:path';
import { configsInUse } from '../../node/config.js';
import { checkStream, defaultJobs, type RunSummary } from '../../node/run.js';
import { type RunOptions, type SkipReason } from '../../node/file.js';
import { UsageError } from '../../errors.js';
import { FORMATTERS, STREAMS, WORKBOOKS, outputNames } from '../../formatters/index.js';
import type { FormatContext, FormatStream } from '../../formatters/formatter.js';
import { localDocsBase } from '../../node/docs.js';
import type { HtmlRun } from '../../node/html-run.js';
import type { XlsxRun } from '../../node/xlsx-run.js';
import { DEFAULT_TIMEOUT_MS, workerScript } from '../../node/pool.js';
import type { ViewRenderer } from '../../node/views.js';
import type { StepSummary } from '../../formatters/github.js';
import { CLI } from '../../messages/cli.js';
import { fill, type Lang } from '../../messages/render.js';
import { UI } from '../../messages/ui.js';
import readErrorTexts from '../../rules/text/read-error.js';
import type { Severity } from '../../model/diagnostic.js';
import { colorLevel, OutputClosed, stdoutStream, type Io, type OutputStream } from '../io.js';
import { OutputRefused, type Guarded } from '../io-guard.js';
import { appendOutput, openOutput } from '../io-write.js';
import { terminalSafe } from '../../terminal.js';
import { progressBar } from '../progress.js';

export interface CheckCliOptions {
  /** `--format` values as given: `name` or `name:file` (repeatable). */
  format?: string[] | string;
  lang: 'zh' | 'en';
  output?: string;
  maxWarnings?: number;
  quiet?: boolean;
  rule?: Record<string, Severity | 'off'>;
  maxSize?: number;
  encoding?: string;
  jobs?: number;
  verbose?: boolean;
  /** Last year's report for the year-over-year checks. */
  previous?: string;
  /** The day the reports were published (report-late), YYYY-MM-DD. */
  published?: string;
  /** Time limit per file in seconds (0: none). */
  timeout?: number;
}

/** One output of a run: a formatter and where its text goes (undefined = standard output). */
interface OutputTarget {
  format: string;
  file?: string;
}

/**
 * Where each format goes. `name:file` writes to that file; a bare name goes to `-o` if given, else to
 * standard output. Without --format: pretty. At most one output may go to standard output, and no file
 * may be written twice.
 */
function outputTargets(formats: string[] | string | undefined, output: string | undefined, cwd = process.cwd(), lang: Lang = 'zh'): OutputTarget[] {
  const t = CLI[lang].check;
  const given = formats === undefined ? [] : Array.isArray(formats) ? formats : [formats];
  const specs = given.length > 0 ? given : ['pretty'];
  const targets = specs.map((spec): OutputTarget => {
    const i = spec.indexOf(':');
    const format = (i < 0 ? spec : spec.slice(0, i)).trim();
    const file = i < 0 ? output : spec.slice(i + 1);
    if (!FORMATTERS[format] && !WORKBOOKS.includes(format)) throw new UsageError(fill(t.unknownFormat, { format, names: outputNames().join(CLI[lang].listSeparator) }));
    if (file === '') throw new UsageError(fill(t.emptyFile, { spec }));
    // A workbook is not text: it goes to a file, never to standard output.
    if (file === undefined && WORKBOOKS.includes(format)) throw new UsageError(fill(t.workbookNeedsFile, { format }));
    return file === undefined ? { format } : { format, file };
  });
  if (output !== undefined && specs.every((spec) => spec.includes(':'))) throw new UsageError(fill(t.outputUnused, { output }));
  if (targets.filter((x) => x.file === undefined).length > 1) throw new UsageError(t.twoToStdout);
  const files = targets.flatMap((x) => (x.file === undefined ? [] : [resolve(cwd, x.file)]));
  if (new Set(files).size !== files.length) throw new UsageError(t.sameFile);
  return targets;
}

/** One output being written: its formatter's stream and where the text goes. */
interface OpenTarget {
  target: OutputTarget;
  stream?: FormatStream;
  out?: OutputStream;
  /** html: the page, written file by file (node/html-run.ts, htmlRun); its totals go at the top. */
  html?: HtmlRun;
  /** xlsx: the reviewer's workbook, written as the results come (node/xlsx-run.ts). */
  xlsx?: XlsxRun;
  steps?: StepSummary;
  /** The checked files, the --previous file and the configs in use, which no output may overwrite. */
  guarded?: readonly Guarded[];
  /** Standard output whose reader went away: nothing more is written to it. */
  gone?: boolean;
}

/**
 * Writes to one output. Standard output whose reader has gone away (`| head`) is dropped quietly and the
 * run goes on: the other outputs are finished, and the exit code is the one the results earn.
 */
async function put(o: OpenTarget, text: string | (() => string)): Promise<void> {
  if (o.gone) return;
  try {
    await o.out!.write(typeof text === 'string' ? text : text());
  } catch (e) {
    if (!(e instanceof OutputClosed)) throw e;
    o.gone = true;
  }
}

export async function runCheck(paths: string[], opts: CheckCliOptions, io: Io): Promise<number> {
  const targets = outputTargets(opts.format, opts.output, io.cwd, opts.lang);
  const ui = UI[opts.lang];
  const jobs = opts.jobs ?? defaultJobs();
  const bar = progressBar(io, ui.checking);
  const started = performance.now();
  /** Files in formats gongkai cannot read yet, by the hint that says what to do. */
  const notYet = new Map<string, string[]>();
  const run: RunOptions = {
    lang: opts.lang,
    jobs,
    ...(opts.rule ? { rules: opts.rule } : {}),
    ...(opts.maxSize !== undefined ? { maxSize: opts.maxSize } : {}),
    ...(opts.encoding ? { encoding: opts.encoding } : {}),
    ...(opts.previous ? { previous: opts.previous } : {}),
    ...(opts.published ? { published: opts.published } : {}),
    ...(opts.timeout !== undefined ? { timeoutMs: opts.timeout * 1000 } : {}),
    // A pattern that matches nothing is always said (likely a typo); skipped files one by one with
    // --verbose, else counted after the run (see skipNotes).
    onSkip: (path: string, reason: SkipReason, kind?: string) => {
      if (reason === 'no-match') return void io.stderr.write(`${terminalSafe(fill(ui.noMatch, { pattern: path }))}\n`);
      if (reason === 'not-yet' && kind) notYet.set(kind, [...(notYet.get(kind) ?? []), path]);
      if (!opts.verbose) return;
      bar?.done();
      const why = kind ? skipReasonText(kind, opts.lang) : undefined;
      io.stderr.write(`${terminalSafe(why ? fill(ui.skippedWhy, { path, why }) : fill(ui.skipped, { path }))}\n`);
    },
    ...(bar ? { onProgress: bar.update } : {}),
  };
  /** Files with an internal-error finding (a rule that threw): the run exits 2 once every result is written. */
  let internalErrors = 0;
  /** How reports are read again for the html page's annotated views. */
  const reading = { ...(opts.maxSize !== undefined ? { maxSize: opts.maxSize } : {}), ...(opts.encoding ? { encoding: opts.encoding } : {}) };
  const docsBase = localDocsBase();
  const ctxFor = (t: OutputTarget): FormatContext => ({ color: t.file ? 0 : colorLevel(io), cwd: io.cwd, quiet: opts.quiet ?? false, verbose: opts.verbose ?? false, ...(docsBase ? { docsBase } : {}) });
  const open: OpenTarget[] = [];
  for (const target of targets) {
    const make = STREAMS[target.format];
    const o: OpenTarget = { target };
    if (make) o.stream = (await make())(ctxFor(target), opts.lang);
    if (target.format === 'github' && io.env.GITHUB_STEP_SUMMARY) o.steps = new (await import('../../formatters/github.js')).StepSummary(ctxFor(target), opts.lang);
    open.push(o);
  }
  let summary: RunSummary;
  /** Files no output may land on: the inputs, the --previous file, the configs in use. */
  let guarded: Guarded[] = opts.previous ? [{ path: opts.previous, role: 'previous' }] : [];
  try {
    summary = await checkStream(paths, run, {
      // The workbook lists every table cell of every report: the checking processes keep them (the html
      // page's charts take 新收 and 办理结果 from them too: its views are drawn in another process).
      cells: open.some((o) => WORKBOOKS.includes(o.target.format) || o.target.format === 'html'),
      // Outputs are opened when the results are ready, so a run that fails early leaves none.
      begin: async (inputs) => {
        bar?.done();
        guarded = [...inputs.map((path): Guarded => ({ path, role: 'input' })), ...guarded, ...configsInUse(inputs).map((path): Guarded => ({ path, role: 'config' }))];
        for (const o of open) {
          o.guarded = guarded;
          // html: each file's row and annotated view are kept on disk until the totals are known; the views
          // are drawn in a child process (node/views.ts), which reads each report again.
          if (!o.stream && o.target.format === 'html') o.html = await (await import('../../node/html-run.js')).htmlRun(ctxFor(o.target), opts.lang, reading, await viewDrawer(reading, io.cwd, opts.lang, run.timeoutMs));
          o.out = o.target.file ? await openOutput(o.target.file, io.cwd, guarded, { lang: opts.lang }) : stdoutStream(io);
          if (o.stream) await put(o, o.stream.head());
          if (o.target.format === 'xlsx') {
            const out = o.out;
            o.xlsx = await (await import('../../node/xlsx-run.js')).xlsxRun(ctxFor(o.target), opts.lang, (bytes) => out.writeBytes!(bytes));
          }
        }
      },
      file: async (f, _index, cells) => {
        if (f.diagnostics.some((d) => d.ruleId === 'internal-error')) internalErrors++;
        for (const o of open) {
          o.steps?.add(f);
          if (o.xlsx) await o.xlsx.file(f, cells);
          else if (o.html) {
            if (!o.gone) await o.html.file(f, cells);
          } else await put(o, () => o.stream!.file(f));
        }
      },
    });
  } catch (e) {
    for (const o of open) {
      o.out?.abort();
      o.html?.close();
      o.xlsx?.close();
    }
    throw e;
  } finally {
    bar?.done();
  }
  if (opts.verbose) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    io.stderr.write(`${fill(ui.runInfo, { files: summary.files, jobs, seconds })}\n`);
  }
  if (summary.files === 0) {
    io.stderr.write(`${ui.noFiles}\n`);
    io.stderr.write(skipNotes(summary, notYet, opts));
    return 1;
  }
  try {
    for (const o of open) {
      if (o.stream) await put(o, o.stream.tail(summary));
      else if (o.xlsx) await o.xlsx.finish();
      // html: the page with the run's totals at the top, then the rows and views kept on disk.
      else if (o.gone) o.html!.close();
      else await o.html!.finish(summary, (text) => put(o, text));
      if (!o.gone) await o.out!.commit().catch((e: unknown) => {
        if (!(e instanceof OutputClosed)) throw e;
      });
      if (o.steps) await appendStepSummary(o.steps.render(summary), io, opts.lang, guarded);
    }
  } catch (e) {
    for (const o of open) {
      o.out?.abort();
      o.html?.close();
      o.xlsx?.close();
    }
    throw e;
  }
  io.stderr.write(skipNotes(summary, notYet, opts));
  // A rule (or a file's check) that failed is a bug in gongkai: every result is out, and the run exits 2.
  if (internalErrors > 0) {
    io.stderr.write(`${fill(ui.internalErrors, { n: internalErrors })}\n`);
    return 2;
  }
  const { errors, warnings, unreadable } = summary;
  if (errors > 0 || unreadable > 0) return 1;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.stderr.write(`${fill(ui.tooManyWarnings, { warnings, max: opts.maxWarnings })}\n`);
    return 1;
  }
  return 0;
}

/** The child process that draws the html output's annotated views; none when running from the sources (tests). */
async function viewDrawer(reading: { maxSize?: number; encoding?: string }, cwd: string, lang: Lang, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ViewRenderer | undefined> {
  const script = workerScript();
  if (!script) return undefined;
  const { ViewRenderer } = await import('../../node/views.js');
  return new ViewRenderer(script, { reading, cwd, lang, timeoutMs });
}

/** What a skipped file is (not a report) or what to do with it (a format not read yet), from the read-error texts. */
function skipReasonText(kind: string, lang: 'zh' | 'en'): string | undefined {
  const t = readErrorTexts[lang];
  return (t.messages as Record<string, string>)[kind] ?? (t.hints as Record<string, string>)[kind];
}

/**
 * The lines about skipped files after a run (standard error). With --verbose each file was named as it
 * was skipped, so nothing more. Otherwise: how many JSON files were not reports and how many files are
 * in formats not read yet; and when nothing at all could be checked, those files by format with what to
 * do, and how many files of other kinds there were.
 */
function skipNotes(summary: RunSummary, notYet: Map<string, string[]>, opts: CheckCliOptions): string {
  const s = summary.skipped;
  if (!s || opts.verbose) return '';
  const ui = UI[opts.lang];
  const out: string[] = [];
  if (s.notReport > 0) out.push(fill(ui.skippedNotReport, { n: s.notReport }));
  if (summary.files === 0) {
    for (const [kind, paths] of notYet) {
      const names = paths.slice(0, 3).join(ui.listSeparator) + (paths.length > 3 ? ui.andMore : '');
      out.push(fill(ui.notYetGroup, { n: paths.length, names, why: skipReasonText(kind, opts.lang) ?? '' }));
    }
    if (s.otherFormats > 0) out.push(fill(ui.skippedOther, { n: s.otherFormats }));
  } else if (s.notYet > 0) out.push(fill(ui.skippedNotYet, { n: s.notYet }));
  return out.map((l) => `${terminalSafe(l)}\n`).join('');
}

/**
 * In GitHub Actions, `--format github` also adds a Markdown summary to the job's page: appended to the
 * file GITHUB_STEP_SUMMARY names, never to an input, the --previous file or a config of the run.
 */
async function appendStepSummary(markdown: string, io: Io, lang: Lang, guarded: readonly Guarded[]): Promise<void> {
  const path = io.env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  try {
    await appendOutput(path, markdown, io.cwd, guarded, { lang });
  } catch (e) {
    // The check itself went fine: say so, but do not fail the run for a summary that could not be written.
    const code = (e as NodeJS.ErrnoException).code;
    const reason = e instanceof OutputRefused ? e.reason[lang] : (code && CLI[lang].io.reasons[code]) || (e instanceof Error ? e.message : String(e));
    io.stderr.write(`${terminalSafe(fill(CLI[lang].check.stepSummary, { path, reason }))}\n`);
  }
}
