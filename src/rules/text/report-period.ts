import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '正文年份或统计期限与报告年度不符',
    doc: '年度报告只报告本年度的工作：统计期限应为报告年度的1月1日至12月31日；任何部分中叙述已做工作的句子都应写报告年度，例如以年份起句的“2023年，全区收到……”“2023年我局……”（包括紧接在小标题后的，如“（二）主动公开政府信息的主要类别2023年，在主动公开的……”）、把上年称为本年的“本年（2023年）……”、年份后接工作数字的“我局2023年共收到……”、写成统计时段的“2023年1月1日至12月31日”、介绍本报告的“现将2023年度政府信息公开工作情况报告如下”；把下一年的年度报告、决算写成已完成（如2023年度报告中写“编制完成2024年度政府信息公开工作年度报告”）也是年份写错；第五部分中的改进计划（“2024年，我局将……”）应写报告年度的下一年。计划、引用的文件名（《2022年政府信息公开工作年度报告》、〔2022〕）、与上年的比较（较2022年、同比）、上年结转的申请、日期（2024年1月）都不算。年份不符多是沿用上年报告的文字未改，请改为正确年份；确实在叙述其他年份的，可写明“上年”或具体对比关系。',
    messages: {
      periodYear: '统计期限（{from} 至 {to}）不是报告年度 {year} 年：“{quote}”',
      periodSpan: '统计期限（{from} 至 {to}）不是 {year} 年全年：“{quote}”',
      openingYear: '第一部分开头写的是 {written} 年，报告年度是 {year} 年：“{quote}”',
      workYear: '第{number}部分以 {written} 年起句叙述工作，报告年度是 {year} 年：“{quote}”',
      planYear: '第五部分的改进计划写的是 {written} 年，应为报告年度的下一年 {next} 年：“{quote}”',
      figureYear: '第{number}部分写的是 {written} 年的工作数字，报告年度是 {year} 年：“{quote}”',
      periodText: '第{number}部分把 {written} 年全年写成统计时段，报告年度是 {year} 年：“{quote}”',
      reportText: '第{number}部分称本报告是 {written} 年度的，报告年度是 {year} 年：“{quote}”',
      doneYear: '第{number}部分把 {written} 年度的报告或决算写成已经完成，但报告年度是 {year} 年：“{quote}”',
      presentYear: '第{number}部分把 {written} 年称为本年，报告年度是 {year} 年：“{quote}”',
    },
    hints: {
      period: '统计期限一般写作“本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止”。',
      year: '核对年份；若是沿用上年报告的文字，请改为 {year} 年并更新其中的数字。',
      plan: '改进计划应针对下一年度，请核对年份是否沿用了旧文字。',
    },
  },
  en: {
    title: 'Year in the text or reporting period differs from the reporting year',
    doc: 'An annual report covers its reporting year only: the reporting period (统计期限) should run from 1 January to 31 December of that year, and every sentence in any section that describes work done should name the reporting year — a sentence that starts with a year (2023年，全区收到……), also right after a sub-heading ((二)主动公开政府信息的主要类别2023年，在主动公开的……), an earlier year called this year (本年（2023年）……), a year followed by the figures of the work (我局2023年共收到……), a whole year written as the period (2023年1月1日至12月31日), the report introduced as a year\'s (现将2023年度政府信息公开工作情况报告如下). The next year\'s annual report or accounts written as done (编制完成2024年度政府信息公开工作年度报告 in a 2023 report) is a wrong year too. Improvement plans in section 五 (2024年，我局将……) should name the following year. Plans, documents cited by name (《2022年政府信息公开工作年度报告》, 〔2022〕), comparisons (较2022年, 同比), carried-over applications and dates (2024年1月) are not counted. A wrong year is usually text carried over from last year\'s report: correct it; when another year is really meant, say so (上年, or the comparison).',
    messages: {
      periodYear: 'The reporting period ({from} to {to}) is not the reporting year {year}: “{quote}”',
      periodSpan: 'The reporting period ({from} to {to}) is not the whole of {year}: “{quote}”',
      openingYear: 'Section 一 opens with {written}, but the reporting year is {year}: “{quote}”',
      workYear: 'A sentence in section {number} describes work under {written}, but the reporting year is {year}: “{quote}”',
      planYear: 'The improvement plan in section 五 is dated {written}; it should be the year after the reporting year, {next}: “{quote}”',
      figureYear: 'Section {number} gives figures of the work of {written}, but the reporting year is {year}: “{quote}”',
      periodText: 'Section {number} gives the whole of {written} as the period, but the reporting year is {year}: “{quote}”',
      reportText: 'Section {number} calls this the report for {written}, but the reporting year is {year}: “{quote}”',
      doneYear: 'Section {number} says the report or accounts of {written} are done, but the reporting year is {year}: “{quote}”',
      presentYear: 'Section {number} calls {written} this year, but the reporting year is {year}: “{quote}”',
    },
    hints: {
      period: 'The usual wording is 本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止.',
      year: 'Check the year; if the text was carried over from last year\'s report, change it to {year} and update its figures.',
      plan: 'Improvement plans are for the next year; check whether old text was reused.',
    },
  },
} satisfies RuleTexts;
