/**
 * Format-aware fuzz inputs: inputs shaped like real reports (official labels, table ids, section
 * headings) with hostile values, so that fuzzing reaches past the first parse error.
 * Readers with no entry here still get the generic inputs (harness.ts).
 */
import fc from 'fast-check';
import { getFormat, TABLE_IDS } from '../../src/format/spec.js';
import { anyText, nastyString, utf8, type FuzzSource } from './harness.js';

const f21 = getFormat('2021');
const f19 = getFormat('2019');
const rowIds = [...new Set([f21, f19].flatMap((f) => TABLE_IDS.flatMap((t) => f.tables[t].rows.map((r) => r.id))))];
const colIds = [...new Set([f21, f19].flatMap((f) => TABLE_IDS.flatMap((t) => f.tables[t].columns.map((c) => c.id))))];
const rowLabels = [...new Set([f21, f19].flatMap((f) => TABLE_IDS.flatMap((t) => f.tables[t].rows.map((r) => r.label))))];
const colLabels = [...new Set([f21, f19].flatMap((f) => TABLE_IDS.flatMap((t) => f.tables[t].columns.map((c) => c.label))))];
const headings = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

const key = (ids: string[], labels: string[]): fc.Arbitrary<string> =>
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ids) }, { weight: 2, arbitrary: fc.constantFrom(...labels) }, { weight: 1, arbitrary: fc.constantFrom(...FORBIDDEN) }, { weight: 1, arbitrary: anyText });

const number = fc.oneof(
  fc.integer({ min: -5, max: 5000 }),
  fc.double(),
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER + 2, 1e21, -0),
);

const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: number },
  { weight: 3, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.record({ value: fc.oneof(number, nastyString, fc.constant(null)), raw: fc.option(nastyString, { nil: undefined }) }, { requiredKeys: ['value'] }) },
  { weight: 1, arbitrary: fc.array(number, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('value', 'raw', 'source', ...FORBIDDEN), fc.oneof(number, nastyString), { maxKeys: 3 }) },
);

const table = fc.dictionary(key(rowIds, rowLabels), fc.oneof({ weight: 8, arbitrary: fc.dictionary(key(colIds, colLabels), cellValue, { maxKeys: 12 }) }, { weight: 1, arbitrary: cellValue }), { maxKeys: 14 });

/** A report-shaped object with hostile values and forbidden keys anywhere. */
const reportObject = fc.record(
  {
    $schema: fc.string(),
    schemaVersion: fc.oneof(fc.constant(1), number, nastyString),
    format: fc.oneof(fc.constantFrom('2021', '2019', '2007', ''), nastyString),
    title: fc.oneof(fc.constantFrom('平潭综合实验区2021年度政府信息公开工作年度报告', '某某县2019年政府信息公开工作年度报告'), anyText),
    agency: anyText,
    year: fc.oneof(fc.integer({ min: 1990, max: 2100 }), number, nastyString),
    period: fc.oneof(fc.record({ text: anyText, from: anyText, to: anyText }, { requiredKeys: [] }), nastyString),
    sections: fc.oneof(fc.array(fc.record({ heading: fc.oneof(fc.constantFrom(...headings), anyText), text: anyText }, { requiredKeys: [] }), { maxLength: 8 }), nastyString),
    tables: fc.oneof({ weight: 8, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom('t2', 't3', 't4'), fc.constantFrom(...FORBIDDEN), anyText), table, { maxKeys: 4 }) }, { weight: 1, arbitrary: cellValue }),
  },
  { requiredKeys: [] },
);

/** Puts a forbidden key into the JSON text at a random object (JSON.stringify would drop __proto__ set as a property). */
function withForbiddenKey(text: string, at: number, which: string, value: string): string {
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '{') positions.push(i);
  if (positions.length === 0) return text;
  const p = positions[Math.floor(at * positions.length) % positions.length]!;
  const inner = text[p + 1] === '}' ? '' : ',';
  return `${text.slice(0, p + 1)}"${which}":${value}${inner}${text.slice(p + 1)}`;
}

const jsonSources: FuzzSource[] = [
  {
    name: 'report-shaped JSON',
    weight: 25,
    arb: reportObject.map((o) => ({ bytes: utf8(JSON.stringify(o)), ext: '.json' })),
  },
  {
    name: 'forbidden keys injected anywhere',
    weight: 10,
    arb: fc
      .tuple(reportObject, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...FORBIDDEN), fc.constantFrom('{"polluted":"yes"}', '{"prototype":{"polluted":1}}', '1', '"x"', '[{"polluted":true}]')), { minLength: 1, maxLength: 4 }))
      .map(([o, ins]) => ({ bytes: utf8(ins.reduce((t, [at, k, v]) => withForbiddenKey(t, at, k, v), JSON.stringify(o))), ext: '.json' })),
  },
  {
    name: 'raw numeric tokens JSON cannot round-trip',
    weight: 5,
    arb: fc
      .tuple(fc.constantFrom(...rowIds), fc.constantFrom(...colIds), fc.constantFrom('1e400', '-1e400', '1e-400', '123456789012345678901234567890', '-0', '0.1e1', '1E+2', '9007199254740993'))
      .map(([r, c, n]) => ({ bytes: utf8(`{"format":"2021","tables":{"t3":{"${r}":{"${c}":${n}}},"t2":{"${r}":{"${c}":${n}}},"t4":{"${r}":{"${c}":${n}}}},"year":${n}}`), ext: '.json' })),
  },
  {
    name: 'deep nesting',
    weight: 3,
    arb: fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":', '{"tables":'), fc.boolean()).map(([depth, open, closed]) => {
      const close = open === '[' ? ']' : '}';
      return { bytes: utf8(open.repeat(depth) + '1' + (closed ? close.repeat(depth) : '')), ext: '.json' };
    }),
  },
  {
    name: 'very long lines and strings',
    weight: 2,
    arb: fc.tuple(fc.integer({ min: 10_000, max: 2_000_000 }), fc.constantFrom('title', 'agency', 'tables', 'sections')).map(([n, k]) => ({
      bytes: utf8(`{"${k}":"${'报'.repeat(n)}"}`),
      ext: '.json',
    })),
  },
  {
    name: 'invalid UTF-8 and BOMs',
    weight: 3,
    arb: fc.tuple(reportObject, fc.constantFrom([0xff], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xef, 0xbb, 0xbf], [0xfe, 0xff], [0xf8, 0x88, 0x80, 0x80, 0x80]), fc.double({ min: 0, max: 1, noNaN: true })).map(([o, bad, at]) => {
      const b = utf8(JSON.stringify(o));
      const p = Math.floor(at * b.length);
      return { bytes: new Uint8Array([...b.subarray(0, p), ...bad, ...b.subarray(p)]), ext: '.json' };
    }),
  },
];

/** Format-specific inputs for a reader's extension (empty for formats without any yet). */
export function formatSources(ext: string): FuzzSource[] {
  switch (ext) {
    case '.json':
      return jsonSources;
    default:
      return extraSources[ext] ?? [];
  }
}

/** Filled in as readers land (see tests/fuzz/formats-grid.ts). */
export const extraSources: Record<string, FuzzSource[]> = {};

