/**
 * The worker pool's per-file time limit and its recovery from a dead worker (#8), with a stand-in
 * worker that stalls or dies on cue (tests/support/cue-worker.mjs): the file over the limit is reported
 * as read-error/timeout, a file whose thread died as read-error/crashed, and every other file is still
 * checked, whatever the number of jobs. The real worker under the time limit: tests/timeout.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { runPool } from '../src/engine/pool.js';
import { Spool } from '../src/engine/spool.js';
import type { FileOutcome, RunOptions } from '../src/engine/run.js';

const script = new URL('./support/cue-worker.mjs', import.meta.url);

async function run(files: string[], opts: { jobs: number; timeoutMs?: number; heapLimitMb?: number; options?: Record<string, unknown> }): Promise<{ outcomes: FileOutcome[]; ms: number; progress: number[] }> {
  const outcomes = new Array<FileOutcome>(files.length);
  const progress: number[] = [];
  const t = performance.now();
  const spool = new Spool();
  try {
  await runPool(files, { lang: 'en', ...(opts.options ?? {}) } as RunOptions, {
    jobs: opts.jobs,
    timeoutMs: opts.timeoutMs ?? 60_000,
    script,
    spool,
    ...(opts.heapLimitMb ? { heapLimitMb: opts.heapLimitMb } : {}),
    onOutcome: (i, o) => {
      expect(outcomes[i]).toBeUndefined();
      outcomes[i] = { result: spool.get(o.result) };
    },
    onProgress: (done) => progress.push(done),
  });
  } finally {
    spool.close();
  }
  return { outcomes, ms: performance.now() - t, progress };
}

const verdict = (o: FileOutcome): string => (o.result.readable ? 'ok' : o.result.diagnostics[0]!.messageId);

describe('time limit per file', () => {
  for (const jobs of [1, 2, 3]) {
    it(`stops each file over the limit and checks the rest (${jobs} job${jobs > 1 ? 's' : ''})`, async () => {
      const files = ['a.xlsx', 'b-slow.xlsx', 'c.xlsx', 'd-slow.docx', 'e.html', 'f.xlsx', 'g-slow.txt', 'h.csv'];
      const { outcomes, ms, progress } = await run(files, { jobs, timeoutMs: 300 });
      expect(outcomes.map(verdict)).toEqual(['ok', 'timeout', 'ok', 'timeout', 'ok', 'ok', 'timeout', 'ok']);
      expect(outcomes.map((o) => o.result.file)).toEqual(files);
      const stopped = outcomes[1]!.result.diagnostics[0]!;
      expect(stopped.ruleId).toBe('read-error');
      expect(stopped.severity).toBe('error');
      expect(stopped.message).toContain('time limit of 0.3 s');
      expect(progress).toEqual(files.map((_, i) => i + 1));
      // Three stalls of 0.3 s each, not forever (generous: worker start-ups on a busy machine).
      expect(ms).toBeLessThan(20_000);
    });
  }
});

describe('a worker that dies', () => {
  it('reports the file it was on as crashed, and the batch goes on', async () => {
    const files = ['a.xlsx', 'b-die.xlsx', 'c.xlsx', 'd-throw.xlsx', 'e.xlsx'];
    const { outcomes } = await run(files, { jobs: 2 });
    expect(outcomes.map(verdict)).toEqual(['ok', 'crashed', 'ok', 'crashed', 'ok']);
    expect(outcomes[1]!.result.diagnostics[0]!.message).toContain('exit code 3');
    expect(outcomes[3]!.result.diagnostics[0]!.message).toContain('RangeError: out of cells');
  });

  it('ends the run when no worker can start (not any file’s fault)', async () => {
    await expect(run(['a.xlsx', 'b.xlsx'], { jobs: 2, options: { failStart: true } })).rejects.toThrow(/could not start.*cannot load the checking code/);
  });

  it('ends the run on an internal error, as in this thread', async () => {
    await expect(run(['a.xlsx', 'b-bug.xlsx', 'c.xlsx'], { jobs: 1 })).rejects.toThrow('rule crashed on purpose');
  });
});

describe('memory cap per worker', () => {
  it('a file that does not fit in a capped worker is retried once without the cap, and checked', async () => {
    const files = ['a.xlsx', 'b-hog.xlsx', 'c.xlsx', 'd.xlsx', 'e-hog.xlsx', 'f.xlsx'];
    for (const jobs of [1, 2]) {
      const { outcomes } = await run(files, { jobs, heapLimitMb: 32 });
      expect(outcomes.map(verdict), `${jobs} jobs`).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    }
  });

  it('the retry is what checked it: the large files come from an uncapped worker, the first file from a capped one', async () => {
    const { outcomes } = await run(['a.xlsx', 'b-hog.xlsx', 'c.xlsx'], { jobs: 1, heapLimitMb: 32 });
    expect(outcomes[0]!.result.title).toBe('heap cap 32');
    expect(outcomes[1]!.result.title).not.toBe('heap cap 32');
    const { outcomes: roomy } = await run(['a.xlsx', 'b-hog.xlsx', 'c.xlsx'], { jobs: 1, heapLimitMb: 1024 });
    expect(roomy.map((o) => o.result.title)).toEqual(['heap cap 1024', 'heap cap 1024', 'heap cap 1024']);
  });
});

describe('which batches use workers', () => {
  it('a small batch of small JSON files is checked in this thread (no worker, no time limit needed)', async () => {
    // The cue worker would stall on "slow"; in this thread the real check just finds no such file.
    const { outcomes } = await run(['a-slow.json', 'b.json'], { jobs: 2, timeoutMs: 300 });
    expect(outcomes.map(verdict)).toEqual(['notFound', 'notFound']);
  });
});
