import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '表格数字与上年报告几乎完全相同',
    doc: '年度报告的表格应按本年实际统计填写。曾有机关连续三年报告的表格数字完全相同、只改了年份。本规则把本年表二、表三、表四中所有不为 0 的数字与同一机关上一份报告的同一格比较，相同的达到阈值（默认 90%）且不为 0 的数字不少于 5 个时提醒，并列出与上年不同的几格。数字本来就多为 0 的小机关不会因此被提醒。一起检查的文件按机关名称和年度自动配对，也可用 --previous 指定上一年度的报告。确实与上年相同的，请核对后在报告中说明。比例和最少个数可在 gongkai.config.json 的 "options" 中设置，如 { "options": { "yoy-tables-unchanged": { "percent": 100, "minCells": 10 } } }。',
    messages: {
      all: '表格中本年 {total} 个不为 0 的数字与上一份报告 {previousFile}（{previousYear}）的同一格全部相同，像是沿用了上年的表格。',
      most: '表格中本年 {total} 个不为 0 的数字有 {same} 个（{share}，阈值 {threshold}）与上一份报告 {previousFile}（{previousYear}）的同一格相同，只有 {changed} 个不同（列在下面）。',
    },
    hints: { check: '按本年实际统计重新核对表二、表三、表四的每一项；确实与上年相同的，在第六部分说明原因。' },
  },
  en: {
    title: 'Table figures almost all the same as last year\'s',
    doc: 'The tables of an annual report must give the year\'s own statistics. Reports have been found whose tables kept the same figures three years running, only the year changed. This rule compares every non-zero figure of tables 二, 三 and 四 with the same cell of the same agency\'s previous report and warns when the share that is the same reaches the threshold (90% by default) and there are at least 5 non-zero figures; the few cells that differ are listed. A small agency whose figures are mostly 0 is not warned for that. Files checked together are paired by agency name and year; --previous names last year\'s report explicitly. Where the figures really are the same as last year, check them and say so in the report. Set the share and the minimum number of figures in gongkai.config.json under "options", e.g. { "options": { "yoy-tables-unchanged": { "percent": 100, "minCells": 10 } } }.',
    messages: {
      all: 'All {total} non-zero figures of this year\'s tables are the same as in the same cells of the previous report {previousFile} ({previousYear}): the tables look carried over from last year.',
      most: '{same} of this year\'s {total} non-zero table figures ({share}; threshold {threshold}) are the same as in the same cells of the previous report {previousFile} ({previousYear}); only {changed} differ (listed below).',
    },
    hints: { check: 'Check every figure of tables 二, 三 and 四 against this year\'s own statistics; where one really is the same as last year, explain it in section 六.' },
  },
} satisfies RuleTexts;
