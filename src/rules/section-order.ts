import { atSection } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/section-order.js';

export default defineRule({
  id: 'section-order',
  code: 'GK102',
  severity: 'error',
  category: 'format',
  tags: ['sections'],
  text,
  check(ctx) {
    const order = ctx.format.sections.map((s) => s.id);
    const seen = new Set<string>();
    let lastIndex = -1;
    for (const s of ctx.sections) {
      if (!s.match) continue;
      const spec = ctx.format.sections.find((x) => x.id === s.match!.id)!;
      const place = atSection(spec.id, s.found.source);
      if (seen.has(spec.id)) {
        ctx.report({ messageId: 'duplicate', data: { number: spec.number, heading: s.found.heading }, ...place });
        continue;
      }
      seen.add(spec.id);
      const index = order.indexOf(spec.id);
      if (index < lastIndex) {
        ctx.report({
          messageId: 'order',
          data: { number: spec.number, heading: s.found.heading, previous: ctx.format.sections[lastIndex]!.number },
          ...place,
        });
      }
      lastIndex = Math.max(lastIndex, index);
    }
  },
});
