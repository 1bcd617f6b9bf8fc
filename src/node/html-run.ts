/**
 * `check -f html` for a run of any size, at the Node edge: the page of formatters/html.ts written file
 * by file, its pieces kept in temporary files (spool.ts) and each report read again only for its view
 * (or drawn in a child process, views.ts). Also `loadReports`, which reads the reports of a whole
 * RunResult again for the one-shot formatter.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { FileResult, RunResult } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import type { FormatContext } from '../formatters/formatter.js';
import type { ReportCells } from '../check/report-cells.js';
import { chartFigures, RunCharts } from '../formatters/html-charts.js';
import { fileView, frame, shown, summaryRow } from '../formatters/html.js';
import { HTML_UI } from '../renderers/html-words.js';
import { readReport } from './file.js';
import { Spool } from './spool.js';

/**
 * Reads the reports of the readable files again, for the annotated views of a whole RunResult (the check
 * itself keeps no models: it ran them in child processes). A file that cannot be read now is left out.
 * Holds every report: for a run of many files, `htmlRun` reads them one at a time instead.
 */
export async function loadReports(files: FileResult[], opts: { maxSize?: number; encoding?: string } = {}): Promise<Map<string, Report>> {
  const out = new Map<string, Report>();
  for (const f of files) {
    if (!f.readable) continue;
    try {
      out.set(f.file, await readReport(f.file, opts));
    } catch {
      // Changed or removed since the check: its findings are still listed.
    }
  }
  return out;
}

/**
 * The same page, written file by file, for a run of any size (`check -f html`): each file's row and view
 * are made as its result comes — its report read again then, one at a time, and let go — and kept in two
 * temporary files in a folder of their own (removed with the run's on Ctrl-C, see spool.ts); `finish`
 * writes the page, with the run's totals at the top, by copying them through in pieces. The memory of a
 * run does not grow with its number of files. The bytes are those of the `html` formatter.
 */
export interface HtmlRun {
  /**
   * Adds a file (in order). Its report is read again for the annotated view; unreadable now, it shows its
   * findings. `cells`: the report's table cells as the checking process kept them (run.ts, `cells`), for
   * the charts' 新收 and 办理结果 when the view is drawn elsewhere (a ViewDrawer).
   */
  file(result: FileResult, cells?: ReportCells): Promise<void>;
  /** Writes the whole page through `write`, then removes the temporary files. */
  finish(summary: RunResult['summary'], write: (text: string) => Promise<void>): Promise<void>;
  /** Removes the temporary files (safe to call twice, and after `finish`). */
  close(): void;
}

/**
 * Where the annotated views are drawn: by default here, reading each report again in this process; the
 * CLI passes a child process (node/views.ts), which gives undefined for a view it could not draw (the
 * file's findings are then listed).
 */
export interface ViewDrawer {
  render(result: FileResult, position: number): Promise<string | undefined>;
  close(): void;
}

export async function htmlRun(ctx: FormatContext, lang: 'zh' | 'en', reading: { maxSize?: number; encoding?: string } = {}, drawer?: ViewDrawer): Promise<HtmlRun> {
  const ui = HTML_UI[lang];
  const dir = new Spool();
  const parts = { rows: join(dir.dir, 'rows.html'), views: join(dir.dir, 'views.html') };
  const fds = { rows: openSync(parts.rows, 'wx+', 0o600), views: openSync(parts.views, 'wx+', 0o600) };
  const ends = { rows: 0, views: 0 };
  let closed = false;
  let n = 0;
  // The charts' counts (html-charts.ts): a few numbers per rule, error group and agency year.
  const charts = new RunCharts();
  const append = (part: 'rows' | 'views', text: string): void => {
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fds[part], bytes, written, bytes.length - written, ends[part] + written);
    ends[part] += bytes.length;
  };
  const close = (): void => {
    if (closed) return;
    closed = true;
    drawer?.close();
    for (const fd of Object.values(fds)) {
      try {
        closeSync(fd);
      } catch {
        // Already closed.
      }
    }
    dir.close();
  };
  const copy = async (part: 'rows' | 'views', write: (text: string) => Promise<void>): Promise<void> => {
    const buf = Buffer.allocUnsafe(1024 * 1024);
    const decoder = new StringDecoder('utf8');
    for (let at = 0; at < ends[part]; ) {
      const got = readSync(fds[part], buf, 0, Math.min(buf.length, ends[part] - at), at);
      if (got === 0) break;
      at += got;
      await write(decoder.write(buf.subarray(0, got)));
    }
    const rest = decoder.end();
    if (rest) await write(rest);
  };
  return {
    async file(result, cells) {
      const f = shown(result, ctx);
      const i = n++;
      append('rows', `${i > 0 ? '\n' : ''}${summaryRow(f, i, ctx, ui)}`);
      // An unreadable file has no report to draw: its findings, here.
      const drawn = f.readable && drawer ? await drawer.render(f, i) : undefined;
      let report: Report | undefined;
      if (drawn === undefined && f.readable && !drawer) {
        try {
          report = await readReport(f.file, reading);
        } catch {
          // Changed or removed since the check: its findings are still listed.
        }
      }
      // The charts' figures: from the cells the checking process kept, else from the report read here.
      const tables = cells?.tables ?? report?.tables;
      charts.add(f, tables ? chartFigures(tables) : undefined);
      if (drawn !== undefined) return append('views', drawn);
      append('views', `\n${fileView(f, i, report, ctx, lang)}`);
    },
    async finish(summary, write) {
      try {
        const { top, middle, bottom } = frame(summary, lang, charts.render(lang));
        await write(top);
        await copy('rows', write);
        await write(middle);
        await copy('views', write);
        await write(bottom);
      } finally {
        close();
      }
    },
    close,
  };
}
