import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '部分标题与模板不一致',
    doc: '各部分标题应使用格式模板的标题和编号（一至六）。格式正文中的表述（如“因政府信息公开工作被申请行政复议、提起行政诉讼情况”）、常见改写（如“政府信息公开工作存在的问题及改进情况”）和错别字（如“行政法复议”）可以识别，但会提示改用模板标题，便于统一汇总和检索。编号与模板不同的（如插入了一个模板之外的部分，其后各部分依次错位），每段连续错位的标题提示一次。',
    messages: {
      variant: '标题“{heading}”与模板标题不一致，应为“{template}”。',
      numbering: '标题“{heading}”的编号与格式模板不一致，应为“{template}”。',
      numberingRun: '标题“{heading}”的编号与格式模板不一致，应为“{template}”；其后 {more} 个部分的编号也同样错位。',
    },
    hints: {
      use: '将标题改为“{template}”。',
      renumber: '按格式模板把六个部分依次编为一至六；模板之外的内容并入相应部分（其他事项并入“六、其他需要报告的事项”），不另设一级标题。',
    },
  },
  en: {
    title: 'Section heading differs from the template',
    doc: 'Section headings should use the template titles and numbers (一 to 六). Wordings from the format\'s description (e.g. 因政府信息公开工作被申请行政复议、提起行政诉讼情况), common rewordings (e.g. 政府信息公开工作存在的问题及改进情况) and typos (e.g. 行政法复议) are recognised, with a warning to use the template title so that reports aggregate and search uniformly. Headings numbered off the template (e.g. a section inserted that moves every later one) are reported once for each run of headings off by the same amount.',
    messages: {
      variant: 'Heading "{heading}" differs from the template title "{template}".',
      numbering: 'Heading "{heading}" is numbered differently from the template: it should be "{template}".',
      numberingRun: 'Heading "{heading}" is numbered differently from the template: it should be "{template}"; the {more} sections after it are numbered off the same way.',
    },
    hints: {
      use: 'Change the heading to "{template}".',
      renumber: 'Number the six sections 一 to 六 in the template\'s order; put other content under the matching section (other matters under 六、其他需要报告的事项) rather than under a top-level heading of its own.',
    },
  },
} satisfies RuleTexts;
