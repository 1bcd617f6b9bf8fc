import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '问题过多，未全部列出',
    doc: '一个文件最多列出 1000 个问题：超过时先列错误，再列警告，再列提示（各按文中顺序），其余的只在这条提示里说明个数，但仍计入错误、警告数和退出码。问题这么多，通常是同一处错误反复出现（例如一句话被重复粘贴了成千上万次）或文件损坏：请先修改已列出的问题，再重新检查。此项的级别不能更改。',
    messages: {
      capped: '此文件共有 {total} 个问题，只列出 {shown} 个（错误优先）；其余 {more} 个（{moreErrors} 个错误、{moreWarnings} 个警告、{moreInfos} 个提示）未列出，但已计入统计。通常是同一问题反复出现或文件损坏：请先修改已列出的问题，再重新检查。',
    },
  },
  en: {
    title: 'Too many findings to list',
    doc: 'At most 1,000 findings are listed for one file: beyond that, errors come first, then warnings, then infos (each in document order); the rest are only counted in this note, and still count towards the errors, warnings and the exit code. So many findings usually mean one mistake repeated (a sentence pasted thousands of times) or a damaged file: fix the ones listed and check again. Its severity cannot be changed.',
    messages: {
      capped: 'This file has {total} findings; {shown} are listed (errors first) and the other {more} ({moreErrors} errors, {moreWarnings} warnings, {moreInfos} infos) are not, but they are counted. This usually means one mistake repeated or a damaged file: fix the ones listed and check again.',
    },
  },
} satisfies RuleTexts;
