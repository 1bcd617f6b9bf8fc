import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '金额单位错误',
    doc: '“本年收费金额”以万元为单位（2021年格式）。单元格中写成“元”的金额（如“12000元”）若按万元理解会扩大一万倍：gongkai 按所写单位换算为万元后参与核对，并报告为错误，请换算为万元后只填写数字，例如12000元填1.2。2019年格式的“采购总金额”模板未规定单位，报告多以元填写，gongkai 按元读取；写成万元的金额（如“123.5万元”）换算为元，提示以元填写，便于与其他报告和往年比较。金额可带千位分隔符、小数、空格或全角数字（“1,200元”“1200.00元”“0.5 万元”“１，２００元”）。',
    messages: {
      wrongUnit: '表{table}“{row}”行“{column}”列写成“{raw}”，该列单位为{expected}，已按 {converted} {expected}读取。',
      otherUnit: '表{table}“{row}”行“{column}”列写成“{raw}”。模板未规定该列单位，gongkai 按{expected}读取，为 {converted} {expected}。',
    },
    hints: {
      convert: '换算为{expected}应填 {converted}。',
      readUnit: '以{expected}为单位填写（{converted}），与其他报告和往年一致。',
    },
  },
  en: {
    title: 'Wrong unit for an amount',
    doc: 'The fee amount (本年收费金额, 2021 format) is in 万元 (10,000 yuan). An amount written in 元 (e.g. 12000元) would be read ten thousand times too large: gongkai converts it to 万元 by the unit written for the other checks and reports it as an error; convert it to 万元 and write only the number, e.g. 1.2 for 12000元. The 2019 procurement amount (采购总金额) has no unit in the template; reports mostly write it in 元, and gongkai reads it in 元: an amount written in 万元 (e.g. 123.5万元) is converted to 元 with a warning to write it in 元, as other reports and earlier years do. Amounts may carry thousands separators, decimals, spaces or full-width digits (1,200元, 1200.00元, 0.5 万元, １，２００元).',
    messages: {
      wrongUnit: 'Table {table}, row "{row}", column "{column}" reads "{raw}"; the column\'s unit is {expected}; read as {converted} {expected}.',
      otherUnit: 'Table {table}, row "{row}", column "{column}" reads "{raw}". The template sets no unit for this column; gongkai reads it in {expected}: {converted} {expected}.',
    },
    hints: {
      convert: 'In {expected} that is {converted}.',
      readUnit: 'Write it in {expected} ({converted}), as other reports and earlier years do.',
    },
  },
} satisfies RuleTexts;
