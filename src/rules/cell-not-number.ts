import { reportEachCell } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/cell-not-number.js';

export default defineRule({
  id: 'cell-not-number',
  code: 'GK130',
  severity: 'error',
  category: 'content',
  tags: ['tables', 'values'],
  text,
  check: (ctx) =>
    reportEachCell(ctx, (c) => {
      if (c?.kind !== 'text') return undefined;
      return {
        messageId: 'text',
        data: { raw: c.raw },
        ...(c.number !== undefined ? { hintId: 'number', hintData: { number: c.number } } : { hintId: 'none' }),
      };
    }),
});
