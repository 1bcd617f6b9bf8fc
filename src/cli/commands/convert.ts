/**
 * `gongkai convert <file> --to json|csv|html [-o out] [--annotate] [--strict]`
 *
 * Cells the reader could not read are never dropped: they are written marked unread (CSV status column,
 * JSON `status: "unread"`), named on standard error with why and where, and the exit code is 1; with
 * `--strict` nothing is written at all (exit 1).
 */
import { checkFile, readResolvedReport } from '../../node/file.js';
import { ReadError, UsageError } from '../../errors.js';
import { renderCsv } from '../../renderers/csv.js';
import { renderNormalizedJson } from '../../renderers/normalized-json.js';
import { checkReport } from '../../check/check.js';
import type { Io } from '../io.js';
import { writeOutput } from '../io-write.js';
import { terminalSafe } from '../../terminal.js';
import { unreadCells, type UnreadCell } from '../../check/unread.js';
import { getFormat, type FormatId } from '../../format/spec.js';
import { rowName } from '../../format/labels.js';
import { formatSource, type Source } from '../../model/location.js';
import { fill } from '../../messages/render.js';
import { UI } from '../../messages/ui.js';

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
}

/** Where in the file, in words: 第 8 行第 3 列 for a line of text or CSV, else as check prints it (表三!H12, 表格2 第5行). */
function place(s: Source | undefined, lang: 'zh' | 'en'): string {
  if (s?.line !== undefined && s.table === undefined && s.sheet === undefined) {
    return lang === 'zh' ? `第 ${s.line} 行${s.column !== undefined ? `第 ${s.column} 列` : ''}` : `line ${s.line}${s.column !== undefined ? `, column ${s.column}` : ''}`;
  }
  return formatSource(s, lang);
}

/** The stderr lines about unread cells: one per row (or cell) the reader gave up on, with where and why. */
function unreadReport(file: string, unread: readonly UnreadCell[], lang: 'zh' | 'en', strict: boolean, formatId: FormatId = '2021'): string {
  const ui = UI[lang];
  const format = getFormat(formatId);
  const groups = new Map<string, UnreadCell[]>();
  for (const u of unread) {
    const k = `${u.table}\u0000${u.row}\u0000${u.reason}`;
    const list = groups.get(k);
    if (list) list.push(u);
    else groups.set(k, [u]);
  }
  const lines = [fill(strict ? ui.unreadCellsStrict : ui.unreadCells, { file, n: unread.length })];
  for (const cells of groups.values()) {
    const u = cells[0]!;
    const t = format.tables[u.table];
    const row = t.rows.find((r) => r.id === u.row);
    const group = row?.group ? t.rowGroups.find((g) => g.id === row.group) : undefined;
    const column = (id: string): string => t.columns.find((c) => c.id === id)?.label ?? id;
    const at = place(u.source, lang);
    lines.push(
      fill(ui.unreadLine, {
        table: t.number,
        row: row ? rowName(row.label, group?.label) : u.row,
        columns: cells.map((c) => column(c.column)).join(ui.listSeparator),
        where: at ? fill(ui.unreadAt, { at }) : '',
        reason: u.reason,
      }),
    );
  }
  if (!strict) lines.push(ui.unreadEnd);
  return lines.map((l) => `${l}\n`).join('');
}

export async function runConvert(file: string, opts: ConvertCliOptions, io: Io): Promise<number> {
  if (opts.annotate && opts.to !== 'html') throw new UsageError('--annotate works only with --to html / --annotate 仅用于 --to html');
  const reading = { ...(opts.encoding ? { encoding: opts.encoding } : {}), ...(opts.maxSize !== undefined ? { maxSize: opts.maxSize } : {}) };
  let text: string;
  let unread: UnreadCell[];
  try {
    // Read as `check` reads it: the glued rows the report's own text singles out are written resolved.
    const report = await readResolvedReport(file, reading);
    unread = unreadCells(report, opts.lang);
    if (unread.length > 0) {
      io.stderr.write(terminalSafe(unreadReport(file, unread, opts.lang, opts.strict ?? false, report.format)));
      if (opts.strict) return 1;
    }
    if (opts.to === 'html') {
      // Loaded only when asked for, to keep start-up short.
      const { renderHtml } = await import('../../renderers/html.js');
      const diagnostics = opts.annotate ? checkReport(report, { lang: opts.lang }).diagnostics : undefined;
      text = renderHtml(report, { lang: opts.lang, ...(diagnostics ? { diagnostics } : {}) });
    } else text = opts.to === 'json' ? renderNormalizedJson(report, { unread }) : renderCsv(report, { unread });
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    // Say why in the user's language, exactly as `check` would.
    const result = await checkFile(file, { lang: opts.lang, ...reading });
    for (const d of result.diagnostics) io.stderr.write(`${terminalSafe(`${file}: ${d.message}${d.hint ? ` ${d.hint}` : ''}`)}\n`);
    return 1;
  }
  if (opts.output) await writeOutput(opts.output, text, io.cwd, [file], { lang: opts.lang });
  else io.stdout.write(text);
  // Written, but not whole: a cell could not be read.
  return unread.length > 0 ? 1 : 0;
}
