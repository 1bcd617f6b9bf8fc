/**
 * Builds fixtures/glued-years/ (issue #17 items 5 and 10): a glued table-二 row resolved — or not — by
 * last year's report of the same agency in the batch. This year: the published text of pingtan-2022
 * (fixtures/corpus-pages/pingtan-2022/page.txt), whose row 行政规范性文件 reads "8855698" (88 | 55 | 698, and
 * several other splits), with the one sentence of its section 一 that restates those figures reworded
 * without them, so that the report's own text no longer singles a split out. Last year: pingtan-2021 of
 * the corpus (fixtures/corpus/pingtan-2021.json: 现行有效 665; 665 + 88 − 55 = 698).
 *
 * - `resolved/`: both years — exactly one split fits;
 * - `no-last-year/`: this year alone — the row stays unread;
 * - `two-fit/`: this year's digits with one changed (8855598) and last year's 现行有效 a figure two of its
 *   splits fit — stays unread;
 * - `none-fits/`: last year's 现行有效 changed to one no split fits — stays unread;
 * - `reference/`: this year with the row written as separate figures ("88 55 698"), read directly: the
 *   resolved file must give the findings this one gives, and the note.
 *
 * Both rows glued: this year's 规章 row "000" becomes "2315" (2 | 3 | 15, 2 | 31 | 5, 23 | 1 | 5), so that
 * the report has two ambiguous rows whose splits combine (3 × 15).
 * - `both-resolved/`: last year's 规章 现行有效 16 (16 + 2 − 3 = 15: only 2 | 3 | 15 fits) and 行政规范性文件
 *   665 — each row resolved by its own figure;
 * - `both-reference/`: the same with both rows written as separate figures (the truth);
 * - `one-of-two/`: last year as in the corpus (规章 现行有效 0, which no split of "2315" fits) — only the
 *   行政规范性文件 row is resolved, the 规章 row stays unread;
 * - `one-of-two-reference/`: the same with only the 行政规范性文件 row written apart.
 *
 * The year after, and years in a row (a split taken for one year is known for the next):
 * - `two-fit-next-year/`: two-fit's two files and next year's report (pingtan-2023 of the corpus, its
 *   行政规范性文件 现行有效 set so that it implies 598 this year): last year leaves two splits, next year three
 *   (it gives only this year's 现行有效), both together one — 88 | 55 | 598 — taken, the note naming both;
 * - `next-year-alone/`: this year and next year's report implying 698 — the three splits ending in 698 fit:
 *   stays unread;
 * - `years-disagree/`: last year as in `resolved` (88 | 55 | 698) and next year implying 5698 (8 | 85 | 5698):
 *   no split fits both — stays unread;
 * - `chain/`: last year (665), this year glued, and the year after glued too — pingtan-2023's published text
 *   with its row "行政规范性文件77132470" made "77132643" (the figures that follow from 698 + 77 − 132) and
 *   its sentence that restates them reworded without them; 2022 is resolved by 2021, then 2023 by 2022's
 *   split (only 77 | 132 | 643 fits 698);
 * - `chain-reference/`: the same three years with both rows written as separate figures (the truth).
 *
 * Run through the test runner (no tsx here):  UPDATE_FIXTURES=1 npx vitest run tests/glued-years.test.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const GLUED_YEARS = join(import.meta.dirname, '../fixtures/glued-years');
const PAGES = join(import.meta.dirname, '../fixtures/corpus-pages');
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

const GLUED = '行政规范性文件8855698';
/** The glued digits with one changed, so that two splits fit one figure of last year. */
export const TWO_FIT = '8855598';
const SAID = '设立规范性文件库，集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。';
const REWORDED = '设立规范性文件库，集中公开现行有效行政规范性文件，动态更新本年度制发的规范性文件。';

/** The year after: pingtan-2023's page, its row glued to the figures that follow from 698, its sentence reworded. */
const NEXT_ROW = '行政规范性文件77132470';
const NEXT_GLUED = '行政规范性文件77132643';
export const NEXT_TRUTH = [77, 132, 643] as const;
const NEXT_SAID = '清理并集中发布现行有效行政规范性文件393件，动态更新本年度制发的规范性文件77件。';
const NEXT_REWORDED = '清理并集中发布现行有效行政规范性文件，动态更新本年度制发的规范性文件。';

/** This year's 规章 row glued too, and the figures it stands for. */
const GLUED_REGULATIONS = '规章2315';
const REGULATIONS = '规章000';
/** The truth of the glued rows in the both-rows cases. */
export const BOTH_TRUTH = { regulations: [2, 3, 15], normative_documents: [88, 55, 698] } as const;

