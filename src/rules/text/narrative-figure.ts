import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '正文数字与表格不一致',
    doc: '正文（一至六部分）常复述表格中的数字：收到、办结、结转的申请件数，予以公开、部分公开、不予公开等办理结果，行政复议和行政诉讼件数，行政许可、处罚、强制决定数，规章和行政规范性文件的制发、废止、现行有效件数，行政事业性收费金额（元与万元换算后比较）。本规则找出每一处这样的表述（阿拉伯数字和“八件”“一百二十三件”等中文数字都识别，不只看第一处），与对应表格单元格比较；“未收到政府信息公开申请”“未发生行政复议、行政诉讼”也与表格核对。带“约”“余”“多”的概数、写明其他年份或“上年”“同比”的表述不比较。口径按措辞确定：“本年新收……N件”只与表三“一、本年新收”比较；“共收到……N件（含上年结转M件）”与“本年新收＋上年结转”比较；只写“收到……N件”的，两种口径任一相符即可。这是启发式检查：不一致时请核对正文和表格，改正错误的一方；口径确有不同的（例如含上年结转），在正文中写明口径。表格中留空或填“-”“/”等的单元格按 0 计，留空的“总计”按该行各项之和计，此时提示会注明。',
    messages: {
      mismatch: '正文写{what}为 {written}，但{cells}为 {actual}：“{quote}”',
      none: '正文说没有{what}，但{cells}为 {actual}：“{quote}”',
      mismatchBlank: '正文写{what}为 {written}，但{cells}为 {actual}（空白单元格按 0 计）：“{quote}”',
      noneBlank: '正文说没有{what}，但{cells}为 {actual}（空白单元格按 0 计）：“{quote}”',
    },
    hints: {
      fix: '核对正文与表格，改正错误的一方。',
      readings: '核对正文与表格，改正错误的一方；本项按“本年新收”及“本年新收＋上年结转”两种口径比较，都不相符。',
    },
  },
  en: {
    title: 'Figure in the text differs from the table',
    doc: 'The text sections often restate table figures: applications received, handled and carried forward, results such as 予以公开, 部分公开 and 不予公开, administrative reconsideration and litigation cases, licensing, penalty and enforcement decisions, regulations and normative documents issued, repealed and in force, and administrative fees (元 and 万元 converted). This rule finds every such statement, with Arabic or Chinese numerals (八件, 一百二十三件), not only the first, and compares it with the table cell; statements such as 未收到政府信息公开申请 and 未发生行政复议、行政诉讼 are checked too. Approximate figures (约, 余, 多) and statements about another year (上年, 同比, an explicit other year) are not compared. The wording decides the basis: 本年新收……N件 is compared with 一、本年新收 of table 三 only, 共收到……N件（含上年结转M件） with 本年新收 + 上年结转, and a plain 收到……N件 agrees when either matches. This is a heuristic: when they differ, check both and correct the wrong one; when the text uses a different basis (e.g. including carried-over applications), say so in the text. Table cells left blank or holding a placeholder ("-", "/") count as 0, and a blank 总计 as the sum of its row; a finding read that way says so.',
    messages: {
      mismatch: 'The text gives {whatEn} as {written}, but {cellsEn} is {actual}: “{quote}”',
      none: 'The text says there were no {whatEn}, but {cellsEn} is {actual}: “{quote}”',
      mismatchBlank: 'The text gives {whatEn} as {written}, but {cellsEn} is {actual} (blank cells counted as 0): “{quote}”',
      noneBlank: 'The text says there were no {whatEn}, but {cellsEn} is {actual} (blank cells counted as 0): “{quote}”',
    },
    hints: {
      fix: 'Check the text against the table and correct whichever is wrong.',
      readings: 'Check the text against the table and correct whichever is wrong; both readings (received this year, and received plus carried over) were tried and neither matches.',
    },
  },
} satisfies RuleTexts;
