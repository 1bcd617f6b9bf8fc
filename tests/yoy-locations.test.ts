/**
 * Issue #16 item 5 for the checks across files: a cross-file finding names where its cell is in the later
 * file — a PDF's page and box, a workbook's sheet!cell, a JSON file's pointer — as the per-report findings
 * do, because the facts keep the sources of the cells such a finding can name (src/analysis/facts.ts). The
 * expected places are the readers' own sources of those cells, read here apart from the run.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts, sourceOf } from '../src/analysis/facts.js';
import { readBytes } from '../src/check/bytes.js';
import type { Diagnostic, RunResult } from '../src/model/diagnostic.js';
import type { Source } from '../src/model/location.js';
import type { Report } from '../src/model/report.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

type Json = Record<string, any>;

async function read(path: string): Promise<Report> {
  return readBytes(path, new Uint8Array(readFileSync(path)));
}

/** The reader's source of cell `id` (t2.licensing.decisions) of a report. */
function sourceIn(report: Report, id: string): Source | undefined {
  const [table, row, column] = id.split('.') as ['t2' | 't3' | 't4', string, string];
  return report.tables[table]?.cells[`${row}.${column}`]?.source;
}

/** The cross-file findings (yoy-*, batch-*) of one file of a run. */
function crossFile(run: RunResult, name: string): Diagnostic[] {
  const file = run.files.find((f) => f.file.endsWith(name));
  expect(file, name).toBeDefined();
  return file!.diagnostics.filter((d) => /^(yoy|batch)-/u.test(d.ruleId));
}

/** Copies files into a fresh folder under new names (name → source path). */
function folder(files: Record<string, string>): string {
  const dir = tempDir('gk-yoy-loc-');
  for (const [name, from] of Object.entries(files)) copyFileSync(from, join(dir, name));
  return dir;
}

describe('PDF pair of one agency (平潭 2022, 2023, printed by Chromium) through the built CLI', () => {
  const pdf = (year: number): string => `fixtures/readers/pdf/chromium-pingtan-${year}/input.pdf`;
  const cli = (dir: string, ...args: string[]): string => {
    const r = spawnSync(process.execPath, ['bin/gongkai.js', 'check', dir, ...args], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0); // warnings and infos only
    return r.stdout;
  };

  it('-f json: yoy-in-force and yoy-jump carry the page and box of their cell; the related cell, last year\'s', async () => {
    const dir = folder({ 'pingtan-2022.pdf': pdf(2022), 'pingtan-2023.pdf': pdf(2023) });
    const [prev, cur] = await Promise.all([read(pdf(2022)), read(pdf(2023))]);
    const run = JSON.parse(cli(dir, '-f', 'json')) as RunResult;
    const found = crossFile(run, 'pingtan-2023.pdf');
    const inForce = found.find((d) => d.ruleId === 'yoy-in-force')!;
    expect(inForce.location.cell).toBe('t2.normative_documents.in_force');
    const own = sourceIn(cur, 't2.normative_documents.in_force')!;
    expect(own.page).toBe(2);
    expect(own.box).toHaveLength(4);
    expect(inForce.physical).toEqual(own);
    expect(inForce.related?.[0]?.physical).toEqual(sourceIn(prev, 't2.normative_documents.in_force'));
    const jumps = found.filter((d) => d.ruleId === 'yoy-jump');
    expect(jumps.map((d) => d.location.cell).sort()).toEqual(['t2.enforcement.decisions', 't2.licensing.decisions']);
    for (const d of jumps) expect(d.physical, d.location.cell).toEqual(sourceIn(cur, d.location.cell!));
    // Nothing on the earlier file of the pair.
    expect(crossFile(run, 'pingtan-2022.pdf').filter((d) => d.ruleId !== 'yoy-missing-year')).toEqual([]);
  });

  it('-f sarif: the page and the box in the result\'s properties, the place named in the related cell\'s message', async () => {
    const dir = folder({ 'pingtan-2022.pdf': pdf(2022), 'pingtan-2023.pdf': pdf(2023) });
    const cur = await read(pdf(2023));
    const log = JSON.parse(cli(dir, '-f', 'sarif')) as Json;
    const results = (log.runs[0].results as Json[]).filter((r) => String(r.ruleId).startsWith('yoy-'));
    const inForce = results.find((r) => r.ruleId === 'yoy-in-force')!;
    const own = sourceIn(cur, 't2.normative_documents.in_force')!;
    expect(inForce.properties).toMatchObject({ page: own.page, box: own.box, source: `第${own.page}页 表格${own.table} 第${own.row}行第${own.col}列` });
    expect(inForce.relatedLocations[0].message.text).toMatch(/\(第2页 表格1 第4行第4列\)$/u);
    const jump = results.find((r) => r.ruleId === 'yoy-jump' && r.properties.cell === 't2.licensing.decisions')!;
    const j = sourceIn(cur, 't2.licensing.decisions')!;
    expect(jump.properties).toMatchObject({ page: j.page, box: j.box });
  });

  it('-f html: the annotated page says on which page the yoy finding\'s cell is', () => {
    const dir = folder({ 'pingtan-2022.pdf': pdf(2022), 'pingtan-2023.pdf': pdf(2023) });
    const out = join(dir, 'out.html');
    cli(dir, '-f', 'html', '-o', out);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<span class="rule">yoy-in-force · 第2页 表格1 第4行第4列</span>');
    expect(html).toMatch(/<span class="rule">yoy-jump · 第2页 表格1 第7行第2列<\/span>/u);
  });
});

