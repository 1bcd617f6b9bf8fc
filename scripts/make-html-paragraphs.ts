/**
 * Builds fixtures/readers/html-paragraphs/<case>/: web pages whose tables are written as one paragraph
 * (<p>) or division (<div>) per cell, with an empty one for a blank cell — what some web editors produce
 * (#17 item 3, HTML) — from the corpus's normalized JSON (fixtures/corpus/<name>.json):
 *
 * - the title, the period, each section's heading and paragraphs, each table in its official layout
 *   (src/renderers/template.ts tableLayout, the cells in the order scripts/make-text-fixtures.ts
 *   layoutLines gives: row by row, a merged cell once), every element on a line of its own;
 * - a blank cell is an empty block in its place, written as editors write one: <p></p>, <p>&nbsp;</p>,
 *   <p><br></p>, <p><span></span></p> (or the same with <div>);
 * - between the paragraphs of a section's text, an empty paragraph as spacing (Word-exported pages
 *   have them): prose, not a table, and harmless.
 *
 * Some cases blank chosen cells, one has none; one prints a table-三 row label with a typo (read under
 * its row, table-label). Each case folder holds input.html and case.json: the corpus entry, the blocks
 * used, the cells blanked, the typo, the line of every table cell, and every finding checking the file
 * must give (rule, severity and where: `line N` for a cell, else the section or table). Run through the
 * test runner (no tsx here):
 *   UPDATE_FIXTURES=1 npx vitest run tests/readers-html-paragraphs.test.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getFormat, type FormatId, type TableId } from '../src/format/spec.js';
import { tableLayout } from '../src/renderers/template.js';
import { FIXTURES } from './make-sheet-fixtures.js';
import { layoutLines, type ExpectedFinding } from './make-text-fixtures.js';
import type { CorpusJson } from './corpus-json.js';

export const PARAGRAPH_PAGES = join(FIXTURES, 'html-paragraphs');
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

export interface ParagraphMeta {
  /** The corpus entry (fixtures/corpus/<truth>.json) whose figures and texts it carries. */
  truth: string;
  format: FormatId;
  /** The element each cell is written in. */
  block: 'p' | 'div';
  /** Cells written as empty blocks on purpose (read back as blank cells, `cell-blank`). */
  blanks: string[];
  /** A row label printed with a typo: the row, and the label as printed. */
  typo?: { row: string; label: string };
  /** Line of every table cell in input.html. */
  cells: Record<string, number>;
  /** Every finding, in any order. */
  findings: ExpectedFinding[];
}

