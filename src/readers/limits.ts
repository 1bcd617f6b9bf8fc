/**
 * What one file may make a reader build: bounds taken from what an annual report can be, so that a
 * small hostile file (a 300-byte sheet merging a million rows, a page of spans, a Word file of millions
 * of paragraphs, ten million characters in one section) is refused at once with a plain reason instead
 * of taking the memory or the time of a whole batch. Real reports are far below every bound: table 三
 * is about 30 rows by 8 columns, a report's text is some 5,000–50,000 characters, a published page or
 * Word document a few tens of thousands of elements. SECURITY.md lists the bounds and what they cost.
 *
 * Refusals are `read-error` (unreadable), with the reason in plain Chinese and English.
 */
import { ReadError } from '../errors.js';
import { because } from './reason.js';

/** Characters of a report's text (all its sections together, or the whole text a reader analyses). */
export const MAX_TEXT_CHARS = 2_000_000;
/**
 * Grid positions that merged areas (spreadsheet merges, XML Spreadsheet MergeAcross/MergeDown, HTML
 * colspan/rowspan, Word gridSpan) may fill in one file beyond their own top-left cells. A report's
 * merged headers and notes fill a few hundred.
 */
export const MAX_MERGED_CELLS = 100_000;
/** Merged areas of one workbook (each is kept by the spreadsheet library): reports have a few dozen. */
export const MAX_MERGE_AREAS = 20_000;
/** Grid positions of all the sheets of one workbook together (each sheet is cut at 3,000 rows by 100 columns first). */
export const MAX_SHEET_CELLS = 300_000;
/**
 * Elements of a Word document's body and of a web page: each costs a few hundred bytes once parsed (a
 * page's more: every table cell gets its CSS path), and the check must stay within its memory.
 */
export const MAX_ELEMENTS = 500_000;
/**
 * Values of a JSON report (every number, text, list and object, keys not counted): a report's normalized
 * JSON has a few thousand. Each wrong one costs the schema check an issue and a finding; 200,000 wrong
 * sections took the check past its memory, and their findings past what one call can pass on.
 */
const MAX_JSON_VALUES = 100_000;
const MAX_PAGE_ELEMENTS = 200_000;
/** Nesting of elements (the parser slows down quadratically with depth; real pages nest some 30 deep). */
export const MAX_DEPTH = 400;
/** Size of a Word document's body part (word/document.xml), bytes: real ones are a few megabytes. */
export const MAX_DOCUMENT_PART = 64 * 1024 * 1024;

const n = (v: number): string => v.toLocaleString('en-US');

function refuse(en: string, zh: string): ReadError {
  return new ReadError('read-error', 'unreadable', because(en, zh), undefined, 'resave');
}

/** Merged areas that would fill more than MAX_MERGED_CELLS positions. */
function mergesTooLarge(): ReadError {
  return refuse(
    `the merged cells of its tables span too large an area (more than ${n(MAX_MERGED_CELLS)} cells); no report table looks like this — check the file`,
    `表格合并单元格范围过大（合并后超过 ${n(MAX_MERGED_CELLS)} 个单元格），不像年度报告的表格；请检查文件`,
  );
}

/** More than MAX_MERGE_AREAS merged areas. */
export function tooManyMerges(): ReadError {
  return refuse(
    `its tables have more than ${n(MAX_MERGE_AREAS)} merged areas; no report table looks like this — check the file`,
    `表格合并单元格过多（超过 ${n(MAX_MERGE_AREAS)} 处），不像年度报告的表格；请检查文件`,
  );
}

/** Sheets whose used areas add up to more than MAX_SHEET_CELLS positions. */
export function sheetsTooLarge(cells: number): ReadError {
  return refuse(
    `the sheets of this workbook cover ${n(cells)} cells (at most ${n(MAX_SHEET_CELLS)} are read); keep only the sheets of the report and check again`,
    `工作簿各工作表的范围共有 ${n(cells)} 个单元格（上限 ${n(MAX_SHEET_CELLS)}），不像年度报告；请只保留报告所在的工作表后再检查`,
  );
}

/** A text longer than MAX_TEXT_CHARS. */
export function textTooLong(chars: number): ReadError {
  return refuse(
    `its text has ${n(chars)} characters (at most ${n(MAX_TEXT_CHARS)} are read), far more than an annual report — check the file`,
    `文字内容共有 ${n(chars)} 个字符（上限 ${n(MAX_TEXT_CHARS)}），远超年度报告的篇幅；请检查文件`,
  );
}

/** More elements than `limit`. */
export function tooManyElements(what: { en: string; zh: string }, limit: number): ReadError {
  return refuse(
    `the ${what.en} has more than ${n(limit)} elements, far more than an annual report — check the file`,
    `${what.zh}的元素超过 ${n(limit)} 个，远超年度报告的规模；请检查文件`,
  );
}

/** Elements nested deeper than MAX_DEPTH. */
export function nestedTooDeep(what: { en: string; zh: string }): ReadError {
  return refuse(`elements of the ${what.en} nested more than ${MAX_DEPTH} levels deep`, `${what.zh}元素嵌套超过 ${MAX_DEPTH} 层`);
}

export const JSON_DOC = { en: 'JSON file', zh: 'JSON 文件', maxElements: MAX_JSON_VALUES };
export const PAGE = { en: 'web page', zh: '网页', maxElements: MAX_PAGE_ELEMENTS };
export const WORD = { en: 'Word document', zh: 'Word 正文', maxElements: MAX_ELEMENTS };

/**
 * Counts the positions merged areas fill in one file; throws mergesTooLarge() as soon as they pass
 * MAX_MERGED_CELLS, so the work a reader spends on merges is bounded too.
 */
export class MergeBudget {
  used = 0;
  constructor(readonly max = MAX_MERGED_CELLS) {}
  /** `cells` more positions filled by a merged area (beyond its own cell). */
  take(cells: number): void {
    this.used += cells;
    if (this.used > this.max) throw mergesTooLarge();
  }
}

/**
 * An upper bound on the elements markup holds: the `<` followed by a letter (every start tag is one;
 * a `<` in text or a script may be counted too). Stops counting past `limit`.
 */
export function elementBound(markup: string | Uint8Array, limit = MAX_ELEMENTS): number {
  let count = 0;
  const len = markup.length;
  if (typeof markup === 'string') {
    for (let i = markup.indexOf('<'); i >= 0 && i + 1 < len; i = markup.indexOf('<', i + 1)) {
      const c = markup.charCodeAt(i + 1) | 0x20;
      if (c >= 0x61 && c <= 0x7a && ++count > limit) return count;
    }
  } else {
    for (let i = markup.indexOf(0x3c); i >= 0 && i + 1 < len; i = markup.indexOf(0x3c, i + 1)) {
      const c = markup[i + 1]! | 0x20;
      if (c >= 0x61 && c <= 0x7a && ++count > limit) return count;
    }
  }
  return count;
}
