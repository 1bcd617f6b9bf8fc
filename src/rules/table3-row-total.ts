import { checkEquations } from './equations.js';
import { defineRule } from './rule.js';
import text from './text/table3-row-total.js';

/** R3: applicant columns add up to 总计, every row of table 三 — the equation itself is data in schemas/format/table3.json. */
export default defineRule({
  id: 'table3-row-total',
  code: 'GK142',
  severity: 'error',
  category: 'content',
  tags: ['tables', 'sums'],
  text,
  check: (ctx) => checkEquations(ctx, 'table3-row-total'),
});
