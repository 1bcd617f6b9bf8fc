import type { RuleTexts } from '../rule.js';
import { REPAIR_HINTS } from './repair-hints.js';

export default {
  zh: {
    title: '表三办理结果之和不等于（七）总计',
    doc: '“（七）总计”是本年度办理结果的合计：每一列的（一）予以公开、（二）部分公开及（三）至（六）各子项之和应等于（七）总计。格式规定“区分处理的，只计这一情形”，每件申请只计入一个结果。不相等说明某个结果漏填、多填，或总计算错。留空或填“-”“/”等的单元格按 0 计算（留空本身另有提示）；一边全部留空而另一边的数字之和不为 0 时（例如总计留空），无法核对。有单元格未能读取时一般无法核对；但若已读到的一边之和已大于另一边（数量不会小于 0），则无论未读取的是多少都一定不等，按错误报告。',
    messages: {
      mismatch: '“{column}”列办理结果各项之和为 {left}，但“（七）总计”为 {right}，相差 {diff}。',
      mismatchBlank: '“{column}”列办理结果各项之和为 {left}，但“（七）总计”为 {right}，相差 {diff}（空白单元格按 0 计）。',
      incomplete: '“{column}”列无法核对办理结果之和：{gaps}。',
      exceeds: '“{column}”列办理结果之和一定不等于（七）总计：{cells} 未能读取，但{side}已读到的数字之和已为 {known}，大于另一边的 {other}；未读取的单元格不会小于 0，无论它们是多少都不相等。',
      incompleteMany: '表三有 {count} 列有留空、无数值或不是数字的单元格，无法核对办理结果之和，例如{examples}列。',
    },
    hints: { check: '逐项核对该列（一）至（六）各子项，并重新计算（七）总计。', ...REPAIR_HINTS.zh },
  },
  en: {
    title: 'Table 三 results do not add up to （七）总计',
    doc: '（七）总计 is the total of the year\'s handling results: in every column, （一）予以公开 + （二）部分公开 + every sub-item of （三）–（六） must equal （七）总计. The format counts each application under one result only. A difference means a result was left out, entered twice, or the total is wrong. Cells left blank or holding a placeholder ("-", "/") count as 0 (the blanks themselves are reported separately); when one side is entirely blank and the numbers on the other do not add up to 0 (a blank total, say), the sum cannot be checked. When a cell could not be read the sum usually cannot be checked; but when the figures read on one side already exceed the other side (counts are never below 0), it fails whatever the unread cells hold and is reported as an error.',
    messages: {
      mismatch: 'Column "{column}": the results add up to {left}, but （七）总计 is {right}; difference {diff}.',
      mismatchBlank: 'Column "{column}": the results add up to {left}, but （七）总计 is {right}; difference {diff} (blank cells counted as 0).',
      incomplete: 'Column "{column}": cannot check the results total: {gapsEn}.',
      exceeds: 'Column "{column}": the results cannot equal （七）总计: {cells} could not be read, but the figures read on {sideEn} already add up to {known}, more than {other} on the other side; unread cells are not below 0, so the sum fails whatever they are.',
      incompleteMany: 'Table 三: {count} columns have cells left blank, with no value or not a number, so their results total cannot be checked, e.g. {examplesEn}.',
    },
    hints: { check: 'Check each sub-item of （一）–（六） in this column and recompute （七）总计.', ...REPAIR_HINTS.en },
  },
} satisfies RuleTexts;
