/**
 * Table-二 row labels (rows without numbers) and table 四's column labels printed with a one- or
 * two-character slip (#17 item 9),
 * built by scripts/make-table2-typos.ts from the corpus: in a text report (the text reader looks for the
 * row in its place) and in a web page's table cell (the grid readers), each is read under its official
 * row as the report as published reads, and reported once by table-label naming the label as printed and
 * the official row. A label equally close to two rows, or a slip in a two-character label, is no
 * reading: the row stays unread, never a guess.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchTypo, typoBound, type Labelled } from '../src/format/labels.js';
import { getFormat } from '../src/format/spec.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { readReport } from '../src/node/file.js';
import { buildTable2Typos, TABLE2_TYPOS, writeTable2Typos, type Table2TypoCase } from '../scripts/make-table2-typos.js';
import { CORPUS_DIR, reportCells } from './support/corpus.js';
import { updatingFixtures } from './support/fixtures.js';

const ROOT = join(import.meta.dirname, '..');
const cases = updatingFixtures() ? writeTable2Typos() : buildTable2Typos();

/** The report as published the case is made from. */
const cleanOf = (c: Table2TypoCase): string => (c.truth.reader === 'html' ? join(ROOT, 'fixtures/readers/html', `${c.truth.base}.html`) : join(CORPUS_DIR, c.truth.base, 'page.txt'));

describe('fixtures/table2-typos are what scripts/make-table2-typos.ts builds', () => {
  it('file for file (UPDATE_FIXTURES=1 regenerates)', () => {
    for (const c of cases) {
      expect(readFileSync(join(TABLE2_TYPOS, c.name, c.file), 'utf8'), c.name).toBe(c.input);
      expect(readFileSync(join(TABLE2_TYPOS, c.name, 'truth.json'), 'utf8'), c.name).toBe(`${JSON.stringify(c.truth, null, 2)}\n`);
    }
  });

  it('every layout, both formats, both readers, and the two that must stay unread', () => {
    expect(new Set(cases.map((c) => c.truth.typo.layout))).toEqual(new Set(['typo', 'spaces', 'wrapped']));
    expect(new Set(cases.map((c) => c.truth.reader))).toEqual(new Set(['text', 'html']));
    expect(new Set(cases.filter((c) => c.truth.finding && c.truth.table === 't2').map((c) => c.truth.typo.row))).toEqual(new Set(['licensing', 'normative_documents', 'fees', 'enforcement', 'penalty', 'other_services', 'procurement']));
    expect(new Set(cases.filter((c) => c.truth.finding && c.truth.table === 't4').map((c) => `${c.truth.reader} ${c.truth.typo.row}`))).toEqual(new Set(['html other', 'html pending', 'text other', 'text upheld']));
    expect(cases.filter((c) => !c.truth.finding)).toHaveLength(3);
  });
});

/** Built CLI, every case file in one run: diagnostics by case name. */
function checkAll(files: string[]): Map<string, { readable: boolean; diagnostics: Diagnostic[] }> {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', ...files, '-f', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out = JSON.parse(r.stdout) as { files: { file: string; readable: boolean; diagnostics: Diagnostic[] }[] };
  return new Map(out.files.map((f) => [f.file.replace(/\\/g, '/'), f]));
}

/** A diagnostic without where it is in the file (the typo moves the text after it). */
const logical = (d: Diagnostic): string => JSON.stringify({ ruleId: d.ruleId, severity: d.severity, message: d.message, location: d.location });

