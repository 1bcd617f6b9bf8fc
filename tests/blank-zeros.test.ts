/**
 * Reports that leave their zeros blank are still checked (#17 item 4; SPEC §9 item 3). A blank cell (or
 * "-", "/") counts as 0 in the sums and in the text's figures, a blank 总计 as its row; a finding read that
 * way says so; what cannot be read (text, unread, missing cells, a side left wholly blank beside figures)
 * stays "could not check". The fixtures of fixtures/blank-zeros (scripts/make-blank-zeros.ts: pingtan-2019
 * and pingtan-2023 as html, xlsx and txt, pingtan-2020 as txt, zeros blank; consistent, a sum break among
 * blanks, a blank 总计 the text contradicts) are checked in process, every cell against the truth, and
 * through the CLI; the 2019-format text copies (one cell per line, most of table 三's rows wholly blank:
 * #17 item 3) also through the built CLI (npm run build first), check and convert.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readings } from '../src/analysis/narrative.js';
import { narrativeData } from '../src/analysis/narrative-data.js';
import { resolveFormat } from '../src/analysis/resolve.js';
import { checkReport } from '../src/check/check.js';
import { parseCellText, type Cell } from '../src/model/cell.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import type { Report } from '../src/model/report.js';
import { readReport } from '../src/node/file.js';
import { analyseText } from '../src/readers/text.js';
import { BLANK_ZEROS, buildBlankZeros, webCopy, writeBlankZeros, type BlankZerosMeta, type ExpectedFinding } from '../scripts/make-blank-zeros.js';
import { runCli } from './support/cli.js';
import { updatingFixtures } from './support/fixtures.js';

if (updatingFixtures()) await writeBlankZeros();

const ROOT = join(import.meta.dirname, '..');
const built = await buildBlankZeros();
const committed = existsSync(BLANK_ZEROS) ? readdirSync(BLANK_ZEROS).filter((n) => existsSync(join(BLANK_ZEROS, n, 'case.json'))).sort() : [];

/** The rules whose reading of blanks this is about. */
const RULES = new Set(['table3-balance', 'table3-results-total', 'table3-row-total', 'table4-row-total', 'narrative-figure', 'narrative-percentage']);

const key = (f: ExpectedFinding): string => `${f.ruleId} ${f.severity} ${f.messageId} ${f.cell}`;
const found = (ds: Diagnostic[]): string[] =>
  ds.filter((d) => RULES.has(d.ruleId)).map((d) => key({ ruleId: d.ruleId, severity: d.severity, messageId: d.messageId, cell: d.location.cell ?? '' })).sort();

/** Where a diagnostic is in the file, in the form of case.json's `cells`. */
function place(d: Diagnostic): string | undefined {
  if (d.physical?.sheet !== undefined) return `${d.physical.sheet}!${d.physical.cell}`;
  if (d.physical?.line !== undefined) return `line ${d.physical.line}`;
  return undefined;
}

interface CorpusTables {
  tables: Record<string, Record<string, Record<string, number>>>;
}

/** Every table cell of the case as it is written: the corpus's figure, or the case's change (null blank). */
function truth(meta: BlankZerosMeta): Map<string, number | string | null> {
  const c = JSON.parse(readFileSync(join(ROOT, 'fixtures/corpus', `${meta.truth}.json`), 'utf8')) as CorpusTables;
  const out = new Map<string, number | string | null>();
  for (const [t, rows] of Object.entries(c.tables)) for (const [row, cols] of Object.entries(rows)) for (const [col, v] of Object.entries(cols)) out.set(`${t}.${row}.${col}`, v);
  for (const [id, v] of Object.entries(meta.changed)) out.set(id, v);
  return out;
}

/** A cell read, in the form of truth(): its figure, null when blank, the placeholder as written. */
function asWritten(cell: Cell | undefined): number | string | null | undefined {
  if (cell === undefined) return undefined;
  if (cell.kind === 'number') return cell.value;
  if (cell.kind === 'blank') return null;
  if (cell.kind === 'placeholder') return cell.raw;
  return `text: ${cell.raw}`;
}

