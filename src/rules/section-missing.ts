import { templateHeading } from '../format/sections.js';
import { atSection } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/section-missing.js';

export default defineRule({
  id: 'section-missing',
  code: 'GK101',
  severity: 'error',
  category: 'format',
  tags: ['sections'],
  text,
  check(ctx) {
    const found = new Set(ctx.sections.map((s) => s.match?.id).filter((id) => id !== undefined));
    if (found.size === 0) {
      // Not one section: one finding for the whole text, not six (a workbook of the tables alone, say).
      const hasTables = Object.values(ctx.model.tables).some((t) => t !== undefined);
      ctx.report({ messageId: hasTables ? 'tablesOnly' : 'none', hintId: 'addAll', location: {} });
      return;
    }
    ctx.format.sections.forEach((s, i) => {
      if (found.has(s.id)) return;
      const previous = ctx.format.sections[i - 1];
      ctx.report({
        messageId: 'missing',
        data: { number: s.number, title: templateHeading(s.id) },
        ...(previous ? { hintId: 'add', hintData: { previous: previous.number, title: templateHeading(s.id) } } : {}),
        ...atSection(s.id),
      });
    });
  },
});
