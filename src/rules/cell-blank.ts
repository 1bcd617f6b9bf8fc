import { cellData, presentCells } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/cell-blank.js';

export default defineRule({
  id: 'cell-blank',
  code: 'GK122',
  severity: 'warning',
  category: 'content',
  tags: ['tables', 'values'],
  text,
  check(ctx) {
    for (const v of presentCells(ctx)) {
      const c = v.ref.cell;
      if (c?.kind !== 'blank' && c?.kind !== 'placeholder') continue;
      ctx.report({
        messageId: c.kind,
        data: { ...cellData(ctx, v), raw: c.kind === 'placeholder' ? c.raw : '' },
        hintId: 'zero',
        location: v.ref.location,
        ...(v.ref.physical ? { physical: v.ref.physical } : {}),
      });
    }
  },
});
