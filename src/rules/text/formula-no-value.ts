import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '公式没有保存计算结果',
    doc: '电子表格中的公式单元格按保存时的计算结果读取（gongkai 不重新计算公式）。有些程序生成的表格只保存了公式、没有结果，这样的单元格只能按空白读取，相关的合计无法核对。请用 Excel 或 WPS 打开表格后重新保存（保存时会计算公式），或直接填写数值。',
    messages: { noValue: '{sheet}!{cell} 的公式“={formula}”没有保存计算结果，按空白读取。' },
    hints: { resave: '用 Excel 或 WPS 打开后重新保存，或在该单元格直接填写数值。' },
  },
  en: {
    title: 'Formula saved without its value',
    doc: 'Formula cells in a spreadsheet are read as the value saved with them (gongkai does not recalculate formulas). Some programs save only the formula and no value; such a cell can only be read as blank, and the sums that involve it cannot be checked. Open the workbook in Excel or WPS and save it again (saving calculates the formulas), or type the value.',
    messages: { noValue: 'The formula "={formula}" in {sheet}!{cell} was saved without its value; it is read as blank.' },
    hints: { resave: 'Open the file in Excel or WPS and save it again, or type the value into the cell.' },
  },
} satisfies RuleTexts;
