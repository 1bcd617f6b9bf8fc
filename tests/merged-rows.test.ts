/**
 * A value cell merged over several rows of table 三 (#17) on fixtures/merged-rows (scripts/make-merged-rows.ts,
 * from the corpus): the three sub-rows of （六）其他处理 written as one merged cell per column, as a web page
 * (rowspan), a Word document (w:vMerge) and a workbook (a merged area), and as PDFs (the page printed by
 * Chromium, the Word file printed by LibreOffice: scripts/make-merged-rows-pdf.mjs). A merged 0 is every row's 0; any
 * other merged figure is the rows' figure together and is never copied into them: those cells stay unread
 * with an extract-failed `mergedRows` finding per sub-row that names the values and says to fill in each
 * row, the sums that need them go unchecked (no false sum error), and the sums step does not overrule them.
 * Checking gives the same findings as the unmerged report, plus those. In process (readResolved, checkBytes)
 * and through the built CLI (check -f json, convert --to json), every cell of tables 二, 三 and 四 equal to the
 * truth (table 三's in truth.json, tables 二 and 四 the corpus report's). Before the fix the merged 2 | 1 | 3 of
 * pingtan-2024 were read into every sub-row and （七）总计's column sums were false errors. The PDFs (#16 item 3):
 * LibreOffice cuts the merged cells by page breaks, each page's part a cell of its own — before pdf-tables.ts
 * made them one cell again, （六）1 read 2 | 1 | 3 and 2, 3 blank; Chromium cuts table 四's header between
 * pages inside 行政复议's two-row headings — before, its four columns were false cell-missing errors; with
 * rows kept whole, LibreOffice breaks between （六）1 and 2 — before, 2 was read as part of 1's label, 1 and 2
 * missing and 3 blank.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkBytes, readResolved } from '../src/check/bytes.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { buildMergedRows, MERGED_ROWS, writeMergedRows, type MergedRowsCase } from '../scripts/make-merged-rows.js';
import { sheetData } from '../scripts/make-merged-cells.js';
import { publishedFromCorpus, toDocx, toHtml } from './support/publish.js';
import { updatingFixtures } from './support/fixtures.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/gongkai.js');
const cases = updatingFixtures() ? await writeMergedRows() : await buildMergedRows();
/**
 * input.pdf: input.html printed by Chromium (scripts/make-merged-rows-pdf.mjs; the merged cell one cell with no
 * inner border; table 四's header cut by a page break); input-libreoffice.pdf: input.docx printed by
 * LibreOffice (the merged cells cut by page breaks into a part per page); the non-zero case's
 * input-libreoffice-whole-rows.pdf: the same with every row kept whole on a page (the break between two
 * of the merged rows).
 */
const FILES = ['input.html', 'input.docx', 'input.xlsx', 'input.pdf', 'input-libreoffice.pdf'] as const;
type Printed = 'input.pdf' | 'input-libreoffice.pdf' | 'input-libreoffice-whole-rows.pdf';
const isPdf = (file: string): file is Printed => file.endsWith('.pdf');
const filesOf = (c: MergedRowsCase): ((typeof FILES)[number] | Printed)[] => (c.meta.name === 'nonzero' ? [...FILES, 'input-libreoffice-whole-rows.pdf'] : [...FILES]);
const runs = cases.flatMap((c) => filesOf(c).map((file) => ({ c, file, label: `${c.meta.name}/${file}` })));

const onDisk = (c: MergedRowsCase, file: string): Uint8Array => new Uint8Array(readFileSync(join(MERGED_ROWS, c.meta.name, file)));

/** The same corpus report published without the merge: what checking it gives is the baseline. */
async function unmerged(c: MergedRowsCase, file: Exclude<(typeof FILES)[number], Printed>): Promise<Uint8Array> {
  const p = publishedFromCorpus(c.meta.corpus);
  if (file === 'input.html') return new TextEncoder().encode(toHtml(p));
  if (file === 'input.docx') return toDocx(p);
  return new Uint8Array(readFileSync(join(ROOT, 'fixtures/readers/xlsx', c.meta.corpus, 'input.xlsx')));
}

