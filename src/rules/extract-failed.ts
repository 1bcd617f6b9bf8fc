import { defineRule } from './rule.js';
import text from './text/extract-failed.js';

/**
 * Emitted by the text, HTML and DOCX readers when part of a table could not be read: a row label
 * not found, no values after it, or run-together digits that no reading fits.
 */
export default defineRule({ id: 'extract-failed', code: 'GK011', severity: 'warning', category: 'extraction', tags: ['extraction', 'tables'], text });
