import { templateHeading } from '../format/sections.js';
import { atSection } from './helpers.js';
import { findPeriod } from '../model/meta.js';
import { quote } from '../analysis/narrative-text.js';
import { yearSlips } from '../analysis/narrative-years.js';
import { defineRule } from './rule.js';
import text from './text/report-period.js';

export default defineRule({
  id: 'report-period',
  code: 'GK162',
  severity: 'warning',
  category: 'content',
  tags: ['year', 'narrative'],
  text,
  check(ctx) {
    const year = ctx.model.year;
    if (year === undefined) return;
    // 1. The 统计期限 sentence: the reporting year, 1 January to 31 December.
    const all = ctx.sections.map((s) => s.found.text).join('\n');
    const period = ctx.model.period ?? findPeriod(all);
    if (period?.from && period.to) {
      const fromYear = Number(period.from.slice(0, 4));
      const toYear = Number(period.to.slice(0, 4));
      if (fromYear !== year || toYear !== year) {
        ctx.report({ messageId: 'periodYear', data: { quote: period.text, year, from: period.from, to: period.to }, hintId: 'period', location: {} });
      } else if (!period.from.endsWith('-01-01') || !period.to.endsWith('-12-31')) {
        ctx.report({ messageId: 'periodSpan', data: { quote: period.text, year, from: period.from, to: period.to }, hintId: 'period', location: {} });
      }
    }
    // 2. Every sentence of every section that presents another year as the reporting year's
    //    (src/analysis/narrative-years.ts says what is and is not a slip).
    for (const slip of yearSlips(ctx.sections, year, period?.text)) {
      const data = { quote: quote(slip.sentence, slip.phrase, 70), year, written: slip.written, number: templateHeading(slip.id).slice(0, 1) };
      const place = atSection(slip.id, slip.section.found.textSource ?? slip.section.found.source);
      if (slip.kind === 'planYear') ctx.report({ messageId: 'planYear', data: { ...data, next: year + 1 }, hintId: 'plan', ...place });
      else ctx.report({ messageId: slip.kind, data, hintId: 'year', ...place });
    }
  },
});
