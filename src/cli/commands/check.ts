/** `gongkai check <paths…>` */
import { appendFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkStream, defaultJobs, type RunOptions, type RunSummary } from '../../engine/run.js';
import { UsageError } from '../../errors.js';
import { FORMATTERS, STREAMS, formatterNames } from '../../formatters/index.js';
import type { FormatContext, FormatStream } from '../../formatters/formatter.js';
import type { StepSummary } from '../../formatters/github.js';
import { fill } from '../../messages/render.js';
import { UI } from '../../messages/ui.js';
import type { FileResult, RunResult, Severity } from '../../model/diagnostic.js';
import { VERSION } from '../../version.js';
import { colorLevel, openOutput, stdoutStream, writeOutput, type Io, type OutputStream } from '../io.js';
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
  /** Time limit per file in seconds (0: none). */
  timeout?: number;
}

/** One output of a run: a formatter and where its text goes (undefined = standard output). */
export interface OutputTarget {
  format: string;
  file?: string;
}

/**
 * Where each format goes. `name:file` writes to that file; a bare name goes to `-o` if given, else to
 * standard output. Without --format: pretty. At most one output may go to standard output, and no file
 * may be written twice.
 */
export function outputTargets(formats: string[] | string | undefined, output: string | undefined, cwd = process.cwd()): OutputTarget[] {
  const given = formats === undefined ? [] : Array.isArray(formats) ? formats : [formats];
  const specs = given.length > 0 ? given : ['pretty'];
  const targets = specs.map((spec): OutputTarget => {
    const i = spec.indexOf(':');
    const format = (i < 0 ? spec : spec.slice(0, i)).trim();
    const file = i < 0 ? output : spec.slice(i + 1);
    if (!FORMATTERS[format]) throw new UsageError(`unknown --format "${format}"; choose one of: ${formatterNames().join(', ')}`);
    if (file === '') throw new UsageError(`--format ${spec}: the file name after ":" is empty`);
    return file === undefined ? { format } : { format, file };
  });
  if (output !== undefined && specs.every((spec) => spec.includes(':'))) {
    throw new UsageError(`-o ${output}: every --format already names its own file; give -o with a bare --format, e.g. --format sarif -o ${output}`);
  }
  if (targets.filter((t) => t.file === undefined).length > 1) {
    throw new UsageError('only one --format can write to standard output; give the others a file, e.g. --format sarif:gongkai.sarif');
  }
  const files = targets.flatMap((t) => (t.file === undefined ? [] : [resolve(cwd, t.file)]));
  if (new Set(files).size !== files.length) throw new UsageError('two --format outputs name the same file');
  return targets;
}

/** One output being written: its formatter's stream and where the text goes. */
interface OpenTarget {
  target: OutputTarget;
  stream?: FormatStream;
  out?: OutputStream;
  /** For the one formatter that needs the whole run (html): the results, kept. */
  files?: FileResult[];
  steps?: StepSummary;
  /** The checked files, which no output may overwrite. */
  inputs?: readonly string[];
}

export async function runCheck(paths: string[], opts: CheckCliOptions, io: Io): Promise<number> {
  const targets = outputTargets(opts.format, opts.output, io.cwd);
  const ui = UI[opts.lang];
  const jobs = opts.jobs ?? defaultJobs();
  const bar = progressBar(io, ui.checking);
  const started = performance.now();
  const run: RunOptions = {
    lang: opts.lang,
    jobs,
    ...(opts.rule ? { rules: opts.rule } : {}),
    ...(opts.maxSize !== undefined ? { maxSize: opts.maxSize } : {}),
    ...(opts.encoding ? { encoding: opts.encoding } : {}),
    ...(opts.previous ? { previous: opts.previous } : {}),
    ...(opts.timeout !== undefined ? { timeoutMs: opts.timeout * 1000 } : {}),
    // A pattern that matches nothing is always said (likely a typo); skipped files only with --verbose.
    onSkip: (path: string, reason: 'unsupported' | 'no-match') => {
      if (reason === 'no-match') io.stderr.write(`${fill(ui.noMatch, { pattern: path })}\n`);
      else if (opts.verbose) io.stderr.write(`${fill(ui.skipped, { path })}\n`);
    },
    ...(bar ? { onProgress: bar.update } : {}),
  };
  const ctxFor = (t: OutputTarget): FormatContext => ({ color: t.file ? 0 : colorLevel(io), cwd: io.cwd, quiet: opts.quiet ?? false });
  const open: OpenTarget[] = [];
  for (const target of targets) {
    const make = STREAMS[target.format];
    const o: OpenTarget = { target };
    if (make) o.stream = (await make())(ctxFor(target), opts.lang);
    else o.files = [];
    if (target.format === 'github' && io.env.GITHUB_STEP_SUMMARY) o.steps = new (await import('../../formatters/github.js')).StepSummary(ctxFor(target), opts.lang);
    open.push(o);
  }
  let summary: RunSummary;
  try {
    summary = await checkStream(paths, run, {
      // Outputs are opened when the results are ready, so a run that fails early leaves none.
      begin: async (inputs) => {
        bar?.done();
        for (const o of open) {
          o.inputs = inputs;
          if (!o.stream) continue;
          o.out = o.target.file ? await openOutput(o.target.file, io.cwd, inputs) : stdoutStream(io);
          await o.out.write(o.stream.head());
        }
      },
      file: async (f) => {
        for (const o of open) {
          o.steps?.add(f);
          if (o.files) o.files.push(f);
          else await o.out!.write(o.stream!.file(f));
        }
      },
    });
  } catch (e) {
    for (const o of open) o.out?.abort();
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
    return 1;
  }
  try {
    for (const o of open) {
      if (o.stream) {
        await o.out!.write(o.stream.tail(summary));
        await o.out!.commit();
      } else {
        // html: the annotated views draw the findings on the reports' cells, which the results do not carry.
        const formatter = await FORMATTERS[o.target.format]!();
        const ctx = ctxFor(o.target);
        const { loadReports } = await import('../../formatters/html.js');
        const reading = { ...(opts.maxSize !== undefined ? { maxSize: opts.maxSize } : {}), ...(opts.encoding ? { encoding: opts.encoding } : {}) };
        ctx.reports = await loadReports(o.files!, reading);
        const result: RunResult = { tool: { name: 'gongkai', version: VERSION }, lang: opts.lang, files: o.files!, summary };
        const text = formatter(result, ctx);
        if (o.target.file) await writeOutput(o.target.file, text, io.cwd, [...(o.inputs ?? [])]);
        else io.stdout.write(text);
      }
      if (o.steps) await appendStepSummary(o.steps.render(summary), io);
    }
  } catch (e) {
    for (const o of open) o.out?.abort();
    throw e;
  }
  const { errors, warnings, unreadable } = summary;
  if (errors > 0 || unreadable > 0) return 1;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.stderr.write(`${fill(ui.tooManyWarnings, { warnings, max: opts.maxWarnings })}\n`);
    return 1;
  }
  return 0;
}

/** In GitHub Actions, `--format github` also adds a Markdown summary to the job's page. */
async function appendStepSummary(markdown: string, io: Io): Promise<void> {
  const path = io.env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  try {
    await appendFile(resolve(io.cwd, path), markdown);
  } catch (e) {
    // The check itself went fine: say so, but do not fail the run for a summary that could not be written.
    io.stderr.write(`gongkai: cannot write the step summary to ${path}: ${e instanceof Error ? e.message : String(e)}\n`);
  }
}
