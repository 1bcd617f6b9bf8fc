import { checkEquations } from './equations.js';
import { defineRule } from './rule.js';
import text from './text/table4-row-total.js';

/** R4: four results add up to 总计, each group of table 四 — the equation itself is data in schemas/format/table4.json. */
export default defineRule({
  id: 'table4-row-total',
  code: 'GK143',
  severity: 'error',
  category: 'content',
  tags: ['tables', 'sums'],
  text,
  check: (ctx) => checkEquations(ctx, 'table4-row-total'),
});
