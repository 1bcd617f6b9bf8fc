/**
 * What a cell text is, for the table finder (grid.ts): a section heading, a value (number or
 * placeholder), or a column, row, row-group or column-group label of one table spec, the label-column
 * header or the corner note. Every answer is remembered per text (the same texts recur row after row
 * and file after file; memos are bounded so a batch's unique texts do not pile up), and texts that
 * share too few characters with the labels are rejected before any edit distance is computed, so big
 * data sheets stay fast.
 */
import { labelBody, matchLabel, matchNumbered, matchTypo, similarity, splitNumbering, withoutNotes, type LabelMatch, type Labelled } from '../format/labels.js';
import { memoised } from '../format/memo.js';
import { matchSection } from '../format/sections.js';
import { getFormat, type FormatId, type TableSpec } from '../format/spec.js';
import { parseCellText } from '../model/cell.js';
import { maxOf } from '../lists.js';

/** Bodies of the six template titles and their listed variants (schemas/format/sections.json). */
let sectionBodies: Set<string> | undefined;

/**
 * A section heading in a cell: numbered ("六、…") or the template title or a listed variant. An
 * unnumbered sentence that only resembles one ("无其他需要报告的事项。") is text.
 */
export function headingMatch(text: string): ReturnType<typeof matchSection> {
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
export const MAX_LABEL = 100;

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
export function couldMatch(text: string, items: readonly Labelled[], minScore: number): boolean {
  let it = itemShapes.get(items);
  if (!it) {
    const shapes = items.flatMap((i) => [i.label, ...(i.variants ?? [])]).flatMap((l) => [shape(labelBody(l)), shape(labelBody(withoutNotes(l)))]);
    const union = new Set<string>();
    for (const sh of shapes) for (const ch of sh.counts.keys()) union.add(ch);
    it = { shapes, union, maxLen: Math.max(0, maxOf(shapes, (x) => x.len)) };
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
export function fastBody(text: string): string {
  let out = '';
  for (const ch of text) out += charForm(ch);
  return out;
}

export function isValueText(text: string): boolean {
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
 * 200 characters are not remembered (format/memo.ts: a memo of long texts would keep megabytes alive across files).
 */
interface SpecMemo {
  col: Map<string, string | undefined>;
  row: Map<string, string | undefined>;
  rgroup: Map<string, string | undefined>;
  cgroup: Map<string, string | undefined>;
  header: Map<string, boolean>;
  note: Map<string, boolean>;
  typo: Map<string, LabelMatch | undefined>;
  columnTypo: Map<string, string | undefined>;
}
const specMemos = new WeakMap<TableSpec, SpecMemo>();
export function specMemo(t: TableSpec): SpecMemo {
  let m = specMemos.get(t);
  if (!m) specMemos.set(t, (m = { col: new Map(), row: new Map(), rgroup: new Map(), cgroup: new Map(), header: new Map(), note: new Map(), typo: new Map(), columnTypo: new Map() }));
  return m;
}

/** A column label never carries a numbering ("3.其他" is a row, "其他" a column). */
export function matchColumn(text: string, t: TableSpec, f: FormatId): string | undefined {
  return memoised(specMemo(t).col, text, () => {
    if (text.trim() === '' || isValueText(text) || splitNumbering(text).numbering !== '') return undefined;
    return match(text, `col:${f}:${t.id}`, t.columns)?.id;
  });
}

export function matchRow(text: string, t: TableSpec, f: FormatId): string | undefined {
  return memoised(specMemo(t).row, text, () => {
    if (text.trim() === '' || isValueText(text)) return undefined;
    return match(text, `row:${f}:${t.id}`, t.rows)?.id;
  });
}

/**
 * How a row label matched (after matchRow found it) — or, when matchRow found nothing, a numbered label
 * with a typo matched by matchNumbered, an unnumbered one (table 二's rows) by matchTypo. `similar` means printed differently from the official label: the
 * table-label rule reports it.
 */
export function rowMatch(text: string, t: TableSpec, f: FormatId): LabelMatch | undefined {
  const t0 = text.trim();
  if (t0 === '' || t0.length > MAX_LABEL || isValueText(t0)) return undefined;
  if (matchRow(text, t, f) !== undefined) return match(text, `row:${f}:${t.id}`, t.rows);
  return memoised(specMemo(t).typo, text, () => matchNumbered(t0, t.rows) ?? matchTypo(t0, t.rows));
}

/**
 * A column label printed with a slip that matchColumn leaves unmatched — table 四's ("其它结果", "尚末审结"), a
 * 2019 table 二's header with words dropped ("本公开数量" for 本年新公开数量) —: matchTypo among the table's
 * columns (within typoBound of the label's length, strictly closer than every other column).
 */
export function columnTypo(text: string, t: TableSpec, f: FormatId): string | undefined {
  return memoised(specMemo(t).columnTypo, text, () => {
    const t0 = text.trim();
    if (t0 === '' || t0.length > MAX_LABEL || isValueText(t0) || matchColumn(text, t, f) !== undefined) return undefined;
    return matchTypo(t0, t.columns)?.id;
  });
}

export function matchRowGroup(text: string, t: TableSpec, f: FormatId): string | undefined {
  return memoised(specMemo(t).rgroup, text, () => {
    if (text.trim() === '' || isValueText(text) || t.rowGroups.length === 0) return undefined;
    return match(text, `rgroup:${f}:${t.id}`, t.rowGroups, 0.85)?.id;
  });
}

export function matchColumnGroup(text: string, t: TableSpec, f: FormatId): string | undefined {
  return memoised(specMemo(t).cgroup, text, () => {
    if (text.trim() === '' || isValueText(text) || t.columnGroups.length === 0) return undefined;
    return match(text, `cgroup:${f}:${t.id}`, t.columnGroups, 0.85)?.id;
  });
}

export function isLabelHeader(text: string, t: TableSpec): boolean {
  return t.labelHeader !== undefined && labelBody(text) === labelBody(t.labelHeader);
}

export function isNote(text: string, t: TableSpec): boolean {
  if (t.note === undefined || text.length > MAX_LABEL) return false;
  return memoised(specMemo(t).note, text, () => similarity(labelBody(text), labelBody(t.note!)) >= 0.8);
}
