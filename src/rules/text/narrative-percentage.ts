import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '正文中的百分比算错',
    doc: '正文复述办理结果时常附百分比，例如“予以公开及部分公开42件，占51.85%”。本规则用正文件数（及表格件数）除以表三“（七）总计”（或本年新收、本年新收＋上年结转）重新计算，允许末位四舍五入或截断的差异；都对不上时提示。请按表格重新计算百分比，并写明以哪个数为基数。',
    messages: {
      mismatch: '正文写{what} {written}，占 {percent}；按{baseCells} {base} 计算应为约 {computed}：“{quote}”',
      mismatchBlank: '正文写{what} {written}，占 {percent}；按{baseCells} {base}（空白单元格按 0 计）计算应为约 {computed}：“{quote}”',
    },
    hints: { fix: '用件数除以办结总数重新计算百分比（保留的小数位数与正文一致），并核对件数本身。' },
  },
  en: {
    title: 'Percentage in the text is miscalculated',
    doc: 'When the text restates results it often adds a share, e.g. 予以公开及部分公开42件，占51.85%. This rule recomputes it from the count in the text (and the table count) divided by table 三 （七）总计 (or the applications received, with or without those carried over), allowing rounding or truncation of the last digit, and reports a share that none of these explains. Recompute the percentage from the table and say which total it is a share of.',
    messages: {
      mismatch: 'The text gives {whatEn} as {written}, {percent} of the total; with {baseCellsEn} = {base} it should be about {computed}: “{quote}”',
      mismatchBlank: 'The text gives {whatEn} as {written}, {percent} of the total; with {baseCellsEn} = {base} (blank cells counted as 0) it should be about {computed}: “{quote}”',
    },
    hints: { fix: 'Recompute the share as count ÷ total handled (with as many decimals as the text shows) and check the count itself.' },
  },
} satisfies RuleTexts;
