/**
 * The annotated views of `check -f html`, drawn in a child process (worker.ts) rather than in the CLI's
 * own: each needs its report read again, and a report is whatever a file made of it — a large workbook
 * re-read in the CLI's uncapped heap let it grow with the run (248 MB at 10,000 mixed reports, against
 * 105 MB for JSON output). The child has the checking processes' heap cap, their memory limit (memory.ts,
 * where the system tells) and the run's time limit; one view at a time. A view the child cannot draw (it died, ran out of time) is left to the caller, which
 * shows that file's findings as a list; the next view gets a new child.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FileResult } from '../model/diagnostic.js';
import { HEAP_LIMIT_MB, workerFlags } from './early.js';
import { track } from './pool.js';
import { canWatchMemory, MEMORY_LIMIT_MB, residentMb, WATCH_MS } from './memory.js';
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

export class ViewRenderer {
  private child?: ChildProcess;
  private ready?: Promise<boolean>;
  private next = 0;
  private closed = false;

  constructor(
    private readonly script: URL,
    private readonly settings: ViewSettings,
    /** The resident memory the child may hold while drawing, in MB (tests set their own). */
    private readonly memoryLimitMb = MEMORY_LIMIT_MB,
  ) {}

  /** The view of one file, or undefined when it could not be drawn (see above). */
  async render(result: FileResult, position: number): Promise<string | undefined> {
    if (this.closed) return undefined;
    const child = this.start();
    if (!(await this.ready)) return this.drop(child);
    const index = this.next++;
    return new Promise<string | undefined>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      let watch: NodeJS.Timeout | undefined;
      const done = (html: string | undefined): void => {
        if (timer) clearTimeout(timer);
        if (watch) clearInterval(watch);
        child.off('message', onMessage);
        child.off('close', onClose);
        resolve(html);
      };
      const onMessage = (m: ViewReply): void => {
        if ('index' in m && m.index === index) done(m.html);
      };
      const onClose = (): void => done(this.drop(child));
      child.on('message', onMessage);
      child.once('close', onClose);
      if (this.settings.timeoutMs > 0) timer = setTimeout(() => done(this.drop(child)), this.settings.timeoutMs);
      // Over the checking processes' memory limit: stopped, as a checking process is (pool.ts).
      const pid = child.pid;
      if (canWatchMemory && pid !== undefined) {
        watch = setInterval(() => {
          const mb = residentMb(pid);
          if (mb !== undefined && mb > this.memoryLimitMb) done(this.drop(child));
        }, WATCH_MS);
        watch.unref();
      }
      try {
        child.send({ index, view: { result, position } } satisfies ViewTask);
      } catch {
        done(this.drop(child));
      }
    });
  }

  /** Ends the child (safe to call twice). */
  close(): void {
    this.closed = true;
    if (this.child) this.drop(this.child);
  }

  private start(): ChildProcess {
    if (this.child) return this.child;
    const child = fork(fileURLToPath(this.script), [], { execArgv: workerFlags(HEAP_LIMIT_MB), stdio: ['ignore', 'ignore', 'ignore', 'ipc'], serialization: 'json' });
    this.child = child;
    // Killed with the checking processes when this process exits (Ctrl-C, SIGTERM, a crash).
    track(child);
    this.ready = new Promise<boolean>((resolve) => {
      child.once('message', (m: ViewReply) => resolve('ready' in m));
      child.once('close', () => resolve(false));
      child.once('error', () => resolve(false));
    });
    child.send({ views: this.settings } satisfies ViewInit);
    return child;
  }

  /** Kills a child that failed (or is no longer needed): the next view starts a new one. */
  private drop(child: ChildProcess): undefined {
    if (this.child === child) this.child = undefined;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    return undefined;
  }
}
