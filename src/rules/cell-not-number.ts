import { cellData, presentCells } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/cell-not-number.js';

export default defineRule({
  id: 'cell-not-number',
  code: 'GK130',
  severity: 'error',
  category: 'content',
  tags: ['tables', 'values'],
  text,
  check(ctx) {
    for (const v of presentCells(ctx)) {
      const c = v.ref.cell;
      if (c?.kind !== 'text') continue;
      ctx.report({
        messageId: 'text',
        data: { ...cellData(ctx, v), raw: c.raw },
        ...(c.number !== undefined ? { hintId: 'number', hintData: { number: c.number } } : { hintId: 'none' }),
        location: v.ref.location,
        ...(v.ref.physical ? { physical: v.ref.physical } : {}),
      });
    }
  },
});