type TableId = 't2' | 't3' | 't4';
const TABLES: TableId[] = ['t2', 't3', 't4'];

/** Every cell the case must read, `row.column` → value: table 三 from truth.json's rows, tables 二 and 四 the corpus report's. */
function truthCells(c: MergedRowsCase, t: TableId = 't3'): [string, number | null][] {
  const rows = t === 't3' ? c.truth : (JSON.parse(readFileSync(join(ROOT, 'fixtures/corpus', `${c.meta.corpus}.json`), 'utf8')) as { tables: Record<string, Record<string, Record<string, number | null>>> }).tables[t]!;
  return Object.entries(rows).flatMap(([row, cols]) => Object.entries(cols).map(([col, v]): [string, number | null] => [`${row}.${col}`, v]));
}

type Loc = { ruleId: string; messageId: string; location: { table?: string; row?: string }; data?: Record<string, unknown> };
const merges = (fs: readonly Loc[]): { ruleId: string; messageId: string; row: string; raw: string }[] =>
  fs.filter((f) => f.messageId === 'mergedRows').map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, row: f.location.row!, raw: String(f.data?.raw ?? '') }));
/** A diagnostic as compared with the baseline's: rule, message and place. */
const key = (d: Diagnostic): string => `${d.severity} ${d.ruleId}/${d.messageId} ${d.location.table ?? ''}.${d.location.row ?? ''}.${d.location.column ?? ''}`;

