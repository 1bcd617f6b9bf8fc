import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '总体情况篇幅过长',
    doc: '2021年格式要求“总体情况”聚焦主题、简明客观，篇幅原则上不超过一千字（不计空白）。超过时提示精简，不属于错误。',
    messages: { long: '“一、总体情况”共 {chars} 字，超过原则上的 {limit} 字。' },
    hints: { shorten: '精简为要点，删去与政府信息公开无关的内容。' },
  },
  en: {
    title: 'Section 一 is too long',
    doc: 'The 2021 format asks for a focused, concise, objective section 一, in principle no more than 1,000 characters (whitespace not counted). Longer text gets a warning, not an error.',
    messages: { long: 'Section 一 has {chars} characters, over the {limit} allowed in principle.' },
    hints: { shorten: 'Cut it to the main points and drop what is not about government information disclosure.' },
  },
} satisfies RuleTexts;
