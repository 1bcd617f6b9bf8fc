/**
 * The shared table finder of the grid formats (XLSX, CSV, HTML, DOCX).
 *
 * A grid reader turns its input into grids of cell texts with their physical sources (merged areas
 * expanded: every covered position carries the merged cell; grid-cells.ts). `findTables` then finds
 * tables 二/三/四 by their labels wherever they are — any grid, any start row or column, all on one grid
 * or split across several — and maps every cell to the model's `row.column` keys through the label
 * data of schemas/format, never through fixed positions:
 *
 * 1. The format version (2021 | 2019) comes from the labels only one version prints
 *    (formats.json `markers`; here). Without markers both versions are tried and the better fit wins.
 * 2. A table's header is a band of up to four consecutive rows without numbers, holding its column
 *    labels (and column groups, the label-column header, the corner note; for table 四, whose logical
 *    rows are laid out as column groups, the row labels too). Group labels extend to the right over
 *    empty cells, as merged headers do when a spreadsheet is saved without merges. The header's
 *    columns end where another table's labels begin, so tables side by side are read apart
 *    (grid-header.ts).
 * 3. Each grid column right of the label area gets its column id from the lowest header text in it
 *    (and, for table 四, its row id from the lowest row label above it) (grid-header.ts).
 * 4. Below the header, each row's label is the rightmost text left of the first value column that
 *    matches a row of the table ("1.属于国家秘密" beside "（三）不予公开" beside "三、本年度办理结果").
 *    A new header of the same table (table 二's blocks) changes the column map; a row that is only a
 *    group label ("第二十条第（五）项") is context; a row that matches nothing becomes an extra when
 *    another known row follows it. A section heading or another table's header ends the table
 *    (grid-scan.ts). A row whose merged cells do not line up with its header's (figures over 2 | 1 | 1
 *    columns under labels over 1 | 2 | 1) is read by order when it has as many figures as the header
 *    has cells, each from its own cell; otherwise it stays unread (extract-failed), never guessed.
 *    A value cell merged over several table rows (（六）其他处理's three sub-rows in one cell per column)
 *    is every row's when it is 0 or blank; any other figure is the rows' together and is not copied into
 *    them: those cells stay unread with extract-failed `mergedRows` (grid-scan.ts mergedOverRows).
 * 5. Texts no label could match (characters outside the labels' vocabulary, too few shared characters
 *    for the similarity threshold) are rejected before any edit distance, so big data sheets stay fast
 *    (grid-labels.ts).
 *
 * The text outside the tables (title, sections, period) is read by grid-text.ts.
 */
import { labelBody } from '../format/labels.js';
import { FORMAT_IDS, getFormat, TABLE_IDS, tableCells, type FormatId, type FormatSpec, type TableId } from '../format/spec.js';
import type { Finding } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import type { Grid } from './grid-cells.js';
import { fastBody, MAX_LABEL } from './grid-labels.js';
import { memoised } from '../format/memo.js';
import { locate } from './grid-scan.js';

export interface GridTables {
  tables: Report['tables'];
  /** Format version read from the labels; undefined when the labels do not tell. */
  format?: FormatId;
  findings: Finding[];
  /** Rows (0-based) that belong to the tables found, by grid index: not narrative text. */
  used?: Map<number, Set<number>>;
}

