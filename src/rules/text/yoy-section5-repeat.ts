import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '第五部分与上年报告几乎相同',
    doc: '格式要求“存在的主要问题及改进情况”结合本年实际撰写，不得年年雷同。本规则把第五部分与同一机关上一份报告的第五部分比较（忽略数字、标点和空白，按字符二元组计算相似度），相似度达到 85%，或上一份第五部分的 90% 以上内容在本年重复出现时提醒。请根据本年实际写出具体问题和改进措施，并说明上年改进措施的落实情况。',
    messages: {
      similar: '第五部分与上一份报告 {previousFile}（{previousYear}）的第五部分相似度为 {similarity}，上一份第五部分的 {reused} 内容在本年重复出现。',
    },
    hints: { rewrite: '结合本年实际重写第五部分：写明本年发现的具体问题、上年措施的落实情况和下一年的具体改进措施。' },
  },
  en: {
    title: 'Section 五 nearly repeats last year\'s',
    doc: 'The format requires 存在的主要问题及改进情况 to reflect the year\'s actual situation and forbids text repeated year after year (年年雷同). This rule compares section 五 with the same agency\'s previous report (numbers, punctuation and spacing ignored; similarity of character bigrams) and warns at 85% or more, or when 90% or more of the previous section 五 appears again. Write the year\'s actual problems and measures, and how last year\'s measures were carried out.',
    messages: {
      similar: 'Section 五 is {similarity} similar to section 五 of the previous report {previousFile} ({previousYear}); {reused} of the previous text appears again.',
    },
    hints: { rewrite: 'Rewrite section 五 for this year: the specific problems found, how last year\'s measures went, and concrete measures for next year.' },
  },
} satisfies RuleTexts;
