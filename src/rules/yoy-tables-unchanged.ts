import { defineRule } from './rule.js';
import text from './text/yoy-tables-unchanged.js';

/** Emitted by the cross-file step (src/check/crossfile.ts), not by a per-report check. */
export default defineRule({ id: 'yoy-tables-unchanged', code: 'GK171', severity: 'warning', category: 'content', tags: ['year-over-year', 'tables'], text });
