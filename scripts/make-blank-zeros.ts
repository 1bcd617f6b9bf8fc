/**
 * Builds fixtures/blank-zeros/ (#17 item 4; SPEC §9 item 3): corpus reports whose zeros are left blank,
 * as many real reports publish them (one real report left 135 of its 198 table cells blank) — every 0 of
 * tables 三 and 四 an empty cell (the spreadsheet writes some of them "-" or "/"). Three reports:
 * pingtan-2019 (2019 format; its sums hold), pingtan-2020 (2019 format, its （六）其他处理 a single row
 * with figures; its results column breaks as published) and pingtan-2023 (2021 format; its sums hold, its
 * text says 予以公开及部分公开42件). For pingtan-2019 and pingtan-2020, whose text restates no result,
 * section 一 is given the sentence 全年共办结政府信息公开申请23件，其中予以公开及部分公开8件。 (7 + 1, as
 * its table has; 21 and 7 + 6 for pingtan-2020).
 *
 * Three variants of each, as a web page (html, Word-exported tables: tests/support/publish.ts) and a
 * workbook (xlsx, the official layout on one sheet: scripts/make-sheet-fixtures.ts) — pingtan-2019 and
 * pingtan-2023 — and as a text copy one cell per line with an empty line for each blank cell (txt, as the
 * text reader keeps them: scripts/make-text-fixtures.ts) — all three; in the 2019 ones most rows of table
 * 三 are wholly blank (the text reader once took the gap over such a row for a table's line spacing):
 *
 * - `consistent`: only the zeros blank. The sums hold with the blanks as 0: no sum finding, no finding of
 *   the text against the tables (but pingtan-2023's own, 393 against table 二's 470), the blanks as
 *   cell-blank.
 * - `sum-break`: and （一）予以公开's 自然人 one more: its row and its column break among blanks, found at
 *   their totals with the note that blanks counted as 0.
 * - `blank-total`: and （一）予以公开's 总计 left blank while its row has figures, and the text says
 *   予以公开及部分公开 three more than the rows add up to (read as its row, the blank 总计 is 7 or 22): the
 *   text's slip is found, with the note; the row's own sum cannot be checked (info), and the 总计 column,
 *   with that blank as 0, does not add up.
 *
 * Each case folder holds input.<ext> and case.json: the corpus entry, the cells changed, the sentence
 * changed, and every finding of the sum and narrative rules it must give (rule, severity, message id,
 * cell), the cells named by cell-blank. Run through the test runner (no tsx here):
 *   UPDATE_FIXTURES=1 npx vitest run tests/blank-zeros.test.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getFormat, type FormatId, type TableId } from '../src/format/spec.js';
import { a1 } from '../src/model/location.js';
import { layoutToXlsx, tableLayout, type CellValue } from '../src/renderers/template.js';
import { publishedFromCorpus, toHtml } from '../tests/support/publish.js';
import { arrange } from './make-sheet-fixtures.js';
import { layoutLines } from './make-text-fixtures.js';
import type { CorpusJson } from './corpus-json.js';

export const BLANK_ZEROS = join(import.meta.dirname, '../fixtures/blank-zeros');
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

/** A finding of a sum or narrative rule the case must give. */
export interface ExpectedFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  messageId: string;
  cell: string;
}

export interface BlankZerosMeta {
  truth: string;
  format: FormatId;
  reader: 'html' | 'xlsx' | 'text';
  variant: 'consistent' | 'sum-break' | 'blank-total';
  /** Cells written otherwise than the corpus has them: id → value (null blank, a string a placeholder). */
  changed: Record<string, number | string | null>;
  /** The sentence of section 一 as it is written in the file, when the case writes one. */
  sentence?: { from: string; to: string };
  /** Every finding of the sum rules and of narrative-figure / narrative-percentage, in any order. */
  findings: ExpectedFinding[];
  /** Where each table cell is in the file (xlsx `sheet!A1`, txt `line N`). */
  cells?: Record<string, string>;
}

interface BuiltCase {
  name: string;
  file: string;
  bytes: Uint8Array;
  meta: BlankZerosMeta;
}

const corpus = (name: string): CorpusJson => JSON.parse(readFileSync(join(CORPUS, `${name}.json`), 'utf8')) as CorpusJson;

/** The report and what its text says about 予以公开 and 部分公开. */
interface Base {
  name: string;
  /** The sentence as the report has it (`from`, '' when it has none) and as the fixture writes it (`to`). */
  sentence: (n: number) => { from: string; to: string };
  /** 予以公开 + 部分公开 as the table has them. */
  grantedOrPartly: number;
  /** The report's own finding of its text against its tables, whatever is blank. */
  own: ExpectedFinding[];
  /** The files written (default: all three). */
  forms?: ('html' | 'xlsx' | 'txt')[];
}

