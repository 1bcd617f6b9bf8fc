/**
 * Unread table cells the report's own sums force (#17). A cell a reader could not read (an extraction
 * finding names it and the table has no value for it) is in the same equations the sum rules check
 * (schemas/format: R1–R4, rules/equations.ts). When those relations leave it exactly one value it is
 * taken: the cells of tables 三 and 四 are whole counts, never negative, so
 * - when the cells an equation has already make it hold, every unread cell on the side that is short is 0;
 * - when one unread cell is left in an equation, it is the difference (a whole number ≥ 0 for a count).
 * Values found that way are used in turn (a row's total forced by its column, then the row), until
 * nothing more is forced. A value is kept only when every equation the cell is in can then be checked
 * and holds — counted as the sum rules count (blanks as 0 where they would) — so a resolution never
 * hides a sum break: a broken or unchecked relation leaves its cells unread. A cell the reader read
 * figures for (a row of run-together digits, a row with too few or too many figures: the finding has
 * `raw`) is not resolved: the figures printed there are evidence the sums must not overrule — except a
 * row of run-together digits whose every split the reader kept (TableContent.ambiguous): each combination
 * of those rows' splits is tried with the cells it forces, and exactly one that leaves no relation broken
 * (and with which every relation of those rows holds) is taken (settleGlued).
 *
 * Each row with resolved cells gets an extract-resolved note naming the relations used and the values;
 * the reader's finding gives way when it no longer names an unread cell. The published real pattern: a
 * 2021 table 三 whose three （六）其他处理 sub-rows share one merged row of cells (rowspan=3) — flattened,
 * their figures follow sub-row 1 only and sub-rows 2 and 3 have none; （七）总计 forces them.
 */
import { rowName, shortLabel } from '../format/labels.js';
import { equationBindings, tableCells, TABLE_IDS, type CellType, type EquationSpec, type TableId, type TableSpec } from '../format/spec.js';
import { parseCellText, type Cell } from '../model/cell.js';
import type { Finding, Related } from '../model/diagnostic.js';
import type { Source } from '../model/location.js';
import { tableSpec, type AmbiguousRow, type Report, type TableContent } from '../model/report.js';
import { equationState, isBlankCell as isBlank } from '../model/sums.js';
import { resolveFormat } from './resolve.js';

/** One equation bound to a column or a row: the `row.column` keys of its two sides. */
interface Relation {
  eq: EquationSpec;
  bound: string;
  left: string[];
  right: string[];
}

const EPS = 1e-9;

function relationsOf(t: TableSpec): Relation[] {
  const out: Relation[] = [];
  for (const eq of t.equations) {
    for (const bound of equationBindings(t, eq)) {
      const key = (term: string): string => (eq.each === 'column' ? `${term}.${bound}` : `${bound}.${term}`);
      out.push({ eq, bound, left: eq.left.map(key), right: eq.right.map(key) });
    }
  }
  return out;
}

/** The reader's findings that leave cells of `table` unread (extraction findings, not the notes of a resolution). */
function unreadFindings(report: Report, table: TableId): Finding[] {
  return report.findings.filter((f) => f.location.table === table && f.ruleId.startsWith('extract-') && f.ruleId !== 'extract-resolved');
}

function names(f: Finding, row: string, column: string): boolean {
  return (f.location.row === undefined || f.location.row === row) && (f.location.column === undefined || f.location.column === column);
}

/** Whether `v` is a value a cell of type `type` can hold. */
function fits(v: number, type: CellType): boolean {
  if (type === 'count') return v >= -EPS && Math.abs(v - Math.round(v)) < EPS;
  if (type === 'amount') return v >= -EPS;
  return Math.abs(v - Math.round(v)) < EPS;
}

/** A forced value, rounded where the type is whole, without a negative zero. */
function clean(v: number, type: CellType): number {
  const x = type === 'amount' ? Number(v.toFixed(6)) : Math.round(v);
  return x === 0 ? 0 : x;
}

interface Forced {
  value: number;
  /** The relation that forced it. */
  by: Relation;
}

/**
 * The values the relations force on the table's open cells (`open`: keys of unread cells that may be
 * resolved; `cells`: the table's cells), before the check that every relation of a resolved cell holds;
 * `broken` when the relations contradict the cells (a sum that does not hold, or one that would need an
 * unread count below 0 or not whole).
 */
