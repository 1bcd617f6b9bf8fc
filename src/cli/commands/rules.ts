/**
 * `gongkai rules`: every rule with id, code, default severity, category, title and its page
 * (docs/rules/<id>.md, in the package and the repository; its public address where there is one).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULE_DOCS_DIR, ruleDocsUrl, rulePagePath } from '../../rules/docs.js';
import { RULES } from '../../rules/index.js';
import type { Io } from '../io.js';
import { maxOf } from '../../lists.js';

/**
 * The rule table in Markdown (`--format markdown`, the README). `href` gives the link of a rule id: the
 * README links each id to its page; without it, ids link to the pages' public address where there is one.
 */
export function rulesTable(lang: 'zh' | 'en', href: (id: string) => string | undefined = (id) => ruleDocsUrl(id)): string {
  const head = lang === 'zh' ? '| 规则 | 代码 | 默认级别 | 类别 | 说明 |' : '| rule | code | severity | category | title |';
  const lines = [head, '|---|---|---|---|---|'];
  for (const r of RULES) {
    const link = href(r.id);
    lines.push(`| ${link ? `[\`${r.id}\`](${link})` : `\`${r.id}\``} | ${r.code} | ${r.severity} | ${r.category} | ${r.text[lang].title} |`);
  }
  return lines.join('\n');
}

/** The folder the pages are in here: the package (or checkout) this gongkai runs from. */
function docsFolder(): string {
  return fileURLToPath(new URL(`../../../${RULE_DOCS_DIR}/`, import.meta.url));
}

export function runRules(opts: { lang: 'zh' | 'en'; format: string }, io: Io): number {
  if (opts.format === 'json') {
    const rules = RULES.map((r) => {
      const url = ruleDocsUrl(r.id);
      return { id: r.id, code: r.code, severity: r.severity, category: r.category, tags: r.tags, title: r.text[opts.lang].title, doc: r.text[opts.lang].doc, docs: rulePagePath(r.id), ...(url ? { docsUrl: url } : {}) };
    });
    io.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
  } else if (opts.format === 'markdown') {
    io.stdout.write(`${rulesTable(opts.lang)}\n`);
  } else {
    const width = maxOf(RULES, (r) => r.id.length);
    const page = (id: string): string => ruleDocsUrl(id) ?? rulePagePath(id);
    const pageWidth = maxOf(RULES, (r) => page(r.id).length);
    for (const r of RULES) io.stdout.write(`${r.code}  ${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${page(r.id).padEnd(pageWidth)}  ${r.text[opts.lang].title}\n`);
    if (!ruleDocsUrl(RULES[0]!.id) && existsSync(docsFolder())) {
      io.stdout.write(opts.lang === 'zh' ? `\n说明页（含示例）在 gongkai 的 ${RULE_DOCS_DIR}/ 文件夹中：${docsFolder()}\n` : `\nThe pages (with examples) are in gongkai's ${RULE_DOCS_DIR}/ folder: ${docsFolder()}\n`);
    }
  }
  return 0;
}
