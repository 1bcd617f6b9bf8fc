/**
 * Streamed runs (#5: memory that does not grow with the number of files): formatters written piece by
 * piece give the same bytes as the whole-result serializations; checkStream hands out the same results
 * as checkPaths, in order, after `begin`; the spool keeps outcomes on disk and removes them; streamed
 * output files appear only when complete.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPaths, checkStream, summarize } from '../src/node/run.js';
import { Spool } from '../src/node/spool.js';
import { STREAMS } from '../src/formatters/index.js';
import { oneShot } from '../src/formatters/formatter.js';
import { toSarif } from '../src/formatters/sarif.js';
import { StepSummary, stepSummary } from '../src/formatters/github.js';
import { openOutput } from '../src/cli/io-write.js';
import type { FileResult } from '../src/model/diagnostic.js';
import { SETS } from './support/diagnostic-sets.js';
import { runCli } from './support/cli.js';

const ROOT = join(import.meta.dirname, '..');
const ctx = { color: 0 as const, cwd: '/work/project', quiet: false };
const dir = mkdtempSync(join(tmpdir(), 'gk-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stream formatters give the whole-result text', () => {
  for (const [set, result] of Object.entries(SETS)) {
    it(`json · ${set}: = JSON.stringify(result, null, 2)`, async () => {
      const text = oneShot(await STREAMS.json!())(result, ctx);
      expect(text).toBe(`${JSON.stringify(result, null, 2)}\n`);
    });
    it(`sarif · ${set}: = JSON.stringify(toSarif(result), null, 2)`, async () => {
      for (const quiet of [false, true]) {
        const text = oneShot(await STREAMS.sarif!())(result, { ...ctx, quiet });
        expect(text).toBe(`${JSON.stringify(toSarif(result, { ...ctx, quiet }), null, 2)}\n`);
      }
    });
  }

  it('json on a real batch (the corpus, with cross-file findings) parses back to checkPaths', async () => {
    const result = await checkPaths([join(ROOT, 'fixtures/corpus')], { jobs: 1 });
    const pieces: string[] = [];
    const s = (await STREAMS.json!())(ctx, 'zh');
    pieces.push(s.head());
    const summary = await checkStream([join(ROOT, 'fixtures/corpus')], { jobs: 1 }, { file: (f) => void pieces.push(s.file(f)) });
    pieces.push(s.tail(summary));
    expect(pieces.join('')).toBe(`${JSON.stringify(result, null, 2)}\n`);
    expect(result.files.some((f) => f.diagnostics.some((d) => d.ruleId.startsWith('yoy-')))).toBe(true);
  });

  it('the step summary built file by file keeps only the listed rows and equals the whole-result one', () => {
    const many: FileResult[] = [];
    for (let i = 0; i < 450; i++) {
      const base = SETS['multi-file']!.files[i % 4]!;
      many.push({ ...base, file: `reports/${String(i).padStart(4, '0')}.json`, errorCount: base.errorCount + (i % 7) });
    }
    const result = summarize(many, 'zh');
    const s = new StepSummary(ctx, 'zh');
    for (const f of many) s.add(f);
    expect(s.render(result.summary)).toBe(stepSummary(result, ctx));
    expect((s as unknown as { rows: unknown[] }).rows.length).toBe(200);
  });
});

describe('checkStream', () => {
  it('hands out every file in path order after begin(files), with the summary of checkPaths', async () => {
    const paths = [join(ROOT, 'fixtures/corpus'), join(ROOT, 'samples')];
    const whole = await checkPaths(paths, { jobs: 1, lang: 'en' });
    const events: string[] = [];
    let begun: readonly string[] = [];
    const summary = await checkStream(paths, { jobs: 1, lang: 'en' }, {
      begin: (files) => {
        begun = files;
        events.push('begin');
      },
      file: (f, i) => void events.push(`${i}:${f.file}`),
    });
    expect(events[0]).toBe('begin');
    expect(events.slice(1)).toEqual(whole.files.map((f, i) => `${i}:${f.file}`));
    expect(begun).toEqual(whole.files.map((f) => f.file));
    expect(summary).toEqual(whole.summary);
  });

  it('calls neither begin nor file when nothing is found, and leaves no temporary directory', async () => {
    const before = readdirSync(tmpdir()).filter((n) => n.startsWith('gongkai-run-')).length;
    let called = false;
    const summary = await checkStream([join(dir, 'nothing-here-*.json')], {}, { begin: () => void (called = true), file: () => void (called = true) });
    expect(called).toBe(false);
    expect(summary.files).toBe(0);
    await checkPaths([join(ROOT, 'samples')], { jobs: 1 });
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('gongkai-run-')).length).toBe(before);
  });
});

describe('spool', () => {
  it('stores values from several writers and reads each back by reference, then removes its directory', () => {
    const spool = new Spool();
    const a = spool.writer('a.jsonl');
    const b = spool.writer('b.jsonl');
    const values = Array.from({ length: 50 }, (_, i) => ({ i, text: '平潭综合实验区'.repeat(i), nested: { n: [i, null, 'x'] } }));
    const refs = values.map((v) => (v.i % 2 ? a : b).put(v));
    for (const v of [...values].reverse()) expect(spool.get(refs[v.i]!)).toEqual(v);
    expect(new Set(refs.map((r) => r.file))).toEqual(new Set(['a.jsonl', 'b.jsonl']));
    expect(() => spool.writer('a.jsonl')).toThrow();
    a.close();
    b.close();
    expect(existsSync(spool.dir)).toBe(true);
    spool.close();
    spool.close();
    expect(existsSync(spool.dir)).toBe(false);
  });
});

describe('streamed output files', () => {
  it('appear only on commit; abort leaves the previous file as it was', async () => {
    const target = join(dir, 'out.json');
    writeFileSync(target, 'previous');
    const out = await openOutput('out.json', dir);
    await out.write('x'.repeat(200_000));
    expect(readFileSync(target, 'utf8')).toBe('previous');
    out.abort();
    expect(readFileSync(target, 'utf8')).toBe('previous');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const ok = await openOutput('out.json', dir);
    await ok.write('new ');
    await ok.write('content');
    await ok.commit();
    expect(readFileSync(target, 'utf8')).toBe('new content');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuse to overwrite an input, before writing anything', async () => {
    const input = join(dir, 'report.json');
    writeFileSync(input, '{}');
    await expect(openOutput('report.json', dir, [input])).rejects.toThrow(/refusing to overwrite the input file/);
    expect(readFileSync(input, 'utf8')).toBe('{}');
  });

  it('a run that fails (unreadable --previous) leaves no output file and no temporary file', async () => {
    const out = join(dir, 'fail');
    rmSync(out, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(out);
    const r = await runCli(['check', join(ROOT, 'samples'), '--previous', join(dir, 'missing.json'), '-f', `json:${join(out, 'r.json')}`, '-f', `sarif:${join(out, 'r.sarif')}`]);
    expect(r.code).toBe(2);
    expect(readdirSync(out)).toEqual([]);
  });

  it('several outputs of one run are each complete', async () => {
    const out = join(dir, 'multi');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(out, { recursive: true });
    const r = await runCli(['check', join(ROOT, 'fixtures/corpus'), '-f', `json:${join(out, 'r.json')}`, '-f', `sarif:${join(out, 'r.sarif')}`, '-f', 'pretty']);
    expect(r.code).toBe(1);
    const json = JSON.parse(readFileSync(join(out, 'r.json'), 'utf8'));
    const sarif = JSON.parse(readFileSync(join(out, 'r.sarif'), 'utf8'));
    expect(json.files).toHaveLength(16);
    expect(sarif.runs[0].results).toHaveLength(json.summary.errors + json.summary.warnings + json.summary.infos);
    expect(r.stdout).toContain('共检查 16 个文件');
  });
});
