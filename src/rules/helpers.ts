/**
 * Small helpers shared by rules: walking the cells of the present tables, label data for messages, and
 * the place a finding points at (a cell, a section, a table, a statement) so every rule reports it alike.
 */
import { rowName, shortLabel } from '../format/labels.js';
import { templateHeading } from '../format/sections.js';
import { TABLE_IDS, tableCells, type ColumnSpec, type RowSpec, type TableId, type TableSpec } from '../format/spec.js';
import { cellDisplay, type Cell } from '../model/cell.js';
import type { Finding, Related, Severity } from '../model/diagnostic.js';
import type { LogicalLocation, Source } from '../model/location.js';
import { findStatements, type Statement } from '../analysis/narrative.js';
import type { ResolvedSection } from '../analysis/resolve.js';
import type { CellRef, RuleContext } from './rule.js';

export interface CellVisit {
  table: TableId;
  row: RowSpec;
  column: ColumnSpec;
  ref: CellRef;
}

/** Every official cell of every table the report has, in official order. */
export function presentCells(ctx: RuleContext): CellVisit[] {
  return ctx.memo('presentCells', () => listCells(ctx));
}

function listCells(ctx: RuleContext): CellVisit[] {
  const out: CellVisit[] = [];
  for (const table of TABLE_IDS) {
    if (!ctx.table(table)) continue;
    for (const { row, column } of tableCells(ctx.spec(table))) {
      out.push({ table, row, column, ref: ctx.cellRef(table, row.id, column.id) });
    }
  }
  return out;
}

/** Message data naming a cell: table number, row and column labels (short form, notes dropped). */
export function cellData(ctx: RuleContext, v: CellVisit): Record<string, string> {
  const t = ctx.spec(v.table);
  const group = v.row.group ? t.rowGroups.find((g) => g.id === v.row.group) : undefined;
  return {
    table: t.number,
    row: rowName(v.row.label, group?.label),
    column: v.column.label,
  };
}

/** A finding as a rule reports it, without the place: the helpers below add that. */
export type Unplaced = Omit<Finding, 'ruleId' | 'location' | 'physical'> & { severity?: Severity };

/**
 * Where a finding about a cell points: its place in the official table (ids and official labels) and,
 * when the reader recorded one, its place in the file (JSON pointer, sheet and cell, line, …).
 */
export function atCell(ref: CellRef): { location: LogicalLocation; physical?: Source } {
  return ref.physical ? { location: ref.location, physical: ref.physical } : { location: ref.location };
}

/** A cell listed with a finding (`related`): where it is and what it holds as written ("" when blank). */
export function relatedCell(ref: CellRef, value: string = cellDisplay(ref.cell)): Related {
  return { ...atCell(ref), value };
}

/**
 * Looks at every official cell of the present tables, in official order, and reports at the cell what
 * `find` returns for it (nothing for `undefined`): the whole check of a rule about single cells.
 */
export function reportEachCell(ctx: RuleContext, find: (cell: Cell | undefined, v: CellVisit) => Unplaced | undefined): void {
  for (const v of presentCells(ctx)) {
    const finding = find(v.ref.cell, v);
    if (finding) reportCell(ctx, v, finding);
  }
}

/**
 * Reports a finding about one cell of the report: the message data starts with the cell's official
 * labels (`table`, `row`, `column`), then the rule's own data; the place is the cell's (`atCell`).
 */
export function reportCell(ctx: RuleContext, v: CellVisit, finding: Unplaced): void {
  ctx.report({ ...finding, data: { ...cellData(ctx, v), ...finding.data }, ...atCell(v.ref) });
}

/** A place in the file only (text that belongs to no official section, say); no place at all without `source`. */
export function inFile(source?: Source): { location: LogicalLocation; physical?: Source } {
  return source ? { location: {}, physical: source } : { location: {} };
}

/** A section of the official format by id, with its template heading; `source` is where it is in the file. */
export function atSection(id: string, source?: Source): { location: LogicalLocation; physical?: Source } {
  const location = { section: id, labels: { section: templateHeading(id) } };
  return source ? { location, physical: source } : { location };
}

/** A table of the official format (and one of its rows), by its number, title and the row's short label. */
export function atTable(t: TableSpec, row?: RowSpec): LogicalLocation {
  return {
    section: t.section,
    table: t.id,
    ...(row ? { row: row.id } : {}),
    labels: { table: `${t.number}、${t.title}`, ...(row ? { row: shortLabel(row.label) } : {}) },
  };
}

/** The statements of the report's text that restate table figures (found once, shared by the narrative rules). */
export function statements(ctx: RuleContext): Statement[] {
  return ctx.memo('narrative-statements', () => findStatements(ctx.model, ctx.sections));
}

/**
 * A statement in a section's text about figures of a table: it is placed at the first cell it is
 * compared with (ids and official labels) in the section it was written in, and in the file at the
 * section's text.
 */
export function atStatement(ref: CellRef, section: ResolvedSection): { location: LogicalLocation; physical?: Source } {
  const location = { ...ref.location, section: section.match!.id, labels: { ...ref.location.labels } };
  const physical = section.found.textSource ?? section.found.source;
  return physical ? { location, physical } : { location };
}
