/**
 * Drift tests: every rule is well-formed, documented in both languages, has fixtures, a README line and a
 * page (docs/rules/<id>.md, regenerated here from the sources and compared with the committed one).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getRule, RULES } from '../src/rules/index.js';
import { rulesTable } from '../src/cli/commands/rules.js';
import { allFormats } from '../src/format/spec.js';
import { checkPaths } from '../src/node/run.js';
import { checkFile } from '../src/node/file.js';
import { stream as prettyStream } from '../src/formatters/pretty.js';
import * as docs from '../src/rules/docs.js';
import { docsBaseFrom, RULE_DOCS_BASE, rulePagePath } from '../src/rules/docs.js';
import { drift, rulePages } from '../scripts/gen-rule-docs.mjs';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

const root = join(import.meta.dirname, '..');

describe('rule registry', () => {
  it('ids and codes are unique and well-formed', () => {
    const ids = RULES.map((r) => r.id);
    const codes = RULES.map((r) => r.code);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(r.code).toMatch(/^GK\d{3}$/);
    }
  });

  for (const r of RULES) {
    describe(r.id, () => {
      it('lives in its own file named after its id', () => {
        expect(existsSync(join(root, 'src/rules', `${r.id}.ts`))).toBe(true);
        expect(existsSync(join(root, 'src/rules/text', `${r.id}.ts`))).toBe(true);
      });
      it('has a title, a one-paragraph doc and the same messages in zh and en', () => {
        for (const lang of ['zh', 'en'] as const) {
          const t = r.text[lang];
          expect(t.title.length).toBeGreaterThan(3);
          expect(t.doc.length).toBeGreaterThan(40);
          expect(t.doc).not.toContain('\n');
          expect(Object.keys(t.messages).length).toBeGreaterThan(0);
        }
        expect(Object.keys(r.text.en.messages).sort()).toEqual(Object.keys(r.text.zh.messages).sort());
        expect(Object.keys(r.text.en.hints ?? {}).sort()).toEqual(Object.keys(r.text.zh.hints ?? {}).sort());
      });
      it('has at least one valid and one invalid fixture', () => {
        const dir = join(root, 'fixtures/rules', r.id);
        const cases = existsSync(dir) ? readdirSync(dir) : [];
        expect(cases.some((c) => c.startsWith('valid-')), `fixtures/rules/${r.id}/valid-…`).toBe(true);
        expect(cases.some((c) => c.startsWith('invalid-')), `fixtures/rules/${r.id}/invalid-…`).toBe(true);
      });
    });
  }

  it('README rule table matches the registry, each id linked to its page (npm run readme:rules rewrites it)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('<!-- rules:start -->') + '<!-- rules:start -->'.length;
    const end = readme.indexOf('<!-- rules:end -->');
    const table = readme.slice(start, end).trim();
    expect(table).toBe(rulesTable('zh', rulePagePath).trim());
    for (const r of RULES) {
      expect(table).toContain(`| [\`${r.id}\`](docs/rules/${r.id}.md) |`);
      expect(existsSync(join(root, 'docs/rules', `${r.id}.md`)), `docs/rules/${r.id}.md`).toBe(true);
    }
  });

  it('every equation in schemas/format names a registered sum rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const f of allFormats()) for (const t of Object.values(f.tables)) for (const e of t.equations) expect(ids.has(e.rule), `${e.rule}`).toBe(true);
  });
});

describe('rule pages (docs/rules/)', () => {
  const lib = { RULES, getRule, checkFile, checkPaths, prettyStream, docs };
  let pages: Map<string, string>;
  const page = (id: string): string => pages.get(`docs/rules/${id}.md`)!;

  it('are what scripts/gen-rule-docs.mjs makes of the rules and their fixtures now (npm run docs:rules rewrites them)', { timeout: 300_000 }, async () => {
    pages = await rulePages(lib);
    expect([...pages.keys()].sort()).toEqual([...RULES.map((r) => `docs/rules/${r.id}.md`), 'docs/rules/README.md'].sort());
    expect(drift(pages)).toEqual([]);
  });

  it('the drift check fails on a changed, a missing and a stray page', () => {
    // A copy of the pages as they should be, then three changes to it.
    const dir = tempDir('gk-ruledocs-');
    mkdirSync(join(dir, 'docs/rules'), { recursive: true });
    for (const [path, text] of pages) writeFileSync(join(dir, path), text);
    expect(drift(pages, dir)).toEqual([]);
    writeFileSync(join(dir, 'docs/rules/value-negative.md'), `${page('value-negative')}\nedited by hand\n`);
    rmSync(join(dir, 'docs/rules/cell-blank.md'));
    writeFileSync(join(dir, 'docs/rules/old-rule.md'), '# a rule that is gone\n');
    expect(drift(pages, dir).sort()).toEqual(['docs/rules/cell-blank.md: missing', 'docs/rules/old-rule.md: no rule has this page', 'docs/rules/value-negative.md: differs']);
  });

  it('each page: Chinese, then English, with the rule’s texts and every fixture as an example', () => {
    for (const r of RULES) {
      const text = page(r.id);
      const zh = text.indexOf('## 中文');
      const en = text.indexOf('## English');
      expect(zh, r.id).toBeGreaterThan(0);
      expect(en, r.id).toBeGreaterThan(zh);
      expect(text.slice(zh, en)).toContain(docs.ruleHelpMarkdown(r, 'zh'));
      expect(text.slice(en)).toContain(docs.ruleHelpMarkdown(r, 'en'));
      for (const c of readdirSync(join(root, 'fixtures/rules', r.id))) {
        const invalid = !c.startsWith('valid-');
        expect(text.slice(zh, en), `${r.id}/${c}`).toContain(`#### ${invalid ? '不符合' : '符合'}：\`${c}\``);
        expect(text.slice(en), `${r.id}/${c}`).toContain(`#### ${invalid ? 'Does not comply' : 'Complies'}: \`${c}\``);
      }
    }
  });

  it('an example shows the input where the finding is and the finding as gongkai check prints it', async () => {
    const text = page('value-negative');
    expect(text).toContain('输入 `fixtures/rules/value-negative/invalid-negative-count/input.json` 中 `/tables/t3/unable_not_held` 处：');
    expect(text).toContain('"natural": -1');
    const r = await runCli(['check', 'fixtures/rules/value-negative/invalid-negative-count/input.json', '--rule', 'table3-row-total=off', '--rule', 'table3-results-total=off', '--rule', 'section1-topics=off', '--rule', 'section1-figures=off']);
    const printed = r.stdout.slice(0, r.stdout.indexOf('\n\n')).trimEnd();
    expect(text).toContain(printed);
    // English: rendered with --lang en.
    expect(text).toContain('is negative: -1.');
  });

  it('gongkai rules names each page (text and json), and the folder they are in', async () => {
    const t = await runCli(['rules']);
    for (const r of RULES) expect(t.stdout).toMatch(new RegExp(`${r.code}  ${r.id} +\\S+ +docs/rules/${r.id}\\.md +\\S`));
    expect(t.stdout).toContain(`docs/rules/ 文件夹中：${join(root, 'docs/rules')}/`);
    const en = await runCli(['rules', '--lang', 'en']);
    expect(en.stdout).toContain(`The pages (with examples) are in gongkai's docs/rules/ folder: ${join(root, 'docs/rules')}/`);
    const json = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout) as { id: string; docs: string; docsUrl?: string }[];
    for (const r of json) {
      expect(r.docs).toBe(`docs/rules/${r.id}.md`);
      expect(existsSync(join(root, r.docs))).toBe(true);
      expect(r.docsUrl).toBeUndefined();
    }
  });

  it('their public address follows package.json: none without a repository', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Parameters<typeof docsBaseFrom>[0];
    const derived = docsBaseFrom(pkg);
    if (derived !== undefined) expect(RULE_DOCS_BASE, 'package.json names a repository: set RULE_DOCS_BASE in src/rules/docs.ts').toBe(derived);
    if (RULE_DOCS_BASE !== undefined) expect(RULE_DOCS_BASE).toMatch(/^https:\/\/\S+\/$/);
    else expect(derived).toBeUndefined();
    expect(docsBaseFrom({})).toBeUndefined();
    expect(docsBaseFrom({ repository: 'github:gov/gongkai' })).toBe('https://github.com/gov/gongkai/blob/HEAD/docs/rules/');
    expect(docsBaseFrom({ repository: 'gov/gongkai' })).toBe('https://github.com/gov/gongkai/blob/HEAD/docs/rules/');
    expect(docsBaseFrom({ repository: { url: 'git+https://github.com/gov/gongkai.git' } })).toBe('https://github.com/gov/gongkai/blob/HEAD/docs/rules/');
    expect(docsBaseFrom({ repository: { url: 'https://gitlab.com/gov/tools/gongkai.git', directory: 'packages/gongkai' } })).toBe('https://gitlab.com/gov/tools/gongkai/-/blob/HEAD/packages/gongkai/docs/rules/');
    expect(docsBaseFrom({ repository: 'git@github.com:gov/gongkai.git' })).toBe('https://github.com/gov/gongkai/blob/HEAD/docs/rules/');
    expect(docsBaseFrom({ repository: 'https://example.org/gongkai.git' })).toBeUndefined();
  });
});
