import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '无法确定报告年度',
    doc: '报告年度决定适用的格式版本（2019–2020年度用试行格式，2021年度起用现行格式）和年度核对。未能从标题、year 字段或统计期限中确定年度时，按表格标签判断格式。请在标题中写明年度，例如“××局2024年政府信息公开工作年度报告”。',
    messages: { unknown: '无法确定报告年度，已按{format}年格式检查。' },
  },
  en: {
    title: 'Reporting year unknown',
    doc: 'The reporting year decides the format version (the trial format for 2019–2020, the current one from 2021) and the year checks. When neither the title, the year field nor the reporting period gives it, the format is judged from the table labels. Put the year in the title, e.g. ××局2024年政府信息公开工作年度报告.',
    messages: { unknown: 'The reporting year is unknown; checked against the {format} format.' },
  },
} satisfies RuleTexts;
