import { defineRule } from './rule.js';
import text from './text/extract-resolved.js';

/**
 * Emitted by the text reader when run-together digits had several splits and the sum rules of the
 * whole table singled out one: the split was taken, and this note says the row's sums were used
 * to read it (so they no longer check it independently). Also noted for the glued rows the report's
 * text or last year's report singles out (analysis/glued.ts, check/glued-years.ts), and for unread cells
 * whose value the table's sums force (analysis/forced.ts).
 */
export default defineRule({ id: 'extract-resolved', code: 'GK012', severity: 'info', category: 'extraction', tags: ['extraction', 'tables'], text });
