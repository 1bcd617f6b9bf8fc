/**
 * A progress bar on standard error, only where someone watches: stderr is a terminal, not CI, and the
 * run is long (it appears after `delayMs`). Piped or redirected output gets nothing extra.
 */
import type { Io } from './io.js';

export interface ProgressBar {
  update(done: number, total: number): void;
  /** Clears the bar (the line is left empty). */
  done(): void;
}

export function progressBar(io: Io, label: string, delayMs = 500, now: () => number = () => performance.now()): ProgressBar | undefined {
  if (!io.stderr.isTTY || io.env.CI || io.env.TERM === 'dumb') return undefined;
  const start = now();
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const t = now();
      // Long runs only, and at most ten redraws a second.
      if (t - start < delayMs || (t - last < 100 && done < total)) return;
      last = t;
      shown = true;
      const width = 30;
      const filled = total > 0 ? Math.round((done / total) * width) : width;
      io.stderr.write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}\x1b[K`);
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[K');
    },
  };
}
