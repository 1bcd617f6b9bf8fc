import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '单元格空白或为占位符',
    doc: '统计表单元格留空，或填“/”“-”“—”“无”等占位符，读者无法区分“为0”和“漏填”。格式未规定空白的含义，实践中应填0。此类单元格单独提示，不按0参与勾稽核对（相关核对会注明无法核对）。',
    messages: {
      blank: '表{table}“{row}”行“{column}”列为空白。',
      placeholder: '表{table}“{row}”行“{column}”列填写了“{raw}”而不是数字。',
    },
    hints: { zero: '没有数据请填0。' },
  },
  en: {
    title: 'Blank or placeholder cell',
    doc: 'A blank table cell, or one holding a placeholder such as "/", "-", "—" or "无", leaves the reader unable to tell 0 from an omission. The format does not define blanks; practice is to write 0. Such cells are reported on their own and are not counted as 0 in the sum checks (those say they could not check).',
    messages: {
      blank: 'Table {table}, row "{row}", column "{column}" is blank.',
      placeholder: 'Table {table}, row "{row}", column "{column}" holds "{raw}" instead of a number.',
    },
    hints: { zero: 'Write 0 where there is nothing.' },
  },
} satisfies RuleTexts;