describe('a table-二 label with a slip, read in its place and reported once', () => {
  const files = cases.map((c) => join('fixtures/table2-typos', c.name, c.file));
  const cleans = [...new Set(cases.map((c) => cleanOf(c)))].map((f) => f.slice(ROOT.length + 1));
  let results: Map<string, { readable: boolean; diagnostics: Diagnostic[] }> | undefined;
  const result = (file: string): { readable: boolean; diagnostics: Diagnostic[] } => {
    results ??= checkAll([...files, ...cleans]);
    const r = results.get(file);
    expect(r, file).toBeDefined();
    return r!;
  };

  for (const c of cases) {
    it(`${c.name} (${c.truth.reader}): “${c.truth.typo.written.replace(/\n/g, '⏎')}” for ${c.truth.typo.words}${c.truth.finding ? '' : ' — stays unread'}`, { timeout: 120_000 }, async () => {
      const typo = await readReport(join(TABLE2_TYPOS, c.name, c.file));
      const clean = await readReport(cleanOf(c));
      const want = reportCells(clean);
      const { table, kind } = c.truth;
      const row = c.truth.typo.row;
      // Unread: a row's cells, or (table 四) the column's cells under the slipped label's group.
      const got0 = reportCells(typo);
      if (!c.truth.finding && kind === 'row') for (const k of [...want.keys()]) if (k.startsWith(`t2.${row}.`)) want.delete(k);
      if (!c.truth.finding && kind === 'column') {
        const lost = [...want.keys()].filter((k) => k.startsWith(`${table}.`) && k.endsWith(`.${row}`) && !got0.has(k));
        expect(lost.length).toBeGreaterThan(0);
        for (const k of lost) want.delete(k);
      }
      expect(Object.fromEntries(got0)).toEqual(Object.fromEntries(want));
      expect(typo.tables[table]?.relabelled?.map((r) => ({ kind: r.kind, id: r.id, label: r.label }))).toEqual(c.truth.finding ? [{ kind, id: row, label: c.truth.finding.label }] : undefined);
      expect(clean.tables[table]?.relabelled).toBeUndefined();

      const got = result(join('fixtures/table2-typos', c.name, c.file));
      const base = result(cleanOf(c).slice(ROOT.length + 1));
      expect(got.readable).toBe(true);
      const label = got.diagnostics.filter((d) => d.ruleId === 'table-label');
      const others = got.diagnostics.filter((d) => d.ruleId !== 'table-label').map(logical);
      // A row whose run-together digits leave it unread as published (2019 pages: extract-ambiguous) is
      // read under its label all the same, but its label is not reported on top (check.ts withoutUnread).
      const unreadAsPublished = kind === 'row' && !Object.keys(clean.tables.t2?.cells ?? {}).some((k) => k.startsWith(`${row}.`));
      if (c.truth.finding && unreadAsPublished) {
        expect(base.diagnostics.some((d) => d.category === 'extraction' && d.location.row === row)).toBe(true);
        expect(got.diagnostics.map(logical)).toEqual(base.diagnostics.map(logical));
      } else if (c.truth.finding) {
        expect(others).toEqual(base.diagnostics.map(logical));
        expect(label).toHaveLength(1);
        expect(label[0]!.location.table).toBe(table);
        expect(kind === 'row' ? label[0]!.location.row : label[0]!.location.column).toBe(row);
        expect(label[0]!.physical).toBeDefined();
        expect(label[0]!.message).toContain(`“${c.truth.finding.label}”`);
        expect(label[0]!.message).toContain(`“${c.truth.finding.official}”`);
      } else {
        // No guess: no table-label, and what is new names only the row left unread.
        expect(label).toEqual([]);
        const before = new Set(base.diagnostics.map(logical));
        const added = got.diagnostics.filter((d) => !before.has(logical(d)));
        expect(added.length).toBeGreaterThan(0);
        const named = (d: Diagnostic): (string | undefined)[] => (kind === 'row' ? [d.location.row, ...(d.related ?? []).map((r) => r.location.row)] : [d.location.column, ...(d.related ?? []).map((r) => r.location.column), d.location.table]);
        for (const d of added) expect(named(d), d.message).toContain(kind === 'row' ? row : table === 't4' && d.location.column === undefined ? table : row);
      }
    });
  }
});

describe('matchTypo: bounded by the label’s length, unique or nothing', () => {
  const t2021 = getFormat('2021').tables.t2.rows;
  const t2019 = getFormat('2019').tables.t2.rows;
  const t4 = getFormat('2021').tables.t4.columns;
  const id = (text: string, items: readonly Labelled[]): string | undefined => matchTypo(text, items)?.id;

  it('the bound grows with the label: none for two characters, one up to five, two from six', () => {
    expect([2, 3, 4, 5, 6, 7, 10].map(typoBound)).toEqual([0, 1, 1, 1, 2, 2, 2]);
  });

  it('a slip within the bound matches its row', () => {
    expect(id('行政许司', t2021)).toBe('licensing');
    expect(id('行政强治', t2021)).toBe('enforcement');
    expect(id('行政规范文件', t2021)).toBe('normative_documents');
    expect(id('行政事业姓收废', t2021)).toBe('fees');
    expect(id('其它对外管理服务事宜', t2019)).toBe('other_services');
    expect(id('规范姓文件', t2019)).toBe('normative_documents');
    expect(id('其它结果', t4)).toBe('other');
    expect(id('尚末审结', t4)).toBe('pending');
  });

  it('equally close to two rows, beyond the bound, or too short: no match', () => {
    // 行政许可 and 行政处罚 differ by two: a label one from each is neither.
    expect(id('行政许罚', t2021)).toBeUndefined();
    expect(id('行政处可', t2021)).toBeUndefined();
    // Two slips in a four-character label.
    expect(id('行政许科', t2021)).toBe('licensing');
    expect(id('行攻许科', t2021)).toBeUndefined();
    // Another table's labels and the header's words are not table 二's rows.
    expect(id('行政复议', t2021)).toBeUndefined();
    expect(id('行政诉讼', t2021)).toBeUndefined();
    expect(id('本年制发件数', t2021)).toBeUndefined();
    // Two-character labels take no slip.
    expect(id('规草', t2021)).toBeUndefined();
    expect(id('维特', t4)).toBeUndefined();
    expect(id('总记', t4)).toBeUndefined();
    // Numbered texts are matchNumbered's; the official label itself is no slip.
    expect(id('1.行政许司', t2021)).toBeUndefined();
    expect(id('行政许可', t2021)).toBeUndefined();
  });
});
