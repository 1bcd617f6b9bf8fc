/**
 * The view process of `check -f html` (src/node/views.ts) is held to the checking processes' memory limit
 * too, where the system says how much a process holds (Linux): a view whose drawing takes more is left out
 * (the file's findings are listed instead, html-run.ts) and the next view gets a new process. Before, only
 * its heap was capped: memory outside the heap grew as it would. A view its process cannot draw for memory
 * (or dies drawing) is drawn once more in a roomy process, with the caps of the checking processes' retry.
 */
import { describe, expect, it } from 'vitest';
import { canWatchMemory } from '../src/node/memory.js';
import { ViewRenderer } from '../src/node/views.js';
import type { FileResult } from '../src/model/diagnostic.js';

const script = new URL('./support/cue-views.mjs', import.meta.url);
const result = (file: string): FileResult => ({ file, readable: true, diagnostics: [], errorCount: 0, warningCount: 0, infoCount: 0 }) as unknown as FileResult;

describe('the view process', () => {
  it.skipIf(!canWatchMemory)('over the memory limit, and over it again in the roomy process: that view left out, the next drawn by a new process', async () => {
    const views = new ViewRenderer(script, { reading: {}, cwd: process.cwd(), lang: 'zh', timeoutMs: 60_000 }, 200, 300);
    try {
      expect(await views.render(result('a.json'), 0)).toBe('view of a.json (heap 96 MB)');
      expect(await views.render(result('b-balloon.json'), 1)).toBeUndefined();
      expect(await views.render(result('c.json'), 2)).toBe('view of c.json (heap 96 MB)');
    } finally {
      views.close();
    }
  });

  // A file only the checking processes' roomy retry could check (over 96 MB of heap) had its view left out
  // of -f html: the view process has the normal caps. Such a view is now drawn again in a roomy one.
  it.skipIf(!canWatchMemory)('over the memory limit of the normal process, within the roomy one\'s: drawn by a roomy process, the next by a normal one', async () => {
    const views = new ViewRenderer(script, { reading: {}, cwd: process.cwd(), lang: 'zh', timeoutMs: 60_000 }, 200, 600);
    try {
      expect(await views.render(result('b-balloon.json'), 0)).toBe('view of b-balloon.json (heap 256 MB)');
      expect(await views.render(result('c.json'), 1)).toBe('view of c.json (heap 96 MB)');
    } finally {
      views.close();
    }
  });

  it('a view whose process dies (out of heap) is drawn by a roomy process', async () => {
    const views = new ViewRenderer(script, { reading: {}, cwd: process.cwd(), lang: 'zh', timeoutMs: 60_000 });
    try {
      expect(await views.render(result('a-crash.json'), 0)).toBe('view of a-crash.json (heap 256 MB)');
      expect(await views.render(result('b.json'), 1)).toBe('view of b.json (heap 96 MB)');
    } finally {
      views.close();
    }
  });
});
