import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '本年“上年结转”与上年“结转下年度”不一致',
    doc: '同一机关相邻两年的报告中，本年表三“二、上年结转政府信息公开申请数量”应等于上年表三“四、结转下年度继续办理”，每一列（各类申请人及总计）都应相等。一起检查的文件按机关名称和年度自动配对，也可用 --previous 指定上一年度的报告。不相等说明某一年的表格填错，或上年报告发布后数据有更正；请核对两份报告并改正，有更正的在报告中说明。',
    messages: {
      mismatch: '“{column}”列：本年（{year}）“上年结转”为 {value}，但上年报告 {previousFile}（{previousYear}）“结转下年度继续办理”为 {previous}。',
    },
    hints: { fix: '核对两份报告表三的这两行；上年结转的申请应逐件对应上年结转下年度的申请。' },
  },
  en: {
    title: 'Carried over ≠ last year\'s carried forward',
    doc: 'For one agency\'s reports of consecutive years, this year\'s table 三 row 二、上年结转政府信息公开申请数量 must equal last year\'s row 四、结转下年度继续办理 in every column (each kind of applicant and the total). Files checked together are paired by agency name and year; --previous names last year\'s report explicitly. A difference means one of the tables is wrong, or last year\'s figures were corrected after publication: check both reports and correct them, or explain the correction.',
    messages: {
      mismatch: 'Column "{column}": this year\'s ({year}) 上年结转 is {value}, but last year\'s report {previousFile} ({previousYear}) has 结转下年度继续办理 {previous}.',
    },
    hints: { fix: 'Check these two rows of table 三 in both reports; every application carried over must be one carried forward last year.' },
  },
} satisfies RuleTexts;
