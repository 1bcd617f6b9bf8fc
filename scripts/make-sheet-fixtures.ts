/**
 * Builds the spreadsheet fixtures of fixtures/readers/xlsx/<case>/ and fixtures/readers/csv/<case>/
 * from the real reports of fixtures/corpus-pages (their truth.json figures, and the section texts of
 * fixtures/corpus/<name>.json), laid out the way agencies do: the official layout on one sheet or on
 * three, merged headers or none, label variants (line breaks, half-width brackets, 1、 numbering,
 * traditional 總計, notes dropped), numbers stored as text (full-width digits, thousands separators),
 * tables at any position, GBK / semicolon / tab CSV; and broken cases (a missing row, a sum off by
 * one, a unit in a cell, placeholders, formulas saved without values, extra rows and columns).
 *
 * Each case folder holds input.<ext>, case.json (the corpus entry whose figures it carries, what it
 * varies, and the position of every table cell: `t3.new.natural` → "表三!D4" or "12:4") and, for
 * broken cases, the rule ids and cells they must report. Run through the test runner (no tsx here):
 *   UPDATE_FIXTURES=1 npx vitest run tests/readers-xlsx.test.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getFormat, TABLE_IDS, type FormatId, type TableId } from '../src/format/spec.js';
import { a1 } from '../src/model/location.js';
import { layoutToCsv, layoutToXlsx, place, tableLayout, type CellValue, type Layout, type LayoutCell } from '../src/renderers/template.js';
import { corpusNames, loadTruth, type Truth } from '../tests/support/corpus.js';
import { encodeLegacy } from '../tests/support/legacy-encodings.js';

export const FIXTURES = join(import.meta.dirname, '../fixtures/readers');

/** What a case must produce when read and checked. */
export interface CaseExpect {
  /** Every truth cell is read exactly (diffAgainstTruth is empty). */
  equalsTruth: boolean;
  /** Cells that differ from the truth on purpose: cell id → value as read (null = blank, string = text/placeholder). */
  changed?: Record<string, number | string | null>;
  /** Cells absent on purpose (a deleted row). */
  missing?: string[];
  /** Rule id → positions ("表三!H12", "12:5") that must be reported (physical or related). */
  reports?: Record<string, string[]>;
  /** Extras the tables must list. */
  extras?: { table: TableId; kind: 'row' | 'column'; label: string }[];
}

export interface CaseMeta {
  truth: string;
  format: FormatId;
  layout: string;
  /** Position of every table cell in the file. */
  cells: Record<string, string>;
  expect: CaseExpect;
}

export interface BuiltCase {
  kind: 'xlsx' | 'csv';
  name: string;
  file: string;
  bytes: Uint8Array;
  meta: CaseMeta;
}

// ---------------------------------------------------------------------------------------------
// Variations
// ---------------------------------------------------------------------------------------------

const TRAD: Record<string, string> = { 总: '總', 计: '計', 复: '復', 议: '議', 诉: '訴', 讼: '訟', 处: '處', 数: '數', 开: '開', 请: '請', 结: '結' };

/** A label as agencies write it: the k-th variation of five. */
export function labelVariant(label: string, k: number): string {
  switch (k % 5) {
    case 0: {
      const chars = [...label];
      if (chars.length < 4) return label;
      const mid = Math.floor(chars.length / 2);
      return `${chars.slice(0, mid).join('')}\n${chars.slice(mid).join('')}`;
    }
    case 1:
      return label.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':');
    case 2:
      return label.replace(/^(\d+)\./, '$1、').replace(/^（([一二三四五六七八九十]+)）/, '($1)');
    case 3:
      return [...label].map((ch) => TRAD[ch] ?? ch).join('');
    default: {
      const dropped = label.replace(/(?!^)（[^（）]*）$/u, '');
      if (dropped !== label && dropped.length > 3) return dropped;
      const chars = [...label];
      return chars.length === 4 ? `${chars.slice(0, 2).join('')} ${chars.slice(2).join('')}` : label;
    }
  }
}

const FULL = '０１２３４５６７８９';

