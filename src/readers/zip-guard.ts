/**
 * Zip guard for .xlsx and .docx: looks at a zip archive's structure before anything (SheetJS, the Word
 * reader) inflates it, and refuses archives that are damaged or built to exhaust memory.
 *
 * Two stages, both synchronous:
 * 1. Structure, without inflating anything (reads only the end-of-central-directory record, the
 *    central directory and each entry's local header): entry count, declared total uncompressed
 *    size, declared compression ratio per entry, entries whose data overlap or nest inside each
 *    other (the "non-recursive" zip bomb), damaged records, encryption, unknown compression methods.
 *    A classic zip bomb is refused here in milliseconds with memory bounded by the entry count.
 * 2. Declared sizes are verified (option `verify`, on by default): each deflated entry is inflated
 *    from exactly its compressed bytes with the output capped at its declared size. An archive that
 *    lies about its sizes (declares 1 KB, inflates to 1 GB) is refused as soon as the output passes
 *    the declared size; a deflate stream that runs past its compressed size (SheetJS inflates until
 *    the stream ends, not until the declared end) is refused too. The cap is the declared size, which
 *    stage 1 has already bounded, so peak memory is bounded by `maxTotalUncompressed`.
 *
 * Inflating is fflate's (pure JavaScript, no platform module), fed a few kilobytes at a time so that
 * the output is counted as it grows: see `inflateCapped`.
 */
import { Inflate } from 'fflate';
import { ReadError } from '../errors.js';

export interface ZipLimits {
  /** Largest total declared uncompressed size, bytes (default 200 MB). */
  maxTotalUncompressed: number;
  /** Largest uncompressed/compressed ratio of one entry (default 100). */
  maxRatio: number;
  /** Entries whose uncompressed size is at most this are not ratio-checked (default 1 MB): small XML parts compress well. */
  ratioMinSize: number;
  /** Most entries (default 10,000). */
  maxEntries: number;
  /** Inflate each deflated entry, capped at its declared size, to verify the declared sizes (default true; with a `visit`, every entry it sees is verified anyway). */
  verify: boolean;
}

const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioMinSize: 1024 * 1024,
  maxEntries: 10_000,
  verify: true,
});

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the local header. */
  headerOffset: number;
  /** Offset of the entry's data (after the local header, its name and extra field). */
  dataOffset: number;
}

export interface ZipSummary {
  entries: ZipEntryInfo[];
  totalUncompressed: number;
  totalCompressed: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const U32 = 0xffffffff;
const U16 = 0xffff;

function human(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** `reason` is "English / 中文": each language gets its half (`reason` English, `reasonZh`; see src/readers/reason.ts). */
function malformed(reason: string): ReadError {
  const at = reason.lastIndexOf(' / ');
  const data: Record<string, string> = at < 0 ? { reason } : { reason: reason.slice(0, at), reasonZh: reason.slice(at + 3) };
  return new ReadError('read-error', 'zipMalformed', data, undefined, 'resave');
}

/** A printable entry name for messages: control characters replaced, length capped. */
function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '?');
  return clean.length > 120 ? `${clean.slice(0, 117)}...` : clean;
}

/** Whether the bytes start like a zip archive (local header, or an empty archive's end record). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06));
}

class View {
  private readonly dv: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get length(): number {
    return this.bytes.length;
  }
  need(offset: number, size: number, what: string): void {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset + size > this.bytes.length) {
      throw malformed(`${what} outside the file / ${what}超出文件范围`);
    }
  }
  u16(o: number): number {
    return this.dv.getUint16(o, true);
  }
  u32(o: number): number {
    return this.dv.getUint32(o, true);
  }
  u64(o: number, what: string): number {
    const lo = this.dv.getUint32(o, true);
    const hi = this.dv.getUint32(o + 4, true);
    const v = hi * 2 ** 32 + lo;
    if (!Number.isSafeInteger(v)) throw malformed(`${what} too large / ${what}过大`);
    return v;
  }
}

/** Finds the end-of-central-directory record: the last one whose comment reaches the end of the file. */
function findEocd(v: View): number {
  const min = Math.max(0, v.length - 22 - 0xffff);
  let fallback = -1;
  for (let i = v.length - 22; i >= min; i--) {
    if (v.bytes[i] !== 0x50 || v.bytes[i + 1] !== 0x4b || v.u32(i) !== SIG_EOCD) continue;
    if (i + 22 + v.u16(i + 20) === v.length) return i;
    if (fallback < 0) fallback = i;
  }
  if (fallback >= 0) return fallback;
  throw malformed('no zip end-of-central-directory record (not a zip file, or truncated) / 找不到 zip 目录结尾记录（不是 zip 文件或文件被截断）');
}

interface Directory {
  count: number;
  cdOffset: number;
  cdSize: number;
  /** Where the directory records end (start of the zip64 or classic end record). */
  cdLimit: number;
}

