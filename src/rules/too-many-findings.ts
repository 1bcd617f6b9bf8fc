import { defineRule } from './rule.js';
import text from './text/too-many-findings.js';

/**
 * Emitted by the engine (src/check/check.ts, MAX_FINDINGS_PER_FILE) when a file has more findings than
 * are listed for one file: says how many more of each severity there are (they still count).
 */
export default defineRule({ id: 'too-many-findings', code: 'GK006', severity: 'info', category: 'input', tags: ['input'], text });
