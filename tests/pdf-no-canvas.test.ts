/**
 * A checking process loads no native canvas for pdfjs (src/node/no-canvas.ts): pdfjs-dist requires
 * @napi-rs/canvas when it loads, for drawing globals the reader removes again; in a checking process a
 * stand-in takes its place. The same PDF reads to the same report with and without it, the native binding is
 * never loaded with it, and the stand-in's globals are gone after loading (pdf-load.ts). Each side in a fresh
 * child process (the module cache is per process), from the built dist/.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const PDF = join(ROOT, 'fixtures/readers/pdf/chromium-agency-page-pingtan-2020/input.pdf');

/** Reads the PDF in a fresh process, with the stand-in or not: the report, the native modules loaded, the globals left. */
function readIn(standIn: boolean): { report: unknown; native: string[]; globals: string[] } {
  const script = `
    const { createRequire } = await import('node:module');
    const require = createRequire(${JSON.stringify(join(ROOT, 'package.json'))});
    ${standIn ? `(await import(${JSON.stringify(join(ROOT, 'dist/node/no-canvas.js'))})).pdfjsWithoutCanvas();` : ''}
    const { readReport } = await import(${JSON.stringify(join(ROOT, 'dist/node/file.js'))});
    const report = await readReport(${JSON.stringify(PDF)});
    const native = Object.keys(require.cache).filter((k) => k.includes('@napi-rs') && /binding|\\.node$/.test(k));
    const globals = ['DOMMatrix', 'ImageData', 'Path2D'].filter((g) => g in globalThis);
    process.stdout.write(JSON.stringify({ report: { ...report, path: undefined }, native, globals }));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { report: unknown; native: string[]; globals: string[] };
}

describe('a checking process loads no native canvas for pdfjs', () => {
  it('the same report, no native binding loaded, no drawing global left', () => {
    const plain = readIn(false);
    const without = readIn(true);
    // The package is installed (an optional dependency of pdfjs-dist): without the stand-in it is loaded.
    expect(plain.native.length).toBeGreaterThan(0);
    expect(without.native).toEqual([]);
    expect(without.globals).toEqual([]);
    expect(without.report).toEqual(plain.report);
    expect(JSON.stringify(without.report)).toContain('t3');
  });
});
