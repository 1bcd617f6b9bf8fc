/**
 * Builds fixtures/forced-cells/ (issue #17): table cells a reader leaves unread that the report's own
 * sums force (analysis/forced.ts), from corpus reports, in the shape seen on real department reports
 * held out from the project: a 2021 table 三 whose three （六）其他处理 sub-rows share ONE merged row of
 * cells on the published page (rowspan=3) — flattened, the row's figures follow sub-row 1 only and
 * sub-rows 2 and 3 have none.
 *
 * - `merged-other`: pingtan-office-2025 (its （六） sub-rows all 0, 32 applications) as that web page
 *   (input.html: tests/support/publish.ts, the sub-rows' value cells merged over three rows), as its
 *   flattened text (input.txt: the corpus page.txt without the figures after sub-rows 2 and 3) and as a
 *   web copy one cell per line (lines.txt: the merged cells once, after sub-row 1). The page reads every
 *   cell; both texts leave sub-rows 2 and 3 unread, and （七）总计 forces each of their cells to 0.
 * - `difference`: pingtan-2023 (its glued rows （一） and （二） written with spaces), its flattened text
 *   without the figures of （六）3.其他 (1 0 0 0 0 0 1): in
 *   each column one cell is unread, and it is the difference between （七）总计 and the rows read. Also as
 *   the normalized JSON `convert` writes with ONE cell marked unread (input.json: （一）予以公开 自然人,
 *   42 of 80): its column and its row each leave it the difference.
 * - `broken`: the `difference` text with （六）1 written 3 0 0 0 0 0 3 (its own row holds): the rows read
 *   already add up to more than （七）总计 in 自然人 and 总计 (81 of 80, 82 of 81), so those sums are
 *   broken and nothing of 3.其他 may be worked out (the other columns would give 0, but its row's own sum
 *   could not be checked with them) — it stays unread. (Written 2 0 0 0 0 0 2 it would not be broken: 3.其他
 *   would be 0 and every sum would hold.)
 * - `digits-read`: the `difference` text with 3.其他's figures written 10000 (five digits for seven
 *   cells): the reader saw figures there, the sums must not overrule them — the row stays unread.
 * - `glued-difference`: the `difference` text with pingtan-2023's own glued rows as published
 *   （（一） 220000022, （二） 191000020): with 3.其他 unread the text reader cannot settle their splits by
 *   the sums alone, and 3.其他 cannot be worked out while they are unread; each combination of splits is
 *   tried with the cells it forces, and exactly one leaves every sum unbroken (resolvedBySums for the two
 *   rows, resolvedByRelation for 3.其他).
 *
 * Each case folder holds its inputs, truth.json (t3 by row and column id: every cell the case must read,
 * forced ones included) and case.json: the rows whose cells are forced (an extract-resolved note each),
 * the rows that must stay unread (an extract-failed each), per input file.
 * Run through the test runner (no tsx here):  UPDATE_FIXTURES=1 npx vitest run tests/forced-cells.test.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getFormat } from '../src/format/spec.js';
import { tableLayout, type CellValue } from '../src/renderers/template.js';
import { publishedFromCorpus, toHtml } from '../tests/support/publish.js';
import { layoutLines } from './make-text-fixtures.js';
import type { CorpusJson } from './corpus-json.js';

const FORCED_CELLS = join(import.meta.dirname, '../fixtures/forced-cells');
const PAGES = join(import.meta.dirname, '../fixtures/corpus-pages');
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

type Rows = Record<string, Record<string, number | null>>;

/** One input file of a case and what checking it must give. */
export interface ForcedInput {
  file: string;
  text: string;
  /** Rows of table 三 whose cells are worked out from the sums (one extract-resolved note each). */
  resolved: string[];
  /** Rows of table 三 that stay unread (extract-failed). */
  unread: string[];
  /** Rows of table 三 of run-together digits whose split the sums single out with the forced cells (resolvedBySums). */
  split?: string[];
}

