/** `gongkai template --to xlsx|csv [--year YYYY] [-o file]`: the blank official template to fill in. */
import { UsageError } from '../../errors.js';
import { formatForYear, type FormatId } from '../../format/spec.js';
import { renderTemplate } from '../../renderers/template.js';
import { writeOutput, type Io } from '../io.js';

export interface TemplateCliOptions {
  to: 'xlsx' | 'csv';
  year?: number;
  output?: string;
}

/** The reporting year by default: the year before the current one (reports are written in January). */
export function defaultYear(now = new Date()): number {
  return now.getUTCFullYear() - 1;
}

export async function runTemplate(opts: TemplateCliOptions, io: Io): Promise<number> {
  const year = opts.year ?? defaultYear();
  const format: FormatId | undefined = formatForYear(year);
  if (!format) throw new UsageError(`no official format applies to the year ${year} (formats apply from 2019) / ${year} 年没有适用的报告格式（格式自 2019 年起适用）`);
  if (opts.to === 'xlsx' && !opts.output) {
    throw new UsageError('--to xlsx writes a binary file: give its name with -o, e.g. -o 年度报告.xlsx / xlsx 为二进制文件，请用 -o 指定文件名');
  }
  const content = await renderTemplate(opts.to, format, year);
  if (opts.output) await writeOutput(opts.output, content, io.cwd);
  else io.stdout.write(typeof content === 'string' ? content : '');
  return 0;
}
