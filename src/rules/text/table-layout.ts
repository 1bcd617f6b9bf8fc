import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '表格与报告的格式版本不一致',
    doc: '报告其余部分用一种格式，某张统计表却按另一种格式填写：例如2021年格式的报告中，表三仍把“（六）其他处理”写成一行（2019年试行格式的写法，2021年格式分为3行），或表二仍用“本年新制作数量”等2019年的栏目。gongkai 按这张表自己的格式读取和核对它的数字，并在此只报告一次，而不是逐格报告缺少的行。请按报告所用格式的表格重新填写这张表。',
    messages: {
      mixed: '表{table}按{layout}年格式（{layoutDoc}）填写（有{labels}），与报告所用的{format}年格式（{formatDoc}）不一致；已按表{table}自己的格式读取和核对。',
      mixedSame: '表{table}按{layout}年格式（{layoutDoc}）填写，与报告所用的{format}年格式（{formatDoc}）不一致；已按表{table}自己的格式读取和核对。',
    },
    hints: {
      refill: '请按{format}年格式的表{table}重新填写（可用 gongkai template 生成空白表格）。',
    },
  },
  en: {
    title: 'Table in another version of the format than the report',
    doc: 'The report follows one version of the format but one of its tables follows the other: e.g. in a 2021-format report, table 三 still has （六）其他处理 as one row (the 2019 trial format; the 2021 format splits it into three rows), or table 二 still has the 2019 columns such as 本年新制作数量. gongkai reads and checks that table by its own layout and reports the mix once here, instead of a missing-row error for each row. Fill the table in again in the report\'s format.',
    messages: {
      mixed: 'Table {table} follows the {layout} format ({layoutDoc}; it has {labels}), not the report\'s {format} format ({formatDoc}); it was read and checked by its own layout.',
      mixedSame: 'Table {table} follows the {layout} format ({layoutDoc}), not the report\'s {format} format ({formatDoc}); it was read and checked by its own layout.',
    },
    hints: {
      refill: 'Fill in table {table} again as the {format} format has it (gongkai template writes a blank one).',
    },
  },
} satisfies RuleTexts;
