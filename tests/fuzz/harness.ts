/**
 * Fuzz harness shared by `npm run fuzz` (tests/fuzz/*.fuzz.ts, ≥ 10,000 cases per reader) and the
 * fixed-seed sample in the normal tests (tests/fuzz-sample.test.ts).
 *
 * One case = bytes written to a temp file with the reader's extension (or a wrong one), then the
 * whole per-file pipeline: readReport → checkReport → every renderer. The property: the only thing
 * allowed to escape is a ReadError (the file is reported unreadable, as checkFile does); anything else
 * thrown is a crash. Each case's time is measured; a case over HANG_MS counts as a hang.
 * Object.prototype is checked after every case (no pollution).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import fc from 'fast-check';
import { checkReport, unreadableResult } from '../../src/check/check.js';
import { readReport } from '../../src/node/file.js';
import { ReadError } from '../../src/errors.js';
import type { FileResult } from '../../src/model/diagnostic.js';
import type { Report } from '../../src/model/report.js';
import { READERS } from '../../src/readers/index.js';
import { renderCsv } from '../../src/renderers/csv.js';
import { renderNormalizedJson } from '../../src/renderers/normalized-json.js';
import { buildZip } from '../support/zip.js';

/** A case slower than this is a hang (generous: the machine is shared). */
const HANG_MS = 10_000;

export interface Stats {
  reader: string;
  cases: number;
  readable: number;
  unreadable: number;
  crashes: number;
  hangs: number;
  slowestMs: number;
  /** Counts of unreadable message ids, to see that refusals are varied and meaningful. */
  refusals: Record<string, number>;
}

function newStats(reader: string): Stats {
  return { reader, cases: 0, readable: 0, unreadable: 0, crashes: 0, hangs: 0, slowestMs: 0, refusals: {} };
}

