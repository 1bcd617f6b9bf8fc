/** `gongkai check <paths…>` */
import { checkPaths, type RunOptions } from '../../engine/run.js';
import { UsageError } from '../../errors.js';
import { FORMATTERS, formatterNames } from '../../formatters/index.js';
import { fill } from '../../messages/render.js';
import { UI } from '../../messages/ui.js';
import type { Severity } from '../../model/diagnostic.js';
import { colorLevel, writeOutput, type Io } from '../io.js';

export interface CheckCliOptions {
  format: string;
  lang: 'zh' | 'en';
  output?: string;
  maxWarnings?: number;
  quiet?: boolean;
  rule?: Record<string, Severity | 'off'>;
  maxSize?: number;
  encoding?: string;
}

export async function runCheck(paths: string[], opts: CheckCliOptions, io: Io): Promise<number> {
  const load = FORMATTERS[opts.format];
  if (!load) throw new UsageError(`unknown --format "${opts.format}"; choose one of: ${formatterNames().join(', ')}`);
  const run: RunOptions = {
    lang: opts.lang,
    ...(opts.rule ? { rules: opts.rule } : {}),
    ...(opts.maxSize !== undefined ? { maxSize: opts.maxSize } : {}),
    ...(opts.encoding ? { encoding: opts.encoding } : {}),
  };
  const result = await checkPaths(paths.map((p) => p), run);
  const ui = UI[opts.lang];
  if (result.files.length === 0) {
    io.stderr.write(`${ui.noFiles}\n`);
    return 1;
  }
  const formatter = await load();
  const text = formatter(result, { color: opts.output ? 0 : colorLevel(io), cwd: io.cwd, quiet: opts.quiet ?? false });
  if (opts.output) await writeOutput(opts.output, text, io.cwd, result.files.map((f) => f.file));
  else io.stdout.write(text);
  const { errors, warnings, unreadable } = result.summary;
  if (errors > 0 || unreadable > 0) return 1;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.stderr.write(`${fill(ui.tooManyWarnings, { warnings, max: opts.maxWarnings })}\n`);
    return 1;
  }
  return 0;
}
