/**
 * Glued table-二 rows resolved with last year's report in the batch (#17 item 5): this year's
 * "行政规范性文件8855698" (pingtan-2022's page, its restating sentence reworded) has several splits; with
 * pingtan-2021 in the same run (现行有效 665), only 88 | 55 | 698 fits 665 + 本年制发 − 本年废止 = 现行有效. The
 * split is taken — extract-resolved names last year's file — and the file's findings are those of the
 * report read with that split (the same as the page with the row written as separate figures). Without
 * last year, with a figure two splits fit, or one none fits, the row stays unread (extract-ambiguous).
 * Through the built CLI (checking processes, spool, cross-file step) and the in-process API.
 *
 * Both rows glued (规章 "2315" too): each row is resolved by its own figure of last year, the file gets one
 * note per row and the findings of the report read with both splits (both-reference: both rows written
 * apart); when last year's 规章 fits no split, only 行政规范性文件 is taken (one-of-two-reference).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../src/check/bytes.js';
import { CrossFile, factsKey } from '../src/check/crossfile.js';
import { resolveByNeighbours, resolveChain, type GluedFacts } from '../src/check/glued-years.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { BOTH_TRUTH, buildGluedYears, GLUED_YEARS, threeSplits, TWO_FIT, writeGluedYears } from '../scripts/make-glued-years.js';
import { updatingFixtures } from './support/fixtures.js';

const ROOT = join(import.meta.dirname, '..');
const cases = updatingFixtures() ? writeGluedYears() : buildGluedYears();
const THIS_YEAR = 'pingtan-2022.txt';

describe('fixtures/glued-years are what scripts/make-glued-years.ts builds', () => {
  it('file for file (UPDATE_FIXTURES=1 regenerates)', () => {
    for (const c of cases) {
      for (const [name, text] of Object.entries(c.files)) expect(readFileSync(join(GLUED_YEARS, c.name, name), 'utf8'), `${c.name}/${name}`).toBe(text);
      expect(JSON.parse(readFileSync(join(GLUED_YEARS, c.name, 'case.json'), 'utf8'))).toEqual({ name: c.name, expect: c.expect });
    }
  });

  it('the glued digits split in several ways; two-fit has two that fit and none-fits none', () => {
    expect(threeSplits('8855698').length).toBeGreaterThan(2);
    const fit = (c: string, digits = '8855698'): number => {
      const last = (JSON.parse(cases.find((x) => x.name === c)!.files['pingtan-2021.json']!) as { tables: { t2: { normative_documents: { in_force: number } } } }).tables.t2.normative_documents.in_force;
      return threeSplits(digits).filter(([a, b, x]) => last + a - b === x).length;
    };
    expect(cases.find((x) => x.name === 'two-fit')!.files[THIS_YEAR]).toContain(`行政规范性文件${TWO_FIT}`);
    expect([fit('resolved'), fit('two-fit', TWO_FIT), fit('none-fits')]).toEqual([1, 2, 0]);
  });
});

/** The built CLI on the given files of a case folder: each file's diagnostics. */
function check(dir: string, files: string[], ...args: string[]): Map<string, Diagnostic[]> {
  const paths = files.map((f) => join('fixtures/glued-years', dir, f));
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', ...paths, '-f', 'json', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out = JSON.parse(r.stdout) as { files: { file: string; diagnostics: Diagnostic[] }[] };
  return new Map(out.files.map((f) => [f.file.split('/').pop()!, f.diagnostics]));
}

const about = (ds: Diagnostic[], rule: string): Diagnostic[] => ds.filter((d) => d.ruleId === rule && d.location.table === 't2' && d.location.row === 'normative_documents');
/** A diagnostic without where it is in the file (the row's digits written apart move the text after them). */
const logical = (d: Diagnostic): string => JSON.stringify({ ruleId: d.ruleId, severity: d.severity, message: d.message, location: d.location, expected: d.expected, actual: d.actual });

