/**
 * Builds fixtures/readers/docx-paragraphs/<case>/: Word documents whose tables are written as
 * paragraphs, one cell per paragraph, an empty paragraph for a blank cell — what pasting a web table as
 * text into Word gives (#17 item 3, Word) — from the corpus's normalized JSON (fixtures/corpus/<name>.json):
 *
 * - the title, the period, each section's heading and paragraphs, each table in its official layout
 *   (src/renderers/template.ts tableLayout, the cells in the order scripts/make-text-fixtures.ts
 *   layoutLines gives: row by row, a merged cell once), every element a paragraph (w:p) of its own;
 * - a blank cell is an empty paragraph in its place, written as Word writes one: <w:p/>, a paragraph with
 *   only its properties (w:pPr), one with an empty run, one with a run of only a no-break space (a web
 *   page's &nbsp; pasted);
 * - between the paragraphs of a section's text, an empty paragraph as spacing: prose, harmless; one case
 *   has an empty paragraph between any two of a table's paragraphs too, and a blank cell one more.
 *
 * Each case folder holds input.docx (a zip made with fflate, the package's own dependency) and case.json:
 * the corpus entry, the cells blanked, the paragraph number of every table cell, and every finding
 * checking the file must give (rule, severity and where: `paragraph N` for a cell, else the section or
 * table). Run through the test runner (no tsx here):
 *   UPDATE_FIXTURES=1 npx vitest run tests/readers-docx-paragraphs.test.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { getFormat, type FormatId, type TableId } from '../src/format/spec.js';
import { tableLayout } from '../src/renderers/template.js';
import { FIXTURES } from './make-sheet-fixtures.js';
import { layoutLines, type ExpectedFinding } from './make-text-fixtures.js';
import type { CorpusJson } from './corpus-json.js';

export const DOCX_PARAGRAPHS = join(FIXTURES, 'docx-paragraphs');
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

export interface DocxParagraphMeta {
  /** The corpus entry (fixtures/corpus/<truth>.json) whose figures and texts it carries. */
  truth: string;
  format: FormatId;
  /** An empty paragraph between any two of a table's paragraphs (a blank cell is one more). */
  spaced: boolean;
  /** Cells written as empty paragraphs on purpose (read back as blank cells, `cell-blank`). */
  blanks: string[];
  /** Paragraph number (1-based, as the reader counts them) of every table cell. */
  cells: Record<string, number>;
  /** Every finding, in any order. */
  findings: ExpectedFinding[];
}

export interface BuiltDocx {
  name: string;
  /** word/document.xml. */
  document: string;
  meta: DocxParagraphMeta;
}

const xesc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const FONT = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="24"/></w:rPr>';

function para(text: string): string {
  return `<w:p><w:pPr><w:spacing w:line="360" w:lineRule="auto"/></w:pPr><w:r>${FONT}<w:t xml:space="preserve">${xesc(text)}</w:t></w:r></w:p>`;
}

/** Empty paragraphs as Word writes them, taken in turn. */
const EMPTY = [
  '<w:p/>',
  '<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>',
  `<w:p><w:r>${FONT}<w:t></w:t></w:r></w:p>`,
  `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>${FONT}<w:t xml:space="preserve">\u00a0</w:t></w:r></w:p>`,
];

const TABLE_OF_SECTION: Record<number, TableId> = { 1: 't2', 2: 't3', 3: 't4' };