/** Every split of `digits` into three whole numbers written without leading zeros. */
export function threeSplits(digits: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  const ok = (s: string): boolean => s.length > 0 && (s === '0' || !s.startsWith('0'));
  for (let i = 1; i < digits.length - 1; i++) {
    for (let j = i + 1; j < digits.length; j++) {
      const [a, b, c] = [digits.slice(0, i), digits.slice(i, j), digits.slice(j)];
      if (ok(a) && ok(b) && ok(c)) out.push([Number(a), Number(b), Number(c)]);
    }
  }
  return out;
}

/** Last year's 现行有效 that `n` splits of the digits fit (last + issued − repealed = in force): the smallest. */
export function inForceFitting(digits: string, n: number): number {
  const count = new Map<number, number>();
  for (const [a, b, c] of threeSplits(digits)) {
    const last = c - a + b;
    if (last >= 0) count.set(last, (count.get(last) ?? 0) + 1);
  }
  const fits = [...count].filter(([, k]) => k === n).map(([v]) => v);
  if (fits.length === 0) throw new Error(`no figure ${n} splits of ${digits} fit`);
  return Math.min(...fits);
}

export interface GluedYearsCase {
  name: string;
  /** File name → content. */
  files: Record<string, string>;
  /** What must happen to this year's row. */
  expect: {
    resolved: boolean;
    chosen?: string;
    lastYear?: number;
    /** The 现行有效 this year that next year's report implies, when it is part of the evidence. */
    nextYear?: number;
    regulations?: { resolved: boolean; chosen?: string; lastYear: number };
    /** The year after's glued row (`chain`), resolved by this year's split. */
    following?: { chosen: string; lastYear: number };
  };
}

