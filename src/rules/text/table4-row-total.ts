import type { RuleTexts } from '../rule.js';
import { REPAIR_HINTS } from './repair-hints.js';

export default {
  zh: {
    title: '表四结果之和不等于总计',
    doc: '表四的行政复议、未经复议直接起诉、复议后起诉三组，每组的“总计”应等于结果维持、结果纠正、其他结果、尚未审结四项之和。不相等说明某项漏填或总计算错。注意：复议机关作共同被告的行政诉讼案件，只计原行为机关，不计复议机关。留空或填“-”“/”等的单元格按 0 计算（留空本身另有提示）；一边全部留空而另一边的数字之和不为 0 时（例如总计留空），无法核对。有单元格未能读取时一般无法核对；但若已读到的一边之和已大于另一边（数量不会小于 0），则无论未读取的是多少都一定不等，按错误报告。',
    messages: {
      mismatch: '“{row}”的结果维持、结果纠正、其他结果、尚未审结之和为 {left}，但“总计”为 {right}，相差 {diff}。',
      mismatchBlank: '“{row}”的结果维持、结果纠正、其他结果、尚未审结之和为 {left}，但“总计”为 {right}，相差 {diff}（空白单元格按 0 计）。',
      incomplete: '“{row}”无法核对：{gaps}。',
      exceeds: '“{row}”四项结果之和一定不等于“总计”：{cells} 未能读取，但{side}已读到的数字之和已为 {known}，大于另一边的 {other}；未读取的单元格不会小于 0，无论它们是多少都不相等。',
      incompleteMany: '表四有 {count} 组有留空、无数值或不是数字的单元格，无法核对结果之和，例如{examples}。',
    },
    hints: { check: '核对“{row}”四项结果，并重新计算总计。', ...REPAIR_HINTS.zh },
  },
  en: {
    title: 'Table 四 results do not add up to 总计',
    doc: 'For each of the three groups of table 四 (行政复议, 未经复议直接起诉, 复议后起诉), 总计 must equal 结果维持 + 结果纠正 + 其他结果 + 尚未审结. A difference means a result was left out or the total is wrong. Note: a lawsuit in which the reconsideration body is co-defendant is counted only for the original agency. Cells left blank or holding a placeholder ("-", "/") count as 0 (the blanks themselves are reported separately); when one side is entirely blank and the numbers on the other do not add up to 0 (a blank total, say), the sum cannot be checked. When a cell could not be read the sum usually cannot be checked; but when the figures read on one side already exceed the other side (counts are never below 0), it fails whatever the unread cells hold and is reported as an error.',
    messages: {
      mismatch: '"{row}": 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = {left}, but 总计 is {right}; difference {diff}.',
      mismatchBlank: '"{row}": 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = {left}, but 总计 is {right}; difference {diff} (blank cells counted as 0).',
      incomplete: '"{row}": cannot check: {gapsEn}.',
      exceeds: '"{row}": the four results cannot add up to 总计: {cells} could not be read, but the figures read on {sideEn} already add up to {known}, more than {other} on the other side; unread cells are not below 0, so the sum fails whatever they are.',
      incompleteMany: 'Table 四: {count} groups have cells left blank, with no value or not a number, so their results total cannot be checked, e.g. {examplesEn}.',
    },
    hints: { check: 'Check the four results of "{row}" and recompute 总计.', ...REPAIR_HINTS.en },
  },
} satisfies RuleTexts;
