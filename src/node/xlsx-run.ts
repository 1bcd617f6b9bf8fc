/**
 * `check -f xlsx:file` at the Node edge: the reviewer's workbook of formatters/xlsx.ts written as the
 * results come, the rows of 汇总 and 问题 waiting in temporary files in a folder of their own (spool.ts:
 * removed with the run's on Ctrl-C) until the end of the run, so that its memory does not grow with the
 * number of files. The bytes go to `write` (the output file, written atomically by the CLI).
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { ReportCells } from '../check/report-cells.js';
import type { FormatContext } from '../formatters/formatter.js';
import type { Deflater, Spill, WorkbookOptions } from '../formatters/xlsx.js';
import type { FileResult } from '../model/diagnostic.js';
import { Spool } from './spool.js';
import type { AsyncFlateStreamHandler } from 'fflate';

export interface XlsxRun {
  /** Adds a file (in order) with its table cells (none when it could not be read). */
  file(result: FileResult, cells: ReportCells | undefined): Promise<void>;
  /** Writes the rest of the workbook, then removes the temporary files. */
  finish(): Promise<void>;
  /** Removes the temporary files (safe to call twice, and after `finish`). */
  close(): void;
}

/** Lines in a temporary file, appended and read back in pieces. */
class FileSpill implements Spill {
  private readonly fd: number;
  private end = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'wx+', 0o600);
  }

  append(line: string): void {
    const bytes = Buffer.from(`${line}\n`, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written, this.end + written);
    this.end += bytes.length;
  }

  *lines(): Generator<string> {
    const buf = Buffer.allocUnsafe(1024 * 1024);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (let at = 0; at < this.end; ) {
      const got = readSync(this.fd, buf, 0, Math.min(buf.length, this.end - at), at);
      if (got === 0) break;
      at += got;
      const text = rest + decoder.write(buf.subarray(0, got));
      const lines = text.split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
    rest += decoder.end();
    if (rest !== '') yield rest;
  }

  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // Already closed.
    }
  }
}

/**
 * An entry of the workbook deflated by Node's zlib (six times as fast as fflate's DEFLATE in JavaScript,
 * which took a third of the time of a 1,000-report workbook): each piece is compressed on its own and
 * flushed to a byte boundary, so that the pieces together are one DEFLATE stream, the last one closing it.
 */
class NativeDeflate implements Deflater {
  readonly compression = 8;
  size = 0;
  crc = 0;
  ondata: AsyncFlateStreamHandler = () => undefined;

  constructor(readonly filename: string) {}

  push(chunk: Uint8Array, final = false): void {
    this.size += chunk.length;
    this.crc = crc32(chunk, this.crc);
    const out = deflateRawSync(chunk, { level: 1, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    this.ondata(null, new Uint8Array(out), final);
  }
}

export async function xlsxRun(ctx: Pick<FormatContext, 'cwd'>, lang: 'zh' | 'en', write: (bytes: Uint8Array) => Promise<void>, opts: WorkbookOptions = {}): Promise<XlsxRun> {
  // Loaded only for this output: it brings fflate.
  const { ReviewWorkbook } = await import('../formatters/xlsx.js');
  const dir = new Spool();
  const spills: FileSpill[] = [];
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    for (const s of spills) s.close();
    dir.close();
  };
  try {
    const book = new ReviewWorkbook(ctx, lang, {
      write,
      deflate: (path) => new NativeDeflate(path),
      spill: (name) => {
        const s = new FileSpill(join(dir.dir, name));
        spills.push(s);
        return s;
      },
    }, opts);
    return {
      file: (result, cells) => book.file(result, cells),
      async finish() {
        try {
          await book.finish();
        } finally {
          close();
        }
      },
      close,
    };
  } catch (e) {
    close();
    throw e;
  }
}
