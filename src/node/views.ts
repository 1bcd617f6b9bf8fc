/**
 * The annotated views of `check -f html`, drawn in a child process (worker.ts) rather than in the CLI's
 * own: each needs its report read again, and a report is whatever a file made of it — a large workbook
 * re-read in the CLI's uncapped heap let it grow with the run (248 MB at 10,000 mixed reports, against
 * 105 MB for JSON output). The child has the checking processes' heap cap, their memory limit (memory.ts,
 * where the system tells) and the run's time limit; one view at a time. A view the child cannot draw for
 * memory (or because it died) is drawn once more in a roomy child (the caps of the checking processes'
 * retry); one that still cannot be drawn, or ran out of time, is left to the caller, which shows that
 * file's findings as a list. The next view gets a new child.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FileResult } from '../model/diagnostic.js';
import { HEAP_LIMIT_MB, workerFlags } from './early.js';
import { RETRY_HEAP_LIMIT_MB, track } from './pool.js';
import { canWatchMemory, MEMORY_LIMIT_MB, residentMb, RETRY_MEMORY_LIMIT_MB, WATCH_MS } from './memory.js';
import type { RunOptions } from './file.js';

/** What the view process needs besides each file's result: how reports are read and how views are drawn. */
export interface ViewSettings {
  reading: Pick<RunOptions, 'maxSize' | 'encoding'>;
  cwd: string;
  lang: 'zh' | 'en';
  /** Time limit per view in milliseconds (0: none). */
  timeoutMs: number;
}

/** A view asked of the child: the file's result (as shown) and its place on the page (0-based). */
export interface ViewTask {
  index: number;
  view: { result: FileResult; position: number };
}

/** The first message to a view process. */
export interface ViewInit {
  views: ViewSettings;
}

export type ViewReply = { ready: true } | { index: number; html: string };

/** How a view went: drawn, or why not. */
type Drawn = { html: string } | { html?: undefined; why: 'timeout' | 'memory' | 'died' };

export class ViewRenderer {
  /** The process drawing views (normal), and the roomy one that draws a view again after a normal one died of it. */
  private children: { normal?: { child: ChildProcess; ready: Promise<boolean> }; roomy?: { child: ChildProcess; ready: Promise<boolean> } } = {};
  private next = 0;
  private closed = false;

  constructor(
    private readonly script: URL,
    private readonly settings: ViewSettings,
    /** The resident memory the child may hold while drawing, in MB (tests set their own). */
    private readonly memoryLimitMb = MEMORY_LIMIT_MB,
    /** The same for the roomy child, with the heap cap of the checking processes' retry (tests set their own). */
    private readonly retryMemoryLimitMb = RETRY_MEMORY_LIMIT_MB,
  ) {}

  /**
   * The view of one file, or undefined when it could not be drawn (see above). A view whose process ran out
   * of memory or died is drawn once more in a roomy process, as a file is checked again in one (pool.ts) —
   * the views of the files only that process could check would be left out otherwise; that process ends
   * with the view. A view over the time limit is not tried again.
   */
  async render(result: FileResult, position: number): Promise<string | undefined> {
    const first = await this.draw('normal', result, position);
    if (first.html !== undefined || first.why === 'timeout' || this.closed) return first.html;
    const again = await this.draw('roomy', result, position);
    const roomy = this.children.roomy;
    if (roomy) this.drop('roomy', roomy.child);
    return again.html;
  }

  private async draw(kind: 'normal' | 'roomy', result: FileResult, position: number): Promise<Drawn> {
    if (this.closed) return { why: 'died' };
    const { child, ready } = this.start(kind);
    if (!(await ready)) return this.drop(kind, child, 'died');
    const index = this.next++;
    const limitMb = kind === 'roomy' ? this.retryMemoryLimitMb : this.memoryLimitMb;
    return new Promise<Drawn>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      let watch: NodeJS.Timeout | undefined;
      const done = (drawn: Drawn): void => {
        if (timer) clearTimeout(timer);
        if (watch) clearInterval(watch);
        child.off('message', onMessage);
        child.off('close', onClose);
        resolve(drawn);
      };
      const onMessage = (m: ViewReply): void => {
        if ('index' in m && m.index === index) done({ html: m.html });
      };
      const onClose = (): void => done(this.drop(kind, child, 'died'));
      child.on('message', onMessage);
      child.once('close', onClose);
      if (this.settings.timeoutMs > 0) timer = setTimeout(() => done(this.drop(kind, child, 'timeout')), this.settings.timeoutMs);
      // Over the memory limit: stopped, as a checking process is (pool.ts).
      const pid = child.pid;
      if (canWatchMemory && pid !== undefined) {
        watch = setInterval(() => {
          const mb = residentMb(pid);
          if (mb !== undefined && mb > limitMb) done(this.drop(kind, child, 'memory'));
        }, WATCH_MS);
        watch.unref();
      }
      try {
        child.send({ index, view: { result, position } } satisfies ViewTask);
      } catch {
        done(this.drop(kind, child, 'died'));
      }
    });
  }

  /** Ends the children (safe to call twice). */
  close(): void {
    this.closed = true;
    for (const kind of ['normal', 'roomy'] as const) {
      const c = this.children[kind];
      if (c) this.drop(kind, c.child);
    }
  }

  private start(kind: 'normal' | 'roomy'): { child: ChildProcess; ready: Promise<boolean> } {
    const had = this.children[kind];
    if (had) return had;
    const heapMb = kind === 'roomy' ? RETRY_HEAP_LIMIT_MB : HEAP_LIMIT_MB;
    const child = fork(fileURLToPath(this.script), [], { execArgv: workerFlags(heapMb), stdio: ['ignore', 'ignore', 'ignore', 'ipc'], serialization: 'json' });
    // Killed with the checking processes when this process exits (Ctrl-C, SIGTERM, a crash).
    track(child);
    const ready = new Promise<boolean>((resolve) => {
      child.once('message', (m: ViewReply) => resolve('ready' in m));
      child.once('close', () => resolve(false));
      child.once('error', () => resolve(false));
    });
    child.send({ views: this.settings } satisfies ViewInit);
    this.children[kind] = { child, ready };
    return this.children[kind];
  }

  /** Kills a child that failed (or is no longer needed): the next view of its kind starts a new one. */
  private drop(kind: 'normal' | 'roomy', child: ChildProcess): undefined;
  private drop(kind: 'normal' | 'roomy', child: ChildProcess, why: 'timeout' | 'memory' | 'died'): Drawn;
  private drop(kind: 'normal' | 'roomy', child: ChildProcess, why?: 'timeout' | 'memory' | 'died'): Drawn | undefined {
    if (this.children[kind]?.child === child) this.children[kind] = undefined;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    return why === undefined ? undefined : { why };
  }
}
