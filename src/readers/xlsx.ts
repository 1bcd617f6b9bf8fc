/**
 * Reader for Excel workbooks (.xlsx, .xlsm, .xls) as agencies fill them in: every sheet becomes a
 * grid (merged areas expanded), and grid.ts finds the tables by their labels wherever they are.
 *
 * - Values: numbers as stored (15 significant digits, as Excel shows them), text as typed (numbers
 *   stored as text, full-width digits, units and placeholders go through parseCellText), formulas by
 *   their saved value; a formula saved without a value is read as blank (formula-no-value), and a
 *   simple one (SUM, + and −) whose saved value no longer matches its cells is reported (formula-stale).
 * - Sources: sheet name + A1 address of the cell (the top-left cell of a merged area).
 * - .xlsx/.xlsm are zip archives and go through the zip guard before SheetJS inflates them.
 * - An .xls/.xlsx that is an HTML page (web systems' "Excel" exports) goes to the HTML reader; one that
 *   is an XML Spreadsheet 2003 is decoded by its declared encoding and read by SheetJS; tab- or
 *   comma-separated text named .xls goes to the CSV reader.
 * SheetJS is imported here only, so reading other formats never loads it.
 */
import { ReadError } from '../errors.js';
import { because } from './reason.js';
import type { Finding } from '../model/diagnostic.js';
import { cellId, cellLabels, getFormat, TABLE_IDS } from '../format/spec.js';
import { shortLabel } from '../format/labels.js';
import { a1, type LogicalLocation } from '../model/location.js';
import { newReport, type Report } from '../model/report.js';
import type { Grid, GridCell } from './grid-cells.js';
import { textFromGrids } from './grid-text.js';
import { findTables, unneutralize } from './grid.js';
import type { ReadInput, Reader } from './reader.js';
import { decodeText } from './decode.js';
import { evaluateSimple, type Lookup } from './formula.js';
import { markupKind, xmlEncoding } from './sniff.js';
import { checkZip, isZip } from './zip-guard.js';
import { MAX_MERGE_AREAS, MAX_SHEET_CELLS, MergeBudget, sheetsTooLarge, tooManyMerges } from './limits.js';

/** Largest grid read from one sheet; report tables are far smaller (a sheet "used" to XFD1048576 is cut). */
const MAX_ROWS = 3000;
const MAX_COLS = 100;

/** Cells looked up for formula-stale per workbook (a hostile sheet of SUMs over big ranges stays cheap). */
const MAX_LOOKUPS = 1_000_000;

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * SheetJS's own HTML import looks, for every cell, through every merged area seen so far: markup whose
 * cells times spans pass this is read by the HTML reader instead (linear, and bounded by limits.ts).
 */
const MAX_SHEETJS_HTML_WORK = 2_000_000;

/** Occurrences of a lower-case ASCII word in bytes, letters in any case (for counting tags and attributes). */
function countWord(bytes: Uint8Array, word: string): number {
  const lower = (b: number): number => (b >= 0x41 && b <= 0x5a ? b | 0x20 : b);
  const first = word.charCodeAt(0);
  let count = 0;
  for (let i = 0; i + word.length <= bytes.length; i++) {
    if (lower(bytes[i]!) !== first) continue;
    let k = 1;
    while (k < word.length && lower(bytes[i + k]!) === word.charCodeAt(k)) k++;
    if (k === word.length) count++;
  }
  return count;
}

/**
 * Merged areas in a legacy .xls, counted from its MergeCells records (type 0x00E5: a count, then 8
 * bytes per area) wherever one shows in the file's bytes, without reading the compound file: a record
 * split across sectors may be missed and stray bytes may look like one, which is close enough to
 * refuse a file of millions of merged areas before SheetJS keeps them all.
 */
function biffMergeAreas(bytes: Uint8Array): number {
  let areas = 0;
  for (let i = bytes.indexOf(0xe5); i >= 0 && i + 6 <= bytes.length; i = bytes.indexOf(0xe5, i + 1)) {
    if (bytes[i + 1] !== 0x00) continue;
    const len = bytes[i + 2]! | (bytes[i + 3]! << 8);
    const count = bytes[i + 4]! | (bytes[i + 5]! << 8);
    if (count > 0 && len === 2 + 8 * count) areas += count;
  }
  return areas;
}

/** Node's Buffer where there is one (not in a browser). */
const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;