describe('blank-zeros fixtures are what scripts/make-blank-zeros.ts builds', () => {
  it('the same cases, byte for byte', () => {
    expect(committed).toEqual(built.map((b) => b.name).sort());
    for (const b of built) {
      const dir = join(BLANK_ZEROS, b.name);
      expect(new Uint8Array(readFileSync(join(dir, b.file))).length, `${b.name}/${b.file} (UPDATE_FIXTURES=1 regenerates)`).toBe(b.bytes.length);
      expect(JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(b.meta)));
    }
    // The text forms, which are deterministic, byte for byte.
    for (const b of built.filter((x) => x.file !== 'input.xlsx')) expect(readFileSync(join(BLANK_ZEROS, b.name, b.file), 'utf8'), b.name).toBe(new TextDecoder().decode(b.bytes));
  });
});

describe('zeros left blank: the sums and the text are still checked (in process)', () => {
  for (const b of built) {
    const file = join(BLANK_ZEROS, b.name, b.file);
    const meta = JSON.parse(readFileSync(join(BLANK_ZEROS, b.name, 'case.json'), 'utf8')) as BlankZerosMeta;
    it(`${b.name}: ${meta.variant}`, async () => {
      const report = await readReport(file);
      expect(report.reader).toBe(meta.reader);
      expect(report.format).toBe(meta.format);
      // The blanks are read blank (or as the placeholder written), nothing is left unread.
      for (const [id, v] of Object.entries(meta.changed)) {
        const [t, row, col] = id.split('.') as ['t3' | 't4', string, string];
        const cell = report.tables[t]?.cells[`${row}.${col}`];
        if (v === null) expect(cell?.kind, id).toBe('blank');
        else if (typeof v === 'string') expect(cell, id).toMatchObject({ kind: 'placeholder', raw: v });
        else expect(cell, id).toMatchObject({ kind: 'number', value: v });
      }
      // Every cell of every table is what the file writes: no figure moved into another cell.
      const cells = new Map<string, number | string | null | undefined>();
      for (const t of ['t2', 't3', 't4'] as const) for (const [k, cell] of Object.entries(report.tables[t]?.cells ?? {})) cells.set(`${t}.${k}`, asWritten(cell));
      expect(cells).toEqual(truth(meta));
      // A text copy's cells, blank ones too, are at their lines.
      if (meta.cells && meta.reader === 'text') {
        for (const [id, at] of Object.entries(meta.cells)) {
          const [t, row, col] = id.split('.') as ['t2' | 't3' | 't4', string, string];
          expect(`line ${report.tables[t]?.cells[`${row}.${col}`]?.source?.line}`, id).toBe(at);
        }
      }
      const result = checkReport(report);
      expect(result.diagnostics.filter((d) => d.category === 'extraction')).toEqual([]);
      expect(found(result.diagnostics)).toEqual(meta.findings.map(key).sort());
      // Every blank is the report's to fix: named by cell-blank.
      const named = new Set(result.diagnostics.filter((d) => d.ruleId === 'cell-blank').flatMap((d) => [d.location.cell, ...(d.related ?? []).map((r) => r.location.cell)]));
      for (const id of Object.keys(meta.changed).filter((k) => typeof meta.changed[k] !== 'number')) expect(named.has(id), id).toBe(true);
      // Each finding read with blanks says so, and is at its cell in the file.
      const blankNoted = result.diagnostics.filter((x) => RULES.has(x.ruleId) && x.messageId.endsWith('Blank'));
      expect(blankNoted.length).toBe(meta.findings.filter((f) => f.messageId.endsWith('Blank')).length);
      for (const d of blankNoted) {
        expect(d.message).toContain('（空白单元格按 0 计）');
        if (meta.cells && d.ruleId !== 'narrative-figure') expect(place(d), d.message).toBe(meta.cells[d.location.cell!]);
        if (meta.reader === 'html' && d.ruleId !== 'narrative-figure') expect(d.physical).toMatchObject({ table: expect.any(Number), row: expect.any(Number), col: expect.any(Number) });
      }
    });
  }
});

