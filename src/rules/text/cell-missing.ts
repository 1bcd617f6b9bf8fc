import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '表格缺行或缺单元格',
    doc: '统计表须包含格式规定的每一行、每一列。缺少一整行（例如“（六）其他处理”的子项）或某个单元格，汇总时无法核对。请按格式补全该行或该单元格；无数据填0。',
    messages: {
      row: '表{table}缺少“{row}”一行。',
      cell: '表{table}缺少“{row}”行“{column}”列的单元格。',
    },
    hints: { fill: '按格式补上，无数据填0。' },
  },
  en: {
    title: 'Row or cell missing from a table',
    doc: 'Each table must have every row and column of the format. A missing row (e.g. a sub-item of （六）其他处理) or cell cannot be checked or aggregated. Add it as in the format; write 0 where there is nothing.',
    messages: {
      row: 'Table {table} lacks the row "{row}".',
      cell: 'Table {table} lacks the cell at row "{row}", column "{column}".',
    },
    hints: { fill: 'Add it as in the format; write 0 where there is nothing.' },
  },
} satisfies RuleTexts;
