/**
 * The three official tables in their layouts, built from schemas/format (every label, row, column,
 * group and span comes from the FormatSpec): "grid" (表三: column groups as header rows, row groups as
 * row-spanning label cells, the note in the corner), "transposed" (表四: the logical rows as column
 * groups, one data row) and "blocks" (表二: each row group with its own columns is a block with a
 * full-width header row and its own column-header row). Value cells show the cell as read (blank,
 * placeholder, missing), with `headers` naming their header cells and, when annotated, the marks of
 * the findings on them; the caption gives number, title, agency, period and units.
 */
import { cellId, type RowGroupSpec, type RowSpec, type TableId, type TableSpec } from '../format/spec.js';
import { cellDisplay, type Cell } from '../model/cell.js';
import { tableSpec, type Report } from '../model/report.js';
import { absence, type Absence } from '../check/absent.js';
import { unreadCells } from '../check/unread.js';
import { fill } from '../messages/render.js';
import { A, annLang, id, marks, notesList, gongkais, worst, type Ctx } from './html-annotations.js';
import { escapeHtml as esc } from './html-page.js';
import { maxOf } from '../lists.js';

/** Why the report has no value in a cell (check/absent.ts), worked out once per report. */
const absences = new WeakMap<Report, (cellId: string) => Absence | undefined>();

function absent(report: Report, key: string): Absence {
  let why = absences.get(report);
  if (!why) absences.set(report, (why = absence(report)));
  return why(key) ?? 'missing';
}

/** Why each unread cell was not read (check/unread.ts), per report and language, worked out on the first one. */
const unreadWhy = new WeakMap<Report, Map<string, Map<string, string>>>();

/**
 * The reason an unread cell was not read, in the page's language: the page keeps it (`data-reason`) so that
 * the page checked again says why, as the converted JSON does (readers/html.ts).
 */
function unreadReason(ctx: Ctx, key: string): string | undefined {
  let byLang = unreadWhy.get(ctx.report);
  if (!byLang) unreadWhy.set(ctx.report, (byLang = new Map()));
  let why = byLang.get(ctx.lang);
  if (!why) byLang.set(ctx.lang, (why = new Map(unreadCells(ctx.report, ctx.lang).map((c) => [cellId(c.table, c.row, c.column), c.reason]))));
  return why.get(key);
}

/**
 * One value cell. `headers` are the ids (with prefix) of its header cells. Its kind: the cell as read
 * (number, blank: empty in the report, placeholder, text), or, without a value, `unread` (gongkai could
 * not read it) or `missing` (absent from the report).
 */
function valueCell(ctx: Ctx, t: TableId, row: string, column: string, headers: string[], colspan = 1): string {
  const key = cellId(t, row, column);
  const cell: Cell | undefined = ctx.report.tables[t]?.cells[`${row}.${column}`];
  const kind = cell?.kind ?? absent(ctx.report, key);
  const own = ctx.place.cells.get(key) ?? [];
  const ops = ctx.place.operands.get(key) ?? [];
  const classes = [`k-${kind}`];
  if (ctx.annotate) {
    const w = worst(own);
    if (w) classes.push(`f-${w}`);
    if (ops.length) classes.push('op');
  }
  let tag = '';
  // A cell gongkai could not read is never shown as the report's blank, annotated or not.
  if (kind === 'unread') tag = ctx.ui.unread;
  else if (ctx.annotate) {
    if (kind === 'blank') tag = ctx.ui.blank;
    else if (kind === 'missing') tag = ctx.ui.missing;
    else if (kind === 'placeholder') tag = ctx.ui.placeholder;
  }
  const describedBy = ctx.annotate ? [...own, ...ops.filter((n) => !own.includes(n))].map((n) => id(ctx, A.note(n.n))) : [];
  const attrs = [
    `id="${id(ctx, A.cell(key))}"`,
    `data-cell="${esc(key)}"`,
    `data-kind="${kind}"`,
    kind === 'unread' ? `data-reason="${esc(unreadReason(ctx, key) ?? '')}"` : '',
    `class="${classes.join(' ')}"`,
    `headers="${headers.map((h) => esc(h)).join(' ')}"`,
    colspan > 1 ? `colspan="${colspan}"` : '',
    describedBy.length ? `aria-describedby="${describedBy.join(' ')}"` : '',
  ].filter(Boolean);
  return `<td ${attrs.join(' ')}><span class="v">${esc(cellDisplay(cell))}</span>${tag ? `<span class="tag"${annLang(ctx)}${gongkais('tag')}>${esc(tag)}</span>` : ''}${marks(ctx, own, ops)}</td>`;
}