function force(t: TableSpec, cells: Readonly<Record<string, Cell>>, relations: Relation[], open: Set<string>, blocked: Set<string>): { forced: Map<string, Forced>; broken: boolean } {
  const typeOf = (key: string): CellType => t.columns.find((c) => c.id === key.slice(key.indexOf('.') + 1))?.type ?? 'count';
  const forced = new Map<string, Forced>();
  let broken = false;
  const valueOf = (key: string): number | undefined => {
    const f = forced.get(key);
    if (f) return f.value;
    const c = cells[key];
    if (c?.kind === 'number') return c.value;
    if (isBlank(c)) return 0;
    return undefined;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const rel of relations) {
      const terms = [...rel.left.map((k) => ({ k, sign: 1 })), ...rel.right.map((k) => ({ k, sign: -1 }))];
      const unknown = terms.filter((x) => valueOf(x.k) === undefined);
      if (unknown.length === 0) continue;
      // Another cell without a value that may not be resolved (missing, text, figures the reader saw): nothing is forced here.
      if (unknown.some((x) => !open.has(x.k) || blocked.has(x.k))) continue;
      // sum(sign × value) = 0  →  the unknown cells' signed sum is `rest`.
      const rest = -terms.reduce((a, x) => a + x.sign * (valueOf(x.k) ?? 0), 0);
      const oneSide = new Set(unknown.map((x) => x.sign)).size === 1;
      let values: number[] | undefined;
      if (unknown.length === 1) {
        const v = rest * unknown[0]!.sign;
        if (fits(v, typeOf(unknown[0]!.k))) values = [clean(v, typeOf(unknown[0]!.k))];
        else broken = true;
      } else if (oneSide && unknown.every((x) => typeOf(x.k) !== 'signed')) {
        // Unknowns on one side, never negative: adding up to 0, each is 0; to less than 0, impossible.
        const need = rest * unknown[0]!.sign;
        if (Math.abs(need) < EPS) values = unknown.map(() => 0);
        else if (need < 0) broken = true;
      }
      if (!values) continue;
      unknown.forEach((x, i) => forced.set(x.k, { value: values[i]!, by: rel }));
      changed = true;
    }
  }
  if (!broken) {
    const cellOf = (key: string): Cell | undefined => (forced.has(key) ? { kind: 'number', value: forced.get(key)!.value } : cells[key]);
    broken = relations.some((rel) => equationState(rel.left.map(cellOf), rel.right.map(cellOf)) === 'broken');
  }
  return { forced, broken };
}

/**
 * Keeps a forced value only when every relation of its cell can be checked with it and holds; dropping
 * one can leave another's relation unchecked, so repeats until nothing more is dropped.
 */
function keepHolding(cells: Readonly<Record<string, Cell>>, relations: Relation[], forced: Map<string, Forced>): void {
  const cellOf = (key: string): Cell | undefined => (forced.has(key) ? { kind: 'number', value: forced.get(key)!.value } : cells[key]);
  for (let dropped = true; dropped; ) {
    dropped = false;
    for (const key of [...forced.keys()]) {
      const ok = relations.filter((rel) => rel.left.includes(key) || rel.right.includes(key)).every((rel) => equationState(rel.left.map(cellOf), rel.right.map(cellOf)) === 'holds');
      if (!ok) {
        forced.delete(key);
        dropped = true;
      }
    }
  }
}

/** At most this many combinations of a table's glued rows' splits are tried with the forced cells. */
const MAX_COMBINATIONS = 4096;

/** The table's cells with one split of each glued row set. */
function withSplits(cells: Readonly<Record<string, Cell>>, rows: readonly AmbiguousRow[], choice: readonly number[]): Record<string, Cell> {
  const out: Record<string, Cell> = Object.assign(Object.create(null) as Record<string, Cell>, cells);
  rows.forEach((row, i) => {
    row.candidates[choice[i]!]!.forEach((piece, j) => {
      out[`${row.row}.${row.columns[j]!}`] = parseCellText(piece.raw, piece.source);
    });
  });
  return out;
}

/**
 * The glued rows of the table (every split kept by the reader, cells unread) that the relations single
 * out together with the cells they force: each combination of splits is tried, the unread cells forced
 * with it; when exactly one combination leaves the relations unbroken, and with it every relation of the
 * glued rows' cells can be checked and holds, it is the one. Its splits and forced values, or undefined.
 */
