/**
 * Per-file outcomes kept on disk while a run goes on, so that the memory of a run does not grow with
 * the number of files. The run owns a temporary directory (`Spool`); every thread that checks files —
 * each worker, and this thread — appends its outcomes as JSON lines to a file of its own there
 * (`SpoolWriter`) and passes on only where each record is (`SpoolRef`: a file name, an offset and a
 * length), so the outcomes themselves never travel between threads or sit in this thread's heap. They
 * are read back by reference, in file order, when the run's output is written. `close()` removes the
 * directory.
 *
 * A run that is stopped from outside (Ctrl-C, SIGTERM) does not get to close its spool: the CLI's signal
 * handler calls `removeLiveSpools()` right before it exits, which removes every spool not closed yet.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Where one record is. */
export interface SpoolRef {
  file: string;
  offset: number;
  length: number;
}

/** Appends records to one file of a spool directory. One writer per thread. */
export class SpoolWriter {
  private readonly fd: number;
  private end = 0;
  readonly file: string;

  constructor(dir: string, name: string) {
    this.file = basename(name);
    this.fd = openSync(join(dir, this.file), 'wx', 0o600);
  }

  /** Stores a value already serialized as JSON text. */
  putJson(json: string): SpoolRef {
    const bytes = Buffer.from(`${json}\n`, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written, this.end + written);
    const ref = { file: this.file, offset: this.end, length: bytes.length - 1 };
    this.end += bytes.length;
    return ref;
  }

  /** Stores a plain-data value (it must survive JSON: no undefined in arrays, no NaN, no Map). */
  put(value: unknown): SpoolRef {
    return this.putJson(JSON.stringify(value));
  }

  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // Already closed.
    }
  }
}

/** Spools created and not closed yet, for `removeLiveSpools`. */
const live = new Set<Spool>();

/**
 * Removes the directory of every spool not closed yet (synchronous: meant for a signal handler right
 * before the process exits; a worker may still be writing, so removal is retried when the directory
 * is not empty yet).
 */
export function removeLiveSpools(): void {
  for (const spool of [...live]) {
    try {
      spool.close();
    } catch {
      // Removal failed (permissions changed under it): nothing more can be done on the way out.
    }
  }
}

/** The run's spool directory: creates it, reads records back by reference, removes it. */
export class Spool {
  readonly dir: string;
  private readonly readers = new Map<string, number>();
  private closed = false;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'gongkai-run-'));
    live.add(this);
  }

  /** A writer for one thread (`name` must be unique in this spool). */
  writer(name: string): SpoolWriter {
    return new SpoolWriter(this.dir, name);
  }

  /** The value a reference points at. */
  get<T>(ref: SpoolRef): T {
    let fd = this.readers.get(ref.file);
    if (fd === undefined) {
      fd = openSync(join(this.dir, basename(ref.file)), 'r');
      this.readers.set(ref.file, fd);
    }
    const buf = Buffer.allocUnsafe(ref.length);
    let read = 0;
    while (read < ref.length) {
      const n = readSync(fd, buf, read, ref.length - read, ref.offset + read);
      if (n === 0) throw new Error(`gongkai: the temporary results file ${ref.file} ended early (${this.dir})`);
      read += n;
    }
    return JSON.parse(buf.toString('utf8')) as T;
  }

  /** Closes the files read and removes the directory. Safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    live.delete(this);
    for (const fd of this.readers.values()) {
      try {
        closeSync(fd);
      } catch {
        // Already closed.
      }
    }
    rmSync(this.dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 10 });
  }
}
