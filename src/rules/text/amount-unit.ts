import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '金额单位错误',
    doc: '“本年收费金额”以万元为单位。单元格中写成“元”的金额（如“12000元”）若按万元理解会扩大一万倍。请换算为万元后只填写数字，例如12000元填1.2。',
    messages: { wrongUnit: '表{table}“{row}”行“{column}”列写成“{raw}”，该列单位为{expected}。' },
    hints: { convert: '换算为{expected}应填 {converted}。' },
  },
  en: {
    title: 'Wrong unit for an amount',
    doc: 'The fee amount (本年收费金额) is in 万元 (10,000 yuan). An amount written in 元 (e.g. 12000元) would be read ten thousand times too large. Convert it to 万元 and write only the number, e.g. 1.2 for 12000元.',
    messages: { wrongUnit: 'Table {table}, row "{row}", column "{column}" reads "{raw}"; the column\'s unit is {expected}.' },
    hints: { convert: 'In {expected} that is {converted}.' },
  },
} satisfies RuleTexts;
