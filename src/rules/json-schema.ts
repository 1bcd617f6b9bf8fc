import { defineRule } from './rule.js';
import text from './text/json-schema.js';

/** Emitted by readers; no check of its own. */
export default defineRule({ id: 'json-schema', code: 'GK002', severity: 'error', category: 'input', tags: ['input', 'json'], text });
