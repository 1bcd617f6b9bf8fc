/**
 * Tables a PDF prints without ruling lines: a web page whose style removes the borders (plain, striped
 * rows, a filled header row, rules under the rows only), a Word table with its borders turned off. The text
 * is all there is: runs of text lines that each hold pieces set apart (columns), two of them with figures or
 * more (or one line of many figures, or one under a line of headings).
 *
 * - Columns: the pieces of the lines with figures; the edges between the value columns lie halfway between
 *   their middles (the same on every page, whatever the figures' widths); what lies left of the first column
 *   of figures is the label area, read as two columns: the labels beside a row's own, and its own.
 * - Rows: each line with figures is a row. A label wrapped over several lines is one block (lines one
 *   under the other, in the same place, a line's spacing apart, the lower one not numbered as a label of
 *   its own) and belongs to the row whose figures its lines stand around: a cell's text is set in the
 *   middle of its row, so the figures of a row sit within the height of its labels ("（二）部分公开（区分
 *   处理的，只计这一情形，" | 8 1 0 … | "不计其他情形）"). A group label beside several rows ("（三）不" |
 *   "予公开") goes to the row it stands beside, left of that row's own label; the row's own label is the
 *   rightmost. A row of figures with no label takes the row of labels alone next to it. Text between the
 *   rows of figures that stands beside none of them (column headings, table 二's "第二十条第（五）项", a
 *   row whose cells are all blank) makes rows of its own, headings over headings ("申请人情况" over "法人或
 *   其他组织" over "商业企业"), each spread over the columns it is centred on (spread).
 * - A run goes on over up to MAX_SINGLE lines of one piece each (labels wrapped between the rows of
 *   figures), each narrow or wholly left of the figures, when a line of columns follows; a section heading
 *   ends it; a caption over the headings (统计期限…) is left out. Two figures side by side in one cell
 *   (columns the lines did not tell apart) are no figure of it (PdfCell.unsure).
 * - Over a page break: the parts of a table go on when their value columns stand in the same places
 *   (pdf-tables.ts), the part with fewer columns set in the other's (conform); headings closing a page whose
 *   figures open the next are the table's first part (footTable); a row's label wrapped below its figures
 *   down to the page's foot goes on the table; at a page's top, the rest of a label the break cut goes on
 *   the table (alone and left of every label there, the rest of the outer group label: "果" of 三、本年度
 *   办理结果).
 * - Rows with no space between them (a Word table with its borders off; `tight`): a line joins the label or
 *   heading above it only when set as it is and no wider, a heading's only when nothing else stands under
 *   the line above; a wrapped heading's lines are full but the last; a label on a row's figures is set in
 *   the middle of its row. A figure wrapped in its narrow cell over the lines just above and below its row
 *   ("21" | the row | "7"), those lines holding nothing but such pieces, is the row's figure (217); any other
 *   empty cell with a figure just above or below it, and that figure when its row has no label or no other
 *   figure, are read as no cell (PdfCell.unsure).
 * - Lines a 公文's spacing apart (exactly 28 or 20 points; `gongwen`): the lines of one cell as far apart as
 *   the rows, so a line joins the one above it on the same conditions; a figure wrapped in its cell may then
 *   run over three lines ("2" | "1" on the row | "7"), so no piece is joined, and the figures of a row of
 *   fewer with no label just above or below a row's figures, and the empty cells of a label with no figure
 *   beside such rows, are read as no cell. A heading over a group of columns (未经复议直接起诉) as wide as
 *   its five columns is no caption.
 * - Text set at the bottom of its cells (`atBottom`: the rows' own labels end on their figures' line): the
 *   lines joined above a label on a line of figures are its own but where they stand beside column
 *   headings or hold a block heading or table 二's heading over its labels (信息内容); a row of pieces of figures between two rows' figures ("21" over
 *   （七）总计's 7, under 3.其他's 1) is read with the one row it reads as, else with neither.
 * - Text set at the cells' left (a Word table as Word leaves it): headings over several columns span from the
 *   column they start in to the next heading's, where every heading of one column starts where its figures do;
 *   set at their right (as a spreadsheet sets figures), from the column after the heading before ends to the
 *   column they end in, where every heading of one column ends where its figures do. Table 二's block
 *   heading is a row of its own over the column heading set as it is ("第二十条第（一）项" over 现行有效件数).
 * - No cell padding: a group label run into the rows' labels is cut where those start, or where a label
 *   numbered as a row's own follows one numbered as a group; headings run together, a space between cells,
 *   are a line of columns cut at the columns' edges (never one piece of a heading where the piece it runs
 *   on into, crossing an edge too, is not cut), and three short pieces a space apart are a line of
 *   columns; two figures a space apart are two cells however close (a piece of figures a space apart is
 *   cut into them: figuresApart); texts a space apart in different value columns are two cells.
 * - Text spread over its cell (分散对齐, Word's w:jc distribute), a piece a character: one piece, set as
 *   the same text centred there, before anything else is looked at (pdf-spread.ts, in `linesOf`).
 * - Table 三's column-group headings and corner note above its first line of columns are its header, and
 *   table 二's block heading is a row across the table, whatever stands under it.
 *
 * The result has the shape of a ruled table (pdf-grid.ts), so it is placed, continued over page breaks
 * and handed to the table finder the same way. Where the text does not tell (headings neither centred over
 * what they span nor set at its left, a figure wrapped in its cell other than as above), cells are left unread
 * rather than guessed.
 */
import { labelBody, splitNumbering } from '../format/labels.js';
import { FORMAT_IDS, getFormat } from '../format/spec.js';
import { isLabelHeader, isValueText } from './grid-labels.js';
import { cutAtBorders, joinCellLines, joinPieces, readingOrder, type PdfCell, type PdfTable } from './pdf-grid.js';
import type { Ruling, TextItem } from './pdf-page.js';
import { joinSpread, spreadSigns, type SpreadSigns } from './pdf-spread.js';
import { startsSection } from './pdf-text.js';
import { maxOf, minOf } from '../lists.js';

interface Segment {
  items: TextItem[];
  x0: number;
  x1: number;
  text: string;
}

interface Line {
  items: TextItem[];
  segments: Segment[];
  top: number;
  bottom: number;
  size: number;
}

/** Pieces of one line set apart by more than this many font sizes are in different columns. */
const GAP = 1.0;
/** In a table, pieces this many font sizes apart are different cells ("（三）不" | "4.保护第三方合法权益", "自然人" | "商业"). */
const LABEL_GAP = 0.5;
/** Two figures this many font sizes apart are different cells (a space's width: pdfjs's own word gap). */
const FIGURE_GAP = 0.25;
/** Lines of one label are at most this many font sizes apart (the gap between them). */
const WRAP_GAP = 0.6;
/**
 * Lines set a 公文's spacing apart (exactly 28 points, 20 in small print): the commonest gap between a line
 * and the next line under its text is at most this many font sizes (0.75–0.9 in such prints), and none less.
 */
const GONGWEN_GAP = 1.0;
/**
 * Rows set apart from each other by more than a cell's lines are: gaps between lines wider than the commonest
 * by more than a point and less than this many times it (a 公文's table has none: its lines stand a line's
 * spacing apart or two, 12 or 40 points in 16 pt on 28-point lines, 26 half a line off).
 */
const ROWS_APART = 1.6;
/** Lines of a run are at most this many font sizes apart (the gap between them): rows padded far apart. */
const CLOSE = 4;
/**
 * Lines of one piece each that a run of columns goes on over: the lower half of one row's label and the
 * upper half of the next, wrapped three characters a line in a narrow column (a Word table's columns of
 * equal width: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" is 13 lines).
 */
