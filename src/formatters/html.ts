/**
 * `--format html`: one self-contained page for a whole run — a summary table (file, agency, year,
 * errors, warnings) whose rows link to each report's annotated view further down the same page.
 *
 * The annotated views need the reports' cells, which the RunResult does not carry: the caller passes
 * them in `ctx.reports` (node/html-run.ts `loadReports` reads them again). A file without a report there
 * (unreadable, or a caller that did not pass reports) is shown as its list of findings. The CLI writes the
 * same page file by file with node/html-run.ts `htmlRun`, from the pieces exported here.
 */
import { isAbsolute, relative } from 'pathe';
import type { FileResult, RunResult } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import { fill } from '../messages/render.js';
import { renderReportArticle } from '../renderers/html.js';
import { chartFigures, RunCharts } from './html-charts.js';
import { escapeHtml as esc, htmlPage } from '../renderers/html-page.js';
import { HTML_UI, SEVERITY_MARK } from '../renderers/html-words.js';
import { VERSION } from '../version.js';
import type { FormatContext, Formatter } from './formatter.js';

function displayPath(file: string, cwd: string): string {
  return isAbsolute(file) ? relative(cwd, file) || file : file;
}

/** A file's findings as a plain list (no report to draw them on). */
function findingsOnly(f: FileResult, ui: (typeof HTML_UI)['zh'], prefix: string): string {
  const items = f.diagnostics.map(
    (d, i) =>
      `<li id="${prefix}finding-${i + 1}" class="sev-${d.severity}" data-rule="${esc(d.ruleId)}"><span class="sev sev-${d.severity}">${SEVERITY_MARK[d.severity]} ${esc(ui[d.severity])}</span> <span class="msg">${esc(d.message)}</span>${d.hint ? ` <span class="hint">${esc(ui.hint)}：${esc(d.hint)}</span>` : ''} <span class="rule">${esc(d.ruleId)}</span></li>`,
  );
  return `<section class="findings"><ol>\n${items.join('\n')}\n</ol></section>`;
}

/** A count; a badge when it is errors or warnings and not zero. `total` marks the run's totals. */
function count(n: number, severity?: 'error' | 'warning', total?: string): string {
  const cls = severity && n > 0 ? `count c-${severity}` : 'count';
  return `<span class="${cls}"${total ? ` data-total="${total}"` : ''}>${n}</span>`;
}

/** The row of the summary table for the file at 0-based `i` (links to its view below). */
export function summaryRow(f: FileResult, i: number, ctx: FormatContext, ui: (typeof HTML_UI)['zh']): string {
  const path = displayPath(f.file, ctx.cwd);
  const cells = [
    `<th scope="row"><a href="#r${i + 1}-report">${esc(path)}</a></th>`,
    `<td>${esc(f.agency ?? '')}</td>`,
    `<td class="n">${f.year ?? ''}</td>`,
    `<td>${f.readable ? esc(f.format ?? '') : esc(ui.unreadable)}</td>`,
    `<td class="n" data-count="errors">${count(f.errorCount, 'error')}</td>`,
    `<td class="n" data-count="warnings">${count(f.warningCount, 'warning')}</td>`,
    `<td class="n" data-count="infos">${count(f.infoCount)}</td>`,
  ];
  return `<tr data-file-index="${i + 1}">${cells.join('')}</tr>`;
}

/** The annotated view of the file at 0-based `i`: its report with the findings, or the findings alone. */
export function fileView(f: FileResult, i: number, report: Report | undefined, ctx: FormatContext, lang: 'zh' | 'en'): string {
  const ui = HTML_UI[lang];
  const prefix = `r${i + 1}-`;
  const back = `<p class="gen"><a href="#top">↑ ${esc(ui.toTop)}</a></p>`;
  if (report) {
    const article = renderReportArticle(report, { lang, diagnostics: f.diagnostics, idPrefix: prefix, level: 2 });
    // The file name above the report's own title (a function replacement: no `$` patterns).
    return `${article.replace('<header>', () => `<header><p class="meta file">${esc(displayPath(f.file, ctx.cwd))}</p>`)}\n${back}`;
  }
  return [
    `<article class="report" id="${prefix}report" data-annotated="true">`,
    `<header><h2>${esc(displayPath(f.file, ctx.cwd))}</h2><p class="meta">${f.readable ? esc(ui.noModel) : esc(ui.unreadable)}</p></header>`,
    findingsOnly(f, ui, prefix),
    '</article>',
    back,
  ].join('\n');
}

