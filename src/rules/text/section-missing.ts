import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '缺少必备部分',
    doc: '年度报告必须包含格式模板规定的全部六个部分：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项（《条例》第五十条，国办公开办函〔2021〕30号“不能遗漏”）。缺少任何一部分都是错误。请按模板标题补上该部分；确无内容的，也应保留标题并写明“无”。',
    messages: {
      missing: '缺少第{number}部分“{title}”。',
      tablesOnly: '文件中只有表格，找不到报告正文的任何部分（一至六）。',
      none: '找不到报告正文的任何部分（一至六）。',
    },
    hints: {
      add: '请在第{previous}部分之后补上“{title}”；确无内容的，保留标题并写明情况。',
      addAll: '年度报告须按模板写全六个部分（一、总体情况 …… 六、其他需要报告的事项），表格放在第二、三、四部分中。若正文另在 Word 文件中，请检查那个文件，或用 --rule section-missing=off 只检查表格。',
    },
  },
  en: {
    title: 'Required section missing',
    doc: 'An annual report must contain all six sections of the template: 一、总体情况; 二、主动公开政府信息情况; 三、收到和处理政府信息公开申请情况; 四、政府信息公开行政复议、行政诉讼情况; 五、存在的主要问题及改进情况; 六、其他需要报告的事项 (Regulation art. 50; the 2021 notice says nothing may be left out). A missing section is an error. Add it under its template title; if there is nothing to report, keep the heading and say so.',
    messages: {
      missing: 'Section {number} "{title}" is missing.',
      tablesOnly: 'The file holds only the tables: none of the report\'s sections (一 to 六) was found.',
      none: 'None of the report\'s sections (一 to 六) was found.',
    },
    hints: {
      add: 'Add "{title}" after section {previous}; if there is nothing to report, keep the heading and say so.',
      addAll: 'An annual report has all six sections of the template (一、总体情况 … 六、其他需要报告的事项), with the tables in sections 二, 三 and 四. If the text is in a separate Word file, check that file, or use --rule section-missing=off to check the tables alone.',
    },
  },
} satisfies RuleTexts;
