import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '总体情况缺少格式要求的方面',
    doc: '格式要求“一、总体情况”综述本机关主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面的情况；各级人民政府的报告还须写明工作考核、社会评议和责任追究结果（条例第五十条第（四）项）。本规则按小标题或文字查找每个方面（所用词语和各项依据见 schemas/content.json，文件标题《》中的词不算），一条提示列出找不到的方面。是政府还是部门，与 report-late 一样按机关名称的结尾判断（人民政府、省、市、区、县、管委会、乡、镇等为政府，局、委、办、中心等为部门，括号内的说明不计；见 schemas/review.json 的 levels）；判断不对时可在 gongkai.config.json 中指明，如 { "options": { "report-late": { "level": "government" } } }（department、government 或 township）。',
    messages: {
      missing: '“一、总体情况”没有写到{topics}方面。',
      government: '“一、总体情况”没有写到{government}，人民政府的报告须写明。',
      both: '“一、总体情况”没有写到{topics}方面，也没有写到{government}（人民政府的报告须写明）。',
    },
    hints: {
      write: '按主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障分段写明本年的工作情况，补上缺少的方面。',
      government: '在“监督保障”部分写明本年政府信息公开工作考核、社会评议和责任追究的结果；没有发生的，也写明没有。',
    },
  },
  en: {
    title: 'Section 一 leaves out a topic the format requires',
    doc: 'The format asks section 一 to summarise the agency\'s work on five topics: 主动公开 (proactive disclosure), 依申请公开 (disclosure on request), 政府信息管理 (information management), 政府信息公开平台建设 (disclosure platforms) and 监督保障 (oversight and safeguards); a government\'s report must also give the results of 工作考核, 社会评议 and 责任追究 (assessment, public evaluation, accountability; 条例 art. 50 item 4). This rule looks for each topic by its sub-heading or its words (the words and the source of each requirement are in schemas/content.json; words inside a document title in 《》 do not count) and names the topics it cannot find, in one finding. Government or department is told as report-late tells it, by the end of the agency\'s name: 人民政府, 省, 市, 区, 县, 管委会, 乡, 镇 … are governments, 局, 委, 办, 中心 … departments (notes in brackets left out; the levels of schemas/review.json). Where that is wrong, say it in gongkai.config.json, e.g. { "options": { "report-late": { "level": "government" } } } (department, government or township).',
    messages: {
      missing: 'Section 一 does not cover {topicsEn}.',
      government: 'Section 一 does not report {governmentEn}, which a government\'s report must.',
      both: 'Section 一 does not cover {topicsEn}, nor report {governmentEn}, which a government\'s report must.',
    },
    hints: {
      write: 'Describe the year\'s work under 主动公开, 依申请公开, 政府信息管理, 政府信息公开平台建设 and 监督保障, adding the topics left out.',
      government: 'Under 监督保障, give the results of the year\'s assessment (工作考核), public evaluation (社会评议) and accountability (责任追究) of the disclosure work; where there were none, say so.',
    },
  },
} satisfies RuleTexts;
