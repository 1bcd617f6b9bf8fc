/**
 * Reading input files safely, and file names as they are on disk.
 *
 * Only regular files are read. A FIFO, a device, a socket or a folder given as a file (also through a
 * symbolic link) is refused before anything is read: its kind is looked up first (`stat`, which follows
 * links), and the file is then opened with O_NONBLOCK — so that opening a FIFO can never wait for a
 * writer — and its kind checked again on the open descriptor (`fstat`), so that nothing swapped in between
 * the two is read. Reading stops one byte past the limit whatever size the file system gave (`/proc`
 * files and devices say 0; a file may grow while read).
 *
 * File names: Linux names are bytes, not necessarily UTF-8. A name that is not valid UTF-8 is kept in a
 * string with each byte that is not part of a valid sequence as a lone surrogate U+DC80–U+DCFF (as
 * Python's "surrogateescape" does): the string survives JSON, the spool and worker messages, and
 * `fsPath` gives the exact bytes back for the file system. `terminalSafe` (src/terminal.ts) shows such a
 * byte as `\xff`.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';

/** What a path is when it is not a regular file. */
export type SpecialKind = 'directory' | 'fifo' | 'characterDevice' | 'blockDevice' | 'socket' | 'other';

/** The kind in plain words, for messages. */
export const KIND_WORDS: Readonly<Record<SpecialKind, { zh: string; en: string }>> = {
  directory: { zh: '文件夹', en: 'folder' },
  fifo: { zh: '命名管道', en: 'named pipe' },
  characterDevice: { zh: '字符设备', en: 'character device' },
  blockDevice: { zh: '块设备', en: 'block device' },
  socket: { zh: '套接字', en: 'socket' },
  other: { zh: '特殊文件', en: 'special file' },
};

/** What `s` is when it is not a regular file; undefined for a regular file. */
export function specialKind(s: Pick<Stats, 'isFile' | 'isDirectory' | 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'>): SpecialKind | undefined {
  if (s.isFile()) return undefined;
  if (s.isDirectory()) return 'directory';
  if (s.isFIFO()) return 'fifo';
  if (s.isCharacterDevice()) return 'characterDevice';
  if (s.isBlockDevice()) return 'blockDevice';
  if (s.isSocket()) return 'socket';
  return 'other';
}

/** A path that is not a regular file (after following links). */
export class NotRegularFile extends Error {
  constructor(readonly kind: SpecialKind) {
    super(`not a regular file (${KIND_WORDS[kind].en})`);
    this.name = 'NotRegularFile';
  }
}

/**
 * A file over the size limit. `size` is the size the file system gives when that is already over it;
 * undefined when the file said less (or 0) and its content went past the limit while it was read.
 */
export class OverLimit extends Error {
  constructor(
    readonly limit: number,
    readonly size?: number,
  ) {
    super(`over the size limit of ${limit} bytes`);
    this.name = 'OverLimit';
  }
}

/** Open flags: read only, never wait (FIFOs), never become the controlling terminal. */
const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0);
/** Bytes read at a time when the size on disk tells nothing. */
const CHUNK = 64 * 1024;

/** The first buffer for a file of `size` bytes by the file system: its size and one byte more (to see growth), within the limit. */
function firstBuffer(size: number, limit: number): Buffer {
  return Buffer.allocUnsafeSlow(Math.min(Math.max(size + 1, CHUNK), limit + 1));
}

/** A buffer twice as large (at most limit + 1), with the `n` bytes read so far. */
function grow(buf: Buffer, n: number, limit: number): Buffer {
  const next = Buffer.allocUnsafeSlow(Math.min(buf.length * 2, limit + 1));
  buf.copy(next, 0, 0, n);
  return next;
}

function check(s: Stats, limit: number): void {
  const kind = specialKind(s);
  if (kind) throw new NotRegularFile(kind);
  if (s.size > limit) throw new OverLimit(limit, s.size);
}

/**
 * A regular file's bytes, at most `limit`. Throws NotRegularFile, OverLimit, or the file system's error
 * (ENOENT, EACCES, …). Synchronous: for worker threads, where nothing else waits on the thread.
 */
export function readRegularFileSync(path: string, limit: number): Buffer {
  const p = fsPath(path);
  check(statSync(p), limit);
  const fd = openSync(p, READ_FLAGS);
  try {
    const s = fstatSync(fd);
    check(s, limit);
    let buf = firstBuffer(s.size, limit);
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > limit) throw new OverLimit(limit);
        buf = grow(buf, n, limit);
      }
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    if (n > limit) throw new OverLimit(limit);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** `readRegularFileSync`, without blocking the thread. */
export async function readRegularFile(path: string, limit: number): Promise<Buffer> {
  const p = fsPath(path);
  check(await stat(p), limit);
  let fh: FileHandle | undefined;
  try {
    fh = await open(p, READ_FLAGS);
    const s = await fh.stat();
    check(s, limit);
    let buf = firstBuffer(s.size, limit);
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > limit) throw new OverLimit(limit);
        buf = grow(buf, n, limit);
      }
      const { bytesRead } = await fh.read(buf, n, buf.length - n, null);
      if (bytesRead === 0) break;
      n += bytesRead;
    }
    if (n > limit) throw new OverLimit(limit);
    return buf.subarray(0, n);
  } finally {
    await fh?.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// File names that are not UTF-8.

/** First and last code point of the lone surrogates that stand for bytes of a name that are not UTF-8. */
const BYTE_LOW = 0xdc80;
const BYTE_HIGH = 0xdcff;

/** The length of the valid UTF-8 sequence at `i`, or 0 when the byte there does not start one. */
function sequenceLength(b: Uint8Array, i: number): number {
  const x = b[i]!;
  if (x < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (x >= 0xc2 && x <= 0xdf) return cont(1) ? 2 : 0;
  if (x === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  // 0xED 0xA0–0xBF would be a surrogate: not valid UTF-8.
  if (x === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (x >= 0xe1 && x <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (x === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (x >= 0xf1 && x <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (x === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** A file name's bytes as a string: UTF-8 where valid, each other byte as U+DC80 + (byte − 0x80). */
export function nameFromBytes(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let out = '';
  let start = 0;
  let i = 0;
  while (i < buf.length) {
    const len = sequenceLength(buf, i);
    if (len > 0) {
      i += len;
      continue;
    }
    out += buf.toString('utf8', start, i) + String.fromCharCode(BYTE_LOW + buf[i]! - 0x80);
    i++;
    start = i;
  }
  return start === 0 ? buf.toString('utf8') : out + buf.toString('utf8', start);
}

/** True when `s` holds a byte of a name that is not UTF-8 (see `nameFromBytes`). */
function hasRawBytes(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= BYTE_LOW && c <= BYTE_HIGH && !(i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff)) return true;
  }
  return false;
}

/** A path for the file system: the string itself, or its exact bytes when it holds bytes that are not UTF-8. */
export function fsPath(path: string): string | Buffer {
  if (!hasRawBytes(path)) return path;
  const parts: Buffer[] = [];
  for (const ch of path) {
    const c = ch.codePointAt(0)!;
    parts.push(c >= BYTE_LOW && c <= BYTE_HIGH ? Buffer.from([c - BYTE_LOW + 0x80]) : Buffer.from(ch, 'utf8'));
  }
  return Buffer.concat(parts);
}
