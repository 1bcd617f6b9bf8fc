/**
 * Reading files and checking them: path expansion, reader choice, size limit, and turning read
 * failures into per-file results so that a batch always goes on.
 */
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ReadError } from '../errors.js';
import type { FileResult, RunResult } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import { readableExtensions, readerFor, READERS } from '../readers/index.js';
import { checkReport, unreadableResult, type CheckOptions } from './check.js';
import { VERSION } from '../version.js';

export interface RunOptions extends CheckOptions {
  /** Maximum file size in bytes (default 50 MB). */
  maxSize?: number;
  /** Text encoding override for text-based formats. */
  encoding?: string;
}

export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;

function human(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Reads one file into the normalized model. Throws ReadError when it cannot. */
export async function readReport(path: string, opts: RunOptions = {}): Promise<Report> {
  const entry = readerFor(path);
  if (!entry) {
    const ext = path.includes('.') ? path.slice(path.lastIndexOf('.')) : path;
    throw new ReadError('read-error', 'unsupported', { ext, formats: readableExtensions().join(' ') });
  }
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new ReadError('read-error', 'notFound', { path });
  }
  const limit = opts.maxSize ?? DEFAULT_MAX_SIZE;
  if (size > limit) throw new ReadError('read-error', 'tooLarge', { size: human(size), limit: human(limit) });
  const bytes = new Uint8Array(await readFile(path));
  const reader = await entry.load();
  return reader.read({ path, bytes, ...(opts.encoding ? { encoding: opts.encoding } : {}) });
}

/** Checks one file; never throws for a bad file. */
export async function checkFile(path: string, opts: RunOptions = {}): Promise<FileResult> {
  try {
    return checkReport(await readReport(path, opts), opts);
  } catch (e) {
    if (e instanceof ReadError) {
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
    throw e;
  }
}

/**
 * Expands files and directories (recursively) into the files gongkai reads, sorted by path.
 * Directory entries with other extensions are skipped; a directory reached twice (symlink loop) is
 * walked once. A named file is always kept, even with an unknown extension (it gets a finding).
 */
export async function expandPaths(paths: string[], onSkip?: (path: string) => void): Promise<string[]> {
  const out = new Set<string>();
  const seenDirs = new Set<string>();
  const exts = new Set(readableExtensions());
  async function walk(dir: string): Promise<void> {
    const real = await realpath(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        const s = await stat(p).catch(() => undefined);
        isDir = s?.isDirectory() ?? false;
        isFile = s?.isFile() ?? false;
      }
      if (isDir) await walk(p);
      else if (isFile && exts.has(p.slice(p.lastIndexOf('.')).toLowerCase())) out.add(p);
      else if (isFile) onSkip?.(p);
    }
  }
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (s?.isDirectory()) await walk(p);
    else out.add(p);
  }
  return [...out].sort();
}

export function summarize(files: FileResult[], lang: 'zh' | 'en'): RunResult {
  const sum = (f: (r: FileResult) => number): number => files.reduce((a, r) => a + f(r), 0);
  return {
    tool: { name: 'gongkai', version: VERSION },
    lang,
    files,
    summary: {
      files: files.length,
      clean: files.filter((f) => f.readable && f.errorCount === 0 && f.warningCount === 0).length,
      withErrors: files.filter((f) => f.readable && f.errorCount > 0).length,
      withWarnings: files.filter((f) => f.readable && f.warningCount > 0).length,
      unreadable: files.filter((f) => !f.readable).length,
      errors: sum((f) => f.errorCount),
      warnings: sum((f) => f.warningCount),
      infos: sum((f) => f.infoCount),
    },
  };
}

/** Checks paths (files and directories) and returns the run result. */
export async function checkPaths(paths: string[], opts: RunOptions = {}): Promise<RunResult> {
  const files = await expandPaths(paths);
  const results: FileResult[] = [];
  for (const f of files) results.push(await checkFile(f, opts));
  return summarize(results, opts.lang ?? 'zh');
}

void relative;
void READERS;
