import { defineRule } from './rule.js';
import text from './text/formula-no-value.js';

/** Emitted by the spreadsheet reader: a formula cell saved without its calculated value. */
export default defineRule({ id: 'formula-no-value', code: 'GK020', severity: 'warning', category: 'extraction', tags: ['extraction', 'xlsx'], text });
