/**
 * `gongkai template --to xlsx|csv [--year YYYY] [-o file] [--force]`: the blank official template to fill
 * in. An existing file is never replaced without --force: it may be last year's filled-in workbook.
 */
import { UsageError } from '../../errors.js';
import { formatForYear, type FormatId } from '../../format/spec.js';
import { CLI } from '../../messages/cli.js';
import { fill, type Lang } from '../../messages/render.js';
import { renderTemplate } from '../../renderers/template.js';
import type { Io } from '../io.js';
import { writeOutput } from '../io-write.js';

export interface TemplateCliOptions {
  to: 'xlsx' | 'csv';
  year?: number;
  output?: string;
  /** Replace an existing output file. */
  force?: boolean;
  lang?: Lang;
}

/** The reporting year by default: the year before the current one (reports are written in January). */
export function defaultYear(now = new Date()): number {
  return now.getUTCFullYear() - 1;
}

export async function runTemplate(opts: TemplateCliOptions, io: Io): Promise<number> {
  const lang = opts.lang ?? 'zh';
  const t = CLI[lang].template;
  const year = opts.year ?? defaultYear();
  const format: FormatId | undefined = formatForYear(year);
  if (!format) throw new UsageError(fill(t.noFormat, { year }));
  if (opts.to === 'xlsx' && !opts.output) throw new UsageError(t.xlsxNeedsOutput);
  const content = await renderTemplate(opts.to, format, year);
  if (opts.output) await writeOutput(opts.output, content, io.cwd, [], { lang, overwrite: opts.force ?? false });
  else io.stdout.write(typeof content === 'string' ? content : '');
  return 0;
}