export function formatStats(s: Stats): string {
  const top = Object.entries(s.refusals).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v}`).join(', ');
  return `[fuzz] ${s.reader}: ${s.cases} cases — readable ${s.readable}, unreadable ${s.unreadable}, crashes ${s.crashes}, hangs ${s.hangs}; slowest ${s.slowestMs.toFixed(1)} ms${top ? `; refusals: ${top}` : ''}`;
}

type Renderer = (r: Report) => string | Uint8Array | Promise<string | Uint8Array>;

/** Every renderer present in the tree (the HTML renderer is optional: it may not exist yet). */
async function loadRenderers(): Promise<Record<string, Renderer>> {
  const out: Record<string, Renderer> = { json: renderNormalizedJson, csv: renderCsv };
  try {
    const mod = (await import('../../src/renderers/html.js' as string)) as Record<string, unknown>;
    const fn = Object.entries(mod).find(([k, v]) => typeof v === 'function' && /^render/i.test(k))?.[1] ?? mod.default;
    if (typeof fn === 'function') out.html = fn as Renderer;
  } catch {
    /* not there yet */
  }
  return out;
}

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

function assertNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || Object.getOwnPropertyNames(Object.prototype).sort().join(',') !== PROTO_KEYS) {
    throw new Error('Object.prototype was modified');
  }
}

function assertResultShape(r: FileResult): void {
  if (typeof r.readable !== 'boolean' || !Array.isArray(r.diagnostics)) throw new Error('malformed FileResult');
  if (!r.readable && r.diagnostics.length === 0) throw new Error('unreadable file without a diagnostic');
  for (const d of r.diagnostics) {
    if (typeof d.message !== 'string' || d.message.length === 0) throw new Error(`diagnostic ${d.ruleId}/${d.messageId} without a message`);
  }
  JSON.stringify(r); // results must serialize (--format json)
}

class Case {
  private n = 0;
  constructor(
    readonly dir: string,
    readonly stats: Stats,
    readonly renderers: Record<string, Renderer>,
  ) {}

  /** Runs one input through the pipeline; throws (failing the property) on a crash or hang. */
  async run(bytes: Uint8Array, ext: string, encoding?: string): Promise<void> {
    const path = join(this.dir, `case-${this.n++ % 8}${ext}`);
    writeFileSync(path, bytes);
    const t = performance.now();
    this.stats.cases++;
    let result: FileResult;
    try {
      let report: Report;
      try {
        report = await readReport(path, encoding ? { encoding } : {});
      } catch (e) {
        if (!(e instanceof ReadError)) throw e;
        result = unreadableResult(path, { ruleId: e.ruleId, messageId: e.messageId, data: e.data, location: {} }, { lang: 'en' });
        this.stats.unreadable++;
        this.stats.refusals[`${e.ruleId}/${e.messageId}`] = (this.stats.refusals[`${e.ruleId}/${e.messageId}`] ?? 0) + 1;
        assertResultShape(result);
        assertNoPollution();
        return;
      }
      result = checkReport(report, { lang: 'en' });
      assertResultShape(result);
      for (const render of Object.values(this.renderers)) await render(report);
      this.stats.readable++;
      assertNoPollution();
    } catch (e) {
      this.stats.crashes++;
      throw e;
    } finally {
      const ms = performance.now() - t;
      this.stats.slowestMs = Math.max(this.stats.slowestMs, ms);
      if (ms > HANG_MS) {
        this.stats.hangs++;
        // eslint-disable-next-line no-unsafe-finally
        const head = JSON.stringify(new TextDecoder().decode(bytes.subarray(0, 80)));
        throw new Error(`case took ${ms.toFixed(0)} ms (hang threshold ${HANG_MS} ms): ${ext}, ${bytes.length} bytes, starting ${head}`);
      }
    }
  }
}

function tempDir(name: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `gk-fuzz-${name}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Sample files of an extension found under fixtures/ and samples/ (seeds for mutation). */
export function seedFiles(ext: string, limit = 40): Uint8Array[] {
  const out: Uint8Array[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const n of names) {
      if (out.length >= limit) return;
      const p = join(dir, n);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else if (extname(n).toLowerCase() === ext && s.size < 2 * 1024 * 1024) out.push(new Uint8Array(readFileSync(p)));
    }
  };
  walk('samples');
  walk('fixtures');
  return out;
}

/** The extensions of every reader registered now. */
export function registeredReaders(): { name: string; ext: string }[] {
  return READERS.map((r) => ({ name: r.name, ext: r.extensions[0]! }));
}

// ---------------------------------------------------------------------------------------------
// Generic arbitraries

/** Strings that have broken parsers before: numbers that are not, formulas, markup, huge digits. */
export const nastyString = fc.constantFrom(
  'NaN', 'Infinity', '-Infinity', '1e309', '-1e309', '1e-400', '-0', '0x1F', '0b11', '1_000', '1,234', '１２３', '一二三', '壹佰',
  '=1+1', '+1', '-1', '@SUM(A1)', '\t1', '\r1', '=HYPERLINK("http://x","y")', "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '\u0000', '\uFFFD', '\uD800', '\u202E',
  '9'.repeat(400), '-' + '9'.repeat(400), '0.' + '0'.repeat(300) + '1', '/', '—', '-', '无', '', ' ', '\n', '{value}', '{reason}',
  '申请人数', '本年新收政府信息公开申请数量', '四、结转下年度继续办理', '一、总体情况', '万元', '12万元', '-5', '3.14159',
);

export const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 200_000 }).chain((n) => fc.constantFrom('a', '数', '1', ' ', '"').map((c) => c.repeat(n))) },
);

