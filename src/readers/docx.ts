/**
 * Reader for Word documents (.docx): the document part (word/document.xml) is taken out of the zip
 * after the zip guard has checked the archive, and read directly — paragraphs in order, and tables
 * with merged cells expanded (w:gridSpan and w:hMerge across, w:vMerge down, w:gridBefore/w:gridAfter skipped).
 * Text in runs is joined as shown, so a number Word split over several runs is one number; deleted
 * text (w:delText) and field codes are left out.
 *
 * Tables go through the shared table finder (grid.ts); the paragraphs outside them are read like a
 * plain-text report (headings, title, period). An empty paragraph stays an empty line there, so a table
 * pasted as text one cell per paragraph keeps a blank cell at each empty one (the text reader's
 * withBlankLines; fixtures/readers/docx-paragraphs). Locations: table number + grid row + column, and
 * paragraph number for the text.
 */
import { ReadError } from '../errors.js';
import { because } from './reason.js';
import { elementBound, MAX_DOCUMENT_PART, MAX_ELEMENTS, MAX_TEXT_CHARS, MergeBudget, textTooLong, tooManyElements, WORD } from './limits.js';
import { parseMarkup } from './markup.js';
import type { Source } from '../model/location.js';
import { newReport, type Report } from '../model/report.js';
import type { Grid, GridCell } from './grid-cells.js';
import { findTables } from './grid.js';
import { capCell, type HNode } from './html.js';
import type { ReadInput, Reader } from './reader.js';
import { withTextTables } from './text.js';
import { findHeadings, findMeta, formatByMarkers, sectionsFrom } from './textlayout.js';
import { checkZip, inspectZip, isZip } from './zip-guard.js';

const MAX_SPAN = 64;
/** Widest grid kept (bounds memory on hostile spans). */
const MAX_COLUMNS = 256;

function kids(n: HNode): HNode[] {
  return (n.children ?? []).filter((c) => c.type === 'tag');
}

function child(n: HNode, name: string): HNode | undefined {
  return kids(n).find((c) => c.name === name);
}

function val(n: HNode | undefined): string | undefined {
  return n?.attribs?.['w:val'];
}

/** The document part's bytes, from a zip the guard has accepted. */
export function documentPart(bytes: Uint8Array): Uint8Array {
  if (!isZip(bytes)) {
    throw new ReadError('read-error', 'unreadable', because('not a .docx file (not a zip archive)', '不是 .docx 文件（不是 zip 压缩包）'), undefined, 'resave');
  }
  // A body part larger than any real document is refused from the archive's directory, before anything
  // is inflated (the zip guard lets a 2 MB file at a ratio under 100:1 unpack to 200 MB).
  const declared = inspectZip(bytes).entries.find((e) => e.name === 'word/document.xml');
  if (declared && declared.uncompressedSize > MAX_DOCUMENT_PART) {
    const mb = Math.round(declared.uncompressedSize / 1048576);
    throw new ReadError(
      'read-error',
      'unreadable',
      because(
        `the document body (word/document.xml) unpacks to ${mb} MB, over the ${MAX_DOCUMENT_PART / 1048576} MB limit, far more than an annual report — check the file`,
        `Word 正文（word/document.xml）解压后有 ${mb} MB，超过 ${MAX_DOCUMENT_PART / 1048576} MB 的上限，远超年度报告的规模；请检查文件`,
      ),
      undefined,
      'resave',
    );
  }
  // The guard inflates every entry to verify it (stored or deflated: it refuses any other method); the
  // document part is kept from there, not inflated a second time.
  let body: Uint8Array | undefined;
  checkZip(bytes, {}, (entry, content) => {
    if (entry.name === 'word/document.xml') body ??= content;
  });
  if (!body) throw new ReadError('read-error', 'unreadable', because('no word/document.xml in the archive', '压缩包中没有 Word 正文（word/document.xml）'), undefined, 'resave');
  return body;
}

/** Text of runs under a node, as shown: w:t joined, w:tab → tab, w:br/w:cr → line break. */
function runText(n: HNode): string {
  let out = '';
  const walk = (x: HNode): void => {
    for (const c of x.children ?? []) {
      if (c.type === 'text') continue;
      if (c.type !== 'tag') continue;
      switch (c.name) {
        case 'w:t':
          out += (c.children ?? []).map((t) => t.data ?? '').join('');
          break;
        case 'w:tab':
          out += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          out += '\n';
          break;
        case 'w:delText':
        case 'w:instrText':
        case 'w:del':
        case 'w:rPr':
        case 'w:pPr':
          break;
        default:
          walk(c);
      }
    }
  };
  walk(n);
  return out;
}

