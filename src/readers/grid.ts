/**
 * The shared table finder of the grid formats (XLSX, CSV, HTML, DOCX).
 *
 * A grid reader turns its input into grids of cell texts with their physical sources (merged areas
 * expanded: every covered position carries the merged cell). `findTables` then finds tables 二/三/四
 * by their labels wherever they are — any grid, any start row or column, all on one grid or split
 * across several — and maps every cell to the model's `row.column` keys through the label data of
 * schemas/format, never through fixed positions:
 *
 * 1. The format version (2021 | 2019) comes from the labels only one version prints
 *    (formats.json `markers`). Without markers both versions are tried and the better fit wins.
 * 2. A table's header is a band of up to four consecutive rows without numbers, holding its column
 *    labels (and column groups, the label-column header, the corner note; for table 四, whose logical
 *    rows are laid out as column groups, the row labels too). Group labels extend to the right over
 *    empty cells, as merged headers do when a spreadsheet is saved without merges. The header's
 *    columns end where another table's labels begin, so tables side by side are read apart.
 * 3. Each grid column right of the label area gets its column id from the lowest header text in it
 *    (and, for table 四, its row id from the lowest row label above it).
 * 4. Below the header, each row's label is the rightmost text left of the first value column that
 *    matches a row of the table ("1.属于国家秘密" beside "（三）不予公开" beside "三、本年度办理结果").
 *    A new header of the same table (table 二's blocks) changes the column map; a row that is only a
 *    group label ("第二十条第（五）项") is context; a row that matches nothing becomes an extra when
 *    another known row follows it. A section heading or another table's header ends the table.
 * 5. Texts no label could match (characters outside the labels' vocabulary, too few shared characters
 *    for the similarity threshold) are rejected before any edit distance, so big data sheets stay fast.
 */
import { labelBody, matchLabel, similarity, splitNumbering, withoutNotes, type LabelMatch, type Labelled } from '../format/labels.js';
import { matchSection } from '../format/sections.js';
import { FORMAT_IDS, getFormat, TABLE_IDS, type FormatId, type FormatSpec, type TableId, type TableSpec } from '../format/spec.js';
import { parseCellText } from '../model/cell.js';
import type { Finding } from '../model/diagnostic.js';
import type { Source } from '../model/location.js';
import { findPeriod, isTitleLine, metaFromTitle } from '../model/meta.js';
import { emptyTable, type Report, type SectionText, type TableContent } from '../model/report.js';

/** One cell of a grid: its text as shown and where it is in the input. */
export interface GridCell {
  text: string;
  source: Source;
}

/**
 * A sheet, CSV file or HTML/DOCX table as a grid of rows. Merged areas are already expanded: every
 * covered position carries the merged cell's text (and its source, the top-left cell). `undefined`
 * is a position outside the input's cells.
 */
export interface Grid {
  name: string;
  rows: (GridCell | undefined)[][];
}

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

/** Bodies of the six template titles and their listed variants (schemas/format/sections.json). */
let sectionBodies: Set<string> | undefined;

/**
 * A section heading in a cell: numbered ("六、…") or the template title or a listed variant. An
 * unnumbered sentence that only resembles one ("无其他需要报告的事项。") is text.
 */
function headingMatch(text: string): ReturnType<typeof matchSection> {
  if (text.length > MAX_LABEL) return undefined;
  return memoised(headings, text, () => headingMatchOf(text));
}

const headings = new Map<string, ReturnType<typeof matchSection>>();

function headingMatchOf(text: string): ReturnType<typeof matchSection> {
  const { numbering } = splitNumbering(text);
  if (numbering === '') {
    // Cheap path for the many unnumbered cells of a sheet: only the exact title or a variant counts.
    sectionBodies ??= new Set(getFormat('2021').sections.flatMap((x) => [x.title, ...x.variants].map((l) => labelBody(l))));
    if (!sectionBodies.has(labelBody(text))) return undefined;
  } else if (!numbering.endsWith('、')) return undefined;
  const m = matchSection(text);
  if (!m) return undefined;
  return m.how !== 'similar' || numbering !== '' ? m : undefined;
}

/** Longest text treated as a possible label (the longest official label has about 40 characters). */
const MAX_LABEL = 100;

