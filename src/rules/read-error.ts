import { defineRule } from './rule.js';
import text from './text/read-error.js';

/** Emitted by readers; no check of its own. */
export default defineRule({ id: 'read-error', code: 'GK001', severity: 'error', category: 'input', tags: ['input'], text });
