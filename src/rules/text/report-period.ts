import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '正文年份或统计期限与报告年度不符',
    doc: '年度报告只报告本年度的工作：统计期限应为报告年度的1月1日至12月31日；第一部分开头和第一、五、六部分中以年份起句、叙述已做工作的句子（如“2023年，全区收到……”“2023年我局……”）应写报告年度；第五部分中的改进计划（“2024年，我局将……”）应写报告年度的下一年。年份不符多是沿用上年报告的文字未改，请改为正确年份；确实在叙述其他年份的，可写明“上年”或具体对比关系。',
    messages: {
      periodYear: '统计期限（{from} 至 {to}）不是报告年度 {year} 年：“{quote}”',
      periodSpan: '统计期限（{from} 至 {to}）不是 {year} 年全年：“{quote}”',
      openingYear: '第一部分开头写的是 {written} 年，报告年度是 {year} 年：“{quote}”',
      workYear: '第{number}部分以 {written} 年起句叙述工作，报告年度是 {year} 年：“{quote}”',
      planYear: '第五部分的改进计划写的是 {written} 年，应为报告年度的下一年 {next} 年：“{quote}”',
    },
    hints: {
      period: '统计期限一般写作“本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止”。',
      year: '核对年份；若是沿用上年报告的文字，请改为 {year} 年并更新其中的数字。',
      plan: '改进计划应针对下一年度，请核对年份是否沿用了旧文字。',
    },
  },
  en: {
    title: 'Year in the text or reporting period differs from the reporting year',
    doc: 'An annual report covers its reporting year only: the reporting period (统计期限) should run from 1 January to 31 December of that year; the opening of section 一 and sentences in sections 一, 五 and 六 that start with a year and describe work done (2023年，全区收到……) should name the reporting year; improvement plans in section 五 (2024年，我局将……) should name the following year. A wrong year is usually text carried over from last year\'s report: correct it; when another year is really meant, say so (上年, or the comparison).',
    messages: {
      periodYear: 'The reporting period ({from} to {to}) is not the reporting year {year}: “{quote}”',
      periodSpan: 'The reporting period ({from} to {to}) is not the whole of {year}: “{quote}”',
      openingYear: 'Section 一 opens with {written}, but the reporting year is {year}: “{quote}”',
      workYear: 'A sentence in section {number} describes work under {written}, but the reporting year is {year}: “{quote}”',
      planYear: 'The improvement plan in section 五 is dated {written}; it should be the year after the reporting year, {next}: “{quote}”',
    },
    hints: {
      period: 'The usual wording is 本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止.',
      year: 'Check the year; if the text was carried over from last year\'s report, change it to {year} and update its figures.',
      plan: 'Improvement plans are for the next year; check whether old text was reused.',
    },
  },
} satisfies RuleTexts;
