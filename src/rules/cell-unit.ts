import { isMoneyUnit } from '../model/cell.js';
import { reportEachCell } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/cell-unit.js';

export default defineRule({
  id: 'cell-unit',
  code: 'GK131',
  severity: 'warning',
  category: 'content',
  tags: ['tables', 'values'],
  text,
  check: (ctx) =>
    reportEachCell(ctx, (c, v) => {
      if (c?.kind !== 'number' || c.unit === undefined) return undefined;
      if (v.column.type === 'amount' && isMoneyUnit(c.unit)) {
        // Another unit of money than the column's: amount-unit reports it.
        if (c.unit !== (v.column.unit ?? v.column.readUnit)) return undefined;
        // A column whose template prints no unit (2019 采购总金额): the cell is where the report says it.
        if (v.column.unit === undefined) return undefined;
      }
      return { messageId: 'unit', data: { raw: c.raw ?? String(c.value), unit: c.unit }, hintId: 'strip', hintData: { value: c.value } };
    }),
});
