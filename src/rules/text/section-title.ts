import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '部分标题与模板不一致',
    doc: '各部分标题应使用格式模板的标题。格式正文中的表述（如“因政府信息公开工作被申请行政复议、提起行政诉讼情况”）、常见改写（如“政府信息公开工作存在的问题及改进情况”）和错别字（如“行政法复议”）可以识别，但会提示改用模板标题，便于统一汇总和检索。',
    messages: { variant: '标题“{heading}”与模板标题不一致，应为“{template}”。' },
    hints: { use: '将标题改为“{template}”。' },
  },
  en: {
    title: 'Section heading differs from the template',
    doc: 'Section headings should use the template titles. Wordings from the format\'s description (e.g. 因政府信息公开工作被申请行政复议、提起行政诉讼情况), common rewordings (e.g. 政府信息公开工作存在的问题及改进情况) and typos (e.g. 行政法复议) are recognised, with a warning to use the template title so that reports aggregate and search uniformly.',
    messages: { variant: 'Heading "{heading}" differs from the template title "{template}".' },
    hints: { use: 'Change the heading to "{template}".' },
  },
} satisfies RuleTexts;
