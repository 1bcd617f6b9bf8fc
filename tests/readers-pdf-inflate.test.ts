/**
 * gongkai's checking processes give pdfjs a DecompressionStream that inflates at once with zlib in the
 * process (src/node/inflate.ts), in place of the platform's web streams over zlib's thread pool — and pdfjs
 * falls back to its own JavaScript inflate wherever zlib refuses a stream. Here every PDF fixture is read the
 * three ways, in this process: the platform's streams, pdfjs's own inflate (no DecompressionStream) and
 * gongkai's: the same report, every cell, box, heading and text, and the same findings. A pdfjs update whose
 * paths differ fails here.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CASES } from '../scripts/make-pdf-fixtures.mjs';
import { read, checkReport } from '../src/index.js';
import { deflateSync } from 'node:zlib';
import { InflatingStream, inflateInProcess, MAX_OUTPUT } from '../src/node/inflate.js';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, 'fixtures/readers/pdf');
const cases = readdirSync(DIR).filter((c) => !c.endsWith('.md')).sort();
const platform = (globalThis as { DecompressionStream?: unknown }).DecompressionStream;

afterAll(() => {
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = platform;
});

const reading = async (file: string): Promise<string> => {
  try {
    const report = await read(file);
    return JSON.stringify([report, checkReport(report)]);
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
};

describe('pdfjs inflating with zlib in the process reads every PDF as web streams and its own inflate do', () => {
  it('Node has a DecompressionStream to stand in for', () => {
    expect(typeof platform).toBe('function');
  });
  it.each(cases)('%s', async (name) => {
    const file = join(DIR, name, 'input.pdf');
    const g = globalThis as { DecompressionStream?: unknown };
    g.DecompressionStream = platform;
    const streamed = await reading(file);
    delete g.DecompressionStream;
    const own = await reading(file);
    inflateInProcess();
    expect(g.DecompressionStream).toBe(InflatingStream);
    const inflated = await reading(file);
    // A report read (the scanned one: the one clear error, no text layer; the one whose text layer gives
    // other characters: that error), never a failure of the reading.
    const expected = CASES.find((c) => c.name === name)?.expect;
    expect(inflated).toMatch(expected === 'no-text-layer' ? /pdfNoText/ : expected === 'wrong-characters' ? /pdfWrongChars/ : /"t3"/);
    expect(inflated).toBe(streamed);
    expect(own).toBe(streamed);
  });
});

describe('the stand-in DecompressionStream', () => {
  /** Writes `bytes` and reads the chunks back as pdfjs does (pdf.worker.mjs asyncGetBytesFromDecompressionStream). */
  const inflate = async (bytes: Uint8Array): Promise<Uint8Array> => {
    const { readable, writable } = new InflatingStream('deflate');
    const writer = writable.getWriter();
    await writer.ready;
    void writer.write(bytes).then(() => writer.close());
    const chunks: Uint8Array[] = [];
    for await (const chunk of readable) chunks.push(chunk);
    return Uint8Array.from(chunks.flatMap((c) => [...c]));
  };

  it('inflates zlib data (FlateDecode) as zlib does', async () => {
    const text = new TextEncoder().encode('BT /F1 10.5 Tf 72 700 Td (一、总体情况) Tj ET\n'.repeat(200));
    expect(await inflate(deflateSync(text))).toEqual(text);
  });

  it('refuses what pdfjs must then inflate itself: another format, damaged or cut data, more than its bound', async () => {
    expect(() => new InflatingStream('brotli')).toThrow(TypeError);
    expect(() => new InflatingStream('gzip')).toThrow(TypeError);
    const data = deflateSync(new Uint8Array(4096).fill(48));
    await expect(inflate(data.subarray(0, data.length - 8))).rejects.toThrow();
    await expect(inflate(Uint8Array.of(1, 2, 3, 4, 5))).rejects.toThrow();
    // A small stream that inflates to more than the bound (zlib's output outside V8's heap stays bounded).
    const bomb = deflateSync(new Uint8Array(MAX_OUTPUT + 1024));
    expect(bomb.length).toBeLessThan(200_000);
    await expect(inflate(bomb)).rejects.toThrow(RangeError);
  });
});
