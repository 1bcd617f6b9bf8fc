import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '数值为负',
    doc: '件数和金额不能为负数（只有2019年格式的“本年增/减”可以为负）。负数通常是把差额或更正数填进了单元格。请填写实际件数或金额。',
    messages: { negative: '表{table}“{row}”行“{column}”列为负数 {value}。' },
  },
  en: {
    title: 'Negative value',
    doc: 'Counts and amounts cannot be negative (only 本年增/减 of the 2019 format can). A negative number usually means a difference or correction was written into the cell. Write the actual count or amount.',
    messages: { negative: 'Table {table}, row "{row}", column "{column}" is negative: {value}.' },
  },
} satisfies RuleTexts;
