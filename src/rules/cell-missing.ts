import { TABLE_IDS } from '../format/spec.js';
import { atTable, cellData, presentCells, reportCell } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/cell-missing.js';

export default defineRule({
  id: 'cell-missing',
  code: 'GK121',
  severity: 'error',
  category: 'format',
  tags: ['tables'],
  text,
  check(ctx) {
    const visits = presentCells(ctx).filter((v) => v.ref.cell === undefined);
    for (const table of TABLE_IDS) {
      const t = ctx.spec(table);
      for (const row of t.rows) {
        const missing = visits.filter((v) => v.table === table && v.row.id === row.id);
        if (missing.length === 0) continue;
        if (missing.length === row.columns.length) {
          // The whole row is absent: one finding naming the row.
          const data = cellData(ctx, missing[0]!);
          ctx.report({
            messageId: 'row',
            data: { table: data.table!, row: data.row! },
            hintId: 'fill',
            location: atTable(t, row),
          });
          continue;
        }
        for (const v of missing) {
          reportCell(ctx, v, { messageId: 'cell', hintId: 'fill' });
        }
      }
    }
  },
});