function readDirectory(v: View): Directory {
  const eocd = findEocd(v);
  const disk = v.u16(eocd + 4);
  const cdDisk = v.u16(eocd + 6);
  let countDisk = v.u16(eocd + 8);
  let count = v.u16(eocd + 10);
  let cdSize = v.u32(eocd + 12);
  let cdOffset = v.u32(eocd + 16);
  let cdLimit = eocd;
  if (count === U16 || countDisk === U16 || cdSize === U32 || cdOffset === U32) {
    const loc = eocd - 20;
    if (loc >= 0 && v.u32(loc) === SIG_EOCD64_LOCATOR) {
      const at = v.u64(loc + 8, 'zip64 record offset / zip64 记录位置');
      v.need(at, 56, 'zip64 end record / zip64 结尾记录');
      if (v.u32(at) !== SIG_EOCD64) throw malformed('bad zip64 end record / zip64 结尾记录损坏');
      countDisk = v.u64(at + 24, 'entry count / 条目数');
      count = v.u64(at + 32, 'entry count / 条目数');
      cdSize = v.u64(at + 40, 'directory size / 目录大小');
      cdOffset = v.u64(at + 48, 'directory offset / 目录位置');
      cdLimit = at;
    }
  }
  if (disk !== 0 || cdDisk !== 0 || countDisk !== count) throw malformed('multi-volume (split) archives are not supported / 不支持分卷压缩包');
  if (cdOffset + cdSize > cdLimit) throw malformed('central directory overlaps its end record / 中央目录与结尾记录重叠');
  return { count, cdOffset, cdSize, cdLimit };
}

/** Zip64 extended information (extra field 0x0001): replaces the 0xFFFFFFFF fields, in order. */
function zip64Extra(v: View, extraStart: number, extraLen: number, want: { usize: boolean; csize: boolean; offset: boolean }): { usize?: number; csize?: number; offset?: number } {
  let p = extraStart;
  const end = extraStart + extraLen;
  while (p + 4 <= end) {
    const id = v.u16(p);
    const size = v.u16(p + 2);
    if (p + 4 + size > end) throw malformed('damaged extra field / 扩展字段损坏');
    if (id === 0x0001) {
      const out: { usize?: number; csize?: number; offset?: number } = {};
      let q = p + 4;
      const take = (key: 'usize' | 'csize' | 'offset'): void => {
        if (q + 8 > p + 4 + size) throw malformed('damaged zip64 extra field / zip64 扩展字段损坏');
        out[key] = v.u64(q, 'zip64 size / zip64 大小');
        q += 8;
      };
      if (want.usize) take('usize');
      if (want.csize) take('csize');
      if (want.offset) take('offset');
      return out;
    }
    p += 4 + size;
  }
  return {};
}

/**
 * Reads the archive structure without inflating anything and applies the structural limits.
 * Throws ReadError('read-error', zip…) for anything refused.
 */
export function inspectZip(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): ZipSummary {
  const lim = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const v = new View(bytes);
  if (v.length < 22) throw malformed('file too short to be a zip archive / 文件太短，不是 zip 压缩包');
  const dir = readDirectory(v);
  if (dir.count > lim.maxEntries) throw new ReadError('read-error', 'zipTooManyEntries', { count: dir.count, limit: lim.maxEntries });
  // Each central record is at least 46 bytes: a count the directory cannot hold is a lie.
  if (dir.count * 46 > dir.cdSize) throw malformed('entry count does not fit the central directory / 条目数与中央目录大小不符');
  v.need(dir.cdOffset, dir.cdSize, 'central directory / 中央目录');

  const entries: ZipEntryInfo[] = [];
  let total = 0;
  let totalCompressed = 0;
  let p = dir.cdOffset;
  const cdEnd = dir.cdOffset + dir.cdSize;
  for (let i = 0; i < dir.count; i++) {
    if (p + 46 > cdEnd) throw malformed('central directory ends early / 中央目录提前结束');
    if (v.u32(p) !== SIG_CENTRAL) throw malformed('bad central directory record / 中央目录记录损坏');
    const flags = v.u16(p + 8);
    const method = v.u16(p + 10);
    let csize = v.u32(p + 20);
    let usize = v.u32(p + 24);
    const nameLen = v.u16(p + 28);
    const extraLen = v.u16(p + 30);
    const commentLen = v.u16(p + 32);
    let offset = v.u32(p + 42);
    const recEnd = p + 46 + nameLen + extraLen + commentLen;
    if (recEnd > cdEnd) throw malformed('central directory record runs past the directory / 中央目录记录越界');
    const name = new TextDecoder('utf-8').decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (csize === U32 || usize === U32 || offset === U32) {
      const z = zip64Extra(v, p + 46 + nameLen, extraLen, { usize: usize === U32, csize: csize === U32, offset: offset === U32 });
      if (usize === U32) usize = z.usize ?? usize;
      if (csize === U32) csize = z.csize ?? csize;
      if (offset === U32) offset = z.offset ?? offset;
    }
    p = recEnd;

    if (flags & 0x0041) throw new ReadError('read-error', 'zipEncrypted', { entry: printable(name) });
    if (method !== 0 && method !== 8) throw new ReadError('read-error', 'zipMethod', { entry: printable(name), method });
    if (method === 0 && csize !== usize) throw malformed(`stored entry "${printable(name)}" has different sizes / 未压缩条目“${printable(name)}”的大小不一致`);

    total += usize;
    totalCompressed += csize;
    if (total > lim.maxTotalUncompressed) {
      throw new ReadError('read-error', 'zipTooLarge', { size: `${human(total)}+`, limit: human(lim.maxTotalUncompressed) });
    }
    if (usize > lim.ratioMinSize && usize > csize * lim.maxRatio) {
      const ratio = csize === 0 ? '∞' : String(Math.round(usize / csize));
      throw new ReadError('read-error', 'zipRatio', { entry: printable(name), ratio, limit: lim.maxRatio });
    }

    // The local header: where the data really starts (its own name and extra lengths).
    v.need(offset, 30, `local header of "${printable(name)}" / “${printable(name)}”的本地头`);
    if (v.u32(offset) !== SIG_LOCAL) throw malformed(`bad local header for "${printable(name)}" / “${printable(name)}”的本地头损坏`);
    const dataOffset = offset + 30 + v.u16(offset + 26) + v.u16(offset + 28);
    if (dataOffset + csize > dir.cdOffset) throw malformed(`data of "${printable(name)}" runs into the central directory / “${printable(name)}”的数据越界`);
    entries.push({ name, method, compressedSize: csize, uncompressedSize: usize, headerOffset: offset, dataOffset });
  }
  if (p !== cdEnd) throw malformed('central directory size does not match its records / 中央目录大小与记录不符');

  // No two entries may share bytes: overlapping or nested entries are how non-recursive zip bombs
  // multiply a small file into a large output.
  const sorted = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (cur.headerOffset < prev.dataOffset + prev.compressedSize) {
      throw new ReadError('read-error', 'zipOverlap', { entry: printable(cur.name), other: printable(prev.name) });
    }
  }
  return { entries, totalUncompressed: total, totalCompressed };
}

