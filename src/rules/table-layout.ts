import { shortLabel } from '../format/labels.js';
import { getFormat, TABLE_IDS } from '../format/spec.js';
import { atTable } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/table-layout.js';

/** Labels shown as the difference between two layouts of a table, at most this many. */
const SHOWN = 3;

/**
 * One table filled in by the other version of the format than the rest of the report (#17 item 1): a
 * 2021 report whose table 三 keeps the 2019 single （六）其他处理 row, whose table 二 keeps the 2019
 * columns, or the reverse. The readers read such a table by its own layout (TableContent.layout) and the
 * rules check it by that layout, so the mix is reported here once, not as a row of cell-missing errors.
 * An older layout in a newer report is an error (the superseded format); a newer one in an older report
 * a warning.
 */
export default defineRule({
  id: 'table-layout',
  code: 'GK125',
  severity: 'error',
  category: 'format',
  tags: ['format', 'tables'],
  text,
  check(ctx) {
    for (const id of TABLE_IDS) {
      const layout = ctx.table(id)?.layout;
      if (!layout || layout === ctx.format.id) continue;
      const own = getFormat(layout);
      const mine = own.tables[id];
      const theirs = ctx.format.tables[id];
      // What the table's layout has that the report's version has not, and the table itself has (a row or
      // column with a cell read): rows, then columns.
      const keys = Object.keys(ctx.table(id)?.cells ?? {});
      const hasRow = (r: string): boolean => keys.some((k) => k.startsWith(`${r}.`));
      const hasColumn = (c: string): boolean => keys.some((k) => k.endsWith(`.${c}`));
      const rows = mine.rows.filter((r) => !theirs.rows.some((x) => x.id === r.id) && hasRow(r.id)).map((r) => shortLabel(r.label));
      const cols = mine.columns.filter((c) => !theirs.columns.some((x) => x.id === c.id) && hasColumn(c.id)).map((c) => shortLabel(c.label));
      const labels = [...rows, ...cols];
      const newer = (own.years.from ?? 0) > (ctx.format.years.from ?? 0);
      ctx.report({
        messageId: labels.length > 0 ? 'mixed' : 'mixedSame',
        data: {
          table: mine.number,
          layout: own.id,
          layoutDoc: own.document,
          format: ctx.format.id,
          formatDoc: ctx.format.document,
          labels: labels.slice(0, SHOWN).map((l) => `“${l}”`).join('、'),
        },
        hintId: 'refill',
        hintData: { table: mine.number, format: ctx.format.id },
        location: atTable(theirs),
        ...(ctx.table(id)?.source ? { physical: ctx.table(id)!.source! } : {}),
        ...(newer ? { severity: 'warning' as const } : {}),
      });
    }
  },
});
