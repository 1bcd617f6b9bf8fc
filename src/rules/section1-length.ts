import { templateHeading } from '../format/sections.js';
import { defineRule } from './rule.js';
import text from './text/section1-length.js';

export default defineRule({
  id: 'section1-length',
  code: 'GK151',
  severity: 'warning',
  category: 'content',
  tags: ['sections', '2021'],
  text,
  check(ctx) {
    const limit = ctx.format.section1MaxChars;
    const one = ctx.sections.find((s) => s.match?.id === 's1');
    if (limit === null || !one) return;
    const chars = [...one.found.text.replace(/\s/gu, '')].length;
    if (chars <= limit) return;
    ctx.report({
      messageId: 'long',
      data: { chars, limit },
      hintId: 'shorten',
      location: { section: 's1', labels: { section: templateHeading('s1') } },
      ...(one.found.source ? { physical: one.found.source } : {}),
    });
  },
});