/** A row header (the row label), with the marks of row-level findings. */
function rowHeader(ctx: Ctx, t: TableId, row: RowSpec, extra: string): string {
  const own = ctx.place.rows.get(`${t}.${row.id}`) ?? [];
  const w = ctx.annotate ? worst(own) : undefined;
  return `<th scope="row" id="${id(ctx, A.row(t, row.id))}"${extra}${w ? ` class="f-${w}"` : ''}>${esc(row.label)}${marks(ctx, own, [])}</th>`;
}

function dateText(ctx: Ctx, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return fill(ctx.ui.date, { y: m[1]!, m: Number(m[2]), d: Number(m[3]), mm: m[2]!, dd: m[3]! });
}

/** Caption: number and title, then agency, period and unit. */
function caption(ctx: Ctx, t: TableSpec): string {
  const { ui, report } = ctx;
  const meta: string[] = [];
  if (report.agency) meta.push(esc(report.agency));
  const period = report.period?.from && report.period.to
    ? fill(ui.range, { from: dateText(ctx, report.period.from), to: dateText(ctx, report.period.to) })
    : report.period?.text ?? (report.year !== undefined ? fill(ui.periodYear, { year: report.year }) : undefined);
  if (period) meta.push(esc(fill(ui.period, { text: period })));
  const units: string[] = [];
  if (t.columns.some((c) => c.type !== 'amount')) units.push(ui.unitCount);
  for (const c of t.columns.filter((x) => x.type === 'amount')) {
    const label = c.label.replace(/（单位[:：].*?）/, '');
    units.push(c.unit ? fill(ui.unitOf, { label, unit: c.unit }) : fill(ui.unitUnspecified, { label }));
  }
  meta.push(esc(units.join('；')));
  const own = ctx.place.tables.get(t.id) ?? [];
  return `<caption><span class="ct">${esc(`${t.number}、${t.title}`)}</span><span class="cm">${meta.join(' · ')}</span>${marks(ctx, own, [])}</caption>`;
}

/** Row groups of a row, outermost first. */
function groupChain(t: TableSpec, groupId: string | undefined): RowGroupSpec[] {
  const chain: RowGroupSpec[] = [];
  let g = t.rowGroups.find((x) => x.id === groupId);
  while (g) {
    chain.unshift(g);
    const parent = g.parent;
    g = parent !== undefined ? t.rowGroups.find((x) => x.id === parent) : undefined;
  }
  return chain;
}

/** A header tree node: a group with children, or a leaf that heads one value column. */
interface HNode {
  key: string;
  label: string;
  children: HNode[];
  leaf?: { row?: string; column: string };
}

/** Merges paths (outermost first) into a tree; groups must be contiguous. */
function buildTree(items: { path: { key: string; label: string }[]; leaf: HNode }[]): HNode[] {
  const roots: HNode[] = [];
  const seen = new Map<string, HNode>();
  for (const item of items) {
    let list = roots;
    for (const step of item.path) {
      let node = seen.get(step.key);
      if (!node) {
        node = { key: step.key, label: step.label, children: [] };
        seen.set(step.key, node);
        list.push(node);
      } else if (list[list.length - 1] !== node) {
        throw new Error(`header group ${step.key} is not contiguous in schemas/format`);
      }
      list = node.children;
    }
    list.push(item.leaf);
  }
  return roots;
}

const depth = (n: HNode): number => (n.children.length ? 1 + maxOf(n.children, depth) : 1);
const leaves = (n: HNode): HNode[] => (n.children.length ? n.children.flatMap(leaves) : [n]);

/** Column-header tree of a grid table (column groups) or a transposed table (row groups → rows → columns). */
function headerTree(t: TableSpec): HNode[] {
  const colGroupPath = (gid: string | undefined): { key: string; label: string }[] => {
    const path: { key: string; label: string }[] = [];
    let g = t.columnGroups.find((x) => x.id === gid);
    while (g) {
      path.unshift({ key: `cg-${g.id}`, label: g.label });
      const parent = g.parent;
      g = parent !== undefined ? t.columnGroups.find((x) => x.id === parent) : undefined;
    }
    return path;
  };
  if (!t.transposed) {
    return buildTree(t.columns.map((c) => ({ path: colGroupPath(c.group), leaf: { key: `c-${c.id}`, label: c.label, children: [], leaf: { column: c.id } } })));
  }
  const items: { path: { key: string; label: string }[]; leaf: HNode }[] = [];
  for (const r of t.rows) {
    const path = [...groupChain(t, r.group).map((g) => ({ key: `rg-${g.id}`, label: g.label })), { key: `r-${r.id}`, label: r.label }];
    for (const cid of r.columns) {
      const c = t.columns.find((x) => x.id === cid)!;
      items.push({ path, leaf: { key: `c-${r.id}-${c.id}`, label: c.label, children: [], leaf: { row: r.id, column: c.id } } });
    }
  }
  return buildTree(items);
}

