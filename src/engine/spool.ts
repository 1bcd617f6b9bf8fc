/**
 * Per-file outcomes kept on disk while a run goes on, so that the memory of a run does not grow with
 * the number of files: each record is written as JSON to one temporary file as it arrives (in any
 * order) and read back by index, in file order, when the run's output is written. Only two numbers per
 * record stay in memory. The temporary directory is removed by `close()`.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class Spool {
  private readonly dir: string;
  private readonly fd: number;
  private end = 0;
  /** Byte offset and length of each record, by key. */
  private readonly where = new Map<string, [number, number]>();

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'gongkai-run-'));
    this.fd = openSync(join(this.dir, 'outcomes.jsonl'), 'w+', 0o600);
  }

  /** Stores a plain-data value (it must survive JSON: no undefined in arrays, no NaN, no Map). */
  put(key: string, value: unknown): void {
    this.putJson(key, JSON.stringify(value));
  }

  /** Stores a value already serialized as JSON text. */
  putJson(key: string, json: string): void {
    const bytes = Buffer.from(`${json}\n`, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written, this.end + written);
    this.where.set(key, [this.end, bytes.length - 1]);
    this.end += bytes.length;
  }

  has(key: string): boolean {
    return this.where.has(key);
  }

  /** The value stored under `key`, or undefined. */
  get<T>(key: string): T | undefined {
    const at = this.where.get(key);
    if (!at) return undefined;
    const [offset, length] = at;
    const buf = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const n = readSync(this.fd, buf, read, length - read, offset + read);
      if (n === 0) throw new Error(`gongkai: the temporary results file ended early (${this.dir})`);
      read += n;
    }
    return JSON.parse(buf.toString('utf8')) as T;
  }

  /** Removes the temporary file. Safe to call twice. */
  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // Already closed.
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
