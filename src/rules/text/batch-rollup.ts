import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '汇总报告的表格与所属单位报告之和不符',
    doc: '县（区、市）政府的年度报告要汇总本级各部门和所辖乡镇（街道）的情况（逐级汇总）：汇总报告表二、表三、表四的每一格应等于各单位报告同一格之和（现行有效件数也一样；金额按各数字写出的小数位，允许四舍五入造成的误差）。在 gongkai.config.json 中声明哪个文件是汇总报告、哪些文件是它的单位报告，如 { "rollup": [{ "summary": "汇总/*.json", "units": ["部门/*", "乡镇/*"] }] }（路径相对于配置文件所在的文件夹；可加 "year": 2024，只比较该年度的报告），一起检查时，本规则把汇总报告填了数字的每一格与同一年度单位报告同一格之和相比，不等时在汇总报告的该格提醒，写明应有的和、实际的数、单位报告的份数和各自的数。单位报告该格空白或未能读出、缺这张表或整份无法读取的，不计入并在提醒中写明；这时只能确定“单位之和大于汇总数”的错误，只提醒这种情况。没有声明时，如果一起检查的文件中有一份政府的报告自己说明是汇总（如“汇总……各有关单位政府信息公开工作情况”“全区共收到政府信息公开申请……件”，见 schemas/rollup.json），又有同一年度、机关名称以该政府名称开头的部门或乡镇（街道）的报告（税务、气象、烟草等垂直管理单位除外），由于这些可能只是部分单位，只在单位之和大于汇总数时提示（提示级别）。单位报告与汇总报告所用格式版本不同时，只比较两版都有的格，并提示一次。同一单位的报告出现两次（如 .json 和 .xlsx）只计一次。',
    messages: {
      differs: '表{table}“{row}”行“{column}”列为 {actual}，但 {config} 中声明的 {unitCount} 份单位报告同一格之和为 {expected}，相差 {diff}。各单位：{units}。',
      above: '表{table}“{row}”行“{column}”列为 {actual}，小于 {config} 中声明的 {unitCount} 份单位报告同一格之和 {expected}（相差 {diff}）。各单位：{units}。另有 {skippedCount} 份单位报告该格没有数字（{skipped}），未计入，所以只能确定汇总数偏小。',
      aboveFound: '本报告说明是汇总报告（“{says}”），但表{table}“{row}”行“{column}”列为 {actual}，小于同批 {unitCount} 份本级部门、乡镇（街道）报告同一格之和 {expected}（相差 {diff}）。各单位：{units}。',
      versions: '{unitCount} 份单位报告（{units}）按 {other} 年版格式填写，本报告按 {format} 年版：只比较了两版都有的格，{cells} 格没有比较。',
      noUnits: '{config} 声明本报告是汇总报告，但声明的单位报告中没有 {year} 年度的报告可以比较。',
      noYear: '{config} 声明本报告是汇总报告，但看不出本报告的年度，无法选出同一年度的单位报告；请在声明中写明 "year"。',
    },
    hints: {
      fix: '按各单位报告重新汇总这一格；单位报告有误的，先改正单位报告。声明的单位不全或多了，改正 gongkai.config.json 中的 "rollup"。',
      fixAbove: '汇总数不应少于所属单位报告之和：按各单位报告重新汇总这一格，或核对单位报告的这一格。',
    },
  },
  en: {
    title: 'Summary report\'s tables ≠ the sum of its units\' reports',
    doc: 'The report of a county (district, city) government sums up those of its departments and towns (逐级汇总): every cell of tables 二, 三 and 四 of the summary must equal the sum of the same cell of the units\' reports (现行有效 too; amounts within the rounding of the places each figure is written to). Declare in gongkai.config.json which file is the summary and which files are its units, e.g. { "rollup": [{ "summary": "汇总/*.json", "units": ["部门/*", "乡镇/*"] }] } (paths relative to the config file\'s folder; add "year": 2024 to compare only that year\'s reports); checked together, every cell the summary fills in is compared with the sum of the same cell of the units of the same year, and a difference is warned at the summary\'s cell with the expected sum, the value, how many units and their values. Units whose cell is blank or could not be read, that lack the table or that cannot be read at all are left out and named; then only a sum above the summary is certain, and only that is reported. Without a declaration, when a government\'s report in the run says it is a summary (e.g. 汇总……各有关单位政府信息公开工作情况, 全区共收到政府信息公开申请……件; see schemas/rollup.json) and the run holds reports of the same year by its departments or towns (agency names that start with the government\'s; agencies under vertical management such as taxation, meteorology or tobacco excepted), those may be only some of the units, so only a sum above the summary is noted (info). A unit that follows the other version of the format is compared on the cells both versions have, said once. A unit\'s report in the run twice (as .json and .xlsx, say) counts once.',
    messages: {
      differs: 'Table {table}, row "{row}", column "{column}" is {actual}, but the {unitCount} unit reports declared in {config} add up to {expected} in that cell, a difference of {diff}. Units: {unitsEn}.',
      above: 'Table {table}, row "{row}", column "{column}" is {actual}, less than {expected}, the sum of that cell in the {unitCount} unit reports declared in {config} (a difference of {diff}). Units: {unitsEn}. {skippedCount} more unit report(s) have no number there ({skippedEn}) and are not counted, so only a summary figure that is too small is certain.',
      aboveFound: 'This report says it is a summary ("{says}"), but table {table}, row "{row}", column "{column}" is {actual}, less than {expected}, the sum of that cell in the {unitCount} reports of its departments and towns in this run (a difference of {diff}). Units: {unitsEn}.',
      versions: '{unitCount} unit report(s) ({unitsEn}) follow the {other} version of the format, this report the {format} version: only the cells both versions have were compared; {cells} cell(s) were not.',
      noUnits: '{config} declares this report a summary, but none of the unit reports declared there is of {year}.',
      noYear: '{config} declares this report a summary, but its year is not known, so the units of the same year cannot be chosen; give "year" in the declaration.',
    },
    hints: {
      fix: 'Sum this cell again from the units\' reports; where a unit\'s report is wrong, correct it first. If the declared units are incomplete or too many, correct "rollup" in gongkai.config.json.',
      fixAbove: 'A summary figure cannot be less than the sum of its units\': sum this cell again from the units\' reports, or check that cell in the units\' reports.',
    },
  },
} satisfies RuleTexts;
