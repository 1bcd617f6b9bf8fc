import { defineRule } from './rule.js';
import text from './text/json-forbidden-key.js';

/** Emitted by readers; no check of its own. */
export default defineRule({ id: 'json-forbidden-key', code: 'GK004', severity: 'error', category: 'input', tags: ['input', 'json', 'security'], text });