export interface ForcedCase {
  name: string;
  corpus: string;
  /** Table 三 as the case must read it (the rows that stay unread left out). */
  truth: Rows;
  inputs: ForcedInput[];
}

const SUB_ROWS = ['other_no_correction', 'other_unpaid_fee', 'other_other'];

/** `text` with `from` (found exactly once) replaced by `to`. */
function once(text: string, from: string, to: string): string {
  const n = text.split(from).length - 1;
  if (n !== 1) throw new Error(`"${from}" is in the text ${n} times, not once`);
  return text.replace(from, to);
}

const corpus = (name: string): CorpusJson => JSON.parse(readFileSync(join(CORPUS, `${name}.json`), 'utf8')) as CorpusJson;
const page = (name: string): string => readFileSync(join(PAGES, name, 'page.txt'), 'utf8');

/** The web page with the value cells of （六）'s sub-rows merged over the three rows (Word writes rowspan="3"). */
function mergedPage(name: string): string {
  const p = publishedFromCorpus(name);
  const at = p.tables.t3.findIndex((row) => row.some((c) => c.text?.startsWith('1.申请人无正当理由逾期不补正')));
  if (at < 0) throw new Error('no （六）1 row');
  for (const c of p.tables.t3[at]!) if (c.text === undefined) c.rs = 3;
  for (const r of [at + 1, at + 2]) p.tables.t3[r] = p.tables.t3[r]!.filter((c) => c.text !== undefined);
  return toHtml(p);
}

/** The web copy one cell per line (make-text-fixtures.ts layout), the merged cells once: sub-rows 2 and 3 without value lines. */
function mergedLines(name: string): string {
  const c = corpus(name);
  const value = (id: string): CellValue => {
    const [t, row, col] = id.split('.') as ['t2' | 't3' | 't4', string, string];
    return c.tables[t]?.[row]?.[col];
  };
  const lines: { text: string; cell?: string }[] = [{ text: c.title }];
  if (c.period) lines.push({ text: `${c.period.text}。` });
  const tableOf: Record<number, 't2' | 't3' | 't4'> = { 1: 't2', 2: 't3', 3: 't4' };
  c.sections.forEach((s, i) => {
    lines.push({ text: s.heading });
    for (const para of s.text.split('\n')) if (para.trim() !== '') lines.push({ text: para });
    const t = tableOf[i];
    if (t && c.tables[t]) lines.push(...layoutLines(tableLayout(getFormat(c.format), t, { values: value })));
  });
  const merged = (l: { cell?: string }): boolean => l.cell !== undefined && (l.cell.startsWith('t3.other_unpaid_fee.') || l.cell.startsWith('t3.other_other.'));
  return `${lines.filter((l) => !merged(l)).map((l) => l.text).join('\n')}\n`;
}

