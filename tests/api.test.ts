/** The Node.js API returns exactly what the CLI prints. */
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';
import { check, checkEach, convert, format, read, ReadError, type FileResult, type RunResult } from '../src/index.js';

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io: Io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, env: {}, cwd: process.cwd() };
  return { code: await main(args, io), out };
}

const inputs = ['samples', 'fixtures/corpus/pingtan-2020.json', 'tests/does-not-exist.json'];

describe('public API', () => {
  it('check() returns the same RunResult as `gongkai check --format json`', async () => {
    const api = await check(inputs, { jobs: 1 });
    const { code, out } = await cli(['check', ...inputs, '--format', 'json']);
    expect(code).toBe(1);
    expect(api).toEqual(JSON.parse(out) as RunResult);
    expect(api.summary.unreadable).toBe(1);
  });

  it('checkEach() hands out the same results one at a time, in order, and returns the summary', async () => {
    const whole = await check(inputs, { jobs: 1 });
    const seen: FileResult[] = [];
    const summary = await checkEach(inputs, (f, i) => {
      expect(i).toBe(seen.length);
      seen.push(f);
    }, { jobs: 1 });
    expect(seen).toEqual(whole.files);
    expect(summary).toEqual(whole.summary);
  });

  it('check() takes the same options as the CLI (language, rule severities)', async () => {
    const api = await check('samples/broken-2023.json', { lang: 'en', rules: { 'table3-balance': 'off' } });
    const { out } = await cli(['check', 'samples/broken-2023.json', '--lang', 'en', '--rule', 'table3-balance=off', '-f', 'json']);
    expect(api).toEqual(JSON.parse(out));
    expect(api.files[0]!.diagnostics.some((d) => d.ruleId === 'table3-balance')).toBe(false);
  });

  it('read() gives the normalized model, and rejects with a ReadError for an unreadable file', async () => {
    const report = await read('samples/tianmen-2021.json');
    expect(report.reader).toBe('json');
    expect(report.tables.t3?.cells['new.natural']).toMatchObject({ kind: 'number' });
    await expect(read('tests/does-not-exist.json')).rejects.toBeInstanceOf(ReadError);
  });

  it('convert() returns the text `gongkai convert` writes', async () => {
    for (const to of ['json', 'csv'] as const) {
      const { code, out } = await cli(['convert', 'samples/tianmen-2021.json', '--to', to]);
      expect(code).toBe(0);
      expect(await convert('samples/tianmen-2021.json', { to })).toBe(out);
    }
    // Validated (issue #14 item 7): an OptionError in the call's language, Chinese by default.
    await expect(convert('samples/tianmen-2021.json', { to: 'xml' as 'json' })).rejects.toThrow('gongkai convert：选项 to 应为 "json" 或 "csv"，实际为 "xml"。');
    await expect(convert('samples/tianmen-2021.json', { to: 'xml' as 'json', lang: 'en' })).rejects.toThrow('gongkai convert: option to must be "json" or "csv", not "xml".');
  });

  it('format() gives the same text as `gongkai check --format <name>`', async () => {
    const result = await check('samples', { jobs: 1 });
    for (const name of ['json', 'sarif', 'github', 'pretty']) {
      const { out } = await cli(['check', 'samples', '--format', name]);
      expect(await format(result, name)).toBe(out);
    }
    await expect(format(result, 'xml')).rejects.toThrow(/gongkai format：不认识的输出格式 "xml"；可选：pretty, json/);
    await expect(format({ ...result, lang: 'en' }, 'xml')).rejects.toThrow(/gongkai format: unknown formatter "xml"; choose one of: pretty, json/);
  });
});
