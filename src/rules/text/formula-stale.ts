import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '公式保存的结果与单元格不符',
    doc: '电子表格按公式保存时的计算结果读取。用不自动重新计算的程序（某些 WPS 或在线编辑器、写入数字的脚本）改过数字后，公式单元格里保存的还是旧结果，表格上显示的合计就与各项对不上。gongkai 对简单的公式（对单元格求和 SUM、单元格相加减）按表中现在的数字重新计算，与保存的结果不同时报告，并仍按保存的结果检查。请用 Excel 或 WPS 打开表格，重新计算（按 F9）后保存。',
    messages: { stale: '{sheet}!{cell} 的公式“={formula}”保存的结果是 {saved}，但按表中现在的数字计算应为 {now}：修改数字后表格没有重新计算。其他各项检查仍按保存的结果 {saved} 进行。' },
    hints: { recalculate: '用 Excel 或 WPS 打开表格，按 F9 重新计算（或在“公式”菜单中点“开始计算”），确认合计无误后保存，再检查一遍。' },
  },
  en: {
    title: 'Saved formula result does not match its cells',
    doc: 'Formula cells in a spreadsheet are read as the result saved with them. When figures are changed by a program that does not recalculate (some WPS or online editors, scripts writing values), a formula cell keeps its old result and the totals shown no longer match their items. gongkai recalculates the simple formulas (SUM over cells, cells added and subtracted) from the figures now in the sheet and reports a saved result that differs; the checks still use the saved result. Open the workbook in Excel or WPS, recalculate (F9) and save it.',
    messages: { stale: 'The formula "={formula}" in {sheet}!{cell} was saved with the result {saved}, but the figures now in the sheet give {now}: the workbook was not recalculated after they changed. The other checks use the saved result {saved}.' },
    hints: { recalculate: 'Open the workbook in Excel or WPS, press F9 to recalculate (or Formulas › Calculate Now), make sure the totals are right, save it and check again.' },
  },
} satisfies RuleTexts;
