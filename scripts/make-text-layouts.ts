/**
 * Builds fixtures/text-layouts/: flattened pages (the text form) whose tables mix the two versions of the
 * format, as real department reports held out from the project publish them (#17 items 1, 2) — a 2021
 * report whose table 三 has the 2019 single （六）其他处理 row, and a 2021 report whose table 二 keeps the 2019
 * columns. The text reader read every table by one version, so the first gave three cell-missing errors
 * and the second read table 三 by the 2019 rows (its （六） sub-rows lost, "1." of the first taken as a
 * figure). Now (text.ts ownLayout) each table is read by its own layout and table-layout reports the mix once:
 *
 * - `t3-single-other-2023`: pingtan-2023's page with its three （六） sub-rows replaced by one row
 *   "（六）其他处理" holding their sums: table 三 read by the 2019 layout, the row's figures read, the report 2021.
 * - `t2-2019-columns-2021`: pingtan-2021's page with its table 二 replaced by pingtan-2020's (2019 columns
 *   and rows): table 二 read by the 2019 layout, table 三 by the report's 2021 one, the report 2021 by its year.
 *
 * Each case folder holds input.txt, truth.json ({tables: {t2, t3, t4}}: the tables as the changed page
 * shows them, in their own layout) and case.json (the layouts, the report's version, the error findings).
 * Run through the test runner (no tsx here):  UPDATE_FIXTURES=1 npx vitest run tests/text-layouts.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { once, writeTextCases, type Tables, type TextCase } from './text-cases.js';

export const TEXT_LAYOUTS = join(import.meta.dirname, '../fixtures/text-layouts');
const PAGES = join(import.meta.dirname, '../fixtures/corpus-pages');
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

/** What reading and checking a case must give. */
export interface TextLayoutsExpect {
  /** The report's version. */
  format: '2019' | '2021';
  /** The layout of each table that is not the report's. */
  layouts: Partial<Record<'t2' | 't3' | 't4', '2019' | '2021'>>;
  /** The rule ids of the error findings, sorted. */
  errors: string[];
}

export type TextLayoutsCase = TextCase<TextLayoutsExpect>;

const page = (name: string): string => readFileSync(join(PAGES, name, 'page.txt'), 'utf8');
const tablesOf = (name: string): Tables => (JSON.parse(readFileSync(join(CORPUS, `${name}.json`), 'utf8')) as { tables: Tables }).tables;

/** The part of `text` from `start` up to (not including) `end`, each found once. */
function between(text: string, start: string, end: string): string {
  const from = once(text, start, start).indexOf(start);
  const to = text.indexOf(end, from);
  if (to < 0) throw new Error(`"${end}" is not after "${start}"`);
  return text.slice(from, to);
}

const SUB_ROWS = ['other_no_correction', 'other_unpaid_fee', 'other_other'];

export function buildTextLayouts(): TextLayoutsCase[] {
  // A 2021 table 三 with one （六）其他处理 row: the sums of its three sub-rows.
  const single = tablesOf('pingtan-2023');
  const columns = Object.keys(single.t3.total!);
  const sums = Object.fromEntries(columns.map((c) => [c, SUB_ROWS.reduce((a, r) => a + (single.t3[r]![c] ?? 0), 0)]));
  for (const r of SUB_ROWS) delete single.t3[r];
  single.t3.other_handling = sums;
  const p2023 = page('pingtan-2023');
  const six = between(p2023, '（六）其他处理1.申请人无正当理由', '（七）总计');
  const singleText = once(p2023, six, `（六）其他处理${columns.map((c) => sums[c]).join('')}`);

  // A 2021 page with the 2019 table 二 of the year before.
  const p2021 = page('pingtan-2021');
  const p2020 = page('pingtan-2020');
  const head = '第二十条第（一）项信息内容';
  const oldT2 = once(p2021, between(p2021, head, '三、收到'), between(p2020, head, '三、收到'));
  const mixed = { ...tablesOf('pingtan-2021'), t2: tablesOf('pingtan-2020').t2 };

  return [
    {
      name: 't3-single-other-2023',
      input: singleText,
      truth: { tables: single },
      expect: { format: '2021', layouts: { t3: '2019' }, errors: ['table-layout'] },
    },
    {
      name: 't2-2019-columns-2021',
      input: oldT2,
      truth: { tables: mixed },
      expect: { format: '2021', layouts: { t2: '2019' }, errors: ['table-layout'] },
    },
  ];
}

export function writeTextLayouts(root = TEXT_LAYOUTS): TextLayoutsCase[] {
  return writeTextCases(root, buildTextLayouts());
}
