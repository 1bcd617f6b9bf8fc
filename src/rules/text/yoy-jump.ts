import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '主要数字比上年大幅变化',
    doc: '同一机关相邻两年的报告中，收到和办结的申请、行政复议和行政诉讼、行政许可、处罚、强制决定数等主要数字翻倍或减半（且变化至少20）时提示。大幅变化可能是真实情况，也可能是填错格、单位或口径变化；请确认数字无误，必要时在正文中说明原因。',
    messages: {
      up: '{figure}从上年（{previousYear}）的 {previous} 增至 {value}。',
      down: '{figure}从上年（{previousYear}）的 {previous} 降至 {value}。',
    },
  },
  en: {
    title: 'Large change in a main figure since last year',
    doc: 'For one agency\'s reports of consecutive years, a main figure (applications received and handled, administrative reconsideration and litigation, licensing, penalty and enforcement decisions) that doubles or halves, by at least 20, is noted. It may be real, or a figure in the wrong cell, or a change of unit or basis: confirm the figure and, if needed, explain the change in the text.',
    messages: {
      up: '{figureEn} rose from {previous} last year ({previousYear}) to {value}.',
      down: '{figureEn} fell from {previous} last year ({previousYear}) to {value}.',
    },
  },
} satisfies RuleTexts;