describe('zeros left blank, through the CLI (its main in process, -f json)', () => {
  for (const b of built.filter((x) => x.meta.variant !== 'consistent' || x.meta.reader === 'xlsx')) {
    it(`${b.name}`, async () => {
      const file = join(BLANK_ZEROS, b.name, b.file);
      for (const lang of ['zh', 'en'] as const) {
        const run = await runCli(['check', file, '-f', 'json', '--lang', lang]);
        const result = (JSON.parse(run.stdout) as { files: { readable: boolean; diagnostics: Diagnostic[] }[] }).files[0]!;
        expect(result.readable).toBe(true);
        expect(found(result.diagnostics)).toEqual(b.meta.findings.map(key).sort());
        const blanks = result.diagnostics.filter((d) => RULES.has(d.ruleId) && d.messageId.endsWith('Blank'));
        expect(blanks.length).toBe(b.meta.findings.filter((f) => f.messageId.endsWith('Blank')).length);
        for (const d of blanks) expect(d.message).toContain(lang === 'zh' ? '（空白单元格按 0 计）' : '(blank cells counted as 0)');
        expect(run.code).toBe(b.meta.findings.some((f) => f.severity === 'error') ? 1 : 0);
      }
    });
  }
});

/** The built CLI (npm run build first), as a reviewer runs it. */
function builtCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** gongkai convert --to json's cell: its value (null blank) and where it is. */
interface ConvertedCell {
  value: number | null;
  status?: string;
  source?: { line?: number };
}

describe('a 2019-format report one cell per line, zeros as empty lines, through the built CLI (#17 item 3)', () => {
  for (const b of built.filter((x) => x.meta.reader === 'text' && x.meta.format === '2019')) {
    it(`${b.name}: check -f json reads every other cell, the blanks are cell-blank; convert writes the truth at its lines`, async () => {
      const file = join(BLANK_ZEROS, b.name, b.file);
      const run = builtCli('check', file, '-f', 'json');
      expect(run.status, run.stderr).toBe(b.meta.findings.some((f) => f.severity === 'error') ? 1 : 0);
      const result = (JSON.parse(run.stdout) as { files: { readable: boolean; diagnostics: Diagnostic[] }[] }).files[0]!;
      expect(result.readable).toBe(true);
      expect(result.diagnostics.filter((d) => d.category === 'extraction')).toEqual([]);
      expect(found(result.diagnostics)).toEqual(b.meta.findings.map(key).sort());
      const named = new Set(result.diagnostics.filter((d) => d.ruleId === 'cell-blank').flatMap((d) => [d.location.cell, ...(d.related ?? []).map((r) => r.location.cell)]));
      const blanks = Object.keys(b.meta.changed).filter((k) => b.meta.changed[k] === null);
      expect(blanks.length).toBeGreaterThan(100);
      expect(blanks.filter((id) => !named.has(id))).toEqual([]);
      const converted = builtCli('convert', file, '--to', 'json');
      expect(converted.status, converted.stderr).toBe(0);
      const tables = (JSON.parse(converted.stdout) as { tables: Record<string, Record<string, Record<string, ConvertedCell>>> }).tables;
      const cells = new Map<string, number | null>();
      const lines: Record<string, string> = {};
      for (const [t, rows] of Object.entries(tables)) {
        for (const [row, cols] of Object.entries(rows)) {
          for (const [col, c] of Object.entries(cols)) {
            expect(c.status, `${t}.${row}.${col}`).toBeUndefined();
            cells.set(`${t}.${row}.${col}`, c.value);
            lines[`${t}.${row}.${col}`] = `line ${c.source?.line}`;
          }
        }
      }
      expect(cells).toEqual(truth(b.meta));
      expect(lines).toEqual(b.meta.cells);
    });
  }
});

