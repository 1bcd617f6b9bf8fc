import { defineRule } from './rule.js';
import text from './text/formula-stale.js';

/**
 * Emitted by the spreadsheet reader: a simple formula (SUM of cells, + and − of cells) whose saved
 * result differs from what its cells give now — the workbook was changed by a program that did not
 * recalculate (some WPS and online editors, scripts writing values).
 */
export default defineRule({ id: 'formula-stale', code: 'GK021', severity: 'warning', category: 'content', tags: ['tables', 'sums', 'xlsx'], text });