/** A number as text, the k-th variation of four: plain, full-width digits, thousands separators, trailing spaces. */
export function numberVariant(v: number, k: number): string {
  const plain = String(v);
  switch (k % 4) {
    case 1:
      return plain.replace(/\d/g, (d) => FULL[Number(d)]!);
    case 2:
      return Number.isInteger(v) && Math.abs(v) >= 1000 ? v.toLocaleString('en-US') : plain;
    case 3:
      return ` ${plain} `;
    default:
      return plain;
  }
}

function mapLabels(l: Layout, f: (text: string, k: number) => string): void {
  const valuePositions = new Set([...l.cells.values()].map(([r, c]) => `${r},${c}`));
  let k = 0;
  l.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell && 'text' in cell && !valuePositions.has(`${r},${c}`)) row[c] = { text: f(cell.text, k++) };
    }),
  );
}

function mapNumbers(l: Layout, f: (v: number, k: number) => LayoutCell): void {
  let k = 0;
  for (const [r, c] of l.cells.values()) {
    const cell = l.rows[r]?.[c];
    if (cell && 'number' in cell && !('formula' in cell)) l.rows[r]![c] = f(cell.number, k++);
  }
}

function withoutMerges(l: Layout): Layout {
  return { ...l, merges: [] };
}

// ---------------------------------------------------------------------------------------------
// Report → layouts
// ---------------------------------------------------------------------------------------------

interface CorpusJson {
  title?: string;
  sections: { heading: string; text: string }[];
}

function corpusJson(name: string): CorpusJson {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/corpus', `${name}.json`), 'utf8')) as CorpusJson;
}

function values(truth: Truth, changes: Record<string, CellValue> = {}): (id: string) => CellValue {
  return (id) => (id in changes ? changes[id] : truth.cells.get(id));
}

/** Total cells whose truth equals the sum of their parts get a formula; others stay typed numbers (as agencies overwrite). */
function keepConsistentFormulas(l: Layout, v: (id: string) => CellValue): void {
  for (const [id, [r, c]] of l.cells) {
    const cell = l.rows[r]?.[c];
    if (!cell || !('formula' in cell)) continue;
    const parts = /^SUM\((.*)\)$/.exec(cell.formula)![1]!.split(',');
    let sum = 0;
    let ok = true;
    for (const p of parts) {
      const [from, to = from] = p.split(':') as [string, string?];
      const pos = (x: string): [number, number] => {
        const m = /^([A-Z]+)(\d+)$/.exec(x)!;
        const col = [...m[1]!].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        return [Number(m[2]) - 1, col];
      };
      const [r0, c0] = pos(from);
      const [r1, c1] = pos(to ?? from);
      for (let rr = r0; rr <= r1; rr++)
        for (let cc = c0; cc <= c1; cc++) {
          const part = [...l.cells].find(([, [pr, pc]]) => pr === rr && pc === cc)?.[0];
          const pv = part ? v(part) : undefined;
          if (typeof pv === 'number') sum += pv;
          else ok = false;
        }
    }
    const want = v(id);
    if (!ok || typeof want !== 'number' || Math.abs(sum - want) > 1e-9) l.rows[r]![c] = typeof want === 'number' ? { number: want } : undefined;
    else l.rows[r]![c] = { formula: cell.formula, number: want };
  }
}

interface Placed {
  sheet: string;
  layout: Layout;
}

interface Options {
  threeSheets: boolean;
  merges: boolean;
  labels: boolean;
  numbersAsText: boolean;
  formulas: boolean;
  offset: [number, number];
  headingBeside: boolean;
  changes?: Record<string, CellValue>;
  dropRows?: string[];
  extraRow?: boolean;
  extraColumn?: boolean;
  noCachedFormulas?: boolean;
}

