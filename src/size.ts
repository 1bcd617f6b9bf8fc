/**
 * File sizes: reading a size limit as people write it (`--max-size 50MB`) and showing sizes in messages.
 *
 * Units are binary whatever their spelling: K, KB and KiB are 1024 bytes, M/MB/MiB 1024², G/GB/GiB 1024³
 * (as the operating system's file lists show them). Shown sizes are rounded so that a file over a limit
 * never looks equal to it or smaller: a limit is never rounded up, and when the file's size and the
 * limit would read the same, both are given in bytes.
 */
import type { Lang } from './messages/render.js';

const KIB = 1024;
const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: KIB,
  kb: KIB,
  kib: KIB,
  m: KIB ** 2,
  mb: KIB ** 2,
  mib: KIB ** 2,
  g: KIB ** 3,
  gb: KIB ** 3,
  gib: KIB ** 3,
};

/** The largest size limit accepted: Node reads at most 2 GiB of a file into memory. */
export const MAX_SIZE_LIMIT = 2 * KIB ** 3;

/** Why a size was not accepted. */
export type SizeProblem = 'syntax' | 'notPositive' | 'tooLarge';

export class SizeError extends Error {
  constructor(readonly problem: SizeProblem) {
    super(`size: ${problem}`);
    this.name = 'SizeError';
  }
}

/**
 * Bytes from a size such as `50MB`, `800 kb`, `1.5GiB` or `1048576` (letter case and a space before the
 * unit do not matter; a fraction of a byte is dropped). Throws SizeError for anything else, for 0 or a
 * negative size, and above MAX_SIZE_LIMIT.
 */
export function parseSize(text: string): number {
  const t = text.trim();
  if (/^-\s*(\d|\.\d)/.test(t)) throw new SizeError('notPositive');
  const m = /^(\d+(?:\.\d*)?|\.\d+)\s*([a-z]*)$/i.exec(t);
  const mult = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || mult === undefined) throw new SizeError('syntax');
  const bytes = Math.floor(Number(m[1]) * mult);
  if (!(bytes >= 1)) throw new SizeError('notPositive');
  if (bytes > MAX_SIZE_LIMIT) throw new SizeError('tooLarge');
  return bytes;
}

const BYTES: Record<Lang, (n: number) => string> = {
  zh: (n) => `${n.toLocaleString('en-US')} 字节`,
  en: (n) => `${n.toLocaleString('en-US')} ${n === 1 ? 'byte' : 'bytes'}`,
};

/**
 * A size for people: bytes below 1 KB ("10 字节" / "10 bytes"), else KB, MB or GB with at most one
 * decimal ("1.5 MB", "100 KB"). `round` says which way the last digit goes: 'up' for a file's size,
 * 'down' for a limit, 'nearest' otherwise.
 */
export function formatSize(bytes: number, lang: Lang = 'zh', round: 'up' | 'down' | 'nearest' = 'nearest'): string {
  if (bytes < KIB) return BYTES[lang](bytes);
  const [unit, size] = bytes < KIB ** 2 ? ['KB', KIB] : bytes < KIB ** 3 ? ['MB', KIB ** 2] : ['GB', KIB ** 3];
  const tenths = bytes / size * 10;
  const r = round === 'up' ? Math.ceil(tenths - 1e-9) : round === 'down' ? Math.floor(tenths + 1e-9) : Math.round(tenths);
  // 1023.95 KB rounded up reads 1024 KB; that is still right (not 1 MB, which would be smaller).
  return `${Number.isInteger(r / 10) ? String(r / 10) : (r / 10).toFixed(1)} ${unit}`;
}

/**
 * A file's size and the limit it is over, shown so that the size reads larger than the limit: the limit
 * rounded down, the size to the nearest (which cannot fall below the limit's figure), and both in bytes
 * when they read the same ("1,048,577 字节" over "1,048,576 字节", not "1 MB" over "1 MB").
 */
export function sizeOverLimit(size: number, limit: number, lang: Lang = 'zh'): { size: string; limit: string } {
  const s = formatSize(size, lang, 'nearest');
  const l = formatSize(limit, lang, 'down');
  return s === l ? { size: BYTES[lang](size), limit: BYTES[lang](limit) } : { size: s, limit: l };
}
