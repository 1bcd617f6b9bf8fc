import { getFormat } from '../format/spec.js';
import { defineRule } from './rule.js';
import text from './text/format-superseded.js';

export default defineRule({
  id: 'format-superseded',
  code: 'GK110',
  severity: 'error',
  category: 'format',
  tags: ['format'],
  text,
  check(ctx) {
    const year = ctx.model.year;
    const used = ctx.format;
    if (year === undefined || used.years.to === undefined || year <= used.years.to) return;
    const current = getFormat('2021');
    ctx.report({
      messageId: 'superseded',
      data: { year, old: used.name, oldDoc: used.document, new: current.name, newDoc: current.document },
      hintId: 'template',
      hintData: { year },
      location: {},
    });
  },
});
