/** `gongkai convert <file> --to json|csv|html [-o out] [--annotate]` */
import { readReport } from '../../engine/run.js';
import { checkFile } from '../../engine/run.js';
import { ReadError, UsageError } from '../../errors.js';
import { renderCsv } from '../../renderers/csv.js';
import { renderNormalizedJson } from '../../renderers/normalized-json.js';
import { checkReport } from '../../engine/check.js';
import { writeOutput, type Io } from '../io.js';

export interface ConvertCliOptions {
  to: 'json' | 'csv' | 'html';
  output?: string;
  /** html only: mark the findings of `check` on the page. */
  annotate?: boolean;
  lang: 'zh' | 'en';
  encoding?: string;
  /** Largest file to read, in bytes (default 50 MB). */
  maxSize?: number;
}

export async function runConvert(file: string, opts: ConvertCliOptions, io: Io): Promise<number> {
  if (opts.annotate && opts.to !== 'html') throw new UsageError('--annotate works only with --to html / --annotate 仅用于 --to html');
  const reading = { ...(opts.encoding ? { encoding: opts.encoding } : {}), ...(opts.maxSize !== undefined ? { maxSize: opts.maxSize } : {}) };
  let text: string;
  try {
    const report = await readReport(file, reading);
    if (opts.to === 'html') {
      // Loaded only when asked for, to keep start-up short.
      const { renderHtml } = await import('../../renderers/html.js');
      const diagnostics = opts.annotate ? checkReport(report, { lang: opts.lang }).diagnostics : undefined;
      text = renderHtml(report, { lang: opts.lang, ...(diagnostics ? { diagnostics } : {}) });
    } else text = opts.to === 'json' ? renderNormalizedJson(report) : renderCsv(report);
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    // Say why in the user's language, exactly as `check` would.
    const result = await checkFile(file, { lang: opts.lang, ...reading });
    for (const d of result.diagnostics) io.stderr.write(`${file}: ${d.message}${d.hint ? ` ${d.hint}` : ''}\n`);
    return 1;
  }
  if (opts.output) await writeOutput(opts.output, text, io.cwd, [file]);
  else io.stdout.write(text);
  return 0;
}
