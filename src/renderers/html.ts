/**
 * The report as one self-contained web page in the official layout (SPEC §3–§5), optionally with
 * the findings marked on their cells (`--annotate`); or as an `<article>` for the `check --format html`
 * page. This file lays out the report: title and metadata, the sections in document order with a
 * visible placeholder for each missing official section, each table in its section.
 *
 * - Self-contained: inline CSS only, no script, nothing fetched. A Content-Security-Policy meta tag
 *   allows exactly the one inline style sheet (by its hash) and nothing else (html-page.ts).
 * - Built from schemas/format: every label, row, column, group and span comes from the FormatSpec;
 *   nothing here lists a label. Three layouts cover the three tables (html-tables.ts):
 *   - "grid" (表三): column groups become header rows (a group spans its columns, a column spans the
 *     remaining header rows); row groups become row-spanning label cells; the corner cell holds the
 *     table's note and spans the header rows × the label columns.
 *   - "transposed" (表四): the logical rows are laid out as column groups under their row groups,
 *     with one data row and no row label.
 *   - "blocks" (表二): row groups that carry their own columns are blocks, each with a full-width
 *     header row and its own column-header row; a block with fewer columns than the widest block
 *     lets its last column span the rest.
 * - Findings are placed, listed and marked by html-annotations.ts; the page's words are in
 *   html-words.ts.
 * - Safe: every piece of report text goes through `escapeHtml`; ids and hrefs are built only from
 *   schema ids and counters, never from report text or file names.
 */
import { formatForYear, getFormat, TABLE_IDS, type FormatSpec } from '../format/spec.js';
import { matchSection } from '../format/sections.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import { fill, type Lang } from '../messages/render.js';
import { VERSION } from '../version.js';
import { A, findingsList, id, gongkais, marks, notesList, place, type Ctx, type Note } from './html-annotations.js';
import { escapeHtml as esc, htmlPage } from './html-page.js';
import { renderTable } from './html-tables.js';
import { HTML_UI } from './html-words.js';


export interface HtmlOptions {
  /** Language of the annotations (the report itself is Chinese). Default zh. */
  lang?: Lang;
  /** Mark these findings on the page (the `--annotate` view). Undefined = the plain page. */
  diagnostics?: Diagnostic[];
  /** Prefix of every id on the page (several reports on one page). Default "". */
  idPrefix?: string;
  /** Heading level of the report title (1 standalone, 2 inside the `check --format html` page). */
  level?: 1 | 2;
}
function paragraphs(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => `<p>${esc(l)}</p>`)
    .join('\n');
}

