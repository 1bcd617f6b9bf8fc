import { rowName, shortLabel } from '../format/labels.js';
import { TABLE_IDS } from '../format/spec.js';
import { atTable } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/table-label.js';

/**
 * A table row printed with a label that differs from the official one by more than spacing, line
 * wrapping and punctuation — a typo or a dropped word ("2.其他法律行政止公开") — that the readers matched to
 * its official row by a bounded edit distance (src/format/labels.ts matchLabel, matchNumbered) and read
 * under it. The figures are checked as that row; the label should still be put right. The same for a
 * column label printed with a slip (grid-labels.ts columnTypo: table 四's "其它结果", a 2019 table 二's "本公开数量").
 */
export default defineRule({
  id: 'table-label',
  code: 'GK124',
  severity: 'warning',
  category: 'format',
  tags: ['tables'],
  text,
  check(ctx) {
    for (const id of TABLE_IDS) {
      const content = ctx.table(id);
      if (!content?.relabelled) continue;
      const t = ctx.spec(id);
      for (const r of content.relabelled) {
        const column = r.kind === 'column' ? t.columns.find((x) => x.id === r.id) : undefined;
        if (column) {
          const at = atTable(t);
          ctx.report({
            messageId: 'column',
            data: { table: t.number, label: r.label, official: shortLabel(column.label) },
            hintId: 'renameColumn',
            hintData: { official: column.label },
            location: { ...at, column: column.id, labels: { ...at.labels, column: shortLabel(column.label) } },
            ...(r.source ? { physical: r.source } : {}),
          });
          continue;
        }
        const row = t.rows.find((x) => x.id === r.id);
        if (r.kind !== 'row' || !row) continue;
        const group = row.group ? t.rowGroups.find((g) => g.id === row.group)?.label : undefined;
        ctx.report({
          messageId: 'row',
          data: { table: t.number, label: r.label, official: rowName(row.label, group) },
          hintId: 'rename',
          hintData: { official: row.label },
          location: atTable(t, row),
          ...(r.source ? { physical: r.source } : {}),
        });
      }
    }
  },
});