// ---------------------------------------------------------------------------------------------
// Label matching, memoised, with a quick rejection
// ---------------------------------------------------------------------------------------------

const memo = new Map<string, LabelMatch | undefined>();

interface Shape {
  len: number;
  counts: Map<string, number>;
}

function shape(s: string): Shape {
  const counts = new Map<string, number>();
  let len = 0;
  for (const ch of s) {
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
    len++;
  }
  return { len, counts };
}

/** Characters two texts share, counted with multiplicity: an edit distance is at least max(len) − this. */
function overlap(a: Shape, b: Shape): number {
  let n = 0;
  for (const [ch, k] of a.counts) n += Math.min(k, b.counts.get(ch) ?? 0);
  return n;
}

interface ItemShapes {
  shapes: Shape[];
  /** Every character of every label, and the longest label body. */
  union: Set<string>;
  maxLen: number;
}

const itemShapes = new WeakMap<readonly Labelled[], ItemShapes>();
const textShapes = new Map<string, [Shape, Shape]>();

function shapesOfText(text: string): [Shape, Shape] {
  let s = textShapes.get(text);
  if (!s) {
    if (textShapes.size > 100_000) textShapes.clear();
    s = [shape(labelBody(text)), shape(labelBody(withoutNotes(text)))];
    textShapes.set(text, s);
  }
  return s;
}

/**
 * Can `text` match any of `items` at all? matchLabel accepts equal bodies (with or without the notes)
 * or a similarity ≥ minScore, and similarity ≤ shared characters / longer length. A text sharing too
 * few characters with the labels is rejected without computing edit distances.
 */
function couldMatch(text: string, items: readonly Labelled[], minScore: number): boolean {
  let it = itemShapes.get(items);
  if (!it) {
    const shapes = items.flatMap((i) => [i.label, ...(i.variants ?? [])]).flatMap((l) => [shape(labelBody(l)), shape(labelBody(withoutNotes(l)))]);
    const union = new Set<string>();
    for (const sh of shapes) for (const ch of sh.counts.keys()) union.add(ch);
    it = { shapes, union, maxLen: Math.max(0, ...shapes.map((x) => x.len)) };
    itemShapes.set(items, it);
  }
  const { shapes, union, maxLen } = it;
  // Characters no label has cost an edit each: too many of them and no label can match.
  let len = 0;
  let missing = 0;
  for (const ch of fastBody(text)) {
    len++;
    if (!union.has(ch)) missing++;
  }
  if (missing > (1 - minScore) * Math.max(len, maxLen) + 1e-9) return false;
  return shapesOfText(text).some((a) => {
    if (a.len === 0) return false;
    let missing = 0;
    for (const [ch, k] of a.counts) if (!union.has(ch)) missing += k;
    if (missing > (1 - minScore) * Math.max(a.len, maxLen) + 1e-9) return false;
    return shapes.some((b) => overlap(a, b) >= minScore * Math.max(a.len, b.len) - 1e-9);
  });
}

function match(text: string, kind: string, items: readonly Labelled[], minScore = 0.8): LabelMatch | undefined {
  const t = text.trim();
  if (t === '' || t.length > MAX_LABEL) return undefined;
  const key = `${kind}\u0000${t}`;
  if (memo.has(key)) return memo.get(key);
  if (memo.size > 200_000) memo.clear();
  const m = couldMatch(t, items, minScore) ? matchLabel(t, items, minScore) : undefined;
  memo.set(key, m);
  return m;
}

const valueMemo = new Map<string, boolean>();

/** Per character: its form in a label body (NFKC, simplified, '' for spacing and punctuation). */
const charForms = new Map<string, string>();

function charForm(ch: string): string {
  let f = charForms.get(ch);
  if (f === undefined) {
    f = labelBody(`\u4e00${ch}`).slice(1);
    charForms.set(ch, f);
  }
  return f;
}

/** A text's characters as label bodies have them, without numbering removal: cheap, for filtering. */
function fastBody(text: string): string {
  let out = '';
  for (const ch of text) out += charForm(ch);
  return out;
}

