/**
 * Builds fixtures/readers/text/<case>/: reports as plain text with their tables written one cell per
 * line, what copying a web table or many text archives give (#17 item 3), from the corpus's normalized
 * JSON (fixtures/corpus/<name>.json: title, period, section texts and every table cell):
 *
 * - each table in its official layout (src/renderers/template.ts tableLayout), read row by row, each
 *   cell (label or value) on a line of its own, a merged cell once;
 * - a blank cell is an empty line in its place;
 * - `web copy`: no space between the lines; `text archive`: an empty line between any two lines (as in
 *   fixtures/corpus-pages/seed-tianmen-2021), where a blank cell is one more empty line.
 *
 * Some cases blank chosen cells (the first, a middle and the last cell of a row, two side by side, a
 * whole row of one cell, the last cell of a table); some blank none (a table copied one cell per line
 * must read as it is). Each case folder holds input.txt and case.json: the corpus entry, the form, the
 * cells blanked, the line of every table cell, and every finding checking the file must give (rule,
 * severity and where: `line N` for a cell, else the section or table). Run through the test runner
 * (no tsx here):
 *   UPDATE_FIXTURES=1 npx vitest run tests/readers-text-fixtures.test.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getFormat, type FormatId, type TableId } from '../src/format/spec.js';
import { tableLayout, type Layout } from '../src/renderers/template.js';
import { FIXTURES } from './make-sheet-fixtures.js';
import type { CorpusJson } from './corpus-json.js';

export const TEXTS = join(FIXTURES, 'text');
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

/** A finding the case must give: rule, severity, and its place (`line 12`, a section or table id, or '' for the file). */
export interface ExpectedFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  at: string;
}

export interface TextMeta {
  /** The corpus entry (fixtures/corpus/<truth>.json) whose figures and texts it carries. */
  truth: string;
  format: FormatId;
  form: string;
  /** Cells written blank on purpose (read back as blank cells, `cell-blank`). */
  blanks: string[];
  /** Line of every table cell in input.txt. */
  cells: Record<string, number>;
  /** Every finding, in any order. */
  findings: ExpectedFinding[];
}

export interface BuiltText {
  name: string;
  text: string;
  meta: TextMeta;
}

function corpus(name: string): CorpusJson {
  return JSON.parse(readFileSync(join(CORPUS, `${name}.json`), 'utf8')) as CorpusJson;
}

/** A line of the document: text, or a table cell's value (`cell`, written '' when blank). */
interface Line {
  text: string;
  cell?: string;
}

/**
 * The lines of a layout (a table, or a whole report sheet): row by row, each cell once (a merged cell
 * at its top-left), a table cell's value blank as ''.
 */
export function layoutLines(l: Layout): Line[] {
  const at = new Map([...l.cells].map(([k, [r, c]]) => [`${r},${c}`, k]));
  const covered = new Set<string>();
  for (const m of l.merges) for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) covered.add(`${r},${c}`);
  const width = Math.max(...l.rows.map((row) => row.length), ...l.merges.map((m) => m.c1 + 1));
  const out: Line[] = [];
  l.rows.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = at.get(`${r},${c}`);
      const v = row[c];
      if (cell !== undefined) out.push({ text: v === undefined ? '' : 'text' in v ? v.text : String(v.number ?? ''), cell });
      else if (v && 'text' in v) out.push({ text: v.text });
    }
  });
  return out;
}

/** A table's lines in its official layout (src/renderers/template.ts tableLayout). */
function tableLines(format: FormatId, id: TableId, value: (cellId: string) => number | null | undefined): Line[] {
  return layoutLines(tableLayout(getFormat(format), id, { values: value }));
}

const TABLE_OF_SECTION: Record<number, TableId> = { 1: 't2', 2: 't3', 3: 't4' };

/** The report as text: title, period, then each section's heading, text and table. */
function document(name: string, blanks: ReadonlySet<string>): Line[] {
  const c = corpus(name);
  const value = (cellId: string): number | null | undefined => {
    if (blanks.has(cellId)) return null;
    const [t, row, col] = cellId.split('.') as [TableId, string, string];
    return c.tables[t]?.[row]?.[col];
  };
  const lines: Line[] = [{ text: c.title }];
  if (c.period) lines.push({ text: `${c.period.text}。` });
  c.sections.forEach((s, i) => {
    lines.push({ text: s.heading });
    for (const p of s.text.split('\n')) if (p.trim() !== '') lines.push({ text: p });
    const t = TABLE_OF_SECTION[i];
    if (t && c.tables[t]) lines.push(...tableLines(c.format, t, value));
  });
  return lines;
}

/** The lines joined, `spaced` with an empty line between any two; the line number of each table cell. */
function render(lines: Line[], spaced: boolean): { text: string; cells: Record<string, number> } {
  const cells: Record<string, number> = {};
  const step = spaced ? 2 : 1;
  lines.forEach((l, i) => {
    if (l.cell !== undefined) cells[l.cell] = i * step + 1;
  });
  return { text: `${lines.map((l) => l.text).join(spaced ? '\n\n' : '\n')}\n`, cells };
}

const WEB = 'web copy: one cell per line, no space between lines, a blank cell an empty line';
const ARCHIVE = 'text archive: one cell per line, an empty line between lines, a blank cell one more empty line';

