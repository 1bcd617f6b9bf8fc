import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '部分内容为空',
    doc: '文字描述部分（一、五、六）有标题却没有内容，表格部分（二、三、四）有标题却没有表格，都视为缺项。请补写内容或补上表格；确无事项的，写明“无”及原因，例如“本年度无其他需要报告的事项”。',
    messages: {
      emptyText: '第{number}部分“{heading}”没有内容。',
      noTable: '第{number}部分“{heading}”没有表格。',
    },
  },
  en: {
    title: 'Section is empty',
    doc: 'A text section (一, 五, 六) with a heading but no text, or a table section (二, 三, 四) with a heading but no table, counts as missing. Write the content or add the table; if there is nothing to report, say so (e.g. 本年度无其他需要报告的事项).',
    messages: {
      emptyText: 'Section {number} "{heading}" has no text.',
      noTable: 'Section {number} "{heading}" has no table.',
    },
  },
} satisfies RuleTexts;