function isValueText(text: string): boolean {
  let v = valueMemo.get(text);
  if (v === undefined) {
    const c = parseCellText(text);
    v = c.kind === 'number' || c.kind === 'placeholder';
    if (valueMemo.size > 100_000) valueMemo.clear();
    // Only short texts are remembered: a memo of long cell texts keeps megabytes alive across files.
    if (text.length <= 200) valueMemo.set(text, v);
  }
  return v;
}

/**
 * What a cell text is for one table spec (a spec belongs to one format version), remembered per text:
 * the same texts recur in every cell scan, row after row and file after file. Texts longer than
 * MEMO_TEXT are not remembered (a memo of long texts would keep megabytes alive across files).
 */
interface SpecMemo {
  col: Map<string, string | undefined>;
  row: Map<string, string | undefined>;
  rgroup: Map<string, string | undefined>;
  cgroup: Map<string, string | undefined>;
  header: Map<string, boolean>;
  note: Map<string, boolean>;
}
const specMemos = new WeakMap<TableSpec, SpecMemo>();
const MEMO_TEXT = 200;
/** Entries per map before it starts over: a batch's unique texts (titles, agency names) must not pile up. */
const MEMO_ENTRIES = 10_000;

function specMemo(t: TableSpec): SpecMemo {
  let m = specMemos.get(t);
  if (!m) specMemos.set(t, (m = { col: new Map(), row: new Map(), rgroup: new Map(), cgroup: new Map(), header: new Map(), note: new Map() }));
  return m;
}

function memoised<V>(map: Map<string, V>, text: string, make: () => V): V {
  if (text.length > MEMO_TEXT) return make();
  const hit = map.get(text);
  if (hit !== undefined || map.has(text)) return hit as V;
  const v = make();
  if (map.size >= MEMO_ENTRIES) map.clear();
  map.set(text, v);
  return v;
}

/** A column label never carries a numbering ("3.其他" is a row, "其他" a column). */
function matchColumn(text: string, t: TableSpec, f: FormatId): string | undefined {
  return memoised(specMemo(t).col, text, () => {
    if (text.trim() === '' || isValueText(text) || splitNumbering(text).numbering !== '') return undefined;
    return match(text, `col:${f}:${t.id}`, t.columns)?.id;
  });
}

function matchRow(text: string, t: TableSpec, f: FormatId): string | undefined {
  return memoised(specMemo(t).row, text, () => {
    if (text.trim() === '' || isValueText(text)) return undefined;
    return match(text, `row:${f}:${t.id}`, t.rows)?.id;
  });
}

function matchRowGroup(text: string, t: TableSpec, f: FormatId): string | undefined {
  return memoised(specMemo(t).rgroup, text, () => {
    if (text.trim() === '' || isValueText(text) || t.rowGroups.length === 0) return undefined;
    return match(text, `rgroup:${f}:${t.id}`, t.rowGroups, 0.85)?.id;
  });
}

function matchColumnGroup(text: string, t: TableSpec, f: FormatId): string | undefined {
  return memoised(specMemo(t).cgroup, text, () => {
    if (text.trim() === '' || isValueText(text) || t.columnGroups.length === 0) return undefined;
    return match(text, `cgroup:${f}:${t.id}`, t.columnGroups, 0.85)?.id;
  });
}

function isLabelHeader(text: string, t: TableSpec): boolean {
  return t.labelHeader !== undefined && labelBody(text) === labelBody(t.labelHeader);
}

function isNote(text: string, t: TableSpec): boolean {
  if (t.note === undefined || text.length > MAX_LABEL) return false;
  return memoised(specMemo(t).note, text, () => similarity(labelBody(text), labelBody(t.note!)) >= 0.8);
}

// ---------------------------------------------------------------------------------------------
// Grid access
// ---------------------------------------------------------------------------------------------

function textAt(g: Grid, r: number, c: number): string {
  return g.rows[r]?.[c]?.text.trim() ?? '';
}

function width(g: Grid): number {
  return g.rows.reduce((w, row) => Math.max(w, row.length), 0);
}

function rowIsEmpty(g: Grid, r: number, from = 0, to = Number.MAX_SAFE_INTEGER): boolean {
  const row = g.rows[r] ?? [];
  for (let c = Math.max(0, from); c <= Math.min(to, row.length - 1); c++) if ((row[c]?.text.trim() ?? '') !== '') return false;
  return true;
}

