import { agrees, describeReading, readings } from '../analysis/narrative.js';
import { narrativeData } from '../analysis/narrative-data.js';
import { quote } from '../analysis/narrative-text.js';
import { atCell, atStatement, statements } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/narrative-figure.js';

export default defineRule({
  id: 'narrative-figure',
  code: 'GK160',
  severity: 'warning',
  category: 'content',
  tags: ['narrative', 'tables'],
  text,
  check(ctx) {
    const { data } = narrativeData();
    for (const st of statements(ctx)) {
      const q = data.quantities[st.quantity]!;
      const rs = readings(ctx.model, ctx.format, q, st.reading);
      // A reading that cannot be summed (missing table, unread or text cell) is reported by other rules;
      // blank cells count as 0 (a blank 总计 as its row), and the finding then says so.
      if (rs.length === 0 || rs.some((r) => r.value === undefined)) continue;
      if (rs.some((r) => agrees(st, r.value!, q))) continue;
      const first = rs[0]!;
      const cell = first.cells[0]!;
      const ref = ctx.cellRef(cell.table, cell.row, cell.column);
      const names = describeReading(ctx.format, first);
      const actual = [...new Set(rs.map((r) => r.value))].join(' / ');
      const blanks = rs.some((r) => r.blanks);
      ctx.report({
        messageId: `${st.none ? 'none' : 'mismatch'}${blanks ? 'Blank' : ''}`,
        data: {
          quote: quote(st.sentence, st.phrase),
          what: q.zh,
          whatEn: q.en,
          written: `${st.written}${st.unit}`,
          cells: names.zh,
          cellsEn: names.en,
          actual: `${actual}${q.unit ?? ''}`,
        },
        hintId: rs.length > 1 ? 'readings' : 'fix',
        ...atStatement(ref, st.section),
        related: first.cells.map((c) => {
          const r = ctx.cellRef(c.table, c.row, c.column);
          return { ...atCell(r), value: r.cell?.kind === 'number' ? String(r.cell.value) : '' };
        }),
        // No expected/actual: which of the two is wrong is for the reader to find out.
      });
    }
  },
});
