/**
 * Fixture-driven rule tests: fixtures/rules/<rule-id>/<valid-…|invalid-…>/input.* is checked end to
 * end (reader → rules), and the diagnostics of that rule are compared, in a compact form, with
 * expected.json. `UPDATE_FIXTURES=1` rewrites expected.json; a missing one fails in CI.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, checkPaths } from '../src/engine/run.js';
import type { Diagnostic } from '../src/model/diagnostic.js';

const ROOT = join(import.meta.dirname, '../fixtures/rules');

/** The compact, reviewable projection of a diagnostic. */
function compact(d: Diagnostic): Record<string, unknown> {
  return {
    severity: d.severity,
    messageId: d.messageId,
    at: d.location.cell ?? (d.location.row ? `${d.location.table}.${d.location.row}` : undefined) ?? d.location.section ?? d.physical?.pointer ?? (d.physical?.line !== undefined ? `${d.physical.line}:${d.physical.column ?? 1}` : ''),
    ...(d.expected !== undefined ? { expected: d.expected, actual: d.actual } : {}),
  };
}

export function ruleCases(): { rule: string; name: string; dir: string; input: string }[] {
  const out = [];
  for (const rule of readdirSync(ROOT).sort()) {
    for (const name of readdirSync(join(ROOT, rule)).sort()) {
      const dir = join(ROOT, rule, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'));
      if (input) out.push({ rule, name, dir, input: join(dir, input) });
    }
  }
  return out;
}

describe('rule fixtures', () => {
  for (const c of ruleCases()) {
    it(`${c.rule} / ${c.name}`, async () => {
      // A case with previous.json is checked year over year against it (--previous).
      const previous = join(c.dir, 'previous.json');
      const result = existsSync(previous) ? (await checkPaths([c.input], { previous, jobs: 1 })).files[0]! : await checkFile(c.input);
      const mine = result.diagnostics.filter((d) => d.ruleId === c.rule).map(compact);
      if (c.name.startsWith('valid-')) expect(mine).toEqual([]);
      else expect(mine.length).toBeGreaterThan(0);
      const file = join(c.dir, 'expected.json');
      if (process.env.UPDATE_FIXTURES || (!existsSync(file) && !process.env.CI)) {
        writeFileSync(file, `${JSON.stringify({ diagnostics: mine }, null, 2)}\n`);
      }
      expect(existsSync(file), `${file} is missing (run UPDATE_FIXTURES=1)`).toBe(true);
      expect(mine).toEqual((JSON.parse(readFileSync(file, 'utf8')) as { diagnostics: unknown[] }).diagnostics);
    });
  }
});