/** Does row r hold a number or placeholder in columns from..to? */
function rowHasValue(g: Grid, r: number, from = 0, to = Number.MAX_SAFE_INTEGER): boolean {
  const row = g.rows[r] ?? [];
  for (let c = Math.max(0, from); c <= Math.min(to, row.length - 1); c++) {
    const cell = row[c];
    if (cell !== undefined && isValueText(cell.text)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Headers
// ---------------------------------------------------------------------------------------------

/** Does a cell text belong to a header of table t? */
function isHeaderText(text: string, t: TableSpec, f: FormatId): boolean {
  return memoised(specMemo(t).header, text, () => {
    if (matchColumn(text, t, f) !== undefined || matchColumnGroup(text, t, f) !== undefined) return true;
    if (isLabelHeader(text, t) || isNote(text, t)) return true;
    if (t.transposed && (matchRow(text, t, f) !== undefined || matchRowGroup(text, t, f) !== undefined)) return true;
    return false;
  });
}

/** Columns of row r whose text belongs to a header of t. */
function headerColumns(g: Grid, r: number, t: TableSpec, f: FormatId): number[] {
  const out: number[] = [];
  (g.rows[r] ?? []).forEach((c, i) => c !== undefined && isHeaderText(c.text, t, f) && out.push(i));
  return out;
}

/** Labels a table's header may have left of its value columns (the label columns and the corner note). */
const LABEL_COLUMNS = 4;

/** A header row of t: header text within from..to (its seed's columns and label area), no value in span. */
function isHeaderRow(g: Grid, r: number, t: TableSpec, f: FormatId, from: number, to: number, span: [number, number]): boolean {
  if (rowHasValue(g, r, span[0], span[1])) return false;
  return headerColumns(g, r, t, f).some((c) => c >= from && c <= to);
}

/** Least number of distinct column labels that make a row the header of a table. */
function seedSize(t: TableSpec): number {
  // Table 二's blocks have their own columns: one column label ("本年处理决定数量") heads a block.
  if (t.rowGroups.some((g) => g.columns !== undefined)) return 1;
  return Math.min(3, t.columns.length);
}

/** Every column label of every table of both versions: a row naming none of them heads no table. */
let allColumns: Labelled[] | undefined;
const headerRows = new WeakMap<(GridCell | undefined)[], boolean>();

const columnLike = new Map<string, boolean>();

/** Could a cell text be a column label of some table (mayBeHeader's test, remembered per text)? */
function mayBeColumnLabel(text: string): boolean {
  if (text.length > MAX_LABEL) return false;
  return memoised(columnLike, text, () => {
    allColumns ??= FORMAT_IDS.flatMap((id) => TABLE_IDS.flatMap((t) => getFormat(id).tables[t].columns));
    return text.trim() !== '' && !isValueText(text) && couldMatch(text.trim(), allColumns, 0.8);
  });
}

function mayBeHeader(row: (GridCell | undefined)[]): boolean {
  let v = headerRows.get(row);
  if (v === undefined) {
    v = row.some((c) => c !== undefined && mayBeColumnLabel(c.text));
    headerRows.set(row, v);
  }
  return v;
}

/**
 * The columns a header seed of t spans in row r, if row r is one: a run of t's header texts (empty
 * cells allowed) naming enough distinct columns, with no value in it. The run stops at any other text,
 * so that a table beside it on the same rows is not taken in.
 */
function seedSpan(g: Grid, r: number, t: TableSpec, f: FormatId): [number, number] | undefined {
  const row = g.rows[r] ?? [];
  if (!mayBeHeader(row)) return undefined;
  // Quick exit: fewer distinct column labels in the whole row than a header needs.
  const all = new Set<string>();
  for (const cell of row) {
    const id = cell ? matchColumn(cell.text, t, f) : undefined;
    if (id !== undefined) all.add(id);
  }
  if (all.size < seedSize(t)) return undefined;
  const own = (c: number): 'empty' | 'header' | 'other' => {
    const text = row[c]?.text.trim() ?? '';
    if (text === '') return 'empty';
    return !isValueText(text) && isHeaderText(text, t, f) ? 'header' : 'other';
  };
  let c = 0;
  while (c < row.length) {
    if (own(c) !== 'header') {
      c++;
      continue;
    }
    let from = c;
    while (from - 1 >= 0 && own(from - 1) !== 'other') from--;
    let to = c;
    while (to + 1 < row.length && own(to + 1) !== 'other') to++;
    const ids = new Set<string>();
    for (let x = from; x <= to; x++) {
      const id = matchColumn(row[x]?.text ?? '', t, f);
      if (id !== undefined) ids.add(id);
    }
    if (ids.size >= seedSize(t)) {
      while (own(to) === 'empty') to--;
      while (own(from) === 'empty') from++;
      return [from, to];
    }
    c = to + 1;
  }
  return undefined;
}

function isSeed(g: Grid, r: number, t: TableSpec, f: FormatId): boolean {
  return seedSpan(g, r, t, f) !== undefined;
}

interface Band {
  top: number;
  bottom: number;
  /** Grid column → column id. */
  columns: Map<number, string>;
  /** Grid column → row id (table 四 laid out officially: rows as column groups). */
  rowHints: Map<number, string>;
  /** Grid column → header text that is no label of the table. */
  unknown: Map<number, GridCell>;
  /** First value column: everything left of it (down to `left`) is the label area. */
  firstCol: number;
  /** Leftmost column of the label area and last column of the table. */
  left: number;
  right: number;
}

function buildBand(g: Grid, seed: number, t: TableSpec, f: FormatId, others: TableSpec[]): Band | undefined {
  const span = seedSpan(g, seed, t, f);
  if (!span) return undefined;
  const [from, to] = [Math.max(0, span[0] - LABEL_COLUMNS), span[1]];
  let top = seed;
  while (top - 1 >= 0 && seed - (top - 1) < 4 && isHeaderRow(g, top - 1, t, f, from, to, span)) top--;
  let bottom = seed;
  while (bottom + 1 < g.rows.length && bottom + 1 - top < 4 && isHeaderRow(g, bottom + 1, t, f, from, to, span)) bottom++;
  const w = width(g);
  const foreign = (c: number): boolean => {
    for (let r = top; r <= bottom; r++) {
      const text = textAt(g, r, c);
      if (text === '') continue;
      if (isValueText(text)) return true;
      if (!isHeaderText(text, t, f) && others.some((o) => isHeaderText(text, o, f) || (matchRowGroup(text, o, f) ?? matchRow(text, o, f)) !== undefined)) return true;
    }
    return false;
  };
  const hasText = (c: number): boolean => {
    for (let r = top; r <= bottom; r++) if (textAt(g, r, c) !== '') return true;
    return false;
  };
  // The table ends at the first column after its header that is empty or belongs to another table.
  let right = span[1];
  while (right + 1 < w && hasText(right + 1) && !foreign(right + 1)) right++;
  // Its label area starts after the last column on the left that belongs to something else.
  let left = span[0];
  while (left - 1 >= 0 && !foreign(left - 1)) left--;
  // Group labels extend to the right over empty cells (a merged header saved without its merge).
  const filled: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: string[] = [];
    let carry = '';
    for (let c = 0; c <= right; c++) {
      const text = c >= left ? textAt(g, r, c) : '';
      if (text !== '') {
        const isGroup =
          matchColumnGroup(text, t, f) !== undefined ||
          (t.transposed && (matchRow(text, t, f) !== undefined || matchRowGroup(text, t, f) !== undefined));
        carry = isGroup ? text : '';
        line.push(text);
      } else {
        line.push(carry);
      }
    }
    filled.push(line);
  }
  const columns = new Map<number, string>();
  const rowHints = new Map<number, string>();
  const unknown = new Map<number, GridCell>();
  for (let c = left; c <= right; c++) {
    for (let r = bottom; r >= top; r--) {
      const text = textAt(g, r, c);
      if (text === '') continue;
      const id = matchColumn(text, t, f);
      if (id !== undefined) columns.set(c, id);
      else if (!isHeaderText(text, t, f) && !isNote(text, t)) unknown.set(c, g.rows[r]![c]!);
      break;
    }
    if (t.transposed) {
      for (let r = bottom; r >= top; r--) {
        const id = matchRow(filled[r - top]![c]!, t, f);
        if (id !== undefined) {
          rowHints.set(c, id);
          break;
        }
      }
    }
  }
  if (columns.size === 0) return undefined;
  const firstCol = Math.min(...columns.keys());
  for (const c of [...unknown.keys()]) if (c < firstCol) unknown.delete(c);
  return { top, bottom, columns, rowHints, unknown, firstCol, left, right };
}

// ---------------------------------------------------------------------------------------------
// One table in one grid
// ---------------------------------------------------------------------------------------------

interface Found {
  content: TableContent;
  rows: Set<number>;
  /** Last row looked at (scanning for the next occurrence goes on after it). */
  end: number;
  cellCount: number;
}

/** Grid columns of each column id, in grid order (per band; bands without row hints only). */
const bandColumns = new WeakMap<Band, Map<string, number[]>>();

function columnsOf(band: Band, colId: string, rowId: string): number[] {
  if (band.rowHints.size > 0) return [...band.columns.entries()].filter(([c, id]) => id === colId && band.rowHints.get(c) === rowId).map(([c]) => c);
  let byId = bandColumns.get(band);
  if (!byId) {
    byId = new Map();
    for (const [c, id] of band.columns) {
      const list = byId.get(id);
      if (list) list.push(c);
      else byId.set(id, [c]);
    }
    bandColumns.set(band, byId);
  }
  return byId.get(colId) ?? [];
}

/** Reads the value cells of one grid row into `content` for logical row `rowId`. */
function readValues(g: Grid, r: number, rowId: string, band: Band, t: TableSpec, content: TableContent): number {
  const spec = t.rows.find((x) => x.id === rowId);
  if (!spec) return 0;
  let n = 0;
  for (const colId of spec.columns) {
    const key = `${rowId}.${colId}`;
    if (content.cells[key] !== undefined) continue;
    const cols = columnsOf(band, colId, rowId);
    if (cols.length === 0) continue;
    // Merged value cells repeat the value; an unmerged spreadsheet puts it in one of the columns.
    const pick = cols.find((c) => textAt(g, r, c) !== '') ?? cols[0]!;
    const cell = g.rows[r]?.[pick];
    content.cells[key] = parseCellText(cell?.text ?? '', cell?.source);
    if (!cell) delete (content.cells[key] as { source?: Source }).source;
    n++;
  }
  return n;
}

function rowLabel(g: Grid, r: number, band: Band, t: TableSpec, f: FormatId): { row?: string; group?: string; label?: GridCell } {
  let label: GridCell | undefined;
  let group: string | undefined;
  for (let c = band.firstCol - 1; c >= band.left; c--) {
    const cell = g.rows[r]?.[c];
    const text = cell?.text.trim() ?? '';
    if (text === '' || isValueText(text)) continue;
    label ??= cell;
    const row = matchRow(text, t, f);
    if (row !== undefined) return { row, label: cell! };
    group ??= matchRowGroup(text, t, f);
  }
  return { ...(group !== undefined ? { group } : {}), ...(label ? { label } : {}) };
}

function firstText(g: Grid, r: number, from = 0, to = Number.MAX_SAFE_INTEGER): GridCell | undefined {
  const row = g.rows[r] ?? [];
  for (let c = Math.max(0, from); c <= Math.min(to, row.length - 1); c++) {
    const cell = row[c];
    if (cell !== undefined && cell.text.trim() !== '') return cell;
  }
  return undefined;
}

/** Is row r the header of another table, in columns that overlap this table's? */
function otherHeader(g: Grid, r: number, band: Band, others: TableSpec[], f: FormatId): boolean {
  return others.some((o) => {
    const span = seedSpan(g, r, o, f);
    return span !== undefined && span[0] <= band.right && span[1] >= band.left;
  });
}

/** Scans one occurrence of table t in grid g starting with the header seed at row `seed`. */
function scanTable(g: Grid, seed: number, t: TableSpec, f: FormatId, others: TableSpec[]): Found | undefined {
  let band = buildBand(g, seed, t, f, others);
  if (!band) return undefined;
  const topCell = firstText(g, band.top, band.left, band.right);
  const content = emptyTable(topCell?.source);
  const used = new Set<number>();
  for (let r = band.top; r <= band.bottom; r++) used.add(r);
  // A group label right above the first header ("第二十条第（一）项") belongs to the table.
  const above = band.top - 1;
  if (above >= 0 && (g.rows[above] ?? []).some((c, i) => c !== undefined && i >= band!.left && i <= band!.right && matchRowGroup(c.text, t, f) !== undefined)) used.add(above);
  const extraColumns = new Set<string>();
  const noteColumns = (b: Band): void => {
    for (const cell of b.unknown.values()) {
      if (extraColumns.has(cell.text.trim())) continue;
      extraColumns.add(cell.text.trim());
      content.extras.push({ kind: 'column', label: cell.text.trim(), source: cell.source });
    }
  };
  noteColumns(band);
  let cellCount = 0;
  let pending: { r: number; label: string; source?: Source }[] = [];
  let end = band.bottom;
  const seen = new Set<string>();
  let misses = 0;
  for (let r = band.bottom + 1; r < g.rows.length; r++) {
    if (band.rowHints.size > 0) {
      // Official layout of table 四: one data row right under the header.
      const rowIds = new Set(band.rowHints.values());
      for (const id of rowIds) cellCount += readValues(g, r, id, band, t, content);
      used.add(r);
      end = r;
      break;
    }
    if (rowIsEmpty(g, r, band.left, band.right)) {
      if (++misses > 4) break;
      continue;
    }
    const lab = rowLabel(g, r, band, t, f);
    if (lab.row !== undefined) {
      for (const p of pending) {
        content.extras.push({ kind: 'row', label: p.label, ...(p.source ? { source: p.source } : {}) });
        used.add(p.r);
      }
      pending = [];
      misses = 0;
      used.add(r);
      end = r;
      if (seen.has(lab.row)) {
        content.extras.push({ kind: 'row', label: lab.label?.text.trim() ?? lab.row, ...(lab.label ? { source: lab.label.source } : {}) });
        continue;
      }
      seen.add(lab.row);
      cellCount += readValues(g, r, lab.row, band, t, content);
      continue;
    }
    if (isSeed(g, r, t, f)) {
      const next = buildBand(g, r, t, f, others);
      if (next && next.top >= r && next.firstCol <= band.right && next.right >= band.firstCol) {
        band = next;
        noteColumns(band);
        for (let x = band.top; x <= band.bottom; x++) used.add(x);
        r = band.bottom;
        end = r;
        misses = 0;
        continue;
      }
    }
    if (otherHeader(g, r, band, others, f)) break;
    const head = firstText(g, r, band.left, band.right);
    if (lab.group !== undefined && !rowHasValue(g, r, band.left, band.right)) {
      used.add(r);
      continue;
    }
    const line = firstText(g, r);
    if (line && headingMatch(line.text.split('\n')[0] ?? '') !== undefined) break;
    if (++misses > 4) break;
    const text = lab.label?.text.trim() ?? head?.text.trim() ?? '';
    pending.push({ r, label: text, ...(lab.label ? { source: lab.label.source } : head ? { source: head.source } : {}) });
  }
  // Unknown rows after the last known one are extras only when they hold values under the header.
  for (const p of pending) {
    if (![...band.columns.keys()].some((c) => isValueText(textAt(g, p.r, c)))) continue;
    content.extras.push({ kind: 'row', label: p.label, ...(p.source ? { source: p.source } : {}) });
    used.add(p.r);
  }
  return { content, rows: used, end, cellCount };
}

interface Located extends Found {
  grid: number;
}

function locate(grids: Grid[], t: TableSpec, f: FormatId, others: TableSpec[]): Located | undefined {
  let best: Located | undefined;
  grids.forEach((g, gi) => {
    for (let r = 0; r < g.rows.length; r++) {
      if (!isSeed(g, r, t, f)) continue;
      const found = scanTable(g, r, t, f, others);
      if (!found) continue;
      if (!best || found.cellCount > best.cellCount) best = { ...found, grid: gi };
      r = Math.max(r, found.end);
    }
  });
  return best;
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

function findAll(grids: Grid[], spec: FormatSpec): { tables: Report['tables']; used: Map<number, Set<number>>; cells: number; extras: number } {
  const tables: Report['tables'] = {};
  const used = new Map<number, Set<number>>();
  let cells = 0;
  let extras = 0;
  for (const id of TABLE_IDS) {
    const t = spec.tables[id];
    const others = TABLE_IDS.filter((x) => x !== id).map((x) => spec.tables[x]);
    const found = locate(grids, t, spec.id, others);
    if (!found) continue;
    tables[id as TableId] = found.content;
    cells += found.cellCount;
    extras += found.content.extras.length;
    const set = used.get(found.grid) ?? new Set<number>();
    for (const r of found.rows) set.add(r);
    used.set(found.grid, set);
  }
  return { tables, used, cells, extras };
}

/** Finds tables 二/三/四 in the grids (see the module comment). */
export function findTables(grids: Grid[]): GridTables {
  const texts: string[] = [];
  for (const g of grids) for (const row of g.rows) for (const c of row) if (c && c.text.trim() !== '') texts.push(c.text);
  const byMarkers = formatFromLabels(texts);
  if (byMarkers) {
    const r = findAll(grids, getFormat(byMarkers));
    return { tables: r.tables, format: byMarkers, findings: [], used: r.used };
  }
  // No version-specific label: the version whose rows fit better (table 三's （六）其他处理).
  const [a, b] = FORMAT_IDS.map((id) => findAll(grids, getFormat(id))) as [ReturnType<typeof findAll>, ReturnType<typeof findAll>];
  const score = (x: typeof a): number => x.cells - x.extras;
  if (score(a) !== score(b) && a.cells + b.cells > 0) {
    const [win, id] = score(a) > score(b) ? [a, FORMAT_IDS[0]] : [b, FORMAT_IDS[1]];
    return { tables: win.tables, format: id, findings: [], used: win.used };
  }
  return { tables: a.tables, findings: [], used: a.used };
}

// ---------------------------------------------------------------------------------------------
// Narrative text: title and the six sections
// ---------------------------------------------------------------------------------------------

export interface GridText {
  title?: string;
  titleSource?: Source;
  agency?: string;
  year?: number;
  period?: Report['period'];
  sections: SectionText[];
}

/**
 * Title, sections and period from the grids' text cells outside the tables: a heading 一、…六、 in a
 * cell starts a section; the cells below or beside it, up to the next heading, are its text.
 */
export function textFromGrids(grids: Grid[], used: Map<number, Set<number>> = new Map()): GridText {
  const out: GridText = { sections: [] };
  const byId = new Map<string, SectionText>();
  let current: SectionText | undefined;
  const append = (s: SectionText, text: string, source: Source): void => {
    if (s.text === '') s.textSource = source;
    s.text = s.text === '' ? text : `${s.text}\n${text}`;
  };
  grids.forEach((g, gi) => {
    const skip = used.get(gi) ?? new Set<number>();
    g.rows.forEach((row, r) => {
      if (skip.has(r)) return;
      let prev: GridCell | undefined;
      for (const cell of row) {
        // A merged area repeats its cell: take it once.
        if (!cell || cell === prev || cell.text.trim() === '') {
          prev = cell;
          continue;
        }
        prev = cell;
        const text = cell.text.replace(/\r\n?/g, '\n').trim();
        if (isValueText(text) && current === undefined) continue;
        const [first = '', ...rest] = text.split('\n');
        const m = headingMatch(first);
        if (m) {
          const seen = byId.get(m.id);
          if (seen) current = seen;
          else {
            current = { heading: first.trim(), text: '', source: cell.source };
            byId.set(m.id, current);
            out.sections.push(current);
          }
          const body = rest.join('\n').trim();
          if (body !== '') append(current, body, cell.source);
          continue;
        }
        if (out.title === undefined && out.sections.length === 0 && isTitleLine(first)) {
          out.title = first.trim();
          out.titleSource = cell.source;
          const meta = metaFromTitle(out.title);
          if (meta.agency !== undefined) out.agency = meta.agency;
          if (meta.year !== undefined) out.year = meta.year;
          continue;
        }
        if (current) append(current, text, cell.source);
        if (!out.period) {
          const p = findPeriod(text);
          if (p) out.period = { ...p, source: cell.source };
        }
      }
    });
  });
  return out;
}
