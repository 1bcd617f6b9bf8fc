import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '格式之外的行或列',
    doc: '统计表中出现格式没有的行或列（例如“法人或其他组织小计”列、“其他主动公开文件”行）。这些内容不参与检查，且会使表格与格式不一致、妨碍汇总。请删除，或把相关说明写入正文。',
    messages: {
      row: '表{table}有格式之外的行“{label}”。',
      column: '表{table}有格式之外的列“{label}”。',
    },
  },
  en: {
    title: 'Row or column outside the format',
    doc: 'A table has a row or column the format does not have (e.g. a 法人或其他组织小计 column, a 其他主动公开文件 row). It is not checked and makes the table differ from the format, which hinders aggregation. Remove it or put the information in the text.',
    messages: {
      row: 'Table {table} has a row outside the format: "{label}".',
      column: 'Table {table} has a column outside the format: "{label}".',
    },
  },
} satisfies RuleTexts;