export interface BuiltPage {
  name: string;
  html: string;
  meta: ParagraphMeta;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Empty blocks as web editors write them, taken in turn. */
const EMPTY_INSIDE = ['', '&nbsp;', '<br>', '<span></span>'];

const TABLE_OF_SECTION: Record<number, TableId> = { 1: 't2', 2: 't3', 3: 't4' };

function build(name: string, truth: string, block: 'p' | 'div', blanks: string[], typo: { row: string; label: string } | undefined, findings: (cells: Record<string, number>) => ExpectedFinding[]): BuiltPage {
  const c = JSON.parse(readFileSync(join(CORPUS, `${truth}.json`), 'utf8')) as CorpusJson;
  const blank = new Set(blanks);
  const spec = getFormat(c.format);
  const lines = ['<!DOCTYPE html>', '<html>', '<head>', '<meta charset="utf-8">', `<title>${escape(c.title)}</title>`, '</head>', '<body>', '<div class="article">'];
  const cells: Record<string, number> = {};
  const element = (inside: string): string => `<${block}>${inside}</${block}>`;
  let empties = 0;
  lines.push(`<h1>${escape(c.title)}</h1>`);
  if (c.period) lines.push(element(`${escape(c.period.text)}。`));
  let typoWritten = false;
  c.sections.forEach((s, i) => {
    lines.push(element(escape(s.heading)));
    s.text
      .split('\n')
      .filter((p) => p.trim() !== '')
      .forEach((p, k) => {
        if (k > 0) lines.push(element('&nbsp;'));
        lines.push(element(escape(p)));
      });
    const t = TABLE_OF_SECTION[i];
    if (!t || !c.tables[t]) return;
    const value = (cellId: string): number | null | undefined => {
      if (blank.has(cellId)) return null;
      const [, row, col] = cellId.split('.') as [TableId, string, string];
      return c.tables[t]?.[row]?.[col];
    };
    for (const l of layoutLines(tableLayout(spec, t, { values: value }))) {
      let text = l.text;
      if (typo && l.cell === undefined && t === 't3') {
        const row = spec.tables.t3.rows.find((r) => r.id === typo.row)!;
        if (text === row.label) {
          text = typo.label;
          typoWritten = true;
        }
      }
      if (l.cell !== undefined) cells[l.cell] = lines.length + 1;
      lines.push(l.cell !== undefined && text === '' ? element(EMPTY_INSIDE[empties++ % EMPTY_INSIDE.length]!) : element(escape(text)));
    }
  });
  lines.push('</div>', '</body>', '</html>');
  for (const b of blanks) if (cells[b] === undefined) throw new Error(`${name}: no cell ${b}`);
  if (typo && !typoWritten) throw new Error(`${name}: no row ${typo.row} to print with a typo`);
  return { name, html: `${lines.join('\n')}\n`, meta: { truth, format: c.format, block, blanks, ...(typo ? { typo } : {}), cells, findings: findings(cells) } };
}

/** Every case. */
export function buildParagraphPages(): BuiltPage[] {
  const line = (cells: Record<string, number>, id: string): string => `line ${cells[id]!}`;
  return [
    // 2021 format, one <p> per cell: blanks at the start, middle and end of rows, a row of one cell, the
    // last cell of tables 三 and 四 (all of them 0 in the report but 行政复议's 结果纠正, 1) — the cells of the text fixture
    // web-copy-blanks-2021.
    build(
      'paragraphs-blanks-2021',
      'pingtan-2022',
      'p',
      ['t2.regulations.issued', 't2.enforcement.decisions', 't3.new.research', 't3.new.nonprofit', 't3.denied_state_secret.natural', 't3.carried_forward.total', 't4.review.corrected', 't4.suit_after_review.total'],
      undefined,
      (cells) => [
        // Table 二: two blanks, one finding each, at its empty paragraph.
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
    // 2019 format, one <div> per cell: blanks in table 二's blocks and two side by side in table 三 —
    // the cells of the text fixture text-archive-blanks-2019.
    build(
      'divisions-blanks-2019',
      'pingtan-2019',
      'div',
      ['t2.regulations.total_published', 't2.licensing.change', 't2.procurement.procurement_amount', 't3.carried_over.commercial', 't3.carried_over.research', 't4.suit_direct.pending'],
      undefined,
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
    // No blank cell, a row label printed with a dropped word (#17 item 9): read as it is, the label reported.
    build('paragraphs-typo-2021', 'pingtan-2024', 'p', [], { row: 'denied_prohibited', label: '2.其他法律行政止公开' }, () => [
      // The report's own: its 一、总体情况 is long, gives no count of repealed or in-force documents, and (a
      // government's) no result of 社会评议 or 责任追究.
      { ruleId: 'section1-length', severity: 'warning', at: 's1' },
      { ruleId: 'table-label', severity: 'warning', at: 's3' },
      { ruleId: 'section1-figures', severity: 'info', at: 's1' },
      { ruleId: 'section1-topics', severity: 'warning', at: 's1' },
    ]),
  ];
}

export function writeParagraphPages(root = PARAGRAPH_PAGES): BuiltPage[] {
  const cases = buildParagraphPages();
  for (const c of cases) {
    const dir = join(root, c.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'input.html'), c.html);
    writeFileSync(join(dir, 'case.json'), `${JSON.stringify(c.meta, null, 2)}\n`);
  }
  return cases;
}
