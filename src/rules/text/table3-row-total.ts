import type { RuleTexts } from '../rule.js';
import { REPAIR_HINTS } from './repair-hints.js';

export default {
  zh: {
    title: '表三各类申请人之和不等于总计',
    doc: '表三每一行的“总计”应等于自然人与法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）六列之和。不相等说明某类申请人漏填或总计算错。留空或填“-”“/”等的单元格按 0 计算（留空本身另有提示）；一边全部留空而另一边的数字之和不为 0 时（例如总计留空），无法核对。有单元格未能读取时一般无法核对；但若已读到的一边之和已大于另一边（数量不会小于 0），则无论未读取的是多少都一定不等，按错误报告。',
    messages: {
      mismatch: '“{row}”行各类申请人之和为 {left}，但“总计”为 {right}，相差 {diff}。',
      mismatchBlank: '“{row}”行各类申请人之和为 {left}，但“总计”为 {right}，相差 {diff}（空白单元格按 0 计）。',
      incomplete: '“{row}”行无法核对申请人之和：{gaps}。',
      exceeds: '“{row}”行申请人之和一定不等于总计：{cells} 未能读取，但{side}已读到的数字之和已为 {known}，大于另一边的 {other}；未读取的单元格不会小于 0，无论它们是多少都不相等。',
      incompleteMany: '表三有 {count} 行有留空、无数值或不是数字的单元格，无法核对申请人之和，例如{examples}行。',
    },
    hints: { check: '核对该行六类申请人的数字，并重新计算总计。', ...REPAIR_HINTS.zh },
  },
  en: {
    title: 'Table 三 applicant columns do not add up to 总计',
    doc: 'In every row of table 三, 总计 must equal the sum of 自然人 and the five 法人或其他组织 columns (商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他). A difference means an applicant type was left out or the total is wrong. Cells left blank or holding a placeholder ("-", "/") count as 0 (the blanks themselves are reported separately); when one side is entirely blank and the numbers on the other do not add up to 0 (a blank total, say), the sum cannot be checked. When a cell could not be read the sum usually cannot be checked; but when the figures read on one side already exceed the other side (counts are never below 0), it fails whatever the unread cells hold and is reported as an error.',
    messages: {
      mismatch: 'Row "{row}": the applicant columns add up to {left}, but 总计 is {right}; difference {diff}.',
      mismatchBlank: 'Row "{row}": the applicant columns add up to {left}, but 总计 is {right}; difference {diff} (blank cells counted as 0).',
      incomplete: 'Row "{row}": cannot check the applicant total: {gapsEn}.',
      exceeds: 'Row "{row}": the applicants cannot add up to the total: {cells} could not be read, but the figures read on {sideEn} already add up to {known}, more than {other} on the other side; unread cells are not below 0, so the sum fails whatever they are.',
      incompleteMany: 'Table 三: {count} rows have cells left blank, with no value or not a number, so their applicant total cannot be checked, e.g. {examplesEn}.',
    },
    hints: { check: 'Check the six applicant figures of this row and recompute 总计.', ...REPAIR_HINTS.en },
  },
} satisfies RuleTexts;
