import { describeReading, percentAgrees, readings } from '../analysis/narrative.js';
import { narrativeData } from '../analysis/narrative-data.js';
import { quote } from '../analysis/narrative-text.js';
import { atStatement, statements } from './helpers.js';
import { defineRule } from './rule.js';
import text from './text/narrative-percentage.js';

export default defineRule({
  id: 'narrative-percentage',
  code: 'GK161',
  severity: 'warning',
  category: 'content',
  tags: ['narrative', 'tables'],
  text,
  check(ctx) {
    const { data } = narrativeData();
    for (const st of statements(ctx)) {
      if (!st.percent) continue;
      const q = data.quantities[st.quantity]!;
      if (!q.percentOf) continue;
      const parts = readings(ctx.model, ctx.format, q, st.reading);
      const bases = readings(ctx.model, ctx.format, data.quantities[q.percentOf]!);
      // Bases: the handled total, and also what was received (some reports divide by that).
      const received = data.quantities.received ? readings(ctx.model, ctx.format, data.quantities.received) : [];
      const allBases = [...bases, ...received].filter((b) => b.value !== undefined && b.value > 0);
      if (parts.some((p) => p.value === undefined) || allBases.length === 0) continue;
      const candidates = [st.value, ...parts.map((p) => p.value!)];
      const ok = candidates.some((part) => allBases.some((b) => percentAgrees(st.percent!.written, st.percent!.value, part, b.value!)));
      if (ok) continue;
      const base = bases.find((b) => b.value !== undefined && b.value > 0) ?? allBases[0]!;
      const computed = Math.round(((st.value / base.value!) * 100) * 100) / 100;
      const names = describeReading(ctx.format, base);
      const cell = base.cells[0]!;
      const ref = ctx.cellRef(cell.table, cell.row, cell.column);
      ctx.report({
        // A base read with blank cells counted as 0 (or a blank 总计 as its row): the message says so.
        messageId: base.blanks ? 'mismatchBlank' : 'mismatch',
        data: {
          quote: quote(st.sentence, st.phrase),
          what: q.zh,
          whatEn: q.en,
          written: `${st.written}${st.unit}`,
          percent: `${st.percent.written}%`,
          computed: `${computed}%`,
          base: String(base.value),
          baseCells: names.zh,
          baseCellsEn: names.en,
        },
        hintId: 'fix',
        ...atStatement(ref, st.section),
        expected: `${computed}%`,
        actual: `${st.percent.written}%`,
      });
    }
  },
});