describe('a workbook pair: sheet!cell', () => {
  it('yoy-in-force and yoy-jump on 2023 name the sheet and cell of the reader', async () => {
    const xlsx = (year: number): string => `fixtures/readers/xlsx/pingtan-${year}/input.xlsx`;
    const dir = folder({ 'pingtan-2022.xlsx': xlsx(2022), 'pingtan-2023.xlsx': xlsx(2023) });
    const [prev, cur] = await Promise.all([read(xlsx(2022)), read(xlsx(2023))]);
    const r = await runCli(['check', '--format', 'json', '--jobs', '1', dir]);
    const found = crossFile(JSON.parse(r.stdout) as RunResult, 'pingtan-2023.xlsx');
    const inForce = found.find((d) => d.ruleId === 'yoy-in-force')!;
    expect(inForce.physical).toEqual(sourceIn(cur, 't2.normative_documents.in_force'));
    expect(inForce.physical).toEqual({ sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]+\d+$/u) });
    expect(inForce.related?.[0]?.physical).toEqual(sourceIn(prev, 't2.normative_documents.in_force'));
    const jumps = found.filter((d) => d.ruleId === 'yoy-jump');
    expect(jumps.length).toBeGreaterThan(0);
    for (const d of jumps) expect(d.physical, d.location.cell).toEqual(sourceIn(cur, d.location.cell!));
  });
});

describe('JSON pairs: the pointer', () => {
  const corpus = (n: string): Json => JSON.parse(readFileSync(`fixtures/corpus/${n}.json`, 'utf8')) as Json;

  it('yoy-in-force and yoy-jump of the corpus pair 2022 → 2023', async () => {
    const dir = folder({ '2022.json': 'fixtures/corpus/pingtan-2022.json', '2023.json': 'fixtures/corpus/pingtan-2023.json' });
    const r = await runCli(['check', '--format', 'json', '--jobs', '1', dir]);
    const found = crossFile(JSON.parse(r.stdout) as RunResult, '2023.json');
    const inForce = found.find((d) => d.ruleId === 'yoy-in-force')!;
    expect(inForce.physical).toEqual({ pointer: '/tables/t2/normative_documents/in_force' });
    expect(inForce.related?.[0]?.physical).toEqual({ pointer: '/tables/t2/normative_documents/in_force' });
    for (const d of found.filter((x) => x.ruleId === 'yoy-jump')) expect(d.physical).toEqual({ pointer: `/tables/${d.location.cell!.replaceAll('.', '/')}` });
  });

  it('planted: last year\'s tables again with two figures changed — yoy-tables-unchanged lists them with their pointers; yoy-carry-over at this year\'s cell', async () => {
    const last = corpus('pingtan-2023');
    const again = structuredClone(last);
    again.year = 2024;
    again.title = String(last.title).replace('2023', '2024');
    again.tables.t3.new.natural += 1;
    again.tables.t3.carried_over.total = last.tables.t3.carried_forward.total + 3;
    const dir = tempDir('gk-yoy-loc-');
    writeFileSync(join(dir, '2023.json'), JSON.stringify(last));
    writeFileSync(join(dir, '2024.json'), JSON.stringify(again));
    const r = await runCli(['check', '--format', 'json', '--jobs', '1', dir]);
    const found = crossFile(JSON.parse(r.stdout) as RunResult, '2024.json');
    const unchanged = found.find((d) => d.ruleId === 'yoy-tables-unchanged')!;
    expect(unchanged.related?.map((x) => [x.location.cell, x.physical])).toEqual([
      ['t3.new.natural', { pointer: '/tables/t3/new/natural' }],
      ['t3.carried_over.total', { pointer: '/tables/t3/carried_over/total' }],
    ]);
    const carry = found.find((d) => d.ruleId === 'yoy-carry-over')!;
    expect([carry.location.cell, carry.physical, carry.related?.[0]?.physical]).toEqual(['t3.carried_over.total', { pointer: '/tables/t3/carried_over/total' }, { pointer: '/tables/t3/carried_forward/total' }]);
    // The text is last year's too: each repeated section at its heading; the whole report has no one place.
    const repeats = found.filter((d) => d.ruleId === 'yoy-text-repeat');
    const sections = (last.sections as { heading: string }[]).map((x) => x.heading);
    expect(repeats.filter((d) => d.messageId === 'section').map((d) => [d.location.section, d.physical])).toEqual([
      ['s1', { pointer: `/sections/${sections.indexOf('一、总体情况')}` }],
      ['s5', { pointer: `/sections/${sections.findIndex((h) => h.startsWith('五、'))}` }],
    ]);
  });

  it('batch-copied-text: section 一 of another agency\'s report, on both files at the heading of their own section 一', async () => {
    const econ = corpus('pingtan-econdev-2022');
    const office = corpus('pingtan-office-2022');
    const s1 = (r: Json): { heading: string; text: string } => (r.sections as { heading: string; text: string }[]).find((x) => x.heading.startsWith('一、'))!;
    s1(office).text = s1(econ).text;
    const dir = tempDir('gk-yoy-loc-');
    writeFileSync(join(dir, 'econ.json'), JSON.stringify(econ));
    writeFileSync(join(dir, 'office.json'), JSON.stringify(office));
    const run = JSON.parse((await runCli(['check', '--format', 'json', '--jobs', '1', dir])).stdout) as RunResult;
    for (const [name, report] of [['econ.json', econ], ['office.json', office]] as const) {
      const copied = crossFile(run, name).filter((d) => d.ruleId === 'batch-copied-text');
      expect(copied.map((d) => [d.location.section, d.physical]), name).toEqual([['s1', { pointer: `/sections/${(report.sections as unknown[]).indexOf(s1(report))}` }]]);
    }
  });

  it('batch-rollup, declared and undeclared: each finding carries the pointer of the summary\'s cell, a 0 too', async () => {
    for (const [dir, cells] of [
      ['invalid-declared-difference', ['t2.normative_documents.in_force', 't4.suit_direct.upheld', 't4.suit_direct.total']],
      ['invalid-undeclared-summary-words', ['t4.suit_direct.upheld', 't4.suit_direct.total']],
    ] as const) {
      const r = await runCli(['check', '--format', 'json', '--jobs', '1', `fixtures/rules/batch-rollup/${dir}`]);
      const found = crossFile(JSON.parse(r.stdout) as RunResult, 'input.json').filter((d) => d.ruleId === 'batch-rollup');
      expect(found.map((d) => [d.location.cell, d.physical]), dir).toEqual(cells.map((c) => [c, { pointer: `/tables/${c.replaceAll('.', '/')}` }]));
    }
  });
});

