import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '“其他处理”占办理结果比例较高',
    doc: '表三“（六）其他处理”只用于无法归入（一）至（五）各项的申请；2019 年格式的通知要求对其他处理比例较高的报告跟踪了解。本规则把“其他处理”（2021 年格式为其下三项之和）的总计列与“（七）总计”的总计列相比，超过设定比例（默认 30%）且办理结果不少于 10 件时提示。请核对这些申请能否归入具体的处理情形；确属其他处理的，在报告中说明主要原因。比例和最少件数可在 gongkai.config.json 的 "options" 中设置，如 { "options": { "table3-other-share": { "percent": 20 } } }。',
    messages: {
      high: '表三“其他处理”共 {other} 件，占办理结果总计 {total} 件的 {share}，超过 {threshold}。',
    },
    hints: { check: '核对归入“其他处理”的申请能否归入（一）至（五）的具体情形；确属其他处理的，在报告中说明主要原因。' },
  },
  en: {
    title: 'High share of 其他处理 among the results',
    doc: 'Table 三\'s row （六）其他处理 is only for applications that fit none of （一） to （五）; the notice of the 2019 format asks supervisors to follow up reports with a high share of it. This rule compares the 总计 column of 其他处理 (in the 2021 format, the sum of its three rows) with that of （七）总计 and notes a share above the configured one (30% by default) when there are at least 10 results. Check whether these applications fit one of the specific outcomes; where they really are other handling, explain the main reasons in the report. Set the share and the minimum number of results in gongkai.config.json under "options", e.g. { "options": { "table3-other-share": { "percent": 20 } } }.',
    messages: {
      high: 'Table 三: 其他处理 is {other} of {total} results ({share}), more than {threshold}.',
    },
    hints: { check: 'Check whether the applications under 其他处理 fit one of the specific outcomes （一） to （五）; where they really are other handling, explain the main reasons in the report.' },
  },
} satisfies RuleTexts;
