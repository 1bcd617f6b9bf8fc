/**
 * Builds fixtures/table-edges/ (issue #17): where a flattened table meets the text around it, in two
 * shapes seen on real department reports held out from the project, each made from the corpus page
 * pingtan-2024 (fixtures/corpus-pages/pingtan-2024/page.txt) by a few replacements, with its truth (the
 * corpus's tables, fixtures/corpus/pingtan-2024.json, with the same changes):
 *
 * - `no-regulations-row-2024`: table 二 without its 规章 row (some departments leave it out), followed by a
 *   paragraph that names "规章、规范性文件" as words. The one true finding is 规章 missing; every other row of
 *   table 二 is read from the table, not from that paragraph.
 * - `year-after-table-2024`: the paragraph after table 二 and the one after table 三 start with the year
 *   ("…行政事业性收费18651.062024年，…", "…结转下年度继续办理00000002024年，…"): the year is prose, the
 *   rows are 18651.06 and 0 | 0 | 0 | 0 | 0 | 0 | 0.
 *
 * Each case folder holds input.txt, truth.json ({tables: {t2, t3, t4}} by row and column id) and
 * case.json (the rows the case is about and the cell-missing rows it must give, no more).
 * Run through the test runner (no tsx here):  UPDATE_FIXTURES=1 npx vitest run tests/table-edges.test.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TABLE_EDGES = join(import.meta.dirname, '../fixtures/table-edges');
const PAGES = join(import.meta.dirname, '../fixtures/corpus-pages');
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

type Tables = Record<'t2' | 't3' | 't4', Record<string, Record<string, number | null>>>;

export interface TableEdgesCase {
  name: string;
  input: string;
  truth: { tables: Tables };
  /** Rows (t2.<row>) the case is about: read, equal to the truth. */
  rows: string[];
  /** The only cell-missing findings, by row (t2.<row>). */
  missingRows: string[];
}

/** `text` with `from` (found exactly once) replaced by `to`. */
function once(text: string, from: string, to: string): string {
  const n = text.split(from).length - 1;
  if (n !== 1) throw new Error(`"${from}" is on the page ${n} times, not once`);
  return text.replace(from, to);
}

export function buildTableEdges(): TableEdgesCase[] {
  const page = readFileSync(join(PAGES, 'pingtan-2024', 'page.txt'), 'utf8');
  const tables = (JSON.parse(readFileSync(join(CORPUS, 'pingtan-2024.json'), 'utf8')) as { tables: Tables }).tables;
  const nd = tables.t2.normative_documents!;
  // The glued 行政规范性文件 row of the page is not what these cases are about: written with spaces.
  const spaced = once(page, '行政规范性文件6233440', `行政规范性文件${nd.issued} ${nd.repealed} ${nd.in_force}`);

  const noRegs = structuredClone(tables);
  delete noRegs.t2.regulations;
  const noRegulations = once(
    once(spaced, '现行有效件数规章000行政规范性文件', '现行有效件数行政规范性文件'),
    '行政事业性收费18651.06三、收到和处理',
    '行政事业性收费18651.06公开内容涵盖公示公告、重点领域信息公开等类别，其中公示公告重点公开相关规章、规范性文件。三、收到和处理',
  );

  const yearAfter = once(
    once(spaced, '行政事业性收费18651.06三、收到和处理', '行政事业性收费18651.062024年，我单位全面梳理主动公开事项。三、收到和处理'),
    '四、结转下年度继续办理0000000四、',
    '四、结转下年度继续办理00000002024年，全年所有申请均在法定期限内办结。四、',
  );

  const t2Rows = ['t2.normative_documents', 't2.licensing', 't2.penalty', 't2.enforcement', 't2.fees'];
  return [
    { name: 'no-regulations-row-2024', input: noRegulations, truth: { tables: noRegs }, rows: t2Rows, missingRows: ['t2.regulations'] },
    { name: 'year-after-table-2024', input: yearAfter, truth: { tables }, rows: [...t2Rows, 't3.carried_forward'], missingRows: [] },
  ];
}

export function writeTableEdges(root = TABLE_EDGES): TableEdgesCase[] {
  const cases = buildTableEdges();
  for (const c of cases) {
    const dir = join(root, c.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'input.txt'), c.input);
    writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(c.truth, null, 2)}\n`);
    writeFileSync(join(dir, 'case.json'), `${JSON.stringify({ name: c.name, rows: c.rows, missingRows: c.missingRows }, null, 2)}\n`);
  }
  return cases;
}