export function buildForcedCells(): ForcedCase[] {
  // merged-other: pingtan-office-2025.
  const office = corpus('pingtan-office-2025');
  for (const r of SUB_ROWS) if (Object.values(office.tables.t3![r]!).some((v) => v !== 0)) throw new Error(`pingtan-office-2025 ${r} is not all 0`);
  const officeText = once(
    page('pingtan-office-2025'),
    '行政机关不再处理其政府信息公开申请00000003.其他0000000（七）总计',
    '行政机关不再处理其政府信息公开申请3.其他（七）总计',
  );
  const merged: ForcedCase = {
    name: 'merged-other',
    corpus: 'pingtan-office-2025',
    truth: office.tables.t3!,
    inputs: [
      { file: 'input.html', text: mergedPage('pingtan-office-2025'), resolved: [], unread: [] },
      { file: 'input.txt', text: officeText, resolved: ['other_unpaid_fee', 'other_other'], unread: [] },
      { file: 'lines.txt', text: mergedLines('pingtan-office-2025'), resolved: ['other_unpaid_fee', 'other_other'], unread: [] },
    ],
  };

  // difference: pingtan-2023, （六）3.其他 1 0 0 0 0 0 1 not in the text.
  const y2023 = corpus('pingtan-2023');
  const t3 = y2023.tables.t3!;
  // Its glued rows （一） and （二） (split by the whole table's sums, which the unread row would leave
  // open) are not what these cases are about: written with spaces.
  const spaced = once(once(page('pingtan-2023'), '予以公开220000022', '予以公开22 0 0 0 0 0 22'), '不计其他情形）191000020', '不计其他情形）19 1 0 0 0 0 20');
  const withoutOther = once(spaced, '3.其他1000001（七）总计', '3.其他（七）总计');
  const json = structuredClone(y2023) as Omit<CorpusJson, 'tables'> & { tables: { t3: Record<string, Record<string, unknown>> } };
  json.tables.t3.granted!.natural = { value: null, status: 'unread', reason: '原网页此格看不清' };
  const difference: ForcedCase = {
    name: 'difference',
    corpus: 'pingtan-2023',
    truth: t3,
    inputs: [
      { file: 'input.txt', text: withoutOther, resolved: ['other_other'], unread: [] },
      { file: 'input.json', text: `${JSON.stringify(json, null, 2)}\n`, resolved: ['granted'], unread: [] },
    ],
  };

  // broken: （六）1 two more in 自然人 and 总计; 3.其他 must stay unread.
  const brokenTruth = structuredClone(t3);
  brokenTruth.other_no_correction = { ...brokenTruth.other_no_correction!, natural: 3, total: 3 };
  delete brokenTruth.other_other;
  const broken: ForcedCase = {
    name: 'broken',
    corpus: 'pingtan-2023',
    truth: brokenTruth,
    inputs: [{ file: 'input.txt', text: once(withoutOther, '政府信息公开申请10000012.申请人逾期', '政府信息公开申请30000032.申请人逾期'), resolved: [], unread: ['other_other'] }],
  };

  // digits-read: figures the reader saw but could not split are not overruled by the sums.
  const digitsTruth = structuredClone(t3);
  delete digitsTruth.other_other;
  const digits: ForcedCase = {
    name: 'digits-read',
    corpus: 'pingtan-2023',
    truth: digitsTruth,
    inputs: [{ file: 'input.txt', text: once(spaced, '3.其他1000001（七）总计', '3.其他10000（七）总计'), resolved: [], unread: ['other_other'] }],
  };
  // glued-difference: the page's own glued rows （一） 220000022 and （二） 191000020 as published, and 3.其他's
  // figures gone: neither the splits nor the unread row alone are settled by the sums, together they are.
  const glued: ForcedCase = {
    name: 'glued-difference',
    corpus: 'pingtan-2023',
    truth: t3,
    inputs: [{ file: 'input.txt', text: once(page('pingtan-2023'), '3.其他1000001（七）总计', '3.其他（七）总计'), resolved: ['other_other'], unread: [], split: ['granted', 'partly_granted'] }],
  };
  return [merged, difference, broken, digits, glued];
}

export function writeForcedCells(root = FORCED_CELLS): ForcedCase[] {
  const cases = buildForcedCells();
  for (const c of cases) {
    const dir = join(root, c.name);
    mkdirSync(dir, { recursive: true });
    for (const i of c.inputs) writeFileSync(join(dir, i.file), i.text);
    writeFileSync(join(dir, 'truth.json'), `${JSON.stringify({ t3: c.truth }, null, 2)}\n`);
    const inputs = c.inputs.map(({ file, resolved, unread, split }) => ({ file, resolved, unread, ...(split ? { split } : {}) }));
    writeFileSync(join(dir, 'case.json'), `${JSON.stringify({ name: c.name, corpus: c.corpus, inputs }, null, 2)}\n`);
  }
  return cases;
}