describe('one cell per line: the line spacing, and no guess (#17 item 3)', () => {
  /** Every cell of the report's tables, as truth() writes them, and the cells read with their lines. */
  const readAll = (text: string): { report: Report; cells: Map<string, number | string | null | undefined> } => {
    const report = analyseText(text, 'report.txt');
    const cells = new Map<string, number | string | null | undefined>();
    for (const t of ['t2', 't3', 't4'] as const) for (const [k, cell] of Object.entries(report.tables[t]?.cells ?? {})) cells.set(`${t}.${k}`, asWritten(cell));
    return { report, cells };
  };
  /** Without the text's line `line N`. */
  const dropLine = (text: string, at: string): string => {
    const lines = text.split('\n');
    const n = Number(at.replace('line ', ''));
    expect(lines[n - 1]).toBe('');
    lines.splice(n - 1, 1);
    return lines.join('\n');
  };

  it('tables 三 and 四 wholly blank (a report with no application, its zeros left blank): every cell blank at its line, as a web copy and as a text archive', () => {
    // seed-tianmen-2021: every cell of tables 三 and 四 is 0. No row has a value to give the table's line
    // spacing; its header's labels, one per line, give it.
    const c = JSON.parse(readFileSync(join(ROOT, 'fixtures/corpus/seed-tianmen-2021.json'), 'utf8')) as CorpusTables;
    const changed: Record<string, null> = {};
    for (const t of ['t3', 't4']) for (const [row, cols] of Object.entries(c.tables[t]!)) for (const [col, v] of Object.entries(cols)) if (v === 0) changed[`${t}.${row}.${col}`] = null;
    expect(Object.keys(changed).length).toBe(25 * 7 + 15);
    const meta = { truth: 'seed-tianmen-2021', changed } as unknown as BlankZerosMeta;
    const { text, cells: at } = webCopy('seed-tianmen-2021', changed);
    for (const spaced of [false, true]) {
      const { report, cells } = readAll(spaced ? text.replace(/\n/g, '\n\n') : text);
      expect(cells, spaced ? 'archive' : 'web').toEqual(truth(meta));
      for (const id of Object.keys(changed)) {
        const [t, row, col] = id.split('.') as ['t3' | 't4', string, string];
        const line = Number(at[id]!.replace('line ', ''));
        expect(report.tables[t]!.cells[`${row}.${col}`]!.source?.line, id).toBe(spaced ? 2 * line - 1 : line);
      }
      const result = checkReport(report);
      expect(result.diagnostics.filter((d) => d.category === 'extraction')).toEqual([]);
      const named = new Set(result.diagnostics.filter((d) => d.ruleId === 'cell-blank').flatMap((d) => [d.location.cell, ...(d.related ?? []).map((r) => r.location.cell)]));
      expect(Object.keys(changed).filter((id) => !named.has(id))).toEqual([]);
    }
    // One empty line fewer in a blank row: its lines no longer give its 7 cells; that row alone stays unread.
    const short = readAll(dropLine(text, at['t3.granted.research']!));
    expect(short.report.findings.map((f) => [f.ruleId, f.location.row])).toEqual([['extract-failed', 'granted']]);
    const rest = new Map([...truth(meta)].filter(([id]) => !id.startsWith('t3.granted.')));
    expect(short.cells).toEqual(rest);
  });

  it('a 2019 report: one empty line fewer in a row with figures leaves that row unread, no figure moved, the others read', () => {
    const b = built.find((x) => x.name === 'pingtan-2019-txt-consistent')!;
    const text = new TextDecoder().decode(b.bytes);
    expect(readAll(text).cells).toEqual(truth(b.meta));
    // （一）予以公开 7 | | | | | | 7 with one of its five empty lines gone.
    const short = readAll(dropLine(text, b.meta.cells!['t3.granted.research']!));
    expect(short.report.findings.map((f) => [f.ruleId, f.location.row])).toEqual([['extract-failed', 'granted']]);
    expect(short.cells).toEqual(new Map([...truth(b.meta)].filter(([id]) => !id.startsWith('t3.granted.'))));
  });
});

/** A corpus report (JSON) with some cells written as `text`. */
async function withCells(name: string, cells: Record<string, string>, text?: string): Promise<Report> {
  const r = await readReport(`fixtures/corpus/${name}.json`);
  for (const [id, t] of Object.entries(cells)) {
    const [table, row, col] = id.split('.') as ['t3' | 't4', string, string];
    r.tables[table]!.cells[`${row}.${col}`] = parseCellText(t);
  }
  if (text !== undefined) {
    for (const s of r.sections) s.text = '';
    r.sections[0]!.text = text;
  }
  return r;
}

