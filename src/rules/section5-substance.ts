import { SECTION5_MIN_CHARS } from '../analysis/section-content.js';
import { atSection } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/section5-substance.js';

export default defineRule({
  id: 'section5-substance',
  code: 'GK152',
  severity: 'warning',
  category: 'content',
  tags: ['sections'],
  text,
  check(ctx) {
    for (const five of ctx.sections.filter((s) => s.match?.id === 's5')) {
      const body = five.found.text.replace(/\s/gu, '');
      // An empty section is section-empty's error; this rule is about text that says next to nothing.
      if (body === '' || [...body].length >= SECTION5_MIN_CHARS) continue;
      ctx.report({
        messageId: 'thin',
        data: { text: five.found.text.trim() },
        hintId: 'write',
        ...atSection('s5', five.found.source),
      });
    }
  },
});
