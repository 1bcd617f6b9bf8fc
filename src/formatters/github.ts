/**
 * `--format github`: GitHub Actions workflow commands, one annotation per diagnostic
 * (`::error file=…,line=…,col=…,title=…::message`), and a Markdown step summary (`stepSummary`), which
 * `gongkai check` appends to $GITHUB_STEP_SUMMARY when it is set.
 *
 * Escaping follows the Actions toolkit: in the message `%`, CR and LF; in properties also `:` and `,`.
 * Other control characters, escape sequences and bidi overrides from file names and report text
 * are shown escaped (src/terminal.ts): the log viewer would act on them.
 */
import type { Diagnostic, FileResult, RunResult, Severity } from '../model/diagnostic.js';
import { fill } from '../messages/render.js';
import { UI } from '../messages/ui.js';
import { oneShot, type FormatContext, type StreamFormatter } from './formatter.js';
import { describePlace, describeWhere, toolPath } from './place.js';
import { terminalSafe } from '../terminal.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes the data (message) part of a workflow command; other control characters are shown escaped. */
export function escapeData(s: string): string {
  return terminalSafe(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(d: Diagnostic, lang: 'zh' | 'en', cwd: string): string {
  const props: string[] = [`file=${escapeProperty(toolPath(d.file, cwd))}`];
  const line = d.physical?.line;
  if (line !== undefined) {
    props.push(`line=${line}`);
    if (d.physical?.column !== undefined) props.push(`col=${d.physical.column}`);
  }
  const place = describePlace(d);
  props.push(`title=${escapeProperty(`gongkai ${d.ruleId}${place ? `: ${place}` : ''}`)}`);
  // Without a line the annotation sits on the file: the message says where in it.
  const where = line === undefined ? describeWhere(d, lang) : '';
  // A finding about what gongkai could not read says so.
  const reading = d.category === 'extraction' ? UI[lang].readingProblem : '';
  const body = [where ? `[${where}] ${d.message}` : d.message, d.hint ? `${UI[lang].hint}: ${d.hint}` : '', reading].filter(Boolean).join('\n');
  return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(body)}`;
}

export const stream: StreamFormatter = (ctx, lang) => ({
  head: () => '',
  file: (f) =>
    f.diagnostics
      .filter((d) => !ctx.quiet || d.severity === 'error')
      .map((d) => `${annotation(d, lang, ctx.cwd)}\n`)
      .join(''),
  // The summary line is plain log text (not a command), for people reading the raw log.
  tail: (summary) => `${fill(UI[lang].summary, summary)}\n`,
});

export default oneShot(stream);

/** Markdown for a table cell: no pipes or line breaks. */
function md(s: string): string {
  return terminalSafe(s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/`/g, "'"));
}

/** Largest number of file rows in the step summary (GitHub caps a summary at 1 MiB). */
export const SUMMARY_MAX_ROWS = 200;

/** A file with problems, as the step summary lists it. */
interface SummaryRow {
  file: string;
  readable: boolean;
  errors: number;
  warnings: number;
  first: string;
}

/** Unreadable files first, then most errors, then by path. */
function before(a: SummaryRow, b: SummaryRow): number {
  return Number(a.readable) - Number(b.readable) || b.errors - a.errors || (a.file < b.file ? -1 : 1);
}

/**
 * The Markdown step summary, built file by file: totals, then one row per file with problems (errors
 * first), capped at SUMMARY_MAX_ROWS rows — only those rows are kept, however long the run.
 */
export class StepSummary {
  private rows: SummaryRow[] = [];
  private problems = 0;

  constructor(
    private readonly ctx: FormatContext,
    private readonly lang: 'zh' | 'en',
  ) {}

  add(f: FileResult): void {
    if (f.readable && f.errorCount + f.warningCount === 0) return;
    this.problems++;
    const first = f.diagnostics.find((d) => d.severity === 'error') ?? f.diagnostics[0];
    const row: SummaryRow = { file: f.file, readable: f.readable, errors: f.errorCount, warnings: f.warningCount, first: first ? `${first.message} (${first.ruleId})` : '' };
    if (this.rows.length === SUMMARY_MAX_ROWS && before(row, this.rows[SUMMARY_MAX_ROWS - 1]!) >= 0) return;
    let i = this.rows.length;
    while (i > 0 && before(row, this.rows[i - 1]!) < 0) i--;
    this.rows.splice(i, 0, row);
    if (this.rows.length > SUMMARY_MAX_ROWS) this.rows.pop();
  }

  render(s: RunResult['summary']): string {
    const zh = this.lang === 'zh';
    const out: string[] = [];
    out.push(`### gongkai ${zh ? '检查结果' : 'check'}: ${s.errors === 0 && s.unreadable === 0 ? '✅' : '❌'}`);
    out.push('');
    out.push(fill(UI[this.lang].summary, s));
    out.push('');
    if (this.rows.length > 0) {
      out.push(zh ? '| 文件 | 错误 | 警告 | 第一个问题 |' : '| file | errors | warnings | first problem |');
      out.push('|---|---:|---:|---|');
      for (const r of this.rows) out.push(`| \`${md(toolPath(r.file, this.ctx.cwd))}\` | ${r.errors} | ${r.warnings} | ${md(r.first)} |`);
      const rest = this.problems - this.rows.length;
      if (rest > 0) out.push('', zh ? `另有 ${rest} 个文件有问题，未列出。` : `${rest} more file(s) with problems not listed.`);
      out.push('');
    }
    return `${out.join('\n')}\n`;
  }
}

/** The Markdown step summary of a whole run result. */
export function stepSummary(result: RunResult, ctx: FormatContext): string {
  const s = new StepSummary(ctx, result.lang);
  for (const f of result.files) s.add(f);
  return s.render(result.summary);
}
