import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: 'JSON 中有未知的键',
    doc: '规范化 JSON 中出现了结构之外的键。该键被忽略，不参与检查。若是拼写错误（例如把 sections 写成 section），请改正；若是自定义信息，可删除。',
    messages: { unknown: '{placeZh|pointer}中的键“{key}”不属于规范化报告结构，已忽略。' },
    hints: { didYouMean: '是否应为“{suggestion}”？' },
  },
  en: {
    title: 'Unknown key in JSON',
    doc: 'The normalized JSON has a key the layout does not define. It is ignored and not checked. If it is a misspelling (e.g. section for sections), correct it; if it is custom data, remove it.',
    messages: { unknown: 'Key "{key}" in {placeEn|pointer} is not part of the normalized report layout and was ignored.' },
    hints: { didYouMean: 'Did you mean "{suggestion}"?' },
  },
} satisfies RuleTexts;
