import { defineRule } from './rule.js';
import text from './text/yoy-carry-over.js';

/** Emitted by the cross-file step (src/check/crossfile.ts), not by a per-report check. */
export default defineRule({ id: 'yoy-carry-over', code: 'GK165', severity: 'error', category: 'content', tags: ['year-over-year', 'tables'], text });
