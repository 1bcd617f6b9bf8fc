import { codePoints } from '../format/labels.js';
import { atSection } from './helpers.js';
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
    // Code points without whitespace; a text no longer than the limit in UTF-16 units cannot exceed it.
    if (one.found.text.length <= limit) return;
    const chars = codePoints(one.found.text.replace(/\s/gu, ''));
    if (chars <= limit) return;
    ctx.report({
      messageId: 'long',
      data: { chars, limit },
      hintId: 'shorten',
      ...atSection('s1', one.found.source),
    });
  },
});
