import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: 'JSON 不符合规范化报告结构',
    doc: 'JSON 输入须符合 schemas/report.schema.json 描述的规范化报告结构：schemaVersion、sections（标题与正文）、tables（以稳定编号为键的单元格）。不符合的位置以 JSON 指针标出，并说明应为何种类型。按提示修改该处后重试。',
    messages: {
      invalid: '{pointer} 处的值不符合要求：应为{expected}，实际为{received}。',
      invalidJson: '不是有效的 JSON：{reason}',
      notObject: '顶层应为一个对象（{…}），实际为{received}。',
      version: 'schemaVersion 应为 {expected}，实际为 {received}。',
    },
  },
  en: {
    title: 'JSON does not match the normalized report layout',
    doc: 'JSON input must follow the normalized report layout described by schemas/report.schema.json: schemaVersion, sections (heading and text) and tables (cells keyed by stable ids). Each problem is located by JSON pointer with the type that was expected. Fix that place and check again.',
    messages: {
      invalid: 'The value at {pointer} is not valid: expected {expected}, received {received}.',
      invalidJson: 'Not valid JSON: {reason}',
      notObject: 'The top level must be an object ({…}); received {received}.',
      version: 'schemaVersion must be {expected}; received {received}.',
    },
  },
} satisfies RuleTexts;
