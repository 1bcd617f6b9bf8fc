import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '部分顺序错误或重复',
    doc: '六个部分须按模板顺序排列（一至六），且每部分只出现一次。顺序颠倒或重复出现会使审核人员和汇总程序读错内容。请按模板顺序调整，并合并重复的部分。',
    messages: {
      order: '第{number}部分“{heading}”出现在第{previous}部分之后，顺序应为一至六。',
      duplicate: '第{number}部分出现了不止一次（“{heading}”）。',
    },
  },
  en: {
    title: 'Sections out of order or repeated',
    doc: 'The six sections must follow the template order (一 to 六), each exactly once. Swapped or repeated sections make reviewers and aggregation tools misread the report. Reorder them and merge repeated ones.',
    messages: {
      order: 'Section {number} "{heading}" comes after section {previous}; the order must be 一 to 六.',
      duplicate: 'Section {number} appears more than once ("{heading}").',
    },
  },
} satisfies RuleTexts;
