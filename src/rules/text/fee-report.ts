import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '第六部分未报告信息处理费',
    doc: '2021年格式规定：各行政机关依据《政府信息公开信息处理费管理办法》收取信息处理费的情况，在“六、其他需要报告的事项”中专门报告。未收取的也应写明，例如“本年度未收取信息处理费”。表三“申请人逾期未按收费通知要求缴纳费用”大于0时，说明本年发出过收费通知，更应说明收费情况。',
    messages: {
      missing: '第六部分没有报告收取信息处理费的情况。',
      missingWithNotices: '第六部分没有报告信息处理费，但表三有 {count} 件申请因逾期未缴费不再处理，说明本年发出过收费通知。',
      noSection: '没有第六部分，无法报告收取信息处理费的情况。',
    },
    hints: { sentence: '例如写明：“本年度未收取信息处理费。”或“本年度共发出收费通知N件，实际收取信息处理费N元。”' },
  },
  en: {
    title: 'Section 六 does not report information processing fees',
    doc: 'The 2021 format requires the collection of information processing fees (信息处理费, under the 政府信息公开信息处理费管理办法) to be reported specifically in 六、其他需要报告的事项, including when none were collected (e.g. 本年度未收取信息处理费). When table 三 shows applications dropped for unpaid fees, fee notices were sent that year and the section should say so.',
    messages: {
      missing: 'Section 六 does not report the collection of information processing fees.',
      missingWithNotices: 'Section 六 does not report information processing fees, although table 三 has {count} application(s) dropped for unpaid fees, so fee notices were sent.',
      noSection: 'There is no section 六 in which to report information processing fees.',
    },
    hints: { sentence: 'For example: 本年度未收取信息处理费。 or 本年度共发出收费通知N件，实际收取信息处理费N元。' },
  },
} satisfies RuleTexts;
