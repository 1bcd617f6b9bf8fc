import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '数字单元格中有文字',
    doc: '统计表的数字单元格只能填写数字。文字（如“约3”“3（其中1件已撤回）”）无法汇总和核对。请只保留数字，说明性文字写入正文。',
    messages: { text: '表{table}“{row}”行“{column}”列应为数字，实际为“{raw}”。' },
    hints: { number: '如果数字是 {number}，只填写 {number}，说明写入正文。', none: '请填写数字；无数据填0。', apart: '这一格里有 {count} 个数字，可能是相邻单元格的数字挤进了这一格；请核对，每格只填一个数字。' },
  },
  en: {
    title: 'Text in a number cell',
    doc: 'Number cells may hold only a number. Text (e.g. 约3, 3（其中1件已撤回）) cannot be summed or checked. Keep only the number and put explanations in the text.',
    messages: { text: 'Table {table}, row "{row}", column "{column}" should be a number but holds "{raw}".' },
    hints: { number: 'If the figure is {number}, write just {number} and explain in the text.', none: 'Write a number; 0 where there is nothing.', apart: 'The cell holds {count} figures, perhaps those of neighbouring cells run into one; check it and write one figure per cell.' },
  },
} satisfies RuleTexts;
