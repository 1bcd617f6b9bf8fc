import { TABLE_IDS } from '../format/spec.js';
import { atTable } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/table-extra.js';

export default defineRule({
  id: 'table-extra',
  code: 'GK123',
  severity: 'warning',
  category: 'format',
  tags: ['tables'],
  text,
  check(ctx) {
    for (const id of TABLE_IDS) {
      const content = ctx.table(id);
      if (!content) continue;
      const t = ctx.spec(id);
      for (const extra of content.extras) {
        ctx.report({
          messageId: extra.kind,
          data: { table: t.number, label: extra.label },
          location: atTable(t),
          ...(extra.source ? { physical: extra.source } : {}),
        });
      }
    }
  },
});