/** Undoes the apostrophe that neutralizes formula-like text (renderers/csv.ts `neutralize`). */
export function unneutralize(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

// ---------------------------------------------------------------------------------------------
// Format version
// ---------------------------------------------------------------------------------------------

let markerBodies: { id: FormatId; bodies: string[] }[] | undefined;
const markerHits = new Map<string, [FormatId, string][]>();

/** Format version from the labels only one version prints (formats.json markers). */
export function formatFromLabels(texts: Iterable<string>): FormatId | undefined {
  markerBodies ??= FORMAT_IDS.map((id) => ({ id, bodies: getFormat(id).markers.map(labelBody) }));
  const markers = markerBodies;
  const hits = new Map<FormatId, Set<string>>(FORMAT_IDS.map((id) => [id, new Set()]));
  for (const text of texts) {
    if (text.length > MAX_LABEL * 3) continue;
    // The markers a text holds, remembered per text (labels and numbers recur in every file).
    const found = memoised(markerHits, text, () => {
      const body = fastBody(text);
      const out: [FormatId, string][] = [];
      if (body === '') return out;
      for (const m of markers) for (const b of m.bodies) if (body.includes(b)) out.push([m.id, b]);
      return out;
    });
    for (const [id, b] of found) hits.get(id)!.add(b);
  }
  const [a, b] = FORMAT_IDS.map((id) => hits.get(id)!.size) as [number, number];
  if (a === b) return undefined;
  return a > b ? FORMAT_IDS[0] : FORMAT_IDS[1];
}

interface TableFound {
  content: Report['tables'][TableId] & object;
  grid: number;
  rows: Set<number>;
  cells: number;
  /** Rows of the table left unread (extract-failed). */
  findings: Finding[];
}

interface AllFound {
  found: Partial<Record<TableId, TableFound>>;
  cells: number;
  extras: number;
}

function findAll(grids: Grid[], spec: FormatSpec): AllFound {
  const found: AllFound['found'] = {};
  let cells = 0;
  let extras = 0;
  for (const id of TABLE_IDS) {
    const t = spec.tables[id];
    const others = TABLE_IDS.filter((x) => x !== id).map((x) => spec.tables[x]);
    const f = locate(grids, t, spec.id, others);
    if (!f) continue;
    found[id] = { content: f.content, grid: f.grid, rows: f.rows, cells: f.cellCount, findings: f.findings };
    cells += f.cellCount;
    extras += f.content.extras.length;
  }
  return { found, cells, extras };
}

function assemble(all: AllFound['found']): { tables: Report['tables']; used: Map<number, Set<number>>; findings: Finding[] } {
  const tables: Report['tables'] = {};
  const used = new Map<number, Set<number>>();
  const findings: Finding[] = [];
  for (const id of TABLE_IDS) {
    const f = all[id];
    if (!f) continue;
    tables[id] = f.content;
    findings.push(...f.findings);
    const set = used.get(f.grid) ?? new Set<number>();
    for (const r of f.rows) set.add(r);
    used.set(f.grid, set);
  }
  return { tables, used, findings };
}

/** How well a table read fits its layout: cells read, less the rows and columns it could not place. */
const fit = (f: TableFound | undefined): number => (f ? f.cells - f.content.extras.length : -1);

/**
 * Mixed layouts (#17 item 1): a table filled in by the other version of the format — a 2021 report whose
 * table 三 keeps the 2019 single （六）其他处理 row, or whose table 二 keeps the 2019 columns. Only a table
 * that does not fit the report's version (rows or cells missing, rows or columns outside it) is read again
 * by the other version, and taken with `layout` set when it fits that one strictly better.
 */
function mixedLayouts(grids: Grid[], format: FormatId, read: AllFound): AllFound['found'] {
  const spec = getFormat(format);
  const misfits = TABLE_IDS.filter((id) => {
    const f = read.found[id];
    return f !== undefined && (f.cells < tableCells(spec.tables[id]).length || f.content.extras.length > 0);
  });
  if (misfits.length === 0) return read.found;
  const other = FORMAT_IDS.find((x) => x !== format)!;
  const alt = findAll(grids, getFormat(other));
  const out = { ...read.found };
  for (const id of misfits) {
    const a = alt.found[id];
    if (!a || fit(a) <= fit(read.found[id])) continue;
    out[id] = { ...a, content: { ...a.content, layout: other } };
  }
  return out;
}

/** Finds tables 二/三/四 in the grids (see the module comment). */
export function findTables(grids: Grid[]): GridTables {
  const texts: string[] = [];
  for (const g of grids) for (const row of g.rows) for (const c of row) if (c && c.text.trim() !== '') texts.push(c.text);
  const byMarkers = formatFromLabels(texts);
  if (byMarkers) {
    const r = assemble(mixedLayouts(grids, byMarkers, findAll(grids, getFormat(byMarkers))));
    return { tables: r.tables, format: byMarkers, findings: r.findings, used: r.used };
  }
  // No version-specific label: the version whose rows fit better (table 三's （六）其他处理).
  const [a, b] = FORMAT_IDS.map((id) => findAll(grids, getFormat(id))) as [ReturnType<typeof findAll>, ReturnType<typeof findAll>];
  const score = (x: typeof a): number => x.cells - x.extras;
  if (score(a) !== score(b) && a.cells + b.cells > 0) {
    const [win, id] = score(a) > score(b) ? [a, FORMAT_IDS[0]] : [b, FORMAT_IDS[1]];
    const r = assemble(win.found);
    return { tables: r.tables, format: id, findings: r.findings, used: r.used };
  }
  const r = assemble(a.found);
  return { tables: r.tables, findings: r.findings, used: r.used };
}
