import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '存在的主要问题及改进情况过于简略',
    doc: '格式要求第五部分实事求是、具体明确，问题要有针对性、措施要切实有效，不得敷衍了事。只写“无”或寥寥数字（少于10字）的，提示补充具体问题和改进措施。',
    messages: { thin: '“五、存在的主要问题及改进情况”只有“{text}”，过于简略。' },
    hints: { write: '写明本年工作存在的具体问题，以及已采取和将采取的改进措施。' },
  },
  en: {
    title: 'Section 五 is perfunctory',
    doc: 'The format requires section 五 to be factual and specific, with targeted problems and effective measures, never perfunctory. A section that says only 无 or a few characters (fewer than 10) gets a warning to describe concrete problems and measures.',
    messages: { thin: 'Section 五 says only "{text}", which is too brief.' },
    hints: { write: 'Describe the concrete problems of the year and the measures taken and planned.' },
  },
} satisfies RuleTexts;
