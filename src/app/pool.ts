/// <reference lib="dom" />
/**
 * The page's checking workers: a few Web Workers made from the worker script the page carries inline (a
 * Blob URL: nothing is fetched), each given one request at a time. A request with a time limit that a
 * worker has not answered in time is stopped by ending that worker (`terminate` works whatever the
 * worker is doing) and a new worker takes its place; the request fails with `Stopped`, and the page
 * goes on. A worker that fails outright (an uncaught error, a crash) is replaced the same way. The time
 * of a request counts from when its worker has it (after the worker's own start-up), as in the CLI.
 */
import type { Envelope, Reply, Request } from './protocol.js';

/** A request no worker answered: over its time limit, or its worker failed. */
export class Stopped extends Error {
  constructor(readonly why: 'timeout' | 'crashed') {
    super(why);
    this.name = 'Stopped';
  }
}

/** A request and what to send it with (an ArrayBuffer is handed over, not copied). */
export interface Job {
  request: Request;
  transfer?: Transferable[];
}

interface Pending {
  make: () => Promise<Job>;
  limitMs: number;
  resolve: (value: unknown) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  current?: { id: number; pending: Pending; timer?: ReturnType<typeof setTimeout> };
}

export class WorkerPool {
  private readonly url: string;
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  /** Set when a worker cannot even start (a broken page): every request fails with it. */
  private broken: Error | undefined;

  constructor(
    code: string,
    size: number,
    private readonly onBroken: (e: Error) => void,
  ) {
    this.url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    for (let i = 0; i < size; i++) this.start();
  }

  /**
   * Runs a request on the next free worker. `make` is called only then (a file's bytes are read when a
   * worker is free for them, not all at once). `limitMs` 0: no time limit.
   */
  run<T>(make: () => Promise<Job>, limitMs = 0): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.broken) return reject(this.broken);
      this.queue.push({ make, limitMs, resolve: resolve as (v: unknown) => void, reject });
      this.pump();
    });
  }

  private start(): void {
    const slot: Slot = { worker: new Worker(this.url), ready: false };
    this.slots.add(slot);
    slot.worker.onmessage = (e: MessageEvent<Reply | { ready: true }>) => {
      const msg = e.data;
      if ('ready' in msg) {
        slot.ready = true;
        this.pump();
        return;
      }
      const cur = slot.current;
      if (!cur || cur.id !== msg.id) return;
      if (cur.timer) clearTimeout(cur.timer);
      slot.current = undefined;
      if (msg.ok) cur.pending.resolve(msg.value);
      else cur.pending.reject(new Error(msg.error));
      this.pump();
    };
    slot.worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      if (!slot.ready) return this.fail(new Error(e.message || 'worker'));
      this.replace(slot, 'crashed');
    };
  }

  /** Ends a worker that took too long or failed, fails its request, and starts another. */
  private replace(slot: Slot, why: 'timeout' | 'crashed'): void {
    slot.worker.terminate();
    this.slots.delete(slot);
    const cur = slot.current;
    if (cur?.timer) clearTimeout(cur.timer);
    slot.current = undefined;
    this.start();
    cur?.pending.reject(new Stopped(why));
  }

  private fail(e: Error): void {
    if (this.broken) return;
    this.broken = e;
    for (const p of this.queue.splice(0)) p.reject(e);
    for (const s of this.slots) {
      s.worker.terminate();
      s.current?.pending.reject(e);
    }
    this.slots.clear();
    this.onBroken(e);
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.current || this.queue.length === 0) continue;
      const pending = this.queue.shift()!;
      const id = this.nextId++;
      slot.current = { id, pending };
      pending.make().then(
        ({ request, transfer }) => {
          if (slot.current?.id !== id) return;
          if (pending.limitMs > 0) slot.current.timer = setTimeout(() => this.replace(slot, 'timeout'), pending.limitMs);
          const envelope: Envelope = { ...request, id };
          slot.worker.postMessage(envelope, transfer ?? []);
        },
        (e: unknown) => {
          if (slot.current?.id !== id) return;
          slot.current = undefined;
          pending.reject(e);
          this.pump();
        },
      );
    }
  }
}
