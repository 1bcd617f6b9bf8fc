import { agencyLevel, daysBetween, deadline } from '../analysis/published.js';
import { inFile } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/report-late.js';

/**
 * Published after the deadline: the date the report was published — given by --published or by the
 * config's pattern for the file, else read from the page's header — against the last day for the
 * reporting year (the local deadline when the config sets one, else the 条例's for the agency's level).
 */
export default defineRule({
  id: 'report-late',
  code: 'GK174',
  severity: 'warning',
  category: 'content',
  tags: ['publication'],
  text,
  check(ctx) {
    const year = ctx.model.year;
    if (year === undefined) return;
    const settings = ctx.ruleOptions['report-late'];
    const given = settings?.given;
    const page = ctx.model.published;
    const date = given?.date ?? page?.date;
    if (!date) return;
    const level = settings?.level ?? agencyLevel(ctx.model.agency);
    const due = deadline(year, level, settings?.deadline);
    if (date <= due.date) return;
    const from = given ? (given.from === 'option' ? 'option' : 'config') : 'page';
    ctx.report({
      messageId: from,
      data: {
        date,
        deadline: due.date,
        days: daysBetween(due.date, date),
        basis: due.basis,
        year,
        ...(given?.pattern !== undefined ? { pattern: given.pattern } : {}),
        ...(from === 'page' ? { text: page!.text } : {}),
      },
      hintId: due.basis,
      ...(from === 'page' ? inFile(page!.source) : inFile()),
    });
  },
});
