/**
 * The view process of `check -f html` (src/node/views.ts) is held to the checking processes' memory limit
 * too, where the system says how much a process holds (Linux): a view whose drawing takes more is left out
 * (the file's findings are listed instead, html-run.ts) and the next view gets a new process. Before, only
 * its heap was capped: memory outside the heap grew as it would.
 */
import { describe, expect, it } from 'vitest';
import { canWatchMemory } from '../src/node/memory.js';
import { ViewRenderer } from '../src/node/views.js';
import type { FileResult } from '../src/model/diagnostic.js';

const script = new URL('./support/cue-views.mjs', import.meta.url);
const result = (file: string): FileResult => ({ file, readable: true, diagnostics: [], errorCount: 0, warningCount: 0, infoCount: 0 }) as unknown as FileResult;

describe('the view process', () => {
  it.skipIf(!canWatchMemory)('over the memory limit: that view left out, the next drawn by a new process', async () => {
    const views = new ViewRenderer(script, { reading: {}, cwd: process.cwd(), lang: 'zh', timeoutMs: 60_000 }, 200);
    try {
      expect(await views.render(result('a.json'), 0)).toBe('view of a.json');
      expect(await views.render(result('b-balloon.json'), 1)).toBeUndefined();
      expect(await views.render(result('c.json'), 2)).toBe('view of c.json');
    } finally {
      views.close();
    }
  });
});
