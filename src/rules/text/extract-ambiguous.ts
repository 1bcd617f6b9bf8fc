import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '数字粘连，无法确定拆分',
    doc: '网页转成纯文本（或复制粘贴）时，表格相邻单元格的数字常被连在一起，例如“713000074”可能是 71|3|0|0|0|0|74。gongkai 按表格结构（每行的列数、单元格类型）和勾稽关系（总计等于各列之和等）重新拆分。能拆出不止一种结果时，不猜测：这些单元格按“未读取”处理，列出所有可能的拆分，请对照原网页或原文件核实。若勾稽关系只允许一种拆分，则采用该拆分（见 extract-resolved）。这是读取问题，不一定是报告本身的错误；用 HTML、DOCX 或 JSON 原件检查可避免。',
    messages: {
      ambiguous: '表{table}“{row}”行的数字“{raw}”可拆分为多种结果（{count}种）：{candidates}。未采用任何一种，请对照原表核实。',
      tooMany: '表{table}“{row}”行的数字“{raw}”可能的拆分过多，无法确定。请对照原表核实。',
    },
    hints: {
      original: '请用原网页（.html）或原文件（.docx）检查，或在文本中用空格、制表符或“|”分隔各单元格。',
    },
  },
  en: {
    title: 'Run-together digits with more than one reading',
    doc: 'When a web page is flattened to plain text (or copied), the digits of adjacent table cells are often run together: "713000074" can be 71|3|0|0|0|0|74. gongkai re-splits them using the table structure (cells per row, cell types) and the sum rules (总计 equals the sum of the columns, etc.). When more than one split fits it does not guess: the cells are treated as unread and every possible split is listed, to be checked against the original page or file. When the sums allow exactly one split, that split is used (see extract-resolved). This is a reading problem, not necessarily an error in the report; checking the original HTML, DOCX or a JSON file avoids it.',
    messages: {
      ambiguous: 'Table {table}, row "{row}": the digits "{raw}" can be split in {count} ways: {candidates}. None was taken; check the original table.',
      tooMany: 'Table {table}, row "{row}": the digits "{raw}" have too many possible splits to decide. Check the original table.',
    },
    hints: {
      original: 'Check the original page (.html) or file (.docx), or separate the cells in the text with spaces, tabs or "|".',
    },
  },
} satisfies RuleTexts;