describe('a glued row of table 二 and last year’s report in the same run (built CLI)', () => {
  it('resolved: the one split that fits is taken, the note names last year’s file, the findings are the report’s read with it', () => {
    const files = Object.keys(cases.find((c) => c.name === 'resolved')!.files);
    const got = check('resolved', files).get(THIS_YEAR)!;
    expect(about(got, 'extract-ambiguous')).toEqual([]);
    const note = about(got, 'extract-resolved');
    expect(note).toHaveLength(1);
    expect(note[0]!.severity).toBe('info');
    expect(note[0]!.message).toContain('“8855698”');
    expect(note[0]!.message).toContain('“88 | 55 | 698”');
    expect(note[0]!.message).toContain('fixtures/glued-years/resolved/pingtan-2021.json');
    expect(note[0]!.message).toContain('665');
    expect(note[0]!.physical?.line).toBe(10);
    // The same findings as the page whose row is written as separate figures (and the note).
    const reference = check('reference', files).get(THIS_YEAR)!;
    expect(got.filter((d) => d !== note[0]).map(logical).sort()).toEqual(reference.map(logical).sort());
    // The row is read: yoy-in-force holds, and nothing calls its cells unread or missing.
    expect(got.filter((d) => d.location.row === 'normative_documents' && d.ruleId !== 'extract-resolved')).toEqual([]);
    // English.
    const en = check('resolved', files, '--lang', 'en').get(THIS_YEAR)!;
    expect(about(en, 'extract-resolved')[0]!.message).toMatch(/last year's report in the same run \(fixtures\/glued-years\/resolved\/pingtan-2021\.json\) has 665 in force.*only "88 \| 55 \| 698" agrees/);
  });

  it('the reference reads 88 | 55 | 698 directly, and the report alone leaves the glued row unread', () => {
    const reference = check('reference', ['pingtan-2021.json', THIS_YEAR]).get(THIS_YEAR)!;
    expect(reference.filter((d) => d.category === 'extraction')).toEqual([]);
    const alone = check('no-last-year', [THIS_YEAR]).get(THIS_YEAR)!;
    expect(about(alone, 'extract-ambiguous')).toHaveLength(1);
    expect(about(alone, 'extract-resolved')).toEqual([]);
  });

  for (const name of ['two-fit', 'none-fits']) {
    it(`${name}: last year leaves ${name === 'two-fit' ? 'two splits' : 'no split'} — the row stays unread, never a guess`, () => {
      const got = check(name, ['pingtan-2021.json', THIS_YEAR]).get(THIS_YEAR)!;
      expect(about(got, 'extract-ambiguous')).toHaveLength(1);
      expect(about(got, 'extract-resolved')).toEqual([]);
      // The unread row is not checked against last year either.
      expect(about(got, 'yoy-in-force')).toEqual([]);
    });
  }
});

describe('in process: the facts carry the checked splits, the cross-file step picks one', () => {
  const read = async (dir: string, file: string) => checkBytes(join('fixtures/glued-years', dir, file), readFileSync(join(GLUED_YEARS, dir, file)));

  it('each split of the glued row is checked once, with its own findings', async () => {
    const { facts } = await read('no-last-year', THIS_YEAR);
    expect((facts as GluedFacts).glued!.rows).toHaveLength(1);
    expect((facts as GluedFacts).glued!.pairs).toEqual([]);
    const glued = (facts as GluedFacts).glued!.rows[0]!;
    expect(glued.row).toBe('normative_documents');
    expect(glued.raw).toBe('8855698');
    expect(glued.splits.map((s) => s.raw.join('|'))).toContain('88|55|698');
    for (const s of glued.splits) expect(s.diagnostics.filter((d) => d.ruleId === 'extract-ambiguous' && d.location.row === 'normative_documents')).toEqual([]);
  });

  it('a report whose row is read, or read from its own text, carries nothing', async () => {
    expect(((await read('reference', THIS_YEAR)).facts as GluedFacts).glued).toBeUndefined();
    const page = readFileSync(join(ROOT, 'fixtures/corpus-pages/pingtan-2022/page.txt'));
    const own = await checkBytes('page.txt', page);
    expect(own.result.diagnostics.some((d) => d.ruleId === 'extract-resolved' && d.location.row === 'normative_documents')).toBe(true);
    expect((own.facts as GluedFacts).glued).toBeUndefined();
  });

  it('CrossFile.apply and --previous give the same', async () => {
    const last = await read('resolved', 'pingtan-2021.json');
    const cur = await read('resolved', THIS_YEAR);
    const all = [last, cur];
    const cross = new CrossFile(all.map((x) => factsKey(x.facts)), (i) => all[i]!.facts);
    const batch = cross.apply(1, cur.result);
    expect(about(batch.diagnostics, 'extract-resolved')).toHaveLength(1);
    const previous = new CrossFile([factsKey(cur.facts)], () => cur.facts, { previous: last.facts });
    expect(previous.apply(0, cur.result).diagnostics.map((d) => d.message)).toEqual(batch.diagnostics.map((d) => d.message));
    // Counts follow the diagnostics.
    expect(batch.infoCount).toBe(batch.diagnostics.filter((d) => d.severity === 'info').length);
    // The facts are not loaded for a file without such a row.
    let loaded = 0;
    resolveByNeighbours(last.result, () => (loaded++, last.facts), () => [], () => ({}));
    expect(loaded).toBe(0);
  });
});

/** The built CLI on a case folder (`gongkai check <dir> -f json`): each file's diagnostics. */
function checkDir(dir: string, ...args: string[]): Map<string, Diagnostic[]> {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', join('fixtures/glued-years', dir), '-f', 'json', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out = JSON.parse(r.stdout) as { files: { file: string; diagnostics: Diagnostic[] }[] };
  return new Map(out.files.map((f) => [f.file.split('/').pop()!, f.diagnostics]));
}

const at = (ds: Diagnostic[], rule: string, row: string): Diagnostic[] => ds.filter((d) => d.ruleId === rule && d.location.table === 't2' && d.location.row === row);
/** The truth of a row as the note quotes it. */
const quoted = (row: keyof typeof BOTH_TRUTH): string => `“${BOTH_TRUTH[row].join(' | ')}”`;

describe('both rows of table 二 glued, and last year’s report in the same folder (built CLI)', () => {
  it('both resolved: one note per row naming last year’s file, the findings of the report read with both splits', () => {
    const got = checkDir('both-resolved').get(THIS_YEAR)!;
    for (const row of ['regulations', 'normative_documents'] as const) {
      expect(at(got, 'extract-ambiguous', row), row).toEqual([]);
      const note = at(got, 'extract-resolved', row);
      expect(note, row).toHaveLength(1);
      expect(note[0]!.message).toContain(quoted(row));
      expect(note[0]!.message).toContain('fixtures/glued-years/both-resolved/pingtan-2021.json');
      expect(note[0]!.physical?.line).toBe(10);
    }
    expect(at(got, 'extract-resolved', 'regulations')[0]!.message).toContain('“2315”');
    expect(at(got, 'extract-resolved', 'regulations')[0]!.message).toContain('16');
    expect(at(got, 'extract-resolved', 'normative_documents')[0]!.message).toContain('665');
    // The findings of the same report with both rows written apart (the truth), and the two notes.
    const reference = checkDir('both-reference').get(THIS_YEAR)!;
    expect(reference.filter((d) => d.category === 'extraction')).toEqual([]);
    expect(got.filter((d) => d.ruleId !== 'extract-resolved').map(logical).sort()).toEqual(reference.map(logical).sort());
    // Both rows are read: nothing about them but the notes (yoy-in-force holds for each).
    expect(got.filter((d) => d.location.table === 't2' && ['regulations', 'normative_documents'].includes(d.location.row!) && d.ruleId !== 'extract-resolved')).toEqual([]);
  });

  it('one of two: last year’s 规章 fits no split — only 行政规范性文件 is taken, 规章 stays unread', () => {
    const got = checkDir('one-of-two').get(THIS_YEAR)!;
    expect(at(got, 'extract-resolved', 'regulations')).toEqual([]);
    expect(at(got, 'extract-ambiguous', 'regulations')).toHaveLength(1);
    expect(at(got, 'extract-ambiguous', 'normative_documents')).toEqual([]);
    const note = at(got, 'extract-resolved', 'normative_documents');
    expect(note).toHaveLength(1);
    expect(note[0]!.message).toContain(quoted('normative_documents'));
    // The findings of the report with only 行政规范性文件 written apart (规章 still glued there too), and the note.
    const reference = checkDir('one-of-two-reference').get(THIS_YEAR)!;
    expect(at(reference, 'extract-ambiguous', 'regulations')).toHaveLength(1);
    expect(got.filter((d) => d !== note[0]).map(logical).sort()).toEqual(reference.map(logical).sort());
  });
});

describe('in process: both rows glued — every combination checked once, each row picked by its own figure', () => {
  const read = async (dir: string, file: string) => checkBytes(join('fixtures/glued-years', dir, file), readFileSync(join(GLUED_YEARS, dir, file)));
  const truth = (values: readonly number[], row: keyof typeof BOTH_TRUTH): boolean => values.join() === BOTH_TRUTH[row].join();

  it('the facts carry both rows and every combination of their splits, each with both rows read', async () => {
    const glued = ((await read('both-resolved', THIS_YEAR)).facts as GluedFacts).glued!;
    expect(glued.rows.map((r) => [r.row, r.raw, r.splits.length])).toEqual([
      ['regulations', '2315', 3],
      ['normative_documents', '8855698', 15],
    ]);
    expect(glued.pairs).toHaveLength(3 * 15);
    expect(new Set(glued.pairs.map((p) => p.of.join()))).toHaveLength(3 * 15);
    for (const p of glued.pairs) expect(p.diagnostics.filter((d) => d.ruleId === 'extract-ambiguous' && d.location.table === 't2')).toEqual([]);
    // Each row's own splits are checked with the other row still unread.
    for (const [k, r] of glued.rows.entries()) {
      const other = glued.rows[1 - k]!.row;
      for (const s of r.splits) expect(at(s.diagnostics, 'extract-ambiguous', other)).toHaveLength(1);
    }
  });

  it('CrossFile.apply takes the combination of the true splits, and --previous gives the same', async () => {
    const last = await read('both-resolved', 'pingtan-2021.json');
    const cur = await read('both-resolved', THIS_YEAR);
    const glued = (cur.facts as GluedFacts).glued!;
    const all = [last, cur];
    const cross = new CrossFile(all.map((x) => factsKey(x.facts)), (i) => all[i]!.facts);
    const batch = cross.apply(1, cur.result);
    const i = glued.rows[0]!.splits.findIndex((s) => truth(s.values, 'regulations'));
    const j = glued.rows[1]!.splits.findIndex((s) => truth(s.values, 'normative_documents'));
    const pair = glued.pairs.find((p) => p.of[0] === i && p.of[1] === j)!;
    // The file's own findings become the combination's (the cross-file findings come after).
    const own = resolveByNeighbours(cur.result, () => cur.facts, () => [last.facts!], () => ({}));
    expect(own.diagnostics.filter((d) => d.ruleId !== 'extract-resolved')).toEqual(pair.diagnostics);
    expect(batch.diagnostics.filter((d) => !d.ruleId.startsWith('yoy-'))).toEqual(own.diagnostics);
    expect(batch.diagnostics.filter((d) => d.ruleId === 'extract-resolved').map((d) => d.location.row)).toEqual(['regulations', 'normative_documents']);
    const previous = new CrossFile([factsKey(cur.facts)], () => cur.facts, { previous: last.facts });
    expect(previous.apply(0, cur.result).diagnostics.map((d) => d.message)).toEqual(batch.diagnostics.map((d) => d.message));
    expect(batch.infoCount).toBe(batch.diagnostics.filter((d) => d.severity === 'info').length);
  });

  it('one of two: the resolved row’s split checked with the other row unread', async () => {
    const last = await read('one-of-two', 'pingtan-2021.json');
    const cur = await read('one-of-two', THIS_YEAR);
    const glued = (cur.facts as GluedFacts).glued!;
    const got = resolveByNeighbours(cur.result, () => cur.facts, () => [last.facts!], () => ({}));
    const j = glued.rows[1]!.splits.findIndex((s) => truth(s.values, 'normative_documents'));
    expect(got.diagnostics.filter((d) => d.ruleId !== 'extract-resolved')).toEqual(glued.rows[1]!.splits[j]!.diagnostics);
    expect(got.diagnostics.filter((d) => d.ruleId === 'extract-resolved').map((d) => d.location.row)).toEqual(['normative_documents']);
  });

  it('two rows whose combinations would take more than the bound of checks carry nothing; one such row alone is carried', async () => {
    const text = readFileSync(join(GLUED_YEARS, 'both-resolved', THIS_YEAR), 'utf8');
    // "231545": 10 splits; with the 15 of "8855698", 150 combinations.
    const many = text.replace('规章2315', '规章231545');
    const both = await checkBytes('r.txt', new TextEncoder().encode(many));
    expect(at(both.result.diagnostics, 'extract-ambiguous', 'regulations')).toHaveLength(1);
    expect(at(both.result.diagnostics, 'extract-ambiguous', 'normative_documents')).toHaveLength(1);
    expect((both.facts as GluedFacts).glued).toBeUndefined();
    const alone = await checkBytes('r.txt', new TextEncoder().encode(many.replace('行政规范性文件8855698', '行政规范性文件 88 55 698')));
    expect((alone.facts as GluedFacts).glued!.rows.map((r) => [r.row, r.splits.length])).toEqual([['regulations', 10]]);
  });
});

describe('the year after, and glued years in a row (built CLI)', () => {
  const message = (ds: Diagnostic[]): string => about(ds, 'extract-resolved')[0]?.message ?? '';

  it('two-fit with next year: last year leaves two splits, next year three, both together one — taken, the note names both', () => {
    const c = cases.find((x) => x.name === 'two-fit-next-year')!;
    const got = checkDir('two-fit-next-year').get(THIS_YEAR)!;
    expect(about(got, 'extract-ambiguous')).toEqual([]);
    expect(about(got, 'extract-resolved')).toHaveLength(1);
    expect(message(got)).toContain(`“${TWO_FIT}”`);
    expect(message(got)).toContain(`“${c.expect.chosen}”`);
    expect(message(got)).toContain('fixtures/glued-years/two-fit-next-year/pingtan-2021.json');
    expect(message(got)).toContain('fixtures/glued-years/two-fit-next-year/pingtan-2023.json');
    expect(message(got)).toContain(`现行有效 ${c.expect.lastYear} 件`);
    // The row is read: nothing calls it unread, and last year's in-force sum holds with it.
    expect(got.filter((d) => d.location.row === 'normative_documents' && d.ruleId !== 'extract-resolved')).toEqual([]);
    const en = checkDir('two-fit-next-year', '--lang', 'en').get(THIS_YEAR)!;
    expect(message(en)).toMatch(/next year's report \(.*pingtan-2023\.json\) has \d+ in force, 77 issued and 132 repealed, so this year's in force must be \d+ − 77 \+ 132: only "88 \| 55 \| 598" agrees with both/);
  });

  it('next year alone gives only this year’s 现行有效, which three splits share — the row stays unread', () => {
    const got = checkDir('next-year-alone').get(THIS_YEAR)!;
    expect(about(got, 'extract-ambiguous')).toHaveLength(1);
    expect(about(got, 'extract-resolved')).toEqual([]);
  });

  it('last year and next year leave different splits — the row stays unread, never a guess', () => {
    const got = checkDir('years-disagree').get(THIS_YEAR)!;
    expect(about(got, 'extract-ambiguous')).toHaveLength(1);
    expect(about(got, 'extract-resolved')).toEqual([]);
    expect(about(got, 'yoy-in-force')).toEqual([]);
  });

  it('chain: 2022 resolved by 2021, then 2023 by 2022’s split; both files get the findings of the rows written apart', () => {
    const c = cases.find((x) => x.name === 'chain')!;
    const got = checkDir('chain');
    const reference = checkDir('chain-reference');
    for (const [file, chosen, previous] of [
      [THIS_YEAR, c.expect.chosen!, 'pingtan-2021.json'],
      ['pingtan-2023.txt', c.expect.following!.chosen, 'pingtan-2022.txt'],
    ] as const) {
      const ds = got.get(file)!;
      expect(about(ds, 'extract-ambiguous'), file).toEqual([]);
      expect(about(ds, 'extract-resolved'), file).toHaveLength(1);
      expect(message(ds)).toContain(`“${chosen}”`);
      expect(message(ds)).toContain(`fixtures/glued-years/chain/${previous}`);
      const ref = reference.get(file)!;
      // The reference reads table 二 directly (2023's page has run-together rows in table 三 its sums resolve).
      expect(ref.filter((d) => d.category === 'extraction' && d.location.table === 't2'), file).toEqual([]);
      // Same findings as the pages with the rows written apart, yoy-in-force between the years included.
      expect(ds.filter((d) => !(d.ruleId === 'extract-resolved' && d.location.table === 't2')).map(logical).sort(), file).toEqual(ref.map(logical).sort());
    }
    expect(message(got.get('pingtan-2023.txt')!)).toContain(`现行有效 ${c.expect.following!.lastYear} 件`);
  });
});

describe('in process: resolveChain', () => {
  const read = async (dir: string, file: string) => checkBytes(join('fixtures/glued-years', dir, file), readFileSync(join(GLUED_YEARS, dir, file)));

  it('resolves the chain from the year that was read, in any order of the files, and gives the figures with the splits', async () => {
    const files = ['pingtan-2023.txt', 'pingtan-2021.json', THIS_YEAR];
    const facts = await Promise.all(files.map(async (f) => (await read('chain', f)).facts as GluedFacts));
    const got = resolveChain(facts);
    expect([...got.keys()].sort()).toEqual([0, 2]);
    // 2022 by 2021 (2023's row is not known yet then), 2023 by 2022's split.
    expect(got.get(2)!.picks.map((p) => p && [p.last?.file, p.next?.file])).toEqual([['fixtures/glued-years/chain/pingtan-2021.json', undefined]]);
    expect(got.get(0)!.picks.map((p) => p && [p.last?.file, p.next?.file])).toEqual([['fixtures/glued-years/chain/pingtan-2022.txt', undefined]]);
    expect(got.get(2)!.documents!.normative_documents).toEqual({ issued: 88, repealed: 55, in_force: 698 });
    expect(got.get(0)!.documents!.normative_documents).toEqual({ issued: 77, repealed: 132, in_force: 643 });
    // Without the year that was read, nothing is taken.
    const alone = resolveChain([facts[0]!, facts[2]!]);
    expect([...alone.values()].every((r) => r.picks.every((p) => p === undefined))).toBe(true);
  });

  it('CrossFile takes the same as the folder through the CLI, and --previous with next year gives nothing more than last year', async () => {
    const all = await Promise.all(['pingtan-2021.json', THIS_YEAR, 'pingtan-2023.json'].map((f) => read('two-fit-next-year', f)));
    const cross = new CrossFile(all.map((x) => factsKey(x.facts)), (i) => all[i]!.facts);
    expect(factsKey(all[1]!.facts)!.glued).toBe(true);
    expect(factsKey(all[0]!.facts)!.glued).toBeUndefined();
    const batch = cross.apply(1, all[1]!.result);
    expect(about(batch.diagnostics, 'extract-resolved')).toHaveLength(1);
    const onlyLast = new CrossFile([factsKey(all[1]!.facts)], () => all[1]!.facts, { previous: all[0]!.facts });
    expect(about(onlyLast.apply(0, all[1]!.result).diagnostics, 'extract-ambiguous')).toHaveLength(1);
  });
});
