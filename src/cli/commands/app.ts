/**
 * `gongkai app [-o gongkai.html] [--force]`: writes the offline page (issue #18) — one HTML file that
 * checks reports in a browser with the same core, for people who cannot install Node.js. The page is
 * built with the package (scripts/build-app.mjs → dist/gongkai.html); this copies it, atomically, and
 * never over an existing file without --force.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../errors.js';
import { CLI } from '../../messages/cli.js';
import { fill, type Lang } from '../../messages/render.js';
import { formatSize } from '../../size.js';
import type { Io } from '../io.js';
import { writeOutput } from '../io-write.js';

export interface AppCliOptions {
  output?: string;
  force?: boolean;
  lang?: Lang;
}

/** dist/gongkai.html of this installation: three folders up from src/cli/commands and dist/cli/commands alike. */
const APP_PAGE = fileURLToPath(new URL('../../../dist/gongkai.html', import.meta.url));

export async function runApp(opts: AppCliOptions, io: Io): Promise<number> {
  const lang = opts.lang ?? 'zh';
  const t = CLI[lang].app;
  let page: Buffer;
  try {
    page = await readFile(APP_PAGE);
  } catch {
    throw new UsageError(fill(t.notBuilt, { path: APP_PAGE }));
  }
  const output = opts.output ?? 'gongkai.html';
  await writeOutput(output, page, io.cwd, [], { lang, overwrite: opts.force ?? false });
  io.stderr.write(`${fill(t.written, { path: output, size: formatSize(page.length, lang) })}\n`);
  return 0;
}
