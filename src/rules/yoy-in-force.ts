import { defineRule } from './rule.js';
import text from './text/yoy-in-force.js';

/** Emitted by the cross-file step (src/check/crossfile.ts), not by a per-report check. */
export default defineRule({ id: 'yoy-in-force', code: 'GK166', severity: 'warning', category: 'content', tags: ['year-over-year', 'tables', '2021'], text });
