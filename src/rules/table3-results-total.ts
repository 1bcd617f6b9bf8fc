import { checkEquations } from './equations.js';
import { defineRule } from './rule.js';
import text from './text/table3-results-total.js';

/** R2: result rows add up to （七）总计, every column of table 三 — the equation itself is data in schemas/format/table3.json. */
export default defineRule({
  id: 'table3-results-total',
  code: 'GK141',
  severity: 'error',
  category: 'content',
  tags: ['tables', 'sums'],
  text,
  check: (ctx) => checkEquations(ctx, 'table3-results-total'),
});