const BASES: Base[] = [
  {
    name: 'pingtan-2019',
    sentence: (n) => ({ from: '', to: `全年共办结政府信息公开申请23件，其中予以公开及部分公开${n}件。` }),
    grantedOrPartly: 8,
    own: [],
  },
  {
    // Its table as published does not add up: table 三's results come to 26 (27 in 总计) against a
    // （七）总计 of 20 (21) — with its zeros blank, a break among blanks in both columns, whatever the variant.
    name: 'pingtan-2020',
    sentence: (n) => ({ from: '', to: `全年共办结政府信息公开申请21件，其中予以公开及部分公开${n}件。` }),
    grantedOrPartly: 13,
    own: [
      { ruleId: 'table3-results-total', severity: 'error', messageId: 'mismatchBlank', cell: 't3.total.natural' },
      { ruleId: 'table3-results-total', severity: 'error', messageId: 'mismatchBlank', cell: 't3.total.total' },
    ],
    forms: ['txt'],
  },
  {
    name: 'pingtan-2023',
    sentence: (n) => ({ from: '予以公开及部分公开42件', to: `予以公开及部分公开${n}件` }),
    grantedOrPartly: 42,
    own: [{ ruleId: 'narrative-figure', severity: 'warning', messageId: 'mismatch', cell: 't2.normative_documents.in_force' }],
  },
];

/** Every 0 of tables 三 and 四, blank; in a workbook every third one "-" and every fifth "/". */
function zerosBlank(c: CorpusJson, placeholders: boolean): Record<string, number | string | null> {
  const out: Record<string, number | string | null> = {};
  let k = 0;
  for (const t of ['t3', 't4'] as const) {
    for (const [row, cols] of Object.entries(c.tables[t] ?? {})) {
      for (const [col, v] of Object.entries(cols)) {
        if (v !== 0) continue;
        k++;
        out[`${t}.${row}.${col}`] = placeholders && k % 3 === 0 ? '-' : placeholders && k % 5 === 0 ? '/' : null;
      }
    }
  }
  return out;
}

type Variant = BlankZerosMeta['variant'];