/** Header rows from a tree; returns the rows' HTML and, per leaf, the ids of its header chain. */
function headerRows(ctx: Ctx, t: TableSpec, roots: HNode[], corner?: { rows: number; cols: number; html: string }): { rows: string[]; chains: Map<HNode, string[]> } {
  const D = maxOf(roots, depth);
  const rows: string[][] = Array.from({ length: D }, () => []);
  const chains = new Map<HNode, string[]>();
  if (corner) rows[0]!.push(corner.html);
  const visit = (n: HNode, level: number, chain: string[]): void => {
    const hid = `${ctx.prefix}${t.id}-h-${n.key}`;
    if (n.children.length === 0) {
      const rs = D - level;
      rows[level]!.push(`<th scope="col" id="${esc(hid)}"${rs > 1 ? ` rowspan="${rs}"` : ''}>${esc(n.label)}</th>`);
      chains.set(n, [...chain, hid]);
      return;
    }
    const span = leaves(n).length;
    // Findings about a whole logical row of a transposed table are marked on its header.
    const own = n.key.startsWith('r-') ? (ctx.place.rows.get(`${t.id}.${n.key.slice(2)}`) ?? []) : [];
    const w = ctx.annotate ? worst(own) : undefined;
    rows[level]!.push(
      `<th scope="colgroup" id="${esc(hid)}"${span > 1 ? ` colspan="${span}"` : ''}${w ? ` class="f-${w}"` : ''}>${esc(n.label)}${marks(ctx, own, [])}</th>`,
    );
    for (const c of n.children) visit(c, level + 1, [...chain, hid]);
  };
  for (const r of roots) visit(r, 0, []);
  return { rows: rows.map((cells) => `<tr>${cells.join('')}</tr>`), chains };
}

/** 表三 and any table with column groups and row-spanning row groups. */
function gridTable(ctx: Ctx, t: TableSpec): string {
  const roots = headerTree(t);
  const D = maxOf(roots, depth);
  const chainOf = new Map(t.rows.map((r) => [r.id, groupChain(t, r.group)]));
  const labelCols = maxOf(t.rows, (r) => chainOf.get(r.id)!.length) + 1;
  const cornerId = `${ctx.prefix}${t.id}-corner`;
  const corner = {
    rows: D,
    cols: labelCols,
    html: `<th class="corner" id="${esc(cornerId)}" rowspan="${D}" colspan="${labelCols}">${esc(t.note ?? t.labelHeader ?? '')}</th>`,
  };
  const { rows: head, chains } = headerRows(ctx, t, roots, corner);
  const leafList = roots.flatMap(leaves);
  const body: string[] = [];
  t.rows.forEach((r, i) => {
    const chain = chainOf.get(r.id)!;
    const cells: string[] = [];
    chain.forEach((g, d) => {
      const prev = i > 0 ? chainOf.get(t.rows[i - 1]!.id)![d] : undefined;
      if (prev?.id === g.id) return;
      let span = 0;
      for (let j = i; j < t.rows.length && chainOf.get(t.rows[j]!.id)![d]?.id === g.id; j++) span++;
      const gid = `${ctx.prefix}${t.id}-rg-${g.id}`;
      cells.push(`<th scope="rowgroup" class="rg" id="${esc(gid)}"${span > 1 ? ` rowspan="${span}"` : ''}>${esc(g.label)}</th>`);
    });
    const span = labelCols - chain.length;
    cells.push(rowHeader(ctx, t.id, r, span > 1 ? ` colspan="${span}"` : ''));
    const rowIds = [...chain.map((g) => `${ctx.prefix}${t.id}-rg-${g.id}`), `${ctx.prefix}${A.row(t.id, r.id)}`];
    for (const leaf of leafList) {
      const col = leaf.leaf!.column;
      if (!r.columns.includes(col)) {
        cells.push('<td class="void"></td>');
        continue;
      }
      cells.push(valueCell(ctx, t.id, r.id, col, [...rowIds, ...chains.get(leaf)!]));
    }
    body.push(`<tr data-row="${esc(r.id)}">${cells.join('')}</tr>`);
  });
  return `<thead>\n${head.join('\n')}\n</thead>\n<tbody>\n${body.join('\n')}\n</tbody>`;
}

