import { defineRule } from './rule.js';
import text from './text/yoy-missing-year.js';

/** Emitted by the cross-file step (src/check/crossfile.ts), not by a per-report check. */
export default defineRule({ id: 'yoy-missing-year', code: 'GK169', severity: 'info', category: 'input', tags: ['year-over-year'], text });
