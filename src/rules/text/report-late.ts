import type { RuleTexts } from '../rule.js';

export default {
  zh: {
    title: '报告发布晚于规定期限',
    doc: '《政府信息公开条例》第四十九条规定：县级以上人民政府部门应当在每年 1 月 31 日前公布本机关上一年度的政府信息公开工作年度报告，县级以上地方人民政府的年度报告应当在每年 3 月 31 日前公布；不少地方的通知规定了更早的期限（如 1 月 28 日）。考核中按时发布是最常见的一项。本规则取报告的发布日期——用 --published 给出的，或 gongkai.config.json 中按文件名给出的，否则从保存的网页或其文本副本页头的“发布时间”“发布日期”“时间”或网页的 PubDate 读取——与期限比较，晚于期限时提醒，写明发布日期、期限和日期从哪里读到。机关的级别按名称末尾判断（局、委、办等为部门，省、市、区、县、人民政府等为政府），判断不出时按较晚的 3 月 31 日；可在配置中写明级别或本地期限，如 { "options": { "report-late": { "level": "department", "deadline": "01-28", "published": { "*.pdf": "2025-01-20" } } } }。读不到发布日期的文件不检查。',
    messages: {
      page: '报告发布于 {date}（页头“{text}”），比 {year} 年度报告的期限 {deadline} 晚 {days} 天。',
      option: '报告发布于 {date}（--published 给出），比 {year} 年度报告的期限 {deadline} 晚 {days} 天。',
      config: '报告发布于 {date}（配置文件按“{pattern}”给出），比 {year} 年度报告的期限 {deadline} 晚 {days} 天。',
    },
    hints: {
      department: '部门的年度报告应在每年 1 月 31 日前公布（《政府信息公开条例》第四十九条）；今后请按期公布。若本机关是政府而非部门，请在配置中写明 "level": "government"。',
      government: '县级以上地方人民政府的年度报告应在每年 3 月 31 日前公布（《政府信息公开条例》第四十九条）；今后请按期公布。',
      township: '乡镇、街道的年度报告期限以本地通知为准，请在配置中写明 "deadline"；未写明时按 3 月 31 日检查。',
      unknown: '从机关名称判断不出是部门还是政府，已按较晚的 3 月 31 日检查；可在配置中写明 "level"。',
      local: '期限按配置中写明的本地期限；今后请按期公布。',
    },
  },
  en: {
    title: 'Published after the deadline',
    doc: 'The 政府信息公开条例 (article 49) sets when the annual reports are published: by 31 January for the departments of governments at county level and above, by 31 March for the reports of local governments at county level and above; many local notices set earlier days (e.g. 28 January). Publishing on time is the item evaluators name most often. This rule takes the date the report was published — given with --published, or for the file by a pattern in gongkai.config.json, else read from the header of a saved web page or its text copy (发布时间, 发布日期, 时间, or the page\'s PubDate) — and warns when it is after the deadline, saying the date, the deadline and where the date was read. The agency\'s level comes from the end of its name (局, 委, 办 … are departments; 省, 市, 区, 县, 人民政府 … governments); when it cannot tell, the later 31 March applies. The config may set the level or a local deadline, e.g. { "options": { "report-late": { "level": "department", "deadline": "01-28", "published": { "*.pdf": "2025-01-20" } } } }. A file whose publication date is not known is not checked.',
    messages: {
      page: 'Published on {date} (page header "{text}"), {days} days after the deadline for the {year} report, {deadline}.',
      option: 'Published on {date} (given with --published), {days} days after the deadline for the {year} report, {deadline}.',
      config: 'Published on {date} (given by the config for "{pattern}"), {days} days after the deadline for the {year} report, {deadline}.',
    },
    hints: {
      department: 'A department\'s annual report is due by 31 January (政府信息公开条例, article 49); publish on time from now on. If this agency is a government, not a department, set "level": "government" in the config.',
      government: 'A local government\'s annual report is due by 31 March (政府信息公开条例, article 49); publish on time from now on.',
      township: 'The deadline of a township or street office is the local notice\'s: set "deadline" in the config; without it, 31 March is checked.',
      unknown: 'Whether the agency is a department or a government cannot be told from its name, so the later 31 March was checked; set "level" in the config.',
      local: 'The deadline is the local one set in the config; publish on time from now on.',
    },
  },
} satisfies RuleTexts;
