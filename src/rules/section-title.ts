import { templateHeading } from '../format/sections.js';
import { atSection } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/section-title.js';

export default defineRule({
  id: 'section-title',
  code: 'GK103',
  severity: 'warning',
  category: 'format',
  tags: ['sections'],
  text,
  check(ctx) {
    for (const s of ctx.sections) {
      if (!s.match || s.match.how === 'exact') continue;
      const template = templateHeading(s.match.id);
      ctx.report({
        messageId: 'variant',
        data: { heading: s.found.heading.trim(), template },
        hintId: 'use',
        hintData: { template },
        ...atSection(s.match.id, s.found.source),
      });
    }
  },
});
