import { defineRule } from './rule.js';
import text from './text/report-year.js';

export default defineRule({
  id: 'report-year',
  code: 'GK111',
  severity: 'warning',
  category: 'format',
  tags: ['format'],
  text,
  check(ctx) {
    if (ctx.model.year === undefined) ctx.report({ messageId: 'unknown', data: { format: ctx.format.id }, location: {} });
  },
});