/** Body-level blocks in order, looking through content controls (w:sdt). */
function blocks(body: HNode): HNode[] {
  const out: HNode[] = [];
  const walk = (n: HNode): void => {
    for (const c of kids(n)) {
      if (c.name === 'w:p' || c.name === 'w:tbl') out.push(c);
      else if (c.name === 'w:sdt') walk(child(c, 'w:sdtContent') ?? c);
      else if (c.name === 'w:customXml' || c.name === 'w:ins') walk(c);
    }
  };
  walk(body);
  return out;
}

/**
 * A w:tbl as a grid: gridSpan and hMerge across, vMerge continuing the cell above. The positions a
 * gridSpan fills beyond its own cell are counted against the file's `budget` (limits.ts).
 */
export function docxGrid(tbl: HNode, index: number, budget = new MergeBudget()): Grid {
  const rows: (GridCell | undefined)[][] = [];
  const trs = kids(tbl).filter((x) => x.name === 'w:tr');
  trs.forEach((tr, r) => {
    const row: (GridCell | undefined)[] = [];
    const trPr = child(tr, 'w:trPr');
    let c = Math.min(Number.parseInt(val(trPr && child(trPr, 'w:gridBefore')) ?? '0', 10) || 0, MAX_SPAN);
    for (const tc of kids(tr).filter((x) => x.name === 'w:tc' || x.name === 'w:sdt')) {
      const cell = tc.name === 'w:sdt' ? child(child(tc, 'w:sdtContent') ?? tc, 'w:tc') : tc;
      if (!cell) continue;
      const pr = child(cell, 'w:tcPr');
      const span = Math.min(Math.max(1, Number.parseInt(val(pr && child(pr, 'w:gridSpan')) ?? '1', 10) || 1), MAX_SPAN);
      const vMerge = pr && child(pr, 'w:vMerge');
      const continues = vMerge !== undefined && val(vMerge) !== 'restart';
      // w:hMerge: the older way (Word 97–2003 documents saved as .docx) to merge across, one w:tc per column.
      const hMerge = pr && child(pr, 'w:hMerge');
      const left = hMerge !== undefined && val(hMerge) !== 'restart' ? row[c - 1] : undefined;
      const above = rows[r - 1]?.[c];
      let g: GridCell;
      if (left) g = left;
      else if (continues && above) g = above;
      else {
        const text = kids(cell)
          .filter((p) => p.name === 'w:p')
          .map(runText)
          .join('\n')
          .trim();
        g = { text: capCell(text), source: { table: index, row: r + 1, col: c + 1 } };
      }
      const width = Math.min(span, MAX_COLUMNS - c);
      if (width > 1) budget.take(width - 1);
      for (let j = 0; j < width; j++) row[c + j] = g;
      c += span;
      if (c >= MAX_COLUMNS) break;
    }
    rows.push(row);
  });
  return { name: `table ${index}`, rows };
}

export function readDocx(input: ReadInput): Report {
  const part = documentPart(input.bytes);
  // Counted on the bytes, before they become a string and a tree (a few hundred bytes per element).
  if (elementBound(part) > MAX_ELEMENTS) throw tooManyElements(WORD, MAX_ELEMENTS);
  const xml = new TextDecoder('utf-8').decode(part);
  const doc = parseMarkup(xml, { xmlMode: true }, WORD) as unknown as HNode;
  const root = kids(doc).find((n) => n.name === 'w:document');
  const body = root && child(root, 'w:body');
  if (!body) throw new ReadError('read-error', 'unreadable', because('word/document.xml has no w:body', 'Word 正文（word/document.xml）是空的'), undefined, 'resave');
  const grids: Grid[] = [];
  let text = '';
  const marks: { offset: number; paragraph: number }[] = [];
  let paragraph = 0;
  const budget = new MergeBudget();
  for (const b of blocks(body)) {
    if (b.name === 'w:tbl') {
      grids.push(docxGrid(b, grids.length + 1, budget));
      text += '\n';
      continue;
    }
    paragraph++;
    marks.push({ offset: text.length, paragraph });
    text += `${runText(b)}\n`;
    if (text.length > MAX_TEXT_CHARS) throw textTooLong(text.length);
  }
  const at = (offset: number): Source => {
    let lo = 0;
    let hi = marks.length - 1;
    if (hi < 0) return { paragraph: 1 };
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (marks[mid]!.offset <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { paragraph: marks[lo]!.paragraph };
  };
  const found = findTables(grids);
  const meta = findMeta(text, at);
  const headings = findHeadings(text, 0);
  const sections = sectionsFrom(text, headings, text.length, [], at);
  // Tables written as text (paragraphs, tab- or space-separated, digits run together) rather than as table markup.
  const { tables, findings, format: textFormat } = withTextTables(found, text, input.path, 'docx', at);
  const format = found.format ?? textFormat ?? formatByMarkers(text);
  return newReport({ path: input.path, reader: 'docx', title: meta.title, agency: meta.agency, year: meta.year, period: meta.period, format, sections, tables, findings });
}

const reader: Reader = { name: 'docx', read: readDocx };
export default reader;
