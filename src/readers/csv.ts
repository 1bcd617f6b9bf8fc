/**
 * Reader for CSV/TSV files: the grid a spreadsheet saves (read like a sheet by grid.ts), or the tidy
 * CSV that `gongkai convert --to csv` writes (one row per cell, see renderers/csv.ts), so that a round
 * trip works.
 *
 * - Text: BOM, UTF-8, else GB18030/GBK (what Excel and WPS save on Chinese Windows), via decode.ts.
 * - Delimiter: comma, semicolon or tab, whichever separates the first lines best (.tsv: tab).
 * - Sources: 1-based line of the record's start and 1-based field number.
 * csv-parse is imported here only.
 */
import { ReadError } from '../errors.js';
import { because } from './reason.js';
import { MAX_TEXT_CHARS, textTooLong } from './limits.js';
import { matchLabel } from '../format/labels.js';
import { FORMAT_IDS, getFormat, TABLE_IDS, type FormatId, type TableId } from '../format/spec.js';
import { parseCellText } from '../model/cell.js';
import { emptyTable, newReport, type Report } from '../model/report.js';
import { CSV_HEADER } from '../model/tidy-csv.js';
import { UNREAD, unreadCellFinding } from './unread-cell.js';
import { decodeText } from './decode.js';
import type { Grid, GridCell } from './grid-cells.js';
import { textFromGrids } from './grid-text.js';
import { findTables, formatFromLabels, unneutralize } from './grid.js';
import type { ReadInput, Reader } from './reader.js';

const DELIMITERS = [',', ';', '\t'] as const;

/** Largest grid read from a CSV file. */
const MAX_ROWS = 5000;
const MAX_COLS = 200;

/** The delimiter that splits the first lines (outside quotes) into the most fields. */
export function detectDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let lines = 0;
  for (const ch of sample) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n' && ++lines >= 50) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: string = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

interface Record_ {
  fields: string[];
  line: number;
}

let csvParse: typeof import('csv-parse/sync').parse | undefined;

async function parseRecords(text: string, delimiter: string): Promise<Record_[]> {
  csvParse ??= (await import('csv-parse/sync')).parse;
  const parse = csvParse;
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // Records past MAX_ROWS are never read (the grid is cut there; a tidy CSV has a few hundred).
    parsed = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true, bom: true, to: MAX_ROWS }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const line = (e as { lines?: number }).lines;
    throw new ReadError('read-error', 'unreadable', line ? because(`a quoted field is not closed, or a quote is out of place (near line ${line})`, `第 ${line} 行附近有引号没有成对，或引号的位置不对`, msg) : because('a quoted field is not closed, or a quote is out of place', '有引号没有成对，或引号的位置不对', msg), line ? { line } : undefined, 'resave');
  }
  const out: Record_[] = [];
  let next = 1;
  for (const p of parsed) {
    out.push({ fields: p.record, line: next });
    next = p.info.lines + 1;
  }
  return out;
}

function isTidy(records: Record_[]): boolean {
  const head = records[0]?.fields.map((f) => f.trim().toLowerCase());
  return head !== undefined && CSV_HEADER.every((h, i) => head[i] === h);
}

/**
 * Reads the tidy CSV of `convert --to csv`: table, row_group, row, column_group, column, value, source,
 * and, when convert could not read some cells, status and reason (a row with status `unread` stays unread).
 */