function build(name: string, truth: string, blanks: string[], spaced: boolean, findings: (cells: Record<string, number>) => ExpectedFinding[]): BuiltDocx {
  const c = JSON.parse(readFileSync(join(CORPUS, `${truth}.json`), 'utf8')) as CorpusJson;
  const blank = new Set(blanks);
  const spec = getFormat(c.format);
  const body: string[] = [];
  const cells: Record<string, number> = {};
  let empties = 0;
  body.push(para(c.title));
  if (c.period) body.push(para(`${c.period.text}。`));
  c.sections.forEach((s, i) => {
    body.push(para(s.heading));
    s.text
      .split('\n')
      .filter((p) => p.trim() !== '')
      .forEach((p, k) => {
        if (k > 0) body.push('<w:p/>');
        body.push(para(p));
      });
    const t = TABLE_OF_SECTION[i];
    if (!t || !c.tables[t]) return;
    const value = (cellId: string): number | null | undefined => {
      if (blank.has(cellId)) return null;
      const [, row, col] = cellId.split('.') as [TableId, string, string];
      return c.tables[t]?.[row]?.[col];
    };
    layoutLines(tableLayout(spec, t, { values: value })).forEach((l, k) => {
      if (spaced && k > 0) body.push('<w:p/>');
      if (l.cell !== undefined) cells[l.cell] = body.length + 1;
      body.push(l.cell !== undefined && l.text === '' ? EMPTY[empties++ % EMPTY.length]! : para(l.text));
    });
  });
  for (const b of blanks) if (cells[b] === undefined) throw new Error(`${name}: no cell ${b}`);
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>
${body.join('\n')}
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>
`;
  return { name, document, meta: { truth, format: c.format, spaced, blanks, cells, findings: findings(cells) } };
}

/** Every case. */
export function buildDocxParagraphs(): BuiltDocx[] {
  const at = (cells: Record<string, number>, id: string): string => `paragraph ${cells[id]!}`;
  return [
    // 2021 format: blanks at the start, middle and end of rows, a row of one cell, the last cell of
    // tables 三 and 四 (all of them 0 in the report but 行政复议's 结果纠正, 1) — the cells of the text fixture web-copy-blanks-2021.
    build(
      'word-paste-blanks-2021',
      'pingtan-2022',
      ['t2.regulations.issued', 't2.enforcement.decisions', 't3.new.research', 't3.new.nonprofit', 't3.denied_state_secret.natural', 't3.carried_forward.total', 't4.review.corrected', 't4.suit_after_review.total'],
      false,
      (cells) => [
        { ruleId: 'cell-blank', severity: 'warning', at: at(cells, 't2.regulations.issued') },
        { ruleId: 'cell-blank', severity: 'warning', at: at(cells, 't2.enforcement.decisions') },
        { ruleId: 'cell-blank', severity: 'warning', at: at(cells, 't3.new.research') },
        { ruleId: 'cell-blank', severity: 'warning', at: at(cells, 't4.review.corrected') },
        { ruleId: 'cell-blank', severity: 'warning', at: at(cells, 't4.suit_after_review.total') },
        // 行政复议's 结果纠正 is 1 in the report: left blank, its row adds up to 1, not its 总计 2 (blanks
        // counted as 0); the other blanks stand for 0s, and the sums they are in hold.
        { ruleId: 'table4-row-total', severity: 'error', at: at(cells, 't4.review.total') },
        // The report's own (as its other fixtures give).
        { ruleId: 'section1-length', severity: 'warning', at: 's1' },
        { ruleId: 'section-title', severity: 'warning', at: 's4' },
        { ruleId: 'section1-figures', severity: 'info', at: 's1' },
      ],
    ),
    // 2019 format, an empty paragraph between any two of a table's paragraphs (Word's spacing as a text
    // archive has it) and one more for a blank cell: blanks in table 二's blocks and two side by side in
    // table 三 — the cells of the text fixture text-archive-blanks-2019.
    build(
      'word-paste-blanks-2019',
      'pingtan-2019',
      ['t2.regulations.total_published', 't2.licensing.change', 't2.procurement.procurement_amount', 't3.carried_over.commercial', 't3.carried_over.research', 't4.suit_direct.pending'],
      true,
      (cells) => [
        { ruleId: 'cell-blank', severity: 'warning', at: at(cells, 't2.regulations.total_published') },
        { ruleId: 'cell-blank', severity: 'warning', at: at(cells, 't3.carried_over.commercial') },
        { ruleId: 'cell-blank', severity: 'warning', at: at(cells, 't3.carried_over.research') },
        { ruleId: 'cell-blank', severity: 'warning', at: at(cells, 't4.suit_direct.pending') },
        { ruleId: 'section1-figures', severity: 'info', at: 's1' },
        { ruleId: 'section1-topics', severity: 'warning', at: 's1' },
      ],
    ),
    // No blank cell: a table pasted one cell per paragraph reads as it is.
    build('word-paste-2021', 'pingtan-2024', [], false, () => [
      { ruleId: 'section1-length', severity: 'warning', at: 's1' },
      { ruleId: 'section1-figures', severity: 'info', at: 's1' },
      { ruleId: 'section1-topics', severity: 'warning', at: 's1' },
    ]),
  ];
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** The .docx: the three parts a Word document needs, deflated. */
export function docxBytes(document: string): Uint8Array {
  const enc = new TextEncoder();
  const mtime = new Date(2024, 0, 1);
  return zipSync({ '[Content_Types].xml': enc.encode(CONTENT_TYPES), '_rels/.rels': enc.encode(RELS), 'word/document.xml': enc.encode(document) }, { level: 6, mtime });
}

export function writeDocxParagraphs(root = DOCX_PARAGRAPHS): BuiltDocx[] {
  const cases = buildDocxParagraphs();
  for (const c of cases) {
    const dir = join(root, c.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'input.docx'), docxBytes(c.document));
    writeFileSync(join(dir, 'case.json'), `${JSON.stringify(c.meta, null, 2)}\n`);
  }
  return cases;
}
