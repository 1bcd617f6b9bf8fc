/**
 * gongkai's checking processes take the platform's DecompressionStream away (src/node/inflate.ts), so pdfjs
 * inflates a PDF's streams with its own synchronous inflate — much faster in Node than web streams over
 * zlib's thread pool. Here every PDF fixture is read both ways, in this process: the same report, every cell,
 * box, heading and text, and the same findings. A pdfjs update whose two paths differ fails here.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CASES } from '../scripts/make-pdf-fixtures.mjs';
import { read, checkReport } from '../src/index.js';
import { inflateInProcess } from '../src/node/inflate.js';

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

describe('pdfjs inflating in the process reads every PDF as web streams do', () => {
  it('Node has a DecompressionStream to take away', () => {
    expect(typeof platform).toBe('function');
  });
  it.each(cases)('%s', async (name) => {
    const file = join(DIR, name, 'input.pdf');
    (globalThis as { DecompressionStream?: unknown }).DecompressionStream = platform;
    const streamed = await reading(file);
    inflateInProcess();
    expect('DecompressionStream' in globalThis).toBe(false);
    const inflated = await reading(file);
    // A report read (the scanned one: the one clear error, no text layer; the one whose text layer gives
    // other characters: that error), never a failure of the reading.
    const expected = CASES.find((c) => c.name === name)?.expect;
    expect(inflated).toMatch(expected === 'no-text-layer' ? /pdfNoText/ : expected === 'wrong-characters' ? /pdfWrongChars/ : /"t3"/);
    expect(inflated).toBe(streamed);
  });
});
