/**
 * Builds fixtures/table4-pins/: table 四 of a flattened page (its three rows' fifteen digits run together)
 * with one row whose own figures do not add up, as a real department report held out from the project
 * publishes it (its 复议后起诉 row 13 | 2 | 4 | 0 with 总计 15). No split of such a run makes all three rows
 * add up, and the text reader once left all fifteen cells unread (one extract-failed), so the break was
 * not found and two good rows were lost. Now (text.ts pinnedGroups) the rows that every split making the
 * most rows add up reads alike are read — with an extract-resolved note when the digits had more than one
 * split — and the rest are reported on their own:
 *
 * - `after-review-2024`: pingtan-2024's page (fixtures/corpus-pages/pingtan-2024/page.txt; its table 四
 *   "21317000001324019" = 2 1 3 1 7 | 0 0 0 0 0 | 13 2 4 0 19) with 复议后起诉's 总计 15, as on the held-out
 *   report: 行政复议 and 未经复议直接起诉 are read (resolvedByRows), 复议后起诉's "1324015" is left unread
 *   (extract-failed, noSplit: it has no split that adds up).
 * - `one-split-2024`: pingtan-police-2024's page (its table 四 "000000000000000") with 复议后起诉's 总计 1:
 *   fifteen digits, one split; every cell is read and table4-row-total reports the break at its cell.
 *
 * Each case folder holds input.txt, truth.json ({tables: {t2, t3, t4}}) and case.json (the table-四 cells
 * the case is about, the rows left unread, the findings it must give).
 * Run through the test runner (no tsx here):  UPDATE_FIXTURES=1 npx vitest run tests/table4-pins.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { once, writeTextCases, type Tables, type TextCase } from './text-cases.js';

export const TABLE4_PINS = join(import.meta.dirname, '../fixtures/table4-pins');
const PAGES = join(import.meta.dirname, '../fixtures/corpus-pages');
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

/** What checking and converting a case must give. */
export interface Table4PinsExpect {
  /** Table-四 cells (`t4.row.column`) read, with their value. */
  cells: Record<string, number>;
  /** Rows (`table.row`) left unread. */
  unread: string[];
  /** Every finding of the reader about table 四 and of table4-row-total: rule id, message id, `table.row[.column]`. */
  findings: { ruleId: string; messageId: string; at: string }[];
}

export type Table4PinsCase = TextCase<Table4PinsExpect>;

const T4_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'];
const T4_ROWS = ['review', 'suit_direct', 'suit_after_review'];

/** A corpus report's tables, its table 四 checked to be `t4` (15 figures, row by row). */
function truth(name: string, t4: number[]): Tables {
  const t = (JSON.parse(readFileSync(join(CORPUS, `${name}.json`), 'utf8')) as { tables: Tables }).tables;
  const got = T4_ROWS.flatMap((r) => T4_COLUMNS.map((c) => t.t4[r]![c]));
  if (got.join(' ') !== t4.join(' ')) throw new Error(`${name}: table 四 is ${got.join(' ')}, not what this script changes`);
  return t;
}

/** Table-四 cells of some rows from the truth. */
const rowsOf = (t: Tables, rows: string[]): Record<string, number> =>
  Object.fromEntries(rows.flatMap((r) => T4_COLUMNS.map((c) => [`t4.${r}.${c}`, t.t4[r]![c] as number])));

/** The rows a page leaves unread whatever its table 四 (glued table-二 rows no sum constrains). */
const UNREAD_2024 = ['t2.normative_documents'];

export function buildTable4Pins(): Table4PinsCase[] {
  const after = truth('pingtan-2024', [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]);
  after.t4.suit_after_review!.total = 15;
  const police = truth('pingtan-police-2024', Array(15).fill(0));
  police.t4.suit_after_review!.total = 1;
  const resolved = (row: string): Table4PinsExpect['findings'][number] => ({ ruleId: 'extract-resolved', messageId: 'resolvedByRows', at: `t4.${row}` });
  return [
    {
      name: 'after-review-2024',
      input: once(readFileSync(join(PAGES, 'pingtan-2024', 'page.txt'), 'utf8'), '总计21317000001324019五、', '总计21317000001324015五、'),
      truth: { tables: after },
      expect: {
        cells: rowsOf(after, ['review', 'suit_direct']),
        unread: [...UNREAD_2024, 't4.suit_after_review'],
        findings: [resolved('review'), resolved('suit_direct'), { ruleId: 'extract-failed', messageId: 'noSplit', at: 't4.suit_after_review' }],
      },
    },
    {
      name: 'one-split-2024',
      input: once(readFileSync(join(PAGES, 'pingtan-police-2024', 'page.txt'), 'utf8'), '总计 000000000000000 五、', '总计 000000000000001 五、'),
      truth: { tables: police },
      expect: {
        cells: rowsOf(police, T4_ROWS),
        unread: [],
        findings: [{ ruleId: 'table4-row-total', messageId: 'mismatch', at: 't4.suit_after_review.total' }],
      },
    },
  ];
}

export function writeTable4Pins(root = TABLE4_PINS): Table4PinsCase[] {
  return writeTextCases(root, buildTable4Pins());
}
