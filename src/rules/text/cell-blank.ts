import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '单元格空白或为占位符',
    doc: '统计表单元格留空，或填“/”“-”“—”“无”等占位符，读者无法区分“为0”和“漏填”。格式未规定空白的含义，实践中应填0。此类单元格单独提示，不按0参与勾稽核对（相关核对会注明无法核对）。一张表只有一两个这样的单元格时逐个提示；更多时每张表合为一条，写明个数和前几个单元格，位置在第一个这样的单元格，完整清单在 JSON/SARIF 输出的相关单元格中，或加 --verbose 查看。空白是报告本身的问题（原表这一格没有填写），应由报告修改；gongkai 未能读取的单元格不算空白，由 extract-failed 等读取问题报告，在各种输出中标为“未读取”。',
    messages: {
      blank: '表{table}“{row}”行“{column}”列在报告中为空白（没有填写）。',
      placeholder: '表{table}“{row}”行“{column}”列填写了“{raw}”而不是数字。',
      manyBlank: '表{table}有 {count} 个空白单元格，例如：{examples}。',
      manyPlaceholder: '表{table}有 {count} 个单元格填写了占位符而不是数字，例如：{examples}。',
      manyMixed: '表{table}有 {count} 个单元格没有填数字（空白 {blank} 个，占位符 {placeholder} 个），例如：{examples}。',
    },
    hints: {
      zero: '没有数据请填0。',
      zeroAll: '未填写的数字应填 0。全部单元格的清单：加 --verbose 查看，或用 --format json。',
    },
  },
  en: {
    title: 'Blank or placeholder cell',
    doc: 'A blank table cell, or one holding a placeholder such as "/", "-", "—" or "无", leaves the reader unable to tell 0 from an omission. The format does not define blanks; practice is to write 0. Such cells are reported on their own and are not counted as 0 in the sum checks (those say they could not check). A table with one or two such cells gets one finding per cell; with more, one finding per table gives the count and the first few cells, located at the first of them, with the full list in the related cells of the JSON/SARIF output, or with --verbose. A blank is the report\'s own problem (nothing was written in that cell of the published table), for the report to fix; a cell gongkai could not read is not a blank: extract-failed and the other reading problems report it, and every output marks it "not read".',
    messages: {
      blank: 'Table {table}, row "{row}", column "{column}" is blank in the report (nothing written).',
      placeholder: 'Table {table}, row "{row}", column "{column}" holds "{raw}" instead of a number.',
      manyBlank: 'Table {table} has {count} blank cells, e.g. {examplesEn}.',
      manyPlaceholder: 'Table {table} has {count} cells holding a placeholder instead of a number, e.g. {examplesEn}.',
      manyMixed: 'Table {table} has {count} cells without a number ({blank} blank, {placeholder} placeholders), e.g. {examplesEn}.',
    },
    hints: {
      zero: 'Write 0 where there is nothing.',
      zeroAll: 'Write 0 where there is nothing. The full list of cells: add --verbose, or use --format json.',
    },
  },
} satisfies RuleTexts;
