/**
 * Builds fixtures/column-pins/: a table-三 row of a flattened page (cells run together) whose own figures do
 * not add up, as a real department report held out from the project publishes its （七）总计 (its 商业企业's
 * 1 left out of its 总计, and out of a result row's). No split of such a row satisfies its own sum; the text
 * reader takes the one split whose cells are what the column sums of the other rows give (text.ts
 * pinByColumns), so that the sum rules find the row's real break. Each case is pingtan-2024's page
 * (fixtures/corpus-pages/pingtan-2024/page.txt, whose other table-三 rows each read on their own; its
 * （七）总计 "21710000218" = 217 | 1 | 0 | 0 | 0 | 0 | 218) with that 总计 one less, "21710000217" (the
 * 商业企业 1 left out of it, as on the held-out report), and with the truth (fixtures/corpus/pingtan-2024.json)
 * changed alike:
 *
 * - `pinned-2024`: and （六）3.其他's 总计 one less ("1100001": 1 + 1 is not 1) and 四、结转下年度继续办理's one
 *   more ("0000001"), so that both column sums (一 + 二 = 三 + 四, and the results add up to （七）总计) give
 *   217 in the 总计 column: （七）总计 is read 217 | 1 | 0 | 0 | 0 | 0 | 217, and the three rows' own sums break.
 * - `columns-disagree-2024`: and only （六）3.其他's 总计 one less, as the held-out report does: the results
 *   give 217 in the 总计 column, 一 + 二 − 四 gives 218; the digits give only 217, which is taken, and the
 *   balance of that column breaks (table3-balance) besides the two rows' own sums.
 * - `unpinned-2024`: nothing else changed: every column sum gives 218 in the 总计 column, which the digits
 *   "21710000217" cannot give: the row stays unread (extract-failed), as before.
 *
 * Each case folder holds input.txt, truth.json ({tables: {t2, t3, t4}} by row and column id) and case.json
 * (the cells the case is about, the rows left unread, the findings it must give).
 * Run through the test runner (no tsx here):  UPDATE_FIXTURES=1 npx vitest run tests/column-pins.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { once, writeTextCases, type Tables, type TextCase } from './text-cases.js';

export const COLUMN_PINS = join(import.meta.dirname, '../fixtures/column-pins');
const PAGES = join(import.meta.dirname, '../fixtures/corpus-pages');
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

/** What checking and converting the case must give. */
export interface ColumnPinsExpect {
  /** Cells (`table.row.column`) the case is about, with their value; a row left unread has none. */
  cells: Record<string, number | null>;
  /** Rows (`table.row`) left unread. */
  unread: string[];
  /** Every finding of the reader about table 三 and of the sum rules: rule id, message id, `table.row[.column]`. */
  findings: { ruleId: string; messageId: string; at: string }[];
}

export type ColumnPinsCase = TextCase<ColumnPinsExpect>;

const NAME = 'pingtan-2024';
/** The end of its table 三 as the page runs it together: （六）3.其他, （七）总计, 四、结转下年度继续办理. */
const TAIL = '3.其他1100002（七）总计21710000218四、结转下年度继续办理0000000';
/** The rows its own page leaves unread (a glued table-二 row no sum constrains). */
const UNREAD = ['t2.normative_documents'];
const COLUMNS = ['natural', 'commercial', 'research', 'nonprofit', 'legal_services', 'other', 'total'];

function truth(): Tables {
  const t = (JSON.parse(readFileSync(join(CORPUS, `${NAME}.json`), 'utf8')) as { tables: Tables }).tables;
  const t3 = t.t3;
  const row = (id: string): number[] => COLUMNS.map((c) => t3[id]![c] as number);
  const same = (a: number[], b: number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
  if (!same(row('total'), [217, 1, 0, 0, 0, 0, 218]) || !same(row('other_other'), [1, 1, 0, 0, 0, 0, 2]) || !same(row('carried_forward'), [0, 0, 0, 0, 0, 0, 0])) {
    throw new Error(`${NAME}: table 三's （七）总计, （六）3.其他 or 四、结转下年度继续办理 is not what this script changes`);
  }
  return t;
}

const totalRow = (values: number[]): Record<string, number> => Object.fromEntries(COLUMNS.map((c, i) => [`t3.total.${c}`, values[i]!]));

export function buildColumnPins(): ColumnPinsCase[] {
  const page = readFileSync(join(PAGES, NAME, 'page.txt'), 'utf8');

  const pinned = truth();
  pinned.t3.total!.total = 217;
  pinned.t3.other_other!.total = 1;
  pinned.t3.carried_forward!.total = 1;

  const disagree = truth();
  disagree.t3.total!.total = 217;
  disagree.t3.other_other!.total = 1;

  const unpinned = truth();
  unpinned.t3.total!.total = 217;

  const resolved = { ruleId: 'extract-resolved', messageId: 'resolvedByColumns', at: 't3.total' };
  const rowTotal = (row: string): ColumnPinsExpect['findings'][number] => ({ ruleId: 'table3-row-total', messageId: 'mismatch', at: `t3.${row}.total` });
  return [
    {
      name: 'pinned-2024',
      input: once(page, TAIL, '3.其他1100001（七）总计21710000217四、结转下年度继续办理0000001'),
      truth: { tables: pinned },
      expect: {
        cells: { ...totalRow([217, 1, 0, 0, 0, 0, 217]), 't3.other_other.total': 1, 't3.carried_forward.total': 1 },
        unread: UNREAD,
        findings: [resolved, rowTotal('other_other'), rowTotal('total'), rowTotal('carried_forward')],
      },
    },
    {
      name: 'columns-disagree-2024',
      input: once(page, TAIL, '3.其他1100001（七）总计21710000217四、结转下年度继续办理0000000'),
      truth: { tables: disagree },
      expect: {
        cells: { ...totalRow([217, 1, 0, 0, 0, 0, 217]), 't3.other_other.total': 1 },
        unread: UNREAD,
        findings: [resolved, rowTotal('other_other'), rowTotal('total'), { ruleId: 'table3-balance', messageId: 'mismatch', at: 't3.total.total' }],
      },
    },
    {
      name: 'unpinned-2024',
      input: once(page, TAIL, '3.其他1100002（七）总计21710000217四、结转下年度继续办理0000000'),
      truth: { tables: unpinned },
      expect: {
        cells: {},
        unread: [...UNREAD, 't3.total'],
        findings: [{ ruleId: 'extract-failed', messageId: 'noSplit', at: 't3.total' }],
      },
    },
  ];
}

export function writeColumnPins(root = COLUMN_PINS): ColumnPinsCase[] {
  return writeTextCases(root, buildColumnPins());
}
