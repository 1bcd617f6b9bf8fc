/**
 * Messages are for agency staff: plain Chinese (or English with --lang en) that says what is wrong and
 * how to fix it. This file checks that what the messages suggest works, and that no message carries
 * programmer words (parser error codes, type names, internal equation ids).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

const RULE_FIXTURES = join(import.meta.dirname, '../fixtures/rules');

describe('format-superseded: the command its hint suggests runs', () => {
  const input = join(RULE_FIXTURES, 'format-superseded/invalid-2019-format-for-2022/input.json');
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: the suggested gongkai template command writes the template (exit 0)`, async () => {
      const run = await runCli(['check', input, '--format', 'json', '--lang', lang]);
      const d = (JSON.parse(run.stdout) as { files: { diagnostics: { ruleId: string; hint?: string }[] }[] }).files[0]!.diagnostics.find((x) => x.ruleId === 'format-superseded');
      expect(d?.hint).toBeDefined();
      // The command closes the hint, so that it can be copied as it is.
      const m = /gongkai (template .*)$/.exec(d!.hint!);
      expect(m, d!.hint).not.toBeNull();
      const args = m![1]!.trim().split(/\s+/);
      expect(args[0]).toBe('template');
      const dir = mkdtempSync(join(tmpdir(), 'gk-superseded-'));
      try {
        const made = await runCli(args, {}, dir);
        expect(made.stderr).toBe('');
        expect(made.code).toBe(0);
        const files = readdirSync(dir);
        expect(files).toHaveLength(1);
        expect(statSync(join(dir, files[0]!)).size).toBeGreaterThan(1000);
        // The template it wrote is the current (2021) format for the report's year.
        const checked = await runCli(['check', join(dir, files[0]!), '--format', 'json']);
        const result = (JSON.parse(checked.stdout) as { files: { format: string; year?: number }[] }).files[0]!;
        expect(result.format).toBe('2021');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
