/**
 * What `gongkai convert` does to one file, short of writing the output: read it as `check` reads it, list
 * the cells that could not be read, and render the text. Run in a checking process (pool.ts, `convert`),
 * so that a hostile file is stopped by the same time and memory limits as in `check`; the CLI writes what
 * comes back (cli/commands/convert.ts).
 *
 * Cells the reader could not read are never dropped: they are written marked unread (CSV status column,
 * JSON `status: "unread"`) and named in `notice` with why and where, and the exit code is 1; with
 * `strict` there is no text at all (exit 1).
 */
import { processFile, readResolvedReport } from './file.js';
import { ReadError } from '../errors.js';
import { renderCsv } from '../renderers/csv.js';
import { renderNormalizedJson } from '../renderers/normalized-json.js';
import { checkReport } from '../check/check.js';
import { unreadCells, type UnreadCell } from '../check/unread.js';
import { getFormat, type FormatId } from '../format/spec.js';
import { rowName } from '../format/labels.js';
import { formatSource, type Source } from '../model/location.js';
import { fill } from '../messages/render.js';
import { UI } from '../messages/ui.js';

/** What to convert to, and how to read (the CLI's options). */
export interface ConvertSettings {
  to: 'json' | 'csv' | 'html';
  /** html only: mark the findings of `check` on the page. */
  annotate?: boolean;
  lang: 'zh' | 'en';
  encoding?: string;
  /** Largest file to read, in bytes (default 50 MB). */
  maxSize?: number;
  /** No text when a cell could not be read. */
  strict?: boolean;
}

/** A file converted: the text to write (none: unreadable, or strict with unread cells), what to say on standard error, the exit code. */
export interface Converted {
  converted: true;
  text?: string;
  /** Lines for standard error (each ending in a newline), not yet made terminal-safe. */
  notice: string;
  code: 0 | 1;
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

/** Converts one file (see above). A file that cannot be read: no text, and why, as `check` says it. */
export async function convertFile(file: string, s: ConvertSettings): Promise<Converted> {
  const reading = { ...(s.encoding ? { encoding: s.encoding } : {}), ...(s.maxSize !== undefined ? { maxSize: s.maxSize } : {}) };
  try {
    // Read as `check` reads it: the glued rows the report's own text singles out are written resolved.
    const report = await readResolvedReport(file, reading);
    const unread = unreadCells(report, s.lang);
    const notice = unread.length > 0 ? unreadReport(file, unread, s.lang, s.strict ?? false, report.format) : '';
    // Written, but not whole: a cell could not be read.
    const code = unread.length > 0 ? 1 : 0;
    if (unread.length > 0 && s.strict) return { converted: true, notice, code };
    let text: string;
    if (s.to === 'html') {
      // Loaded only when asked for.
      const { renderHtml } = await import('../renderers/html.js');
      const diagnostics = s.annotate ? checkReport(report, { lang: s.lang }).diagnostics : undefined;
      text = renderHtml(report, { lang: s.lang, ...(diagnostics ? { diagnostics } : {}) });
    } else text = s.to === 'json' ? renderNormalizedJson(report, { unread }) : renderCsv(report, { unread });
    return { converted: true, text, notice, code };
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    // Say why in the user's language, exactly as `check` would.
    const { result } = await processFile(file, { lang: s.lang, ...reading });
    return { converted: true, notice: unreadableNotice(file, result.diagnostics), code: 1 };
  }
}

/** Why a file was not converted, one line per finding: `file: message hint`. */
export function unreadableNotice(file: string, diagnostics: readonly { message: string; hint?: string }[]): string {
  return diagnostics.map((d) => `${file}: ${d.message}${d.hint ? ` ${d.hint}` : ''}\n`).join('');
}