describe('fixtures/merged-rows', () => {
  it('are what scripts/make-merged-rows.ts builds now (UPDATE_FIXTURES=1 rewrites them)', async () => {
    const XLSX = await import('xlsx');
    for (const c of cases) {
      const dir = join(MERGED_ROWS, c.meta.name);
      expect(readFileSync(join(dir, 'input.html'), 'utf8'), `${c.meta.name}/input.html`).toBe(c.html);
      expect(strFromU8(unzipSync(onDisk(c, 'input.docx'))['word/document.xml']!), `${c.meta.name}/input.docx`).toBe(c.document);
      const wb = XLSX.read(onDisk(c, 'input.xlsx'));
      const sheets = wb.SheetNames.map((n) => sheetData({ ...wb, SheetNames: [n] }));
      expect(sheets.flatMap((s) => s.merges), `${c.meta.name}/input.xlsx merges`).toEqual(c.sheet.merges);
      expect(Object.assign({}, ...wb.SheetNames.map((n, i) => Object.fromEntries(Object.entries(sheets[i]!.cells).map(([k, v]) => [`${n}!${k}`, v])))), `${c.meta.name}/input.xlsx cells`).toEqual(c.sheet.cells);
      expect(JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'))).toEqual({ t3: c.truth });
      expect(JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'))).toEqual(c.meta);
    }
  });

  it('the non-zero case merges figures that would break the sums if copied into every row', () => {
    const nonzero = cases.find((c) => c.meta.name === 'nonzero')!;
    expect(nonzero.meta.merged).toMatchObject({ natural: 2, commercial: 1, total: 3 });
    expect(nonzero.meta.unread).toHaveLength(9);
    expect(cases.find((c) => c.meta.name === 'zero')!.meta.unread).toEqual([]);
  });
});

describe.each(runs)('$label', ({ c, file }) => {
  const bytes = (): Uint8Array => onDisk(c, file);

  it('reads every cell of tables 二, 三 and 四 equal to the truth; a merged non-zero figure is no row’s, a merged 0 every row’s', async () => {
    const report = await readResolved(`${c.meta.name}-${file}`, bytes());
    for (const t of TABLES) {
      const cells = report.tables[t]!.cells;
      for (const [k, want] of truthCells(c, t)) expect(cells[k], `${t}.${k}`).toMatchObject(want === null ? { kind: 'blank' } : { kind: 'number', value: want });
    }
    const cells = report.tables.t3!.cells;
    for (const k of c.meta.unread) expect(cells[k], k).toBeUndefined();
    expect(merges(report.findings)).toEqual(c.meta.findings);
    // No other reason given, and the sums do not overrule the merged figures.
    expect(report.findings.filter((f) => f.ruleId.startsWith('extract-') && f.messageId !== 'mergedRows' && f.location.table === 't3')).toEqual([]);
  });

  it('check: the merge said in zh and en, what to fix; the same findings as the unmerged report besides', async () => {
    const zh = (await checkBytes(`${c.meta.name}-${file}`, bytes())).result.diagnostics;
    const en = (await checkBytes(`${c.meta.name}-${file}`, bytes(), { lang: 'en' })).result.diagnostics;
    const said = zh.filter((d) => d.messageId === 'mergedRows');
    expect(said.map((d) => d.location.row)).toEqual(c.meta.findings.map((f) => f.row));
    for (const d of said) {
      expect(d.severity).toBe('warning');
      expect(d.message).toContain('表三“（六）其他处理”的三个子行被合并为一格填写（“自然人”列为 2，“商业企业”列为 1，“总计”列为 3），应分行填写');
      expect(d.message).toMatch(/“（六）其他处理\/[123]\.[^”]+”行的这些格未读取。$/);
      expect(d.hint).toContain('取消这些单元格的合并');
      expect(d.message).not.toMatch(/undefined|null|NaN|\{/);
    }
    for (const d of en.filter((x) => x.messageId === 'mergedRows')) {
      expect(d.message).toContain('Table 三: the three sub-rows of "（六）其他处理" are written as one merged cell ("自然人" 2, "商业企业" 1, "总计" 3); fill in each row separately.');
      expect(d.message).not.toMatch(/undefined|null|NaN|\{/);
    }
    expect(zh.filter((d) => d.ruleId.startsWith('table3-') && d.severity !== 'info')).toEqual([]);
    expect(zh.filter((d) => d.ruleId === 'cell-missing' || d.ruleId === 'cell-blank').map(key)).toEqual([]);
    // Besides the merge, the findings of the same report unmerged — no false sum error, nothing hidden but
    // the sums the unread cells leave unchecked (said as info). A PDF: those of the unmerged web page.
    const baseFile = isPdf(file) ? 'input.html' : file;
    const base = (await checkBytes(`${c.meta.name}-base-${baseFile}`, await unmerged(c, baseFile))).result.diagnostics;
    const shown = (ds: Diagnostic[]): string[] => ds.filter((d) => d.severity !== 'info' && d.messageId !== 'mergedRows').map(key).sort();
    expect(shown(zh)).toEqual(shown(base));
  });

  it('the built CLI: check -f json says the same; convert --to json writes the unread cells as unread, never the merged figure', () => {
    const input = join('fixtures/merged-rows', c.meta.name, file);
    const r = spawnSync(process.execPath, [BIN, 'check', input, '-f', 'json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout.trim().startsWith('{'), r.stderr).toBe(true);
    const ds = (JSON.parse(r.stdout) as { files: { diagnostics: (Loc & { severity: string })[] }[] }).files[0]!.diagnostics;
    expect(merges(ds)).toEqual(c.meta.findings);
    expect(ds.filter((d) => d.ruleId.startsWith('table3-') && d.severity !== 'info')).toEqual([]);
    expect(ds.filter((d) => d.ruleId === 'cell-missing' || d.ruleId === 'cell-blank')).toEqual([]);
    const conv = spawnSync(process.execPath, [BIN, 'convert', input, '--to', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const tables = (JSON.parse(conv.stdout) as { tables: Record<TableId, Record<string, Record<string, unknown>>> }).tables;
    const t3 = tables.t3;
    const valueOf = (x: unknown): unknown => (x !== null && typeof x === 'object' ? (x as { value: unknown }).value : x);
    for (const t of TABLES) {
      for (const [k, want] of truthCells(c, t)) {
        const [row, col] = k.split('.') as [string, string];
        expect(valueOf(tables[t][row]?.[col]), `${t}.${k}`).toBe(want);
      }
    }
    for (const k of c.meta.unread) {
      const [row, col] = k.split('.') as [string, string];
      expect(t3[row]?.[col], k).toMatchObject({ status: 'unread', reason: expect.stringContaining('应分行填写') });
    }
    expect(conv.status).toBe(c.meta.unread.length > 0 ? 1 : 0);
  });
});
