import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '数字单元格中写了单位',
    doc: '统计表的单位由表头规定（件数为“件”，收费金额为“万元”），单元格内只应填写数字。单元格内写了单位（如“3件”）时，按数字读取并提示删除单位。',
    messages: { unit: '表{table}“{row}”行“{column}”列写成“{raw}”，单元格内不应带单位“{unit}”。' },
    hints: { strip: '只填写 {value}。' },
  },
  en: {
    title: 'Unit written in a number cell',
    doc: 'Units are set by the table headings (件 for counts, 万元 for the fee amount); a cell holds only the number. A cell with a unit (e.g. 3件) is read as its number, with a warning to remove the unit.',
    messages: { unit: 'Table {table}, row "{row}", column "{column}" reads "{raw}"; the cell should not carry the unit "{unit}".' },
    hints: { strip: 'Write just {value}.' },
  },
} satisfies RuleTexts;
