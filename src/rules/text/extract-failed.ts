import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '表格内容无法读取',
    doc: '从网页、Word 文档、PDF 或纯文本中读取统计表时，有一部分无法可靠读出：标签后没有数字，粘连的数字没有任何一种拆分符合表格结构和勾稽关系，表格结构无法对应到格式，或 PDF 中没有表格线的表格里一个数字的位置说不清属于哪一格（在窄单元格里折成两行的数字、行与行之间没有间隔）。这些单元格按“未读取”处理，不当作缺失或错误。请对照原表核实；若原表确实如此，请按格式修改。PDF 正文中有少量文字所用字体缺少编码信息、读不出是哪些字时，这些字略去不读，也以此项说明（在统计表的数字里或超过全文 2% 时，整个文件按“无法读取文件”报告）；PDF 的文字层（或从这样的 PDF 复制出的文本）把个别字记成别的字符（汉字间夹着“ó”“ç”之类的拉丁字母）时也在此说明（达到 10 处时整个文件按“无法读取文件”报告）。',
    messages: {
      noValues: '表{table}“{row}”行的标签后没有读到数字，该行未读取。',
      noSplit: '表{table}“{row}”行的数字“{raw}”无法拆分为{cells}个符合格式的数值（要求：{constraint}）。可能是原表数字有误，也可能是文本提取出错，该行未读取。',
      noSplitPlain: '表{table}“{row}”行的数字“{raw}”无法拆分为{cells}个符合格式的数值。可能是原表数字有误，也可能是文本提取出错，该行未读取。',
      tooFew: '表{table}“{row}”行只读到 {found} 个数值（应为 {cells} 个）：“{raw}”，该行未读取。',
      tooMany: '表{table}“{row}”行读到 {found} 个数值（应为 {cells} 个）：“{raw}”，该行未读取。',
      budget: '表{table}“{row}”行的数字“{raw}”过长，拆分尝试超过上限，该行未读取。',
      converted: '表{table}“{row}”行“{column}”列在转换前的原文件中未能读取，该格未读取。原因：{reason}',
      picture: '表{table}在 PDF 第{page}页是图片，没有文字，无法读取其中的数字。请提供 Word/Excel 原件，或先做文字识别。',
      fontNoMap: 'PDF 第{pagesZh|pages}页有 {count} 个字所用的字体缺少编码信息，读不出是哪些字，已略去；其余内容照常检查，但用到这些字的检查（如标题中的机关和年度、正文中的数字）可能不准。这些字复制出来也是乱码：请在原软件中选择“嵌入字体”后重新导出 PDF。',
      wrongChars: 'PDF 第{pagesZh|pages}页有 {count} 处文字在文字层里记成了别的字符（如“{example}”）；其余内容照常检查，但用到这些字的检查可能不准。复制出来也是这样：请从原软件直接导出 PDF。',
      wrongCharsText: '文本第{line}行等 {count} 处有汉字记成了别的字符（如“{example}”），像是从文字层有误的 PDF 里复制出来的；其余内容照常检查，但用到这些字的检查可能不准。',
      unplaced: '表{table}“{row}”行“{column}”列：PDF 中这一格附近的数字说不清是哪一格的（数字在窄单元格里折成了两行，或表格的行与行之间没有间隔），该格未读取。这不一定是报告的错误。',
      mergedRows: '表{table}{rows}被合并为一格填写（{values}），应分行填写。合并格中的数是这几行合在一起的数，不是每一行的数，无法分到各行，“{row}”行的这些格未读取。',
    },
    hints: {
      original: '请用原网页（.html）或原文件（.docx）检查，或在文本中用空格、制表符或“|”分隔各单元格。',
      unmerge: '请在原表中取消这些单元格的合并，按格式在每一行分别填写该行的数字。',
      checkPdf: '请对照 PDF 核对这一格；有 Word/Excel 原件的，用原件检查可以读出每一格。',
    },
  },
  en: {
    title: 'Table content could not be read',
    doc: 'Part of a table could not be read reliably from a web page, Word document, PDF or plain text: no number followed it, run-together digits fit no split that matches the table structure and sums, the table layout could not be mapped to the format, or, in a PDF table without ruling lines, where a figure stands does not tell which cell it belongs to (a figure wrapped over two lines in a narrow cell, rows with no space between them). Those cells are treated as unread, not as missing or wrong. Check the original table; if it really is like this, correct it as the format requires. A few characters of the text of a PDF in a font without character information, which cannot be told, are left out and also reported here (in the figures of a table, or more than 2 % of the text, the whole file is reported as one that cannot be read); so are a few characters that the PDF\'s text layer (or text copied out of such a PDF) records as other characters (Latin letters such as "ó" or "ç" among the Chinese; from 10 such places the whole file is reported as one that cannot be read).',
    messages: {
      noValues: 'Table {table}, row "{row}": no number after the label; the row was not read.',
      noSplit: 'Table {table}, row "{row}": the digits "{raw}" cannot be split into {cells} values that fit the format ({constraint}). Either the figures in the original are wrong or the text extraction garbled them; the row was not read.',
      noSplitPlain: 'Table {table}, row "{row}": the digits "{raw}" cannot be split into {cells} values that fit the format. Either the figures in the original are wrong or the text extraction garbled them; the row was not read.',
      tooFew: 'Table {table}, row "{row}": only {found} values read ({cells} expected): "{raw}"; the row was not read.',
      tooMany: 'Table {table}, row "{row}": {found} values read ({cells} expected): "{raw}"; the row was not read.',
      budget: 'Table {table}, row "{row}": the digits "{raw}" are too long to split within the search limit; the row was not read.',
      converted: 'Table {table}, row "{row}", column "{column}" could not be read from the original file this one was converted from; the cell was not read. Reason: {reason}',
      picture: 'Table {table} is a picture on page {page} of the PDF, with no text to read its figures from. Give the Word/Excel original, or run text recognition (OCR) on it first.',
      fontNoMap: '{count} characters on page(s) {pages} of the PDF are in a font without character information: which characters they show cannot be told, so they were left out. The rest was checked as usual, but checks that use those characters (the agency and year in the title, figures in the text) may be off. Copied out of the PDF they are garbage too: export the PDF again with the fonts embedded.',
      wrongChars: '{count} place(s) on page(s) {pages} of the PDF are recorded in its text layer as other characters (e.g. "{example}"). The rest was checked as usual, but checks that use those characters may be off. Copied out of the PDF they read the same: export the PDF directly from the program that made it.',
      wrongCharsText: '{count} place(s) of the text, from line {line}, have Chinese characters recorded as other characters (e.g. "{example}"), as text copied out of a PDF whose text layer is wrong has. The rest was checked as usual, but checks that use those characters may be off.',
      unplaced: 'Table {table}, row "{row}", column "{column}": where the figures near this cell stand in the PDF does not tell which cell they belong to (a figure wrapped over two lines in a narrow cell, or a table whose rows have no space between them); the cell was not read. This is not necessarily a fault of the report.',
      mergedRows: 'Table {table}: {rowsEn} are written as one merged cell ({valuesEn}); fill in each row separately. A merged cell holds the figure of those rows together, not of each row, and cannot be divided among them; these cells of row "{row}" were not read.',
    },
    hints: {
      original: 'Check the original page (.html) or file (.docx), or separate the cells in the text with spaces, tabs or "|".',
      unmerge: 'Unmerge these cells in the original table and fill in each row\'s own figure, as the format requires.',
      checkPdf: 'Check this cell against the PDF; the Word/Excel original, if you have it, reads every cell.',
    },
  },
} satisfies RuleTexts;
