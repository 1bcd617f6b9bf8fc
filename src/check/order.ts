/**
 * The order of the findings of one file: document order, one total order.
 *
 * 1. File-level findings first (no section and no table: the file cannot be read, its format version,
 *    its year, headings gongkai does not recognise), by their place in the file, then rule order.
 * 2. Then by position in the document: the official section order (一 … 六); within a section, what is
 *    about the section itself or its text (by line and column, or paragraph) before its table; within a
 *    table, the official row order, then the official column order (schemas/format); a finding about a
 *    whole row comes before the row's cells, one about the whole table before its rows, rows the format
 *    does not have after the official ones.
 * 3. Ties: the place in the file, then rule order (src/rules/index.ts), severity, message.
 *
 * Every diagnostic is mapped to one key of fixed length whose every position holds the same type (a
 * number or a string) for all diagnostics, and keys are compared position by position: the comparator is
 * a total order (antisymmetric and transitive) whatever the mix of locations.
 */
import { oncePer } from '../memo.js';
import { getFormat, TABLE_IDS, type FormatId, type FormatSpec, type TableId } from '../format/spec.js';
import type { Severity } from '../model/diagnostic.js';
import type { LogicalLocation, Source } from '../model/location.js';
import { RULES } from '../rules/index.js';

/** What the order reads of a diagnostic (a rendered Diagnostic or a Finding before rendering). */
export interface Ordered {
  ruleId: string;
  location: LogicalLocation;
  physical?: Source;
  severity?: Severity;
  messageId?: string;
  message?: string;
}

type Key = (number | string)[];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const RULE_ORDER = new Map(RULES.map((r, i) => [r.id, i]));

/** Per format: section index by id, and per table its row and column indexes in official order. */
interface Positions {
  sections: Map<string, number>;
  tables: Map<string, { index: number; section: string; rows: Map<string, number>; columns: Map<string, number> }>;
}

const positionsOf = oncePer((format: FormatSpec): Positions => {
  const sections = new Map(format.sections.map((s, i) => [s.id, i + 1]));
  const tables: Positions['tables'] = new Map();
  TABLE_IDS.forEach((id, index) => {
    const t = format.tables[id];
    tables.set(id, {
      index,
      section: t.section,
      rows: new Map(t.rows.map((r, i) => [r.id, i])),
      columns: new Map(t.columns.map((c, i) => [c.id, i])),
    });
  });
  return { sections, tables };
});

/** A number that compares: finite, else 0. */
const num = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) ? x : 0);

/** "AB12" → [12, 28]: row and column of an A1 address (0, 0 when it is not one). */
function a1Parts(cell: string | undefined): [number, number] {
  const m = cell ? /^([A-Za-z]{1,3})(\d{1,7})$/.exec(cell) : null;
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

/** A JSON pointer with its numbers padded, so that "/sections/10" comes after "/sections/9". */
const padded = (s: string | undefined): string => (s ?? '').replace(/\d+/g, (d) => d.padStart(12, '0'));

/** The place in the file, always 12 positions: numbers, then strings. */
function physicalKey(p: Source | undefined): Key {
  if (!p) return [0, 0, 0, 0, 0, 0, 0, 0, '', '', '', ''];
  const [sheetRow, sheetCol] = a1Parts(p.cell);
  return [num(p.line), num(p.column), num(p.paragraph), num(p.table), num(p.row), num(p.col), sheetRow, sheetCol, p.sheet ?? '', padded(p.pointer), p.path ?? '', p.cell ?? ''];
}

/** The key of one diagnostic; see the header for the order it gives. */
function orderKey(d: Ordered, format: FormatSpec): Key {
  const pos = positionsOf(format);
  const l = d.location;
  const table = l.table !== undefined ? pos.tables.get(l.table as TableId) : undefined;
  const sectionId = l.section ?? table?.section;
  const fileLevel = sectionId === undefined && l.table === undefined;
  // Sections the format does not know (none today) after the six.
  const section = sectionId === undefined ? 0 : (pos.sections.get(sectionId) ?? 99);
  // -1: about the whole table / row; past the end: a table, row or column the format does not have.
  const tableIndex = l.table === undefined ? -1 : (table?.index ?? 99);
  const row = l.row === undefined ? -1 : (table?.rows.get(l.row) ?? 9999);
  const column = l.column === undefined ? -1 : (table?.columns.get(l.column) ?? 9999);
  return [
    fileLevel ? 0 : 1,
    section,
    // The section's own findings and its text before its table.
    l.table === undefined ? 0 : 1,
    tableIndex,
    row,
    column,
    ...physicalKey(d.physical),
    RULE_ORDER.get(d.ruleId) ?? RULES.length,
    d.severity !== undefined ? SEVERITY_ORDER[d.severity] : 3,
    d.messageId ?? '',
    d.message ?? '',
  ];
}

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

function specOf(format: FormatSpec | FormatId | string | undefined): FormatSpec {
  if (format !== undefined && typeof format === 'object') return format;
  return getFormat(format === '2019' ? '2019' : '2021');
}

/** The comparator of document order (a total order) for the diagnostics of one file. */
export function compareDiagnostics(format?: FormatSpec | FormatId | string): (a: Ordered, b: Ordered) => number {
  const spec = specOf(format);
  return (a, b) => compareKeys(orderKey(a, spec), orderKey(b, spec));
}

/** The diagnostics of one file in document order (a new array; the sort is stable). */
export function inDocumentOrder<T extends Ordered>(ds: readonly T[], format?: FormatSpec | FormatId | string): T[] {
  if (ds.length < 2) return [...ds];
  const spec = specOf(format);
  // Keys computed once per diagnostic, not once per comparison.
  const keyed = ds.map((d) => ({ d, k: orderKey(d, spec) }));
  keyed.sort((a, b) => compareKeys(a.k, b.k));
  return keyed.map((x) => x.d);
}