export function buildGluedYears(): GluedYearsCase[] {
  const page = readFileSync(join(PAGES, 'pingtan-2022', 'page.txt'), 'utf8');
  for (const s of [GLUED, SAID, REGULATIONS]) if (page.split(s).length !== 2) throw new Error(`"${s}" is not on the page exactly once`);
  const thisYear = page.replace(SAID, REWORDED);
  const lastYear = JSON.parse(readFileSync(join(CORPUS, 'pingtan-2021.json'), 'utf8')) as { tables: { t2: Record<'regulations' | 'normative_documents', { in_force: number }> } };
  const withInForce = (v: number, regulations?: number): string => {
    const copy = structuredClone(lastYear);
    copy.tables.t2.normative_documents.in_force = v;
    if (regulations !== undefined) copy.tables.t2.regulations.in_force = regulations;
    return `${JSON.stringify(copy, null, 2)}\n`;
  };
  const last = lastYear.tables.t2.normative_documents.in_force;
  // Next year: the corpus's 2023 report with its 现行有效 set so that it implies `inForce` this year.
  const nextYear = JSON.parse(readFileSync(join(CORPUS, 'pingtan-2023.json'), 'utf8')) as { tables: { t2: Record<'normative_documents', { issued: number; repealed: number; in_force: number }> } };
  const nextYearImplying = (inForce: number): string => {
    const copy = structuredClone(nextYear);
    const row = copy.tables.t2.normative_documents;
    row.in_force = inForce + row.issued - row.repealed;
    return `${JSON.stringify(copy, null, 2)}\n`;
  };
  const page2023 = readFileSync(join(PAGES, 'pingtan-2023', 'page.txt'), 'utf8');
  for (const s of [NEXT_ROW, NEXT_SAID]) if (page2023.split(s).length !== 2) throw new Error(`"${s}" is not on the 2023 page exactly once`);
  const nextPage = page2023.replace(NEXT_SAID, NEXT_REWORDED).replace(NEXT_ROW, NEXT_GLUED);
  const [ni, nr, nf] = NEXT_TRUTH;
  const nextFits = threeSplits(NEXT_GLUED.replace(/\D/g, '')).filter(([a, b, c]) => BOTH_TRUTH.normative_documents[2] + a - b === c);
  if (nextFits.length !== 1 || nextFits[0]!.join() !== [ni, nr, nf].join()) throw new Error(`698 does not single out ${NEXT_TRUTH.join(' | ')} of ${NEXT_GLUED}`);
  const lastRegulations = lastYear.tables.t2.regulations.in_force;
  const [ri, rr, rf] = BOTH_TRUTH.regulations;
  // Last year's 规章 现行有效 that only the true split fits, and the corpus figure, which none fits.
  const fitsRegulations = rf - ri + rr;
  const regulationDigits = GLUED_REGULATIONS.replace(/\D/g, '');
  if (threeSplits(regulationDigits).filter(([a, b, c]) => fitsRegulations + a - b === c).length !== 1) throw new Error(`${fitsRegulations} does not single out one split of ${regulationDigits}`);
  if (threeSplits(regulationDigits).some(([a, b, c]) => lastRegulations + a - b === c)) throw new Error(`a split of ${regulationDigits} fits ${lastRegulations}`);
  const bothGlued = thisYear.replace(REGULATIONS, GLUED_REGULATIONS);
  const apart = (t: string, regulations: boolean): string =>
    (regulations ? t.replace(GLUED_REGULATIONS, `规章 ${BOTH_TRUTH.regulations.join(' ')} `) : t).replace(GLUED, `行政规范性文件 ${BOTH_TRUTH.normative_documents.join(' ')}`);
  const chosen = BOTH_TRUTH.normative_documents.join(' | ');
  const digits = GLUED.replace(/\D/g, '');
  const none = [...Array(1000).keys()].find((v) => !threeSplits(digits).some(([a, b, c]) => v + a - b === c))!;
  return [
    { name: 'resolved', files: { 'pingtan-2021.json': withInForce(last), 'pingtan-2022.txt': thisYear }, expect: { resolved: true, chosen: '88 | 55 | 698', lastYear: last } },
    { name: 'no-last-year', files: { 'pingtan-2022.txt': thisYear }, expect: { resolved: false } },
    // One digit changed (8855598): 88 | 55 | 598 and 88 | 555 | 98 both fit a 现行有效 of 565 last year.
    { name: 'two-fit', files: { 'pingtan-2021.json': withInForce(inForceFitting(TWO_FIT, 2)), 'pingtan-2022.txt': thisYear.replace(GLUED, `行政规范性文件${TWO_FIT}`) }, expect: { resolved: false } },
    { name: 'none-fits', files: { 'pingtan-2021.json': withInForce(none), 'pingtan-2022.txt': thisYear }, expect: { resolved: false } },
    { name: 'reference', files: { 'pingtan-2021.json': withInForce(last), 'pingtan-2022.txt': thisYear.replace(GLUED, '行政规范性文件 88 55 698') }, expect: { resolved: false } },
    {
      name: 'both-resolved',
      files: { 'pingtan-2021.json': withInForce(last, fitsRegulations), 'pingtan-2022.txt': bothGlued },
      expect: { resolved: true, chosen, lastYear: last, regulations: { resolved: true, chosen: BOTH_TRUTH.regulations.join(' | '), lastYear: fitsRegulations } },
    },
    { name: 'both-reference', files: { 'pingtan-2021.json': withInForce(last, fitsRegulations), 'pingtan-2022.txt': apart(bothGlued, true) }, expect: { resolved: false } },
    {
      name: 'one-of-two',
      files: { 'pingtan-2021.json': withInForce(last), 'pingtan-2022.txt': bothGlued },
      expect: { resolved: true, chosen, lastYear: last, regulations: { resolved: false, lastYear: lastRegulations } },
    },
    { name: 'one-of-two-reference', files: { 'pingtan-2021.json': withInForce(last), 'pingtan-2022.txt': apart(bothGlued, false) }, expect: { resolved: false } },
    {
      name: 'two-fit-next-year',
      files: {
        'pingtan-2021.json': withInForce(inForceFitting(TWO_FIT, 2)),
        'pingtan-2022.txt': thisYear.replace(GLUED, `行政规范性文件${TWO_FIT}`),
        'pingtan-2023.json': nextYearImplying(598),
      },
      expect: { resolved: true, chosen: '88 | 55 | 598', lastYear: inForceFitting(TWO_FIT, 2), nextYear: 598 },
    },
    { name: 'next-year-alone', files: { 'pingtan-2022.txt': thisYear, 'pingtan-2023.json': nextYearImplying(698) }, expect: { resolved: false } },
    {
      name: 'years-disagree',
      files: { 'pingtan-2021.json': withInForce(last), 'pingtan-2022.txt': thisYear, 'pingtan-2023.json': nextYearImplying(5698) },
      expect: { resolved: false },
    },
    {
      name: 'chain',
      files: { 'pingtan-2021.json': withInForce(last), 'pingtan-2022.txt': thisYear, 'pingtan-2023.txt': nextPage },
      expect: { resolved: true, chosen: '88 | 55 | 698', lastYear: last, following: { chosen: NEXT_TRUTH.join(' | '), lastYear: 698 } },
    },
    {
      name: 'chain-reference',
      files: {
        'pingtan-2021.json': withInForce(last),
        'pingtan-2022.txt': thisYear.replace(GLUED, `行政规范性文件 ${BOTH_TRUTH.normative_documents.join(' ')}`),
        'pingtan-2023.txt': nextPage.replace(NEXT_GLUED, `行政规范性文件 ${NEXT_TRUTH.join(' ')}`),
      },
      expect: { resolved: false },
    },
  ];
}

export function writeGluedYears(root = GLUED_YEARS): GluedYearsCase[] {
  const cases = buildGluedYears();
  for (const c of cases) {
    const dir = join(root, c.name);
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(c.files)) writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, 'case.json'), `${JSON.stringify({ name: c.name, expect: c.expect }, null, 2)}\n`);
  }
  return cases;
}
