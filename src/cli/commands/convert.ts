/** `gongkai convert <file> --to json|csv [-o out]` */
import { readReport } from '../../engine/run.js';
import { checkFile } from '../../engine/run.js';
import { ReadError } from '../../errors.js';
import { renderCsv } from '../../renderers/csv.js';
import { renderNormalizedJson } from '../../renderers/normalized-json.js';
import { writeOutput, type Io } from '../io.js';

export interface ConvertCliOptions {
  to: 'json' | 'csv';
  output?: string;
  lang: 'zh' | 'en';
  encoding?: string;
}

export async function runConvert(file: string, opts: ConvertCliOptions, io: Io): Promise<number> {
  let text: string;
  try {
    const report = await readReport(file, opts.encoding ? { encoding: opts.encoding } : {});
    text = opts.to === 'json' ? renderNormalizedJson(report) : renderCsv(report);
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    // Say why in the user's language, exactly as `check` would.
    const result = await checkFile(file, { lang: opts.lang });
    for (const d of result.diagnostics) io.stderr.write(`${file}: ${d.message}${d.hint ? ` ${d.hint}` : ''}\n`);
    return 1;
  }
  if (opts.output) await writeOutput(opts.output, text, io.cwd, [file]);
  else io.stdout.write(text);
  return 0;
}
