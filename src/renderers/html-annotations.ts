/**
 * The findings on a report page (the `--annotate` view and the `check --format html` page): each
 * finding gets its number and is placed on what shows it — a value cell, a row header (a column-group
 * header in a transposed table), a table, a section of the report or an official section — with its
 * operands marked; then the numbered list at the top, the notes beside a table or section, and the
 * marks on cells and headers linking them both ways. Also the rendering context the table layouts and
 * the page share (report, format, words, placement, id prefix) and its anchor ids.
 */
import { TABLE_IDS, type FormatSpec, type TableId } from '../format/spec.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { formatSource } from '../model/location.js';
import { tableSpec, type Report } from '../model/report.js';
import { fill, type Lang } from '../messages/render.js';
import { GONGKAI_ATTR } from '../messages/stand-ins.js';
import { escapeHtml as esc } from './html-page.js';
import { OPERAND_MARK, SEVERITY_MARK, type Words } from './html-words.js';

/** One finding with its number on the page and the id of the element it points to. */
export interface Note {
  n: number;
  d: Diagnostic;
  /** Id (without prefix) of the element that shows it: a cell, row header, table, or section. */
  target?: string;
}

/** Where notes are shown. */
interface Placement {
  cells: Map<string, Note[]>;
  rows: Map<string, Note[]>;
  tables: Map<TableId, Note[]>;
  /** By official section id (s1…s6). */
  sections: Map<string, Note[]>;
  /** By index of report.sections. */
  docSections: Map<number, Note[]>;
  operands: Map<string, Note[]>;
  all: Note[];
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Anchor ids (without prefix). */
export const A = {
  cell: (id: string): string => `cell-${id}`,
  row: (t: string, r: string): string => `${t}-r-${r}`,
  /** Header of a logical row laid out as a column group (transposed table). */
  rowHead: (t: string, r: string): string => `${t}-h-r-${r}`,
  table: (t: string): string => `table-${t}`,
  section: (s: string): string => `sec-${s}`,
  doc: (i: number): string => `doc-${i + 1}`,
  note: (n: number): string => `note-${n}`,
};

export function place(report: Report, spec: FormatSpec, diagnostics: Diagnostic[]): Placement {
  const p: Placement = { cells: new Map(), rows: new Map(), tables: new Map(), sections: new Map(), docSections: new Map(), operands: new Map(), all: [] };
  const hasCell = (id: string | undefined): boolean => {
    if (!id) return false;
    const [t, row, col] = id.split('.');
    if (!TABLE_IDS.includes(t as TableId) || !report.tables[t as TableId]) return false;
    return tableSpec(report, spec, t as TableId).rows.some((r) => r.id === row && r.columns.includes(col ?? ''));
  };
  diagnostics.forEach((d, i) => {
    const note: Note = { n: i + 1, d };
    const loc = d.location;
    const table = loc.table as TableId | undefined;
    const tableShown = table !== undefined && TABLE_IDS.includes(table) && report.tables[table] !== undefined;
    const docIndex = /^\/sections\/(\d+)(?:\/|$)/.exec(d.physical?.pointer ?? '')?.[1];
    if (loc.cell && hasCell(loc.cell)) {
      note.target = A.cell(loc.cell);
      push(p.cells, loc.cell, note);
    } else if (tableShown && loc.row && tableSpec(report, spec, table).rows.some((r) => r.id === loc.row)) {
      // A transposed table shows its logical row as a column-group header.
      note.target = tableSpec(report, spec, table).transposed ? A.rowHead(table, loc.row) : A.row(table, loc.row);
      push(p.rows, `${table}.${loc.row}`, note);
    } else if (tableShown) {
      note.target = A.table(table);
      push(p.tables, table, note);
    } else if (docIndex !== undefined && Number(docIndex) < report.sections.length) {
      note.target = A.doc(Number(docIndex));
      push(p.docSections, Number(docIndex), note);
    } else if (loc.section && /^s[1-6]$/.test(loc.section)) {
      note.target = A.section(loc.section);
      push(p.sections, loc.section, note);
    }
    // Operands of errors and warnings; an info ("could not check") would mark whole columns for nothing.
    if (d.severity !== 'info') for (const r of d.related ?? []) if (hasCell(r.location.cell)) push(p.operands, r.location.cell!, note);
    p.all.push(note);
  });
  return p;
}

export interface Ctx {
  report: Report;
  spec: FormatSpec;
  ui: Words;
  lang: Lang;
  annotate: boolean;
  prefix: string;
  level: 1 | 2;
  place: Placement;
}

export const id = (ctx: Ctx, local: string): string => esc(`${ctx.prefix}${local}`);
/**
 * The attribute that says an element is gongkai's, not the report's (messages/stand-ins.ts): the findings
 * list, notes, marks, the words in cells and the page's own lines. The HTML reader leaves them out, so
 * the page saved and checked again gives the report's own findings.
 */
export const gongkais = (what: 'findings' | 'notes' | 'mark' | 'tag' | 'words' | 'meta' | 'generated'): string => ` ${GONGKAI_ATTR}="${what}"`;
const href = (ctx: Ctx, local: string): string => `#${id(ctx, local)}`;
/** `lang` attribute for annotation text when it is not Chinese. */
export const annLang = (ctx: Ctx): string => (ctx.lang === 'zh' ? '' : ` lang="${ctx.lang}"`);

function words(ctx: Ctx, key: Severity): string {
  return ctx.ui[key];
}

/** Where a finding is, in official labels. */
function whereText(d: Diagnostic, ui: Words): string {
  const l = d.location.labels;
  if (!l) return ui.fileLevel;
  const parts: string[] = [];
  if (l.table) parts.push(l.table);
  else if (l.section) parts.push(l.section);
  if (l.rowGroup && l.row && !l.row.startsWith(l.rowGroup)) parts.push(l.rowGroup);
  if (l.row) parts.push(l.row);
  if (l.column) parts.push([l.columnGroup ? `${l.columnGroup}/` : '', l.column].join(''));
  return parts.length ? parts.join(' › ') : ui.fileLevel;
}

/** The body of a note: severity, location, message, expected/actual, hint, rule id. */
function noteBody(ctx: Ctx, note: Note, withWhere: boolean): string {
  const d = note.d;
  const parts = [
    `<span class="sev sev-${d.severity}">${SEVERITY_MARK[d.severity]} ${esc(words(ctx, d.severity))}</span>`,
    withWhere ? ` <span class="where">${esc(whereText(d, ctx.ui))}</span>：` : ' ',
    `<span class="msg">${esc(d.message)}</span>`,
  ];
  if (d.expected !== undefined) {
    parts.push(` <span class="ea">（${esc(fill(ctx.ui.expected, { expected: d.expected, actual: d.actual ?? '' }))}）</span>`);
  }
  if (d.hint) parts.push(` <span class="hint">${esc(ctx.ui.hint)}：${esc(d.hint)}</span>`);
  const at = formatSource(d.physical, ctx.lang);
  // A finding about what gongkai could not read says so: the original is not necessarily wrong.
  if (d.category === 'extraction') parts.push(` <span class="reading">${esc(ctx.ui.readingProblem)}</span>`);
  parts.push(` <span class="rule">${esc(d.ruleId)}${at ? ` · ${esc(at)}` : ''}</span>`);
  return parts.join('');
}

/** The list of all findings at the top, each linking to where it is shown. */
export function findingsList(ctx: Ctx): string {
  const { ui } = ctx;
  const out = [`<section class="findings" aria-labelledby="${id(ctx, 'findings-h')}"${annLang(ctx)}${gongkais('findings')}>`];
  out.push(`<h${ctx.level + 1} id="${id(ctx, 'findings-h')}">${esc(ui.findings)}（${ctx.place.all.length}）</h${ctx.level + 1}>`);
  if (ctx.place.all.length === 0) {
    out.push(`<p class="legend">${esc(ui.noFindings)}</p>`);
  } else {
    out.push(`<p class="legend">${esc(ui.legend)}</p>`);
    out.push('<ol>');
    for (const note of ctx.place.all) {
      const link = note.target ? ` <a href="${href(ctx, note.target)}">${esc(ui.goTo)}</a>` : '';
      out.push(`<li id="${id(ctx, `finding-${note.n}`)}" class="sev-${note.d.severity}" data-rule="${esc(note.d.ruleId)}"${note.target ? ` data-target="${id(ctx, note.target)}"` : ''}>${noteBody(ctx, note, true)}${link}</li>`);
    }
    out.push('</ol>');
  }
  out.push('</section>');
  return out.join('\n');
}

/** Numbered notes shown beside a table or a section. */
export function notesList(ctx: Ctx, notes: Note[], cls: string): string {
  if (!ctx.annotate || notes.length === 0) return '';
  const sorted = [...notes].sort((a, b) => a.n - b.n);
  const items = sorted.map((note) => {
    const back = note.target && !note.target.startsWith('sec-') && !note.target.startsWith('doc-') && !note.target.startsWith('table-')
      ? ` <a href="${href(ctx, note.target)}">↑ ${esc(ctx.ui.back)}</a>`
      : '';
    return `<li value="${note.n}" id="${id(ctx, A.note(note.n))}" class="sev-${note.d.severity}" data-rule="${esc(note.d.ruleId)}">${noteBody(ctx, note, true)}${back}</li>`;
  });
  return `<ol class="notes ${cls}"${annLang(ctx)} aria-label="${esc(cls === 'section' ? ctx.ui.notesSection : ctx.ui.notesOf)}"${gongkais('notes')}>\n${items.join('\n')}\n</ol>`;
}

/** Marks of the findings on a cell or header, and of the findings it is an operand of. */
export function marks(ctx: Ctx, own: Note[], operandOf: Note[]): string {
  if (!ctx.annotate || (own.length === 0 && operandOf.length === 0)) return '';
  const a = own.map(
    (n) =>
      `<a class="mark sev-${n.d.severity}" href="${href(ctx, A.note(n.n))}" title="${esc(n.d.message)}"${gongkais('mark')}>${SEVERITY_MARK[n.d.severity]}${n.n}<span class="sr">${esc(words(ctx, n.d.severity))}</span></a>`,
  );
  const o = operandOf
    .filter((n) => !own.includes(n))
    .map((n) => `<a class="opmark" href="${href(ctx, n.target ? A.note(n.n) : `finding-${n.n}`)}" title="${esc(fill(ctx.ui.operand, { n: n.n }))}"${gongkais('mark')}>${OPERAND_MARK}${n.n}<span class="sr">${esc(fill(ctx.ui.operand, { n: n.n }))}</span></a>`);
  return `<span class="marks"${annLang(ctx)}>${[...a, ...o].join(' ')}</span>`;
}

export function worst(notes: Note[]): Severity | undefined {
  for (const s of ['error', 'warning', 'info'] as const) if (notes.some((n) => n.d.severity === s)) return s;
  return undefined;
}
