/** `gongkai rules`: every rule with id, code, default severity, category and title. */
import { RULES } from '../../rules/index.js';
import type { Io } from '../io.js';

export function rulesTable(lang: 'zh' | 'en'): string {
  const head = lang === 'zh' ? '| 规则 | 代码 | 默认级别 | 类别 | 说明 |' : '| rule | code | severity | category | title |';
  const lines = [head, '|---|---|---|---|---|'];
  for (const r of RULES) lines.push(`| \`${r.id}\` | ${r.code} | ${r.severity} | ${r.category} | ${r.text[lang].title} |`);
  return lines.join('\n');
}

export function runRules(opts: { lang: 'zh' | 'en'; format: string }, io: Io): number {
  if (opts.format === 'json') {
    const rules = RULES.map((r) => ({ id: r.id, code: r.code, severity: r.severity, category: r.category, tags: r.tags, title: r.text[opts.lang].title, doc: r.text[opts.lang].doc }));
    io.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
  } else if (opts.format === 'markdown') {
    io.stdout.write(`${rulesTable(opts.lang)}\n`);
  } else {
    const width = Math.max(...RULES.map((r) => r.id.length));
    for (const r of RULES) io.stdout.write(`${r.code}  ${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.text[opts.lang].title}\n`);
  }
  return 0;
}
