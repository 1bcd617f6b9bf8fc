/**
 * The rule fixture runner: fixtures/rules/<rule-id>/<valid-…|invalid-…>/input.* is checked end to end
 * (reader → rules, year over year against previous.json when there is one, in one run with the
 * batch-*.json beside it when there are some), and the diagnostics of that rule are compared, in a
 * compact form, with expected.json. `UPDATE_FIXTURES=1` writes expected.json;
 * without it a case without expected.json (or without an input) fails.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, vi } from 'vitest';
import { checkPaths } from '../../src/node/run.js';
import { checkFile } from '../../src/node/file.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { getRule } from '../../src/rules/index.js';
import { updatingFixtures } from './fixtures.js';

export const RULE_FIXTURES = join(import.meta.dirname, '../../fixtures/rules');

export interface RuleCase {
  rule: string;
  name: string;
  dir: string;
  /** The input.* file; undefined when the folder has none (the case then fails). */
  input: string | undefined;
}

/** The compact, reviewable projection of a diagnostic. */
function compact(d: Diagnostic): Record<string, unknown> {
  return {
    severity: d.severity,
    messageId: d.messageId,
    at: d.location.cell ?? (d.location.row ? `${d.location.table}.${d.location.row}` : undefined) ?? d.location.section ?? d.physical?.pointer ?? (d.physical?.line !== undefined ? `${d.physical.line}:${d.physical.column ?? 1}` : ''),
    ...(d.expected !== undefined ? { expected: d.expected, actual: d.actual } : {}),
  };
}

/** Every case folder under `root` (`<rule>/<case>/`), in name order. */
export function ruleCases(root: string = RULE_FIXTURES): RuleCase[] {
  const out: RuleCase[] = [];
  for (const rule of readdirSync(root).sort()) {
    for (const name of readdirSync(join(root, rule)).sort()) {
      const dir = join(root, rule, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'));
      out.push({ rule, name, dir, input: input ? join(dir, input) : undefined });
    }
  }
  return out;
}

/**
 * The compact diagnostics of the case's own rule. A case with throws.json (`{ rule, error }`) is checked
 * with that rule's check made to throw that error, as a bug in a rule would (internal-error).
 */
async function ruleCaseFindings(c: RuleCase & { input: string }): Promise<Record<string, unknown>[]> {
  const throws = join(c.dir, 'throws.json');
  if (existsSync(throws)) {
    const { rule, error } = JSON.parse(readFileSync(throws, 'utf8')) as { rule: string; error: string };
    const [name, ...message] = error.split(': ');
    vi.spyOn(getRule(rule)!, 'check').mockImplementation(() => {
      throw Object.assign(new Error(message.join(': ')), { name });
    });
  }
  try {
    const previous = join(c.dir, 'previous.json');
    // batch-*.json: other reports checked in the same run (the rules across the files of a batch).
    const batch = readdirSync(c.dir).filter((f) => f.startsWith('batch-')).map((f) => join(c.dir, f));
    const result = existsSync(previous)
      ? (await checkPaths([c.input], { previous, jobs: 1 })).files[0]!
      : batch.length > 0
        ? (await checkPaths([c.input, ...batch], { jobs: 1 })).files.find((f) => f.file === c.input)!
        : await checkFile(c.input);
    return result.diagnostics.filter((d) => d.ruleId === c.rule).map(compact);
  } finally {
    vi.restoreAllMocks();
  }
}

/** Checks one case; fails when its findings differ from expected.json or when expected.json is missing. */
export async function checkRuleCase(c: RuleCase, { update = updatingFixtures() }: { update?: boolean } = {}): Promise<void> {
  expect(c.input, `${c.dir} has no input.* file`).toBeDefined();
  const mine = await ruleCaseFindings(c as RuleCase & { input: string });
  if (c.name.startsWith('valid-')) expect(mine, `${c.rule}/${c.name}: a valid case gives no finding of its rule`).toEqual([]);
  else expect(mine.length, `${c.rule}/${c.name}: an invalid case gives a finding of its rule`).toBeGreaterThan(0);
  const file = join(c.dir, 'expected.json');
  if (update) writeFileSync(file, `${JSON.stringify({ diagnostics: mine }, null, 2)}\n`);
  expect(
    existsSync(file),
    `${file} is missing. The case gives ${JSON.stringify(mine)}; if that is right, write it with UPDATE_FIXTURES=1 npx vitest run tests/rules.test.ts and commit it`,
  ).toBe(true);
  expect(mine).toEqual((JSON.parse(readFileSync(file, 'utf8')) as { diagnostics: unknown[] }).diagnostics);
}
