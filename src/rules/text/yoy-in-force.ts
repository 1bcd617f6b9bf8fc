import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '现行有效件数与上年不衔接',
    doc: '2021年格式表二中，上年“现行有效件数”加本年“本年制发件数”减“本年废止件数”，一般应等于本年“现行有效件数”（规章、行政规范性文件分别计算）。格式本身没有写明这一关系，文件修改、失效、集中清理也会打破它，所以只作提醒：不一致时请核对表二，或在正文中说明原因（例如“经清理，现行有效××件”）。',
    messages: {
      mismatch: '“{row}”现行有效件数：上年（{previousFile}，{previousYear}）{previous} ＋ 本年制发 {issued} − 本年废止 {repealed} = {expected}，但本年为 {value}（相差 {diff}）。',
    },
    hints: { explain: '核对表二；若因清理、失效或修改造成差异，在第一部分写明原因。' },
  },
  en: {
    title: 'Documents in force do not follow on from last year',
    doc: 'In the 2021 table 二, last year\'s 现行有效件数 plus this year\'s 本年制发件数 minus 本年废止件数 usually equals this year\'s 现行有效件数 (for 规章 and for 行政规范性文件 separately). The format does not state this, and amendments, expiry or a clean-up break it, so it is a warning: check table 二, or explain the difference in the text (e.g. 经清理，现行有效××件).',
    messages: {
      mismatch: '"{row}" in force: last year ({previousFile}, {previousYear}) {previous} + issued {issued} − repealed {repealed} = {expected}, but this year has {value} (difference {diff}).',
    },
    hints: { explain: 'Check table 二; if a clean-up, expiry or amendment explains the difference, say so in section 一.' },
  },
} satisfies RuleTexts;