/** Mutations of seed bytes: truncation, flipped bytes, inserted/deleted/duplicated ranges. */
export function mutated(seeds: Uint8Array[]): fc.Arbitrary<Uint8Array> {
  if (seeds.length === 0) return fc.uint8Array({ maxLength: 512 });
  return fc
    .record({
      seed: fc.integer({ min: 0, max: seeds.length - 1 }),
      ops: fc.array(
        fc.record({
          kind: fc.constantFrom('truncate', 'flip', 'insert', 'delete', 'duplicate', 'zero'),
          at: fc.double({ min: 0, max: 1, noNaN: true }),
          len: fc.integer({ min: 1, max: 64 }),
          bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    })
    .map(({ seed, ops }) => {
      let b = seeds[seed]!;
      for (const op of ops) {
        const at = Math.floor(op.at * b.length);
        const copy = (): Uint8Array => new Uint8Array(b);
        switch (op.kind) {
          case 'truncate':
            b = b.subarray(0, at);
            break;
          case 'flip': {
            const c = copy();
            for (let i = 0; i < op.bytes.length && at + i < c.length; i++) c[at + i] = c[at + i]! ^ (op.bytes[i]! || 1);
            b = c;
            break;
          }
          case 'insert':
            b = concat(b.subarray(0, at), op.bytes, b.subarray(at));
            break;
          case 'delete':
            b = concat(b.subarray(0, at), b.subarray(at + op.len));
            break;
          case 'duplicate':
            b = concat(b.subarray(0, at + op.len), b.subarray(at, at + op.len), b.subarray(at + op.len));
            break;
          case 'zero': {
            const c = copy();
            c.fill(0, at, at + op.len);
            b = c;
            break;
          }
        }
      }
      return b;
    });
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const enc = new TextEncoder();
export const utf8 = (s: string): Uint8Array => enc.encode(s);

/** Inputs every reader must survive, whatever its format. */
/** Bytes of other formats (and of no format) to put under a reader's extension. */
function foreignBytes(): Uint8Array[] {
  return [
    utf8('{"title":"平潭综合实验区2021年度政府信息公开工作年度报告","tables":{}}'),
    utf8('项目,数量\r\n本年新收政府信息公开申请数量,12\r\n'),
    utf8('<!doctype html><html><body><table><tr><td>申请人数</td><td>3</td></tr></table></body></html>'),
    utf8('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n'),
    new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), // OLE (.xls/.doc)
    buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document/>' }]),
    buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]),
    new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03]), // gzip
  ];
}

/** Inputs every reader must survive, whatever its format. */
export function genericInputs(ext: string, seeds: Uint8Array[], otherExts: string[]): FuzzSource[] {
  const sep = fc.constantFrom('\n', ',', '\t', ' ', '\r\n', '\r');
  const foreign = foreignBytes();
  const others = otherExts.filter((e) => e !== ext);
  const sources: FuzzSource[] = [
    { name: 'empty', weight: 1, arb: fc.constant({ bytes: new Uint8Array(0), ext }) },
    { name: 'random bytes', weight: 8, arb: fc.uint8Array({ maxLength: 4096 }).map((bytes) => ({ bytes, ext })) },
    { name: 'random unicode', weight: 8, arb: fc.tuple(fc.array(anyText, { maxLength: 30 }), sep).map(([a, s]) => ({ bytes: utf8(a.join(s)), ext })) },
    { name: 'mutated seed', weight: 20, arb: mutated(seeds).map((bytes) => ({ bytes, ext })) },
    { name: 'other formats under this extension', weight: 3, arb: mutated(foreign).map((bytes) => ({ bytes, ext })) },
    {
      name: 'bogus --encoding',
      weight: 2,
      arb: fc.tuple(mutated(seeds), fc.constantFrom('gbk', 'big5', 'gb18030', 'utf-16le', 'latin1', 'nonsense-enc', 'utf-8', '')).map(([bytes, encoding]) => ({ bytes, ext, ...(encoding ? { encoding } : {}) })),
    },
  ];
  // This format's bytes under another reader's extension.
  if (others.length > 0) sources.push({ name: 'this format under another extension', weight: 3, arb: fc.tuple(mutated(seeds), fc.constantFrom(...others)).map(([bytes, e]) => ({ bytes, ext: e })) });
  return sources;
}

