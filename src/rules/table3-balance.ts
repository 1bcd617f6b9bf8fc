import { checkEquations } from './equations.js';
import { defineRule } from './rule.js';
import text from './text/table3-balance.js';

/** R1: 一 + 二 = （七）总计 + 四, every column of table 三 — the equation itself is data in schemas/format/table3.json. */
export default defineRule({
  id: 'table3-balance',
  code: 'GK140',
  severity: 'error',
  category: 'content',
  tags: ['tables', 'sums'],
  text,
  check: (ctx) => checkEquations(ctx, 'table3-balance'),
});