function settleGlued(
  t: TableSpec,
  content: TableContent,
  relations: Relation[],
  open: Set<string>,
  blocked: Set<string>,
): { rows: AmbiguousRow[]; choice: number[]; cells: Record<string, Cell>; forced: Map<string, Forced> } | undefined {
  const rows = (content.ambiguous ?? []).filter((r) => r.candidates.length > 0 && r.columns.every((c) => content.cells[`${r.row}.${c}`] === undefined));
  if (rows.length === 0) return undefined;
  const total = rows.reduce((a, r) => a * r.candidates.length, 1);
  if (total > MAX_COMBINATIONS) return undefined;
  const set = new Set(rows.flatMap((r) => r.columns.map((c) => `${r.row}.${c}`)));
  const stillOpen = new Set([...open].filter((k) => !set.has(k)));
  let found: { choice: number[]; cells: Record<string, Cell>; forced: Map<string, Forced> } | undefined;
  for (let n = 0; n < total; n++) {
    const choice: number[] = [];
    let k = n;
    for (const r of rows) {
      choice.push(k % r.candidates.length);
      k = Math.floor(k / r.candidates.length);
    }
    const cells = withSplits(content.cells, rows, choice);
    const { forced, broken } = force(t, cells, relations, stillOpen, blocked);
    if (broken) continue;
    if (found) return undefined;
    found = { choice, cells, forced };
  }
  if (!found) return undefined;
  keepHolding(found.cells, relations, found.forced);
  const cellOf = (key: string): Cell | undefined => (found.forced.has(key) ? { kind: 'number', value: found.forced.get(key)!.value } : found.cells[key]);
  const glued = relations.filter((rel) => [...rel.left, ...rel.right].some((k) => set.has(k)));
  if (!glued.every((rel) => equationState(rel.left.map(cellOf), rel.right.map(cellOf)) === 'holds')) return undefined;
  return { rows, ...found };
}

/**
 * An equation in words, zh and en, with the official labels: a column equation as it holds in the
 * resolved cell's column ("所在列中“（一）予以公开”至“（六）其他处理/3.其他”之和等于“（七）总计”"), a row
 * equation in its row.
 */
function relationText(t: TableSpec, eq: EquationSpec): { zh: string; en: string } {
  const label = (term: string): string => {
    if (eq.each === 'row') return t.columns.find((c) => c.id === term)?.label ?? term;
    const row = t.rows.find((r) => r.id === term);
    return row ? rowName(row.label, row.group ? t.rowGroups.find((g) => g.id === row.group)?.label : undefined) : term;
  };
  const side = (terms: string[]): { zh: string; en: string } => {
    const ls = terms.map(label);
    if (ls.length === 1) return { zh: `“${ls[0]}”`, en: `"${ls[0]}"` };
    if (ls.length === 2) return { zh: `“${ls[0]}”加“${ls[1]}”`, en: `"${ls[0]}" plus "${ls[1]}"` };
    return { zh: `“${ls[0]}”至“${ls[ls.length - 1]}”之和`, en: `the sum of "${ls[0]}" through "${ls[ls.length - 1]}"` };
  };
  const l = side(eq.left);
  const r = side(eq.right);
  return eq.each === 'column' ? { zh: `所在列中${l.zh}等于${r.zh}`, en: `in its column, ${l.en} equals ${r.en}` } : { zh: `本行${l.zh}等于${r.zh}`, en: `in this row, ${l.en} equals ${r.en}` };
}

/** The resolved values in words: "这些格只能都是 0", or each with its column. */
function valuesText(values: [string, number][]): { values: string; valuesEn: string } {
  const first = values[0]![1];
  if (values.length > 1 && values.every(([, v]) => v === first)) return { values: `这些格只能都是 ${first}`, valuesEn: `each of them can only be ${first}` };
  return {
    values: `${values.length > 1 ? '这些格只能是' : '这一格只能是'}${values.map(([c, v]) => `“${c}”${v}`).join('，')}`,
    valuesEn: `${values.length > 1 ? 'they can only be' : 'it can only be'} ${values.map(([c, v]) => `"${c}" ${v}`).join(', ')}`,
  };
}

/**
 * The report with the unread table cells its sums force resolved (a new report object), or the report
 * itself when there is none. Applying it twice changes nothing (a resolved cell has its value).
 */
