import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '与同批其他机关的报告大段相同',
    doc: '年度报告应写本机关本年的实际情况；评估中发现有的机关照抄其他机关、其他地区的报告。一起检查的文件中，本规则比较不同机关报告的第一部分“总体情况”和第五部分“存在的主要问题及改进情况”：不计机关名称（本机关的全称和简称）、年份、数字、标点和空白，也不计各报告都可以相同的套话（依据《条例》编制本报告、统计期限、电子版下载、联系方式、“以习近平新时代中国特色社会主义思想为指导”等，见 schemas/review.json），一方该部分的文字有阈值（默认 50%）以上以连续 12 个字以上的段落出现在另一方时，在两份报告上都提醒，写明对方文件、双方相同的比例和最长的相同段落。过短的部分（默认不足 100 字）不比较。成千上万份文件一起检查时，先用 MinHash 分段散列找出可能相同的文件对，不逐对比较。阈值可在 gongkai.config.json 的 "options" 中设置，如 { "options": { "batch-copied-text": { "percent": 60 } } }。同一机关不同年度的报告不在此比较（见 yoy-text-repeat）。',
    messages: {
      copied: '“{section}”与同批文件 {otherFile}（{otherAgency}）的同一部分大段相同：本报告这部分 {mine} 的文字、对方这部分 {theirs} 的文字相同（不计机关名称、年份和数字，阈值 {threshold}）。最长的相同段落（{passageLength} 字）：“{passage}”。',
    },
    hints: { rewrite: '核对这部分是否照搬了其他机关的报告；按本机关本年的实际工作、发现的问题和措施重写。' },
  },
  en: {
    title: 'Largely the same as another agency\'s report in the run',
    doc: 'An annual report must describe the agency\'s own year; evaluations have found reports copied from other agencies and regions. Among the files checked together, this rule compares section 一 (总体情况) and section 五 (存在的主要问题及改进情况) of reports of different agencies. Agency names (the full name and the short one), years, numbers, punctuation and spacing are ignored, and so is the wording every report may share (the preamble citing the 条例, the statistics period, where to download the report, whom to contact, the political opening; see schemas/review.json). When the threshold (50% by default) or more of one side\'s section is found in the other in runs of 12 or more characters, both reports are warned, each naming the other file, how much of each is the same and the longest shared passage. Sections too short to compare (under 100 characters by default) are left out. For thousands of files, pairs that may be alike are found first by MinHash bands (locality-sensitive hashing), never by comparing every pair. Set the threshold in gongkai.config.json under "options", e.g. { "options": { "batch-copied-text": { "percent": 60 } } }. Reports of the same agency for other years are not compared here (see yoy-text-repeat).',
    messages: {
      copied: '"{section}" is largely the same as the same section of {otherFile} ({otherAgency}) in this run: {mine} of this report\'s section and {theirs} of the other\'s are the same (agency names, years and numbers ignored; threshold {threshold}). Longest shared passage ({passageLength} characters): "{passage}".',
    },
    hints: { rewrite: 'Check whether this section was taken from another agency\'s report; rewrite it with this agency\'s own work, problems and measures of the year.' },
  },
} satisfies RuleTexts;
