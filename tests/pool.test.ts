/**
 * The pool's per-file time limit and its recovery from a dead checking process (#8, #14), with a
 * stand-in process that stalls, dies or runs out of memory on cue (tests/support/cue-worker.mjs): the
 * file over the limit is reported as read-error/timeout, a file whose process died as read-error/crashed
 * with a plain reason, one that ran out of memory twice as read-error/outOfMemory, and every other file
 * is still checked, whatever the number of jobs. The real worker under the time limit:
 * tests/timeout.test.ts; out of memory through the CLI: tests/containment.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { runPool } from '../src/node/pool.js';
import { canWatchMemory } from '../src/node/memory.js';
import { Spool } from '../src/node/spool.js';
import type { FileOutcome, RunOptions } from '../src/node/file.js';

const script = new URL('./support/cue-worker.mjs', import.meta.url);

async function run(files: string[], opts: { jobs: number; timeoutMs?: number; heapLimitMb?: number; retryHeapLimitMb?: number; memoryLimitMb?: number; retryMemoryLimitMb?: number; options?: Record<string, unknown> }): Promise<{ outcomes: FileOutcome[]; ms: number; progress: number[] }> {
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
    ...(opts.retryHeapLimitMb ? { retryHeapLimitMb: opts.retryHeapLimitMb } : {}),
    ...(opts.memoryLimitMb ? { memoryLimitMb: opts.memoryLimitMb } : {}),
    ...(opts.retryMemoryLimitMb ? { retryMemoryLimitMb: opts.retryMemoryLimitMb } : {}),
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

describe('a checking process that dies', () => {
  it('reports the file it was on as crashed, with a plain reason, and the batch goes on', async () => {
    const files = ['a.xlsx', 'b-die.xlsx', 'c.xlsx', 'd-throw.xlsx', 'e.xlsx', 'f-abort.xlsx', 'g.xlsx'];
    const { outcomes } = await run(files, { jobs: 2 });
    expect(outcomes.map(verdict)).toEqual(['ok', 'crashed', 'ok', 'crashed', 'ok', 'crashed', 'ok']);
    expect(outcomes[1]!.result.diagnostics[0]!.message).toContain('(exit code 3)');
    // The uncaught error is kept for developers (data.detail, in the JSON output), not put in the message.
    expect(outcomes[3]!.result.diagnostics[0]!.message).toContain('(exit code 1)');
    expect(outcomes[3]!.result.diagnostics[0]!.message).not.toContain('RangeError');
    expect(outcomes[3]!.result.diagnostics[0]!.data?.detail).toContain('RangeError: out of cells');
    expect(outcomes[5]!.result.diagnostics[0]!.message).toContain('(ended by signal SIGABRT)');
  });

  it('ends the run when no worker can start (not any file’s fault)', async () => {
    await expect(run(['a.xlsx', 'b.xlsx'], { jobs: 2, options: { failStart: true } })).rejects.toThrow(/could not start.*cannot load the checking code/);
  });

  it('ends the run on an internal error, as in this thread', async () => {
    await expect(run(['a.xlsx', 'b-bug.xlsx', 'c.xlsx'], { jobs: 1 })).rejects.toThrow('rule crashed on purpose');
  });
});

describe('memory cap per checking process', () => {
  it('a file that does not fit under the cap is retried once under the larger cap, and checked', async () => {
    const files = ['a.xlsx', 'b-hog.xlsx', 'c.xlsx', 'd.xlsx', 'e-hog.xlsx', 'f.xlsx'];
    for (const jobs of [1, 2]) {
      const { outcomes } = await run(files, { jobs, heapLimitMb: 32 });
      expect(outcomes.map(verdict), `${jobs} jobs`).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    }
  });

  it('the retry is what checked it, under the retry cap: the large files at 256 MB, the others at the cap', async () => {
    const { outcomes } = await run(['a.xlsx', 'b-hog.xlsx', 'c.xlsx'], { jobs: 1, heapLimitMb: 32 });
    expect(outcomes.map((o) => o.result.title)).toEqual(['heap cap 32', 'heap cap 256', 'heap cap 32']);
    const { outcomes: roomy } = await run(['a.xlsx', 'b-hog.xlsx', 'c.xlsx'], { jobs: 1, heapLimitMb: 1024 });
    expect(roomy.map((o) => o.result.title)).toEqual(['heap cap 1024', 'heap cap 1024', 'heap cap 1024']);
  });

  it('the retry is capped too: out of memory twice is one outOfMemory finding, and the batch goes on', async () => {
    const files = ['a.xlsx', 'b-hog.xlsx', 'c.xlsx', 'd-push.xlsx', 'e.xlsx'];
    for (const jobs of [1, 2]) {
      const { outcomes, progress } = await run(files, { jobs, heapLimitMb: 32, retryHeapLimitMb: 64 });
      expect(outcomes.map(verdict), `${jobs} jobs`).toEqual(['ok', 'outOfMemory', 'ok', 'outOfMemory', 'ok']);
      expect(outcomes[1]!.result.diagnostics[0]!.message).toBe(
        'The file is too complex: checking it went over the memory limit (64 MB); it was stopped and not checked. Check that the file is not damaged, or save the report as a smaller file and try again.',
      );
      expect(outcomes[1]!.result.readable).toBe(false);
      expect(progress).toEqual(files.map((_, i) => i + 1));
    }
  });
});

describe('memory outside the heap (where the system says how much a process holds: Linux)', () => {
  // What the heap cap does not count: a PDF stream pdfjs inflates into one growing typed array.
  it.skipIf(!canWatchMemory)('a process holding more than its limit is stopped; the file is retried in the roomy process and checked there', async () => {
    for (const jobs of [1, 2]) {
      const { outcomes } = await run(['a.xlsx', 'b-balloon250.xlsx', 'c.xlsx', 'd.xlsx'], { jobs, memoryLimitMb: 200 });
      expect(outcomes.map(verdict), `${jobs} jobs`).toEqual(['ok', 'ok', 'ok', 'ok']);
      // Only the large one was moved: to the process with the retry caps (256 MB of heap; 480 MB in all).
      expect(outcomes.map((o) => o.result.title)).toEqual(['heap cap 96', 'heap cap 256', 'heap cap 96', 'heap cap 96']);
    }
  });

  it.skipIf(!canWatchMemory)('over the roomy limit too: one outOfMemory naming that limit, long before the time limit, and the batch goes on', async () => {
    for (const jobs of [1, 2]) {
      const files = ['a.xlsx', 'b-balloon250.xlsx', 'c.xlsx', 'd-flood.xlsx', 'e.xlsx'];
      const { outcomes, ms, progress } = await run(files, { jobs, memoryLimitMb: 200, retryMemoryLimitMb: 220, timeoutMs: 120_000 });
      expect(outcomes.map(verdict), `${jobs} jobs`).toEqual(['ok', 'outOfMemory', 'ok', 'outOfMemory', 'ok']);
      expect(outcomes[1]!.result.diagnostics[0]!.message).toBe(
        'The file is too complex: checking it went over the memory limit (220 MB); it was stopped and not checked. Check that the file is not damaged, or save the report as a smaller file and try again.',
      );
      expect(outcomes[3]!.result.diagnostics[0]!.data?.detail).toMatch(/^resident memory \d+ MB, over the limit of 220 MB$/);
      expect(progress).toEqual(files.map((_, i) => i + 1));
      expect(ms).toBeLessThan(60_000);
    }
  });

  it.skipIf(!canWatchMemory)('the default limits: an endless grower is stopped at 480 MB in the roomy process', async () => {
    const { outcomes } = await run(['a.xlsx', 'b-flood.xlsx'], { jobs: 1, timeoutMs: 120_000 });
    expect(outcomes.map(verdict)).toEqual(['ok', 'outOfMemory']);
    expect(outcomes[1]!.result.diagnostics[0]!.data?.limit).toBe('480 MB');
  });
});

describe('every batch is checked in child processes', () => {
  it('a small batch of small JSON files too: the time limit applies to it', async () => {
    // Checked in this process, "slow" would be looked for and not found; the cue process stalls on it.
    const { outcomes } = await run(['a-slow.json', 'b.json'], { jobs: 2, timeoutMs: 300 });
    expect(outcomes.map(verdict)).toEqual(['timeout', 'ok']);
  });
});

describe('any mix of files and jobs', () => {
  it('every file gets exactly one outcome, in place, whatever stalls, dies or runs out of memory (seeded mixes)', async () => {
    const kinds = ['ok', 'ok', 'ok', 'slow', 'die', 'hog', 'abort'] as const;
    const expected = { ok: 'ok', slow: 'timeout', die: 'crashed', hog: 'ok', abort: 'crashed' } as const;
    let seed = 20261204;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 4; round++) {
      const picks = Array.from({ length: 3 + random(8) }, () => kinds[random(kinds.length)]!);
      const files = picks.map((k, i) => `${String(i).padStart(2, '0')}-${k}.xlsx`);
      const jobs = 1 + random(3);
      // The limit only has to stop the stalls: a hog's retry (200 MB under the larger cap) took over 2 s
      // on this 2-core machine under a load of 8, and was stopped as a timeout.
      const { outcomes, progress } = await run(files, { jobs, timeoutMs: 10_000, heapLimitMb: 32 });
      expect(outcomes.map(verdict), `${jobs} jobs: ${files.join(' ')}`).toEqual(picks.map((k) => expected[k]));
      expect(outcomes.map((o) => o.result.file)).toEqual(files);
      expect(progress).toEqual(files.map((_, i) => i + 1));
    }
  }, 240_000);
});
