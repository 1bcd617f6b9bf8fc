import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '存在的问题和改进措施不具体',
    doc: '格式要求第五部分实事求是、明确具体，避免笼统模糊：问题要有针对性，措施要切实有效，不得敷衍了事。本规则检查“五、存在的主要问题及改进情况”：只有“进一步加强”“不断提高”“持续推进”之类笼统说法、去掉这些说法和各报告通用的词语后几乎不剩具体内容的，提示并列出这些说法；否则，没有写存在的问题、没有写改进措施，或改进措施没有分条列出（“一是……二是……”“（一）（二）”“1. 2.”）的，各提示一次。所用词语见 schemas/content.json；不足10字的由 section5-substance 提示。',
    messages: {
      generic: '“五、存在的主要问题及改进情况”只有笼统的说法（{phrases}），没有写出具体的问题和措施。',
      noProblems: '“五、存在的主要问题及改进情况”没有写出本年工作存在的问题，只写了改进措施。',
      noMeasures: '“五、存在的主要问题及改进情况”写了存在的问题，但没有写改进措施。',
      notItemised: '“五、存在的主要问题及改进情况”的改进措施没有分条列出（如“一是……二是……”）。',
    },
    hints: {
      specific: '写明哪方面工作存在什么问题（如“政策解读形式单一，图解、视频解读全年仅3篇”），并针对每个问题写出具体措施，分条列出（一是、二是……）。',
      problems: '写明本年工作中存在的具体问题，再写针对这些问题的改进措施。',
      measures: '针对所写的每个问题，写明已采取和将采取的具体措施，分条列出（一是、二是……）。',
      itemise: '把改进措施分条列出（一是、二是……或（一）（二）……），每条写明做什么、怎么做。',
    },
  },
  en: {
    title: 'Problems and measures of section 五 are not specific',
    doc: 'The format asks section 五 to be factual and specific, never vague: problems targeted, measures effective, nothing perfunctory. This rule reads section 五: one made of generic phrases such as 进一步加强, 不断提高, 持续推进 only — next to nothing left once they and the words every report uses are set aside — is warned, naming the phrases; otherwise one that states no problem, one that gives no measures, and measures that are not itemised (一是 … 二是, （一）（二）, 1. 2.) are each warned. The words are in schemas/content.json; a section of fewer than 10 characters is section5-substance\'s.',
    messages: {
      generic: 'Section 五 says only generic things ({phrasesEn}) and names no concrete problem or measure.',
      noProblems: 'Section 五 states no problem of the year\'s work, only measures.',
      noMeasures: 'Section 五 states problems but no measures to improve.',
      notItemised: 'The measures in section 五 are not itemised (一是 … 二是 …).',
    },
    hints: {
      specific: 'Say which work has which problem (e.g. 政策解读形式单一，图解、视频解读全年仅3篇) and, for each, the concrete measures, itemised (一是, 二是 …).',
      problems: 'State the concrete problems of the year\'s work, then the measures against them.',
      measures: 'For each problem stated, give the measures taken and planned, itemised (一是, 二是 …).',
      itemise: 'List the measures one by one (一是, 二是 … or （一）, （二） …), each saying what will be done and how.',
    },
  },
} satisfies RuleTexts;
