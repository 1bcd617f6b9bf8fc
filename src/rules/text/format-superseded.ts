import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '使用了已废止的格式',
    doc: '自2021年度报告起应使用国办公开办函〔2021〕30号印发的格式。仍使用2019年试行格式（国办公开办函〔2019〕60号）的表格——如“本年新制作数量”“上一年项目数量”“政府集中采购”、单行的“（六）其他处理”——属于使用已废止的格式。请换用2021年格式的表格重新填报。',
    messages: { superseded: '{year}年度报告使用了已废止的格式（{old}，{oldDoc}），应使用{new}（{newDoc}）。' },
    hints: { template: '用以下命令生成现行格式的空白表格（Excel 文件），照此重新填报：gongkai template --to xlsx --year {year} -o {year}年度报告模板.xlsx' },
  },
  en: {
    title: 'Superseded format used',
    doc: 'Reports for 2021 and later must use the format of 国办公开办函〔2021〕30号. Tables of the 2019 trial format (国办公开办函〔2019〕60号) — 本年新制作数量, 上一年项目数量, 政府集中采购, a single （六）其他处理 row — are a superseded format. Fill in the 2021 tables instead.',
    messages: { superseded: 'The {year} report uses the superseded format ({old}, {oldDoc}); it must use {new} ({newDoc}).' },
    hints: { template: 'Write a blank template in the current format (an Excel file) and fill it in again: gongkai template --to xlsx --year {year} -o report-{year}-template.xlsx' },
  },
} satisfies RuleTexts;
