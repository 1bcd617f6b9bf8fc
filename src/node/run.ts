/**
 * Reading files and checking them: path expansion (files, directories, globs), reader choice (by
 * extension, then by content for a named file), size limit, and turning read failures into per-file
 * results so that a batch always goes on.
 *
 * The run is a pipeline of small named steps, so that later steps can hook in without touching the
 * others:
 *
 *   expandPaths → runPool (in child processes; one `processFile` per file, each outcome
 *   spooled to disk as it arrives) → cross-file checks → each file's result, in path order → summary
 *
 * `processFile` is the whole per-file work and runs in the checking processes: anything a later cross-file step
 * needs from a report must be computed there and returned as plain data in its `FileOutcome`.
 * `checkStream` hands the results out one at a time, so a run's memory does not grow with its size;
 * `checkPaths` collects them into one RunResult.
 */
import { availableParallelism } from 'node:os';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, normalize, sep } from 'node:path';
import { addToSummary, emptySummary, type FileResult, type RunResult } from '../model/diagnostic.js';
import { extensionOf, readableExtensions } from '../readers/index.js';
import { callBack, DEFAULT_TIMEOUT_MS, runPool, type StoredOutcome } from './pool.js';
import { unreadableNotice, type ConvertSettings, type Converted } from './convert-file.js';
import { CONFIG_NAME, checkConfigs, optionsFor, rollupPlan, rulesFor } from './config.js';
import type { ReportFacts } from '../analysis/facts.js';
import { CrossFile, EarlyPairs, type FactsKey } from '../check/crossfile.js';
import { UsageError } from '../errors.js';
import { Spool } from './spool.js';
import { fsPath, nameFromBytes, specialKind } from './files.js';
import { VERSION } from '../version.js';

import { notReportKind, type FileOutcome, type OnSkip, type RunOptions } from './file.js';
import { NOT_YET, type KeepOptions } from '../check/bytes.js';
import type { ReportCells } from '../check/report-cells.js';

/** True when a command-line argument is a glob pattern rather than a path. */
function isGlob(arg: string): boolean {
  return /[*?[\]{}]/.test(arg);
}

async function expandGlob(pattern: string): Promise<string[]> {
  // Loaded only when a pattern is given, to keep start-up short.
  const { glob } = await import('tinyglobby');
  const matches = await glob(pattern, {
    cwd: process.cwd(),
    // An absolute pattern gives absolute paths, a relative one paths relative to the working directory.
    absolute: isAbsolute(pattern),
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    // Symbolic links are not followed inside patterns: no loops, no escaping the tree.
    followSymbolicLinks: false,
    // node_modules only when the pattern names it.
    ignore: /(^|\/)node_modules(\/|$)/.test(pattern) ? [] : ['**/node_modules/**'],
  });
  return (await Promise.all(matches.map((m) => (m.includes('\uFFFD') ? exactNames(m) : [m])))).flat();
}

/**
 * The glob library decodes names as UTF-8, so a name that is not (GBK from an old archive) comes back
 * with U+FFFD in it and names no file. Each such part of the path is matched against the names of its
 * folder read as bytes: those that decode to it are what it stands for, kept exactly (node/files.ts
 * nameFromBytes) as when a folder is walked.
 */
async function exactNames(match: string): Promise<string[]> {
  const absolute = isAbsolute(match);
  let paths = [absolute ? sep : ''];
  for (const part of match.split(sep).filter((x, i) => x !== '' || i > 0)) {
    if (!part.includes('\uFFFD')) {
      paths = paths.map((p) => (p === '' ? part : join(p, part)));
      continue;
    }
    const next: string[] = [];
    for (const p of paths) {
      const entries = await readdir(fsPath(p === '' ? '.' : p), { encoding: 'buffer' }).catch(() => [] as Buffer[]);
      for (const e of entries) if (e.toString('utf8') === part) next.push(p === '' ? nameFromBytes(e) : join(p, nameFromBytes(e)));
    }
    if (next.length === 0) return [match];
    paths = next;
  }
  return paths;
}

export interface ExpandOptions {
  /** Told about each path left out (directory entry or glob match in a format gongkai does not read). */
  onSkip?: OnSkip;
}

/** The files to check, and which of them were named on the command line (not found by walking or a pattern). */
interface Inputs {
  files: string[];
  named: ReadonlySet<string>;
}

/**
 * Expands files, directories (recursively) and glob patterns into the files gongkai reads, sorted by
 * path. Directory entries and glob matches with other extensions are skipped (`onSkip`); hidden entries
 * (.git, .vscode, …) and node_modules are not walked unless named; a directory reached twice (symlink
 * loop) is walked once. A named file is always kept, even with an unknown extension or none (it is read
 * by content, or gets a finding). An argument that exists as a path is a path even if it holds glob
 * characters.
 */
