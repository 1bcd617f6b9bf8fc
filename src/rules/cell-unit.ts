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
      // A 元 amount in a 万元 column changes the value: amount-unit reports it as an error.
      if (v.column.unit === '万元' && c.unit === '元') return undefined;
      return { messageId: 'unit', data: { raw: c.raw ?? String(c.value), unit: c.unit }, hintId: 'strip', hintData: { value: c.value } };
    }),
});