/** Adds the rows and columns the format does not have: a t2 row 其他主动公开文件, a t3 column 法人或其他组织小计. */
function addExtras(l: Layout, t: TableId, opts: Options): void {
  if (t === 't2' && opts.extraRow) {
    // Inside block （一）, after 行政规范性文件, as Hubei's local variant has it.
    const [at] = l.cells.get('t2.normative_documents.issued') ?? [l.rows.length - 1];
    l.rows.splice(at + 1, 0, [{ text: '其他主动公开文件' }, { number: 12 }, { number: 0 }, { number: 30 }]);
    for (const [id, [r, c]] of l.cells) if (r > at) l.cells.set(id, [r + 1, c]);
    for (const m of l.merges) {
      if (m.r0 > at) m.r0++;
      if (m.r1 > at) m.r1++;
    }
  }
  if (t === 't3' && opts.extraColumn) {
    const w = Math.max(...l.rows.map((x) => x.length));
    l.rows.forEach((row, r) => {
      if (r === 1) row[w] = { text: '法人或其他组织小计' };
      else if (r > 2) row[w] = { number: 0 };
    });
    l.merges.push({ r0: 1, c0: w, r1: 2, c1: w });
  }
}

function tableFor(format: FormatId, t: TableId, v: (id: string) => CellValue, opts: Options): Layout {
  const l = tableLayout(getFormat(format), t, { values: v, formulas: opts.formulas });
  if (opts.formulas) {
    if (opts.noCachedFormulas) {
      for (const row of l.rows) row.forEach((cell, c) => cell && 'formula' in cell && (row[c] = { formula: cell.formula }));
    } else keepConsistentFormulas(l, v);
  }
  if (opts.dropRows?.length) {
    const drop = new Set<number>();
    for (const [id, [r]] of l.cells) if (opts.dropRows.some((d) => id.startsWith(`${d}.`))) drop.add(r);
    // Only rows whose labels are their own cells (not a merged group label start) are dropped cleanly.
    const keep = l.rows.map((_, r) => r).filter((r) => !drop.has(r));
    const remap = new Map(keep.map((r, i) => [r, i]));
    const rows = keep.map((r) => l.rows[r]!);
    const cells = new Map<string, [number, number]>();
    for (const [id, [r, c]] of l.cells) if (remap.has(r)) cells.set(id, [remap.get(r)!, c]);
    const merges = l.merges
      .map((m) => {
        const inside = keep.filter((r) => r >= m.r0 && r <= m.r1);
        return inside.length ? { r0: remap.get(inside[0]!)!, c0: m.c0, r1: remap.get(inside[inside.length - 1]!)!, c1: m.c1 } : undefined;
      })
      .filter((m): m is NonNullable<typeof m> => m !== undefined);
    l.rows = rows;
    l.cells = cells;
    l.merges = merges;
  }
  addExtras(l, t, opts);
  if (opts.labels) mapLabels(l, labelVariant);
  if (opts.numbersAsText) mapNumbers(l, (n, k) => ({ text: numberVariant(n, k) }));
  return opts.merges ? l : withoutMerges(l);
}

function emptyLayout(): Layout {
  return { rows: [], merges: [], cells: new Map(), headings: new Map() };
}

/** The report's sheets in the chosen arrangement. */
export function arrange(name: string, opts: Options): Placed[] {
  const truth = loadTruth(name);
  const doc = corpusJson(name);
  const v = values(truth, opts.changes);
  const spec = getFormat(truth.format);
  const main = emptyLayout();
  const [dr, dc] = opts.offset;
  let r = dr;
  main.rows[r] = [];
  main.rows[r]![dc] = { text: doc.title ?? `${truth.agency}${truth.year}年政府信息公开工作年度报告` };
  r += 2;
  const sheets: Placed[] = [{ sheet: opts.threeSheets ? '报告' : '年度报告', layout: main }];
  for (const s of doc.sections) {
    while (main.rows.length <= r) main.rows.push([]);
    main.rows[r]![dc] = { text: s.heading };
    if (s.text !== '') {
      if (opts.headingBeside) main.rows[r]![dc + 1] = { text: s.text };
      else {
        r++;
        main.rows[r] = [];
        main.rows[r]![dc] = { text: s.text };
      }
    }
    r += 2;
    const section = spec.sections.find((x) => x.number === s.heading.slice(0, 1));
    const t = TABLE_IDS.find((id) => spec.tables[id].section === section?.id);
    if (!t || !truth.cells.has(`${t}.${spec.tables[t].rows[0]!.id}.${spec.tables[t].rows[0]!.columns[0]}`)) continue;
    const tl = tableFor(truth.format, t, v, opts);
    if (opts.threeSheets) {
      const sheet = emptyLayout();
      sheet.rows[0] = [{ text: `${spec.tables[t].number}、${spec.tables[t].title}` }];
      place(sheet, tl, 2, 1);
      sheets.push({ sheet: `表${spec.tables[t].number}`, layout: sheet });
      main.rows[r - 1] = [];
      main.rows[r - 1]![dc] = { text: `（见表${spec.tables[t].number}）` };
      r++;
    } else {
      place(main, tl, r, dc);
      r += tl.rows.length + 1;
    }
  }
  return sheets;
}

