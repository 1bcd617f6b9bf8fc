/**
 * The pure core (issue #15 item 1): its folders import no platform module (`node:…` or a bare builtin
 * such as 'fs') and touch no `process`, so the same checks can run in a browser, a web worker or an edge
 * function. Each source file is parsed (TypeScript's parser, so that comments and the texts of messages,
 * which may well say "process", are not code) and every module it names and every `process` it refers
 * to is listed.
 *
 * Also: the pure replacements of what the core used from Node agree with it — the extension of a file
 * name (node:path extname) and capped inflating (node:zlib inflateRawSync with maxOutputLength).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { extname, join, posix } from 'node:path';
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { extensionOf, readerFor } from '../src/readers/index.js';
import { checkZip, inflateCapped } from '../src/readers/zip-guard.js';
import { ReadError } from '../src/errors.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';
import { buildZip } from './support/zip.js';

/**
 * The pure core, from the repository's root (the layers below src/node in src/ARCHITECTURE.md, and
 * src/core.ts, their entry): one list, kept with .dependency-cruiser.cjs.
 */
const CORE_FOLDERS: readonly string[] = [
  'src/format',
  'src/model',
  'src/messages',
  'src/readers',
  'src/analysis',
  'src/rules',
  'src/check',
  'src/renderers',
  'src/formatters',
  'src/lists.ts',
  'src/memo.ts',
  'src/terminal.ts',
  'src/version.ts',
  'src/errors.ts',
  'src/size.ts',
  'src/core.ts',
];

const ROOT = join(import.meta.dirname, '..');

function sourcesUnder(folder: string): string[] {
  if (statSync(join(ROOT, folder)).isFile()) return [folder];
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, folder)).sort()) {
    const rel = `${folder}/${name}`;
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...sourcesUnder(rel));
    else if (/\.(ts|mts|js|mjs)$/.test(name)) out.push(rel);
  }
  return out;
}

function isPlatformModule(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(specifier) || builtinModules.includes(specifier.split('/')[0]!);
}

const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'window', 'self']);

/** Whether an identifier `process` names a property (`x.process`, `{ process: 1 }`) rather than the global. */
function namesProperty(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return !(ts.isIdentifier(p.expression) && GLOBAL_OBJECTS.has(p.expression.text));
  return (ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) || ts.isMethodSignature(p)) && p.name === id;
}

/** Whether a node sits in a type (`typeof Buffer` in a type annotation names no value at run time). */
function inType(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) if (ts.isTypeNode(n)) return true;
  return false;
}

/**
 * Each platform module a source names (imports, re-exports, import(), require, import types) and each use
 * of `process` or of Node's global `Buffer` (a browser has neither), as "file:line what".
 */
