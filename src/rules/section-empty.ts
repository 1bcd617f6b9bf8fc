import type { TableId } from '../format/spec.js';
import { atSection } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/section-empty.js';

export default defineRule({
  id: 'section-empty',
  code: 'GK104',
  severity: 'error',
  category: 'content',
  tags: ['sections'],
  text,
  check(ctx) {
    for (const s of ctx.sections) {
      if (!s.match) continue;
      const spec = ctx.format.sections.find((x) => x.id === s.match!.id)!;
      const data = { number: spec.number, heading: s.found.heading.trim() };
      const place = atSection(spec.id, s.found.source);
      if (spec.kind === 'text' && s.found.text.trim() === '') {
        ctx.report({ messageId: 'emptyText', data, ...place });
      }
      if (spec.kind === 'table') {
        const table = Object.values(ctx.format.tables).find((t) => t.section === spec.id);
        // A table section with neither a table nor text says nothing; table-missing names the table.
        if (table && !ctx.table(table.id as TableId) && s.found.text.trim() === '') {
          ctx.report({ messageId: 'noTable', data, ...place });
        }
      }
    }
  },
});
