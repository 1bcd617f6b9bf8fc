/**
 * Long lists from one hostile file: nothing in src/ passes a list as arguments (`Math.max(...list)`
 * throws "Maximum call stack size exceeded" past about 120,000 of them, and the whole file was then
 * `tooComplex`), nothing reads a string back while building it (quadratic), and a JSON report of more
 * values than any report has is refused with that reason before the schema check builds an issue for
 * each.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../src/check/bytes.js';
import { checkReport } from '../src/check/check.js';
import { maxOf, minOf } from '../src/lists.js';
import type { Report } from '../src/model/report.js';
import { joinPieces } from '../src/readers/pdf-grid.js';
import { textItems } from '../src/readers/pdf-page.js';
import { zh } from './support/pdf.js';
import { twoPageReport } from './support/pdf-fonts.js';
import { readError } from './support/read-error.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin/gongkai.js');

/** True when a `Math.max(` or `Math.min(` on `line` has an argument of its own that is a spread (`...x`, not `[...x]`). */
function spreadArgument(line: string): boolean {
  for (const m of line.matchAll(/Math\.(max|min)\(/g)) {
    let depth = 1;
    for (let i = m.index + m[0].length; i < line.length && depth > 0; i++) {
      const c = line[i]!;
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth--;
      else if (depth === 1 && line.startsWith('...', i)) return true;
    }
  }
  return false;
}

describe('maxOf and minOf', () => {
  it('answer as Math.max and Math.min do: none, NaN, -0, keys, iterables', () => {
    for (const list of [[], [3], [1, 5, 2], [-1, -7], [0, -0], [1, Number.NaN, 2], [Infinity, -Infinity]]) {
      expect(Object.is(maxOf(list), Math.max(...list)), String(list)).toBe(true);
      expect(Object.is(minOf(list), Math.min(...list)), String(list)).toBe(true);
    }
    const boxes = [{ x: 4 }, { x: 9 }, { x: -2 }];
    expect(maxOf(boxes, (b) => b.x)).toBe(9);
    expect(minOf(boxes, (b) => b.x)).toBe(-2);
    expect(maxOf(new Map([[3, 'a'], [8, 'b']]).keys())).toBe(8);
  });

  it('take a million numbers (spread as arguments, Node throws)', () => {
    const big = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_003);
    expect(() => Math.max(...big)).toThrow(RangeError);
    expect(maxOf(big)).toBe(1_000_002);
    expect(minOf(big, (v) => -v)).toBe(-1_000_002);
  });

  it('src/ spreads no list into Math.max or Math.min', () => {
    const offending: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.ts$/.test(e.name) && p !== join(ROOT, 'src/lists.ts')) {
          readFileSync(p, 'utf8').split('\n').forEach((line, i) => {
            if (spreadArgument(line)) offending.push(`${p.slice(ROOT.length + 1)}:${i + 1}`);
          });
        }
      }
    };
    walk(join(ROOT, 'src'));
    expect(offending).toEqual([]);
  });
});

/** What a reader and the checks make of a report: its tables, sections, reader findings and the checks' findings. */
const seen = (r: Report): unknown => [r.tables, r.sections, r.findings, checkReport(r).diagnostics];

/** One stroked path of `points` points zigzagging down the page's margin (no straight rule of a table). */
function longPath(points: number): string {
  const ops = ['20 40 m'];
  for (let i = 0; i < points; i++) ops.push(`${20 + (i % 2) * 3} ${40 + (i % 2000) * 0.3} l`);
  return `${ops.join('\n')}\nS`;
}

describe('a PDF with a path of 200,000 points', () => {
  it('reads as the report without the path (before: the whole file "too complex", stack overflow)', async () => {
    const clean = seen(await readBytes('report.pdf', twoPageReport()));
    const withPath = await readBytes('report.pdf', twoPageReport({ page2: longPath(200_000) }));
    expect(seen(withPath)).toEqual(clean);
    expect(withPath.tables.t2!.cells['normative_documents.in_force']).toMatchObject({ value: 30 });
  });

  it('through the CLI: its findings, no read error', () => {
    const dir = tempDir('gk-long-path-');
    const file = join(dir, 'report.pdf');
    writeFileSync(file, twoPageReport({ page2: longPath(200_000) }));
    const r = spawnSync(process.execPath, [CLI, 'check', '-f', 'json', file], { encoding: 'utf8' });
    const out = JSON.parse(r.stdout) as { files: { readable: boolean; diagnostics: { ruleId: string }[] }[] };
    expect(out.files[0]!.readable).toBe(true);
    expect(out.files[0]!.diagnostics.map((d) => d.ruleId)).not.toContain('read-error');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
  });
});

