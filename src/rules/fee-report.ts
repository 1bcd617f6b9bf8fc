import { numeric } from '../model/cell.js';
import { atSection } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/fee-report.js';

export default defineRule({
  id: 'fee-report',
  code: 'GK150',
  severity: 'warning',
  category: 'content',
  tags: ['sections', '2021'],
  text,
  check(ctx) {
    if (!ctx.format.feeReportRequired) return;
    const six = ctx.sections.find((s) => s.match?.id === 's6');
    if (!six) {
      ctx.report({ messageId: 'noSection', hintId: 'sentence', ...atSection('s6') });
      return;
    }
    if (ctx.format.feeWords.some((w) => new RegExp(w, 'u').test(six.found.text))) return;
    const unpaid = numeric(ctx.table('t3')?.cells['other_unpaid_fee.total']);
    ctx.report({
      ...(unpaid !== undefined && unpaid > 0 ? { messageId: 'missingWithNotices', data: { count: unpaid } } : { messageId: 'missing' }),
      hintId: 'sentence',
      ...atSection('s6', six.found.source),
    });
  },
});
