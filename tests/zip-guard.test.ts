import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../src/errors.js';
import { checkZip, inspectZip, isZip } from '../src/readers/zip-guard.js';
import readErrorText from '../src/rules/text/read-error.js';
import { buildZip, deflatedZeros, zipBomb } from './support/zip.js';

function refusal(f: () => unknown): ReadError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return e as ReadError;
  }
  throw new Error('expected a ReadError, nothing was thrown');
}

const honest = buildZip([
  { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>' },
  { name: 'xl/worksheets/sheet1.xml', data: '<worksheet>' + '<row><c><v>1</v></c></row>'.repeat(200) + '</worksheet>' },
  { name: 'docProps/app.xml', data: 'stored', method: 0 },
]);

describe('zip guard: honest archives pass', () => {
  it('reads the structure and verifies sizes', () => {
    expect(isZip(honest)).toBe(true);
    const s = checkZip(honest);
    expect(s.entries.map((e) => e.name)).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml', 'docProps/app.xml']);
    expect(s.totalUncompressed).toBe(s.entries.reduce((a, e) => a + e.uncompressedSize, 0));
  });
  it('accepts an empty archive and a trailing comment', () => {
    expect(checkZip(buildZip([])).entries).toEqual([]);
    const withComment = new Uint8Array([...honest.subarray(0, honest.length - 2), 5, 0, ...new TextEncoder().encode('hello')]);
    expect(checkZip(withComment).entries).toHaveLength(3);
  });
  it('every message id it uses has zh and en text', () => {
    for (const id of ['zipTooManyEntries', 'zipTooLarge', 'zipRatio', 'zipOverlap', 'zipSizeMismatch', 'zipEncrypted', 'zipMethod', 'zipMalformed']) {
      expect(readErrorText.zh.messages).toHaveProperty(id);
      expect(readErrorText.en.messages).toHaveProperty(id);
    }
  });
});

describe('zip guard: refusals', () => {
  it('refuses a 300 KB zip bomb (ratio ≈ 1000:1) without inflating, quickly', () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeGreaterThan(200 * 1024);
    expect(bomb.length).toBeLessThan(400 * 1024);
    const t = performance.now();
    const e = refusal(() => checkZip(bomb));
    const ms = performance.now() - t;
    expect(e.messageId).toBe('zipRatio');
    expect(e.data.limit).toBe(100);
    expect(ms).toBeLessThan(1000);
  });
  it('refuses a declared total over the limit even when each ratio is moderate', () => {
    // Stored entries (ratio 1:1), so only the total can refuse them.
    const big = new Uint8Array(3 * 1024 * 1024);
    const zip = buildZip([{ name: 'a', data: big, method: 0 }, { name: 'b', data: big, method: 0 }]);
    const e = refusal(() => checkZip(zip, { maxTotalUncompressed: 5 * 1024 * 1024 }));
    expect(e.messageId).toBe('zipTooLarge');
  });
  it('refuses too many entries before reading them', () => {
    const zip = buildZip(Array.from({ length: 50 }, (_, i) => ({ name: `f${i}`, data: 'x', method: 0 as const })));
    expect(checkZip(zip, { maxEntries: 50 }).entries).toHaveLength(50);
    expect(refusal(() => checkZip(zip, { maxEntries: 49 })).messageId).toBe('zipTooManyEntries');
  });
  it('refuses entries that share their data (non-recursive zip bomb)', () => {
    const zip = buildZip([
      { name: 'a.xml', data: 'x'.repeat(1000) },
      { name: 'b.xml', shareLocalOf: 0 },
    ]);
    const e = refusal(() => checkZip(zip));
    expect(e.messageId).toBe('zipOverlap');
  });
  it('refuses an archive whose declared size is a lie (inflates past it), with output capped', () => {
    const raw = deflatedZeros(4 * 1024 * 1024); // ~4 KB that inflates to 4 MB
    const zip = buildZip([{ name: 'xl/sharedStrings.xml', raw, declaredSize: raw.length * 50 }]);
    expect(() => inspectZip(zip)).not.toThrow(); // the structure alone looks fine
    const e = refusal(() => checkZip(zip));
    expect(e.messageId).toBe('zipSizeMismatch');
  });
  it('refuses a deflate stream that needs bytes past its declared compressed size', () => {
    const raw = deflatedZeros(100_000);
    const zip = buildZip([{ name: 'a', raw: raw.subarray(0, raw.length - 4), declaredSize: 100_000 }, { name: 'b', data: 'after' }]);
    expect(refusal(() => checkZip(zip)).messageId).toBe('zipMalformed');
  });
  it('refuses encryption and unknown compression methods', () => {
    expect(refusal(() => checkZip(buildZip([{ name: 'a', data: 'x', flags: 1 }]))).messageId).toBe('zipEncrypted');
    const zip = buildZip([{ name: 'a', data: 'x', method: 0 }]);
    // method field of the central record: after the local header (30 + 1 + 1 bytes) at +10
    const m = Buffer.from(zip);
    m.writeUInt16LE(14, 32 + 10);
    expect(refusal(() => checkZip(new Uint8Array(m))).messageId).toBe('zipMethod');
  });
  it('refuses malformed directories: not a zip, truncated, bad offsets, lying counts', () => {
    expect(refusal(() => checkZip(new TextEncoder().encode('not a zip at all, just some text that is long enough'))).messageId).toBe('zipMalformed');
    expect(refusal(() => checkZip(new Uint8Array(0))).messageId).toBe('zipMalformed');
    expect(refusal(() => checkZip(honest.subarray(0, honest.length - 30))).messageId).toBe('zipMalformed');
    const eocd = honest.length - 22;
    const badOffset = Buffer.from(honest);
    badOffset.writeUInt32LE(0x7fffffff, eocd + 16);
    expect(refusal(() => checkZip(new Uint8Array(badOffset))).messageId).toBe('zipMalformed');
    const badCount = Buffer.from(honest);
    badCount.writeUInt16LE(60000, eocd + 8);
    badCount.writeUInt16LE(60000, eocd + 10);
    expect(refusal(() => checkZip(new Uint8Array(badCount), { maxEntries: 100_000 })).messageId).toBe('zipMalformed');
    const badLocal = Buffer.from(honest);
    badLocal.writeUInt32LE(0x12345678, 0);
    expect(refusal(() => checkZip(new Uint8Array(badLocal))).messageId).toBe('zipMalformed');
  });
  it('never throws anything but ReadError on any single-byte corruption or truncation of an archive', () => {
    let refused = 0;
    for (let i = 0; i < honest.length; i++) {
      const m = new Uint8Array(honest);
      m[i] = m[i]! ^ 0xff;
      for (const b of [m, honest.subarray(0, i)]) {
        try {
          checkZip(b);
        } catch (e) {
          expect(e).toBeInstanceOf(ReadError);
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(honest.length);
  });
});

/** Transpiles zip-guard.ts and errors.ts into a temp dir so that a plain `node` child can run them. */
function buildChildModules(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gk-zip-'));
  mkdirSync(join(dir, 'readers'));
  for (const [src, out] of [['src/readers/zip-guard.ts', 'readers/zip-guard.js'], ['src/errors.ts', 'errors.js']] as const) {
    const js = ts.transpileModule(readFileSync(src, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    writeFileSync(join(dir, out), js);
  }
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  // zip-guard.ts inflates with fflate: the child finds it through a link to the project's copy.
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(import.meta.dirname, '..', 'node_modules', 'fflate'), join(dir, 'node_modules', 'fflate'), 'dir');
  return dir;
}

describe('zip bomb measured in a child process', () => {
  it('refuses the 300 KB bomb in well under a second with peak RSS under 200 MB', () => {
    const dir = buildChildModules();
    const bombPath = join(dir, 'bomb.xlsx');
    writeFileSync(bombPath, zipBomb());
    const script = `
      import { readFileSync } from 'node:fs';
      import { checkZip } from './readers/zip-guard.js';
      const bytes = new Uint8Array(readFileSync(${JSON.stringify(bombPath)}));
      const t = performance.now();
      let refused = '';
      try { checkZip(bytes); } catch (e) { refused = e.messageId; }
      const ms = performance.now() - t;
      console.log(JSON.stringify({ size: bytes.length, ms, refused, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
    `;
    writeFileSync(join(dir, 'measure.mjs'), script);
    const r = spawnSync(process.execPath, [join(dir, 'measure.mjs')], { encoding: 'utf8', timeout: 30_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(r.stderr).toBe('');
    const m = JSON.parse(r.stdout.trim()) as { size: number; ms: number; refused: string; maxRssMB: number };
    console.log(`zip bomb: ${(m.size / 1024).toFixed(0)} KB refused as ${m.refused} in ${m.ms.toFixed(2)} ms, peak RSS ${m.maxRssMB.toFixed(1)} MB (whole child process)`);
    expect(m.refused).toBe('zipRatio');
    expect(m.ms).toBeLessThan(1000);
    expect(m.maxRssMB).toBeLessThan(200);
  });
});
