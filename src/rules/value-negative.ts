import { reportEachCell } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/value-negative.js';

export default defineRule({
  id: 'value-negative',
  code: 'GK132',
  severity: 'error',
  category: 'content',
  tags: ['tables', 'values'],
  text,
  check: (ctx) =>
    reportEachCell(ctx, (c, v) => {
      if (c?.kind !== 'number' || c.value >= 0 || v.column.type === 'signed') return undefined;
      return { messageId: 'negative', data: { value: c.value } };
    }),
});
