import { defineRule } from './rule.js';
import text from './text/json-unknown-key.js';

/** Emitted by readers; no check of its own. */
export default defineRule({ id: 'json-unknown-key', code: 'GK003', severity: 'warning', category: 'input', tags: ['input', 'json'], text });
