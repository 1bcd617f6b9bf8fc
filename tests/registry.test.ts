/** Drift tests: every rule is well-formed, documented in both languages, has fixtures and a README line. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { rulesTable } from '../src/cli/commands/rules.js';
import { allFormats } from '../src/format/spec.js';

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

  it('README rule table matches the registry (npm run readme:rules rewrites it)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('<!-- rules:start -->') + '<!-- rules:start -->'.length;
    const end = readme.indexOf('<!-- rules:end -->');
    expect(readme.slice(start, end).trim()).toBe(rulesTable('zh').trim());
  });

  it('every equation in schemas/format names a registered sum rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const f of allFormats()) for (const t of Object.values(f.tables)) for (const e of t.equations) expect(ids.has(e.rule), `${e.rule}`).toBe(true);
  });
});
