/**
 * What the CLI talks to, injected so that commands are testable and never touch process globals: the
 * streams and environment (`Io`), the colour level of a stream (NO_COLOR, FORCE_COLOR, a terminal), and
 * standard output as an `OutputStream` that waits when its pipe is full and stops when its reader has
 * gone away. Output files are written by io-write.ts, after the checks of io-guard.ts.
 */

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /**
   * Aborted when standard output's reader has gone away (`gongkai check … | head -1`: EPIPE). Output to
   * it then stops (`stdoutStream` throws OutputClosed); the run still ends with the exit code it earned.
   */
  stdoutClosed?: AbortSignal;
}

/** Writing to standard output after its reader went away (see `Io.stdoutClosed`). */
export class OutputClosed extends Error {
  constructor() {
    super('standard output was closed');
    this.name = 'OutputClosed';
  }
}

/** Colour level for a stream: NO_COLOR wins, then FORCE_COLOR, then whether it is a terminal. */
export function colorLevel(io: Io, stream: 'stdout' | 'stderr' = 'stdout'): 0 | 1 | 2 | 3 {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return n === 2 ? 2 : n === 3 ? 3 : 1;
  }
  return io[stream].isTTY ? 1 : 0;
}

/** An output written piece by piece, that appears only when complete (`commit`). */
export interface OutputStream {
  write(text: string): Promise<void>;
  /** Writes bytes (an output file only: the xlsx workbook), after any text written before. */
  writeBytes?(bytes: Uint8Array): Promise<void>;
  /** Puts the file in place (a no-op for standard output). */
  commit(): Promise<void>;
  /** Drops what was written (a file: the temporary file is removed; the previous file stays). */
  abort(): void;
}

/** Text is passed on in pieces of about this many characters. */
export const CHUNK = 64 * 1024;

/**
 * Standard output as an OutputStream: pieces of about CHUNK characters, waiting when the pipe is full.
 * Once its reader has gone away (`io.stdoutClosed`), writing throws OutputClosed (also while waiting).
 */
export function stdoutStream(io: Io): OutputStream {
  let pending = '';
  const closed = io.stdoutClosed;
  const flush = async (): Promise<void> => {
    if (closed?.aborted) {
      pending = '';
      throw new OutputClosed();
    }
    if (pending === '') return;
    const text = pending;
    pending = '';
    const out = io.stdout as Io['stdout'] & { once?: (event: 'drain', listener: () => void) => unknown; off?: (event: 'drain', listener: () => void) => unknown };
    if (out.write(text) === false && typeof out.once === 'function') {
      // The reader may go away instead of reading: then 'drain' never comes.
      await new Promise<void>((r) => {
        const done = (): void => {
          closed?.removeEventListener('abort', done);
          out.off?.('drain', done);
          r();
        };
        out.once!('drain', done);
        closed?.addEventListener('abort', done, { once: true });
      });
      if (closed?.aborted) throw new OutputClosed();
    }
  };
  return {
    async write(text) {
      pending += text;
      if (pending.length >= CHUNK) await flush();
    },
    commit: flush,
    abort() {
      pending = '';
    },
  };
}
