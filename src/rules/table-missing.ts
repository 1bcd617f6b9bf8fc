import { TABLE_IDS } from '../format/spec.js';
import { atTable } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/table-missing.js';

export default defineRule({
  id: 'table-missing',
  code: 'GK120',
  severity: 'error',
  category: 'format',
  tags: ['tables'],
  text,
  check(ctx) {
    for (const id of TABLE_IDS) {
      if (ctx.table(id)) continue;
      const t = ctx.spec(id);
      ctx.report({
        messageId: 'missing',
        data: { number: t.number, title: t.title },
        hintId: 'zeros',
        location: atTable(t),
      });
    }
  },
});
