/**
 * `--format pretty`: grouped by file, with labels, locations, expected/actual and hints. File names and
 * everything quoted from a report are shown with their control characters escaped (src/terminal.ts).
 */
import { Chalk } from 'chalk';
import { isAbsolute, relative } from 'pathe';
import { formatSource } from '../model/location.js';
import { rowName } from '../format/labels.js';
import type { Diagnostic, FileResult } from '../model/diagnostic.js';
import { fill } from '../messages/render.js';
import { UI } from '../messages/ui.js';
import { oneShot, type StreamFormatter } from './formatter.js';
import { relatedValue } from './place.js';
import { terminalSafe as safe } from '../terminal.js';

function where(d: Diagnostic, lang: 'zh' | 'en'): string {
  const l = d.location.labels;
  const parts: string[] = [];
  if (l?.table) parts.push(l.table.split('、')[0] === l.table ? l.table : `表${l.table.split('、')[0]}`);
  else if (l?.section) parts.push(l.section);
  if (l?.row) parts.push(rowName(l.row, l.rowGroup));
  if (l?.column) parts.push([l.columnGroup && l.columnGroup !== '申请人情况' ? `${l.columnGroup}/` : '', l.column].join(''));
  if (lang === 'en' && l?.table) parts[0] = `table ${l.table.split('、')[0]}`;
  return parts.join(' › ');
}

/** More related cells than this, on a finding that is not a sum, are a list of places (see below). */
const LIST = 8;

export const stream: StreamFormatter = (ctx, lang) => {
  const c = new Chalk({ level: ctx.color });
  const ui = UI[lang];
  const sev = { error: c.red.bold(ui.error), warning: c.yellow(ui.warning), info: c.blue(ui.info) };
  const show = (f: FileResult): Diagnostic[] => f.diagnostics.filter((d) => !ctx.quiet || d.severity === 'error');
  const display = (file: string): string => safe(isAbsolute(file) ? relative(ctx.cwd, file) || file : file);
  const lines = (out: string[]): string => out.map((l) => `${l}\n`).join('');
  /** The files that could not be read, named again at the end (only those are kept). */
  const unreadable: string[] = [];
  return {
    head: () => '',
    file(f) {
      const out: string[] = [];
      const ds = show(f);
      const path = display(f.file);
      if (!f.readable) unreadable.push(`  ${path}  ${c.dim(safe(f.diagnostics[0]?.message ?? ''))}`);
      const meta = safe(
        f.readable
          ? [fill(ui.fileHeader, { reader: f.reader ?? '', format: f.format ?? '?' }), [f.agency, f.year].filter(Boolean).join(' ')].filter(Boolean).join(' · ')
          : ui.unreadable,
      );
      if (ds.length === 0) {
        if (!ctx.quiet) out.push(`${c.underline(path)}  ${c.dim(meta)}  ${c.green(`✔ ${ui.ok}`)}`);
        return lines(out);
      }
      out.push(`${c.underline(path)}  ${c.dim(meta)}`);
      for (const d of ds) {
        const loc = safe(formatSource(d.physical, lang));
        const head = [sev[d.severity], loc ? c.cyan(loc) : '', c.bold(safe(where(d, lang)))].filter(Boolean).join('  ');
        out.push(`  ${head}`);
        out.push(`    ${safe(d.message)}`);
        if (d.expected !== undefined) out.push(`    ${c.dim(safe(fill(ui.expected, { expected: d.expected, actual: d.actual ?? '' })))}`);
        if (d.hint) out.push(`    ${c.green(`${ui.hint}:`)} ${safe(d.hint)}`);
        if (d.related && d.related.length > LIST && d.equation === undefined) {
          // A list of places (the blank cells of a table, the sums that could not be checked): the
          // message names a few; --verbose lists every one, a line each.
          if (!ctx.verbose) out.push(`    ${c.dim(fill(ui.relatedCount, { n: d.related.length }))}`);
          else {
            out.push(`    ${c.dim(`${fill(ui.relatedAll, { n: d.related.length })}:`)}`);
            for (const r of d.related) {
              const l = r.location.labels;
              const name = l?.row && l.column ? `${rowName(l.row, l.rowGroup)} › ${l.column}` : (r.location.cell ?? '');
              const at = formatSource(r.physical, lang);
              out.push(`      ${c.dim(safe(`${name}=${relatedValue(r, lang)}${at ? ` (${at})` : ''}`))}`);
            }
          }
        } else if (d.related?.length && (d.severity !== 'info' || ctx.verbose)) {
          // Long sums (21 result rows) list only the cells that hold something other than 0.
          const shown = d.related.length > 8 ? d.related.filter((r) => r.value !== '0') : d.related;
          const rest = d.related.length - shown.length;
          const rel = shown
            .map((r) => {
              const l = r.location.labels;
              const name = l?.row && l.column ? (d.location.row === r.location.row ? l.column : rowName(l.row, l.rowGroup)) : (r.location.cell ?? '');
              const at = formatSource(r.physical, lang);
              return `${name}=${relatedValue(r, lang)}${at ? ` (${at})` : ''}`;
            })
            .join('; ');
          out.push(`    ${c.dim(safe(`${ui.related}: ${rel}${rest > 0 ? fill(ui.restZero, { n: rest }) : ''}`))}`);
        }
        // A finding about what gongkai could not read says so: the reviewer checks the original, the
        // agency need not change anything.
        out.push(`    ${c.dim(d.category === 'extraction' ? `${d.ruleId} · ${ui.readingProblem}` : d.ruleId)}`);
      }
      out.push('');
      return lines(out);
    },
    tail(summary) {
      const out = [fill(ui.summary, summary)];
      // A batch names the files it could not read at the end, where the reader of a long run looks.
      if (unreadable.length > 0) out.push(c.red(ui.unreadableFiles), ...unreadable);
      return lines(out);
    },
  };
};

export default oneShot(stream);
