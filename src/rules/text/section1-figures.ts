import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '总体情况缺少要求写明的数字',
    doc: '一些地方的年报编制通知要求“一、总体情况”写明具体数字：主动公开（发布）信息的条数，政策解读和回应关切的数量，本年制发、废止的和现行有效的规章、行政规范性文件件数（如武威市人民政府办公室武政办发〔2025〕54号）。本规则在总体情况中逐句查找这些数字（写法和依据见 schemas/content.json），一条提示列出找不到的。各地要求不同：可在 gongkai.config.json 中只要求其中几项，如 { "options": { "section1-figures": { "figures": ["published", "interpretations"] } } }（可选 published、interpretations、responses、issued、repealed、in-force），或整项关闭：{ "rules": { "section1-figures": "off" } }。',
    messages: { missing: '“一、总体情况”没有写明：{figures}。' },
    hints: { write: '在总体情况的相应部分写明这些数字，如“全年主动公开政府信息1200条”“发布政策解读35篇”“本年制发行政规范性文件6件，废止2件，现行有效48件”；为零的也写明。' },
  },
  en: {
    title: 'Section 一 leaves out figures it is asked to give',
    doc: 'Some local notices on compiling the reports ask section 一 to give figures: the number of items of information published, of policy interpretations (政策解读) and responses to public concerns (回应关切), and of rules and normative documents issued and repealed this year and in force (e.g. Wuwei, 武政办发〔2025〕54号). This rule looks for each figure sentence by sentence (the wordings and the sources are in schemas/content.json) and names those it cannot find, in one finding. Regions ask for different figures: a gongkai.config.json may ask for some only, e.g. { "options": { "section1-figures": { "figures": ["published", "interpretations"] } } } (published, interpretations, responses, issued, repealed, in-force), or turn the rule off: { "rules": { "section1-figures": "off" } }.',
    messages: { missing: 'Section 一 does not give: {figuresEn}.' },
    hints: { write: 'Give these figures where section 一 describes that work, e.g. 全年主动公开政府信息1200条, 发布政策解读35篇, 本年制发行政规范性文件6件，废止2件，现行有效48件; write zero where it is zero.' },
  },
} satisfies RuleTexts;
