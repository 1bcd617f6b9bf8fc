import { amountIn, isMoneyUnit } from '../model/cell.js';
import { reportEachCell } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/amount-unit.js';

/**
 * An amount written with a unit of money other than its column's (readers/amounts.ts has converted it):
 * "1,200元" in the 2021 fee column (万元, the template's unit: an error, as written the figure reads ten
 * thousand times too large), "123.5万元" in the 2019 procurement column (no unit in the template, read in
 * 元: a warning).
 */
export default defineRule({
  id: 'amount-unit',
  code: 'GK134',
  severity: 'error',
  category: 'content',
  tags: ['tables', 'values'],
  text,
  check: (ctx) =>
    reportEachCell(ctx, (c, v) => {
      if (c?.kind !== 'number' || !isMoneyUnit(c.unit) || v.column.type !== 'amount') return undefined;
      const expected = v.column.unit ?? v.column.readUnit;
      if (expected === undefined || c.unit === expected) return undefined;
      const converted = String(amountIn(c, expected));
      const data = { raw: c.raw ?? `${c.value}${c.unit}`, expected, converted };
      if (v.column.unit !== undefined) return { messageId: 'wrongUnit', data, hintId: 'convert', hintData: { expected, converted } };
      return { severity: 'warning', messageId: 'otherUnit', data, hintId: 'readUnit', hintData: { expected, converted } };
    }),
});