const MAX_SINGLE = 12;
/** …each of them at most this part of the run's width, its lines' left end to their right end (a label, not a paragraph's line). */
const SINGLE_WIDTH = 0.6;
/** Width of each of the two label columns' logical places just before the value columns (points). */
const GROUP_WIDTH = 8;
/** A table of one line of figures has this many of them at least (table 四: 15). */
const MIN_FIGURES = 4;
/** Chinese text, a space, Chinese text: cells' texts run together in one piece of text (no cell padding). */
const RUN_TOGETHER = /\p{Script=Han} \p{Script=Han}/u;
/** Figures as a cell holds them, digits first ("217", "1,234", "12.5"): the pieces a wrapped one is cut into. */
export const FIGURE_PIECE = /^\d[\d,.]*$/;
/** An opening quote or bracket first: a line may not end with one (line breaking moves it to the next line). */
const OPENING = /^[“‘（(《〈【「『〔［]/u;
/** Characters of a heading's line in a narrow cell at most (see `columns` in unruledTables). */
const SHORT_HEADING = 6;
/** A sentence's punctuation — a comma, a full stop, a semicolon — none of which a table's group label has. */
const SENTENCE = /[，,。；;]/;
/** A piece over the columns wider than this many columns is a caption, not a heading (but a column group's: groupHeading). */
const CAPTION_COLUMNS = 4;

function segments(line: TextItem[], gap: (it: TextItem, last: Segment) => boolean): Segment[] {
  const out: Segment[] = [];
  for (const it of line) {
    const last = out[out.length - 1];
    if (last && !gap(it, last)) {
      last.items.push(it);
      last.x1 = Math.max(last.x1, it.x1);
    } else out.push({ items: [it], x0: it.x0, x1: it.x1, text: '' });
  }
  for (const s of out) s.text = joinPieces(s.items.map((i) => i.text));
  return out;
}

let blockHeadings: Set<string> | undefined;
/**
 * Table 二's block headings ("第二十条第（六）项", its row groups in either format): a line of its own, never
 * the lower line of a wrapped label — set at the cells' left, it stands where the label above it starts.
 */
function blockHeading(text: string): boolean {
  blockHeadings ??= new Set(FORMAT_IDS.flatMap((f) => getFormat(f).tables.t2.rowGroups.map((g) => labelBody(g.label))));
  return blockHeadings.has(labelBody(text));
}

/** Table 二's heading over its label column ("信息内容", each block's first row): a row of its own, never a label's line. */
function labelHeader(text: string): boolean {
  return FORMAT_IDS.some((f) => isLabelHeader(text, getFormat(f).tables.t2));
}

let groupHeadings: Set<string> | undefined;
/**
 * A heading over a group of columns (申请人情况, 法人或其他组织; 行政复议, 行政诉讼, 未经复议直接起诉, 复议后起诉):
 * as wide as the five columns under it, set on one line in wide ones — a heading, never a caption.
 */
function groupHeading(text: string): boolean {
  groupHeadings ??= new Set(
    FORMAT_IDS.flatMap((f) => {
      const { t3, t4 } = getFormat(f).tables;
      return [...t3.columnGroups, ...t4.rows, ...t4.rowGroups].map((g) => labelBody(g.label));
    }),
  );
  return groupHeadings.has(labelBody(text));
}

let headHeadings: { groups: Set<string>; notes: string[] } | undefined;
/**
 * A line of table 三's header over its columns, before its first line of columns: a column group's heading
 * (申请人情况, 法人或其他组织) or the corner note or a line of it (（本列数据的勾稽关系为：…）; schemas/format
 * table3.json `note`) — each a line of its own where the note is set on one line beside them, in small print.
 */
function headHeading(text: string): boolean {
  headHeadings ??= {
    groups: new Set(FORMAT_IDS.flatMap((f) => getFormat(f).tables.t3.columnGroups.map((g) => labelBody(g.label)))),
    notes: FORMAT_IDS.flatMap((f) => getFormat(f).tables.t3.note ?? []),
  };
  const t = text.replace(/\s+/g, '');
  return headHeadings.groups.has(labelBody(text)) || (t.length >= 4 && headHeadings.notes.some((n) => n.includes(t)));
}

/** The last item of a piece being built. */
const lastOf = (s: Segment): TextItem => s.items[s.items.length - 1]!;
/** A space's width or more between the piece and the item. */
const spaced = (it: TextItem, last: Segment): boolean => it.x0 - last.x1 > it.size * FIGURE_GAP;
/**
 * Two figures a space apart or more: two cells, however close (a table with no cell padding sets "64" | "0" |
 * "0" under 自然人, 商业企业 and 科研机构 nine points apart, and "0" | "154" under 其他 and 总计 a space).
 */
const figuresSpaced = (it: TextItem, last: Segment): boolean => spaced(it, last) && isValueText(it.text) && isValueText(lastOf(last).text);
const apart = (it: TextItem, last: Segment): boolean => it.x0 - last.x1 > Math.max(it.size * GAP, 6) || figuresSpaced(it, last);
const fine = (it: TextItem, last: Segment): boolean => it.x0 - last.x1 > it.size * LABEL_GAP;
const hasValue = (l: Line): boolean => l.segments.some((s) => isValueText(s.text));
/**
 * In a table, a figure half a character or more from the text before or after it is apart from it: no cell
 * padding sets "5.要求行政机关确认或重新出具已获取信息" eight points from its first figure; a 公文's 16 pt in Noto
 * Serif "（四）1.本机关不" 15.5 points from its row's "3" (less than the character `apart` asks of running text).
 */
const figureApart = (it: TextItem, last: Segment): boolean => apart(it, last) || (fine(it, last) && (isValueText(it.text) || isValueText(lastOf(last).text)));

/** Tables without rules among these items (those outside any ruled table), and the items left. */
export function unruledTables(
  items: TextItem[],
  given?: Alignment,
  rules: readonly Ruling[] = [],
  continues = false,
  spacing?: Spacing,
): { tables: PdfTable[]; outside: TextItem[]; foot: TextItem[]; top: TextItem[]; votes: Set<Alignment>; silent: boolean; apart?: Spacing } {
  // (`votes`: where its tables show their text set in their rows; `silent`: one of them shows nothing and has
  // figures that would read otherwise if it were known — see tableOf. `apart`: one shows its rows set apart
  // further than its cells' lines, and how far those are — `spacing`, for the document's parts too short to show it.)
  const votes = new Set<Alignment>();
  let silent = false;
  let rowsApart: Spacing | undefined;
  const lines = linesOf(items);
  let foot: TextItem[] = [];
  let top: TextItem[] = [];
  const vertical = items.filter((i) => i.vertical);
  const tables: PdfTable[] = [];
  const taken = new Set<TextItem>();
  const close = (a: number, b: number): boolean => lines[a]!.bottom - lines[b]!.top <= lines[b]!.size * CLOSE;
  // (Or cells run together where they have no padding, the text of each a space apart, and set apart from
  // the next piece by half a character or more: "结果维持 结果纠正 其他结果 尚未审结" | "总计", 5 points apart
  // — not a line of running text with a space in it, its pieces touching. Or three short pieces or more a
  // space apart: headings wrapped a few characters a line in narrow cells with no padding, "人" | "业" | "研" |
  // "社会公" | "法律服" | "其" | "计" 5 points apart, "结果维" | "结果纠" | "其他结" | "尚未审" | "总" 3.)
  const columns = (j: number): boolean => {
    const l = lines[j];
    if (l === undefined) return false;
    if (l.segments.length >= 2) return true;
    if (l.items.some((i) => RUN_TOGETHER.test(i.text)) && segments(l.items, fine).length >= 2) return true;
    const short = segments(l.items, spaced);
    return short.length >= 3 && short.every((p) => p.text.length <= SHORT_HEADING);
  };
  const heading = (j: number): boolean => lines[j]!.segments.length === 1 && startsSection(lines[j]!.segments[0]!.text);
  let k = 0;
  while (k < lines.length) {
    // A run of lines of two pieces or more, close one under the other. Lines of one piece belong to it
    // when a line of columns follows them closely: one before the run (a block's group label, "第二十条第
    // （五）项"), up to MAX_SINGLE inside it (labels wrapped between the rows of figures), each narrow.
    let end = k;
    // The run's width so far: from the left end of its lines to the right end (a row's label on a line of
    // its own, its figures on the next — no cell padding, the label wrapped over two lines — is as wide as
    // the table, though no one line of it is).
    let left = Infinity;
    let right = -Infinity;
    let runWidth = 0;
    const width = (j: number): number => maxOf(lines[j]!.segments, (s) => s.x1) - minOf(lines[j]!.segments, (s) => s.x0);
    const take = (to: number): void => {
      for (let j = end; j < to; j++) {
        left = Math.min(left, minOf(lines[j]!.segments, (s) => s.x0));
        right = Math.max(right, maxOf(lines[j]!.segments, (s) => s.x1));
      }
      runWidth = right - left;
      end = to;
    };
    // Where the run's first figure starts (left end of the leftmost figure of its lines so far).
    const firstFigure = (from: number, to: number): number => minOf(lines.slice(from, to).flatMap((l) => l.segments.filter((s) => isValueText(s.text)).map((s) => s.x0)));
    // (At the top of the page, before any line of columns: narrow beside the first line of columns below,
    // the rest of a label a page break cut — "卷" of 7.属于行政执法案卷 — and the next row's label wrapped
    // over the line of its figures.)
    let ahead = k;
    // (Twice as many lines there: the rest of the label the break cut and the next row's label above its figures.)
    const most = k === 0 ? 2 * MAX_SINGLE : MAX_SINGLE;
    while (ahead < lines.length && ahead - k <= most && !columns(ahead)) ahead++;
    // (Narrow beside the table's width: its first line of figures, else that first line of columns — which
    // may itself be a label's lines, "处理" | "收费通知要求缴纳".)
    let figuresAhead = ahead;
    while (figuresAhead < lines.length && figuresAhead - ahead < MAX_SINGLE && !hasValue(lines[figuresAhead]!)) figuresAhead++;
    // (The first line of figures with the lines close under it, up to three: the table's width with its
    // labels, where the lines of figures have none beside them — a landscape page's wide label column,
    // "（二）部分公开（区分处理的，只计这一" over its figures and "情形，不计其他情形）" under them.)
    const body = (from: number): number => {
      let to = from;
      while (to + 1 < lines.length && to - from < 3 && close(to, to + 1)) to++;
      const ls = lines.slice(from, to + 1);
      return maxOf(ls.flatMap((l) => l.segments.map((s) => s.x1))) - minOf(ls.flatMap((l) => l.segments.map((s) => s.x0)));
    };
    const atTop = k === 0 && ahead < lines.length && columns(ahead) ? Math.max(width(ahead), figuresAhead < lines.length && hasValue(lines[figuresAhead]!) ? body(figuresAhead) : 0) : 0;
    // (Beside the first line of figures below as long as the run has not reached it: the rest of a row cut by
    // the break, its group label's and its own label's ends on one line and more of its own below — "理结果"
    // | "（区分处理的，" · "只计这一情形，" · "不计其他情形）".)
    // (Or, inside the run, wholly left of its first figure however wide: a long label's line where the label
    // column is most of the table's width — small print with no cell padding, "（二）部分公开（区分处理的，只
    // 计这一情形，不计其" over its figures.)
    const labelLine = (j: number): boolean => {
      const from = firstFigure(k, end);
      return end > k && Number.isFinite(from) && lines[j]!.segments.every((s) => s.x1 < from);
    };
    const narrow = (j: number): boolean => (j === end && end === k ? true : width(j) <= Math.max(runWidth, end <= figuresAhead ? atTop : 0) * SINGLE_WIDTH || labelLine(j));
    while (end < lines.length) {
      if (end > k && !close(end - 1, end)) break;
      if (columns(end)) {
        take(end + 1);
        continue;
      }
      let j = end;
      // (Or table 二's block heading, however wide beside the run so far when that is a row alone opening the
      // page: "第二十条第（八）项" under "行政强制" | 0, the last row of the block before it.)
      const own = (i: number): boolean => k === 0 && end === 1 && lines[i]!.segments.length === 1 && blockHeading(lines[i]!.segments[0]!.text);
      // (Or the lines of table 三's header before its first line of columns, however many.)
      const head = (i: number): boolean => end === k && lines[i]!.segments.length === 1 && headHeading(lines[i]!.segments[0]!.text);
      while (j < lines.length && j - end < (end === k ? most : MAX_SINGLE) && !columns(j) && !heading(j) && (narrow(j) || own(j) || head(j)) && (j === end || close(j - 1, j))) j++;
      // (Not a sentence's line, punctuated, closing its paragraph over the table: "2021年,我局未发生因政府信息公开
      // 工作被申请" over table 四's 行政复议 | 行政诉讼 on a landscape page, narrow beside its width.)
      const sentence = (i: number): boolean => lines[i]!.segments.length === 1 && SENTENCE.test(lines[i]!.segments[0]!.text);
      if (j < lines.length && j > end && columns(j) && close(j - 1, j) && (end > k || (j - end === 1 && !sentence(end)) || atTop > 0 || lines.slice(end, j).every((_, i) => head(end + i)))) take(j);
      // Up to two such lines closing the page: the table goes on over the break (a group label,
      // "第二十条第（八）项", whose block is on the next page). More when each stands left of every figure
      // of the run: a row's label wrapped below its figures, cut by the break ("2.申请人逾期未按" | 收费通知
      // 要求缴纳 | 费用、行政机关不 | 再处理其政府信息 …, the rest at the next page's top).
      else if (j === lines.length && end > k && columns(end - 1) && (j - end <= 2 || lines.slice(end, j).every((l) => l.segments.every((s) => s.x1 < firstFigure(k, end))))) take(j);
      else break;
    }
    // (And a line of pieces of figures alone under the run's last line of figures, the rest of figures wrapped
    // in their narrow cells around the table's last row: "1" | the row | "2" of 12; see aroundRows.)
    // (Or, the cells' text at their top, such pieces alone just under the last line of figures: "1" | "2" of 12.)
    // (Under the one line of figures of table 四 opening a page too, its headings closing the page before.)
    const tail = end < lines.length && end - k >= 1 && columns(end - 1) && hasValue(lines[end - 1]!) && ((end - k >= 2 && wrappedAround(lines[end - 2]!, lines[end - 1]!, lines[end]!)) || wrappedUnder(lines[end - 1]!, lines[end]!));
    if (tail) take(end + 1);
    else if (end < lines.length) while (end > k && !columns(end - 1)) end--;
    const block = lines.slice(k, end);
    // Two lines of figures or more, or one of many figures under column headings (table 四).
    const figures = block.filter(hasValue);
    // (Or one line of figures under a line of headings with none: a block of table 二 alone at a page's top.)
    const at = figures.length === 1 ? block.indexOf(figures[0]!) : -1;
    // (A line of many figures opening the page: the rest of a table whose headings close the page before.)
    const wide = (at > 0 || (at === 0 && k === 0)) && figures[0]!.segments.filter((s) => isValueText(s.text)).length >= MIN_FIGURES;
    const headed = at > 0 && block.slice(0, at).some((l) => l.segments.length >= 2 && !hasValue(l));
    if (figures.length >= 2 || wide || headed) {
      const table = tableOf(block, vertical, undefined, end === lines.length, given, rules, k === 0 && continues, spacing);
      for (const v of table.votes) votes.add(v);
      rowsApart ??= table.apart;
      silent ||= table.waits;
      // (A caption line tableOf leaves out stays in the running text.)
      tables.push(table.table);
      for (const i of table.items) taken.add(whole(i));
    } else if (k === 0 && at >= 0 && at === block.length - 1 && block.slice(0, at).every((l) => !hasValue(l) && l.segments.every((s) => s.text.length <= SHORT_HEADING))) {
      // A row of figures alone opening the page: the rest of a table from the page before, if its columns
      // are that table's (pdf-tables.ts placeTables, topTable); else running text. (Under the rest of
      // headings the break cut, short pieces: "数量" of 采购项目数量 over table 二's last row, 政府集中采购's
      // "135", its headings closing the page before.)
      top = wholes(block.flatMap((l) => l.items));
    } else if (figures.length === 0 && end === lines.length && (block.filter((l) => l.segments.length >= 2).length >= 2 || (block.length >= 2 && columns(end - 1)))) {
      // Lines of headings closing the page, their figures on the next (footTable).
      foot = wholes(block.flatMap((l) => l.items));
    } else if (k === 0 && block.length === 0 && lines[0]!.segments.every((s) => FIGURE_PIECE.test(s.text.trim()))) {
      // (Or pieces of figures alone opening the page, no run of columns with them: the rest of figures
      // wrapped in their narrow cells, the break cutting the table's last row between their lines — "1" of
      // 12 closing the page before, "2" here; pdf-tables.ts tableGrid joins them where they read so.)
      top = wholes(lines[0]!.items);
    }
    k = Math.max(end, k + 1);
  }
  return { tables, outside: items.filter((i) => !taken.has(i)), foot, top, votes, silent, ...(rowsApart ? { apart: rowsApart } : {}) };
}

/** The upper line of a figure wrapped in its cell over the lower: as wide or wider (it was full). */
const fuller = (upper: { x0: number; x1: number }, lower: { x0: number; x1: number }): boolean => upper.x1 - upper.x0 >= lower.x1 - lower.x0 - 0.5;

/** Two pieces of text one over the other set alike: the same middle, left end or right end, within `near` points. */
function alike(a: { x0: number; x1: number }, b: { x0: number; x1: number }, near: number): boolean {
  return Math.abs(a.x0 + a.x1 - b.x0 - b.x1) <= 2 * near || Math.abs(a.x0 - b.x0) <= near || Math.abs(a.x1 - b.x1) <= near;
}

/**
 * Lines `above` and `below` hold nothing but pieces of figures, as many, each over the other alike and
 * clear of `row`'s pieces, the three a line's spacing apart: the two lines of figures wrapped in their
 * narrow cells around `row` (see aroundRows).
 */
function wrappedAround(above: Line, row: Line, below: Line): boolean {
  const size = row.size;
  if (above.bottom - row.top > size * WRAP_GAP || row.bottom - below.top > size * WRAP_GAP) return false;
  if (above.segments.length !== below.segments.length) return false;
  const figure = (s: Segment): boolean => FIGURE_PIECE.test(s.text);
  return above.segments.every((a, i) => {
    const b = below.segments[i]!;
    return figure(a) && figure(b) && alike(a, b, size / 2) && row.segments.every((r) => r.x1 <= b.x0 || r.x0 >= b.x1);
  });
}

/**
 * Line `below` holds nothing but pieces of figures, each just under a figure of `row` set alike and no wider
 * than it, a line's spacing away (a 公文's too): the rest of figures wrapped in their narrow cells, their text at the top of
 * the cells ("1" on table 四's line of figures, "2" under it: 12; see joinWrappedFigures).
 */
function wrappedUnder(row: Line, below: Line): boolean {
  const size = row.size;
  // (A line's spacing: a 公文's too, the lines of a cell as far apart as the rows.)
  if (row.bottom - below.top > size * GONGWEN_GAP || below.segments.length === 0) return false;
  return below.segments.every((b) => {
    const over = row.segments.filter((r) => r.x0 < b.x1 && b.x0 < r.x1);
    return FIGURE_PIECE.test(b.text) && over.length === 1 && FIGURE_PIECE.test(over[0]!.text) && alike(over[0]!, b, size / 2) && fuller(over[0]!, b);
  });
}

/**
 * A heading over other headings is set in the middle of the columns it spans ("行政复议" over 结果维持 …
 * 总计, "行政诉讼" over 未经复议直接起诉 and 复议后起诉). The headings under one heading above (or under none)
 * share its columns side by side, each set in the middle of its own: from the right edge, the last spans as
 * far left of its middle as the edge is right of it, the one before it up to there, and so on; the same from
 * the left edge. Taken when one of the two fits (every heading within its columns, none past the edge) or
 * both give the same; else `ok` is false and nothing is spread. A stack begun on the page before
 * (行政复议 and 行政诉讼 above the break) fits from the right only. Rows top down, `parents` the spans of
 * the row above; columns [first, last] keyed as in `placed`.
 */
function spread(placed: Map<number, Block[]>, xs: number[], L: number, C: number, parents: [number, number][], set?: { lefts?: (number | undefined)[]; rights?: (number | undefined)[] }): { placed: Map<number, Block[]>; spans: [number, number][]; ok: boolean } {
  const lefts = set?.lefts;
  const rights = set?.rights;
  const ranges = [...placed.keys()].map((k) => [Math.floor(k / 1000), k % 1000] as [number, number]).sort((a, b) => a[0] - b[0]);
  const lists = ranges.map(([a, b]) => placed.get(a * 1000 + b)!);
  const centres = lists.map((list) => (minOf(list, (l) => l.x0) + maxOf(list, (l) => l.x1)) / 2);
  const region = (c: number): [number, number] => parents.find(([a, b]) => c >= a && c <= b) ?? [L, C - 1];
  // The column edge nearest x, among edges lo … hi+1.
  const snap = (x: number, lo: number, hi: number): number => {
    let best = lo;
    for (let e = lo; e <= hi + 1; e++) if (Math.abs(xs[e]! - x) < Math.abs(xs[best]! - x)) best = e;
    return best;
  };
  const out: [number, number][] = ranges.map((r) => [r[0], r[1]]);
  let ok = true;
  for (const [lo, hi] of [...new Map(ranges.map((r) => [region(r[0]).join(), region(r[0])])).values()]) {
    const ks = ranges.map((_, k) => k).filter((k) => region(ranges[k]![0]).join() === [lo, hi].join());
    // Edges: each heading from edge e[i] to e[i+1] (column edges), from the right edge or the left.
    const fromRight = (): number[] => {
      const e = [hi + 1];
      for (let i = ks.length - 1; i >= 0; i--) e.unshift(snap(2 * centres[ks[i]!]! - xs[e[0]!]!, lo, hi));
      return e;
    };
    const fromLeft = (): number[] => {
      const e = [lo];
      for (const k of ks) e.push(snap(2 * centres[k]! - xs[e[e.length - 1]!]!, lo, hi));
      return e;
    };
    const fits = (e: number[]): boolean => ks.every((k, i) => e[i]! < e[i + 1]! && e[i]! <= ranges[k]![0] && e[i + 1]! - 1 >= ranges[k]![1] && Math.abs((xs[e[i]!]! + xs[e[i + 1]!]!) / 2 - centres[k]!) <= (xs[e[i + 1]!]! - xs[e[i]!]!) / (2 * (e[i + 1]! - e[i]!)));
    // Text set at the left of its cells (`lefts`: where each column's figures start): each heading from the
    // column it starts in up to the next one's, the first starting where the heading above it does.
    const fromStarts = (): number[] => [
      ...ks.map((k) => {
        const x0 = minOf(lists[k]!, (l) => l.x0);
        for (let c = lo; c <= hi; c++) if (lefts?.[c] !== undefined && Math.abs(lefts[c]! - x0) <= 1) return c;
        return -1;
      }),
      hi + 1,
    ];
    const flush = (e: number[]): boolean => e[0] === lo && ks.every((k, i) => e[i]! >= lo && e[i]! < e[i + 1]! && maxOf(lists[k]!, (l) => l.x1) <= xs[e[i + 1]!]! + 1);
    // Text set at the right of its cells (`rights`: where each column's figures end): each heading from the
    // column after the one before it ends up to the column it ends in, the last ending where the heading above
    // it does.
    const fromEnds = (): number[] => [
      lo,
      ...ks.map((k) => {
        const x1 = maxOf(lists[k]!, (l) => l.x1);
        for (let c = lo; c <= hi; c++) if (rights?.[c] !== undefined && Math.abs(rights[c]! - x1) <= 1) return c + 1;
        return -1;
      }),
    ];
    const flushRight = (e: number[]): boolean => e[e.length - 1] === hi + 1 && ks.every((k, i) => e[i]! < e[i + 1]! && minOf(lists[k]!, (l) => l.x0) >= xs[e[i]!]! - 1);
    const right = fromRight();
    const left = fromLeft();
    const starts = lefts ? fromStarts() : [];
    const ends = rights ? fromEnds() : [];
    const centred = (): number[] | undefined => (fits(right) && fits(left) ? (right.join() === left.join() ? right : undefined) : fits(right) ? right : fits(left) ? left : undefined);
    const take = lefts ? (flush(starts) ? starts : undefined) : rights ? (flushRight(ends) ? ends : undefined) : centred();
    if (!take) {
      ok = false;
      continue;
    }
    ks.forEach((k, i) => (out[k] = [take[i]!, take[i + 1]! - 1]));
  }
  return { placed: new Map(out.map(([a, b], k) => [a * 1000 + b, lists[k]!])), spans: out, ok };
}

const wholeOf = new WeakMap<TextItem, TextItem>();
/** The page's item a piece was cut from (figuresApart), or the item itself. */
const whole = (it: TextItem): TextItem => wholeOf.get(it) ?? it;
/** The page's items these were read from: items joined from several (spread text: linesOf) and pieces cut from one, each once. */
const wholes = (items: TextItem[]): TextItem[] => [...new Set(items.flatMap((i) => joinedOf.get(i) ?? [i]).map(whole))];
/**
 * Figures of neighbouring cells in one item, a space apart ("0 154": 其他 and 总计 with no cell padding, which
 * pdfjs runs together): each figure an item of its own, where its characters stand. Other items stay whole.
 */
function figuresApart(it: TextItem): TextItem[] {
  const offsets = it.xs;
  if (!offsets || offsets.length !== it.text.length || !it.text.includes(' ')) return [it];
  const words = [...it.text.matchAll(/\S+/g)];
  if (words.length < 2 || !words.every((w) => isValueText(w[0]))) return [it];
  return words.map((w) => {
    const from = w.index;
    const to = from + w[0].length;
    const piece = { ...it, text: w[0], x0: it.x0 + offsets[from]!, x1: to < offsets.length ? it.x0 + offsets[to]! : it.x1, xs: offsets.slice(from, to).map((o) => o - offsets[from]!) };
    wholeOf.set(piece, it);
    return piece;
  });
}

/** A page's horizontal text in lines as pdfjs gives them, figures apart (before any spread text is joined). */
const rawLines = (items: TextItem[]): TextItem[][] => readingOrder(items.filter((i) => !i.vertical).flatMap(figuresApart));

/** Where a page's text spread over its cells stands over its figures (pdf-spread.ts spreadSigns), for the page before. */
export const spreadSignsOf = (items: TextItem[]): SpreadSigns => spreadSigns(rawLines(items));

/** The page's horizontal text in lines, each line's pieces set apart (see GAP); `next`: the next page's spreadSignsOf. */
function linesOf(items: TextItem[], next?: () => SpreadSigns): Line[] {
  // (Text spread over its cell, 分散对齐, one item a run: pdf-spread.ts.)
  const lines = joinSpread(rawLines(items), (item, parts) => joinedOf.set(item, parts), next);
  return lines.map((l) => ({
    items: l,
    segments: segments(l, apart),
    top: maxOf(l, (i) => i.y1),
    bottom: minOf(l, (i) => i.y0),
    size: maxOf(l, (i) => i.size),
  }));
}

/**
 * The headings a page prints at its foot (`foot` of unruledTables) as the first part of the table whose
 * figures open the next page (`next`, without rules), in its columns: table 四's header on one page, its
 * 行政诉讼 headings and figures on the next; `signs`: the next page's spreadSignsOf (text spread over its cells).
 */
export function footTable(foot: TextItem[], next: PdfTable, signs?: () => SpreadSigns): PdfTable | undefined {
  if (!next.middles || foot.length === 0) return undefined;
  // Within the next part's width: from its labels' left to its last column's right edge.
  const lines = linesOf(foot, signs);
  const size = maxOf(foot, (i) => i.size);
  const left = minOf(next.cells.flat(), (c) => c.x0);
  // (A heading set at the left of the last column may reach past where that column's figures end: it starts
  // in the column and is no wider than two.)
  const last = next.xs[next.xs.length - 2]!;
  const inLast = (s: Segment): boolean => s.x0 >= last - size && s.x1 - s.x0 <= 2 * (next.x1 - last);
  // (Each heading apart where headings stand half a character apart, as in a table: 16 pt headings set at
  // their columns' left, "本年制发件" | "本年废止件" | "现行有效件" 15 points apart, are one piece of a line
  // otherwise, as wide as the three columns.)
  if (lines.some((l) => segments(l.items, fine).some((s) => s.x0 < left - size || (s.x1 > next.x1 + size && !inLast(s))))) return undefined;
  return tableOf(lines, [], next).table;
}

/** A row of figures alone opening a page, perhaps under the rest of headings (`top` of unruledTables), as a table of its own, to go on one before. */
export function topTable(top: TextItem[]): PdfTable | undefined {
  const lines = linesOf(top);
  const last = lines[lines.length - 1];
  return last && hasValue(last) && lines.slice(0, -1).every((l) => !hasValue(l)) ? tableOf(lines, []).table : undefined;
}

/** A label or heading: its lines, one under the other, and the row it belongs to. */
interface Block {
  texts: string[];
  /** Its lines' boxes, top down, and the line of figures each is on (rows with no space between them: tight). */
  lines: { x0: number; x1: number; top: number; bottom: number; anchor?: number }[];
  items: TextItem[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** The line of figures it is on (index into the anchors), if any. */
  anchor?: number;
  figure: boolean;
  label: boolean;
}

/** A table's lines of one cell at most `gap` points apart (the commonest gap), its rows further, in text of `size` points (tableOf). */
export interface Spacing {
  size: number;
  gap: number;
}

/** The columns of a table without rules, from its lines with figures (see tableOf). */
function columnsFrom(run: Line[], size: number): { labelled: boolean; mids: number[]; valueStart: number; valueEdges: number[] } {
  // Column spans: the pieces of the lines with figures, overlapping ones taken together.
  const spans = run
    .filter(hasValue)
    .flatMap((l) => segments(l.items, figureApart).map((s) => ({ x0: s.x0, x1: s.x1, figure: isValueText(s.text) })))
    .sort((a, b) => a.x0 - b.x0);
  // (A figure far wider than the others — 2019's 采购总金额, "75394432.52" — joins no columns: in table 二
  // of 2019 its block has two columns of figures where the blocks above have three, its amount centred
  // between their second and third, over both. It goes with the one column it overlaps, if one.)
  const widths = spans.filter((s) => s.figure).map((s) => s.x1 - s.x0).sort((a, b) => a - b);
  const usual = widths[Math.floor(widths.length / 2)] ?? 0;
  const wide = (s: { x0: number; x1: number; figure: boolean }): boolean => s.figure && s.x1 - s.x0 > Math.max(3 * usual, 2 * size);
  const merged: { x0: number; x1: number; figures: number }[] = [];
  for (const s of spans) {
    if (wide(s)) continue;
    const last = merged[merged.length - 1];
    if (last && s.x0 <= last.x1 + 1) {
      last.x1 = Math.max(last.x1, s.x1);
      last.figures += s.figure ? 1 : 0;
    } else merged.push({ x0: s.x0, x1: s.x1, figures: s.figure ? 1 : 0 });
  }
  for (const s of spans.filter(wide)) {
    const over = merged.filter((m) => s.x0 <= m.x1 + 1 && s.x1 >= m.x0 - 1);
    if (over.length === 1) {
      over[0]!.x0 = Math.min(over[0]!.x0, s.x0);
      over[0]!.x1 = Math.max(over[0]!.x1, s.x1);
      over[0]!.figures++;
    } else if (over.length === 0) merged.push({ x0: s.x0, x1: s.x1, figures: 1 });
  }
  merged.sort((a, b) => a.x0 - b.x0);
  // The label area: the first spans, while they hold no figure (a group label's column apart from its rows'
  // labels: "三、本" | "（一）予以公开", the other rows' labels wrapped around their figures, not beside them).
  let labelSpans = 0;
  while (labelSpans < merged.length - 1 && merged[labelSpans]!.figures === 0) labelSpans++;
  const valueSpans = merged.slice(labelSpans);
  // (Or text wholly left of the first column of figures on other lines: every row's label wrapped around
  // its figures, none beside them — rows with no space between them. Not on the lines above the first line
  // of figures only: a column heading centred over figures set at the right of their cells, table 四's 结果维持
  // left of the "2" under it.)
  const firstFigures = maxOf(run.filter(hasValue), (l) => l.top);
  const leftOf = labelSpans > 0 ? [] : run.filter((l) => l.top <= firstFigures).flatMap((l) => l.segments).filter((s) => s.x1 < merged[0]!.x0 - 1);
  const labelled = labelSpans > 0 || leftOf.length > 0;
  const labelRight = labelSpans > 0 ? merged[labelSpans - 1]!.x1 : maxOf(leftOf, (s) => s.x1);
  // Edges between the value columns halfway between their middles (figures are set in the middle of their
  // cells, so the middles, unlike the widest figure's ends, are the same on every page a table runs over).
  const mids = valueSpans.map((s) => (s.x0 + s.x1) / 2);
  const pitch = mids.length > 1 ? (mids[mids.length - 1]! - mids[0]!) / (mids.length - 1) : size * 4;
  // (Never right of where the first column's figures start: one column of figures set at the cells' left,
  // "2629" | "54" | "5949.088667" from the same left end, the middle of them all right of the short ones'.)
  const valueStart = Math.max(Math.min(mids[0]! - pitch / 2, valueSpans[0]!.x0 - 0.5), labelled ? labelRight + 0.5 : -Infinity);
  const valueEdges = [valueStart, ...mids.slice(1).map((m, i) => (mids[i]! + m) / 2), mids[mids.length - 1]! + pitch / 2];
  return { labelled, mids, valueStart, valueEdges };
}

/** The columns of another part of the table (a header printed at the foot of the page before its figures). */
function columnsOf(t: PdfTable, mids: number[]): { labelled: boolean; mids: number[]; valueStart: number; valueEdges: number[] } {
  const labelled = t.xs.length - 1 - mids.length > 0;
  const valueEdges = labelled ? t.xs.slice(2) : t.xs;
  return { labelled, mids, valueStart: valueEdges[0]!, valueEdges };
}

/** The column edges of a block of lines from its lines with figures, and its cells (see the file's comment). */
/** A figure joined from the pieces it was wrapped into (aroundRows): the page's items it was read from. */
const joinedOf = new WeakMap<TextItem, TextItem[]>();

/** A line of these items, its pieces set apart as a table's (figureApart); undefined when none is left. */
function lineFrom(items: TextItem[]): Line | undefined {
  if (items.length === 0) return undefined;
  const sorted = [...items].sort((a, b) => a.x0 - b.x0);
  return { items: sorted, segments: segments(sorted, figureApart), top: maxOf(sorted, (i) => i.y1), bottom: minOf(sorted, (i) => i.y0), size: maxOf(sorted, (i) => i.size) };
}

/**
 * Figures wrapped in their narrow cells over two lines with the row's other figures set between them (a
 * cell's text in the middle of its row), beside lines that hold labels: "三、本年" | "7" … "7" over
 * "（一）予以公开" | 0 0 0 0 0, then "度办理结" | "1" … "1" — 71 in a 公文's table in 16 pt, the lines of the
 * group label 三、本年度办理结果 beside the figures' two lines; or a row's own label wrapped over four lines,
 * "无法提" | "不掌握相" | "7" … "7" over the row's 0 0 0 0 0 and "供" | "关政府信" | "5" … "5" under it (75).
 * Each such pair is one figure on the row's line (a new item, the two it was read from in `joinedOf`), the
 * lines above and below keeping their labels — which then read as a wrapped label does beside a row.
 *
 * Taken only when the three lines are a line's spacing apart (`wrapGap`) and the lines above and below hold
 * in the value columns nothing but pieces of figures, as many, each over the other set alike (the upper as
 * wide or wider: it was full), each over a place where the row's line has nothing; the row's line holds
 * figures of its own (more than the pieces where it has no label: not a row of pieces itself); the line
 * below holds no label numbered as a row's own (it would start the next row); and where the row's line has
 * a numbered label, the labels of the line above stand left of it (a group label's lines, not the last line
 * of the row before). Anything else is left to what follows (overTwoLines, overThreeLines, then the reading
 * of cells, joinWrappedFigures): a figure over three lines ("2" | "1" | "7" of 217) has a piece on the row's
 * line and is never taken here.
 */
function aroundRows(block: Line[], inLabels: (x: number) => boolean, wrapGap: number): Line[] {
  let out: Line[] | undefined;
  const lines = (): Line[] => (out ??= [...block]);
  const value = (s: Segment): boolean => !inLabels((s.x0 + s.x1) / 2);
  const numbered = (s: Segment): boolean => splitNumbering(s.text).numbering !== '';
  for (let r = 1; r + 1 < (out ?? block).length; r++) {
    const list = out ?? block;
    const up = list[r - 1]!;
    const row = list[r]!;
    const down = list[r + 1]!;
    if (up.bottom - row.top > wrapGap || row.bottom - down.top > wrapGap) continue;
    const ups = up.segments.filter(value);
    const downs = down.segments.filter(value);
    const own = row.segments.filter(value);
    if (ups.length === 0 || ups.length !== downs.length) continue;
    const rowLabels = row.segments.filter((s) => !value(s));
    const figures = own.filter((s) => isValueText(s.text)).length;
    if (figures === 0 || (rowLabels.length === 0 && figures <= ups.length)) continue;
    const size = row.size;
    const clear = (a: Segment, b: Segment): boolean => own.every((o) => o.x1 <= Math.min(a.x0, b.x0) || o.x0 >= Math.max(a.x1, b.x1));
    const pairs = ups.map((u, i) => ({ u, d: downs[i]! }));
    if (!pairs.every(({ u, d }) => u.items.length === 1 && d.items.length === 1 && FIGURE_PIECE.test(u.text) && FIGURE_PIECE.test(d.text) && isValueText(u.text + d.text) && alike(u, d, size / 2) && fuller(u, d) && clear(u, d))) continue;
    if (down.segments.some((s) => !value(s) && numbered(s))) continue;
    const rowOwn = rowLabels.filter(numbered);
    if (rowOwn.length > 0 && up.segments.some((s) => !value(s) && s.x1 >= minOf(rowOwn, (o) => o.x0))) continue;
    const taken = new Set(pairs.flatMap(({ u, d }) => [u.items[0]!, d.items[0]!]));
    const joined = pairs.map(({ u, d }) => {
      const a = u.items[0]!;
      const b = d.items[0]!;
      const item: TextItem = { text: a.text + b.text, x0: Math.min(a.x0, b.x0), x1: Math.max(a.x1, b.x1), y0: row.bottom, y1: row.top, size: a.size, font: a.font, vertical: false };
      joinedOf.set(item, [a, b]);
      return item;
    });
    const rest = (l: Line): Line | undefined => lineFrom(l.items.filter((i) => !taken.has(i)));
    const made = [rest(up), lineFrom([...row.items, ...joined]), rest(down)].filter((l): l is Line => l !== undefined);
    lines().splice(r - 1, 3, ...made);
    // (The line below is spent: the next row's line is further down.)
    r += made.length - 2;
  }
  return out ?? block;
}

/** Where a table's cells set their text in their rows (Word's w:vAlign, CSS vertical-align). */
export type Alignment = 'top' | 'middle' | 'bottom';

/**
 * Where the part of a table in `block` sets its text in its rows, as its lines of figures (three or more)
 * show: what each that shows it says (taken where they all say the same). In the
 * middle: a line of figures with no label, its label's lines above and below it (the lower going on with the
 * upper, not numbered as a row's own), or with the middle line of a label going on above and below. At the
 * top: a line of figures with the first line of a label (numbered), the label going on below it and another
 * line of figures further down (not a row the page's foot cuts, whose figures LibreOffice prints on its first
 * line). At the bottom: a line of figures with the last line of a label going on from above, the next row
 * starting just below it. The label's lines looked for are those over the row's own label (a group label's
 * lines, left of it, set between them are passed over), with nothing in the value columns between.
 */
function alignment(block: Line[], inLabels: (x: number) => boolean, wrapGap: number): Set<Alignment> {
  const value = (s: Segment): boolean => !inLabels((s.x0 + s.x1) / 2);
  // (Labels half a character apart are two: a group label and a row's own set at the cells' left run within a
  // character of each other, "三、本年" | "（一）予以公开", 15.7 points apart in 16 pt.)
  const labels = (l: Line): Segment[] => segments(l.items, fine).filter((s) => !value(s));
  const figures = (l: Line): number => l.segments.filter((s) => value(s) && isValueText(s.text)).length;
  const numbered = (s: Segment): boolean => splitNumbering(s.text).numbering !== '';
  const over = (a: { x0: number; x1: number }, b: { x0: number; x1: number }): boolean => a.x0 < b.x1 && b.x0 < a.x1;
  const near = (a: number, b: number): boolean => block[Math.min(a, b)]!.bottom - block[Math.max(a, b)]!.top <= wrapGap;
  /** The label over `col` on the nearest line up or down (dir) that has one, lines of other labels alone passed over. */
  const next = (j: number, dir: number, col: { x0: number; x1: number }): Segment | undefined => {
    for (let k = j + dir; k >= 0 && k < block.length && Math.abs(k - j) <= 3 && near(k, k - dir); k += dir) {
      const l = block[k]!;
      if (l.segments.some(value)) return undefined;
      const hit = labels(l).find((s) => over(s, col));
      if (hit) return hit;
    }
    return undefined;
  };
  const lines = block.map((l, j) => (figures(l) >= 3 ? j : -1)).filter((j) => j >= 0);
  const votes = new Set<Alignment>();
  for (const j of lines) {
    const row = block[j]!;
    const own = labels(row).sort((a, b) => a.x1 - b.x1).at(-1);
    if (!own) {
      const above = j > 0 ? labels(block[j - 1]!).sort((a, b) => a.x1 - b.x1).at(-1) : undefined;
      const up = above && near(j - 1, j) && !block[j - 1]!.segments.some(value) ? above : undefined;
      const down = up ? next(j, 1, up) : undefined;
      if (up && down && !numbered(down)) votes.add('middle');
      continue;
    }
    const up = next(j, -1, own);
    const down = next(j, 1, own);
    if (numbered(own)) {
      if (down && !numbered(down) && lines.some((k) => k > j + 1)) votes.add('top');
    } else if (up && down && !numbered(down)) votes.add('middle');
    else if (up && j + 1 < block.length && near(j, j + 1)) {
      // The next row just below: its first label line (numbered) or its figures with its label.
      const below = block[j + 1]!;
      const first = labels(below).find((s) => over(s, own));
      if (first && numbered(first) && (figures(below) >= 3 || !below.segments.some(value))) votes.add('bottom');
    }
  }
  return votes;
}

/** A figure of one piece of text, on its own in its place: a piece a wrapped figure may be cut into. */
const piece = (s: Segment): boolean => s.items.length === 1 && FIGURE_PIECE.test(s.text);

/**
 * Figures wrapped in their narrow cells over two lines, the row's line one of them, in a table part whose text
 * is set at the top of its rows (the rest on the next line: "7" on 一、本年新收…申's line and "1" beside "请数量"
 * under it, 71) or at the bottom (the first on the line above): one figure on the row's line (a new item, the
 * pieces it was read from in `joinedOf`) — or over more lines, each line's pieces under (over) the pieces of
 * the line before. Taken where each such line holds nothing in the value columns but such pieces, fewer than
 * the row's figures, each set alike with the piece before it in its figure's place, the upper as wide or
 * wider (below the row's line, its labels none numbered as a row's own: the row's label going on, or a group
 * label's lines); the lines end at one that is no such line (a row's line of figures, headings, a label alone).
 */
function overTwoLines(block: Line[], inLabels: (x: number) => boolean, wrapGap: number, align: Alignment | undefined, opens = false): Line[] {
  if (align !== 'top' && align !== 'bottom') return block;
  const value = (s: Segment): boolean => !inLabels((s.x0 + s.x1) / 2);
  const over = (a: Segment, b: Segment): boolean => a.x0 < b.x1 && b.x0 < a.x1;
  const dir = align === 'top' ? 1 : -1;
  let out: Line[] | undefined;
  for (let r = 0; r < (out ?? block).length; r++) {
    const list = out ?? block;
    const row = list[r]!;
    const figures = row.segments.filter((s) => value(s) && isValueText(s.text));
    if (figures.length < 3) continue;
    const size = row.size;
    // The lines of pieces beside the row's line on that side, each a line's spacing from the one before: per
    // figure of the row's line, its pieces line by line (a figure over three lines: "2" on the row's line,
    // "1" beside its label's next line, "7" under it — 217).
    const lines: Line[] = [];
    const stacks = new Map<Segment, Segment[]>(figures.map((f) => [f, [f]]));
    let ok = true;
    for (let k = r + dir; ok; k += dir) {
      const rest = list[k];
      const before = list[k - dir]!;
      if (!rest || (dir > 0 ? before.bottom - rest.top : rest.bottom - before.top) > wrapGap) break;
      // (Not a line of pieces alone opening a page that may go on a table closing the page before: the rest
      // of the row the break cut, perhaps — see joinWrappedFigures. Beside a label's line they are its row's.)
      if (opens && k === 0 && dir < 0 && rest.segments.every(value)) break;
      const bits = rest.segments.filter(value);
      if (bits.length === 0 || bits.length >= figures.length || !bits.every(piece)) break;
      // (At the top, a label numbered as a row's own on the line below starts the next row; at the bottom the
      // line above may hold the first line of the row's own label, "一、本年新收政府信息公开申" | "2" … "2".)
      if (dir > 0 && rest.segments.some((s) => !value(s) && splitNumbering(s.text).numbering !== '')) break;
      const placed = bits.map((b) => ({ b, f: figures.filter((f) => over(f, b)) }));
      ok = placed.every(({ b, f }) => {
        const stack = f.length === 1 ? stacks.get(f[0]!)! : undefined;
        const last = stack?.[stack.length - 1];
        // Each piece under (over) the last piece of its figure, the line before holding one there.
        if (!stack || !last || !piece(f[0]!) || stack.length !== lines.length + 1) return false;
        const [upper, lower] = dir > 0 ? [last, b] : [b, last];
        return alike(upper, lower, size / 2) && fuller(upper, lower);
      });
      if (!ok) break;
      for (const { b, f } of placed) stacks.get(f[0]!)!.push(b);
      lines.push(rest);
    }
    if (!ok || lines.length === 0) continue;
    const wrapped = [...stacks.values()].filter((st) => st.length > 1);
    if (!wrapped.every((st) => isValueText((dir > 0 ? st : [...st].reverse()).map((x) => x.text).join('')))) continue;
    const joined = new Map<TextItem, TextItem>();
    for (const st of wrapped) {
      const items = (dir > 0 ? st : [...st].reverse()).map((x) => x.items[0]!);
      const a = st[0]!.items[0]!;
      const item: TextItem = { ...a, text: items.map((i) => i.text).join(''), x0: minOf(items, (i) => i.x0), x1: maxOf(items, (i) => i.x1) };
      delete item.xs;
      joinedOf.set(item, items.flatMap((i) => joinedOf.get(i) ?? [i]));
      joined.set(a, item);
    }
    const taken = new Set(wrapped.flatMap((st) => st.slice(1).map((x) => x.items[0]!)));
    const made = lineFrom(row.items.map((i) => joined.get(i) ?? i))!;
    const left = lines.map((l) => lineFrom(l.items.filter((i) => !taken.has(i)))).filter((l): l is Line => l !== undefined);
    const replaced = dir > 0 ? [made, ...left] : [...left.reverse(), made];
    const from = dir > 0 ? r : r - lines.length;
    (out ??= [...block]).splice(from, lines.length + 1, ...replaced);
    r = from + replaced.length - 1;
  }
  return out ?? block;
}

/**
 * Figures wrapped in their narrow cells over three lines, the row's line the middle one ("2" | "1" | "7" of 217
 * in （七）总计's cell, the row's other figures and label on the middle line), in a table part whose text is set
 * in the middle of its rows (see alignment): one figure on the row's line (a new item, the three it was read
 * from in `joinedOf`). Such lines read three ways, as the cells' text is set in the middle of the row, at its
 * top or at its bottom: 217 and 3.其他's 1 above it, or 3.其他's 12 and 17, or 21 and 四、结转's 70. Taken
 * where the lines above and below the row's line, a line's spacing away, hold nothing but pieces of figures,
 * as many, each over a piece of the row's line in a column where both have nothing else, the three set alike,
 * each as wide as the one under it or wider (all full but the last), and the row's line has more figures.
 */
function overThreeLines(block: Line[], inLabels: (x: number) => boolean, wrapGap: number, align: Alignment | undefined): Line[] {
  if (align !== 'middle') return block;
  const value = (s: Segment): boolean => !inLabels((s.x0 + s.x1) / 2);
  const near = (a: Line, b: Line): boolean => a.bottom - b.top <= wrapGap;
  const labels = (l: Line): Segment[] => l.segments.filter((s) => !value(s));
  const over = (a: Segment, b: Segment): boolean => a.x0 < b.x1 && b.x0 < a.x1;
  let out: Line[] | undefined;
  for (let r = 1; r + 1 < (out ?? block).length; r++) {
    const list = out ?? block;
    const [up, row, down] = [list[r - 1]!, list[r]!, list[r + 1]!];
    if (!near(up, row) || !near(row, down) || labels(up).length > 0 || labels(down).length > 0) continue;
    const ups = up.segments;
    const downs = down.segments;
    const figures = row.segments.filter((s) => value(s) && isValueText(s.text));
    if (ups.length === 0 || ups.length !== downs.length || figures.length <= ups.length) continue;
    const size = row.size;
    const triples = ups.map((u, i) => ({ u, m: figures.filter((f) => over(f, u)), d: downs[i]! }));
    const whole = triples.every(({ u, m, d }) => {
      const mid = m[0];
      if (m.length !== 1 || !mid || mid.items.length !== 1 || u.items.length !== 1 || d.items.length !== 1) return false;
      if (![u, mid, d].every((s) => FIGURE_PIECE.test(s.text))) return false;
      return alike(u, mid, size / 2) && alike(mid, d, size / 2) && fuller(u, mid) && fuller(mid, d) && isValueText(u.text + mid.text + d.text);
    });
    if (!whole) continue;
    const joined = new Map<TextItem, TextItem>();
    for (const { u, m, d } of triples) {
      const [a, b, c] = [u.items[0]!, m[0]!.items[0]!, d.items[0]!];
      const item: TextItem = { ...b, text: a.text + b.text + c.text, x0: Math.min(a.x0, b.x0, c.x0), x1: Math.max(a.x1, b.x1, c.x1) };
      delete item.xs;
      joinedOf.set(item, [a, ...(joinedOf.get(b) ?? [b]), c]);
      joined.set(b, item);
    }
    const made = lineFrom(row.items.map((i) => joined.get(i) ?? i))!;
    (out ??= [...block]).splice(r - 1, 3, made);
  }
  return out ?? block;
}

function tableOf(
  run: Line[],
  vertical: TextItem[],
  like?: PdfTable,
  closesPage = false,
  given?: Alignment,
  rules: readonly Ruling[] = [],
  opensPage = false,
  spacing?: Spacing,
): { table: PdfTable; items: TextItem[]; votes: Set<Alignment>; waits: boolean; apart?: Spacing } {
  // (Its lines' pieces set apart as a table's are: figureApart.)
  run = run.map((l) => ({ ...l, segments: segments(l.items, figureApart) }));
  const size = [...run.map((l) => l.size)].sort((a, b) => a - b)[Math.floor(run.length / 2)]!;
  const { labelled, mids, valueStart, valueEdges } = like?.middles ? columnsOf(like, like.middles) : columnsFrom(run, size);
  const pitch = mids.length > 1 ? (mids[mids.length - 1]! - mids[0]!) / (mids.length - 1) : size * 4;
  const inLabels = (x: number): boolean => labelled && x < valueStart;
  const cut = new Set<TextItem>();
  // Column headings run together where the cells have no padding ("商业企业科研机构", one piece of text over
  // two columns): cut at the columns' edges when each part then stands in the middle of its column, as
  // headings of one column do (a heading over several is centred over them, not over each).
  const columnCells: PdfCell[] = valueEdges.slice(1).map((x1, c) => ({ text: '', row: 0, col: c, rows: 1, cols: 1, x0: valueEdges[c]!, x1, y0: 0, y1: 0 }));
  const mid = (i: TextItem): number => (i.x0 + i.x1) / 2;
  const columnOfMid = (q: TextItem): number => valueEdges.findIndex((e, i) => i < valueEdges.length - 1 && mid(q) >= e && mid(q) <= valueEdges[i + 1]!);
  // (Or, headings set at their cells' left, each part starting where its column's figures start, a space
  // between them: "总 结" — 未经复议直接起诉's 总计 and 复议后起诉's 结果维持, columns 24 points apart in 16 pt,
  // which pdfjs hands as one item with a half-character space. Never a heading over several columns, which
  // has no space in it where it crosses an edge — "复议后起诉" in columns two characters wide starts each
  // two characters where a column's figures do — nor spaces inside one column's heading, "商 业 企".)
  const figureStarts: (number | undefined)[] = like?.starts ? [...like.starts] : valueEdges.slice(1).map(() => undefined);
  if (!like?.starts)
    for (const l of run)
      for (const it of l.items) {
        const c = isValueText(it.text) && !inLabels(mid(it)) ? columnOfMid(it) : -1;
        if (c >= 0) figureStarts[c] = Math.min(figureStarts[c] ?? Infinity, it.x0);
      }
  const apartAtEdges = (it: TextItem): TextItem[] => {
    if (inLabels(mid(it)) || isValueText(it.text)) return [it];
    const parts = cutAtBorders(it, valueEdges, columnCells);
    const centred = parts.every((q) => {
      const c = columnOfMid(q);
      return c >= 0 && Math.abs(mid(q) - (valueEdges[c]! + valueEdges[c + 1]!) / 2) <= size * 0.25;
    });
    const columns = parts.map(columnOfMid);
    const atStarts =
      parts.map((q) => q.text).join(' ') === it.text.trim().replace(/\s+/g, ' ') &&
      new Set(columns).size === parts.length &&
      parts.every((q, k) => columns[k]! >= 0 && figureStarts[columns[k]!] !== undefined && Math.abs(q.x0 - figureStarts[columns[k]!]!) <= 1);
    if (parts.length < 2 || !(centred || atStarts)) return [it];
    for (const q of parts) cut.add(q);
    return parts;
  };
  // (Never a heading over a group of columns, which is set in the middle of them all: in columns two
  // characters wide, "复议后起诉" in 16 pt stands two characters a column, as headings run together do.)
  // (Nor text cut in one of its items and not in the next it runs on into, which crosses an edge too: one
  // heading over several columns, "未经复" | "议" | "直接起" of 未经复议直接起诉 at the left of its five columns
  // a character and a half wide, "未" | "经复" each near a column's middle by chance. Headings run together
  // over the columns are cut wherever they cross an edge.)
  const crosses = (it: TextItem): boolean => valueEdges.some((e, k) => k > 0 && k < valueEdges.length - 1 && e > it.x0 + 0.5 && e < it.x1 - 0.5);
  const apartLine = (items: TextItem[]): TextItem[] => {
    const headings = new Set(segments(items, fine).filter((s) => groupHeading(s.text)).flatMap((s) => s.items));
    const out = items.map((it) => (headings.has(it) ? [it] : apartAtEdges(it)));
    let from = 0;
    for (let k = 1; k <= items.length; k++) {
      if (k < items.length && items[k]!.x0 - items[k - 1]!.x1 < size * 0.1) continue;
      const run = out.slice(from, k);
      if (run.some((p) => p.length > 1) && run.some((p, j) => p.length === 1 && crosses(items[from + j]!) && !inLabels(mid(items[from + j]!)) && !isValueText(items[from + j]!.text)))
        for (let j = from; j < k; j++) {
          for (const q of out[j]!) cut.delete(q);
          out[j] = [items[j]!];
        }
      from = k;
    }
    return out.flat();
  };
  // Texts in the value columns apart where a column's edge lies between them, or a space apart and each in
  // the middle of a column of its own: cells with no padding, "科" (研机构) | "社会公" (益组织) 4.8 points
  // apart, the edge halfway between the columns' middles inside the wider heading.
  const valueColumn = (x: number): number => valueEdges.findIndex((e, i) => i < valueEdges.length - 1 && x <= valueEdges[i + 1]!);
  const otherColumn = (it: TextItem, last: Segment): boolean => {
    if (inLabels(mid(it))) return false;
    if (valueEdges.some((e) => e > last.x1 && e < it.x0)) return true;
    return spaced(it, last) && valueColumn(mid(it)) !== valueColumn(mid(lastOf(last)));
  };
  // A line above the headings with a piece far wider than a column over the columns ("统计期限：2022年1月1日
  // 至2022年12月31日 · 单位：件" beside the agency's name): the table's caption, not a heading; the table
  // starts below it.
  const firstFigures = run.findIndex((l) => l.segments.some((s) => isValueText(s.text) && !inLabels((s.x0 + s.x1) / 2)));
  let from = 0;
  run.forEach((l, j) => {
    // (Headings run together over several columns, cut at their edges, are headings: "结果维持 结果纠正 其他结果 尚未审结".)
    // (So are headings a few points apart with a column's edge between them, the cells' texts with no padding:
    // "结果维" | "结果纠" | "其他结" | "尚未审" | "总", 3 points apart.)
    const pieces = j < firstFigures ? segments(apartLine(l.items), (it, last) => fine(it, last) || (cut.has(it) && cut.has(lastOf(last))) || (!inLabels(mid(it)) && valueEdges.some((e) => e > last.x1 && e < it.x0))) : [];
    if (pieces.some((s) => !inLabels((s.x0 + s.x1) / 2) && s.x1 - s.x0 > pitch * CAPTION_COLUMNS && !groupHeading(s.text))) from = j + 1;
  });
  let block = run.slice(from);
  const left = minOf(block.flatMap((l) => l.segments.map((s) => s.x0))) - 1;
  // Lines of figures: a figure in the value columns.
  const anchorsOf = (list: Line[]): Line[] => list.filter((l) => l.segments.some((s) => isValueText(s.text) && !inLabels((s.x0 + s.x1) / 2)));
  const middleOf = (l: Line): number => {
    const figs = l.items.filter((i) => !inLabels((i.x0 + i.x1) / 2));
    return (maxOf(figs, (i) => i.y1) + minOf(figs, (i) => i.y0)) / 2;
  };
  let anchors = anchorsOf(block);
  // Rows with no space between them (a Word table with its borders off: no cell padding above or below): no
  // line of the table a line's spacing further from the next than the lines of a wrapped label are. Then a
  // gap does not tell a wrapped label from the label of the next row (see the joining below).
  // (One line of figures, table 四's: the table's lines down to it, its headings; none, headings closing a
  // page whose figures open the next: all its lines.)
  const from0 = anchors.length >= 2 ? block.indexOf(anchors[0]!) : 0;
  const to = anchors.length >= 1 ? block.indexOf(anchors[anchors.length - 1]!) : block.length - 1;
  const close0 = block.length >= 2 && to > from0 && block.slice(from0, to).every((l, j) => l.bottom - block[from0 + j + 1]!.top <= size * WRAP_GAP);
  // Or every line set a 公文's spacing apart, the lines of one cell as far apart as the rows: the gap from
  // each line to the next line under its text the same wherever a line's spacing is (a figure set between
  // its label's lines, half a line off), wider than a wrapped label's anywhere else. Then lines that far
  // apart are a label's lines (wrapGap), on the same conditions as in rows with no space between them.
  const gapUnder = (j: number): number | undefined => {
    const l = block[j]!;
    // (Looking a few lines down at most: what stands further is no line's spacing away.)
    for (let k = j + 1; k < Math.min(block.length, j + 6); k++) if (block[k]!.items.some((b) => l.items.some((a) => a.x0 < b.x1 && b.x0 < a.x1))) return l.bottom - block[k]!.top;
    return undefined;
  };
  const stackedGaps = to > from0 ? block.slice(0, to).map((_, j) => gapUnder(j)).filter((g): g is number => g !== undefined) : [];
  const counts = new Map<number, number>();
  for (const g of stackedGaps) counts.set(Math.round(g * 2) / 2, (counts.get(Math.round(g * 2) / 2) ?? 0) + 1);
  const lineGap = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const wide = block.length >= 2 && to > from0 && lineGap > size * WRAP_GAP && lineGap <= size * GONGWEN_GAP;
  // (Unless the rows stand further apart than a cell's lines, padding between them: a web page's table whose
  // every line is 28 points apart in 16 pt, as a 公文's, printed by a browser — lines of a label 9 points apart
  // in its 12-point print, rows 12.5 or more, never so in a 公文's table, whose rows are a line apart or two.
  // There the lines of one cell are those that far apart or less, and a gap wider parts the rows.)
  // (Seen from the table's first line of figures down: a header's cells of different heights stand their
  // lines half a line apart in a 公文 too.)
  const bodyGaps = to > from0 ? block.slice(from0, to).map((_, j) => gapUnder(from0 + j)).filter((g): g is number => g !== undefined) : [];
  const ownApart = wide && bodyGaps.filter((g) => g > lineGap + 1 && g < lineGap * ROWS_APART).length >= 3;
  // (Or the rows the commonest gap, most labels a line each, wider than a line's spacing, and a cell's lines
  // closer — a web page's table on lines twice its text's size, 9-point text on 18-point lines: a wrapped
  // label's lines 9 points apart, the rows 13.5 — three gaps or more in the table's body alike, to half a
  // point, between the rows' gap and 1.6 times less; the commonest such.)
  const closer = !wide && lineGap > size * GONGWEN_GAP ? bodyGaps.filter((g) => g > size * WRAP_GAP && g < lineGap - 1 && g * ROWS_APART > lineGap) : [];
  const closerCounts = new Map<number, number>();
  for (const g of closer) closerCounts.set(Math.round(g * 2) / 2, (closerCounts.get(Math.round(g * 2) / 2) ?? 0) + 1);
  const [closerGap] = [...closerCounts].filter(([, n]) => n >= 3).sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [];
  // (A part with too few rows to show it — table 三's header and its first two rows closing a page, "商业" over
  // "企业" 9 points apart — takes what another part of the document in the same size shows, `spacing`.)
  // (Table 四 too, its one line of figures under its headings: the gaps its header shows are no rows'.)
  const borrowed = !ownApart && closerGap === undefined && spacing !== undefined && Math.abs(spacing.size - size) <= 0.5 && (bodyGaps.length < 3 || anchors.length < 2);
  const rowsApart = ownApart || closerGap !== undefined || borrowed;
  const cellGap = borrowed ? spacing.gap : (closerGap ?? lineGap);
  const gongwen = wide && !rowsApart && minOf(stackedGaps) >= lineGap - 1;
  const tight = close0 || gongwen;
  // (Up to a point further apart than the commonest gap, rounded to half a point: a browser sets each line
  // where its row's fractional height puts it, 9 to 9.6 points from the next in one table.)
  const wrapGap = gongwen ? lineGap + 1 : rowsApart ? cellGap + 1 : size * WRAP_GAP;
  // Figures wrapped in their narrow cells over the lines above and below a row's line, beside the lines of
  // labels there: one figure each on the row's line (see aroundRows); the lines of figures again.
  // (Then, where the part shows where its text is set in its rows, those wrapped over two lines beside the
  // row's line, or over three around it.)
  // (A part where nothing shows it — a page of rows whose labels are one line each — takes what the
  // document's other tables show, `given`.)
  const votes = alignment(block, inLabels, wrapGap);
  const align = votes.size === 1 ? [...votes][0] : votes.size === 0 ? given : undefined;
  const sandwiched = aroundRows(block, inLabels, wrapGap);
  const joinAs = (a: Alignment | undefined): Line[] => overThreeLines(overTwoLines(sandwiched, inLabels, wrapGap, a, opensPage), inLabels, wrapGap, a);
  // (The last row of a table closing the page, its text known to be set elsewhere than at the top: LibreOffice prints a
  // row it splits at the page's foot from the row's top whatever the cells say — "7" on 1.本机关不掌握相关政府
  // 信息's first line, "5" under it beside the label's next line, 75, in a table whose text is in the middle
  // of its rows. Its figures wrapped so are read as at the top.)
  const lastRowAtTop = (lines: Line[]): Line[] => {
    // (Seen in a 公文's spacing, the lines of a cell as far apart as the rows; not taken elsewhere.)
    if (!closesPage || !gongwen || (align !== 'middle' && align !== 'bottom')) return lines;
    // (Its line: the last with three figures or more — the pieces under it are lines with figures too.)
    const last = anchorsOf(lines).filter((l) => l.segments.filter((s) => isValueText(s.text) && !inLabels((s.x0 + s.x1) / 2)).length >= 3).at(-1);
    const at = last === undefined ? -1 : lines.indexOf(last);
    if (at < 0 || at === lines.length - 1) return lines;
    const from = lines.slice(at);
    const tail = overTwoLines(from, inLabels, wrapGap, 'top');
    return tail === from ? lines : [...lines.slice(0, at), ...tail];
  };
  const around = lastRowAtTop(joinAs(align));
  // (Nothing shown and nothing given: would what the document's other tables show read more here?)
  let waits = votes.size === 0 && given === undefined && (['top', 'bottom', 'middle'] as const).some((a) => joinAs(a) !== sandwiched);
  if (around !== block) {
    block = around;
    anchors = anchorsOf(block);
  }
  const anchorOf = new Map(anchors.map((l, i) => [l, i]));
  // Between the same two rules across the value columns (a table drawing its rules across), with none between
  // them: lines of one row, a line's spacing apart or less — "本年制发件" over "数", 信息内容 between them, in a
  // 公文's 16 pt.
  const rulesAcross = rules.filter((u) => u.horizontal && u.from <= mids[0]! && u.to >= mids[mids.length - 1]!);
  const banded = (upper: number, lower: number): boolean => rulesAcross.some((u) => u.at >= upper) && rulesAcross.some((u) => u.at <= lower) && !rulesAcross.some((u) => u.at < upper && u.at > lower);
  const middle = anchors.map(middleOf);
  // Pieces: each line split where its text stands half a font size apart or more, between the label area
  // and the value columns (where a gap or a figure is), and at the value columns' edges.
  const blocks: Block[] = [];
  const open: Block[] = [];
  // Where the rows' own labels start ("1.属于国家秘密", "5.属于三类内部事务信息" … set at the same left end,
  // three of them at least): a group label run into the label beside it with no padding between the cells
  // ("（三）不予" | "4.保护第三方合法权益", 1.8 points apart) is cut there.
  const labelStarts = new Map<number, number>();
  for (const l of anchors) {
    for (const it of l.items) if (inLabels((it.x0 + it.x1) / 2) && /^\d/.test(splitNumbering(it.text).numbering)) labelStarts.set(Math.round(it.x0), (labelStarts.get(Math.round(it.x0)) ?? 0) + 1);
  }
  const ownStart = [...labelStarts].filter(([, n]) => n >= 3).sort((a, b) => b[1] - a[1])[0]?.[0];
  // Where two lines' text or more starts in the label area, right of its left end: the left end of a column of
  // labels. A text starting there a quarter of a character or more after the text before it on its line starts
  // a cell there — a group label's line run into the row's label beside it, its cell no wider than its text
  // ("度办理结" | "（二）部分公开（区分处理", "（五）不" | "版物", 5.9 points apart in a browser's 12-point print,
  // under half a character; the text of one cell has no such gap but a stray space).
  // (Texts start a line or stand a quarter of a character or more after the text before them.)
  const labelTexts = block.map((l) => l.items.filter((it, k) => inLabels(mid(it)) && (k === 0 || it.x0 - l.items[k - 1]!.x1 >= size / 4)).map((it) => it.x0));
  const leftEnd = minOf(labelTexts.flat());
  const columnStarts = [...new Set(labelTexts.flat())].filter((x) => x > leftEnd + size && labelTexts.filter((xs) => xs.some((o) => Math.abs(o - x) <= 0.5)).length >= 2);
  for (const line of block) {
    const anchor = anchorOf.get(line);
    const pieces = segments(anchorOf.has(line) ? line.items : apartLine(line.items), (it, last) => {
      const m = (it.x0 + it.x1) / 2;
      if (cut.has(it) && cut.has(lastOf(last))) return true;
      // (Figures a space apart: two cells, though the edge halfway between the columns' middles lies in the
      // wider one — "0" | "154".)
      if (figuresSpaced(it, last)) return true;
      // (Only a label numbered as a row's own starts there: "1." | "本机关不掌握…", the text after a row's
      // numbering, may stand within a point of where other rows' labels start.)
      if (ownStart !== undefined && inLabels(m) && Math.abs(it.x0 - ownStart) <= 1 && last.x1 <= it.x0 + 0.5 && last.x0 < ownStart - size && /^\d/.test(splitNumbering(it.text).numbering)) return true;
      // (A group label run into the label of its first row, no padding between the cells: "（六）其他" |
      // "1.申请人无正当理由逾期不补正、行政机关", a point apart — a label numbered "1." is a row's own, never
      // the rest of one numbered "（六）".)
      if (inLabels(m) && last.x1 <= it.x0 + 0.5 && /^\d/.test(splitNumbering(it.text).numbering) && /^[（(]/.test(splitNumbering(last.items[0]!.text).numbering)) return true;
      if (inLabels(m) && it.x0 - last.x1 >= size / 4 && columnStarts.some((x) => Math.abs(it.x0 - x) <= 0.5)) return true;
      if (inLabels(m) !== inLabels((last.x0 + last.x1) / 2) && (fine(it, last) || isValueText(it.text) || isValueText(last.text))) return true;
      return fine(it, last) || otherColumn(it, last);
    });
    for (const p of pieces) {
      const figure = isValueText(p.text);
      const top = maxOf(p.items, (i) => i.y1);
      const bottom = minOf(p.items, (i) => i.y0);
      const label = inLabels((p.x0 + p.x1) / 2);
      // The lower line of a wrapped label or heading: the block above it in the same place, a line's
      // spacing away, neither a figure nor numbered as a label of its own, at most one line of figures in a block;
      // never under a whole block heading (table 二's "第二十条第（一）项" set at the right of the table, as the
      // column heading 现行有效件数 under it is: two rows) or a whole heading over a group of columns ("行政复议"
      // over "其他结果" on a landscape page, its columns wide: two rows).
      // Rows with no space between them: also set as the line above is (the same middle, left or right end)
      // and no wider than it by more than a character (the lines of a wrapped text are full but the last) —
      // a character to the point, whatever the positions' last digits.
      const wraps = (b: Block): boolean => {
        if (!tight) return true;
        const up = b.lines[b.lines.length - 1]!;
        // (Within 2 points, or a quarter of a character where that is less: a page printed at half size sets
        // "第二十条第（一）项" 1.9 points left of the column heading under it, 3.9 at full size.)
        const near = Math.min(2, size / 4);
        // (A character more where the line opens with an opening quote or bracket, which no line may end
        // with: the line above left short by it as well — "3.危及" over "“三安全" over "一稳定”".)
        const slack = OPENING.test(p.text) ? 2 * size : size;
        if (!alike(up, p, near) || p.x1 - p.x0 > up.x1 - up.x0 + slack + 0.5) return false;
        if (label) return true;
        // Nothing else on its line under the line above (the cell holds only its own text): "未经复议直接起诉"
        // over 结 | 结 | 其 | 尚, a character a line in its columns, is a heading over headings.
        return !pieces.some((q) => q !== p && q.x0 < up.x1 && up.x0 < q.x1);
      };
      const above = figure || splitNumbering(p.text).numbering !== '' || blockHeading(p.text)
        ? undefined
        : open.find((b) => !b.figure && b.label === label && !blockHeading(joinCellLines(b.texts)) && !groupHeading(joinCellLines(b.texts)) && b.x0 < p.x1 && p.x0 < b.x1 && (b.bottom - top <= wrapGap || (b.bottom - top <= 2 * size && banded(b.bottom, top))) && b.bottom > bottom && !(b.anchor !== undefined && anchor !== undefined) && wraps(b));
      if (above) {
        above.lines.push({ x0: p.x0, x1: p.x1, top, bottom, ...(anchor !== undefined ? { anchor } : {}) });
        above.texts.push(p.text);
        for (const i of p.items) above.items.push(i);
        above.x0 = Math.min(above.x0, p.x0);
        above.x1 = Math.max(above.x1, p.x1);
        above.bottom = Math.min(above.bottom, bottom);
        above.anchor ??= anchor;
      } else {
        const b: Block = { texts: [p.text], lines: [{ x0: p.x0, x1: p.x1, top, bottom, ...(anchor !== undefined ? { anchor } : {}) }], items: [...p.items], x0: p.x0, x1: p.x1, top, bottom, figure, label, ...(anchor !== undefined ? { anchor } : {}) };
        blocks.push(b);
        open.push(b);
      }
    }
  }
  // Labels in vertical writing inside the label area, each a block.
  const top0 = maxOf(block, (l) => l.top);
  const bottom0 = minOf(block, (l) => l.bottom);
  for (const v of vertical) {
    if (!labelled || v.x1 > valueStart || v.x0 < left - size || v.y0 < bottom0 - size || v.y1 > top0 + size) continue;
    blocks.push({ texts: [v.text], lines: [{ x0: v.x0, x1: v.x1, top: v.y1, bottom: v.y0 }], items: [v], x0: v.x0, x1: v.x1, top: v.y1, bottom: v.y0, figure: false, label: true });
  }
  // The first `cut` lines of a block as a block of its own (before it in `blocks`' order does not matter).
  const cutOff = (b: Block, cut: number): void => {
    const lineOf = (i: TextItem): number => b.lines.findIndex((l) => (i.y0 + i.y1) / 2 <= l.top && (i.y0 + i.y1) / 2 >= l.bottom);
    const upLines = b.lines.slice(0, cut);
    blocks.push({ texts: b.texts.slice(0, cut), lines: upLines, items: b.items.filter((i) => lineOf(i) < cut), x0: minOf(upLines, (l) => l.x0), x1: maxOf(upLines, (l) => l.x1), top: b.top, bottom: minOf(upLines, (l) => l.bottom), figure: false, label: b.label });
    b.items = b.items.filter((i) => lineOf(i) >= cut);
    b.texts = b.texts.slice(cut);
    b.lines = b.lines.slice(cut);
    b.x0 = minOf(b.lines, (l) => l.x0);
    b.x1 = maxOf(b.lines, (l) => l.x1);
    b.top = maxOf(b.lines, (l) => l.top);
  };
  if (tight) {
    // The lines joined above a label on a line of figures that are no label's: those down to the last one
    // standing beside column headings (信息内容 over 规章) or holding a block heading (第二十条第（一）项 over it,
    // the text at the cells' left) or 信息内容 itself (beside 本年处理决定数量 where a part's only value column is
    // its right-set figures', so that is no heading there).
    const besideHeadings = (l: Block['lines'][number]): boolean => blocks.some((o) => !o.label && !o.figure && o.top > (l.top + l.bottom) / 2 && o.bottom < (l.top + l.bottom) / 2);
    const headed = (b: Block, at: number): number => {
      let cut = 0;
      for (let k = 0; k < at; k++) if (besideHeadings(b.lines[k]!) || blockHeading(b.texts[k]!) || labelHeader(b.texts[k]!)) cut = k + 1;
      return cut;
    };
    // Text set at the bottom of its cells (w:vAlign bottom): the rows' own labels (the last label on each line
    // of figures, not a group label left of it) wrapped over lines above their figures' line, none below —
    // one such and no other, or two at least and three times as many as any other. The last row of a table
    // closing the page, its figures on its label's first line (more than a character: not a column so narrow
    // that every label stands a character a line) and the lines below it the table's last, is not counted: a row the page's foot cuts prints its figures on its first line ("2.其他法律行政法" | "规禁止公开" closing
    // page 3 under （二）部分公开's bottom-aligned label). There the other lines above a label on a line of
    // figures are its own.
    const lastLine = block[block.length - 1]!;
    let ending = 0;
    let other = 0;
    anchors.forEach((_, i) => {
      const b = blocks.filter((o) => o.label && o.lines.some((l) => l.anchor === i)).sort((x, y) => y.x1 - x.x1)[0];
      if (!b) return;
      const at = b.lines.findIndex((l) => l.anchor === i);
      if (at === b.lines.length - 1 && at - headed(b, at) > 0) ending++;
      else if (at < b.lines.length - 1 && !(closesPage && i === anchors.length - 1 && at === 0 && b.lines[0]!.x1 - b.lines[0]!.x0 > 1.5 * size && Math.abs(b.bottom - lastLine.bottom) <= size / 2)) other++;
    });
    const atBottom = ending >= 1 && (other === 0 || (ending >= 2 && ending >= 3 * other));
    // Else a label on a line of figures is set in the middle of its row, so lines joined above it with none
    // to match below are not its own (the column heading 信息内容 over the row label 规章): a block of their own.
    for (const b of [...blocks]) {
      const at = b.lines.findIndex((l) => l.anchor !== undefined);
      if (at <= 0) continue;
      if (atBottom) {
        const cut = headed(b, at);
        if (cut > 0) cutOff(b, cut);
        continue;
      }
      const m = middle[b.lines[at]!.anchor!]!;
      // (Not a group label beside the row's own label: "（三）不予" | "公开", its lower line on a row's figures.)
      if (blocks.some((o) => o !== b && o.label && o.x0 >= b.x1 - 1 && o.top >= m && o.bottom <= m)) continue;
      let cut = 0;
      while (cut < at && b.lines[cut]!.top - m > m - b.bottom + size / 2) cut++;
      if (cut > 0) cutOff(b, cut);
    }
    // A wrapped heading's lines are full but the last: a line narrower than the first by more than a
    // character with a line under it starts another heading ("法人或其他组织" over "社会公" | "益组织").
    for (const b of [...blocks]) {
      if (b.label || b.figure) continue;
      for (let k = 1; k < b.lines.length - 1; k++) {
        const w = (i: number): number => b.lines[i]!.x1 - b.lines[i]!.x0;
        if (w(k) < w(0) - size - 1) {
          cutOff(b, k);
          break;
        }
      }
    }
  }
  // Each block's row: its line of figures, else the one whose middle it stands beside (the nearest), else
  // none: a row of its own between the lines of figures.
  const rowOf = (b: Block): number | undefined => {
    if (b.anchor !== undefined) return b.anchor;
    let best: number | undefined;
    middle.forEach((m, i) => {
      if (m <= b.top && m >= b.bottom && (best === undefined || Math.abs(m - (b.top + b.bottom) / 2) < Math.abs(middle[best]! - (b.top + b.bottom) / 2))) best = i;
    });
    return best;
  };
  // Rows: before each line of figures, the blocks beside none (headings over headings: a block's level is
  // one above the highest level of the blocks under it), then the line's own row.
  const bands: Block[][] = Array.from({ length: anchors.length + 1 }, () => []);
  const own: Block[][] = anchors.map(() => []);
  for (const b of blocks) {
    const r = rowOf(b);
    if (r !== undefined) own[r]!.push(b);
    else bands[middle.filter((m) => m > (b.top + b.bottom) / 2).length]!.push(b);
  }
  const rows: Block[][] = [];
  // A heading alone on its row, over other headings or between the rows of figures ("第二十条第（五）项" over
  // table 二's next block): across the whole row, as the table prints it (a merged cell), so that it is read
  // as one.
  const across = new Set<Block[]>();
  // Rows of headings over other headings: a heading there covers the columns under it (see spread).
  const over = new Set<Block[]>();
  bands.forEach((band, i) => {
    const level = new Map<Block, number>();
    const byBottom = [...band].sort((a, b) => a.bottom - b.bottom);
    for (const b of byBottom) {
      // Under it: a heading wholly below it in the same place, or a heading over others anywhere below it
      // ("行政诉讼" over 未经复议直接起诉 and 复议后起诉, set in the middle between them); a column heading
      // set lower beside it is not (table 四's 总计 under 行政复议 stands higher than those of 行政诉讼).
      // (Headings alone, their figures on the next page: whatever stands wholly below.)
      // (Table 二's block heading over all that stands below it: "第二十条第（一）项" in a landscape page's
      // wide columns, over none of 信息内容 | 本年制发件数 | 本年废止件数 as it would over all of them.)
      const whole = blockHeading(joinCellLines(b.texts));
      const under = byBottom.filter((o) => o !== b && level.has(o) && o.top <= b.bottom && (like !== undefined || whole || (o.x0 < b.x1 && b.x0 < o.x1) || level.get(o)! > 0));
      level.set(b, under.length === 0 ? 0 : maxOf(under, (o) => level.get(o)!) + 1);
    }
    const levels = Math.max(-1, maxOf(level.values()));
    for (let l = levels; l >= 0; l--) {
      const row = band.filter((b) => level.get(b) === l);
      if ((i > 0 || l > 0) && row.length === 1 && !row[0]!.label && !row[0]!.figure) across.add(row);
      if (l > 0 || like !== undefined) over.add(row);
      rows.push(row);
    }
    if (i < anchors.length) rows.push(own[i]!);
  });
  // A row of figures with no label beside it and a row of labels alone next to it (above it first: a
  // label set at the top of its row, or cut by the page's foot): one row.
  const isOwn = new Set(own);
  for (let r = 0; r < rows.length; r++) {
    if (!isOwn.has(rows[r]!) || rows[r]!.some((b) => b.label)) continue;
    const alone = (x: Block[] | undefined): boolean => x !== undefined && !isOwn.has(x) && x.length > 0 && x.every((b) => b.label);
    const k = alone(rows[r - 1]) ? r - 1 : alone(rows[r + 1]) ? r + 1 : -1;
    if (k < 0) continue;
    rows[r]!.push(...rows[k]!);
    rows.splice(k, 1);
    if (k < r) r--;
  }
  // A row of labels alone left of the labels of a row beside it, on a line of that row's own label (the
  // rest of a group label cut by the page break, "理" of （五）不予处理, beside "当理由" of 4.无正当理由大量反复
  // 申请): the group label beside that row, not a row of its own.
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (isOwn.has(row) || row.length === 0 || !row.every((b) => b.label)) continue;
    const right = maxOf(row, (b) => b.x1);
    const k = rows.findIndex((o) => isOwn.has(o) && o.some((b) => b.label && b.x0 > right && row.some((x) => x.top > b.bottom && b.top > x.bottom)));
    if (k < 0 || !rows[k]!.filter((b) => b.label).every((b) => b.x0 > right)) continue;
    rows[k]!.push(...row);
    rows.splice(r, 1);
    r--;
  }
  // Columns: the label area as two just before the value columns (the labels beside a row's own label, then
  // the row's own), with edges of their own, the same on every page a table runs over whichever labels each
  // page holds (a label cell's box is its text's); then the value columns.
  const L = labelled ? 2 : 0;
  const xs = labelled ? [valueStart - 2 * GROUP_WIDTH, valueStart - GROUP_WIDTH, valueStart, ...valueEdges.slice(1)] : valueEdges;
  const C = xs.length - 1;
  const tops = rows.map((r) => maxOf(r, (b) => b.top));
  const bottoms = rows.map((r) => minOf(r, (b) => b.bottom));
  const ys = [tops[0]! + 1, ...rows.slice(1).map((_, i) => (bottoms[i]! + tops[i + 1]!) / 2), bottoms[bottoms.length - 1]! - 1];
  const text = (list: Block[]): string => joinPieces(list.map((b) => joinCellLines(b.texts)));
  // Each row's blocks in the value columns: in the columns whose middles they cover, else in the one
  // holding their middle.
  const placements = rows.map((row) => {
    const placed = new Map<number, Block[]>();
    for (const b of row.filter((x) => !x.label)) {
      const covered: number[] = [];
      for (let c = L; c < C; c++) if ((xs[c]! + xs[c + 1]!) / 2 >= b.x0 - 1 && (xs[c]! + xs[c + 1]!) / 2 <= b.x1 + 1) covered.push(c);
      if (covered.length === 0) {
        const m = (b.x0 + b.x1) / 2;
        covered.push(m < xs[L]! ? L : m >= xs[C]! ? C - 1 : xs.findIndex((x, i) => i >= L && i < C && m >= x && m <= xs[i + 1]!));
      }
      const key = covered[0]! * 1000 + covered[covered.length - 1]!;
      placed.set(key, [...(placed.get(key) ?? []), b]);
    }
    return placed;
  });
  // Text set at the left of its cells (a Word table's cells as Word leaves them): every heading of one column
  // starts where the figures under it start, and one at least is not as wide as they are (centred, it would
  // start elsewhere). Then headings over headings start at the first column they span (see spread).
  const lefts: (number | undefined)[] = Array.from({ length: C }, () => undefined);
  const rights: (number | undefined)[] = Array.from({ length: C }, () => undefined);
  const widths: number[][] = Array.from({ length: C }, () => []);
  const columnAt = (x: number): number => xs.findIndex((e, i) => i >= L && i < C && x >= e && x <= xs[i + 1]!);
  for (const b of blocks) {
    const c = b.figure && !b.label ? columnAt((b.x0 + b.x1) / 2) : -1;
    // (Not a figure over two columns' middles: 2019's 采购总金额 "75394432.52" starts in the column before its
    // middle's.)
    if (c < 0 || mids.filter((m) => m >= b.x0 - 1 && m <= b.x1 + 1).length > 1) continue;
    lefts[c] = Math.min(lefts[c] ?? Infinity, b.x0);
    rights[c] = Math.max(rights[c] ?? -Infinity, b.x1);
    widths[c]!.push(b.x1 - b.x0);
  }
  // (Headings alone, their figures on the next page: where the figures there start, `like.starts`; every
  // heading of one column starting there — a heading a character wide over "0" and "12" alike.)
  const nextStarts = !blocks.some((b) => b.figure && !b.label) && like?.starts?.length === C - L ? like.starts : undefined;
  nextStarts?.forEach((x, k) => (lefts[L + k] = x));
  const single = placements.flatMap((p, r) => (isOwn.has(rows[r]!) ? [] : [...p].filter(([key]) => Math.floor(key / 1000) === key % 1000)));
  const narrower = (key: number, list: Block[]): boolean => widths[key % 1000]!.some((w) => Math.abs(w - (list[0]!.x1 - list[0]!.x0)) > size / 5);
  const atLeft = single.length >= 3 && single.every(([key, list]) => list.length === 1 && lefts[key % 1000] !== undefined && Math.abs(list[0]!.x0 - lefts[key % 1000]!) <= 1) && (nextStarts !== undefined || single.some(([key, list]) => narrower(key, list)));
  // Or at their right (figures set right, as a spreadsheet sets them, and the headings with them): every heading
  // of one column ends where the figures under it end, one at least not as wide as they are.
  const atRight = !atLeft && single.length >= 3 && single.every(([key, list]) => list.length === 1 && rights[key % 1000] !== undefined && Math.abs(list[0]!.x1 - rights[key % 1000]!) <= 1) && single.some(([key, list]) => narrower(key, list));
  // Headings over headings spread over the columns they are centred on (or start in), top down, each row
  // within the headings above it — all of a stack or none of it.
  for (let r = 0; r < rows.length; r++) {
    if (!over.has(rows[r]!)) continue;
    let end = r;
    while (end < rows.length && over.has(rows[end]!)) end++;
    let parents: [number, number][] = [];
    const spreadRows: Map<number, Block[]>[] = [];
    let ok = true;
    // (Centred headings over figures set at the left or right of their cells: the columns' middles are those of
    // the headings under the stack, one in each value column — 结果维持 … 总计 under 行政复议 — not the figures'.)
    const under = end < rows.length && !isOwn.has(rows[end]!) ? [...placements[end]!] : [];
    const inEach = under.length === C - L && under.every(([key, list]) => Math.floor(key / 1000) === key % 1000 && key % 1000 >= L && !list.some((b) => b.figure));
    const centres = inEach ? under.map(([key, list]) => [key % 1000, (minOf(list, (b) => b.x0) + maxOf(list, (b) => b.x1)) / 2] as const).sort((a, b) => a[0] - b[0]).map(([, m]) => m) : [];
    const edges = centres.length >= 2 && centres.every((m, i) => i === 0 || m > centres[i - 1]!)
      ? [...xs.slice(0, L), centres[0]! - (centres[1]! - centres[0]!) / 2, ...centres.slice(1).map((m, i) => (m + centres[i]!) / 2), centres.at(-1)! + (centres.at(-1)! - centres.at(-2)!) / 2]
      : xs;
    for (let k = r; k < end && ok; k++) {
      const done = spread(placements[k]!, atLeft || atRight ? xs : edges, L, C, parents, atLeft ? { lefts } : atRight ? { rights } : undefined);
      spreadRows.push(done.placed);
      // (Under the row above where it has headings, else under the rows further up: table 四's 行政复议
      // headings a row of their own, half a line above 行政诉讼's, under 行政复议, not the whole table.)
      parents = [...done.spans, ...parents.filter(([a, b]) => !done.spans.some(([c, d]) => c <= b && a <= d))];
      ok = done.ok;
    }
    if (ok) spreadRows.forEach((p, k) => (placements[r + k] = p));
    r = end;
  }
  const others = rows.slice(1).flatMap((row) => row.filter((b) => b.label));
  const cells: PdfCell[][] = rows.map((row, r) => {
    const out: (PdfCell | undefined)[] = Array.from({ length: C }, () => undefined);
    const cell = (c0: number, c1: number, t: string): PdfCell => {
      const made: PdfCell = { text: t, row: r, col: c0, rows: 1, cols: c1 - c0 + 1, x0: xs[c0]!, x1: xs[c1 + 1]!, y0: ys[r + 1]!, y1: ys[r]! };
      for (let c = c0; c <= c1; c++) out[c] = made;
      return made;
    };
    if (across.has(row)) {
      cell(0, C - 1, text(row));
      return out as PdfCell[];
    }
    if (labelled) {
      const ls = row.filter((b) => b.label).sort((a, b) => a.x0 - b.x0 || b.top - a.top);
      const boxed = (made: PdfCell, list: Block[]): void => {
        Object.assign(made, { x0: minOf(list, (b) => b.x0), x1: maxOf(list, (b) => b.x1) });
      };
      // (The table's first row one label alone, wholly left of every other label of the table: the rest of a
      // label beside the rows that a page break cut — "果" of 三、本年度办理结果 opening the page left of
      // "（二）部分公开…" and "（三）不予公开" — not of a row's own.)
      const outer = r === 0 && row.length === 1 && ls.length === 1 && others.length >= 2 && others.every((b) => ls[0]!.x1 < b.x0);
      if (outer) boxed(cell(0, 0, text(ls)), ls);
      else if (ls.length > 0) boxed(cell(1, 1, text([ls[ls.length - 1]!])), [ls[ls.length - 1]!]);
      if (ls.length > 1) boxed(cell(0, 0, text(ls.slice(0, -1))), ls.slice(0, -1));
    }
    for (const [key, list] of placements[r]!) {
      const c0 = Math.floor(key / 1000);
      const c1 = key % 1000;
      const there = [...new Set(out.slice(c0, c1 + 1).filter((c): c is PdfCell => c !== undefined))];
      // Two texts in one place: the later one joins the cell already there. Two figures side by side in one
      // cell (columns the lines did not tell apart: "0" | "430" of 本年增/减 and 处理决定数量 in one) are no
      // figure of it, never one read as the other or the two as one ("0 430" as 430): unread.
      const figures = list.filter((b) => isValueText(text([b]))).length + (there.length > 0 && isValueText(there[0]!.text) ? 1 : 0);
      const made = there.length > 0 ? there[0]! : cell(c0, c1, text(list.sort((a, b) => a.x0 - b.x0)));
      if (there.length > 0) made.text = joinPieces([made.text, text(list)]);
      if (figures >= 2 && made.cols === 1 && c0 >= L) made.unsure = true;
    }
    return out.map((c, i) => c ?? cell(i, i, ''));
  });
  // Table 二's blocks whose headings span several value columns (本年处理决定数量, 本年收费金额 across the three;
  // 2019's 本年增/减 and 采购总金额 across two — merged cells, as the table prints them), the figures set apart
  // from their heading's middle (at the right or left of the merged cell, the heading in its middle:
  // "本年处理决定数量" over the middle column, 52 in the last): see pairBlocks.
  pairBlocks(cells, L, xs);
  // An empty value cell with a figure in its column in the row just above or below, a line's spacing away
  // (no space between the rows): the figure may be its own, wrapped or set off its row ("21" | "7" of 217).
  // (Never over a rule across the value columns between them: a table drawing only its rules across, the
  // rest of a figure the page break cut — "2" | "5" of 72 and 75 atop the page — is no line of the row under it.)
  const ruled = (a: number, b: number): boolean => rules.some((u) => u.horizontal && u.at < bottoms[a]! && u.at > tops[b]! && u.from <= mids[0]! && u.to >= mids[mids.length - 1]!);
  const touching = (a: number, b: number): boolean => a >= 0 && b < rows.length && bottoms[a]! - tops[b]! <= wrapGap && !ruled(a, b);
  const figureAt = (r: number, c: number): boolean => isValueText(cells[r]?.[c]?.text ?? '') && !joinedPieces.has(cells[r]![c]!);
  // That figure too when its row has no label and fewer figures: a piece of a figure wrapped in its cell
  // ("1" | "9" of 19 above and below the row's other figures) as likely as a row of its own.
  const count = (r: number): number => cells[r]!.slice(L).filter((c) => isValueText(c.text)).length;
  const unlabelled = (r: number): boolean => cells[r]!.slice(0, L).every((c) => c.text.trim() === '');
  // (Joined only where the rows are as close as the lines of a wrapped label are anywhere: a 公文's spacing,
  // a line as far from the next as the rows are, leaves a figure wrapped over three lines — "2" | "1" | "7"
  // of 217 — that two pieces cannot be told from; there the pieces stay unread.)
  const close = (a: number, b: number): boolean => touching(a, b) && bottoms[a]! - tops[b]! <= size * WRAP_GAP;
  // (Pieces of figures opening a page that may go on a table closing the page before, the text not known to
  // be set at the bottom of the cells: see joinWrappedFigures.)
  const opening = opensPage;
  // (Where the text is known to be set at the top of the cells, or in their middle with no piece of a figure
  // under the row's line in those columns, no figure of the row under such pieces starts a line above its
  // label: its figures are its own, read — "0" … "0" of 四、结转 under "2" … "5", the rest of （七）总计's 72 and 75.)
  const ownRows = opening && (align === 'top' || align === 'middle');
  const ownUnder =
    ownRows &&
    cells.length > 1 &&
    unlabelled(0) &&
    !(cells.length > 2 && unlabelled(2) && touching(1, 2) && cells[0]!.slice(L).some((c, k) => c.text.trim() !== '' && FIGURE_PIECE.test(cells[2]![L + k]!.text.trim())));
  const joinedPieces = joinWrappedFigures(cells, placements, L, close, touching, unlabelled, count, size, opening ? (align === 'bottom' ? 'either' : ownUnder ? 'own' : 'rest') : undefined);
  cells.forEach((row, r) => {
    for (let c = L; c < C; c++) {
      const cell = row[c]!;
      if (cell.cols !== 1 || cell.text.trim() !== '') continue;
      for (const n of [r - 1, r + 1]) {
        if (!touching(Math.min(r, n), Math.max(r, n)) || !figureAt(n, c)) continue;
        cell.unsure = true;
        if (unlabelled(n) && count(n) < count(r)) cells[n]![c]!.unsure = true;
      }
    }
  });
  // And a labelled row's figures when each stands just under or over a figure of a row with more, the
  // row's other value cells such empty ones ("行" | 58 45 54 over "政规范性文" | 6: 546 wrapped in its
  // cell, the label wrapped too).
  cells.forEach((row, r) => {
    const figs = row.slice(L).filter((c) => c.cols === 1 && isValueText(c.text) && !c.unsure);
    if (figs.length === 0 || !row.slice(L).some((c) => c.unsure && c.text.trim() === '')) return;
    // (Or over an empty cell of that row, made unsure by it: "6" … "7" over a row's 0 0 2 0 4 and "4" … "0"
    // under it, a 公文's line spacing, where the lines above and below are not the two lines of that row's
    // own label — those aroundRows reads as one row, 64 and 70.)
    // (Not the row under the rest of a label the break cut, opening the page, where that row is numbered as a
    // row's own and the text is known to be set at the top or in the middle of the rows: no line of its
    // figures stands a line above its label — "请数量" | "0" … "1", the rest of 一、本年新收…申's 80 and 81, over
    // 二、上年结转…'s 0 … 0.)
    const ownRow = (n: number): boolean => ownRows && r === 0 && n === 1 && !unlabelled(1) && splitNumbering(cells[1]!.slice(0, L).map((c) => c.text).join('')).numbering !== '';
    const beside = (c: PdfCell): number[] => [r - 1, r + 1].filter((n) => touching(Math.min(r, n), Math.max(r, n)) && count(n) > count(r) && !ownRow(n));
    const stacked = (c: PdfCell): boolean => beside(c).some((n) => figureAt(n, c.col) || (cells[n]![c.col]!.unsure === true && cells[n]![c.col]!.text.trim() === ''));
    if (!figs.every(stacked)) return;
    // (And the figure each stands under or over: the other piece of a figure wrapped in its cell, as likely as
    // a whole one — "7" on 一、本年新收…申's line and "1" under it beside "请数量", its text at the top of the
    // row: 71 is never read as 7.)
    for (const c of figs) {
      c.unsure = true;
      for (const n of beside(c)) if (figureAt(n, c.col) && cells[n]![c.col]!.cols === 1) cells[n]![c.col]!.unsure = true;
    }
  });
  // Rows a 公文's spacing apart (touching, not close): a row of fewer figures with no label over or under a
  // row's figures may hold pieces of them wrapped over three lines ("2" | 1 … | "7" of 217), so the figures
  // of both in its columns are unsure.
  cells.forEach((row, r) => {
    if (!unlabelled(r) || count(r) === 0) return;
    for (const n of [r - 1, r + 1]) {
      if (n < 0 || n >= rows.length || unlabelled(n) || count(n) <= count(r)) continue;
      const [a, b] = [Math.min(r, n), Math.max(r, n)];
      if (!touching(a, b) || close(a, b)) continue;
      for (let c = L; c < C; c++) {
        if (!figureAt(r, c) || row[c]!.cols !== 1) continue;
        row[c]!.unsure = true;
        if (cells[n]![c]!.cols === 1 && cells[n]![c]!.text.trim() !== '' && !(ownUnder && r === 0 && n === 1)) cells[n]![c]!.unsure = true;
      }
    }
  });
  // A labelled row with no figure at all beside a row of figures with no label, a line's spacing away: its
  // label may be the upper or lower lines of that row's label (rows with no space between them), so its
  // empty cells are not known to be blank ("（二）部分公开（区" over "分处理的，只计这一" | 1 … 2, a 公文's
  // line spacing, 19 and 20 wrapped in their cells around the row's 1 0 0 0 0).
  cells.forEach((row, r) => {
    if (unlabelled(r) || count(r) > 0) return;
    if (![r - 1, r + 1].some((n) => n >= 0 && n < rows.length && touching(Math.min(r, n), Math.max(r, n)) && (unlabelled(n) ? count(n) > 0 : cells[n]!.slice(L).some((c) => c.unsure)))) return;
    for (const c of row.slice(L)) if (c.cols === 1 && c.text.trim() === '') c.unsure = true;
  });
  // Pieces alone opening the page where the text is set at the bottom of the cells: the rest of the row a break
  // cut on the page before ("2" … "5" of （七）总计's 72 and 75 over 四、结转's 0 … 0) or the first lines of the
  // row's under them ("7" … "7" of （七）总计's own 72 and 75 over its 2 … 5, after 3.其他) print alike: neither
  // read, nor the figures under them (PdfCell.either; pdf-tables.ts leaves the figures above the break unread).
  const openingBits = opening && cells.length > 1 && unlabelled(0) ? cells[0]!.slice(L).filter((c) => c.text.trim() !== '') : [];
  const openingPieces = openingBits.length > 0 && openingBits.every((c) => c.cols === 1 && FIGURE_PIECE.test(c.text.trim()));
  // (Where nothing shows where the text is set, what the document's other tables show decides: see `waits`.)
  if (openingPieces && votes.size === 0 && given === undefined) waits = true;
  if (openingPieces && align === 'bottom') {
    const bits = openingBits;
    {
      for (const b of bits) {
        Object.assign(b, { unsure: true, either: true });
        const own = cells[1]![b.col];
        if (own && own.text.trim() !== '') own.unsure = true;
      }
    }
  }
  // A row holding nothing but such pieces is no row of the table: its band goes to the row above. (But for
  // one opening the page: the rest of the row before the break, perhaps — see joinWrappedFigures.)
  const keep = cells.map((_, r) => r).filter((r) => (opening && r === 0) || !(cells[r]!.every((c) => c.unsure || c.text.trim() === '') && cells[r]!.some((c) => c.unsure && c.text.trim() !== '')));
  const kept = keep.length < cells.length && keep.length > 0 ? keep : cells.map((_, r) => r);
  const edges = [...kept.map((r) => ys[r]!), ys[ys.length - 1]!];
  const rowsKept = kept.map((r) => cells[r]!);
  rowsKept.forEach((row, i) => {
    for (const c of new Set(row)) Object.assign(c, { row: i, y1: edges[i]!, y0: edges[i + 1]! });
  });
  return {
    table: { xs, ys: edges, cells: rowsKept, x0: xs[0]!, x1: xs[C]!, y0: edges[edges.length - 1]!, y1: edges[0]!, middles: mids, starts: lefts.slice(L), ends: rights.slice(L) },
    items: [...block.flatMap((l) => l.items.flatMap((i) => joinedOf.get(i) ?? [i])), ...blocks.flatMap((b) => b.items.filter((i) => i.vertical))],
    votes,
    waits,
    ...(ownApart || closerGap !== undefined ? { apart: { size, gap: cellGap } } : {}),
  };
}

/**
 * A figure wrapped in its narrow cell over two lines, the row's own on one of them (see below); those
 * wrapped around a row's line are joined before the rows are made (aroundRows). The pieces' cells are then
 * `unsure`, so their rows are dropped as the other pieces of wrapped figures are (the pieces taken are
 * returned). Anything else is left as it is (and unread).
 */
function joinWrappedFigures(
  cells: PdfCell[][],
  placements: Map<number, Block[]>[],
  L: number,
  touching: (a: number, b: number) => boolean,
  loose: (a: number, b: number) => boolean,
  unlabelled: (r: number) => boolean,
  count: (r: number) => number,
  size: number,
  opens?: 'rest' | 'either' | 'own',
): Set<PdfCell> {
  const taken = new Set<PdfCell>();
  const extent = (r: number, c: number): { x0: number; x1: number } | undefined => {
    const list = placements[r]!.get(c * 1000 + c);
    return list && list.length === 1 ? { x0: list[0]!.x0, x1: list[0]!.x1 } : undefined;
  };
  const pieces = (r: number): PdfCell[] => cells[r]!.slice(L).filter((c) => c.text.trim() !== '');
  // A figure wrapped over two lines, the row's own on one of them (its cell's text set at the bottom of the row,
  // "21" over the row and "7" on it; or at the top, "21" on it and "7" under it): a row of such pieces alone
  // just above or below the row, each on a figure of the row's own. Read as one figure, upper line first,
  // where each pair is set alike and the upper is as wide or wider; else neither is read (never "7" for 217).
  // (A row of pieces between two such rows, "21" under 3.其他's 1 … 2 and over （七）总计's 7 … 8: read with the
  // one of them it reads as, when only one; else neither row's figures in its columns are read.)
  for (let n = 0; n < cells.length; n++) {
    if (!unlabelled(n)) continue;
    const bits = pieces(n);
    if (bits.length === 0 || bits.some((c) => c.unsure || c.cols !== 1 || !FIGURE_PIECE.test(c.text.trim()))) continue;
    // (A 公文's spacing apart too, where the pieces are the table's first or last row and the row's far side
    // holds no figure in their columns: no third line of a figure over three — "3" on table 四's line of figures,
    // "6" alone under it, the table's last line: 36.)
    const apart = (r: number): boolean => {
      if (!loose(Math.min(r, n), Math.max(r, n)) || (n !== 0 && n !== cells.length - 1)) return false;
      const far = r + (r - n);
      return far < 0 || far >= cells.length || !loose(Math.min(r, far), Math.max(r, far)) || bits.every((b) => !FIGURE_PIECE.test(cells[far]![b.col]!.text.trim()));
    };
    const sides = [n - 1, n + 1].flatMap((r) => {
      if (r < 0 || r >= cells.length || !(touching(Math.min(r, n), Math.max(r, n)) || apart(r)) || (unlabelled(r) && count(r) <= bits.length)) return [];
      const own = bits.map((b) => cells[r]![b.col]!);
      if (own.some((c) => c.cols !== 1 || c.unsure || !FIGURE_PIECE.test(c.text.trim()))) return [];
      const pairs = bits.map((b, i) => (n < r ? { upper: b, lower: own[i]!, ua: extent(n, b.col), la: extent(r, b.col) } : { upper: own[i]!, lower: b, ua: extent(r, b.col), la: extent(n, b.col) }));
      // (Pieces opening a page above its first row, a table closing the page before: as likely the rest of
      // figures the break cut — "2" … "5" of （七）总计's 72 and 75 over 四、结转's 0 … 0 — as the first lines of the
      // row's own. Neither read here, the pieces a row of their own: they join the row before the break
      // (pdf-tables.ts tableGrid) — or, where the text is set at the bottom of the cells, which prints a row's
      // own figure so too, none of them is read (`either`).)
      const opening = opens !== undefined && n === 0 && r === 1;
      // (`own`: the row's figures are its own — see tableOf's ownUnder.)
      const kept = opening && opens === 'own';
      const sure = !opening && pairs.every((p) => p.ua && p.la && alike(p.ua, p.la, size / 2) && fuller(p.ua, p.la) && isValueText(p.upper.text.trim() + p.lower.text.trim()));
      return [{ own, pairs, sure, kept }];
    });
    if (sides.length === 0) continue;
    const read = sides.filter((x) => x.sure);
    for (const side of sides) {
      side.pairs.forEach((p, i) => {
        if (read.length === 1 && side === read[0]) side.own[i]!.text = p.upper.text.trim() + p.lower.text.trim();
        else if (read.length !== 1 && !side.kept) side.own[i]!.unsure = true;
      });
    }
    for (const b of bits) {
      b.unsure = true;
      // (Pieces opening the page stay a row of their own, unread: the rest of the row before the break, perhaps.)
      if (opens !== undefined && n === 0 && read.length !== 1) {
        if (opens === 'either') b.either = true;
      } else taken.add(b);
    }
  }
  return taken;
}

/**
 * The grid column of table `t` (without rules) that a column whose middle is at `x` goes on: the value
 * column whose middle is within 3 points, else the one holding `x` under a heading in `t`'s last row (a block
 * of table 二 whose columns are not the blocks' above: 政府集中采购's two figures under 采购项目数量 and
 * 采购总金额) or when the part going on opens with a block heading across it (`opens`: its blocks' columns
 * their own, under their own headings — 2019's 行政事业性收费 and 政府集中采购, two columns each, opening the page
 * after 行政强制's three figures); -1 when none.
 */
function columnOf(t: PdfTable, x: number, start?: number, opens = false, end?: number): number {
  const mids = t.middles ?? [];
  const L = t.xs.length - 1 - mids.length;
  const near = mids.findIndex((m) => Math.abs(m - x) <= 3);
  if (near >= 0) return L + near;
  // (Text at the cells' left: figures of other widths have other middles, and start where the others do; at
  // their right, end where the others do — "253" over "0", both ending at 512.6.)
  const same = start === undefined ? -1 : (t.starts ?? []).findIndex((s) => s !== undefined && Math.abs(s - start) <= 1);
  if (same >= 0) return L + same;
  const sameEnd = end === undefined ? -1 : (t.ends ?? []).findIndex((e) => e !== undefined && Math.abs(e - end) <= 1);
  if (sameEnd >= 0) return L + sameEnd;
  const c = t.xs.findIndex((e, i) => i >= L && i < t.xs.length - 1 && x >= e && x <= t.xs[i + 1]!);
  const last = t.cells[t.cells.length - 1]?.[c];
  return c >= L && (opens || (last !== undefined && last.text.trim() !== '' && !isValueText(last.text))) ? c : -1;
}

/**
 * Table 二's blocks in `cells` (value columns from `L`, edges `xs`): each block's headings and figures paired
 * (pairSpans) where its headings are fewer than the value columns. A block starts at a row holding its block
 * heading alone — across the row, or in the label columns where the heading is centred on a table whose label
 * columns are the wider part — or at a part's first row of headings beside a label (信息内容: its block heading
 * closing the page before); other rows before the first go on the part before (see conform).
 */
function pairBlocks(cells: PdfCell[][], L: number, xs: number[]): void {
  const C = xs.length - 1;
  const distinct = (r: number): PdfCell[] => [...new Set(cells[r]!)].filter((c) => c.text.trim() !== '');
  const valueCells = (r: number): PdfCell[] => distinct(r).filter((c) => c.col >= L);
  // (A part opening with a block's headings, its block heading closing the page before, opens with that block.)
  const opening = cells.length > 0 && valueCells(0).length > 0 && !valueCells(0).some((c) => isValueText(c.text)) && distinct(0).some((c) => c.col < L);
  const blocks: number[][] = opening ? [[]] : [];
  cells.forEach((_, r) => {
    const full = distinct(r);
    if (full.length === 1 && blockHeading(full[0]!.text)) blocks.push([]);
    else if (!(full.length === 1 && full[0]!.cols === C)) blocks.at(-1)?.push(r);
  });
  for (const [head, ...body] of blocks) {
    if (head === undefined || body.length === 0) continue;
    const heads = valueCells(head);
    if (heads.length === 0 || heads.length >= C - L || heads.some((c) => isValueText(c.text))) continue;
    const spans = pairSpans(heads, body.map(valueCells), L, C);
    if (spans) spanFigures(cells, [head, ...body], spans, xs);
  }
}

/**
 * The headings of a table's last block of table 二 (the row under its last block heading, value columns from
 * `L`), where they are fewer than the value columns; none otherwise.
 */
function lastBlockHeads(t: PdfTable, L: number): PdfCell[] | undefined {
  const distinct = (r: number): PdfCell[] => [...new Set(t.cells[r] ?? [])].filter((c) => c.text.trim() !== '');
  for (let r = t.cells.length - 1; r >= 0; r--) {
    const full = distinct(r);
    if (full.length !== 1 || !blockHeading(full[0]!.text)) continue;
    const heads = distinct(r + 1).filter((c) => c.col >= L);
    return heads.length === 0 || heads.length >= t.xs.length - 1 - L || heads.some((c) => isValueText(c.text)) ? undefined : heads;
  }
  return undefined;
}

/**
 * Table 二's headings over merged cells and the figures under them (`rows`, each row's non-empty value cells):
 * where every row has as many figures as there are headings, each after the one before, the i-th figure and
 * the i-th heading are one column — from the column after the one before ends to the last either stands in
 * (the last to the table's edge `C`, the first from the value columns' start `L`). None where a row does not.
 */
function pairSpans(heads: PdfCell[], rows: PdfCell[][], L: number, C: number): [number, number][] | undefined {
  const spans: [number, number][] = [];
  for (const figs of rows) {
    if (figs.length !== heads.length || !figs.every((c) => isValueText(c.text))) return undefined;
    let end = L - 1;
    for (const [i, f] of figs.entries()) {
      const h = heads[i]!;
      const first = end + 1;
      const last = i === heads.length - 1 ? C - 1 : Math.max(h.col + h.cols - 1, f.col + f.cols - 1);
      if (Math.min(h.col, f.col) < first || last < first) return undefined;
      const prior = spans[i];
      if (prior && (prior[0] !== first || prior[1] !== last)) return undefined;
      spans[i] = [first, last];
      end = last;
    }
  }
  return spans;
}

/** Each value cell of `rows` across its column of `spans`, in order (see pairSpans). */
function spanFigures(cells: PdfCell[][], rows: number[], spans: [number, number][], xs: number[]): void {
  const L = spans[0]![0];
  for (const r of rows) {
    [...new Set(cells[r]!.slice(L))]
      .filter((c) => c.text.trim() !== '')
      .forEach((f, i) => {
        const [a, b] = spans[i]!;
        const one: PdfCell = { ...f, col: a, cols: b - a + 1, x0: xs[a]!, x1: xs[b + 1]! };
        for (let c = a; c <= b; c++) cells[r]![c] = one;
      });
  }
}

/** Does a part of a table without rules open with table 二's block heading, one cell across its row? */
function opensBlock(t: PdfTable): boolean {
  const row = t.cells[0];
  return row !== undefined && row.length > 1 && row.every((c) => c === row[0]) && blockHeading(row[0]!.text);
}

/** Does table `b` (without rules) go on table `a`: each of its value columns one of `a`'s (columnOf), no two the same? */
export function goesOn(a: PdfTable, b: PdfTable): boolean {
  const opens = opensBlock(b);
  const cols = (b.middles ?? []).map((x, k) => columnOf(a, x, b.starts?.[k], opens, b.ends?.[k]));
  return cols.every((c) => c >= 0) && new Set(cols).size === cols.length;
}

/**
 * A part of a table without rules in the columns of another part of it (`to`, whose value columns include
 * its own: table 二's last block, one column of figures, going on the page after its first blocks): each
 * cell in the column of `to` whose middle is its own column's, a cell across the whole row across it again.
 */
export function conform(t: PdfTable, to: PdfTable): PdfTable {
  const own = t.middles ?? [];
  const theirs = to.middles ?? [];
  const L = t.xs.length - 1 - own.length;
  const C = to.xs.length - 1;
  const tC = t.xs.length - 1;
  const opens = opensBlock(t);
  const at = (c: number): number => (c < L ? c : columnOf(to, own[c - L]!, t.starts?.[c - L], opens, t.ends?.[c - L]));
  // (Text the part took for a label whose middle stands in `to`'s value columns: its own value columns only
  // where its few figures stand, set at their cells' right — table 二's last block opening a page, its
  // "第二十条第（八）项" and "本年收费金额（单位：万元）" left of "18651.06". A block heading across the row; a
  // heading in the columns whose middles its text covers, the row's label beside it its own.)
  const Lto = C - theirs.length;
  const inValues = (cell: PdfCell): [number, number] | undefined => {
    if (cell.col >= L || Lto === 0 || L === 0 || cell.text.trim() === '' || isValueText(cell.text) || (cell.x0 + cell.x1) / 2 < to.xs[Lto]!) return undefined;
    if (blockHeading(cell.text)) return [0, C - 1];
    const covered: number[] = [];
    for (let c = Lto; c < C; c++) if ((to.xs[c]! + to.xs[c + 1]!) / 2 >= cell.x0 - 1 && (to.xs[c]! + to.xs[c + 1]!) / 2 <= cell.x1 + 1) covered.push(c);
    return covered.length > 0 ? [covered[0]!, covered[covered.length - 1]!] : undefined;
  };
  const cells = t.cells.map((row, r) => {
    const out: (PdfCell | undefined)[] = Array.from({ length: C }, () => undefined);
    let lifted = false;
    for (const cell of new Set(row)) {
      // (A part of one column holds no cell across: its one cell is a figure's.)
      const whole = tC > 1 && cell.col === 0 && cell.cols === tC;
      const into = whole ? undefined : inValues(cell);
      const c0 = whole ? 0 : into ? into[0] : at(cell.col);
      const c1 = whole ? C - 1 : into ? into[1] : at(cell.col + cell.cols - 1);
      if (c0 < 0 || c1 < c0) continue;
      // (An empty cell never over text put there.)
      if (cell.text.trim() === '' && out.slice(c0, c1 + 1).some((o) => o !== undefined)) continue;
      lifted ||= into !== undefined;
      const moved: PdfCell = { ...cell, col: c0, cols: c1 - c0 + 1, ...(c0 >= L || into ? { x0: to.xs[c0]!, x1: to.xs[c1 + 1]! } : {}) };
      for (let c = c0; c <= c1; c++) out[c] = moved;
    }
    if (lifted && L === 2 && out[1] === undefined && out[0] !== undefined && out[0].cols === 1) [out[0], out[1]] = [undefined, { ...out[0], col: 1 }];
    return out.map((cell, c) => cell ?? { text: '', row: r, col: c, rows: 1, cols: 1, x0: to.xs[c]!, x1: to.xs[c + 1]!, y0: t.ys[r + 1]!, y1: t.ys[r]! });
  });
  pairBlocks(cells, Lto, to.xs);
  // The rows going on a block of table 二 whose headings span several columns (本年收费金额 across three):
  // each row's figures across their headings' columns, as tableOf reads such a block.
  const heads = lastBlockHeads(to, C - theirs.length);
  if (heads) {
    const first = cells.findIndex((row) => {
      const full = [...new Set(row)].filter((c) => c.text.trim() !== '');
      return full.length === 1 && blockHeading(full[0]!.text);
    });
    const lead = cells.map((_, r) => r).slice(0, first < 0 ? cells.length : first);
    const spans = lead.length > 0 ? pairSpans(heads, lead.map((r) => [...new Set(cells[r]!.slice(C - theirs.length))].filter((c) => c.text.trim() !== '')), C - theirs.length, C) : undefined;
    if (spans) spanFigures(cells, lead, spans, to.xs);
  }
  return { ...t, xs: to.xs, cells, x0: to.x0, x1: to.x1, middles: theirs, ...(to.starts ? { starts: to.starts } : {}), ...(to.ends ? { ends: to.ends } : {}) };
}