function positions(sheets: Placed[], kind: 'xlsx' | 'csv'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of sheets) {
    // CSV: the physical line of each row, after the line breaks inside quoted fields before it.
    const lineOf: number[] = [];
    let line = 1;
    for (let r = 0; r < s.layout.rows.length; r++) {
      lineOf.push(line);
      const row = s.layout.rows[r] ?? [];
      line += 1 + row.reduce((n, cell) => n + (cell && 'text' in cell ? (cell.text.match(/\r\n|\r|\n/g)?.length ?? 0) : 0), 0);
    }
    for (const [id, [r, c]] of s.layout.cells) out[id] = kind === 'xlsx' ? `${s.sheet}!${a1(r, c)}` : `${lineOf[r]}:${c + 1}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The cases
// ---------------------------------------------------------------------------------------------

const XLSX_STYLES: { layout: string; opts: Omit<Options, 'changes'> }[] = [
  { layout: 'one sheet, official layout, merged headers, 总计 formulas', opts: { threeSheets: false, merges: true, labels: false, numbersAsText: false, formulas: true, offset: [0, 0], headingBeside: false } },
  { layout: 'three sheets 报告/表二/表三/表四, merged headers, tables at B3', opts: { threeSheets: true, merges: true, labels: false, numbersAsText: false, formulas: false, offset: [0, 0], headingBeside: false } },
  { layout: 'one sheet from C4, no merges, label variants, numbers stored as text, text beside headings', opts: { threeSheets: false, merges: false, labels: true, numbersAsText: true, formulas: false, offset: [3, 2], headingBeside: true } },
  { layout: 'three sheets, merged headers, label variants, 总计 formulas', opts: { threeSheets: true, merges: true, labels: true, numbersAsText: false, formulas: true, offset: [1, 0], headingBeside: false } },
];

const CSV_STYLES: { layout: string; encoding: 'utf-8-bom' | 'utf-8' | 'gb18030'; delimiter: string; ext: string; opts: Omit<Options, 'changes'> }[] = [
  { layout: 'UTF-8 with BOM, comma, official labels', encoding: 'utf-8-bom', delimiter: ',', ext: 'csv', opts: { threeSheets: false, merges: false, labels: false, numbersAsText: false, formulas: false, offset: [0, 0], headingBeside: false } },
  { layout: 'GBK (GB18030), comma, label variants', encoding: 'gb18030', delimiter: ',', ext: 'csv', opts: { threeSheets: false, merges: false, labels: true, numbersAsText: false, formulas: false, offset: [0, 0], headingBeside: false } },
  { layout: 'UTF-8, semicolon, from C2, label variants, numbers as text', encoding: 'utf-8', delimiter: ';', ext: 'csv', opts: { threeSheets: false, merges: false, labels: true, numbersAsText: true, formulas: false, offset: [1, 2], headingBeside: true } },
  { layout: 'GBK (GB18030), tab-separated .tsv', encoding: 'gb18030', delimiter: '\t', ext: 'tsv', opts: { threeSheets: false, merges: false, labels: false, numbersAsText: false, formulas: false, offset: [0, 0], headingBeside: false } },
];

function encode(text: string, encoding: 'utf-8-bom' | 'utf-8' | 'gb18030'): Uint8Array {
  if (encoding === 'gb18030') return encodeLegacy(text, 'gb18030');
  const bytes = new TextEncoder().encode(text);
  return encoding === 'utf-8-bom' ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
}


function csvText(sheets: Placed[], delimiter: string): string {
  // A CSV is one sheet: the tables are on the main sheet.
  return layoutToCsv(sheets[0]!.layout, delimiter);
}

async function xlsxCase(name: string, caseName: string, layout: string, opts: Options, expect: CaseExpect): Promise<BuiltCase> {
  const truth = loadTruth(name);
  const sheets = arrange(name, opts);
  const bytes = await layoutToXlsx(sheets.map((s) => ({ name: s.sheet, layout: s.layout })));
  return { kind: 'xlsx', name: caseName, file: 'input.xlsx', bytes, meta: { truth: name, format: truth.format, layout, cells: positions(sheets, 'xlsx'), expect } };
}

function csvCase(name: string, caseName: string, style: (typeof CSV_STYLES)[number], opts: Options, expect: CaseExpect): BuiltCase {
  const truth = loadTruth(name);
  const sheets = arrange(name, { ...opts, threeSheets: false });
  const bytes = encode(csvText(sheets, style.delimiter), style.encoding);
  return { kind: 'csv', name: caseName, file: `input.${style.ext}`, bytes, meta: { truth: name, format: truth.format, layout: style.layout, cells: positions(sheets, 'csv'), expect } };
}

/** Every case: one xlsx and one csv per corpus report, plus the broken ones. */
export async function buildCases(): Promise<BuiltCase[]> {
  const out: BuiltCase[] = [];
  const names = corpusNames();
  for (const [i, name] of names.entries()) {
    const xs = XLSX_STYLES[i % XLSX_STYLES.length]!;
    out.push(await xlsxCase(name, name, xs.layout, xs.opts, { equalsTruth: true }));
    const cs = CSV_STYLES[i % CSV_STYLES.length]!;
    out.push(csvCase(name, name, cs, cs.opts, { equalsTruth: true }));
  }
  const base = XLSX_STYLES[1]!.opts;
  // A sum off by one: 表三 （一）予以公开 / 自然人 of pingtan-2022 is one more than the truth.
  const t22 = loadTruth('pingtan-2022');
  const granted = t22.cells.get('t3.granted.natural') as number;
  const offByOne = await xlsxCase('pingtan-2022', 'broken-sum-off-by-one', 'three sheets; 表三 （一）予以公开/自然人 +1', { ...base, changes: { 't3.granted.natural': granted + 1 } }, {
    equalsTruth: false,
    changed: { 't3.granted.natural': granted + 1 },
    reports: {},
  });
  const at = offByOne.meta.cells['t3.granted.natural']!;
  offByOne.meta.expect.reports = { 'table3-row-total': [at], 'table3-results-total': [at] };
  out.push(offByOne);
  // A missing row: （四）无法提供 / 2.没有现成信息需要另行制作 deleted.
  out.push(
    await xlsxCase('pingtan-2022', 'broken-missing-row', 'three sheets; 表三 row （四）2 deleted', { ...base, dropRows: ['t3.unable_needs_creation'] }, {
      equalsTruth: false,
      missing: getFormat('2021').tables.t3.columns.map((c) => `t3.unable_needs_creation.${c.id}`),
      reports: { 'cell-missing': [] },
    }),
  );
  // A unit in a cell: 表二 行政许可 written "2293件".
  const t21 = loadTruth('pingtan-2021');
  const lic = t21.cells.get('t2.licensing.decisions') as number;
  const unit = await xlsxCase('pingtan-2021', 'broken-unit-in-cell', 'one sheet; 表二 行政许可 written with 件', { ...XLSX_STYLES[0]!.opts, changes: { 't2.licensing.decisions': `${lic}件` } }, {
    equalsTruth: true,
    reports: {},
  });
  unit.meta.expect.reports = { 'cell-unit': [unit.meta.cells['t2.licensing.decisions']!] };
  out.push(unit);
  // Placeholders and blanks instead of 0 (all-zero report): "/", "-", "—", "无", blank.
  const fin = loadTruth('pingtan-finance-2023');
  const marks = ['/', '-', '—', '无', null];
  const changes: Record<string, CellValue> = {};
  let k = 0;
  for (const [id, v] of fin.cells) if (v === 0 && id.startsWith('t3.')) changes[id] = marks[k++ % marks.length];
  const ph = await xlsxCase('pingtan-finance-2023', 'placeholders', 'one sheet; every 0 of 表三 written as / - — 无 or left blank', { ...XLSX_STYLES[0]!.opts, formulas: false, changes }, {
    equalsTruth: false,
    changed: Object.fromEntries(Object.entries(changes).map(([id, v]) => [id, v ?? null])) as Record<string, string | null>,
    reports: {},
  });
  ph.meta.expect.reports = { 'cell-blank': Object.keys(changes).slice(0, 5).map((id) => ph.meta.cells[id]!) };
  out.push(ph);
  // Formulas saved without values (a workbook written by a program, never opened in Excel).
  const nf = await xlsxCase('seed-tianmen-2021', 'formula-no-value', 'one sheet; 总计 formulas without saved values', { ...XLSX_STYLES[0]!.opts, noCachedFormulas: true }, {
    equalsTruth: false,
    reports: {},
  });
  nf.meta.expect.reports = { 'formula-no-value': [nf.meta.cells['t3.total.total']!, nf.meta.cells['t4.review.total']!] };
  // The formula cells are read as blank.
  const formulaCells = arrange('seed-tianmen-2021', { ...XLSX_STYLES[0]!.opts, noCachedFormulas: true }).flatMap((s) =>
    [...s.layout.cells].filter(([, [r, c]]) => { const x = s.layout.rows[r]?.[c]; return x !== undefined && 'formula' in x; }).map(([id]) => id),
  );
  nf.meta.expect.changed = Object.fromEntries(formulaCells.map((id) => [id, null]));
  out.push(nf);
  // Rows and columns the format does not have.
  out.push(
    await xlsxCase('pingtan-2024', 'extra-row-and-column', 'one sheet; 表二 row 其他主动公开文件, 表三 column 法人或其他组织小计', { ...XLSX_STYLES[0]!.opts, formulas: false, extraRow: true, extraColumn: true }, {
      equalsTruth: true,
      extras: [
        { table: 't2', kind: 'row', label: '其他主动公开文件' },
        { table: 't3', kind: 'column', label: '法人或其他组织小计' },
      ],
    }),
  );
  // CSV: a sum off by one, reported at line:field.
  const csvOff = csvCase('pingtan-2022', 'broken-sum-off-by-one', CSV_STYLES[1]!, { ...CSV_STYLES[1]!.opts, changes: { 't3.granted.natural': granted + 1 } }, {
    equalsTruth: false,
    changed: { 't3.granted.natural': granted + 1 },
  });
  const csvAt = csvOff.meta.cells['t3.granted.natural']!;
  csvOff.meta.expect.reports = { 'table3-row-total': [csvAt], 'table3-results-total': [csvAt] };
  out.push(csvOff);
  const csvUnit = csvCase('pingtan-2021', 'broken-unit-in-cell', CSV_STYLES[0]!, { ...CSV_STYLES[0]!.opts, changes: { 't2.licensing.decisions': `${lic}件` } }, { equalsTruth: true });
  csvUnit.meta.expect.reports = { 'cell-unit': [csvUnit.meta.cells['t2.licensing.decisions']!] };
  out.push(csvUnit);
  out.push(
    csvCase('pingtan-2022', 'broken-missing-row', CSV_STYLES[0]!, { ...CSV_STYLES[0]!.opts, dropRows: ['t3.unable_needs_creation'] }, {
      equalsTruth: false,
      missing: getFormat('2021').tables.t3.columns.map((c) => `t3.unable_needs_creation.${c.id}`),
      reports: { 'cell-missing': [] },
    }),
  );
  return out;
}

/** Writes every case under fixtures/readers/<kind>/<case>/. */
export async function writeSheetFixtures(root = FIXTURES): Promise<BuiltCase[]> {
  const cases = await buildCases();
  for (const c of cases) {
    const dir = join(root, c.kind, c.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, c.file), c.bytes);
    writeFileSync(join(dir, 'case.json'), `${JSON.stringify(c.meta, null, 2)}\n`);
  }
  return cases;
}
