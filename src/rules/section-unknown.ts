import { inFile } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/section-unknown.js';

export default defineRule({
  id: 'section-unknown',
  code: 'GK105',
  severity: 'warning',
  category: 'format',
  tags: ['sections'],
  text,
  check(ctx) {
    for (const s of ctx.sections) {
      if (s.match || s.found.heading.trim() === '') continue;
      ctx.report({
        messageId: 'unknown',
        data: { heading: s.found.heading.trim() },
        hintId: 'moveTo6',
        ...inFile(s.found.source),
      });
    }
  },
});
