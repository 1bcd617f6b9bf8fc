import { cellData, presentCells } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/value-negative.js';

export default defineRule({
  id: 'value-negative',
  code: 'GK132',
  severity: 'error',
  category: 'content',
  tags: ['tables', 'values'],
  text,
  check(ctx) {
    for (const v of presentCells(ctx)) {
      const c = v.ref.cell;
      if (c?.kind !== 'number' || c.value >= 0 || v.column.type === 'signed') continue;
      ctx.report({
        messageId: 'negative',
        data: { ...cellData(ctx, v), value: c.value },
        location: v.ref.location,
        ...(v.ref.physical ? { physical: v.ref.physical } : {}),
      });
    }
  },
});