/** The sections in document order, a placeholder for each missing official section, tables in their sections. */
function renderSections(ctx: Ctx): string {
  const { report, spec } = ctx;
  const h = `h${ctx.level + 1}`;
  const matched = report.sections.map((s) => matchSection(s.heading)?.id);
  const firstOf = new Map<string, number>();
  matched.forEach((m, i) => {
    if (m && !firstOf.has(m)) firstOf.set(m, i);
  });
  const tableOf = new Map(TABLE_IDS.map((tid) => [spec.tables[tid].section, tid] as const));
  const blocks: { order: number; html: string }[] = [];
  const secNotes = (sid: string | undefined, index: number | undefined): Note[] => [
    ...(sid && (index === undefined || firstOf.get(sid) === index) ? ctx.place.sections.get(sid) ?? [] : []),
    ...(index !== undefined ? ctx.place.docSections.get(index) ?? [] : []),
  ];
  const sectionMarks = (notes: Note[]): string => marks(ctx, notes, []);
  report.sections.forEach((s, i) => {
    const sid = matched[i];
    const first = sid !== undefined && firstOf.get(sid) === i;
    const ids = [`id="${id(ctx, A.doc(i))}"`];
    const notes = secNotes(sid, i);
    const parts = [
      `<section class="rs" ${ids.join(' ')}${sid ? ` data-section="${sid}"` : ' data-section="unknown"'}>`,
      `<${h}${first ? ` id="${id(ctx, A.section(sid))}"` : ''}>${esc(s.heading)}${sid ? '' : `<span class="sr"${gongkais('words')}>${esc(ctx.ui.unknownSection)}</span>`}${sectionMarks(notes)}</${h}>`,
      notesList(ctx, notes, 'section'),
      paragraphs(s.text),
    ];
    const tid = sid ? tableOf.get(sid) : undefined;
    if (first && tid) parts.push(renderTable(ctx, tid));
    parts.push('</section>');
    blocks.push({ order: i, html: parts.filter(Boolean).join('\n') });
  });
  // Missing official sections: a visible placeholder where the section belongs.
  for (const sec of spec.sections) {
    if (firstOf.has(sec.id)) continue;
    const num = Number(sec.id.slice(1));
    const after = matched.findIndex((m) => m !== undefined && Number(m.slice(1)) > num);
    const order = after === -1 ? report.sections.length : after - 0.5;
    const notes = ctx.place.sections.get(sec.id) ?? [];
    const tid = tableOf.get(sec.id);
    const parts = [
      `<section class="rs missing" id="${id(ctx, A.section(sec.id))}" data-section="${sec.id}" data-missing="true">`,
      `<${h}>${esc(`${sec.number}、${sec.title}`)}${sectionMarks(notes)}</${h}>`,
      notesList(ctx, notes, 'section'),
      `<p class="missing-block">${esc(ctx.ui.sectionMissing)}</p>`,
      tid && report.tables[tid] ? renderTable(ctx, tid) : '',
      '</section>',
    ];
    blocks.push({ order: order + num / 100, html: parts.filter(Boolean).join('\n') });
  }
  return blocks
    .sort((a, b) => a.order - b.order)
    .map((b) => b.html)
    .join('\n');
}

/** Title of a report page. */
function reportTitle(report: Report): string {
  if (report.title) return report.title;
  if (report.agency && report.year !== undefined) return `${report.agency}${report.year}年政府信息公开工作年度报告`;
  return report.agency ?? report.path;
}

/** The format a report is rendered in: declared, else by year, else 2021 (as `check` decides). */
function formatOf(report: Report): FormatSpec {
  return getFormat(report.format ?? (report.year !== undefined ? formatForYear(report.year) : undefined) ?? '2021');
}

/** The report as an `<article>`, for embedding (the `check --format html` page) or as a page body. */
export function renderReportArticle(report: Report, opts: HtmlOptions = {}): string {
  const lang = opts.lang ?? 'zh';
  const spec = formatOf(report);
  const annotate = opts.diagnostics !== undefined;
  const ctx: Ctx = {
    report,
    spec,
    ui: HTML_UI[lang],
    lang,
    annotate,
    prefix: opts.idPrefix ?? '',
    level: opts.level ?? 1,
    place: place(report, spec, opts.diagnostics ?? []),
  };
  const h = `h${ctx.level}`;
  const meta = [report.agency, report.year !== undefined ? `${report.year}` : undefined].filter((x): x is string => Boolean(x)).map(esc);
  meta.push(esc(fill(ctx.ui.format, { name: spec.name, document: spec.document })));
  return [
    `<article class="report" id="${id(ctx, 'report')}" data-format="${spec.id}"${annotate ? ' data-annotated="true"' : ''}>`,
    `<header><${h}>${esc(reportTitle(report))}</${h}><p class="meta"${gongkais('meta')}>${meta.join(' · ')}</p></header>`,
    annotate ? findingsList(ctx) : '',
    renderSections(ctx),
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The report as one self-contained page; with `diagnostics`, the annotated view. */
export function renderHtml(report: Report, opts: HtmlOptions = {}): string {
  const ui = HTML_UI[opts.lang ?? 'zh'];
  const body = `${renderReportArticle(report, { ...opts, level: 1 })}\n<p class="gen"${gongkais('generated')}>${esc(fill(ui.generated, { version: VERSION }))}</p>`;
  return htmlPage(reportTitle(report), body);
}
