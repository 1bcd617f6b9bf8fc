import { defineRule } from './rule.js';
import text from './text/extract-failed.js';

/**
 * Emitted by the readers when part of a table could not be read: a row label not found, no values after
 * it, run-together digits that no reading fits, a PDF cell whose figure's place does not tell which cell
 * it is (unread-cell.ts unplacedCellFinding).
 */
export default defineRule({ id: 'extract-failed', code: 'GK011', severity: 'warning', category: 'extraction', tags: ['extraction', 'tables'], text });