/** The findings once each (a variant's may be the report's own already). */
function once(fs: ExpectedFinding[]): ExpectedFinding[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = `${f.ruleId} ${f.severity} ${f.messageId} ${f.cell}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The cells a variant changes, the sentence it writes, and the findings it must give. */
function variantOf(base: Base, c: CorpusJson, variant: Variant, placeholders: boolean): Pick<BlankZerosMeta, 'changed' | 'sentence' | 'findings'> {
  const changed = zerosBlank(c, placeholders);
  const granted = c.tables.t3!.granted!;
  if (variant === 'consistent') return { changed, sentence: base.sentence(base.grantedOrPartly), findings: [...base.own] };
  if (variant === 'sum-break') {
    changed['t3.granted.natural'] = granted.natural! + 1;
    return {
      changed,
      sentence: base.sentence(base.grantedOrPartly),
      findings: once([
        ...base.own,
        { ruleId: 'table3-row-total', severity: 'error', messageId: 'mismatchBlank', cell: 't3.granted.total' },
        { ruleId: 'table3-results-total', severity: 'error', messageId: 'mismatchBlank', cell: 't3.total.natural' },
      ]),
    };
  }
  changed['t3.granted.total'] = null;
  return {
    changed,
    sentence: base.sentence(base.grantedOrPartly + 3),
    findings: once([
      ...base.own,
      { ruleId: 'narrative-figure', severity: 'warning', messageId: 'mismatchBlank', cell: 't3.granted.total' },
      { ruleId: 'table3-row-total', severity: 'info', messageId: 'incomplete', cell: 't3.granted.total' },
      { ruleId: 'table3-results-total', severity: 'error', messageId: 'mismatchBlank', cell: 't3.total.total' },
    ]),
  };
}

/** Section 一's text with the sentence written: replaced where the report has it, else appended. */
function withSentence(text: string, s: { from: string; to: string } | undefined, name: string): string {
  if (!s) return text;
  if (s.from === '') return `${text.trimEnd()}${s.to}`;
  if (text.split(s.from).length !== 2) throw new Error(`${name}: "${s.from}" is not once in section 一`);
  return text.replace(s.from, s.to);
}

function htmlCase(base: Base, variant: Variant): BuiltCase {
  const c = corpus(base.name);
  const v = variantOf(base, c, variant, false);
  const p = publishedFromCorpus(base.name, v.changed as Record<string, number | null>);
  p.sections[0]!.text = withSentence(p.sections[0]!.text, v.sentence, base.name);
  return { name: `${base.name}-html-${variant}`, file: 'input.html', bytes: new TextEncoder().encode(toHtml(p)), meta: { truth: base.name, format: c.format, reader: 'html', variant, ...v } };
}

async function xlsxCase(base: Base, variant: Variant): Promise<BuiltCase> {
  const c = corpus(base.name);
  const v = variantOf(base, c, variant, true);
  const sheets = arrange(base.name, { threeSheets: false, merges: true, labels: false, numbersAsText: false, formulas: false, offset: [0, 0], headingBeside: false, changes: v.changed as Record<string, CellValue> });
  // Section 一's text: the cell right under its heading.
  const main = sheets[0]!.layout;
  const at = main.rows.findIndex((row) => row?.some((x) => x !== undefined && 'text' in x && x.text === c.sections[0]!.heading));
  const textCell = main.rows[at + 1]!.find((x) => x !== undefined && 'text' in x) as { text: string };
  textCell.text = withSentence(textCell.text, v.sentence, base.name);
  const cells: Record<string, string> = {};
  for (const s of sheets) for (const [id, [r, col]] of s.layout.cells) cells[id] = `${s.sheet}!${a1(r, col)}`;
  const bytes = await layoutToXlsx(sheets.map((s) => ({ name: s.sheet, layout: s.layout })));
  return { name: `${base.name}-xlsx-${variant}`, file: 'input.xlsx', bytes, meta: { truth: base.name, format: c.format, reader: 'xlsx', variant, ...v, cells } };
}

const TABLE_OF_SECTION: Record<number, TableId> = { 1: 't2', 2: 't3', 3: 't4' };

/**
 * A corpus report as a web copy: one line per cell, a blank cell an empty line (make-text-fixtures.ts's
 * web copy), cells as the corpus has them but those `changed` (null blank); section 一 with `sentence`.
 * The text and the line of every table cell (`line N`).
 */
export function webCopy(name: string, changed: Record<string, number | string | null>, sentence?: { from: string; to: string }): { text: string; cells: Record<string, string> } {
  const c = corpus(name);
  const value = (id: string): CellValue => {
    if (id in changed) return changed[id];
    const [t, row, col] = id.split('.') as [TableId, string, string];
    return c.tables[t]?.[row]?.[col];
  };
  const lines: { text: string; cell?: string }[] = [{ text: c.title }];
  if (c.period) lines.push({ text: `${c.period.text}。` });
  c.sections.forEach((s, i) => {
    lines.push({ text: s.heading });
    const text = i === 0 ? withSentence(s.text, sentence, name) : s.text;
    for (const para of text.split('\n')) if (para.trim() !== '') lines.push({ text: para });
    const t = TABLE_OF_SECTION[i];
    if (t && c.tables[t]) lines.push(...layoutLines(tableLayout(getFormat(c.format), t, { values: value })));
  });
  const cells: Record<string, string> = {};
  lines.forEach((l, i) => {
    if (l.cell !== undefined) cells[l.cell] = `line ${i + 1}`;
  });
  return { text: `${lines.map((l) => l.text).join('\n')}\n`, cells };
}

function txtCase(base: Base, variant: Variant): BuiltCase {
  const c = corpus(base.name);
  const v = variantOf(base, c, variant, false);
  const { text, cells } = webCopy(base.name, v.changed, v.sentence);
  return { name: `${base.name}-txt-${variant}`, file: 'input.txt', bytes: new TextEncoder().encode(text), meta: { truth: base.name, format: c.format, reader: 'text', variant, ...v, cells } };
}

const VARIANTS: Variant[] = ['consistent', 'sum-break', 'blank-total'];

export async function buildBlankZeros(): Promise<BuiltCase[]> {
  const out: BuiltCase[] = [];
  for (const base of BASES) {
    for (const variant of VARIANTS) {
      const forms = base.forms ?? ['html', 'xlsx', 'txt'];
      if (forms.includes('html')) out.push(htmlCase(base, variant));
      if (forms.includes('xlsx')) out.push(await xlsxCase(base, variant));
      if (forms.includes('txt')) out.push(txtCase(base, variant));
    }
  }
  return out;
}

export async function writeBlankZeros(root = BLANK_ZEROS): Promise<BuiltCase[]> {
  const cases = await buildBlankZeros();
  for (const c of cases) {
    const dir = join(root, c.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, c.file), c.bytes);
    writeFileSync(join(dir, 'case.json'), `${JSON.stringify(c.meta, null, 2)}\n`);
  }
  return cases;
}