describe('the facts keep the sources packed, and only of the cells a cross-file finding can name', () => {
  it('a PDF report of a department: every kept source unpacks to the reader\'s own; no zero figure beyond the named cells', async () => {
    const report = await read('fixtures/readers/pdf/chromium-pingtan-police-2024/input.pdf');
    const facts = extractFacts(report);
    const ids = Object.keys(facts.sources.cells);
    expect(ids.length).toBeGreaterThan(Object.keys(facts.cells).length);
    for (const id of ids.filter((x) => !/^s[1-6]$/u.test(x))) expect(sourceOf(facts, id), id).toEqual(sourceIn(report, id));
    for (const id of Object.keys(facts.cells)) expect(ids, id).toContain(id);
    const named = /^(t3\.carried_(over|forward)\.|t2\.(regulations|normative_documents)\.in_force$|t3\.new\.total$|t3\.total\.total$|t4\.review\.total$|t4\.suit_direct\.total$|t2\.(licensing|penalty|enforcement)\.decisions$)/u;
    const cellIds = ids.filter((id) => !/^s[1-6]$/u.test(id));
    expect(cellIds.filter((id) => facts.cells[id] === undefined && !named.test(id))).toEqual([]);
    // The sections' headings, by section id: where yoy-text-repeat and batch-copied-text point.
    expect(ids.filter((id) => /^s[1-6]$/u.test(id)).sort()).toEqual(Object.keys(facts.texts).sort());
    expect(sourceOf(facts, 's1')).toEqual(report.sections.find((x) => x.heading.startsWith('一、'))!.source);
    expect(sourceOf(facts, 's1')?.page).toBe(1);
    // Not a summary: its zero figures (the most of its cells) are left out.
    const zeros = (['t2', 't3', 't4'] as const).flatMap((t) => Object.entries(report.tables[t]!.cells).flatMap(([key, c]) => (c.kind === 'number' && c.value === 0 ? [`${t}.${key}`] : [])));
    expect(zeros.filter((id) => !ids.includes(id)).length).toBeGreaterThan(zeros.length / 2);
    expect(sourceOf(facts, 't3.new.commercial_never_listed')).toBeUndefined();
    // Packed: each field's name once, not once per cell.
    expect(facts.sources.fields.sort()).toEqual(['box', 'col', 'page', 'row', 'table']);
  });

  it('a summary (平潭 2023, 区级汇总报告): every official cell that holds a number, 0 or not (batch-rollup compares each)', async () => {
    const report = await read('fixtures/readers/pdf/chromium-pingtan-2023/input.pdf');
    const facts = extractFacts(report);
    let zeros = 0;
    for (const table of ['t2', 't3', 't4'] as const) {
      for (const [key, cell] of Object.entries(report.tables[table]!.cells)) {
        if (cell.kind !== 'number') continue;
        if (cell.value === 0) zeros++;
        expect(sourceOf(facts, `${table}.${key}`), `${table}.${key}`).toEqual(cell.source);
      }
    }
    expect(zeros).toBeGreaterThan(50);
  });
});