/** 表四: logical rows laid out as column groups; one data row, no row label. */
function transposedTable(ctx: Ctx, t: TableSpec): string {
  const roots = headerTree(t);
  const { rows: head, chains } = headerRows(ctx, t, roots);
  const cells = roots.flatMap(leaves).map((leaf) => valueCell(ctx, t.id, leaf.leaf!.row!, leaf.leaf!.column, chains.get(leaf)!));
  return `<thead>\n${head.join('\n')}\n</thead>\n<tbody>\n<tr>${cells.join('')}</tr>\n</tbody>`;
}

/** 表二: blocks, each with a full-width header row and its own column headers. */
function blockTable(ctx: Ctx, t: TableSpec): string {
  const grid = maxOf(t.rows, (r) => r.columns.length);
  const blocks: { group?: RowGroupSpec; rows: RowSpec[] }[] = [];
  for (const r of t.rows) {
    const last = blocks[blocks.length - 1];
    if (last && last.group?.id === r.group) last.rows.push(r);
    else blocks.push({ ...(r.group ? { group: t.rowGroups.find((g) => g.id === r.group)! } : {}), rows: [r] });
  }
  const out: string[] = [];
  for (const b of blocks) {
    const key = b.group?.id ?? b.rows[0]!.id;
    const cols = b.rows[0]!.columns;
    const spanOf = (i: number): number => (i === cols.length - 1 ? grid - cols.length + 1 : 1);
    const blockId = `${ctx.prefix}${t.id}-rg-${key}`;
    const rows: string[] = [];
    if (b.group) rows.push(`<tr><th scope="colgroup" class="blockhead" id="${esc(blockId)}" colspan="${grid + 1}">${esc(b.group.label)}</th></tr>`);
    const labelId = `${ctx.prefix}${t.id}-h-${key}-label`;
    const colIds = cols.map((c) => `${ctx.prefix}${t.id}-h-${key}-${c}`);
    rows.push(
      `<tr class="colhead"><th scope="col" id="${esc(labelId)}">${esc(t.labelHeader ?? '')}</th>${cols
        .map((c, i) => {
          const s = spanOf(i);
          return `<th scope="col" id="${esc(colIds[i]!)}"${s > 1 ? ` colspan="${s}"` : ''}>${esc(t.columns.find((x) => x.id === c)!.label)}</th>`;
        })
        .join('')}</tr>`,
    );
    for (const r of b.rows) {
      const rowId = `${ctx.prefix}${A.row(t.id, r.id)}`;
      const tds = r.columns.map((c, i) => valueCell(ctx, t.id, r.id, c, [...(b.group ? [blockId] : []), colIds[i]!, rowId], spanOf(i)));
      rows.push(`<tr data-row="${esc(r.id)}">${rowHeader(ctx, t.id, r, ` headers="${esc(labelId)}"`)}${tds.join('')}</tr>`);
    }
    out.push(`<tbody class="block" data-block="${esc(key)}">\n${rows.join('\n')}\n</tbody>`);
  }
  return out.join('\n');
}

/** One official table in its layout, or a note that the report lacks it. */
export function renderTable(ctx: Ctx, tid: TableId): string {
  const t = tableSpec(ctx.report, ctx.spec, tid);
  if (!ctx.report.tables[tid]) {
    return `<p class="missing-block" id="${id(ctx, A.table(tid))}" data-table-missing="${tid}">${esc(`${t.number}、${t.title}`)}：${esc(ctx.ui.tableMissing)}</p>${notesList(ctx, ctx.place.tables.get(tid) ?? [], 'table')}`;
  }
  const layout = t.transposed ? 'transposed' : t.rowGroups.some((g) => g.columns) ? 'blocks' : 'grid';
  const inner = layout === 'transposed' ? transposedTable(ctx, t) : layout === 'blocks' ? blockTable(ctx, t) : gridTable(ctx, t);
  const tableNotes = [
    ...(ctx.place.tables.get(tid) ?? []),
    ...[...ctx.place.rows].filter(([k]) => k.startsWith(`${tid}.`)).flatMap(([, v]) => v),
    ...[...ctx.place.cells].filter(([k]) => k.startsWith(`${tid}.`)).flatMap(([, v]) => v),
  ];
  return [
    `<table class="official ${tid}" id="${id(ctx, A.table(tid))}" data-table="${tid}" data-layout="${layout}" data-format="${ctx.spec.id}">`,
    caption(ctx, t),
    inner,
    '</table>',
    notesList(ctx, tableNotes, 'table'),
  ].join('\n');
}
