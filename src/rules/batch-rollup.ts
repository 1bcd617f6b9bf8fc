import { defineRule } from './rule.js';
import text from './text/batch-rollup.js';

/** Emitted by the cross-file step (src/check/rollup.ts, called from src/check/crossfile.ts), not by a per-report check. */
export default defineRule({ id: 'batch-rollup', code: 'GK183', severity: 'warning', category: 'content', tags: ['batch', 'tables'], text });