/**
 * What SheetJS reads the bytes from. Under Node, a Buffer (a view, not a copy): SheetJS copies a legacy
 * .xls's streams byte by byte into an array of numbers unless it is given a Buffer (a 40 MB file took
 * 900 MB). In a browser, the bytes themselves.
 */
function sheetRead<O extends object>(bytes: Uint8Array, opts: O): [Uint8Array, O & { type: 'buffer' | 'array' }] {
  if (!NodeBuffer) return [bytes, { ...opts, type: 'array' }];
  return [NodeBuffer.isBuffer(bytes) ? bytes : NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { ...opts, type: 'buffer' }];
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Text of a number as Excel shows it at full precision: 15 significant digits, no float noise. */
export function numberText(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return String(Number(v.toPrecision(15)));
}

type XlsxCell = { t?: string; v?: unknown; w?: string; f?: string; F?: string };

/**
 * The result a simple formula (SUM of cells, + and − of cells and numbers; src/readers/formula.ts) gives
 * from the cells as read, when it differs from the result saved with it; undefined when they agree or
 * the formula is not one of the simple forms.
 */
function staleResult(formula: string, saved: number, lookup: Lookup): number | undefined {
  const now = evaluateSimple(formula, lookup);
  if (now === undefined) return undefined;
  return Math.abs(now - saved) > 1e-9 * Math.max(1, Math.abs(now), Math.abs(saved)) ? now : undefined;
}

function cellText(c: XlsxCell): string | undefined {
  if (c.f !== undefined && (c.v === undefined || c.v === null)) return undefined;
  switch (c.t) {
    case 'n':
      return typeof c.v === 'number' ? numberText(c.v) : String(c.v ?? '');
    case 's':
    case 'str':
      return unneutralize(String(c.v ?? ''));
    case 'b':
      return c.v ? 'TRUE' : 'FALSE';
    case 'e':
      return c.w ?? '#ERROR';
    case 'd':
      return c.w ?? String(c.v ?? '');
    case 'z':
      return '';
    default:
      return c.w ?? (c.v === undefined ? '' : String(c.v));
  }
}

let sheetjs: typeof import('xlsx') | undefined;

export async function readXlsx(input: ReadInput): Promise<Report> {
  const { bytes } = input;
  const ext = input.path.slice(input.path.lastIndexOf('.')).toLowerCase();
  /** What SheetJS reads: the bytes, or the decoded text of an XML Spreadsheet 2003. */
  let data: { type: 'array'; bytes: Uint8Array } | { type: 'string'; text: string } = { type: 'array', bytes };
  // Markup read by SheetJS: its merged areas are not expanded by SheetJS (it would write an empty cell
  // at every covered position: a 300-byte sheet merging 16,384 columns by a million rows took the
  // whole heap) but here, within the grid's bounds and the file's merge budget (limits.ts).
  let markupSheet = false;
  const markup = isZip(bytes) || startsWith(bytes, CFB) ? undefined : markupKind(bytes);
  if (isZip(bytes)) {
    // Merged areas are counted in the sheets' XML before SheetJS keeps every one of them.
    let areas = 0;
    checkZip(bytes, {}, (entry, content) => {
      if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) return;
      areas += countWord(content, 'mergecell') - countWord(content, 'mergecells');
      if (areas > MAX_MERGE_AREAS) throw tooManyMerges();
    });
  }
  else if (startsWith(bytes, CFB)) {
    // Legacy .xls (BIFF in a compound file).
    if (biffMergeAreas(bytes) > MAX_MERGE_AREAS) throw tooManyMerges();
  } else if (markup === 'html') {
    // An "Excel" file that web systems (OA and 政务 systems, 信息公开平台) export is often an HTML page,
    // GBK-encoded with or without a meta charset: the HTML reader reads its text and tables and decodes
    // it (SheetJS would take GBK for Latin-1 and drop the text outside the tables).
    const html = (await import('./html.js')).default;
    return html.read(input);
  } else if (markup === 'spreadsheetml') {
    // XML Spreadsheet 2003: decoded here (its declared encoding, e.g. gb2312, or detection) and handed
    // to SheetJS as text, which reads a BOM or GBK bytes wrongly.
    const declared = input.encoding ?? xmlEncoding(bytes);
    let decoded: string;
    try {
      decoded = decodeText(bytes, declared).text;
    } catch {
      decoded = decodeText(bytes).text;
    }
    data = { type: 'string', text: decoded.replace(/^\uFEFF/, '').trimStart() };
    markupSheet = true;
    const merge = /merge(?:across|down)/gi;
    let areas = 0;
    while (merge.exec(data.text) && ++areas <= MAX_MERGE_AREAS);
    if (areas > MAX_MERGE_AREAS) throw tooManyMerges();
  } else if (ext === '.xls' && /^(\uFEFF|ï»¿)?\s*</.test(new TextDecoder('latin1').decode(bytes.subarray(0, 512)))) {
    // Other markup named .xls: SheetJS has the last word, unless it is a table with so many spans that
    // SheetJS's HTML import would take long (it is then HTML, and the HTML reader reads it).
    const spans = countWord(bytes, 'rowspan') + countWord(bytes, 'colspan');
    if (spans > MAX_MERGE_AREAS || (countWord(bytes, '<td') + countWord(bytes, '<th')) * spans > MAX_SHEETJS_HTML_WORK) {
      const html = (await import('./html.js')).default;
      return html.read(input);
    }
    markupSheet = true;
    if (countWord(bytes, 'mergeacross') + countWord(bytes, 'mergedown') > MAX_MERGE_AREAS) throw tooManyMerges();
  } else if (ext === '.xls' && !bytes.subarray(0, 4096).includes(0)) {
    // Or tab- or comma-separated text that a web system named .xls: read it as the CSV it is.
    const csv = (await import('./csv.js')).default;
    return csv.read(input);
  } else {
    throw new ReadError('read-error', 'unreadable', because('not an Excel workbook (no .xlsx zip or .xls signature)', '不是 Excel 工作簿'), undefined, 'resave');
  }
  sheetjs ??= await import('xlsx');
  const XLSX = sheetjs;
  let wb: import('xlsx').WorkBook;
  try {
    // Rows past MAX_ROWS are never read (sheetRows: SheetJS does not keep them either).
    const opts = { cellFormula: true, cellHTML: false, cellNF: false, cellStyles: false, sheetStubs: !markupSheet, dense: false, sheetRows: MAX_ROWS } as const;
    wb = data.type === 'string' ? XLSX.read(data.text, { ...opts, type: 'string' }) : XLSX.read(...sheetRead(data.bytes, opts));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const locked = /password|encrypt/i.test(reason);
    throw new ReadError(
      'read-error',
      'unreadable',
      locked ? because('the workbook is password-protected', '工作簿设置了密码保护，请先取消密码') : because('the workbook is damaged or not in a form Excel saves', '工作簿已损坏，或不是 Excel 保存的格式', reason),
      undefined,
      'resave',
    );
  }
  const findings: Finding[] = [];
  const grids: Grid[] = [];
  let lookups = 0;
  const budget = new MergeBudget();
  /** Grid positions of the sheets so far (bounded by MAX_SHEET_CELLS). */
  let positions = 0;
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name] as Record<string, unknown> | undefined;
    if (!ws) continue;
    let maxR = -1;
    let maxC = -1;
    const cells: { r: number; c: number; cell: XlsxCell }[] = [];
    // A cell's value for the simple formulas (formula-stale): as read, beyond what was read unknown.
    const lookup: Lookup = (r0, c0) => {
      if (r0 >= MAX_ROWS || c0 >= MAX_COLS || ++lookups > MAX_LOOKUPS) return undefined;
      const x = ws[a1(r0, c0)] as XlsxCell | undefined;
      if (!x || x.t === 'z' || ((x.t === 's' || x.t === 'str') && String(x.v ?? '').trim() === '' && x.f === undefined)) return 'blank';
      return x.t === 'n' && typeof x.v === 'number' ? x.v : undefined;
    };
    for (const key of Object.keys(ws)) {
      if (key.startsWith('!')) continue;
      const { r, c } = XLSX.utils.decode_cell(key);
      if (r >= MAX_ROWS || c >= MAX_COLS || r < 0 || c < 0) continue;
      cells.push({ r, c, cell: ws[key] as XlsxCell });
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
    }
    const merges = ((ws['!merges'] as import('xlsx').Range[] | undefined) ?? []).filter((m) => m.s.r < MAX_ROWS && m.s.c < MAX_COLS && m.s.r >= 0 && m.s.c >= 0);
    // Merged areas do not widen the grid past the cells that have content: beyond them a merge only
    // repeats its top-left text (hardening: 4 merges up to DG1980 on an A1:J6 sheet took 27 s; fuzzing).
    // Markup sheets are the exception, as SheetJS read them before (with an empty cell at every covered
    // position, up to the grid's bounds).
    if (markupSheet) {
      for (const m of merges) {
        if (m.e.r < m.s.r || m.e.c < m.s.c || (m.e.r === m.s.r && m.e.c === m.s.c)) continue;
        maxR = Math.max(maxR, Math.min(m.e.r, MAX_ROWS - 1));
        maxC = Math.max(maxC, Math.min(m.e.c, MAX_COLS - 1));
      }
    }
    positions += (maxR + 1) * (maxC + 1);
    if (positions > MAX_SHEET_CELLS) throw sheetsTooLarge(positions);
    const rows: (GridCell | undefined)[][] = [];
    for (let r = 0; r <= maxR; r++) {
      const row: (GridCell | undefined)[] = [];
      for (let c = 0; c <= maxC; c++) row.push({ text: '', source: { sheet: name, cell: a1(r, c) } });
      rows.push(row);
    }
    for (const { r, c, cell } of cells) {
      const text = cellText(cell);
      const source = { sheet: name, cell: a1(r, c) };
      if (text === undefined) {
        findings.push({
          ruleId: 'formula-no-value',
          messageId: 'noValue',
          data: { sheet: name, cell: a1(r, c), formula: String(cell.f).slice(0, 80) },
          hintId: 'resave',
          location: {},
          physical: source,
        });
      } else if (cell.f !== undefined && cell.F === undefined && cell.t === 'n' && typeof cell.v === 'number') {
        const stale = staleResult(cell.f, cell.v, lookup);
        if (stale !== undefined) {
          findings.push({
            ruleId: 'formula-stale',
            messageId: 'stale',
            data: { sheet: name, cell: a1(r, c), formula: cell.f.slice(0, 80), saved: numberText(cell.v), now: numberText(stale) },
            hintId: 'recalculate',
            location: {},
            physical: source,
          });
        }
      }
      rows[r]![c] = { text: text ?? '', source };
    }
    for (const m of merges) {
      const top = rows[m.s.r]?.[m.s.c];
      if (!top) continue;
      const lastR = Math.min(m.e.r, maxR);
      const lastC = Math.min(m.e.c, maxC);
      const area = Math.max(0, lastR - m.s.r + 1) * Math.max(0, lastC - m.s.c + 1);
      if (area > 1) budget.take(area - 1);
      for (let r = m.s.r; r <= lastR; r++) {
        for (let c = m.s.c; c <= lastC; c++) rows[r]![c] = top;
      }
    }
    grids.push({ name, rows });
  }
  const found = findTables(grids);
  const text = textFromGrids(grids, found.used);
  // A formula that is a table cell is reported at that cell too (table, row, column).
  const spec = getFormat(found.format ?? '2021');
  const at = new Map<string, LogicalLocation>();
  for (const t of findings.length > 0 ? TABLE_IDS : []) {
    for (const [key, cell] of Object.entries(found.tables[t]?.cells ?? {})) {
      if (cell.source?.sheet === undefined) continue;
      const [row = '', column = ''] = key.split('.');
      const l = cellLabels(spec.tables[t], row, column);
      at.set(`${cell.source.sheet}!${cell.source.cell}`, {
        section: spec.tables[t].section,
        table: t,
        row,
        column,
        cell: cellId(t, row, column),
        labels: { table: l.table, ...(l.rowGroup ? { rowGroup: l.rowGroup } : {}), row: shortLabel(l.row), ...(l.columnGroup ? { columnGroup: l.columnGroup } : {}), column: l.column },
      });
    }
  }
  for (const f of findings) {
    const loc = f.physical ? at.get(`${f.physical.sheet}!${f.physical.cell}`) : undefined;
    if (loc) f.location = loc;
  }
  return newReport({ path: input.path, reader: 'xlsx', title: text.title, agency: text.agency, year: text.year, period: text.period, format: found.format, sections: text.sections, tables: found.tables, findings: [...findings, ...found.findings] });
}

const reader: Reader = { name: 'xlsx', read: readXlsx };
export default reader;
