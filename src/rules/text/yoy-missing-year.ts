import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '跨年核对缺少某一年度的报告',
    doc: '跨年核对（上年结转、现行有效件数、文字雷同、大幅变化）在同一机关相邻年度的报告之间进行。一起检查的文件中某机关缺少中间年度的报告时，提示缺少哪些年度，相应的跨年核对没有做；用 --previous 指定的文件不是上一年度时也提示。请补充缺少年度的报告一起检查。',
    messages: {
      gap: '本批文件中没有“{agency}”{missing} 年度的报告，{previousYear} 至 {year} 年之间的跨年核对未做（文字仍与 {previousYear} 年比较）。',
      previousNotAdjacent: '--previous 指定的 {previousFile} 是 {previousYear} 年度，不是本报告（{year}）的上一年度，跨年核对未做。',
    },
  },
  en: {
    title: 'A year is missing for the year-over-year checks',
    doc: 'The year-over-year checks (carry-over, documents in force, repeated text, large changes) compare reports of one agency for consecutive years. When the files checked together lack a year in the middle of an agency\'s chain, this says which years are missing and that those checks were not made; it also notes a --previous file that is not the previous year. Add the missing reports to the run.',
    messages: {
      gap: 'No report of "{agency}" for {missingEn} among the files checked; the year-over-year checks between {previousYear} and {year} were not made (the text is still compared with {previousYear}).',
      previousNotAdjacent: 'The --previous file {previousFile} is for {previousYear}, not the year before this report ({year}); the year-over-year checks were not made.',
    },
  },
} satisfies RuleTexts;
