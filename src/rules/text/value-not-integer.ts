import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '件数不是整数',
    doc: '件数（申请、复议、诉讼、文件、处理决定等）必须是整数；只有收费金额（万元）可以有小数。小数通常是把金额或百分比填进了件数单元格。',
    messages: { fraction: '表{table}“{row}”行“{column}”列是件数，不能为小数 {value}。' },
  },
  en: {
    title: 'Count is not a whole number',
    doc: 'Counts (applications, reviews, lawsuits, documents, decisions) must be whole numbers; only the fee amount (万元) may have decimals. A fraction usually means an amount or a percentage was written into a count cell.',
    messages: { fraction: 'Table {table}, row "{row}", column "{column}" is a count and cannot be the fraction {value}.' },
  },
} satisfies RuleTexts;
