import { reportEachCell } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/amount-unit.js';

export default defineRule({
  id: 'amount-unit',
  code: 'GK134',
  severity: 'error',
  category: 'content',
  tags: ['tables', 'values'],
  text,
  check: (ctx) =>
    reportEachCell(ctx, (c, v) => {
      if (c?.kind !== 'number' || v.column.unit !== '万元' || c.unit !== '元') return undefined;
      return {
        messageId: 'wrongUnit',
        data: { raw: c.raw ?? String(c.value), expected: '万元' },
        hintId: 'convert',
        hintData: { expected: '万元', converted: String(c.value / 10000) },
      };
    }),
});
