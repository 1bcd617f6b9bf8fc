import { defineRule } from './rule.js';
import text from './text/yoy-jump.js';

/** Emitted by the cross-file step (src/check/crossfile.ts), not by a per-report check. */
export default defineRule({ id: 'yoy-jump', code: 'GK168', severity: 'info', category: 'content', tags: ['year-over-year', 'tables'], text });
