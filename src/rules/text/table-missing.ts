import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '缺少统计表',
    doc: '第二、三、四部分各有一张格式规定的统计表，缺少任何一张都是错误。即使全年数据均为0，也应填报完整表格（各单元格填0）。',
    messages: { missing: '缺少第{number}部分的统计表“{title}”。' },
    hints: { zeros: '即使没有数据，也应填报完整表格，各单元格填0。' },
  },
  en: {
    title: 'Table missing',
    doc: 'Sections 二, 三 and 四 each have a table prescribed by the format; a missing table is an error. Even when every figure is 0, the complete table must be filled in (0 in every cell).',
    messages: { missing: 'The table of section {number} "{title}" is missing.' },
    hints: { zeros: 'Fill in the complete table even without data, with 0 in every cell.' },
  },
} satisfies RuleTexts;
