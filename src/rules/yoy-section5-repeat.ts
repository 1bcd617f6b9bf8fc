import { defineRule } from './rule.js';
import text from './text/yoy-section5-repeat.js';

/** Emitted by the cross-file step (src/check/crossfile.ts), not by a per-report check. */
export default defineRule({ id: 'yoy-section5-repeat', code: 'GK167', severity: 'warning', category: 'content', tags: ['year-over-year', 'sections'], text });