describe('a line of tens of thousands of pieces of text', () => {
  it('joinPieces: 300,000 pieces in one pass (it read back the string it built: 75,000 took 30 s)', () => {
    const pieces = Array.from({ length: 300_000 }, (_, i) => (i % 3 === 2 ? 'ab' : '一'));
    const out = joinPieces(pieces);
    // Chinese to Chinese and Chinese to Latin: no space; Latin after Latin: one.
    expect(out.length).toBe(300_000 + 100_000);
    expect(out.slice(0, 8)).toBe('一一ab一一ab');
    expect(joinPieces(['ab', 'cd', '一', 'ef'])).toBe('ab cd一ef');
  });

  it('a PDF line of 90,000 characters set out of order is read, its text whole (before: 78 s)', async () => {
    const n = 90_000;
    const line = `BT /ZH 1 Tf ${Array.from({ length: n }, (_, i) => `1 0 0 1 ${((i * 7919) % n) * (500 / n) + 20} 60 Tm ${zh('一')} Tj`).join(' ')} ET`;
    const report = await readBytes('report.pdf', twoPageReport({ page2: line }));
    const text = report.sections.map((s) => s.text).join('');
    expect(text.match(/一/g)!.length).toBeGreaterThanOrEqual(n);
    expect(report.tables.t2!.cells['normative_documents.in_force']).toMatchObject({ value: 30 });
  });
});

describe('a figure drawn in runs of two fonts, tens of thousands long', () => {
  it('is one item, every character where it was drawn, joined in one pass (it copied its positions at each run: 20,000 runs took 13 s)', () => {
    const n = 60_000;
    // LibreOffice's subset fonts: "1" from one, "4" from the next, each run a character, touching.
    const runs = Array.from({ length: n }, (_, i) => ({ str: i % 2 ? '4' : '1', transform: [10, 0, 0, 10, 20 + i * 5, 500], width: 5, height: 10, fontName: i % 2 ? 'g_d0_f2' : 'g_d0_f1', xs: [0] }));
    const [item, ...rest] = textItems(runs);
    expect(rest).toEqual([]);
    expect(item!.text).toBe('14'.repeat(n / 2));
    expect(item!.xs).toHaveLength(n);
    expect(item!.xs!.every((x, i) => x === i * 5)).toBe(true);
    expect([item!.x0, item!.x1]).toEqual([20, 20 + n * 5]);
    // The runs it was made of are as they were.
    expect(runs[1]!.xs).toEqual([0]);
  });
});

describe('a JSON report of more values than any report has', () => {
  const sample = (): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, 'samples/broken-2023.json'), 'utf8')) as Record<string, unknown>;

  it('200,000 wrong sections: one read error with the reason (before: "too complex", the schema check overflowed)', async () => {
    const doc = { ...sample(), sections: Array.from({ length: 200_000 }, () => 7) };
    const e = await readError(new TextEncoder().encode(JSON.stringify(doc)), undefined, 'report.json');
    expect(e.messageId).toBe('unreadable');
    expect(e.data.reasonZh).toBe('JSON 文件的元素超过 100,000 个，远超年度报告的规模；请检查文件');
  });

  it('through the CLI: that one error, exit 1, then the next file is checked', () => {
    const dir = tempDir('gk-json-values-');
    writeFileSync(join(dir, 'a-huge.json'), JSON.stringify({ ...sample(), sections: Array.from({ length: 200_000 }, () => ({ heading: 1, text: 2 })) }));
    writeFileSync(join(dir, 'b-report.json'), JSON.stringify(sample()));
    const r = spawnSync(process.execPath, [CLI, 'check', '-f', 'json', dir], { encoding: 'utf8' });
    const out = JSON.parse(r.stdout) as { files: { file: string; readable: boolean; diagnostics: { ruleId: string; message: string }[] }[] };
    const [huge, other] = out.files;
    expect(huge!.readable).toBe(false);
    expect(huge!.diagnostics).toHaveLength(1);
    expect(huge!.diagnostics[0]!.message).toContain('JSON 文件的元素超过 100,000 个');
    expect(other!.readable).toBe(true);
    expect(r.status).toBe(1);
  });

  it('a report of a few thousand values reads as before', async () => {
    const doc = sample();
    const report = await readBytes('report.json', new TextEncoder().encode(JSON.stringify(doc)));
    expect(report.sections.length).toBeGreaterThan(0);
  });
});
