import { headingNumber, templateHeading, templateNumber } from '../format/sections.js';
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
    // Headings numbered off the template ("三、主动公开政府信息情况" for section 二): once for each run of
    // section headings off by the same amount (a heading inserted before them moves them all), at its first.
    let run: { first: (typeof ctx.sections)[number]; offset: number; more: number } | undefined;
    const flush = (): void => {
      if (!run) return;
      const { first, more } = run;
      const template = templateHeading(first.match!.id);
      ctx.report({
        messageId: more > 0 ? 'numberingRun' : 'numbering',
        data: { heading: first.found.heading.trim(), template, more: String(more) },
        hintId: 'renumber',
        ...atSection(first.match!.id, first.found.source),
      });
      run = undefined;
    };
    for (const s of ctx.sections) {
      if (!s.match) continue;
      const written = headingNumber(s.found.heading);
      const offset = written === undefined ? 0 : written - (templateNumber(s.match.id) ?? written);
      if (offset === 0) {
        flush();
        continue;
      }
      if (run && run.offset === offset) run.more++;
      else {
        flush();
        run = { first: s, offset, more: 0 };
      }
    }
    flush();
  },
});
