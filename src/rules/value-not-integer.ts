import { cellData, presentCells } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/value-not-integer.js';

export default defineRule({
  id: 'value-not-integer',
  code: 'GK133',
  severity: 'error',
  category: 'content',
  tags: ['tables', 'values'],
  text,
  check(ctx) {
    for (const v of presentCells(ctx)) {
      const c = v.ref.cell;
      if (c?.kind !== 'number' || v.column.type === 'amount' || Number.isInteger(c.value)) continue;
      ctx.report({
        messageId: 'fraction',
        data: { ...cellData(ctx, v), value: c.raw ?? String(c.value) },
        location: v.ref.location,
        ...(v.ref.physical ? { physical: v.ref.physical } : {}),
      });
    }
  },
});