const sums = (r: Report): Diagnostic[] => checkReport(r).diagnostics.filter((d) => /^table[34]-/.test(d.ruleId) && d.ruleId !== 'table3-other-share');

describe('what a blank is read as, and what stays unchecked', () => {
  const { data } = narrativeData();

  it('a blank 总计 reads as its row (blanks 0), a placeholder as 0; a text part or a missing cell leaves the reading undefined', async () => {
    const q = data.quantities.granted_or_partly!;
    // pingtan-2025: 予以公开 33|0|0|0|0|0|33, 部分公开 38|0…|38.
    const r = await withCells('pingtan-2025', { 't3.granted.total': '', 't3.granted.commercial': '', 't3.partly_granted.total': '-' });
    const format = resolveFormat(r);
    // 部分公开's 总计 "-" with figures in its row is its row too: 38.
    expect(readings(r, format, q)).toEqual([{ cells: expect.any(Array), value: 33 + 38, blanks: true }]);
    const plain = await readReport('fixtures/corpus/pingtan-2025.json');
    expect(readings(plain, format, q)).toEqual([{ cells: expect.any(Array), value: 71, blanks: false }]);
    const text = await withCells('pingtan-2025', { 't3.granted.total': '', 't3.granted.commercial': '不详' });
    expect(readings(text, format, q)[0]!.value).toBeUndefined();
    const missing = await withCells('pingtan-2025', { 't3.granted.total': '' });
    delete missing.tables.t3!.cells['granted.natural'];
    expect(readings(missing, format, q)[0]!.value).toBeUndefined();
    // Table 四's 总计 the same way: 行政复议 25|3|8|0|36 with its 总计 blank reads 36.
    const review = await withCells('pingtan-2025', { 't4.review.total': '', 't4.review.pending': '/' });
    expect(readings(review, format, data.quantities.review!)).toEqual([{ cells: expect.any(Array), value: 36, blanks: true }]);
  });

  it('the text against a blank 总计: agrees as its row, a slip is found with the note (zh, en), none when the text cannot be compared', async () => {
    const say = (n: number): string => `2025年，本机关共办结政府信息公开申请148件，其中予以公开及部分公开${n}件。`;
    const ok = await withCells('pingtan-2025', { 't3.granted.total': '' }, say(71));
    expect(checkReport(ok).diagnostics.filter((d) => d.ruleId === 'narrative-figure')).toEqual([]);
    const slip = await withCells('pingtan-2025', { 't3.granted.total': '' }, say(74));
    const [zh] = checkReport(slip).diagnostics.filter((d) => d.ruleId === 'narrative-figure');
    expect(zh).toMatchObject({ messageId: 'mismatchBlank', location: { cell: 't3.granted.total' } });
    expect(zh!.message).toBe('正文写予以公开及部分公开的申请为 74件，但表三“（一）予以公开”总计＋表三“（二）部分公开”总计为 71（空白单元格按 0 计）：“2025年，本机关共办结政府信息公开申请148件，其中予以公开及部分公开74件。”');
    const [en] = checkReport(slip, { lang: 'en' }).diagnostics.filter((d) => d.ruleId === 'narrative-figure');
    expect(en!.message).toContain('is 71 (blank cells counted as 0)');
    // With figures only, the same slip has no note.
    const plain = await withCells('pingtan-2025', {}, say(74));
    expect(checkReport(plain).diagnostics.filter((d) => d.ruleId === 'narrative-figure').map((d) => d.messageId)).toEqual(['mismatch']);
    // A part of the row that is text: the reading is unknown, nothing is said.
    const text = await withCells('pingtan-2025', { 't3.granted.total': '', 't3.granted.commercial': '见附件' }, say(74));
    expect(checkReport(text).diagnostics.filter((d) => d.ruleId === 'narrative-figure')).toEqual([]);
  });

  it('"未收到" against a table whose figures sit beside a blank 总计: found, with the note', async () => {
    const r = await withCells('pingtan-2025', { 't3.new.total': '' }, '2025年，本机关未收到政府信息公开申请。');
    const ds = checkReport(r).diagnostics.filter((d) => d.ruleId === 'narrative-figure');
    expect(ds.map((d) => d.messageId)).toEqual(['noneBlank']);
    expect(ds[0]!.message).toContain('为 154（空白单元格按 0 计）');
  });

  it('a blank 总计 beside figures cannot be checked (many: one finding per rule and table); beside 0s it holds', async () => {
    // Every row's 总计 of table 三 blank: the rows cannot be checked, one finding for the table.
    const spec = resolveFormat(await readReport('fixtures/corpus/pingtan-2025.json')).tables.t3;
    const blankTotals = Object.fromEntries(spec.rows.map((row) => [`t3.${row.id}.total`, '']));
    const r = await withCells('pingtan-2025', blankTotals);
    const rowTotal = sums(r).filter((d) => d.ruleId === 'table3-row-total');
    expect(rowTotal.map((d) => [d.severity, d.messageId])).toEqual([['info', 'incompleteMany']]);
    // Rows of 0s (上年结转, most 不予公开 rows…) add up with a blank 总计: only the rows with figures are unchecked.
    const value = (row: string, col: string): number => {
      const c = r.tables.t3!.cells[`${row}.${col}`];
      return c?.kind === 'number' ? c.value : 0;
    };
    const withFigures = spec.rows.filter((row) => spec.columns.some((c) => c.id !== 'total' && value(row.id, c.id) !== 0)).map((row) => `t3.${row.id}.total`);
    expect(withFigures.length).toBeGreaterThan(5);
    expect(withFigures.length).toBeLessThan(spec.rows.length);
    expect(rowTotal[0]!.data?.count).toBe(withFigures.length);
    expect(rowTotal[0]!.related!.map((x) => x.location.cell)).toEqual(withFigures);
    expect(rowTotal[0]!.message).toMatch(/^表三有 \d+ 行有留空、无数值或不是数字的单元格，无法核对申请人之和/);
    // One blank 总计 beside figures: "could not check" naming the 总计 alone.
    const one = sums(await withCells('pingtan-2025', { 't3.granted.total': '', 't3.granted.commercial': '' })).filter((d) => d.ruleId === 'table3-row-total');
    expect(one.map((d) => [d.messageId, d.location.cell, d.data?.cells])).toEqual([['incomplete', 't3.granted.total', '总计']]);
    // The 上年结转 row, all 0, with its 总计 blank: holds (0 = 0).
    expect(sums(await withCells('pingtan-2025', { 't3.carried_over.total': '' })).filter((d) => d.location.row === 'carried_over')).toEqual([]);
  });

  it('text, and a missing cell, stay "could not check" as before; a sum of figures only keeps its message', async () => {
    const text = sums(await withCells('pingtan-2025', { 't4.review.other': '约8' })).filter((d) => d.ruleId === 'table4-row-total');
    expect(text.map((d) => [d.severity, d.messageId, d.location.cell])).toEqual([['info', 'incomplete', 't4.review.total']]);
    const missing = await readReport('fixtures/corpus/pingtan-2025.json');
    delete missing.tables.t4!.cells['review.other'];
    expect(sums(missing).filter((d) => d.ruleId === 'table4-row-total').map((d) => d.messageId)).toEqual(['incomplete']);
    const off = await withCells('pingtan-2025', { 't4.review.other': '9' });
    expect(sums(off).filter((d) => d.ruleId === 'table4-row-total').map((d) => d.messageId)).toEqual(['mismatch']);
    // The same break with a blank in the row: the note, and 应为 / 实为 as before.
    const blankOff = await withCells('pingtan-2025', { 't4.review.other': '9', 't4.review.pending': '' });
    const [d] = sums(blankOff).filter((x) => x.ruleId === 'table4-row-total');
    expect(d).toMatchObject({ messageId: 'mismatchBlank', expected: 37, actual: 36 });
    expect(d!.message).toBe('“行政复议”的结果维持、结果纠正、其他结果、尚未审结之和为 37，但“总计”为 36，相差 1（空白单元格按 0 计）。');
  });
});
