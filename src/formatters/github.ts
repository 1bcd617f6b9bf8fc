/**
 * `--format github`: GitHub Actions workflow commands, one annotation per diagnostic
 * (`::error file=…,line=…,col=…,title=…::message`), and a Markdown step summary (`stepSummary`), which
 * `gongkai check` appends to $GITHUB_STEP_SUMMARY when it is set.
 *
 * Escaping follows the Actions toolkit: in the message `%`, CR and LF; in properties also `:` and `,`.
 */
import type { Diagnostic, RunResult, Severity } from '../model/diagnostic.js';
import { fill } from '../messages/render.js';
import { UI } from '../messages/ui.js';
import type { Formatter, FormatContext } from './formatter.js';
import { describePlace, describeWhere, toolPath } from './place.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes the data (message) part of a workflow command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
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
  const body = [where ? `[${where}] ${d.message}` : d.message, d.hint ? `${UI[lang].hint}: ${d.hint}` : ''].filter(Boolean).join('\n');
  return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(body)}`;
}

const github: Formatter = (result, ctx) => {
  const lines: string[] = [];
  for (const f of result.files) {
    for (const d of f.diagnostics) {
      if (ctx.quiet && d.severity !== 'error') continue;
      lines.push(annotation(d, result.lang, ctx.cwd));
    }
  }
  // The summary line is plain log text (not a command), for people reading the raw log.
  lines.push(fill(UI[result.lang].summary, result.summary));
  return `${lines.join('\n')}\n`;
};
export default github;

/** Markdown for a table cell: no pipes or line breaks. */
function md(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/`/g, "'");
}

/** Largest number of file rows in the step summary (GitHub caps a summary at 1 MiB). */
export const SUMMARY_MAX_ROWS = 200;

/** The Markdown step summary: totals, then one row per file with problems (errors first), capped. */
export function stepSummary(result: RunResult, ctx: FormatContext): string {
  const zh = result.lang === 'zh';
  const s = result.summary;
  const out: string[] = [];
  out.push(`### gongkai ${zh ? '检查结果' : 'check'}: ${s.errors === 0 && s.unreadable === 0 ? '✅' : '❌'}`);
  out.push('');
  out.push(fill(UI[result.lang].summary, s));
  out.push('');
  const problems = result.files
    .filter((f) => !f.readable || f.errorCount + f.warningCount > 0)
    .sort((a, b) => Number(a.readable) - Number(b.readable) || b.errorCount - a.errorCount || (a.file < b.file ? -1 : 1));
  if (problems.length > 0) {
    out.push(zh ? '| 文件 | 错误 | 警告 | 第一个问题 |' : '| file | errors | warnings | first problem |');
    out.push('|---|---:|---:|---|');
    for (const f of problems.slice(0, SUMMARY_MAX_ROWS)) {
      const first = f.diagnostics.find((d) => d.severity === 'error') ?? f.diagnostics[0];
      const text = first ? `${first.message} (${first.ruleId})` : '';
      out.push(`| \`${md(toolPath(f.file, ctx.cwd))}\` | ${f.errorCount} | ${f.warningCount} | ${md(text)} |`);
    }
    const rest = problems.length - SUMMARY_MAX_ROWS;
    if (rest > 0) out.push('', zh ? `另有 ${rest} 个文件有问题，未列出。` : `${rest} more file(s) with problems not listed.`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
