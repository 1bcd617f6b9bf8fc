/** Small helpers shared by rules: walking the cells of the present tables, label data for messages. */
import { rowName } from '../format/labels.js';
import { TABLE_IDS, tableCells, type ColumnSpec, type RowSpec, type TableId } from '../format/spec.js';
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
