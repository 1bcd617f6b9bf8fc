import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '文字与上年报告大量重复',
    doc: '格式要求年度报告结合本年实际撰写，不得年年雷同；考核指标对与上年报告重复超过一半的报告扣分。本规则把报告的每一部分和全文分别与同一机关上一份报告比较：不计年份和数字（只改年份、数字的文字算作重复），不计标点、空白和各报告通用的套话（依据《条例》编制本报告、统计期限、电子版下载、联系方式等），本年文字中连续 12 个字以上在上年报告中原样出现的部分所占比例达到阈值（默认 50%）时提醒，并引用最长的重复段落。过短的部分（默认不足 100 字）不单独比较。阈值可在 gongkai.config.json 的 "options" 中设置，如 { "options": { "yoy-text-repeat": { "percent": 60 } } }。一起检查的文件按机关名称和年度自动配对，也可用 --previous 指定上一年度的报告。本规则取代原 yoy-section5-repeat（GK167，只比较第五部分）。',
    messages: {
      report: '全文有 {share} 的文字与上一份报告 {previousFile}（{previousYear}）相同（不计年份和数字，阈值 {threshold}）。最长的重复段落（{passageLength} 字）：“{passage}”。',
      section: '“{section}”有 {share} 的文字与上一份报告 {previousFile}（{previousYear}）的同一部分相同（不计年份和数字，阈值 {threshold}）。最长的重复段落（{passageLength} 字）：“{passage}”。',
    },
    hints: { rewrite: '结合本年实际重写重复的部分：写明本年做了哪些工作、有哪些新情况，第五部分写明本年发现的具体问题、上年措施的落实情况和下一年的具体改进措施。' },
  },
  en: {
    title: 'Text largely repeats last year\'s report',
    doc: 'The format requires each annual report to reflect the year\'s actual work and forbids text repeated year after year (年年雷同); monitoring indicators deduct points when more than half of a report repeats the previous one. This rule compares each section, and the whole report, with the same agency\'s previous report. Years and numbers are ignored (text with only its years and figures changed counts as repeated), as are punctuation, spacing and the boilerplate every report shares (the preamble citing the 条例, the statistics period, where to download the report, whom to contact). It warns when the share of this year\'s text found again in last year\'s report, in runs of 12 or more characters, reaches the threshold (50% by default), and quotes the longest repeated passage. Sections too short to compare on their own (under 100 characters by default) are left out. Set the threshold in gongkai.config.json under "options", e.g. { "options": { "yoy-text-repeat": { "percent": 60 } } }. Files checked together are paired by agency name and year; --previous names last year\'s report explicitly. This rule replaces yoy-section5-repeat (GK167, which compared section 五 only).',
    messages: {
      report: '{share} of the report\'s text is the same as in the previous report {previousFile} ({previousYear}) (years and numbers ignored; threshold {threshold}). Longest repeated passage ({passageLength} characters): "{passage}".',
      section: '{share} of "{section}" is the same as the same section of the previous report {previousFile} ({previousYear}) (years and numbers ignored; threshold {threshold}). Longest repeated passage ({passageLength} characters): "{passage}".',
    },
    hints: { rewrite: 'Rewrite the repeated parts for this year: the work actually done and what was new; in section 五, the specific problems found, how last year\'s measures went, and concrete measures for next year.' },
  },
} satisfies RuleTexts;