export interface FuzzSource {
  name: string;
  weight: number;
  arb: fc.Arbitrary<{ bytes: Uint8Array; ext: string; encoding?: string }>;
}

/**
 * Runs `total` cases of `sources` (split by weight) through the pipeline. Fails on the first crash or
 * hang, with fast-check's shrunk counterexample.
 */
export async function fuzzReader(readerName: string, ext: string, sources: FuzzSource[], total: number, seed: number): Promise<Stats> {
  const stats = newStats(readerName);
  const renderers = await loadRenderers();
  const { dir, cleanup } = tempDir(readerName);
  const c = new Case(dir, stats, renderers);
  const weights = sources.reduce((a, s) => a + s.weight, 0);
  try {
    let i = 0;
    let assigned = 0;
    for (const s of sources) {
      const runs = i++ === sources.length - 1 ? total - assigned : Math.max(1, Math.round((total * s.weight) / weights));
      assigned += runs;
      try {
        await fc.assert(
          fc.asyncProperty(s.arb, async (input) => {
            await c.run(input.bytes, input.ext, input.encoding);
          }),
          // No shrinking: re-running slow cases to shrink them takes far longer than the run.
          { numRuns: runs, seed: seed + i, endOnFailure: true },
        );
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        const cause = e instanceof Error && e.cause instanceof Error ? `${e.cause.name}: ${e.cause.message}\n${e.cause.stack?.split('\n').slice(1, 8).join('\n') ?? ''}\n` : '';
        throw new Error(`${readerName}, inputs "${s.name}": ${cause}${msg.slice(0, 1500)}`);
      }
    }
  } finally {
    cleanup();
  }
  void ext;
  return stats;
}

// ---------------------------------------------------------------------------------------------
// CLI level: malformed files through main() with a fake io.

export interface CliStats {
  cases: number;
  exit: Record<number, number>;
}

/**
 * Runs `total` malformed files (mutated seeds of every format, random bytes, any extension) through
 * `main()` with check/convert: the exit code must be 1 or 2 (0 only for a readable report), and
 * neither stream may show a stack trace or an internal error.
 */
export async function fuzzCli(total: number, seed: number): Promise<CliStats> {
  const { main } = await import('../../src/cli/main.js');
  const exts = [...registeredReaders().map((r) => r.ext), '.tsv', '.htm', '.pdf', ''];
  const seeds = exts.flatMap((e) => (e ? seedFiles(e, 6) : []));
  const stats: CliStats = { cases: 0, exit: {} };
  const { dir, cleanup } = tempDir('cli');
  const commands = fc.constantFrom<string[]>(['check'], ['check', '--format', 'json'], ['check', '--format', 'html'], ['convert', '--to', 'json'], ['convert', '--to', 'csv'], ['convert', '--to', 'html', '--annotate']);
  try {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated(seeds), fc.uint8Array({ maxLength: 2048 })), fc.constantFrom(...exts), commands, fc.constantFrom('zh', 'en'), async (bytes, ext, cmd, lang) => {
        const path = join(dir, `case${ext}`);
        writeFileSync(path, bytes);
        let out = '';
        let err = '';
        const [command, ...rest] = cmd;
        const code = await main([command!, path, ...rest, '--lang', lang], { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, env: { NO_COLOR: '1' }, cwd: dir });
        stats.cases++;
        stats.exit[code] = (stats.exit[code] ?? 0) + 1;
        if (![0, 1, 2].includes(code)) throw new Error(`exit ${code}`);
        if (/\n\s+at .+:\d+:\d+/.test(out + err)) throw new Error(`stack trace printed: ${(out + err).slice(0, 500)}`);
        if (/internal error|内部错误/.test(err)) throw new Error(`internal error: ${err.slice(0, 500)}`);
      }),
      { numRuns: total, seed, endOnFailure: true },
    );
  } finally {
    cleanup();
  }
  return stats;
}
