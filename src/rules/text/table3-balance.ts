import type { RuleTexts } from '../rule.js';
import { REPAIR_HINTS } from './repair-hints.js';

export default {
  zh: {
    title: '表三各列收支不平衡（第一项＋第二项＝第三项＋第四项）',
    doc: '表三左上角注明：本列数据的勾稽关系为第一项加第二项之和，等于第三项加第四项之和。即每一列都应满足“一、本年新收＋二、上年结转＝（七）总计＋四、结转下年度继续办理”。不相等说明有申请被漏计或重复计入（例如同一申请既计入办结又计入结转）。请逐项核对该列。留空或填“-”“/”等的单元格按 0 计算（留空本身另有提示）；一边全部留空而另一边的数字之和不为 0 时（例如总计留空），无法核对。有单元格未能读取时一般无法核对；但若已读到的一边之和已大于另一边（数量不会小于 0），则无论未读取的是多少都一定不等，按错误报告。',
    messages: {
      mismatch: '“{column}”列不平衡：{equation}。左边为 {left}，右边为 {right}，相差 {diff}。',
      mismatchBlank: '“{column}”列不平衡：{equation}。左边为 {left}，右边为 {right}，相差 {diff}（空白单元格按 0 计）。',
      incomplete: '“{column}”列无法核对“本年新收＋上年结转＝（七）总计＋结转下年度”：{gaps}。',
      exceeds: '“{column}”列一定不平衡：{cells} 未能读取，但{side}已读到的数字之和已为 {known}，大于另一边的 {other}；未读取的单元格不会小于 0，无论它们是多少，“本年新收＋上年结转＝（七）总计＋结转下年度”都不成立。',
      incompleteMany: '表三有 {count} 列有留空、无数值或不是数字的单元格，无法核对收支平衡（第一项＋第二项＝第三项＋第四项），例如{examples}列。',
    },
    hints: { check: '核对该列的“本年新收”“上年结转”“（七）总计”“结转下年度”四个数；同一申请只能计入办结或结转之一。', ...REPAIR_HINTS.zh },
  },
  en: {
    title: 'Table 三 column does not balance (一 + 二 = 三 + 四)',
    doc: 'The corner note of table 三 says every column must satisfy: 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理. A difference means an application was left out or counted twice (e.g. both as handled and as carried forward). Check the column item by item. Cells left blank or holding a placeholder ("-", "/") count as 0 (the blanks themselves are reported separately); when one side is entirely blank and the numbers on the other do not add up to 0 (a blank total, say), the sum cannot be checked. When a cell could not be read the sum usually cannot be checked; but when the figures read on one side already exceed the other side (counts are never below 0), it fails whatever the unread cells hold and is reported as an error.',
    messages: {
      mismatch: 'Column "{column}" does not balance: {equation}. Left side {left}, right side {right}, difference {diff}.',
      mismatchBlank: 'Column "{column}" does not balance: {equation}. Left side {left}, right side {right}, difference {diff} (blank cells counted as 0).',
      incomplete: 'Column "{column}": cannot check 本年新收 + 上年结转 = （七）总计 + 结转下年度: {gapsEn}.',
      exceeds: 'Column "{column}" cannot balance: {cells} could not be read, but the figures read on {sideEn} already add up to {known}, more than {other} on the other side; unread cells are not below 0, so 本年新收 + 上年结转 = （七）总计 + 结转下年度 fails whatever they are.',
      incompleteMany: 'Table 三: {count} columns have cells left blank, with no value or not a number, so their balance (一 + 二 = 三 + 四) cannot be checked, e.g. {examplesEn}.',
    },
    hints: { check: 'Check 本年新收, 上年结转, （七）总计 and 结转下年度 in this column; an application is either handled or carried forward, never both.', ...REPAIR_HINTS.en },
  },
} satisfies RuleTexts;
