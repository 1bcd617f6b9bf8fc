import { reportEachCell } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/value-not-integer.js';

export default defineRule({
  id: 'value-not-integer',
  code: 'GK133',
  severity: 'error',
  category: 'content',
  tags: ['tables', 'values'],
  text,
  check: (ctx) =>
    reportEachCell(ctx, (c, v) => {
      if (c?.kind !== 'number' || v.column.type === 'amount' || Number.isInteger(c.value)) return undefined;
      return { messageId: 'fraction', data: { value: c.raw ?? String(c.value) } };
    }),
});
