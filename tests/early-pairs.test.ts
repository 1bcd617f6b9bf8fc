/**
 * Year-over-year pairs compared while a run goes on (src/check/crossfile.ts EarlyPairs): as each file's facts
 * come in, in whatever order the checking processes finish them, it is compared with the files of its agency
 * in of the year before and after; at the end CrossFile takes those findings instead of comparing again.
 * The findings must be the same as comparing every pair at the end, and the end must not compare again.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, type ReportFacts } from '../src/analysis/facts.js';
import { CrossFile, EarlyPairs, factsKey } from '../src/check/crossfile.js';
import { readReport } from '../src/node/file.js';
import { checkPaths } from '../src/node/run.js';

const corpus = (n: string): string => `fixtures/corpus/${n}.json`;

async function factsOf(names: string[]): Promise<ReportFacts[]> {
  return Promise.all(names.map(async (n) => extractFacts(await readReport(corpus(n)))));
}

/** A copy of one report's facts under another file name (the same report published twice, as .json and .xlsx, say). */
function copyAs(f: ReportFacts, file: string): ReportFacts {
  return { ...f, file };
}

/** Every file's cross-file findings, as text, and how many facts were loaded for them. */
function findingsOf(facts: ReportFacts[], early?: EarlyPairs): { found: string[]; loads: number } {
  let loads = 0;
  const cross = new CrossFile(facts.map(factsKey), (i) => (loads++, facts[i]), early ? { early } : {});
  const found = facts.flatMap((f, i) => cross.findings(i).map((d) => `${f.file} ${JSON.stringify(d)}`));
  return { found, loads };
}

describe('year-over-year pairs compared as the files come in', () => {
  it('give the same findings as comparing at the end, in any order of arrival, with the end comparing nothing again', async () => {
    const chain = await factsOf(['pingtan-2021', 'pingtan-2022', 'pingtan-2023', 'pingtan-2024', 'pingtan-2025', 'pingtan-police-2021', 'pingtan-police-2024', 'pingtan-finance-2021', 'pingtan-finance-2023']);
    // 2024 twice (two formats of one report): each 2025 file is compared with both, the findings named once.
    const facts = [...chain, copyAs(chain[3]!, 'pingtan-2024.xlsx')];
    const atEnd = findingsOf(facts);
    expect(atEnd.found.filter((x) => x.includes('"yoy-in-force"')).length).toBeGreaterThanOrEqual(3);
    expect(atEnd.found.some((x) => x.includes('"yoy-missing-year"'))).toBe(true);
    for (const order of [facts.map((_, i) => i), facts.map((_, i) => facts.length - 1 - i), [4, 0, 9, 2, 7, 1, 8, 3, 6, 5]]) {
      let loads = 0;
      const early = new EarlyPairs((i) => (loads++, facts[i]));
      for (const i of order) early.add(i, factsKey(facts[i]));
      // Adjacent years of one agency: 2021>2022, 2022>2023, 2023>2024 (two files), 2024 (two)>2025.
      expect(early.found(0, 1)).toBeDefined();
      expect(early.found(3, 4)).toBeDefined();
      expect(early.found(9, 4)).toBeDefined();
      expect(early.found(2, 9)).toBeDefined();
      // Not adjacent, or not one agency: not compared.
      expect(early.found(5, 6)).toBeUndefined();
      expect(early.found(7, 8)).toBeUndefined();
      expect(early.found(0, 5)).toBeUndefined();
      expect(loads).toBeGreaterThan(0);
      const withEarly = findingsOf(facts, early);
      expect(withEarly.found).toEqual(atEnd.found);
      // The end loads only the later file of each pair, no longer the earlier ones.
      expect(withEarly.loads).toBeLessThan(atEnd.loads);
    }
  });

  it('leave a file with a glued table-二 row to the end (the years around it resolve the row first)', async () => {
    const [a, b] = await factsOf(['pingtan-2023', 'pingtan-2024']);
    const early = new EarlyPairs((i) => [a, b][i]);
    early.add(0, factsKey(a));
    early.add(1, { ...factsKey(b), glued: true });
    expect(early.found(0, 1)).toBeUndefined();
  });

  it('a file given with no agency or year, or unreadable, is compared with nothing', async () => {
    const [a] = await factsOf(['pingtan-2023']);
    let loads = 0;
    const early = new EarlyPairs(() => (loads++, a));
    early.add(0, undefined);
    early.add(1, { year: 2024 });
    early.add(2, { agencyKey: a!.agencyKey! });
    expect(loads).toBe(0);
  });

  it('through a run: the chain checked with 2 jobs (files in as they finish) and with 1 gives the same findings', async () => {
    const files = ['pingtan-2021', 'pingtan-2022', 'pingtan-2023', 'pingtan-2024', 'pingtan-2025'].map(corpus);
    const one = await checkPaths(files, { jobs: 1 });
    const two = await checkPaths(files, { jobs: 2 });
    const yoy = (r: typeof one): string[] => r.files.flatMap((f) => f.diagnostics.filter((d) => d.ruleId.startsWith('yoy-')).map((d) => `${f.file} ${d.ruleId} ${d.message}`));
    expect(yoy(one).length).toBeGreaterThan(3);
    expect(yoy(two)).toEqual(yoy(one));
  });
});
