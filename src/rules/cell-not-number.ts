import { reportEachCell, type Unplaced } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/cell-not-number.js';

/** The figures of a cell that holds nothing but figures a space apart ("0 7"), or undefined. */
function figuresApart(raw: string): string[] | undefined {
  const parts = raw.normalize('NFKC').trim().split(/\s+/);
  return parts.length > 1 && parts.every((p) => /^[+-]?\d+(?:\.\d+)?$/.test(p)) ? parts : undefined;
}

export default defineRule({
  id: 'cell-not-number',
  code: 'GK130',
  severity: 'error',
  category: 'content',
  tags: ['tables', 'values'],
  text,
  check: (ctx) =>
    reportEachCell(ctx, (c): Unplaced | undefined => {
      if (c?.kind !== 'text') return undefined;
      const apart = figuresApart(c.raw);
      return {
        messageId: 'text',
        data: { raw: c.raw },
        ...(apart
          ? { hintId: 'apart', hintData: { count: apart.length } }
          : c.number !== undefined
            ? { hintId: 'number', hintData: { number: c.number } }
            : { hintId: 'none' }),
      };
    }),
});
