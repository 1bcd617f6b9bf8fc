/**
 * `gongkai convert <file> --to json|csv|html [-o out] [--annotate] [--strict] [--timeout s]`
 *
 * Cells the reader could not read are never dropped: they are written marked unread (CSV status column,
 * JSON `status: "unread"`), named on standard error with why and where, and the exit code is 1; with
 * `--strict` nothing is written at all (exit 1). The file is read in a checking process
 * (node/convert-file.ts), under the time and memory limits of `check`.
 */
import { UsageError } from '../../errors.js';
import type { Io } from '../io.js';
import { writeOutput } from '../io-write.js';
import { terminalSafe } from '../../terminal.js';
import { convertContained } from '../../node/run.js';
import type { ConvertSettings } from '../../node/convert-file.js';

export interface ConvertCliOptions {
  to: 'json' | 'csv' | 'html';
  output?: string;
  /** html only: mark the findings of `check` on the page. */
  annotate?: boolean;
  lang: 'zh' | 'en';
  encoding?: string;
  /** Largest file to read, in bytes (default 50 MB). */
  maxSize?: number;
  /** Write nothing when a cell could not be read. */
  strict?: boolean;
  /** Time limit in seconds (0: none; default 60). */
  timeout?: number;
}

export async function runConvert(file: string, opts: ConvertCliOptions, io: Io): Promise<number> {
  if (opts.annotate && opts.to !== 'html') throw new UsageError('--annotate works only with --to html / --annotate 仅用于 --to html');
  const settings: ConvertSettings = {
    to: opts.to,
    lang: opts.lang,
    ...(opts.annotate ? { annotate: true } : {}),
    ...(opts.encoding ? { encoding: opts.encoding } : {}),
    ...(opts.maxSize !== undefined ? { maxSize: opts.maxSize } : {}),
    ...(opts.strict ? { strict: true } : {}),
  };
  // Read and rendered in a checking process, under the time and memory limits of `check`.
  const out = await convertContained(file, settings, opts.timeout !== undefined ? opts.timeout * 1000 : undefined);
  if (out.notice) io.stderr.write(terminalSafe(out.notice));
  if (out.text === undefined) return out.code;
  if (opts.output) await writeOutput(opts.output, out.text, io.cwd, [file], { lang: opts.lang });
  else io.stdout.write(out.text);
  return out.code;
}
