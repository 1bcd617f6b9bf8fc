/** gongkai.config.json: found upward from each file, nearest wins, --rule wins, bad configs are usage errors (exit 2). */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkPaths } from '../src/node/run.js';
import { clearConfigCache, findConfig, rulesFor } from '../src/node/config.js';
import { UsageError } from '../src/errors.js';
import type { RunResult } from '../src/model/diagnostic.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

/** office-2025 says 34 applications, its table 32: one narrative-figure warning by default. */
const REPORT = 'fixtures/corpus/pingtan-office-2025.json';

function tree(config: unknown, nested?: unknown): { root: string; outer: string; inner: string } {
  const root = tempDir('gongkai-config-');
  const sub = join(root, 'sub');
  mkdirSync(sub);
  if (config !== undefined) writeFileSync(join(root, 'gongkai.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  if (nested !== undefined) writeFileSync(join(sub, 'gongkai.config.json'), JSON.stringify(nested));
  copyFileSync(REPORT, join(root, 'outer.json'));
  copyFileSync(REPORT, join(sub, 'inner.json'));
  return { root, outer: join(root, 'outer.json'), inner: join(sub, 'inner.json') };
}

function narrative(r: RunResult, file: string): string[] {
  return r.files.find((f) => f.file === file)!.diagnostics.filter((d) => d.ruleId === 'narrative-figure').map((d) => d.severity);
}

beforeEach(() => clearConfigCache());

describe('gongkai.config.json', () => {
  it('without a config the defaults apply', async () => {
    const t = tree(undefined);
    expect(findConfig(t.outer)).toBeUndefined();
    expect(narrative(await checkPaths([t.outer], { jobs: 1 }), t.outer)).toEqual(['warning']);
  });

  it('turns a rule off or changes its severity for the files below it; the nearest config wins', async () => {
    const t = tree({ rules: { 'narrative-figure': 'off' } }, { rules: { 'narrative-figure': 'error' } });
    const r = await checkPaths([t.root], { jobs: 1 });
    expect(narrative(r, t.outer)).toEqual([]);
    expect(narrative(r, t.inner)).toEqual(['error']);
    expect(r.files.find((f) => f.file === t.inner)!.errorCount).toBeGreaterThan(0);
  });

  it('is not itself checked as a report when its folder is checked (directory or glob)', async () => {
    const t = tree({ rules: {} });
    const r = await checkPaths([t.root], { jobs: 1 });
    expect(r.files.map((f) => f.file).sort()).toEqual([t.outer, t.inner].sort());
    const g = await checkPaths([join(t.root, '*.json')], { jobs: 1 });
    expect(g.files.map((f) => f.file)).toEqual([t.outer]);
  });

  it('--rule on the command line wins over the file', async () => {
    const t = tree({ rules: { 'narrative-figure': 'off' } });
    expect(rulesFor(t.outer, { 'narrative-figure': 'info' })).toEqual({ 'narrative-figure': 'info' });
    const r = await checkPaths([t.outer], { jobs: 1, rules: { 'narrative-figure': 'info' } });
    expect(narrative(r, t.outer)).toEqual(['info']);
  });

  it('applies to the cross-file rules too', async () => {
    const t = tree({ rules: { 'yoy-missing-year': 'off' } });
    copyFileSync('fixtures/corpus/pingtan-office-2022.json', join(t.root, 'office-2022.json'));
    const r = await checkPaths([t.root], { jobs: 1 });
    expect(r.files.flatMap((f) => f.diagnostics).some((d) => d.ruleId === 'yoy-missing-year')).toBe(false);
    clearConfigCache();
    const t2 = tree(undefined);
    copyFileSync('fixtures/corpus/pingtan-office-2022.json', join(t2.root, 'office-2022.json'));
    const r2 = await checkPaths([t2.root], { jobs: 1 });
    expect(r2.files.flatMap((f) => f.diagnostics).some((d) => d.ruleId === 'yoy-missing-year')).toBe(true);
  });

  it.each([
    ['not JSON', '{ rules: ', /not valid JSON/],
    ['an unknown key', { rule: { 'narrative-figure': 'off' } }, /invalid/],
    ['a bad severity', { rules: { 'narrative-figure': 'fatal' } }, /invalid/],
    ['an unknown rule', { rules: { 'no-such-rule': 'off' } }, /unknown rule.*no-such-rule/],
  ])('a config with %s stops the run with a usage error (exit 2) naming the file', async (_what, config, message) => {
    const t = tree(config);
    await expect(checkPaths([t.outer], { jobs: 1 })).rejects.toThrow(UsageError);
    clearConfigCache();
    await expect(checkPaths([t.outer], { jobs: 1 })).rejects.toThrow(message);
    clearConfigCache();
    const cli = await runCli(['check', t.outer]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(join(t.root, 'gongkai.config.json'));
  });
});
