import { defineRule } from './rule.js';
import text from './text/batch-copied-text.js';

/** Emitted by the cross-file step (src/check/crossfile.ts), not by a per-report check. */
export default defineRule({ id: 'batch-copied-text', code: 'GK173', severity: 'warning', category: 'content', tags: ['batch', 'sections'], text });
