import { existsSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from '../src/index.js';
import { runCli } from './support/cli.js';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../src/node/run.js';
import sarif, { directoryUri, pathToUri, ruleDescriptor, toSarif } from '../src/formatters/sarif.js';
import { RULE_DOCS_BASE, ruleHelpMarkdown } from '../src/rules/docs.js';
import { RULES } from '../src/rules/index.js';
import { SETS } from './support/diagnostic-sets.js';
import { tempDir } from './support/tmp.js';

const schema = JSON.parse(readFileSync(new URL('./sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));

/** RFC 3986 URI reference: only allowed characters, well-formed percent escapes. */
const uriReference = (s: string): boolean => /^([A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/.test(s);
const uri = (s: string): boolean => uriReference(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s);

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat('uri', uri);
ajv.addFormat('uri-reference', uriReference);
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validate = ajv.compile(schema);

const ctx = { color: 0 as const, cwd: '/work/project' };
const ROOT = join(import.meta.dirname, '..');

function valid(log: unknown): string {
  return validate(log) ? '' : ajv.errorsText(validate.errors, { separator: '\n' });
}

describe('SARIF 2.1.0', () => {
  it('the validator rejects an invalid log (the check can fail)', () => {
    const log = toSarif(SETS.regular!, ctx) as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(valid(log)).not.toBe('');
    expect(valid({ version: '2.1.0' })).not.toBe('');
  });

  for (const [set, result] of Object.entries(SETS)) {
    it(`validates against the official schema · ${set}`, () => {
      const text = sarif(result, ctx);
      expect(valid(JSON.parse(text))).toBe('');
    });
  }

  it('validates on a real run with broken files and a Chinese file name', async () => {
    const dir = tempDir('gongkai-sarif-');
    writeFileSync(join(dir, '坏的 报告.json'), '{"schemaVersion": 1, "sections": [');
    writeFileSync(join(dir, 'x.json'), readFileSync('samples/broken-2023.json'));
    const result = await checkPaths(['samples', dir], { jobs: 1 });
    expect(result.summary.unreadable).toBe(1);
    const log = JSON.parse(sarif(result, { color: 0, cwd: process.cwd() }));
    expect(valid(log)).toBe('');
    const uris = new Set(log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris].some((u) => (u as string).includes('%E5%9D%8F%E7%9A%84%20%E6%8A%A5%E5%91%8A.json'))).toBe(true);
  });

  it('lists every rule of the registry with short and full description and help', () => {
    const rules = (toSarif(SETS.empty!, ctx) as any).runs[0].tool.driver.rules as any[];
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const [i, r] of rules.entries()) {
      expect(r.shortDescription.text).toBe(RULES[i]!.text.zh.title);
      expect(r.fullDescription.text).toBe(RULES[i]!.text.zh.doc);
      expect(r.help.text.startsWith(RULES[i]!.text.zh.doc)).toBe(true);
      expect(r.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[RULES[i]!.severity]);
    }
  });

  it('gives every result a location: a region where there is a line, else the cell in a logical location and the message', () => {
    for (const result of Object.values(SETS)) {
      const log = toSarif(result, ctx) as any;
      const diags = result.files.flatMap((f) => f.diagnostics);
      const results = log.runs[0].results as any[];
      expect(results).toHaveLength(diags.length);
      results.forEach((r, i) => {
        const d = diags[i]!;
        expect(r.ruleId).toBe(d.ruleId);
        expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(d.ruleId);
        const loc = r.locations[0];
        expect(loc.physicalLocation.artifactLocation.uri).toBe(pathToUri(d.file));
        if (d.physical?.line !== undefined) {
          expect(loc.physicalLocation.region.startLine).toBe(d.physical.line);
        } else {
          expect(loc.physicalLocation.region).toBeUndefined();
          if (d.location.cell) {
            expect(loc.logicalLocations[0].fullyQualifiedName).toBe(d.location.cell);
            expect(r.message.text).toMatch(/^\[.+\] /);
          }
        }
      });
    }
  });

  it('each rule’s help is its page (docs/rules/<id>.md) in the run’s language, and names the page', () => {
    for (const lang of ['zh', 'en'] as const) {
      const rules = (toSarif({ ...SETS.empty!, lang }, ctx) as any).runs[0].tool.driver.rules as any[];
      for (const [i, r] of rules.entries()) {
        const rule = RULES[i]!;
        const page = `docs/rules/${rule.id}.md`;
        expect(r.properties.docs).toBe(page);
        expect(existsSync(page), page).toBe(true);
        expect(r.help.markdown.startsWith(ruleHelpMarkdown(rule, lang))).toBe(true);
        expect(r.help.markdown).toContain(`\`${page}\``);
        // The page holds the same text (in its half for this language).
        const text = readFileSync(page, 'utf8');
        const half = lang === 'zh' ? text.slice(0, text.indexOf('## English')) : text.slice(text.indexOf('## English'));
        expect(half).toContain(ruleHelpMarkdown(rule, lang));
      }
    }
  });

  it('helpUri: the public address where there is one, else none from the formatter alone; the log still valid', () => {
    // The project has no public address for the pages yet (no repository in package.json).
    expect(RULE_DOCS_BASE).toBeUndefined();
    const log = toSarif(SETS.regular!, ctx) as any;
    for (const r of log.runs[0].tool.driver.rules) expect(r.helpUri).toBeUndefined();
    // Where there is one, each rule links its page.
    const base = 'https://github.com/gov/gongkai/blob/HEAD/docs/rules/';
    log.runs[0].tool.driver.rules = RULES.map((r) => ruleDescriptor(r, 'zh', base));
    expect(log.runs[0].tool.driver.rules.map((r: any) => r.helpUri)).toEqual(RULES.map((r) => `${base}${r.id}.md`));
    expect(log.runs[0].tool.driver.rules[0].help.markdown).toContain(`<${base}${RULES[0]!.id}.md>`);
    expect(valid(log)).toBe('');
    // A path is not a URI: the official schema refuses it as helpUri.
    log.runs[0].tool.driver.rules[0].helpUri = 'docs/rules/read-error.md';
    expect(valid(log)).not.toBe('');
  });

  /** Each rule's helpUri is the file: URL of its page in this checkout, and the page is there. */
  function expectLocalPages(log: any): void {
    const rules = log.runs[0].tool.driver.rules as { id: string; helpUri?: string; help: { markdown: string } }[];
    expect(rules.map((r) => r.helpUri)).toEqual(RULES.map((r) => pathToFileURL(join(ROOT, 'docs/rules', `${r.id}.md`)).href));
    for (const r of rules) expect(existsSync(fileURLToPath(r.helpUri!)), r.helpUri).toBe(true);
    expect(rules[0]!.help.markdown).toContain(`<${rules[0]!.helpUri}>`);
    expect(valid(log)).toBe('');
  }

  it('the CLI and the Node API point helpUri at the pages shipped with the installation (file: URLs)', async () => {
    const dir = tempDir('gongkai-sarif-docs-');
    const file = join(dir, 'broken.json');
    writeFileSync(file, readFileSync(join(ROOT, 'samples/broken-2023.json')));
    // In-process CLI (the sources), the built CLI (the bundle keeps its modules' own locations) and the API.
    const inProcess = await runCli(['check', file, '-f', 'sarif']);
    expectLocalPages(JSON.parse(inProcess.stdout));
    const built = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', file, '-f', 'sarif'], { encoding: 'utf8' });
    expectLocalPages(JSON.parse(built.stdout));
    const api = await format(await checkPaths([file]), 'sarif');
    expectLocalPages(JSON.parse(api));
    // A caller may give the address where it publishes the pages; it must be one.
    const published = JSON.parse(await format(await checkPaths([file]), 'sarif', { docsBase: 'https://intranet.example/gongkai/rules/' }));
    expect(published.runs[0].tool.driver.rules[0].helpUri).toBe(`https://intranet.example/gongkai/rules/${RULES[0]!.id}.md`);
    await expect(format(await checkPaths([file]), 'sarif', { docsBase: 'docs/rules' })).rejects.toThrow(/docsBase/);
  });

  it('percent-encodes paths as URI references', () => {
    expect(pathToUri('报告 目录/a,b#1.json')).toBe('%E6%8A%A5%E5%91%8A%20%E7%9B%AE%E5%BD%95/a%2Cb%231.json');
    expect(pathToUri('../x/y.json')).toBe('../x/y.json');
  });
});

describe('%SRCROOT% without node:url (the formatter is part of the pure core)', () => {
  it('is the working directory as a file: URI ending in a slash, as node:url gives for POSIX paths', () => {
    for (const cwd of ['/', '/tmp', '/tmp/x/', '/work/年度报告 2024/审核', '/a/b c/%d#e?f']) {
      expect(directoryUri(cwd), cwd).toBe(pathToFileURL(cwd).href.replace(/\/?$/, '/'));
    }
  });

  it('keeps a Windows drive letter and turns backslashes into slashes', () => {
    expect(directoryUri('C:\\Users\\审核\\reports')).toBe('file:///C:/Users/%E5%AE%A1%E6%A0%B8/reports/');
  });
});
