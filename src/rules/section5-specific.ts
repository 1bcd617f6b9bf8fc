import { readSection5, SECTION5_MIN_CHARS } from '../analysis/section-content.js';
import { atSection } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/section5-specific.js';

/** Generic phrases named in a message at most. */
const MAX_PHRASES = 6;

/**
 * Section 五 names concrete problems and itemised measures (schemas/content.json): a section of generic
 * phrases only is warned naming them; otherwise one without problems, one without measures, and measures
 * that are not itemised (一是 … 二是, (一) … (二), 1. … 2.) are each warned.
 */
export default defineRule({
  id: 'section5-specific',
  code: 'GK182',
  severity: 'warning',
  category: 'content',
  tags: ['sections'],
  text,
  check(ctx) {
    for (const five of ctx.sections.filter((s) => s.match?.id === 's5')) {
      if ([...five.found.text.replace(/\s/gu, '')].length < SECTION5_MIN_CHARS) continue;
      const r = readSection5(five.found.text);
      const at = atSection('s5', five.found.source);
      if (r.generic.length > 0) {
        const shown = r.generic.slice(0, MAX_PHRASES);
        ctx.report({
          messageId: 'generic',
          data: { phrases: shown.map((p) => `“${p}”`).join(''), phrasesEn: shown.join(', ') },
          hintId: 'specific',
          ...at,
        });
        continue;
      }
      if (!r.problems) ctx.report({ messageId: 'noProblems', hintId: 'problems', ...at });
      if (!r.measures) ctx.report({ messageId: 'noMeasures', hintId: 'measures', ...at });
      else if (!r.itemised) ctx.report({ messageId: 'notItemised', hintId: 'itemise', ...at });
    }
  },
});
