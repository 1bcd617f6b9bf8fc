import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '模板之外的部分',
    doc: '报告中出现了格式模板六个部分之外的一级标题。格式要求报告内容“不宜泛化”，其他事项应写在“六、其他需要报告的事项”中。若这是模板标题的写法偏差，请改用模板标题；否则请并入第六部分。',
    messages: { unknown: '标题“{heading}”不是格式模板的六个部分之一。' },
    hints: { moveTo6: '如属其他事项，请并入“六、其他需要报告的事项”。' },
  },
  en: {
    title: 'Section outside the template',
    doc: 'The report has a top-level heading that is none of the six template sections. The format asks that the content not be padded; other matters belong under 六、其他需要报告的事项. If the heading is a variant of a template title, use the template title; otherwise merge it into section 六.',
    messages: { unknown: 'Heading "{heading}" is not one of the six template sections.' },
    hints: { moveTo6: 'If it reports other matters, move it under 六、其他需要报告的事项.' },
  },
} satisfies RuleTexts;
