import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: 'JSON 中有被禁止的键',
    doc: '键名 __proto__、constructor、prototype 可被用来篡改程序对象（原型污染），一律拒绝，其内容不被读取。请删除这些键。',
    messages: { forbidden: '{placeZh|pointer}中的键“{key}”被拒绝（这类键名可被用来篡改程序），其内容未读取。' },
  },
  en: {
    title: 'Forbidden key in JSON',
    doc: 'The keys __proto__, constructor and prototype can be used to tamper with program objects (prototype pollution); they are refused and their content is not read. Remove them.',
    messages: { forbidden: 'Key "{key}" in {placeEn|pointer} was refused (such keys can be used to tamper with programs); its content was not read.' },
  },
} satisfies RuleTexts;