function readTidy(records: Record_[]): Pick<Report, 'tables' | 'format' | 'findings'> & { mapped: number } {
  const labels = records.slice(1).flatMap((r) => r.fields.slice(1, 5));
  const declared = formatFromLabels(labels);
  const head = records[0]!.fields.map((f) => f.trim().toLowerCase());
  const statusAt = head.indexOf('status');
  const reasonAt = head.indexOf('reason');
  const attempt = (f: FormatId): Pick<Report, 'tables' | 'findings'> & { mapped: number; extras: number } => {
    const spec = getFormat(f);
    const tables: Report['tables'] = {};
    const findings: Report['findings'] = [];
    let mapped = 0;
    let extras = 0;
    const seenExtra = new Set<string>();
    for (const rec of records.slice(1)) {
      const [number = '', rowGroup = '', rowText = '', colGroup = '', colText = '', value = ''] = rec.fields.map((x) => x.trim());
      if (rec.fields.every((x) => x.trim() === '')) continue;
      const id = TABLE_IDS.find((t) => spec.tables[t].number === number || `表${spec.tables[t].number}` === number);
      if (!id) continue;
      const t = spec.tables[id];
      const content = (tables[id as TableId] ??= emptyTable({ line: rec.line, column: 1 }));
      const rowLabel = rowText !== '' ? rowText : t.transposed ? colGroup : '';
      const groupLabel = rowText !== '' ? rowGroup : '';
      const candidates = groupLabel !== '' ? t.rows.filter((r) => r.group !== undefined && matchLabel(groupLabel, t.rowGroups)?.id === r.group) : t.rows;
      const row = t.rows.find((r) => r.id === matchLabel(rowLabel, candidates.length > 0 ? candidates : t.rows)?.id);
      if (!row) {
        const label = [groupLabel, rowLabel].filter((x) => x !== '').join('/');
        if (!seenExtra.has(`row:${label}`)) content.extras.push({ kind: 'row', label, source: { line: rec.line, column: 3 } });
        seenExtra.add(`row:${label}`);
        extras++;
        continue;
      }
      const cols = t.columns.filter((c) => row.columns.includes(c.id));
      const col = cols.find((c) => c.id === matchLabel(colText, cols)?.id);
      if (!col) {
        if (!seenExtra.has(`col:${colText}`)) content.extras.push({ kind: 'column', label: colText, source: { line: rec.line, column: 5 } });
        seenExtra.add(`col:${colText}`);
        extras++;
        continue;
      }
      mapped++;
      if (statusAt >= 0 && (rec.fields[statusAt] ?? '').trim().toLowerCase() === UNREAD) {
        findings.push(unreadCellFinding(t, row.id, col.id, reasonAt >= 0 ? unneutralize(rec.fields[reasonAt] ?? '') : '', { line: rec.line, column: 6 }));
        continue;
      }
      content.cells[`${row.id}.${col.id}`] = parseCellText(unneutralize(rec.fields[5] ?? value), { line: rec.line, column: 6 });
    }
    return { tables, findings, mapped, extras };
  };
  if (declared) {
    const r = attempt(declared);
    return { tables: r.tables, findings: r.findings, format: declared, mapped: r.mapped };
  }
  const [a, b] = FORMAT_IDS.map(attempt) as [ReturnType<typeof attempt>, ReturnType<typeof attempt>];
  const score = (x: typeof a): number => x.mapped - x.extras;
  if (score(a) === score(b)) return { tables: a.tables, findings: a.findings, mapped: a.mapped };
  const [win, id] = score(a) > score(b) ? [a, FORMAT_IDS[0]] : [b, FORMAT_IDS[1]];
  return { tables: win.tables, findings: win.findings, format: id, mapped: win.mapped };
}

export async function readCsv(input: ReadInput): Promise<Report> {
  const { text } = decodeText(input.bytes, input.encoding);
  if (text.includes('\u0000')) {
    throw new ReadError('read-error', 'unreadable', because('binary content, not a CSV text file', '文件含二进制内容，不是 CSV 文本'), undefined, 'resave');
  }
  // A line of millions of separators would be millions of fields before the grid cuts them.
  if (text.length > MAX_TEXT_CHARS) throw textTooLong(text.length);
  const ext = input.path.slice(input.path.lastIndexOf('.')).toLowerCase();
  const delimiter = ext === '.tsv' ? '\t' : detectDelimiter(text);
  const records = await parseRecords(text, delimiter);
  const base = { path: input.path, reader: 'csv', findings: [] };
  if (isTidy(records)) {
    const tidy = readTidy(records);
    return { ...base, ...(tidy.format ? { format: tidy.format, formatEvidence: 'labels' as const } : {}), sections: [], tables: tidy.tables, findings: tidy.findings };
  }
  const name = input.path.replace(/^.*[\\/]/, '');
  // A report's grid is a few hundred lines; a huge data export is cut (its tables, if any, come first).
  const rows: (GridCell | undefined)[][] = records.slice(0, MAX_ROWS).map((rec) =>
    rec.fields.slice(0, MAX_COLS).map((f, i) => ({ text: unneutralize(f), source: { line: rec.line, column: i + 1 } })),
  );
  const grid: Grid = { name, rows };
  const found = findTables([grid]);
  const t = textFromGrids([grid], found.used);
  return newReport({ ...base, title: t.title, agency: t.agency, year: t.year, period: t.period, format: found.format, sections: t.sections, tables: found.tables, findings: found.findings });
}

const reader: Reader = { name: 'csv', read: readCsv };
export default reader;
