import type { RuleTexts } from '../rule.js';
import { REPAIR_HINTS } from './repair-hints.js';

export default {
  zh: {
    title: '表三办理结果之和不等于（七）总计',
    doc: '“（七）总计”是本年度办理结果的合计：每一列的（一）予以公开、（二）部分公开及（三）至（六）各子项之和应等于（七）总计。格式规定“区分处理的，只计这一情形”，每件申请只计入一个结果。不相等说明某个结果漏填、多填，或总计算错。',
    messages: {
      mismatch: '“{column}”列办理结果各项之和为 {left}，但“（七）总计”为 {right}，相差 {diff}。',
      incomplete: '“{column}”列无法核对办理结果之和：{cells} 不是数字。',
      incompleteMany: '表三有 {count} 列有空白或不是数字的单元格，无法核对办理结果之和，例如{examples}列。',
    },
    hints: { check: '逐项核对该列（一）至（六）各子项，并重新计算（七）总计。', ...REPAIR_HINTS.zh },
  },
  en: {
    title: 'Table 三 results do not add up to （七）总计',
    doc: '（七）总计 is the total of the year\'s handling results: in every column, （一）予以公开 + （二）部分公开 + every sub-item of （三）–（六） must equal （七）总计. The format counts each application under one result only. A difference means a result was left out, entered twice, or the total is wrong.',
    messages: {
      mismatch: 'Column "{column}": the results add up to {left}, but （七）总计 is {right}; difference {diff}.',
      incomplete: 'Column "{column}": cannot check the results total because {cells} not a number.',
      incompleteMany: 'Table 三: {count} columns have blank or non-number cells, so their results total cannot be checked, e.g. {examplesEn}.',
    },
    hints: { check: 'Check each sub-item of （一）–（六） in this column and recompute （七）总计.', ...REPAIR_HINTS.en },
  },
} satisfies RuleTexts;
