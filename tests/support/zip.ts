/**
 * Builds zip archives byte by byte for tests: honest ones, and hostile ones (declared sizes that lie,
 * entries sharing data, bombs). Only what the tests need: stored and deflated entries, no zip64.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
  name: string;
  /** Uncompressed content (compressed here unless `raw` is given). */
  data?: Uint8Array | string;
  /** Already-compressed bytes to store as the entry's data. */
  raw?: Uint8Array;
  method?: 0 | 8;
  /** Sizes/CRC to declare instead of the true ones. */
  declaredSize?: number;
  crc?: number;
  flags?: number;
  /** Point this entry's central record at the local header of entry #n instead of writing its own. */
  shareLocalOf?: number;
}

const enc = new TextEncoder();

export function buildZip(specs: ZipEntrySpec[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  const headerOffsets: number[] = [];
  let offset = 0;
  const prepared = specs.map((s) => {
    const method = s.method ?? 8;
    const plain = typeof s.data === 'string' ? enc.encode(s.data) : (s.data ?? new Uint8Array());
    const body = s.raw ?? (method === 8 ? deflateRawSync(plain) : plain);
    const size = s.declaredSize ?? plain.length;
    const crc = s.crc ?? crc32(plain);
    return { s, method, body, size, crc, name: Buffer.from(s.name, 'utf8') };
  });
  prepared.forEach((p, i) => {
    if (p.s.shareLocalOf !== undefined) {
      headerOffsets.push(headerOffsets[p.s.shareLocalOf]!);
      return;
    }
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(p.s.flags ?? 0, 6);
    h.writeUInt16LE(p.method, 8);
    h.writeUInt32LE(p.crc >>> 0, 14);
    h.writeUInt32LE(p.body.length, 18);
    h.writeUInt32LE(p.size, 22);
    h.writeUInt16LE(p.name.length, 26);
    headerOffsets.push(offset);
    locals.push(h, p.name, Buffer.from(p.body));
    offset += 30 + p.name.length + p.body.length;
    void i;
  });
  const cdOffset = offset;
  prepared.forEach((p, i) => {
    const src = p.s.shareLocalOf !== undefined ? prepared[p.s.shareLocalOf]! : p;
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(p.s.flags ?? 0, 8);
    c.writeUInt16LE(src.method, 10);
    c.writeUInt32LE(src.crc >>> 0, 16);
    c.writeUInt32LE(src.body.length, 20);
    c.writeUInt32LE(src.size, 24);
    c.writeUInt16LE(p.name.length, 28);
    c.writeUInt32LE(headerOffsets[i]!, 42);
    central.push(c, p.name);
  });
  const cdSize = central.reduce((a, b) => a + b.length, 0);
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0);
  e.writeUInt16LE(specs.length, 8);
  e.writeUInt16LE(specs.length, 10);
  e.writeUInt32LE(cdSize, 12);
  e.writeUInt32LE(cdOffset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...central, e]));
}

/** Raw deflate of `size` zero bytes, made in 1 MB steps (bounded memory). */
export function deflatedZeros(size: number): Uint8Array {
  return new Uint8Array(deflateRawSync(Buffer.alloc(size)));
}

/**
 * A ~300 KB zip bomb: `copies` entries, each the deflate of `each` zero bytes (ratio ≈ 1000:1),
 * declared honestly. Unpacked it would be copies × each bytes (default 30 × 10 MB = 300 MB).
 */
export function zipBomb(copies = 30, each = 10 * 1024 * 1024): Uint8Array {
  const raw = deflatedZeros(each);
  return buildZip(Array.from({ length: copies }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, raw, declaredSize: each, crc: 0 })));
}
