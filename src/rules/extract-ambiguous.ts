import { defineRule } from './rule.js';
import text from './text/extract-ambiguous.js';

/**
 * Emitted by the text, HTML and DOCX readers when cell values were run together in the input and
 * more than one reading fits. The cells are left unread (never guessed); when the sum rules single
 * out one reading, the finding is lowered to info and says so.
 */
export default defineRule({ id: 'extract-ambiguous', code: 'GK010', severity: 'warning', category: 'extraction', tags: ['extraction', 'tables'], text });
