import { defineRule } from './rule.js';
import text from './text/internal-error.js';

/**
 * Emitted by the engine (src/check/check.ts) when a rule's check, or the check of a file as a whole,
 * throws: a bug in gongkai, named with the rule and the file. The other rules and files go on; the CLI
 * exits 2 at the end of such a run. Its severity cannot be changed.
 */
export default defineRule({ id: 'internal-error', code: 'GK005', severity: 'error', category: 'input', tags: ['input'], text });