/**
 * The page around the files: `top` up to the summary table's rows (it needs the run's totals), `middle`
 * after the rows, `bottom` after the views. Rows are joined with a line break and each view starts with
 * one: `top + rows + middle + views + bottom` is the whole page. `charts`: the charts' section
 * (html-charts.ts), between the totals and the summary table.
 */
export function frame(summary: RunResult['summary'], lang: 'zh' | 'en', charts = ''): { top: string; middle: string; bottom: string } {
  const ui = HTML_UI[lang];
  const s = summary;
  const totals = [
    `${count(s.errors, 'error', 'errors')} ${esc(ui.errors)}`,
    `${count(s.warnings, 'warning', 'warnings')} ${esc(ui.warnings)}`,
    `${count(s.infos, undefined, 'infos')} ${esc(ui.infos)}`,
  ].join(' ');
  const skippedCount = s.skipped ? s.skipped.notReport + s.skipped.notYet + s.skipped.otherFormats : 0;
  const skipped = skippedCount > 0 ? `<p class="meta">${esc(fill(ui.runSkipped, { n: skippedCount }))}</p>` : '';
  const head = [ui.file, ui.agency, ui.year, ui.formatCol, ui.errors, ui.warnings, ui.infos].map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const summaryTop = [
    `<header id="top"><h1>${esc(ui.runTitle)}</h1><p class="meta">${esc(fill(ui.runSummary, summary))}</p>`,
    `<p class="totals">${totals}</p>${skipped}</header>`,
    ...(charts ? [charts] : []),
    `<table class="summary"><caption>${esc(ui.summaryCaption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n`,
  ].join('\n');
  // The page's own head and foot (renderers/html-page.ts), around a body marker.
  const marker = '\u0000gongkai-run-body\u0000';
  const [pageTop, pageBottom] = htmlPage(ui.runTitle, marker, { wide: true }).split(marker) as [string, string];
  return {
    top: `${pageTop}${summaryTop}`,
    middle: '\n</tbody></table>',
    bottom: `\n<p class="gen">${esc(fill(ui.generated, { version: VERSION }))}</p>${pageBottom}`,
  };
}

/** The annotated view of a file as `htmlRun` writes it (also drawn in a child process: node/views.ts). */
export function drawView(f: FileResult, position: number, report: Report | undefined, cwd: string, lang: 'zh' | 'en'): string {
  return `\n${fileView(f, position, report, { color: 0, cwd }, lang)}`;
}

/** Only errors with --quiet. */
export function shown(f: FileResult, ctx: FormatContext): FileResult {
  return ctx.quiet ? { ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') } : f;
}

const html: Formatter = (result: RunResult, ctx: FormatContext) => {
  const lang = result.lang;
  const ui = HTML_UI[lang];
  const files = result.files.map((f) => shown(f, ctx));
  const charts = new RunCharts();
  for (const f of files) {
    const report = ctx.reports?.get(f.file);
    charts.add(f, report ? chartFigures(report.tables) : undefined);
  }
  const { top, middle, bottom } = frame(result.summary, lang, charts.render(lang));
  const rows = files.map((f, i) => summaryRow(f, i, ctx, ui));
  const views = files.map((f, i) => `\n${fileView(f, i, ctx.reports?.get(f.file), ctx, lang)}`);
  return `${top}${rows.join('\n')}${middle}${views.join('')}${bottom}`;
};

export default html;
