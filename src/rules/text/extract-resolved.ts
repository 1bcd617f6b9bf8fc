import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '粘连数字按勾稽关系或正文拆分，未读取的单元格按勾稽关系推算',
    doc: '网页转成纯文本时相邻单元格的数字连在一起，某行可拆分为多种结果，且每种都满足本行“总计等于各列之和”；gongkai 再用整张表的勾稽关系（第一项加第二项等于第三项加第四项、各办理结果之和等于（七）总计）检验，只有一种组合成立，于是采用。此时这些勾稽关系已用于读取，不再是独立的检查。表二等没有勾稽关系的行，若正文复述了该行的数字（如“制发规范性文件6件，现行有效365件”），且只有一种拆分与之相符，也采用该拆分；表二某行用空格隔开的数值少于应有格数（如“行政规范性文件 20 155”，可能某格空白，也可能两格的数字连在一起）时，若正文只与其中一种读法（某格空白，或把数字拆成更多格）相符，也采用该读法；规章、行政规范性文件的行，同批检查中有同一机关上一年度或下一年度的报告时，按“上年现行有效 + 本年制发 − 本年废止 = 本年现行有效”（下一年度的报告：本年现行有效 = 下年现行有效 − 下年制发 + 下年废止）只有一种拆分成立的（两者都有时须同时成立；下一年度只给出本年现行有效，单靠它通常不足以拆分），也采用；这样采用的数字又可用于相邻年度，连续几年都粘连的也能逐年拆分。网页上几行共用一组合并单元格（如（六）其他处理的三个子项只写一行数字）等原因使某些单元格未能读取时，若本表的勾稽关系（各列办理结果之和等于（七）总计、各行各列之和等于总计等）只允许一个值——已读到的数已经凑足总计时未读取的格只能是 0，只剩一格未读取时它就是差额——且代入后这些关系全部成立，也采用该值；关系不成立或不止一种可能时不推算，这些格仍按未读取处理。表三某行的数字无论怎样拆分都不满足本行的合计（原表本行的数字本身有误）时，若表中其他各行已读出的数字按各列的勾稽关系给出了本行每一格的值，且这行数字只有一种拆分与之相符，也采用该拆分；本行合计不符的问题照常作为错误列出。表四三行的数字连在一起、无论怎样拆分三行都不能同时满足各自合计（原表某行的数字本身有误）时，在使最多行相符的拆分中，各种拆分给出的数字都相同的行按此读取（本行合计不符时照常列为错误），其余行不读取并单独提示。请对照原表确认。',
    messages: {
      resolvedBySums: '表{table}“{row}”行的数字“{raw}”有多种拆分，按全表勾稽关系只有“{chosen}”成立，已采用。',
      resolvedByText: '表{table}“{row}”行的数字“{raw}”有多种拆分，报告正文“{sentence}”只与“{chosen}”相符，已采用。',
      resolvedByTextFew: '表{table}“{row}”行只读到 {found} 个数值“{raw}”（应为 {cells} 个），可能是某格空白，也可能是相邻两格的数字连在一起；报告正文“{sentence}”只与“{chosen}”相符，已采用。',
      resolvedByLastYear: '表{table}“{row}”行的数字“{raw}”有多种拆分；同批检查的上一年度报告（{previousFile}）现行有效 {previous} 件，加本年制发、减本年废止应等于本年现行有效，只有“{chosen}”相符，已采用。',
      resolvedByNextYear: '表{table}“{row}”行的数字“{raw}”有多种拆分；同批检查的下一年度报告（{nextFile}）现行有效 {next} 件、本年制发 {nextIssued} 件、本年废止 {nextRepealed} 件，由此本年现行有效应为 {next} − {nextIssued} + {nextRepealed}，只有“{chosen}”相符，已采用。',
      resolvedByYears: '表{table}“{row}”行的数字“{raw}”有多种拆分；同批检查的上一年度报告（{previousFile}）现行有效 {previous} 件，加本年制发、减本年废止应等于本年现行有效；下一年度报告（{nextFile}）现行有效 {next} 件、本年制发 {nextIssued} 件、本年废止 {nextRepealed} 件，本年现行有效应为 {next} − {nextIssued} + {nextRepealed}；两者都相符的只有“{chosen}”，已采用。',
      resolvedByRelation: '表{table}“{row}”行有 {count} 格未能读取；按本表的勾稽关系（{relation}），{values}，已采用。该值是推算的，不是从原表读出的。',
      resolvedByRows: '表{table}的数字“{raw}”无论怎样拆分，{rows}三行不能都满足各自的合计（{constraint}）；使最多行相符的拆分都把“{row}”读作“{chosen}”，已采用。',
      resolvedByColumns: '表{table}“{row}”行的数字“{raw}”无论怎样拆分，都不满足本行的合计（{constraint}）；按表中其他各行的数字和各列的勾稽关系，只有“{chosen}”相符，已采用。本行的数字本身加起来不对，另见本行的错误提示。',
    },
    hints: {
      original: '请用原网页（.html）或原文件（.docx）确认。',
    },
  },
  en: {
    title: 'Run-together digits split by the sum rules or the text; unread cells worked out from the sums',
    doc: 'When a web page is flattened to text, the digits of adjacent cells run together; a row could be split in several ways that each satisfy its own 总计. gongkai then tested the sum rules of the whole table (first plus second item equals third plus fourth; the results add up to （七）总计) and exactly one combination held, so it was taken. Those sums were used to read the table and are no longer an independent check. For rows no sum constrains (table 二), when the report\'s text restates the row\'s figures (制发规范性文件6件，现行有效365件) and exactly one split agrees with it, that split is taken too — also for a table-二 row with fewer values than cells set apart by spaces (行政规范性文件 20 155: a cell left blank, or two cells\' figures run together), when the text agrees with exactly one of its readings (a blank cell, or the figures cut into more cells); so is the one split of a 规章 or 行政规范性文件 row for which last year\'s in force plus issued minus repealed equals this year\'s in force, when last year\'s report of the agency is in the same run, or which gives the in force that next year\'s report implies (next year\'s in force minus its issued plus its repealed; with both years, the split must fit both — next year alone gives only this year\'s in force, which seldom singles a split out); a split so taken is then known for the years next to it, so several glued years in a row are resolved one after the other. When cells could not be read at all (on a web page the three sub-rows of （六）其他处理 often share one merged row of cells, so only one row of figures is written), and the table\'s own sums (the results add up to （七）总计 in each column, the columns to 总计 in each row, …) leave each exactly one value — 0 when the cells read already make the total, the difference when one cell is left — and every sum holds with them, those values are taken; when a sum does not hold or more than one value is possible, nothing is worked out and the cells stay unread. When no split of a table-三 row adds up to the row\'s own total (the row\'s figures are wrong in the original), and the other rows of the table give every cell of the row a value by the sums of its column, the one split of its digits that agrees with those values is taken; the row\'s own total is still reported as an error. When the digits of table 四\'s three rows run together and no split makes all three add up (a row\'s figures are wrong in the original), the rows to which every split that makes the most rows add up gives the same figures are read so (a row that still does not add up is reported as an error), and the rest are left unread and reported on their own. Confirm against the original table.',
    messages: {
      resolvedBySums: 'Table {table}, row "{row}": the digits "{raw}" can be split in several ways; only "{chosen}" satisfies the sums of the whole table and was taken.',
      resolvedByText: 'Table {table}, row "{row}": the digits "{raw}" can be split in several ways; the report\'s text "{sentence}" agrees only with "{chosen}", which was taken.',
      resolvedByTextFew: 'Table {table}, row "{row}": only {found} values were found, "{raw}" ({cells} expected): a cell may be blank, or the figures of two cells may have run together; the report\'s text "{sentence}" agrees only with "{chosenEn}", which was taken.',
      resolvedByLastYear: 'Table {table}, row "{row}": the digits "{raw}" can be split in several ways; last year\'s report in the same run ({previousFile}) has {previous} in force, and last year\'s in force plus issued minus repealed must equal this year\'s in force: only "{chosen}" agrees, which was taken.',
      resolvedByNextYear: 'Table {table}, row "{row}": the digits "{raw}" can be split in several ways; next year\'s report in the same run ({nextFile}) has {next} in force, {nextIssued} issued and {nextRepealed} repealed, so this year\'s in force must be {next} − {nextIssued} + {nextRepealed}: only "{chosen}" agrees, which was taken.',
      resolvedByYears: 'Table {table}, row "{row}": the digits "{raw}" can be split in several ways; last year\'s report in the same run ({previousFile}) has {previous} in force, and last year\'s in force plus issued minus repealed must equal this year\'s in force; next year\'s report ({nextFile}) has {next} in force, {nextIssued} issued and {nextRepealed} repealed, so this year\'s in force must be {next} − {nextIssued} + {nextRepealed}: only "{chosen}" agrees with both, which was taken.',
      resolvedByRelation: 'Table {table}, row "{row}": {count} cell(s) could not be read; by the table\'s own sums ({relationEn}) {valuesEn}, which was taken. The values are worked out, not read from the original table.',
      resolvedByRows: 'Table {table}: however the digits "{raw}" are split, the rows {rows} do not all add up ({constraint}); every split that makes the most rows add up reads row "{row}" as "{chosen}", which was taken.',
      resolvedByColumns: 'Table {table}, row "{row}": however the digits "{raw}" are split, the row does not add up ({constraint}); with the other rows of the table, the sums of each column agree only with "{chosen}", which was taken. The row\'s own figures do not add up: see the error reported for it.',
    },
    hints: {
      original: 'Confirm against the original page (.html) or file (.docx).',
    },
  },
} satisfies RuleTexts;