/**
 * Compressed bytes given to the inflater at a time. Deflate expands a byte at most ~1,032 times, so one
 * step makes at most ~8 MB: output past the cap is seen within that, never only after the whole stream.
 */
const INFLATE_STEP = 8 * 1024;

/** Thrown from the inflater's output callback to stop it at the cap. */
class PastCap extends Error {}

/**
 * Raw deflate data inflated, its output never more than `cap` bytes: 'too-large' as soon as it would be,
 * 'damaged' for data that is not deflate or ends before its last block (bytes after the last block are
 * ignored, as zlib does). The same outcomes as zlib's inflateRawSync with maxOutputLength.
 */
export function inflateCapped(data: Uint8Array, cap: number): Uint8Array | 'too-large' | 'damaged' {
  if (data.length === 0) return 'damaged';
  const out = new Uint8Array(cap);
  let size = 0;
  const inflater = new Inflate((chunk) => {
    if (size + chunk.length > cap) throw new PastCap();
    out.set(chunk, size);
    size += chunk.length;
  });
  try {
    for (let at = 0; at < data.length; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (err) {
    return err instanceof PastCap ? 'too-large' : 'damaged';
  }
  return size === cap ? out : out.subarray(0, size);
}

/**
 * Inflates one deflated entry from exactly its compressed bytes, output capped at its declared size.
 * Refuses a stream that produces more than declared, ends early, or needs bytes past its end.
 */
function inflateEntry(bytes: Uint8Array, e: ZipEntryInfo): Uint8Array {
  const out = inflateCapped(bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize), e.uncompressedSize);
  if (out === 'damaged') throw malformed(`entry "${printable(e.name)}" is not valid deflate data / 条目“${printable(e.name)}”的压缩数据损坏`);
  if (out === 'too-large' || out.length !== e.uncompressedSize) {
    throw new ReadError('read-error', 'zipSizeMismatch', { entry: printable(e.name), size: human(e.uncompressedSize) });
  }
  return out;
}

/**
 * Checks a zip archive (.xlsx, .docx) before it is inflated by a library. Throws
 * ReadError('read-error', …) for a damaged archive or one over the limits; returns its summary.
 * `visit`, when given, sees each entry's verified content (for a reader's own checks of its parts,
 * without inflating them again); it may throw.
 */
export function checkZip(bytes: Uint8Array, limits: Partial<ZipLimits> = {}, visit?: (entry: ZipEntryInfo, content: Uint8Array) => void): ZipSummary {
  const summary = inspectZip(bytes, limits);
  const verify = { ...DEFAULT_ZIP_LIMITS, ...limits }.verify;
  for (const e of summary.entries) {
    if (e.method === 8 && (verify || visit)) {
      const content = inflateEntry(bytes, e);
      visit?.(e, content);
    } else if (visit) {
      visit(e, bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize));
    }
  }
  return summary;
}