function build(name: string, truth: string, spaced: boolean, blanks: string[], findings: (cells: Record<string, number>) => ExpectedFinding[]): BuiltText {
  const { text, cells } = render(document(truth, new Set(blanks)), spaced);
  const format = corpus(truth).format;
  for (const b of blanks) if (cells[b] === undefined) throw new Error(`${name}: no cell ${b}`);
  return { name, text, meta: { truth, format, form: spaced ? ARCHIVE : WEB, blanks, cells, findings: findings(cells) } };
}

/** Every case. */
export function buildTexts(): BuiltText[] {
  const line = (cells: Record<string, number>, id: string): string => `line ${cells[id]!}`;
  return [
    // 2021 format, web copy: blanks at the start, middle and end of rows, a row of one cell, the last
    // cell of tables 三 and 四 (all of them 0 in the report but 行政复议's 结果纠正, 1).
    build(
      'web-copy-blanks-2021',
      'pingtan-2022',
      false,
      ['t2.regulations.issued', 't2.enforcement.decisions', 't3.new.research', 't3.new.nonprofit', 't3.denied_state_secret.natural', 't3.carried_forward.total', 't4.review.corrected', 't4.suit_after_review.total'],
      (cells) => [
        // Table 二: two blanks, one finding each, at its empty line.
        { ruleId: 'cell-blank', severity: 'warning', at: line(cells, 't2.regulations.issued') },
        { ruleId: 'cell-blank', severity: 'warning', at: line(cells, 't2.enforcement.decisions') },
        // Table 三: four blanks (0s in the report), one finding at the first of them; counted as 0, the sums hold.
        { ruleId: 'cell-blank', severity: 'warning', at: line(cells, 't3.new.research') },
        // Table 四: two blanks, one finding each.
        { ruleId: 'cell-blank', severity: 'warning', at: line(cells, 't4.review.corrected') },
        { ruleId: 'cell-blank', severity: 'warning', at: line(cells, 't4.suit_after_review.total') },
        // 行政复议's 结果纠正 is 1 in the report: left blank, its row adds up to 1, not its 总计 2 (blanks
        // counted as 0); the other blanks stand for 0s, and the sums they are in hold.
        { ruleId: 'table4-row-total', severity: 'error', at: line(cells, 't4.review.total') },
        // The report's own: its 一、总体情况 is long, and heading 四 has a typo (行政法复议); section 一 gives
        // no count of 政策解读, 回应关切 or repealed documents.
        { ruleId: 'section1-length', severity: 'warning', at: 's1' },
        { ruleId: 'section-title', severity: 'warning', at: 's4' },
        { ruleId: 'section1-figures', severity: 'info', at: 's1' },
      ],
    ),
    // 2019 format, text archive: blanks in table 二's blocks (the last cell of a row before the next
    // block, the amount of 政府集中采购 at the end of the table) and two side by side in table 三.
    build(
      'text-archive-blanks-2019',
      'pingtan-2019',
      true,
      ['t2.regulations.total_published', 't2.licensing.change', 't2.procurement.procurement_amount', 't3.carried_over.commercial', 't3.carried_over.research', 't4.suit_direct.pending'],
      (cells) => [
        // Table 二: three blanks, one finding at the first of them (table 二 has no sums).
        { ruleId: 'cell-blank', severity: 'warning', at: line(cells, 't2.regulations.total_published') },
        // Table 三: two blanks (0s in the report), one finding each; counted as 0, the sums hold.
        { ruleId: 'cell-blank', severity: 'warning', at: line(cells, 't3.carried_over.commercial') },
        { ruleId: 'cell-blank', severity: 'warning', at: line(cells, 't3.carried_over.research') },
        // Table 四: one blank (a 0); counted as 0, its row adds up.
        { ruleId: 'cell-blank', severity: 'warning', at: line(cells, 't4.suit_direct.pending') },
        // The report's own: section 一 gives few of the counts notices ask for, nothing on applications and
        // (a government's) no result of 工作考核, 社会评议 or 责任追究.
        { ruleId: 'section1-figures', severity: 'info', at: 's1' },
        { ruleId: 'section1-topics', severity: 'warning', at: 's1' },
      ],
    ),
    // Copied one cell per line with no blank cell: read as it is.
    build('web-copy-2021', 'pingtan-2024', false, [], () => [
      // The report's own: its 一、总体情况 is long, gives no count of repealed or in-force documents, and (a
      // government's) no result of 社会评议 or 责任追究.
      { ruleId: 'section1-length', severity: 'warning', at: 's1' },
      { ruleId: 'section1-figures', severity: 'info', at: 's1' },
      { ruleId: 'section1-topics', severity: 'warning', at: 's1' },
    ]),
    build('text-archive-2019', 'pingtan-2020', true, [], (cells) => [
      // The report's own: the result rows add up to 26 (自然人) and 27 (总计), not its 20 and 21; section 一
      // gives few of the counts notices ask for and (a government's) no result of 社会评议 or 责任追究.
      { ruleId: 'table3-results-total', severity: 'error', at: line(cells, 't3.total.natural') },
      { ruleId: 'table3-results-total', severity: 'error', at: line(cells, 't3.total.total') },
      { ruleId: 'section1-figures', severity: 'info', at: 's1' },
      { ruleId: 'section1-topics', severity: 'warning', at: 's1' },
    ]),
  ];
}

export function writeTexts(root = TEXTS): BuiltText[] {
  const cases = buildTexts();
  for (const c of cases) {
    const dir = join(root, c.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'input.txt'), c.text);
    writeFileSync(join(dir, 'case.json'), `${JSON.stringify(c.meta, null, 2)}\n`);
  }
  return cases;
}

