/**
 * `Uint8Array.prototype.toBase64` as a checking process installs it before pdfjs loads (src/node/base64.ts):
 * the proposal's results and errors, the same strings as core-js's (pdfjs-dist's own, which it replaces), and
 * pdfjs keeping it when it loads and reading a PDF as before with it. Each in a fresh child process, from the
 * built dist/: the method is installed on that process's Uint8Array, never on this test process's.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const BASE64 = JSON.stringify(join(ROOT, 'dist/node/base64.js'));
const FILE = JSON.stringify(join(ROOT, 'dist/node/file.js'));
const PDF = JSON.stringify(join(ROOT, 'fixtures/readers/pdf/chromium-agency-page-pingtan-2020/input.pdf'));

/** Runs an ES module script with Node in the project folder; its stdout parsed as JSON. */
function run(script: string): unknown {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

/** The cases: byte strings of every length to 10 and a long one, each way of asking. */
const CASES = `
const bytes = [];
for (let n = 0; n <= 10; n++) bytes.push(Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 255));
bytes.push(Uint8Array.from({ length: 70000 }, (_, i) => (i * 7919) & 255));
// A view into the middle of a larger buffer.
bytes.push(new Uint8Array(Uint8Array.from({ length: 40 }, (_, i) => 255 - i).buffer, 5, 13));
const options = [undefined, {}, { alphabet: 'base64' }, { alphabet: 'base64url' }, { omitPadding: true }, { alphabet: 'base64url', omitPadding: true }, { alphabet: 'base64', omitPadding: 1 }];
const results = bytes.flatMap((b) => options.map((o) => (o === undefined ? b.toBase64() : b.toBase64(o))));
const errors = [null, 1, 'base64', { alphabet: 'hex' }].map((o) => { try { new Uint8Array(3).toBase64(o); return 'no error'; } catch (e) { return e.constructor.name; } });
let notArray;
try { Uint8Array.prototype.toBase64.call([1, 2, 3]); notArray = 'no error'; } catch (e) { notArray = e.constructor.name; }
`;

describe('toBase64 written on Node\'s base64 (checking processes)', () => {
  it('gives what the proposal says, as core-js does, and pdfjs keeps it', () => {
    const ours = run(`
      const { nativeBase64 } = await import(${BASE64});
      const before = typeof Uint8Array.prototype.toBase64;
      nativeBase64();
      const mine = Uint8Array.prototype.toBase64;
      ${CASES}
      await import('pdfjs-dist/legacy/build/pdf.mjs');
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      console.log(JSON.stringify({ before, results, errors, notArray, kept: Uint8Array.prototype.toBase64 === mine, enumerable: Object.keys(Uint8Array.prototype).includes('toBase64') }));
    `) as Record<string, unknown>;
    const coreJs = run(`
      await import('pdfjs-dist/legacy/build/pdf.mjs');
      ${CASES}
      console.log(JSON.stringify({ results, errors, notArray }));
    `) as Record<string, unknown>;
    // Node 20 has none of its own; where a newer Node has one, it is kept (and the comparison still holds).
    if (ours.before === 'undefined') expect(ours.kept).toBe(true);
    expect(ours.enumerable).toBe(false);
    expect(ours.results).toEqual(coreJs.results);
    expect(ours.errors).toEqual(['TypeError', 'TypeError', 'TypeError', 'TypeError']);
    expect(ours.errors).toEqual(coreJs.errors);
    expect(ours.notArray).toBe('TypeError');
    // Known answers (RFC 4648 test vectors and the two alphabets).
    const known = run(`
      const { nativeBase64 } = await import(${BASE64});
      nativeBase64();
      const t = new TextEncoder();
      console.log(JSON.stringify(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map((s) => t.encode(s).toBase64()).concat([
        new Uint8Array([251, 255]).toBase64(), new Uint8Array([251, 255]).toBase64({ alphabet: 'base64url' }), new Uint8Array([251, 255]).toBase64({ alphabet: 'base64url', omitPadding: true }),
      ])));
    `);
    expect(known).toEqual(['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy', '+/8=', '-_8=', '-_8']);
  });

  it('is what pdfjs calls for every embedded font of a PDF read, and the PDF reads the same with it', () => {
    const reading = (installed: boolean): { report: unknown; calls: number } =>
      run(`
        ${installed ? `(await import(${BASE64})).nativeBase64();` : "await import('pdfjs-dist/legacy/build/pdf.mjs');"}
        // Counted: a method written in JavaScript that gives the right answers, which core-js also keeps.
        const method = Uint8Array.prototype.toBase64;
        let calls = 0;
        Object.defineProperty(Uint8Array.prototype, 'toBase64', { value: function (...a) { calls++; return method.apply(this, a); }, writable: true, configurable: true });
        const { readReport } = await import(${FILE});
        const report = await readReport(${PDF});
        process.stdout.write(JSON.stringify({ report: { ...report, path: undefined }, calls }));
      `) as { report: unknown; calls: number };
    const theirs = reading(false);
    const ours = reading(true);
    // One call per font (and core-js's own look at the method when pdfjs loads after it).
    expect(ours.calls).toBeGreaterThan(1);
    expect(theirs.calls).toBeGreaterThan(1);
    expect(ours.report).toEqual(theirs.report);
  });
});
