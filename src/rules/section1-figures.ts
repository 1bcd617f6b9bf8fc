import { figureList, missingFigures } from '../analysis/section-content.js';
import { atSection } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/section1-figures.js';

/**
 * The figures local notices ask section 一 to give — items of information published, policy
 * interpretations, responses to public concerns, rules and normative documents issued, repealed and in
 * force (schemas/content.json; a config may ask for some only) — each looked for sentence by sentence;
 * one finding names those not found.
 */
export default defineRule({
  id: 'section1-figures',
  code: 'GK181',
  severity: 'info',
  category: 'content',
  tags: ['sections'],
  text,
  check(ctx) {
    const one = ctx.sections.find((s) => s.match?.id === 's1');
    if (!one || one.found.text.trim() === '') return;
    const missing = missingFigures(one.found.text, ctx.ruleOptions['section1-figures']?.figures);
    if (missing.length === 0) return;
    ctx.report({
      messageId: 'missing',
      data: {
        figures: figureList(missing, 'zh'),
        figuresEn: figureList(missing, 'en'),
        missing: missing.map((f) => f.id).join(','),
      },
      hintId: 'write',
      ...atSection('s1', one.found.source),
    });
  },
});
