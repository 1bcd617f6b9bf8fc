/**
 * Builds fixtures/merged-rows/ (issue #17): a value cell merged over several rows of table 三, the shape
 * real department reports held out from the project publish — the three sub-rows of （六）其他处理 written
 * as ONE merged cell per column (rowspan="3" on the web page, w:vMerge in Word, a merged area in Excel),
 * holding the three rows' figure together. From corpus reports, as a web page (tests/support/publish.ts
 * toHtml), a Word document (toDocx) and a workbook (the corpus workbook of fixtures/readers/xlsx with
 * the sub-rows' cells merged):
 *
 * - `zero`: pingtan-office-2025, whose （六） sub-rows are all 0: each merged cell is 0, and 0 over several
 *   rows is every row's 0 (counts are never negative) — every cell read, as the corpus has it.
 * - `nonzero`: pingtan-2024, （六）1 = 1 0 0 0 0 0 1, 2 = 0, 3 = 1 1 0 0 0 0 2: merged, 自然人 2, 商业企业 1,
 *   总计 3. Those are the rows' figures together, not each row's: read into every row (2|2|2) they made
 *   （七）总计 a false sum error. The three cells of each of those columns stay unread (an extract-failed
 *   `mergedRows` finding per sub-row names the merged values), the merged 0s are read as 0 in every row.
 *
 * Each case folder holds input.html, input.docx, input.xlsx, input.pdf (input.html printed by Chromium:
 * scripts/make-merged-rows-pdf.mjs, run after this one), truth.json (table 三 by row and column id:
 * every cell the case must read; the unread ones left out) and case.json (the corpus report, the merged
 * value of each column, the cells that must stay unread and the findings that say so).
 * Run through the test runner (no tsx here):  UPDATE_FIXTURES=1 npx vitest run tests/merged-rows.test.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { publishedFromCorpus, toDocx, toHtml } from '../tests/support/publish.js';
import type { CorpusJson } from './corpus-json.js';
import { sheetData, type SheetData } from './make-merged-cells.js';

export const MERGED_ROWS = join(import.meta.dirname, '../fixtures/merged-rows');
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');
const XLSX_FIXTURES = join(import.meta.dirname, '../fixtures/readers/xlsx');

/** The sub-rows of （六）其他处理, merged into one cell per column. */
export const SUB_ROWS = ['other_no_correction', 'other_unpaid_fee', 'other_other'];
export const COLUMNS = ['natural', 'commercial', 'research', 'nonprofit', 'legal_services', 'other', 'total'];

type Rows = Record<string, Record<string, number | null>>;

export interface MergedRowsMeta {
  name: string;
  corpus: string;
  /** Each column's merged cell: the three sub-rows' figures added up. */
  merged: Record<string, number>;
  /** `row.column` of the cells that must stay unread (a non-zero merged value's rows). */
  unread: string[];
  /** The reader findings the merge must give: extract-failed `mergedRows`, one per sub-row, with the values it names. */
  findings: { ruleId: string; messageId: string; row: string; raw: string }[];
}

export interface MergedRowsCase {
  meta: MergedRowsMeta;
  truth: Rows;
  html: string;
  docx: Uint8Array;
  /** word/document.xml of the .docx, to compare documents by content. */
  document: string;
  xlsx: Uint8Array;
  sheet: SheetData;
}

const corpus = (name: string): CorpusJson => JSON.parse(readFileSync(join(CORPUS, `${name}.json`), 'utf8')) as CorpusJson;

/** The published report with the value cells of （六）'s sub-rows merged over the three rows, each holding their sum. */
function mergedPublished(name: string, merged: Record<string, number>): ReturnType<typeof publishedFromCorpus> {
  const p = publishedFromCorpus(name);
  const at = p.tables.t3.findIndex((row) => row.some((c) => c.text?.startsWith('1.申请人无正当理由逾期不补正')));
  if (at < 0) throw new Error(`${name}: no （六）1 row`);
  const values = p.tables.t3[at]!.filter((c) => c.text === undefined);
  if (values.length !== COLUMNS.length) throw new Error(`${name}: （六）1 has ${values.length} value cells`);
  values.forEach((c, i) => {
    c.rs = 3;
    c.value = merged[COLUMNS[i]!]!;
  });
  for (const r of [at + 1, at + 2]) p.tables.t3[r] = p.tables.t3[r]!.filter((c) => c.text !== undefined);
  return p;
}

