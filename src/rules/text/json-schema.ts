import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: 'JSON 不符合规范化报告结构',
    doc: 'JSON 输入须符合 schemas/report.schema.json 描述的规范化报告结构：schemaVersion、sections（标题与正文）、tables（以稳定编号为键的单元格）。每个问题都指出是哪一处（表格单元格用表中的行名和列名），以及那里应填什么。按提示修改该处后重试。JSON 写法本身有错时，指出第几行第几列错在哪里。',
    messages: {
      invalid: '{fieldZh}：应为{expectedZh}，实际为{receivedZh}。',
      missing: '缺少{fieldZh}，应为{expectedZh}。',
      invalidJson: '不是有效的 JSON：第 {line} 行第 {column} 列，{problemZh}。',
      invalidJsonDeep: '不是有效的 JSON，且括号嵌套过深，无法指出错在哪里。请用能检查 JSON 的编辑器打开核对。',
      emptyJson: '文件是空的，没有任何内容。',
      tooDeep: '{fieldZh}处的括号嵌套超过 {limit} 层，不是报告的结构，未读取。',
      notObject: '文件最外层应为用 {…} 括起的一份报告（标题、正文各部分、统计表），实际为{receivedZh}。',
      version: '结构版本号（schemaVersion）应为 {expected}，实际为 {received}。',
    },
  },
  en: {
    title: 'JSON does not match the normalized report layout',
    doc: 'JSON input must follow the normalized report layout described by schemas/report.schema.json: schemaVersion, sections (heading and text) and tables (cells keyed by stable ids). Each problem names the place (a table cell by its row and column labels) and what belongs there. Fix that place and check again. A JSON syntax error is named by line and column with what is wrong there.',
    messages: {
      invalid: '{fieldEn}: expected {expectedEn}, found {receivedEn}.',
      missing: '{fieldEn} is missing; expected {expectedEn}.',
      invalidJson: 'Not valid JSON: line {line}, column {column}: {problemEn}.',
      invalidJsonDeep: 'Not valid JSON, and its brackets are nested too deeply to tell where it goes wrong. Open it in an editor that checks JSON.',
      emptyJson: 'The file is empty.',
      tooDeep: '{fieldEn} is nested more than {limit} brackets deep; this is not a report layout and was not read.',
      notObject: 'The file must hold one report in braces {…} (title, sections, tables); it holds {receivedEn}.',
      version: 'The layout version (schemaVersion) must be {expected}; it is {received}.',
    },
  },
} satisfies RuleTexts;