async function expandInputs(paths: string[], opts: ExpandOptions = {}): Promise<Inputs> {
  const onSkip = opts.onSkip;
  const out = new Set<string>();
  const named = new Set<string>();
  const seenDirs = new Set<string>();
  const exts = new Set(readableExtensions());
  const readable = (p: string): boolean => exts.has(extensionOf(p));
  const skip = (p: string): void => {
    const hint = NOT_YET[extensionOf(p)];
    if (hint) onSkip?.(p, 'not-yet', hint);
    else onSkip?.(p, 'unsupported');
  };
  async function walk(dir: string): Promise<void> {
    const real = await realpath(fsPath(dir), { encoding: 'buffer' });
    const key = real.toString('latin1');
    if (seenDirs.has(key)) return;
    seenDirs.add(key);
    // Names as bytes: a name that is not UTF-8 is kept exactly (node/files.ts), not turned into U+FFFD.
    const entries = (await readdir(fsPath(dir), { withFileTypes: true, encoding: 'buffer' })).map((e) => ({ e, name: nameFromBytes(e.name) }));
    for (const { e, name } of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      // gongkai.config.json is the configuration, not a report.
      if (name.startsWith('.') || name === 'node_modules' || name === CONFIG_NAME) continue;
      const p = join(dir, name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      // A FIFO, a device or a socket (or a link to one): never read, but named in the results with why
      // when it has a report's extension (not silently left out).
      let special = !isDir && !isFile && !e.isSymbolicLink();
      if (e.isSymbolicLink()) {
        const s = await stat(fsPath(p)).catch(() => undefined);
        isDir = s?.isDirectory() ?? false;
        isFile = s?.isFile() ?? false;
        special = s !== undefined && specialKind(s) !== undefined && !isDir;
      }
      if (isDir) await walk(p);
      else if ((isFile || special) && readable(p)) out.add(p);
      else if (isFile || special) skip(p);
    }
  }
  for (const p of paths) {
    const s = await stat(fsPath(p)).catch(() => undefined);
    if (s?.isDirectory()) await walk(p);
    else if (s || !isGlob(p)) {
      out.add(normalize(p));
      named.add(normalize(p));
    } else {
      const matches = await expandGlob(p);
      if (matches.length === 0) onSkip?.(p, 'no-match');
      for (const m of matches) {
        if (basename(m) === CONFIG_NAME) continue;
        if (readable(m)) out.add(normalize(m));
        else skip(m);
      }
    }
  }
  return { files: [...out].sort(), named };
}

/** `expandInputs`, the files only. */
export async function expandPaths(paths: string[], opts: ExpandOptions | ((path: string) => void) = {}): Promise<string[]> {
  const onSkip = typeof opts === 'function' ? (p: string) => opts(p) : opts.onSkip;
  return (await expandInputs(paths, onSkip ? { onSkip } : {})).files;
}

/** Files checked at the same time when `jobs` is not given: one per core. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

function poolOptions(opts: RunOptions, spool: Spool, onOutcome: (index: number, outcome: StoredOutcome) => void, keep?: KeepOptions): Parameters<typeof runPool>[2] {
  return {
    jobs: opts.jobs ?? defaultJobs(),
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    spool,
    onOutcome,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(keep ? { keep } : {}),
  };
}

export type RunSummary = RunResult['summary'];
type SkipCounts = NonNullable<RunSummary['skipped']>;

export function summarize(files: FileResult[], lang: 'zh' | 'en'): RunResult {
  const summary = emptySummary();
  for (const f of files) addToSummary(summary, f);
  return { tool: { name: 'gongkai', version: VERSION }, lang, files, summary };
}

/**
 * One file checked as every file of a run is, in a checking process with the run's time limit and heap
 * cap (pool.ts): a file that stalls, exhausts memory or crashes its process becomes its own read-error,
 * and the calling process lives on. The Node API's `checkFile` and `--previous` use it.
 */
export async function checkContained(path: string, opts: RunOptions = {}): Promise<FileOutcome> {
  const spool = new Spool();
  try {
    let stored: StoredOutcome | undefined;
    await runPool([path], opts, poolOptions({ ...opts, jobs: 1 }, spool, (_i, o) => (stored = o)));
    const result = spool.get<FileResult>(stored!.result);
    return stored!.facts ? { result, facts: spool.get<ReportFacts>(stored!.facts) } : { result };
  } finally {
    spool.close();
  }
}

/**
 * `gongkai convert` of one file (convert-file.ts) in a checking process, as `check` reads a file: a file
 * that stalls, exhausts memory or crashes its process gives no text, and why, as `check` says it.
 */
export async function convertContained(path: string, settings: ConvertSettings, timeoutMs: number = DEFAULT_TIMEOUT_MS): Promise<Converted> {
  const spool = new Spool();
  try {
    let stored: StoredOutcome | undefined;
    await runPool([path], { lang: settings.lang }, { jobs: 1, timeoutMs, spool, convert: settings, onOutcome: (_i, o) => (stored = o) });
    const outcome = spool.get<Converted | FileResult>(stored!.result);
    if ('converted' in outcome) return outcome;
    // Stopped by the time or memory limit, or its process died: the pool's finding for the file.
    return { converted: true, notice: unreadableNotice(path, outcome.diagnostics), code: 1 };
  } finally {
    spool.close();
  }
}

/**
 * The facts of the --previous file, read and checked in a checking process like any report; one that
 * cannot be read is a usage error (exit 2) with the reader's message.
 */
async function previousFacts(path: string, opts: RunOptions): Promise<ReportFacts> {
  const { onProgress: _progress, previous: _previous, ...rest } = opts;
  const outcome = await checkContained(path, rest);
  if (outcome.facts) return outcome.facts;
  throw new UsageError(`--previous ${path}: ${outcome.result.diagnostics[0]?.message ?? ''}`);
}

/** Where `checkStream` hands the results. */
export interface ResultSink {
  /** Once every file is checked, before the first result (not called when no file was found): the files, in order. */
  begin?(files: readonly string[]): void | Promise<void>;
  /**
   * Each file's result, in path order; with `cells`, also the table cells of a report that could be read
   * (kept on disk with the result by the checking process until then).
   */
  file(result: FileResult, index: number, cells?: ReportCells): void | Promise<void>;
  /** Ask for each report's table cells (the xlsx output lists them all). */
  cells?: boolean;
}

/**
 * Checks paths (files, directories and glob patterns) and gives each file's result to the sink, in path
 * order, once every file is checked (the cross-file checks need them all). Outcomes wait on disk, not
 * in memory, so a run of any size uses about the same memory. Returns the summary.
 */
export async function checkStream(paths: string[], opts: RunOptions, sink: ResultSink): Promise<RunSummary> {
  const skipped: SkipCounts = { notReport: 0, notYet: 0, otherFormats: 0 };
  const onSkip: OnSkip = (path, reason, kind) => {
    if (reason === 'not-report') skipped.notReport++;
    else if (reason === 'not-yet') skipped.notYet++;
    else if (reason === 'unsupported') skipped.otherFormats++;
    // A throw in the caller's callback stops the run with an error naming it (CallbackError).
    if (opts.onSkip) callBack('onSkip', opts.onSkip, path, reason, kind);
  };
  const withSkips = (s: RunSummary): RunSummary => (skipped.notReport + skipped.notYet + skipped.otherFormats > 0 ? { ...s, skipped } : s);
  const { files, named } = await expandInputs(paths, { onSkip });
  checkConfigs(files);
  const previous = opts.previous ? await previousFacts(opts.previous, opts) : undefined;
  const summary = emptySummary();
  if (files.length === 0) return withSkips(summary);
  const spool = new Spool();
  try {
    const stored = new Array<StoredOutcome>(files.length);
    const load = (i: number): ReportFacts | undefined => (stored[i]?.facts ? spool.get<ReportFacts>(stored[i]!.facts!) : undefined);
    // Years of an agency are compared as their files come in, while the checking processes work (EarlyPairs).
    const early = previous ? undefined : new EarlyPairs(load, optionsFor);
    const arrived = (i: number, o: StoredOutcome): void => {
      stored[i] = o;
      try {
        early?.add(i, o.key);
      } catch {
        // Compared again at the end, where a failure is reported as any other.
      }
    };
    await runPool(files, opts, poolOptions(opts, spool, arrived, sink.cells ? { cells: true } : undefined));
    // A JSON file found in a directory or by a pattern that holds no report at all (a check result, a
    // package.json) is left out; named on the command line, it is that file's error. Only unreadable
    // files (no facts) can be one, so only their results are looked at here.
    const kept: number[] = [];
    for (let i = 0; i < files.length; i++) {
      const kind = stored[i]!.facts || named.has(files[i]!) ? undefined : notReportKind(spool.get<FileResult>(stored[i]!.result));
      if (kind) onSkip(files[i]!, 'not-report', kind);
      else kept.push(i);
    }
    const keys: (FactsKey | undefined)[] = stored.map((o) => o.key);
    const cross = new CrossFile(keys, load, {
      ...(opts.lang ? { lang: opts.lang } : {}),
      ...(opts.rules ? { rules: opts.rules } : {}),
      rulesFor: (file) => rulesFor(file, opts.rules),
      optionsFor,
      rollups: await rollupPlan(files),
      ...(previous ? { previous } : {}),
      ...(early ? { early } : {}),
    });
    if (kept.length === 0) return withSkips(summary);
    await sink.begin?.(kept.map((i) => files[i]!));
    for (const [n, i] of kept.entries()) {
      const result = cross.apply(i, spool.get<FileResult>(stored[i]!.result));
      addToSummary(summary, result);
      const cells = stored[i]!.cells;
      await sink.file(result, n, cells ? spool.get<ReportCells>(cells) : undefined);
    }
  } finally {
    spool.close();
  }
  return withSkips(summary);
}

/** Checks paths (files, directories and glob patterns) and returns the run result. */
export async function checkPaths(paths: string[], opts: RunOptions = {}): Promise<RunResult> {
  const files: FileResult[] = [];
  const summary = await checkStream(paths, opts, { file: (f) => void files.push(f) });
  return { tool: { name: 'gongkai', version: VERSION }, lang: opts.lang ?? 'zh', files, summary };
}
