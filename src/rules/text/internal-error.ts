import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: 'gongkai 内部错误',
    doc: 'gongkai 自身的缺陷：某项检查规则（或整个检查）在这个文件上出错。出错的那一项没有检查，同一文件的其他检查和其他文件照常进行，结果照常输出，命令最后以退出码 2 结束。这不是报告本身的问题，不必修改报告；请把这个文件和这条信息（含规则编号）报告给 gongkai 的开发者。此项的级别不能用 --rule 或配置文件更改。',
    messages: {
      rule: '检查规则 {rule}（{ruleTitle}）在检查此文件时出错，这一项没有检查；其他检查照常进行。这是 gongkai 的缺陷，不是报告的问题：请把此文件和这条信息报告给开发者（{error}）。',
      check: '检查此文件时 gongkai 出现内部错误，此文件的检查结果不完整。这是 gongkai 的缺陷，不是报告的问题：请把此文件和这条信息报告给开发者（{error}）。',
    },
  },
  en: {
    title: 'gongkai internal error',
    doc: 'A bug in gongkai itself: one of its rules (or the check as a whole) failed on this file. What failed was not checked; the other checks of the file and the other files go on, the results are written as usual, and the command ends with exit code 2. This is not a problem of the report and needs no change to it: please report the file and this message (with the rule id) to the gongkai developers. Its severity cannot be changed with --rule or a config file.',
    messages: {
      rule: 'The rule {rule} ({ruleTitleEn}) failed while checking this file, so that check was not made; the other checks went on. This is a bug in gongkai, not a problem of the report: please report this file and this message to the developers ({error}).',
      check: 'gongkai failed while checking this file, so its results are incomplete. This is a bug in gongkai, not a problem of the report: please report this file and this message to the developers ({error}).',
    },
  },
} satisfies RuleTexts;
