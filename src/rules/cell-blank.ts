import { TABLE_IDS } from '../format/spec.js';
import { atCell, cellData, presentCells, relatedCell, reportCell, type CellVisit } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/cell-blank.js';

/** Up to this many blank cells in a table are reported one by one; more make one finding for the table. */
const BLANKS_ONE_BY_ONE = 2;
/** Cells named in the message of a table's finding; the full list is in `related`. */
const EXAMPLES = 3;

export default defineRule({
  id: 'cell-blank',
  code: 'GK122',
  severity: 'warning',
  category: 'content',
  tags: ['tables', 'values'],
  text,
  check(ctx) {
    const byTable = new Map<string, CellVisit[]>();
    for (const v of presentCells(ctx)) {
      const c = v.ref.cell;
      if (c?.kind !== 'blank' && c?.kind !== 'placeholder') continue;
      const list = byTable.get(v.table);
      if (list) list.push(v);
      else byTable.set(v.table, [v]);
    }
    for (const table of TABLE_IDS) {
      const cells = byTable.get(table);
      if (!cells) continue;
      if (cells.length <= BLANKS_ONE_BY_ONE) {
        for (const v of cells) {
          const c = v.ref.cell!;
          reportCell(ctx, v, { messageId: c.kind, data: { raw: c.kind === 'placeholder' ? c.raw : '' }, hintId: 'zero' });
        }
        continue;
      }
      // One finding for the table, at its first blank cell: the count, a few cells by their official
      // labels, and every cell in `related` (JSON, SARIF relatedLocations, pretty with --verbose).
      const blank = cells.filter((v) => v.ref.cell!.kind === 'blank').length;
      const placeholder = cells.length - blank;
      const name = (v: CellVisit): string => {
        const d = cellData(ctx, v);
        const c = v.ref.cell!;
        return `${d.row} · ${d.column}${c.kind === 'placeholder' ? `（“${c.raw}”）` : ''}`;
      };
      const shown = cells.slice(0, EXAMPLES).map(name);
      const more = cells.length > EXAMPLES;
      const first = cells[0]!;
      ctx.report({
        messageId: placeholder === 0 ? 'manyBlank' : blank === 0 ? 'manyPlaceholder' : 'manyMixed',
        data: {
          table: ctx.spec(table).number,
          count: cells.length,
          blank,
          placeholder,
          examples: shown.join('；') + (more ? ' 等' : ''),
          examplesEn: shown.join('; ') + (more ? '; …' : ''),
        },
        hintId: 'zeroAll',
        ...atCell(first.ref),
        related: cells.map((v) => relatedCell(v.ref)),
      });
    }
  },
});
