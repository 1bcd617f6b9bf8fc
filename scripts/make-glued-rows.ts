/**
 * Builds fixtures/glued-rows/ (issue #17): table rows of a flattened page (cells run together) in three
 * shapes seen on real reports held out from the project, each made from a corpus page
 * (fixtures/corpus-pages/<name>/page.txt) by a few replacements, with its truth (the corpus's tables,
 * fixtures/corpus/<name>.json, with the same changes):
 *
 * - `resolved-by-text-2024` (2021 format): pingtan-2024, whose row "行政规范性文件6233440" splits in 15
 *   ways, with its section 一 saying what a real report says in the same place — "废止规范性文件33件" after
 *   "制发行政规范性文件62件": only 62 | 33 | 440 agrees with both. `check` takes that split (extract-resolved)
 *   and `convert` must write the same cells.
 * - `plus-sign-2019` (2019 format): pingtan-2019 with 本年增/减 written with a plus sign, as a real 2019 page
 *   does: 行政许可 "0+11" (0 | +1 | 1: the only cut), 行政事业性收费 "35+2" (35 | +2), and 行政强制 "126+2625"
 *   (126 | +26 | 25 — but 126 | +2 | 625 and 126 | +262 | 5 cut as well: it stays unread).
 * - `blank-among-zeros-2019` (2019 format): pingtan-2019 with one cell left blank in a row of zeros written
 *   run together, the blank a space: table 三's 二、上年结转 "0 00000" (商业企业 blank, as a real page writes
 *   一、本年新收) and table 四's fifteen figures "0000000 0000000" (未经复议直接起诉 其他结果 blank).
 *
 * Each case folder holds input.txt, truth.json ({tables: {t2, t3, t4}} by row and column id, null for a
 * blank cell) and case.json (the cells the case is about, the rows left unread, the findings it must give).
 * Run through the test runner (no tsx here):  UPDATE_FIXTURES=1 npx vitest run tests/glued-rows.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { once, writeTextCases, type Tables, type TextCase } from './text-cases.js';

export const GLUED_ROWS = join(import.meta.dirname, '../fixtures/glued-rows');
const PAGES = join(import.meta.dirname, '../fixtures/corpus-pages');
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

/** What checking and converting the case must give. */
export interface GluedRowsExpect {
  /** Cells (`table.row.column`) the case is about, with their value (null: blank). */
  cells: Record<string, number | null>;
  /** Rows (`table.row`) left unread, each with an extract-ambiguous finding. */
  unread: string[];
  /** Findings about the case's cells: rule id and `table.row` or `table.row.column`. */
  findings: { ruleId: string; at: string }[];
}

export type GluedRowsCase = TextCase<GluedRowsExpect>;

function corpusTables(name: string): Tables {
  return (JSON.parse(readFileSync(join(CORPUS, `${name}.json`), 'utf8')) as { tables: Tables }).tables;
}

function page(name: string): string {
  return readFileSync(join(PAGES, name, 'page.txt'), 'utf8');
}

/** The rows of pingtan-2019's table 二 that its own page leaves ambiguous (run-together digits, no sum). */
const UNREAD_2019 = ['t2.normative_documents', 't2.licensing', 't2.other_services', 't2.penalty', 't2.enforcement', 't2.fees', 't2.procurement'];

export function buildGluedRows(): GluedRowsCase[] {
  // 1. A glued row the report's own text singles out.
  const p2024 = once(page('pingtan-2024'), '动态更新发布本年度制发行政规范性文件62件，', '动态更新发布本年度制发行政规范性文件62件，废止规范性文件33件，');
  if (p2024.split('行政规范性文件6233440').length !== 2) throw new Error('pingtan-2024: the glued row 行政规范性文件6233440 is not on the page once');
  const t2024 = corpusTables('pingtan-2024');
  const nd = t2024.t2.normative_documents!;
  if (nd.issued !== 62 || nd.repealed !== 33 || nd.in_force !== 440) throw new Error('pingtan-2024 行政规范性文件 is not 62 | 33 | 440');

  // 2. A plus sign in 本年增/减.
  let plus = page('pingtan-2019');
  plus = once(plus, '行政许可3960181', '行政许可0+11');
  plus = once(plus, '行政事业性收费350', '行政事业性收费35+2');
  plus = once(plus, '行政强制126025', '行政强制126+2625');
  const tPlus = corpusTables('pingtan-2019');
  tPlus.t2.licensing = { previous_items: 0, change: 1, decisions: 1 };
  tPlus.t2.fees = { previous_items: 35, change: 2 };
  tPlus.t2.enforcement = { previous_items: 126, change: 26, decisions: 25 };

  // 3. One blank cell among zeros run together, the blank a space.
  let blank = page('pingtan-2019');
  blank = once(blank, '二、上年结转政府信息公开申请数量0000000', '二、上年结转政府信息公开申请数量0 00000');
  blank = once(blank, '总计000000000000000 五、', '总计0000000 0000000 五、');
  const tBlank = corpusTables('pingtan-2019');
  if (Object.values(tBlank.t3.carried_over!).some((v) => v !== 0) || [tBlank.t4.review, tBlank.t4.suit_direct, tBlank.t4.suit_after_review].some((r) => Object.values(r!).some((v) => v !== 0))) {
    throw new Error('pingtan-2019: 二、上年结转 and table 四 are not all zeros');
  }
  tBlank.t3.carried_over!.commercial = null;
  tBlank.t4.suit_direct!.other = null;

  return [
    {
      name: 'resolved-by-text-2024',
      input: p2024,
      truth: { tables: t2024 },
      expect: {
        cells: { 't2.normative_documents.issued': 62, 't2.normative_documents.repealed': 33, 't2.normative_documents.in_force': 440 },
        unread: [],
        findings: [{ ruleId: 'extract-resolved', at: 't2.normative_documents' }],
      },
    },
    {
      name: 'plus-sign-2019',
      input: plus,
      truth: { tables: tPlus },
      expect: {
        cells: { 't2.licensing.previous_items': 0, 't2.licensing.change': 1, 't2.licensing.decisions': 1, 't2.fees.previous_items': 35, 't2.fees.change': 2 },
        unread: UNREAD_2019.filter((r) => r !== 't2.licensing' && r !== 't2.fees'),
        findings: [{ ruleId: 'extract-ambiguous', at: 't2.enforcement' }],
      },
    },
    {
      name: 'blank-among-zeros-2019',
      input: blank,
      truth: { tables: tBlank },
      expect: {
        cells: {
          ...Object.fromEntries(Object.entries(tBlank.t3.carried_over!).map(([c, v]) => [`t3.carried_over.${c}`, v])),
          ...Object.fromEntries(Object.entries(tBlank.t4.suit_direct!).map(([c, v]) => [`t4.suit_direct.${c}`, v])),
        },
        unread: UNREAD_2019,
        findings: [
          { ruleId: 'cell-blank', at: 't3.carried_over.commercial' },
          { ruleId: 'cell-blank', at: 't4.suit_direct.other' },
        ],
      },
    },
  ];
}

export function writeGluedRows(root = GLUED_ROWS): GluedRowsCase[] {
  return writeTextCases(root, buildGluedRows());
}