function platformUses(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const at = (node: ts.Node): string => `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const named = (spec: ts.Node | undefined): void => {
    if (spec && ts.isStringLiteralLike(spec) && isPlatformModule(spec.text)) found.push(`${at(spec)} imports '${spec.text}'`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) named(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) named(node.moduleReference.expression);
    else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) named(node.arguments[0]);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) named(node.argument.literal);
    else if (ts.isIdentifier(node) && node.text === 'process' && !namesProperty(node)) found.push(`${at(node)} uses process`);
    else if (ts.isIdentifier(node) && node.text === 'Buffer' && !namesProperty(node) && !inType(node)) found.push(`${at(node)} uses Buffer`);
    else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression) && node.argumentExpression.text === 'process') found.push(`${at(node)} uses process`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('pure core: no platform module, no process, no Buffer', () => {
  it(`no file under ${CORE_FOLDERS.join(', ')} imports a node: module or a builtin, or uses process or Buffer`, () => {
    const files = CORE_FOLDERS.flatMap((folder) => {
      const inFolder = sourcesUnder(folder);
      expect(inFolder.length, `${folder} has no source file: is the list out of date?`).toBeGreaterThan(0);
      return inFolder;
    });
    const uses = files.flatMap((file) => platformUses(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(uses).toEqual([]);
  });

  it('the scan finds every way of naming a platform module or process', () => {
    const code = [
      "import { readFileSync } from 'node:fs';",
      "import { inflateRawSync } from 'node:zlib';",
      "import { extname } from 'node:path';",
      "import fs from 'fs';",
      "import { readFile } from 'fs/promises';",
      "import type { Readable } from 'node:stream';",
      "export { join } from 'path';",
      "export * from 'node:crypto';",
      "const os = await import('node:os');",
      "const cp = require('child_process');",
      "type T = import('node:buffer').Blob;",
      'const home = process.env.HOME;',
      'const p = globalThis.process;',
      "const q = globalThis['process'];",
      "if (typeof process !== 'undefined') {}",
      'const o = { process };',
      'const b = Buffer.from(bytes);',
      'if (Buffer.isBuffer(x)) {}',
    ];
    const uses = platformUses('x.ts', code.join('\n'));
    expect(uses).toHaveLength(code.length);
    expect(uses.map((u) => Number(/^x\.ts:(\d+)/.exec(u)![1]))).toEqual(code.map((_, i) => i + 1));
  });

  it('and nothing else: comments, messages, names that contain "process", properties, packages', () => {
    const code = [
      "// import { readFileSync } from 'node:fs'; process.exit(1)",
      "/** Reads with node:zlib; the checking process stops. */",
      "const message = 'The process checking this file stopped; see node:fs';",
      'const text = `information processing fee ${count} process`;',
      "import { z } from 'zod';",
      "import { Inflate } from 'fflate';",
      "import { parse } from './process.js';",
      "import x from '../../schemas/format/cells.json' with { type: 'json' };",
      'function processFile() {}',
      'const r = result.process;',
      'const o = { process: 1 };',
      'interface I { process: number }',
      'const re = /process/;',
      'const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;',
      'let b: Buffer | undefined;',
    ];
    expect(platformUses('y.ts', code.join('\n'))).toEqual([]);
  });
});

describe('the extension of a file name: as node:path extname, lower-cased, on every platform', () => {
  it('agrees with extname on names of dots, slashes and letters', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'B', '.', '/', 'x', 'J', 'ó'), maxLength: 12 });
    fc.assert(
      fc.property(name, (p) => {
        expect(extensionOf(p)).toBe(posix.extname(p).toLowerCase());
        // A backslash separates folders as a slash does (Windows paths).
        expect(extensionOf(p.replaceAll('/', '\\'))).toBe(posix.extname(p).toLowerCase());
      }),
      { numRuns: 2000, seed: 15 },
    );
    for (const p of ['.json', '..', '..json', 'a.', 'dir.x/y', 'r/REPORT.DOCX', 'a.json//', 'C:\\reports.2023\\x.Xlsx', 'C:\\d\\.json', '']) {
      expect(extensionOf(p), p).toBe(extname(p.replaceAll('\\', '/')).toLowerCase());
    }
  });

  it('picks the reader by it', () => {
    expect(readerFor('reports.2023/a.DOCX')?.name).toBe('docx');
    expect(readerFor('C:\\reports.2023\\a.Xlsx')?.name).toBe('xlsx');
    expect(readerFor('reports/.json')).toBeUndefined();
    expect(readerFor('reports.json/readme')).toBeUndefined();
  });

  it('end to end: upper-case extensions in a folder with a dot in its name are read as before', async () => {
    const dir = join(tempDir('gongkai-ext-'), 'reports.2023');
    mkdirSync(dir);
    copyFileSync(join(ROOT, 'fixtures/readers/docx/pingtan-2023.docx'), join(dir, 'PINGTAN.DOCX'));
    copyFileSync(join(ROOT, 'samples/broken-2023.json'), join(dir, 'BROKEN.JSON'));
    // The sample is pingtan-2023 under another agency's name (a department of 平潭): batch-copied-text and
    // batch-rollup (the docx is 平潭's summary of 2023) name the other file, whose name differs here.
    const copied = ['--rule', 'batch-copied-text=off', '--rule', 'batch-rollup=off'];
    const upper = await runCli(['check', '-f', 'json', ...copied, join(dir, 'PINGTAN.DOCX'), join(dir, 'BROKEN.JSON')]);
    const lower = await runCli(['check', '-f', 'json', ...copied, join(ROOT, 'fixtures/readers/docx/pingtan-2023.docx'), join(ROOT, 'samples/broken-2023.json')]);
    const rows = (out: string) =>
      (JSON.parse(out) as { files: { reader: string; readable: boolean; diagnostics: { ruleId: string; message: string }[] }[] }).files
        .map((f) => ({ reader: f.reader, readable: f.readable, findings: f.diagnostics.map((d) => `${d.ruleId}: ${d.message}`) }))
        .sort((a, b) => a.reader.localeCompare(b.reader));
    expect(upper.code).toBe(lower.code);
    expect(rows(upper.stdout)).toEqual(rows(lower.stdout));
    expect(rows(upper.stdout).map((f) => [f.reader, f.readable, f.findings.length > 0])).toEqual([
      ['docx', true, true],
      ['json', true, true],
    ]);
  });
});

type Inflated = Uint8Array | 'too-large' | 'damaged';

/** What node:zlib says of the same data and cap: the reference the fflate-based inflater replaces. */
function zlibInflate(data: Uint8Array, cap: number): Inflated {
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
    return out.length > cap ? 'too-large' : new Uint8Array(out);
  } catch (e) {
    return (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'damaged';
  }
}

describe('capped inflating (fflate): the same outcomes as node:zlib inflateRawSync with maxOutputLength', () => {
  const sample = new TextEncoder().encode('<w:p><w:r><w:t>本年度新收政府信息公开申请 12 件</w:t></w:r></w:p>'.repeat(400));
  const deflated = new Uint8Array(deflateRawSync(sample));

  it('edge cases: exact, short and long caps, empty, truncated, trailing bytes, no last block, stored blocks, not deflate', () => {
    const noLastBlock = new Uint8Array(deflateRawSync(sample, { finishFlush: constants.Z_SYNC_FLUSH }));
    const cases: [string, Uint8Array, number][] = [
      ['exact cap', deflated, sample.length],
      ['cap one short', deflated, sample.length - 1],
      ['cap larger', deflated, sample.length + 100],
      ['cap 0', deflated, 0],
      ['empty data', new Uint8Array(0), 10],
      ['empty data, cap 0', new Uint8Array(0), 0],
      ['empty stream', new Uint8Array(deflateRawSync(new Uint8Array(0))), 0],
      ['truncated by one byte', deflated.subarray(0, deflated.length - 1), sample.length],
      ['truncated to one byte', deflated.subarray(0, 1), sample.length],
      ['trailing bytes', new Uint8Array([...deflated, 1, 2, 3, 4]), sample.length],
      ['no last block', noLastBlock, sample.length],
      ['stored blocks', new Uint8Array(deflateRawSync(sample, { level: 0 })), sample.length],
      ['stored blocks, cap short', new Uint8Array(deflateRawSync(sample, { level: 0 })), 100],
      ['not deflate', new Uint8Array([0xff, 0xff, 0xff, 0xff]), 100],
    ];
    for (const [what, data, cap] of cases) expect(inflateCapped(data, cap), what).toEqual(zlibInflate(data, cap));
    expect(inflateCapped(deflated, sample.length)).toEqual(sample);
  });

  it('on generated, cut, extended and damaged streams', () => {
    const stream = fc
      .record({
        plain: fc.uint8Array({ maxLength: 40_000, min: 0, max: 7 }),
        level: fc.integer({ min: 0, max: 9 }),
        change: fc.oneof(
          fc.constant({ kind: 'none' as const }),
          fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
          fc.record({ kind: fc.constant('extend' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 20 }) }),
          fc.record({ kind: fc.constant('flip' as const), at: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 3 }) }),
        ),
        cap: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 50_000 })),
      })
      .map(({ plain, level, change, cap }) => {
        let data = new Uint8Array(deflateRawSync(plain, { level }));
        if (change.kind === 'cut') data = data.subarray(0, Math.floor(change.at * data.length));
        if (change.kind === 'extend') data = new Uint8Array([...data, ...change.bytes]);
        if (change.kind === 'flip') {
          data = new Uint8Array(data);
          for (const [at, bit] of change.at) data[Math.min(data.length - 1, Math.floor(at * data.length))]! ^= 1 << bit;
        }
        return { data, cap: cap < 0 ? plain.length : cap };
      });
    fc.assert(
      fc.property(stream, ({ data, cap }) => {
        expect(inflateCapped(data, cap)).toEqual(zlibInflate(data, cap));
      }),
      { numRuns: 400, seed: 15 },
    );
  });

  it('stops at the cap: an entry that says 1 MB and inflates to 1 GB is refused in well under a second', () => {
    // 64 independent deflate streams of 16 MB of zeros, each flushed to a byte boundary, then a last empty block: ~1 MB that inflates to 1 GB.
    const part = deflateRawSync(new Uint8Array(16 << 20), { finishFlush: constants.Z_SYNC_FLUSH });
    const raw = new Uint8Array(Buffer.concat([...Array<Buffer>(64).fill(part), deflateRawSync(new Uint8Array(0))]));
    expect(raw.length).toBeLessThan(1.1e6);
    const zip = buildZip([{ name: 'word/document.xml', raw, declaredSize: 1 << 20 }]);
    const started = performance.now();
    let refused: unknown;
    try {
      checkZip(zip);
    } catch (e) {
      refused = e;
    }
    const ms = performance.now() - started;
    expect(refused).toBeInstanceOf(ReadError);
    expect((refused as ReadError).messageId).toBe('zipSizeMismatch');
    expect(ms).toBeLessThan(1000);
  });
});
