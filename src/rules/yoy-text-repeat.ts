import { defineRule } from './rule.js';
import text from './text/yoy-text-repeat.js';

/** Emitted by the cross-file step (src/check/crossfile.ts), not by a per-report check. */
export default defineRule({ id: 'yoy-text-repeat', code: 'GK170', severity: 'warning', category: 'content', tags: ['year-over-year', 'sections'], text });
