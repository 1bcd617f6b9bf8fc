import { settingsOf } from '../analysis/review-data.js';
import { atCell, relatedCell } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/table3-other-share.js';

/**
 * （六）其他处理 as a share of table 三's results total (（七）总计, column 总计): above the configured share
 * (schemas/review.json, a config's "options"), and with enough applications to say so, it is reported —
 * the 2019 notice asks supervisors to follow such reports up. The 2021 layout's three sub-rows are added up.
 */
export default defineRule({
  id: 'table3-other-share',
  code: 'GK172',
  severity: 'info',
  category: 'content',
  tags: ['tables'],
  text,
  check(ctx) {
    if (!ctx.table('t3')) return;
    const spec = ctx.spec('t3');
    const rows = spec.rows.filter((r) => r.id === 'other_handling' || r.group === 'other_handling');
    const total = ctx.cellRef('t3', 'total', 'total');
    const parts = rows.map((r) => ctx.cellRef('t3', r.id, 'total'));
    if (parts.length === 0 || total.cell?.kind !== 'number' || total.cell.value <= 0) return;
    if (!parts.every((p) => p.cell?.kind === 'number')) return;
    const other = parts.reduce((sum, p) => sum + (p.cell?.kind === 'number' ? p.cell.value : 0), 0);
    const { percent, minResults } = settingsOf(ctx.ruleOptions, 'table3-other-share');
    const share = other / total.cell.value;
    if (total.cell.value < minResults || share * 100 <= percent) return;
    // At the 其他处理 cell with the most applications; the others and the total listed with it.
    const first = parts.reduce((a, b) => ((b.cell?.kind === 'number' ? b.cell.value : 0) > (a.cell?.kind === 'number' ? a.cell.value : 0) ? b : a));
    ctx.report({
      messageId: 'high',
      data: { other, total: total.cell.value, share: `${Math.round(share * 100)}%`, threshold: `${percent}%` },
      hintId: 'check',
      ...atCell(first),
      related: [...parts.filter((p) => p !== first), total].map((p) => relatedCell(p)),
      actual: other,
    });
  },
});
