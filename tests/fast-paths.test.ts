/**
 * The shortcuts taken for speed give the same answers as the slow paths they skip: the one-pass JSON
 * shape check never accepts what zod rejects, the unit-table fold equals the character-by-character
 * fold, and remembered cell parses are fresh objects.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../src/analysis/narrative-text.js';
import { toSimplified } from '../src/format/labels.js';
import { parseCellText } from '../src/model/cell.js';
import { isPlainNormalizedJson, NormalizedJson } from '../src/model/report.js';

/** Seeded PRNG (LCG): the same cases every run. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

describe('isPlainNormalizedJson', () => {
  const corpus = readdirSync('fixtures/corpus')
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(`fixtures/corpus/${f}`, 'utf8')) as Record<string, unknown>);

  it('accepts the corpus reports', () => {
    for (const r of corpus) expect(isPlainNormalizedJson(r)).toBe(true);
  });

  it('never accepts a document that zod rejects (mutated corpus reports)', () => {
    const random = rng(7);
    const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
    const weird: unknown[] = [null, 0, -1, 1.5, 1999, 2000, 2100, 2101, 1e400, '', 'x', '2021', '2019', 1, 2, true, [], {}, { value: 1 },
      { value: 'a', raw: 1 }, { value: null, source: { line: 0 } }, { value: null, source: { line: 3, pointer: 'a' } }, { raw: 'x' },
      { heading: 'h', text: 't', source: { sheet: 1 } }, { text: 'a' }, [1], { a: { b: 1 } }];
    const mutate = (o: unknown, depth: number): void => {
      if (o === null || typeof o !== 'object') return;
      const obj = o as Record<string, unknown>;
      const keys = Object.keys(obj);
      if (keys.length === 0) return;
      const k = pick(keys);
      const r = random();
      if (r < 0.4 && depth < 6) mutate(obj[k], depth + 1);
      else if (r < 0.7) obj[k] = structuredClone(pick(weird));
      else if (r < 0.85) delete obj[k];
      else obj[pick(['value', 'raw', 'source', 'year', 'format', 'period', 'schemaVersion', 'line', 'text', 'heading'])] = structuredClone(pick(weird));
    };
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const doc = structuredClone(pick(corpus));
      for (let j = Math.floor(random() * 4); j > 0; j--) mutate(doc, 0);
      const fast = isPlainNormalizedJson(doc);
      if (fast) accepted++;
      if (fast) expect(NormalizedJson.safeParse(doc).success).toBe(true);
    }
    // The shortcut is taken for most documents (else it saves nothing).
    expect(accepted).toBeGreaterThan(500);
  });
});

describe('folding through a unit table', () => {
  /** The character-by-character fold the table replaces. */
  function slowFold(s: string): string {
    let out = '';
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - 0xfee0);
      else if (c === 0x3000) out += ' ';
      else out += ch;
    }
    return toSimplified(out);
  }
  it('equals the character-by-character fold, surrogates and long texts included', () => {
    const random = rng(11);
    const parts = ['a', '\uD83D', '\uDE00', '\uD83D\uDE00', '中', '總', '計', '　', '１', '～', '！', '數', '\uff5f', '\uff00', ' ', '，'];
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const n = i % 200 === 0 ? 9000 : Math.floor(random() * 12);
      for (let j = 0; j < n; j++) s += parts[Math.floor(random() * parts.length)];
      const folded = foldForMatching(s);
      expect(folded).toBe(slowFold(s));
      expect(folded.length).toBe(s.length);
    }
    expect(toSimplified('總計')).toBe('总计');
  });
});

describe('remembered cell parses', () => {
  it('are fresh objects with the keys in the order of a first parse', () => {
    for (const text of ['0', '12', '/', '3件', '1,234', '', '  ', '约3件', '12万元']) {
      const a = parseCellText(text, { line: 1, column: 2 });
      (a as { source?: unknown }).source = undefined;
      const b = parseCellText(text, { line: 3, column: 4 });
      expect(b.source).toEqual({ line: 3, column: 4 });
      expect(Object.keys(b).at(-1)).toBe('source');
      expect(parseCellText(text)).not.toBe(parseCellText(text));
      expect(parseCellText(text)).toEqual(Object.fromEntries(Object.entries(b).filter(([k]) => k !== 'source')));
    }
  });
});

describe('codePoints (length bounds of label matching)', () => {
  it('counts as [...s].length does, lone surrogates included', async () => {
    const { codePoints } = await import('../src/format/labels.js');
    const units = [0x41, 0x5e74, 0xd83d, 0xde00, 0xdc00, 0xd800, 0x3002];
    const random = rng(7);
    for (let k = 0; k < 5000; k++) {
      const len = Math.floor(random() * 8);
      const s = String.fromCharCode(...Array.from({ length: len }, () => units[Math.floor(random() * units.length)]!));
      expect(codePoints(s), JSON.stringify(s)).toBe([...s].length);
    }
    expect(codePoints('\ud83dA')).toBe(2);
  });
});