/** The corpus workbook (fixtures/readers/xlsx/<name>) with the sub-rows' cells of each column merged into the first, holding their sum. */
async function mergedWorkbook(name: string, merged: Record<string, number>): Promise<{ bytes: Uint8Array; sheet: SheetData }> {
  const XLSX = await import('xlsx');
  const dir = join(XLSX_FIXTURES, name);
  const where = (JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { cells: Record<string, string> }).cells;
  const wb = XLSX.read(readFileSync(join(dir, 'input.xlsx')), { cellFormula: true });
  for (const col of COLUMNS) {
    const at = SUB_ROWS.map((row) => where[`t3.${row}.${col}`]!.split('!') as [string, string]);
    const sheet = at[0]![0];
    const ws = wb.Sheets[sheet]!;
    const cells = at.map(([s, a]) => {
      if (s !== sheet) throw new Error(`${name}: the sub-rows of ${col} are on different sheets`);
      return XLSX.utils.decode_cell(a);
    });
    if (!cells.every((c, i) => c.c === cells[0]!.c && c.r === cells[0]!.r + i)) throw new Error(`${name}: the sub-rows of ${col} are not one above the other`);
    for (const [, a] of at) delete ws[a];
    ws[at[0]![1]] = { t: 'n', v: merged[col]! };
    (ws['!merges'] ??= []).push({ s: cells[0]!, e: cells[2]! });
  }
  const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
  return { bytes, sheet: sheetsOf(XLSX.read(bytes)) };
}

/** Every sheet's cells and merged areas (make-merged-cells.ts sheetData, sheet by sheet). */
function sheetsOf(wb: import('xlsx').WorkBook): SheetData {
  const out: SheetData = { cells: {}, merges: [] };
  for (const name of wb.SheetNames) {
    const one = sheetData({ ...wb, SheetNames: [name] });
    for (const [k, v] of Object.entries(one.cells)) out.cells[`${name}!${k}`] = v;
    out.merges.push(...one.merges);
  }
  return out;
}

async function buildCase(name: string, corpusName: string): Promise<MergedRowsCase> {
  const c = corpus(corpusName);
  const t3 = c.tables.t3!;
  const merged: Record<string, number> = {};
  for (const col of COLUMNS) merged[col] = SUB_ROWS.reduce((a, row) => a + (t3[row]![col] ?? 0), 0);
  const truth = structuredClone(t3);
  const unread: string[] = [];
  for (const row of SUB_ROWS) {
    for (const col of COLUMNS) {
      // A merged 0 is every row's 0; any other merged figure is no row's.
      if (merged[col] === 0) truth[row]![col] = 0;
      else {
        delete truth[row]![col];
        unread.push(`${row}.${col}`);
      }
    }
  }
  const raw = COLUMNS.filter((col) => merged[col] !== 0)
    .map((col) => String(merged[col]))
    .join(' ');
  const findings = raw === '' ? [] : SUB_ROWS.map((row) => ({ ruleId: 'extract-failed', messageId: 'mergedRows', row, raw }));
  const p = mergedPublished(corpusName, merged);
  const docx = toDocx(p);
  const { bytes, sheet } = await mergedWorkbook(corpusName, merged);
  return {
    meta: { name, corpus: corpusName, merged, unread, findings },
    truth,
    html: toHtml(p),
    docx,
    document: strFromU8(unzipSync(docx)['word/document.xml']!),
    xlsx: bytes,
    sheet,
  };
}

export async function buildMergedRows(): Promise<MergedRowsCase[]> {
  return [await buildCase('zero', 'pingtan-office-2025'), await buildCase('nonzero', 'pingtan-2024')];
}

export async function writeMergedRows(root = MERGED_ROWS): Promise<MergedRowsCase[]> {
  const cases = await buildMergedRows();
  for (const c of cases) {
    const dir = join(root, c.meta.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'input.html'), c.html);
    writeFileSync(join(dir, 'input.docx'), c.docx);
    writeFileSync(join(dir, 'input.xlsx'), c.xlsx);
    writeFileSync(join(dir, 'truth.json'), `${JSON.stringify({ t3: c.truth }, null, 2)}\n`);
    writeFileSync(join(dir, 'case.json'), `${JSON.stringify(c.meta, null, 2)}\n`);
  }
  return cases;
}
