import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '行或列名称与格式不一致',
    doc: '统计表某行的名称与格式的名称不同，且不只是空格、换行或标点的差别：有错字、漏字或改写（例如把“2.其他法律行政法规禁止公开”写成“2.其他法律行政止公开”）。gongkai 只在名称与格式的某一行足够接近、又明显不像其他任何一行时，才按该行读取和检查其数字；两行同样接近时不作猜测，该行按格式之外的行处理。表四的列名称（如把“其他结果”写成“其它结果”）同样处理。请把名称改为格式的原文，便于汇总和核对。',
    messages: {
      row: '表{table}的行名称“{label}”与格式的“{official}”不一致，已按“{official}”读取。',
      column: '表{table}的列名称“{label}”与格式的“{official}”不一致，已按“{official}”读取。',
    },
    hints: {
      rename: '请把该行名称改为格式的原文“{official}”。',
      renameColumn: '请把该列名称改为格式的原文“{official}”。',
    },
  },
  en: {
    title: 'Row or column label differs from the format',
    doc: 'A table row is labelled differently from the format, by more than spacing, line breaks or punctuation: a typo, a dropped word or a rewording (e.g. “2.其他法律行政止公开” for “2.其他法律行政法规禁止公开”). gongkai reads and checks its figures as that row only when the label is close enough to one row of the format and clearly closer to it than to any other; when two rows are equally close it does not guess and the row is treated as outside the format. Table 四\'s column labels (“其它结果” for “其他结果”) are treated the same way. Put the format\'s wording back, so the report can be aggregated and compared.',
    messages: {
      row: 'Table {table}: the row label "{label}" differs from the format\'s "{official}"; it was read as "{official}".',
      column: 'Table {table}: the column label "{label}" differs from the format\'s "{official}"; it was read as "{official}".',
    },
    hints: {
      rename: 'Change the row label to the format\'s wording: "{official}".',
      renameColumn: 'Change the column label to the format\'s wording: "{official}".',
    },
  },
} satisfies RuleTexts;