export function resolveForced(report: Report): Report {
  const format = resolveFormat(report);
  let out = report;
  const notes: Finding[] = [];
  const done: TableId[] = [];
  for (const table of TABLE_IDS) {
    const content = report.tables[table];
    if (!content) continue;
    const t = tableSpec(report, format, table);
    const relations = relationsOf(t);
    if (relations.length === 0) continue;
    const readers = unreadFindings(report, table);
    if (readers.length === 0) continue;
    const open = new Set<string>();
    const blocked = new Set<string>();
    const source = new Map<string, Source>();
    for (const { row, column } of tableCells(t)) {
      const key = `${row.id}.${column.id}`;
      if (content.cells[key] !== undefined) continue;
      const naming = readers.filter((f) => names(f, row.id, column.id));
      if (naming.length === 0) continue;
      open.add(key);
      if (naming.some((f) => f.data?.raw !== undefined && String(f.data.raw).trim() !== '')) blocked.add(key);
      const at = naming.find((f) => f.physical)?.physical;
      if (at) source.set(key, at);
    }
    // Glued rows the reader kept every split of, singled out together with the cells they force.
    const glued = settleGlued(t, content, relations, open, blocked);
    let base: Record<string, Cell> = content.cells;
    let forced: Map<string, Forced>;
    if (glued) {
      base = glued.cells;
      forced = glued.forced;
      glued.rows.forEach((row, i) => {
        const split = glued.choice[i]!;
        const spec = t.rows.find((r) => r.id === row.row);
        const group = spec?.group ? t.rowGroups.find((g) => g.id === spec.group)?.label : undefined;
        const pieces = row.candidates[split]!;
        notes.push({
          ruleId: 'extract-resolved',
          messageId: 'resolvedBySums',
          hintId: 'original',
          data: { table: t.number, row: spec ? rowName(spec.label, group) : row.row, raw: row.raw, chosen: pieces.map((p) => p.raw).join('|') },
          location: { section: t.section, table, row: row.row, ...(spec ? { labels: { table: `${t.number}、${t.title}`, row: shortLabel(spec.label) } } : {}) },
          ...(pieces[0]?.source ? { physical: pieces[0].source } : {}),
        });
      });
    } else {
      if (open.size === blocked.size) continue;
      forced = force(t, content.cells, relations, open, blocked).forced;
      keepHolding(content.cells, relations, forced);
      if (forced.size === 0) continue;
    }
    const cells: Record<string, Cell> = Object.assign(Object.create(null) as Record<string, Cell>, base);
    for (const [key, f] of forced) {
      const at = source.get(key);
      cells[key] = { kind: 'number', value: f.value, ...(at ? { source: at } : {}) };
    }
    out = { ...out, tables: { ...out.tables, [table]: { ...content, cells } } };
    done.push(table);
    // One note per row, in the table's order: the cells, their values, the relations that forced them.
    for (const row of t.rows) {
      const keys = row.columns.map((c) => `${row.id}.${c}`).filter((k) => forced.has(k));
      if (keys.length === 0) continue;
      const texts = [...new Set(keys.map((k) => forced.get(k)!.by.eq))].map((eq) => relationText(t, eq));
      const col = (k: string): string => t.columns.find((c) => c.id === k.slice(row.id.length + 1))?.label ?? k;
      const group = row.group ? t.rowGroups.find((g) => g.id === row.group)?.label : undefined;
      const physical = source.get(keys[0]!);
      notes.push({
        ruleId: 'extract-resolved',
        messageId: 'resolvedByRelation',
        hintId: 'original',
        data: {
          table: t.number,
          row: rowName(row.label, group),
          count: keys.length,
          ...valuesText(keys.map((k) => [col(k), forced.get(k)!.value])),
          relation: texts.map((x) => x.zh).join('；'),
          relationEn: texts.map((x) => x.en).join('; '),
        },
        location: { section: t.section, table, row: row.id, labels: { table: `${t.number}、${t.title}`, row: shortLabel(row.label) } },
        ...(physical ? { physical } : {}),
        related: keys.map((k): Related => ({ location: { section: t.section, table, row: row.id, column: k.slice(row.id.length + 1), cell: `${table}.${k}`, labels: { table: `${t.number}、${t.title}`, row: shortLabel(row.label), column: col(k) } }, value: String(forced.get(k)!.value) })),
      });
    }
  }
  if (out === report) return report;
  // A reader's finding that no longer names an unread cell gives way to the notes.
  const stillUnread = (f: Finding): boolean => {
    const d = done.find((x) => x === f.location.table);
    if (!d) return true;
    const content = out.tables[d]!;
    const t = tableSpec(out, format, d);
    return tableCells(t).some(({ row, column }) => names(f, row.id, column.id) && content.cells[`${row.id}.${column.id}`] === undefined);
  };
  const findings = report.findings.filter((f) => !(f.ruleId.startsWith('extract-') && f.ruleId !== 'extract-resolved' && !stillUnread(f)));
  return { ...out, findings: [...findings, ...notes] };
}
