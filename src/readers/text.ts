/**
 * Reader for plain text (.txt, .text): a report's page as text, in the shapes it is found in —
 * one cell per line (a copy of the page), cells separated by spaces, tabs or "|", or a flattened
 * page where the whole body is one line and every table's digits are run together
 * ("一、本年新收政府信息公开申请数量713000074" = 71|3|0|0|0|0|74).
 *
 * The tables are found by their labels (schemas/format) and the values after each row label are
 * re-split using the table structure and the sum rules as constraints (split.ts). What cannot be
 * read for sure becomes an `extract-ambiguous` / `extract-failed` finding and the cells stay unread:
 * never a guess presented as fact. Locations are line:column of the input.
 */
import { shortLabel, splitNumbering, withoutNotes } from '../format/labels.js';
import { FORMAT_IDS, formatForYear, getFormat, TABLE_IDS, tableCells, type CellType, type FormatSpec, type RowSpec, type TableId, type TableSpec } from '../format/spec.js';
import { parseCellText } from '../model/cell.js';
import type { Finding, MessageData } from '../model/diagnostic.js';
import type { Source } from '../model/location.js';
import { emptyTable, newReport, type AmbiguousRow, type Report, type TableContent } from '../model/report.js';
import { ReadError } from '../errors.js';
import { decodeText } from './decode.js';
import { WRONG_MAX, wrongPlaces } from './wrong-chars.js';
import { columnTypo, matchRowGroup, rowMatch } from './grid-labels.js';
import { MAX_TEXT_CHARS, textTooLong } from './limits.js';
import type { ReadInput, Reader } from './reader.js';
import { tabCells } from './tabcells.js';
import {
  blankAmongZeros,
  fitsCell,
  gapsBetweenLines,
  lineGaps,
  lineUnit,
  showSplit,
  showTokens,
  splitTokens,
  valueRun,
  withBlankLines,
  withoutTrailingProse,
  type LineRow,
  type Piece,
  type SplitOptions,
  type SplitOutcome,
  type Token,
} from './split.js';
import {
  findHeadings,
  findMeta,
  formatByMarkers,
  lineLocator,
  normLabel,
  normView,
  sectionsFrom,
  viewIndex,
  type Heading,
  type NormView,
  type Span,
} from './textlayout.js';
import { asciiDigits } from '../format/numerals.js';
import { maxOf } from '../lists.js';

/** How far (in normalised characters) the next row label may be from the previous one. */
const LABEL_WINDOW = 600;
/** At most this many combinations of ambiguous table-三 rows are tried against the column sums. */
const MAX_COMBINATIONS = 20_000;
/** Candidates listed in a message. */
const SHOWN = 6;

type Locate = (offset: number) => Source;
/** A row read under its official label although printed otherwise (table-label). */
type Relabelled = NonNullable<TableContent['relabelled']>[number];

interface Found {
  /** Original offsets: where the label (with its numbering) starts and where it (with its note) ends. */
  start: number;
  end: number;
}

/** Normalised search forms of a label: full body, body without notes, variants; longest first. */
function forms(label: string, variants: readonly string[] = []): string[] {
  const out = new Set<string>();
  for (const l of [label, ...variants]) {
    const body = splitNumbering(l).body;
    out.add(normLabel(body));
    out.add(normLabel(splitNumbering(withoutNotes(l)).body));
  }
  return [...out].filter((f) => f !== '').sort((a, b) => b.length - a.length);
}

const NUMBERING_BEFORE = /(?:[(（]\s*[一二三四五六七八九十]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|([1-9])\s*[.．、])[\s\u00a0\u3000]*$/u;

/**
 * Finds a label in the view at or after `from` (view index), within `window`. Returns original
 * offsets including its numbering (only a numbering equal to the label's own) and a following
 * parenthesised note, and the view index after it.
 */
function findLabel(text: string, view: NormView, from: number, label: string, variants: readonly string[] = [], window = LABEL_WINDOW): (Found & { next: number }) | undefined {
  let hit: { idx: number; len: number } | undefined;
  for (const f of forms(label, variants)) {
    const idx = view.s.indexOf(f, from);
    if (idx < 0 || idx - from > window) continue;
    if (!hit || idx < hit.idx || (idx === hit.idx && f.length > hit.len)) hit = { idx, len: f.length };
  }
  if (!hit) return undefined;
  let start = view.start[hit.idx]!;
  let end = view.end[hit.idx + hit.len - 1]!;
  // Closing quotes the view leaves out (危及“三安全一稳定”).
  while (end < text.length && /["'”’」』]/u.test(text[end]!)) end++;
  // Its own numbering just before it ("2." of "2.其他法律行政法规禁止公开").
  const own = splitNumbering(label).numbering;
  const before = NUMBERING_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  if (before && own !== '') {
    const digits = before[1];
    if (digits === undefined || `${digits}.` === own) start -= before[0].length;
  }
  // A parenthesised note after it (the note of （二）部分公开, written in some other way), in its cell (a
  // tab starts the next one) and not the numbering of the row after it ("（四）" after a row of blanks).
  let j = end;
  while (j < text.length && text[j] !== '\t' && /[\s\u00a0\u3000]/u.test(text[j]!)) j++;
  if (text[j] === '(' || text[j] === '（') {
    const close = text.slice(j, j + 80).search(/[)）]/u);
    const inside = text.slice(j + 1, j + Math.max(1, close));
    if (close > 0 && !/[0-9]/.test(inside) && !/^\s*[一二三四五六七八九十]+\s*$/u.test(inside)) end = j + close + 1;
  }
  return { start, end, next: viewIndex(view, end) };
}

/** Message data naming a row. */
function rowData(t: TableSpec, row: RowSpec): MessageData {
  const group = row.group ? t.rowGroups.find((g) => g.id === row.group) : undefined;
  const short = shortLabel(row.label);
  return { table: t.number, row: group && /^\d/.test(short) ? `${shortLabel(group.label)}${short}` : short };
}

function rowLocation(t: TableSpec, row?: RowSpec): Finding['location'] {
  return {
    section: t.section,
    table: t.id,
    ...(row ? { row: row.id } : {}),
    labels: { table: `${t.number}、${t.title}`, ...(row ? { row: shortLabel(row.label) } : {}) },
  };
}

/** Everything read for one table. */
interface TableRead {
  content: TableContent;
  span: Span;
}

interface Ctx {
  text: string;
  view: NormView;
  spec: FormatSpec;
  locate: Locate;
  findings: Finding[];
}

function putPieces(content: TableContent, rowId: string, columns: string[], pieces: Piece[], locate: Locate): void {
  pieces.forEach((p, i) => {
    content.cells[`${rowId}.${columns[i]!}`] = parseCellText(p.raw, locate(p.offset));
  });
}

function candidatesText(cands: Piece[][], truncated: boolean): string {
  const shown = cands.slice(0, SHOWN).map(showSplit).join('; ');
  return cands.length > SHOWN || truncated ? `${shown}; …` : shown;
}

/**
 * Cuts a row's tokens into its cells (splitTokens); when no cut fits, a row of glued zeros with a space
 * where a cell was left blank ("0 00000" for seven cells) is read with that blank (split.ts
 * blankAmongZeros). The tokens read (the blank among them) come back with the outcome.
 */
function splitRow(ctx: Ctx, tokens: Token[], types: CellType[], opts: SplitOptions): { outcome: SplitOutcome; tokens: Token[] } {
  const outcome = splitTokens(tokens, types, opts);
  if (outcome.kind !== 'none') return { outcome, tokens };
  const spaced = blankAmongZeros(ctx.text, tokens, types.length);
  return spaced ? { outcome: splitTokens(spaced, types, opts), tokens: spaced } : { outcome, tokens };
}

/** Readings of a row kept for evidence at most (a row of many cells and long digit runs keeps none). */
const MAX_FEW_READINGS = 50;

/**
 * The readings of a row with fewer values than cells, set apart by spaces: each value where it stands with
 * blank cells among them ("20 155" for three cells: 20 | · | 155, · | 20 | 155, 20 | 155 | ·), and every cut
 * of the values into that many cells ("20 | 1 | 55", "20 | 15 | 5", "2 | 0 | 155"). None when they are too many.
 */
function fewReadings(ctx: Ctx, tokens: Token[], types: CellType[]): AmbiguousRow['candidates'] {
  const n = types.length;
  const out: AmbiguousRow['candidates'] = [];
  const piece = (raw: string, offset: number): AmbiguousRow['candidates'][number][number] => ({ raw, source: ctx.locate(offset) });
  // The blanks: which of the n cells the values stand in, in their order.
  const place = (from: number, cell: number, taken: AmbiguousRow['candidates'][number]): void => {
    if (taken.length === n) {
      if (from === tokens.length) out.push([...taken]);
      return;
    }
    if (n - cell > tokens.length - from) place(from, cell + 1, [...taken, piece('', (tokens[from] ?? tokens[from - 1]!).offset)]);
    if (from < tokens.length && fitsCell(tokens[from]!.text, types[cell]!)) place(from + 1, cell + 1, [...taken, piece(tokens[from]!.text, tokens[from]!.offset)]);
  };
  place(0, 0, []);
  const cut = splitTokens(tokens, types, { strict: false, maxCandidates: MAX_FEW_READINGS });
  if (cut.kind === 'ok') out.push(cut.pieces.map((p) => piece(p.raw, p.offset)));
  else if (cut.kind === 'ambiguous') {
    if (cut.truncated) return [];
    out.push(...cut.candidates.map((c) => c.map((p) => piece(p.raw, p.offset))));
  } else if (cut.kind === 'budget') return [];
  return out.length <= MAX_FEW_READINGS ? out : [];
}

/** Reports a row that could not be split into its cells. */
function splitProblem(
  ctx: Ctx,
  t: TableSpec,
  row: RowSpec | undefined,
  data: MessageData,
  tokens: Token[],
  cells: number,
  outcome: ReturnType<typeof splitTokens>,
  constraint: string | undefined,
  content?: TableContent,
): void {
  const raw = showTokens(tokens);
  const physical = tokens[0] ? ctx.locate(tokens[0].offset) : undefined;
  const base = { location: rowLocation(t, row), ...(physical ? { physical } : {}), hintId: 'original' };
  if (outcome.kind === 'ambiguous') {
    // Every split kept with the table, for what else the report says to single one out (analysis/glued.ts).
    if (content && row && !outcome.truncated) {
      (content.ambiguous ??= []).push({
        row: row.id,
        columns: row.columns,
        raw,
        candidates: outcome.candidates.map((c) => c.map((p) => ({ raw: p.raw, source: ctx.locate(p.offset) }))),
      });
    }
    ctx.findings.push({
      ruleId: 'extract-ambiguous',
      messageId: 'ambiguous',
      data: { ...data, raw, count: outcome.truncated ? `${outcome.candidates.length}+` : outcome.candidates.length, candidates: candidatesText(outcome.candidates, outcome.truncated) },
      ...base,
    });
  } else if (outcome.kind === 'budget') {
    ctx.findings.push({ ruleId: 'extract-failed', messageId: 'budget', data: { ...data, raw }, ...base });
  } else if (tokens.length === 0) {
    ctx.findings.push({ ruleId: 'extract-failed', messageId: 'noValues', data, ...base });
  } else if (tokens.length > cells) {
    ctx.findings.push({ ruleId: 'extract-failed', messageId: 'tooMany', data: { ...data, raw, found: tokens.length, cells }, ...base });
  } else if (tokens.slice(1).some((t) => t.fieldStart) || (t.id === 't2' && tokens.length > 1)) {
    // Cells the text separates: too few values is a blank or lost cell, not digits to cut — unless what
    // else the report says singles out one reading (analysis/glued.ts): a table-二 row of values set apart
    // by spaces keeps its readings with the table.
    if (content && row && t.id === 't2' && !tokens.slice(1).some((x) => x.fieldStart)) {
      const candidates = fewReadings(ctx, tokens, row.columns.map((c) => t.columns.find((x) => x.id === c)!.type));
      if (candidates.length >= 2) (content.ambiguous ??= []).push({ row: row.id, columns: row.columns, raw, candidates, few: { found: tokens.length, cells } });
    }
    ctx.findings.push({ ruleId: 'extract-failed', messageId: 'tooFew', data: { ...data, raw, found: tokens.length, cells }, ...base });
  } else if (digitsIn(tokens) < cells) {
    // Fewer digits than cells: no cutting can make them, whatever the sums.
    ctx.findings.push({ ruleId: 'extract-failed', messageId: 'tooFew', data: { ...data, raw, found: digitsIn(tokens), cells }, ...base });
  } else if (constraint === undefined) {
    ctx.findings.push({ ruleId: 'extract-failed', messageId: 'noSplitPlain', data: { ...data, raw, cells }, ...base });
  } else {
    ctx.findings.push({ ruleId: 'extract-failed', messageId: 'noSplit', data: { ...data, raw, cells, constraint }, ...base });
  }
}

/** Row equations of a table as a check over the values of one row (in `columns` order). */
function rowCheck(t: TableSpec, columns: string[]): ((values: (number | null)[]) => boolean) | undefined {
  const eqs = t.equations.filter((e) => e.each === 'row' && [...e.left, ...e.right].every((c) => columns.includes(c)));
  if (eqs.length === 0) return undefined;
  return (values) => {
    const v = (c: string): number | null => values[columns.indexOf(c)] ?? null;
    for (const e of eqs) {
      const terms = [...e.left, ...e.right].map(v);
      if (terms.some((x) => x === null)) continue;
      const sum = (ids: string[]): number => ids.reduce((a, c) => a + (v(c) ?? 0), 0);
      if (Math.abs(sum(e.left) - sum(e.right)) > 1e-9) return false;
    }
    return true;
  };
}

/** The digits of the tokens (a unit or a sign is no figure). */
function digitsIn(tokens: readonly Token[]): number {
  return tokens.reduce((n, t) => n + (t.text.match(/[0-9]/g)?.length ?? 0), 0);
}

/** A table's row sum as its labels write it ("自然人+商业企业+…=总计"); undefined for table 二, which has none. */
function constraintText(t: TableSpec): string | undefined {
  const eq = t.equations.find((e) => e.each === 'row');
  if (!eq) return undefined;
  const name = (c: string): string => t.columns.find((x) => x.id === c)?.label ?? c;
  return `${eq.left.map(name).join('+')}=${eq.right.map(name).join('+')}`;
}

// ---------------------------------------------------------------------------------------------
// Table 二 and table 三: row label, then its values
// ---------------------------------------------------------------------------------------------

interface RowHit {
  row: RowSpec;
  found: Found;
}

/**
 * Finds the rows (and row groups) of a table in order, from view index `from`. A row whose label
 * is not there is looked for in its place as printed with a typo (rowWithTypo); a row not found either
 * way is absent from the text: cell-missing reports it as the report's gap.
 */
/**
 * A row's label found only after the next row's label (searching from the same place) is not that
 * row of the table but a word in the text after it: a table 二 that leaves out 规章 and is followed by
 * "…重点公开市场监管相关规章、规范性文件" would otherwise take 规章 and 规范性文件 from that sentence, and
 * every row after them would be missing.
 */
function afterNextRow(ctx: Ctx, t: TableSpec, row: RowSpec, cursor: number, to: number, found: Found): boolean {
  const next = t.rows[t.rows.indexOf(row) + 1];
  if (!next) return false;
  const n = findLabel(ctx.text, ctx.view, cursor, next.label, next.variants);
  return n !== undefined && n.next <= to && n.start < found.start;
}

function findRows(ctx: Ctx, t: TableSpec, from: number, to: number, withGroups: boolean, inOrder = false): { hits: RowHit[]; anchors: Found[]; relabelled: Relabelled[] } {
  let cursor = from;
  /** The table's labels in order: each row (found or not) and each row group found. */
  const entries: { row?: RowSpec; found?: Found & { next: number } }[] = [];
  let lastGroup: string | undefined;
  for (const row of t.rows) {
    if (withGroups && row.group && row.group !== lastGroup) {
      const g = t.rowGroups.find((x) => x.id === row.group);
      const gf = g ? findLabel(ctx.text, ctx.view, cursor, g.label, g.variants ?? []) : undefined;
      if (gf && gf.next <= to) {
        entries.push({ found: gf });
        cursor = gf.next;
      }
      lastGroup = row.group;
    }
    const f = findLabel(ctx.text, ctx.view, cursor, row.label, row.variants);
    if (!f || f.next > to || (inOrder && afterNextRow(ctx, t, row, cursor, to, f))) {
      entries.push({ row });
      continue;
    }
    entries.push({ row, found: f });
    cursor = f.next;
  }
  // Rows not found: between the labels found before and after them, printed with a typo.
  const relabelled: Relabelled[] = [];
  entries.forEach((e, i) => {
    if (e.found || !e.row) return;
    const before = entries.slice(0, i).reverse().find((x) => x.found)?.found;
    const after = entries.slice(i + 1).find((x) => x.found)?.found;
    const typo = rowWithTypo(ctx, t, e.row, before?.next ?? from, after ? viewIndex(ctx.view, after.start) : to);
    if (!typo) return;
    e.found = typo.found;
    if (typo.label !== undefined) relabelled.push({ kind: 'row', id: e.row.id, label: typo.label, source: ctx.locate(typo.found.start) });
  });
  const hits: RowHit[] = [];
  const anchors: Found[] = [];
  for (const e of entries) {
    if (!e.found) continue;
    anchors.push(e.found);
    if (e.row) hits.push({ row: e.row, found: e.found });
  }
  return { hits, anchors, relabelled };
}

/** How far (in normalised characters) from the label found before a row its label printed with a typo is looked for. */
const TYPO_WINDOW = 400;
/** Places with the row's numbering tried in that window (the text between two rows holds one or two). */
const TYPO_TRIES = 8;
/** A row label as printed runs to the first value character (a digit, a placeholder, a bar). */
const LABEL_STOP = /[0-9/\\|—–-]/u;

/** The numbering of a row as it reads in the view (NFKC, no spaces): "2." also as "2、", "2，" or "2)". */
function numberingForm(numbering: string): RegExp | undefined {
  const paren = /^\((.+)\)$/u.exec(numbering);
  if (paren) return new RegExp(`\\(${paren[1]!}\\)`, 'uy');
  const digit = /^(\d+)\.$/u.exec(numbering);
  if (digit) return new RegExp(`${digit[1]!}[.、,)]`, 'uy');
  const cn = /^(.+)、$/u.exec(numbering);
  if (cn) return new RegExp(`${cn[1]!}[、.,]`, 'uy');
  return undefined;
}

/**
 * A row label printed with a typo or a dropped word ("2.其他法律行政止公开", "行政许司", also with stray
 * spaces or wrapped over lines), in its place: within the view span [from, to) between the labels found
 * before and after it, and matched to that row — not to another — by the grid readers' matcher
 * (grid-labels.ts rowMatch: the official labels, then matchNumbered's or, unnumbered, matchTypo's bounded
 * edit distance, never between two rows equally close). A numbered row is looked for where its numbering
 * is; an unnumbered one (table 二) at the end of each run of label characters (a label runs up to its
 * first value; the run may start with a header's words). Only one such place: two are no reading.
 * `label`: the label as printed (whitespace left out) when it differs from the official one. Bounded
 * work: a window of TYPO_WINDOW characters and TYPO_TRIES candidates, each at most twice as long as the
 * label (an unnumbered run: its ends of the label's length ± 2).
 */
function rowWithTypo(ctx: Ctx, t: TableSpec, row: RowSpec, from: number, to: number): { found: Found & { next: number }; label?: string } | undefined {
  const { numbering } = splitNumbering(row.label);
  const lead = numberingForm(numbering);
  if (!lead && numbering !== '') return undefined;
  const s = ctx.view.s;
  const end = Math.min(to, from + TYPO_WINDOW);
  const longest = maxOf([row.label, ...(row.variants ?? [])], (l) => normLabel(l).length);
  let hit: { i: number; j: number; similar: boolean } | undefined;
  let tries = 0;
  /** The row's match of s[i, j), if it is this row. */
  const matches = (i: number, j: number): { similar: boolean } | undefined => {
    const label = s.slice(i, j);
    if (matchRowGroup(label, t, ctx.spec.id) !== undefined) return undefined;
    const match = rowMatch(label, t, ctx.spec.id);
    return match?.id === row.id ? { similar: match.how === 'similar' } : undefined;
  };
  for (let i = from; i < end && tries < TYPO_TRIES; i++) {
    if (!lead) {
      // An unnumbered label ends where its run of label characters does: the run's end of about the
      // label's length, the nearest length first.
      if (LABEL_STOP.test(s[i]!) || (i > from && !LABEL_STOP.test(s[i - 1]!))) continue;
      let j = i;
      while (j < end && !LABEL_STOP.test(s[j]!)) j++;
      tries++;
      const lengths = [0, -1, 1, -2, 2].map((d) => longest + d).filter((n) => n > 0 && n <= j - i);
      const k = lengths.find((n) => matches(j - n, j));
      if (k !== undefined) {
        if (hit) return undefined;
        // The label starts at its first word, not at the punctuation that closes what is before it.
        let a = j - k;
        while (a < j - 1 && /[\p{P}\p{S}]/u.test(s[a]!)) a++;
        hit = { i: a, j, similar: matches(j - k, j)!.similar };
      }
      i = j;
      continue;
    }
    lead.lastIndex = i;
    const m = lead.exec(s);
    if (!m) continue;
    // "十二、" is not "二、".
    if (/[一二三四五六七八九十]/u.test(numbering) && /[一二三四五六七八九十]/u.test(s[i - 1] ?? '')) continue;
    let j = i + m[0].length;
    while (j < end && j - i < 2 * longest && !LABEL_STOP.test(s[j]!)) j++;
    tries++;
    const found = matches(i, j);
    if (!found) continue;
    if (hit) return undefined;
    hit = { i, j, similar: found.similar };
    i = j - 1;
  }
  if (!hit) return undefined;
  const start = ctx.view.start[hit.i]!;
  const stop = ctx.view.end[hit.j - 1]!;
  const found = { start, end: stop, next: hit.j };
  return hit.similar ? { found, label: ctx.text.slice(start, stop).replace(/[\s\u00a0\u3000]+/gu, '') } : { found };
}

/**
 * The value tokens after a row label, up to the next anchor (`line`: the same as laid out in the text).
 * A row copied from a web page, each cell after a tab, whose tabs give exactly its cells is read cell by
 * cell, its blank cells in their places (tabcells.ts; `tabbed`).
 */
function rowTokens(ctx: Ctx, hit: RowHit, anchors: Found[], limit: number): { tokens: Token[]; end: number; line: LineRow; tabbed?: boolean } {
  const nextAnchor = anchors.filter((a) => a.start >= hit.found.end).reduce((m, a) => Math.min(m, a.start), limit);
  const run = valueRun(ctx.text, hit.found.end, nextAnchor);
  const tabbed = tabCells(ctx.text, hit.found.end, run.end, hit.row.columns.length, true);
  if (tabbed) return { ...tabbed, line: { from: hit.found.end, ...tabbed }, tabbed: true };
  const tokens = withoutTrailingProse(run.tokens, hit.row.columns.length, ctx.text);
  const end = tokens.length < run.tokens.length ? (tokens[tokens.length - 1]!.end ?? run.end) : run.end;
  return { tokens, end, line: { from: hit.found.end, tokens, end } };
}

/**
 * The value tokens of every row of a table. A table laid out one cell per line may mark a blank cell
 * with an empty line (a web table copied, a text archive): a row with fewer values than cells whose
 * empty lines account for exactly the missing ones gets a blank cell at each (split.ts withBlankLines).
 * A row read by its tabs (rowTokens) has its cells already, and its line breaks (a cell in a `<p>`
 * between blank lines) say nothing of the table's usual gap. The lines before the first row (text
 * offset `headerFrom` on: the header's labels, one per line too) count towards it as table 四's do — a
 * table whose rows are all blank has no other.
 */
function tableRows(ctx: Ctx, hits: RowHit[], anchors: Found[], limit: number, headerFrom: number): { hit: RowHit; tokens: Token[]; end: number }[] {
  const rows = hits.map((hit) => ({ hit, ...rowTokens(ctx, hit, anchors, limit) }));
  const gaps: number[] = hits.length > 0 && headerFrom < hits[0]!.found.start ? gapsBetweenLines(ctx.text, headerFrom, hits[0]!.found.start) : [];
  rows.forEach((r, i) => {
    if (r.tabbed) return;
    const g = lineGaps(ctx.text, r.line);
    if (!g) return;
    gaps.push(...g.before);
    // After a row with no value the gap runs from its label to the next one, over all its blank
    // cells: no gap between two cells (counted, a table of mostly blank rows would take it as the unit).
    if (i < rows.length - 1 && r.tokens.length > 0) gaps.push(g.after);
  });
  const unit = lineUnit(gaps);
  if (unit === undefined) return rows;
  return rows.map((r, i) => {
    const cells = r.hit.row.columns.length;
    const tokens = r.tokens.length < cells && !r.tabbed ? withBlankLines(ctx.text, r.line, unit, cells, i === rows.length - 1) : undefined;
    return tokens ? { ...r, tokens } : r;
  });
}

function readTable2(ctx: Ctx, from: number, to: number): TableRead | undefined {
  const t = ctx.spec.tables.t2;
  const { hits, anchors, relabelled } = findRows(ctx, t, viewIndex(ctx.view, from), viewIndex(ctx.view, to), true, true);
  if (hits.length === 0) return undefined;
  const content = emptyTable(ctx.locate(anchors[0]!.start));
  if (relabelled.length > 0) content.relabelled = relabelled;
  let end = anchors[0]!.end;
  for (const { hit, tokens, end: runEnd } of tableRows(ctx, hits, anchors, to, from)) {
    end = Math.max(end, hit.found.end, tokens.length ? runEnd : 0);
    const types = hit.row.columns.map((c) => t.columns.find((x) => x.id === c)!.type);
    // No sum constrains a row of table 二: values the text separates are never cut further (a lost
    // blank cell would otherwise be made up by cutting a neighbour in two).
    const strict = tokens.length > 1 || tokens.some((x) => x.fieldStart);
    const { outcome } = splitRow(ctx, tokens, types, { strict });
    if (outcome.kind === 'ok') putPieces(content, hit.row.id, hit.row.columns, outcome.pieces, ctx.locate);
    else splitProblem(ctx, t, hit.row, rowData(t, hit.row), tokens, types.length, outcome, constraintText(t), content);
  }
  return { content, span: { start: anchors[0]!.start, end } };
}

function readTable3(ctx: Ctx, from: number, to: number): TableRead | undefined {
  const t = ctx.spec.tables.t3;
  // The table starts after its corner note when there is one (prose before it may use the same words).
  let start = viewIndex(ctx.view, from);
  const note = ctx.view.s.indexOf(normLabel('勾稽关系'), start);
  const toIdx = viewIndex(ctx.view, to);
  if (note >= 0 && note < toIdx) start = note;
  const { hits, anchors, relabelled } = findRows(ctx, t, start, toIdx, true);
  if (hits.length < 3) return undefined;
  const content = emptyTable(ctx.locate(hits[0]!.found.start));
  if (relabelled.length > 0) content.relabelled = relabelled;
  let end = hits[0]!.found.end;
  const pending: { hit: RowHit; tokens: Token[]; candidates: Piece[][]; truncated: boolean }[] = [];
  /** Rows no split of which satisfies their own sum: the column sums of the rows read may pin them (pinByColumns). */
  const unsplit: { hit: RowHit; tokens: Token[]; types: CellType[] }[] = [];
  const known = new Map<string, (number | null)[]>();
  for (const { hit, tokens, end: runEnd } of tableRows(ctx, hits, anchors, to, start > viewIndex(ctx.view, from) ? ctx.view.start[start]! : from)) {
    end = Math.max(end, hit.found.end, tokens.length ? runEnd : 0);
    const types = hit.row.columns.map((c) => t.columns.find((x) => x.id === c)!.type);
    const { outcome } = splitRow(ctx, tokens, types, { check: rowCheck(t, hit.row.columns) });
    if (outcome.kind === 'ok') {
      putPieces(content, hit.row.id, hit.row.columns, outcome.pieces, ctx.locate);
      known.set(hit.row.id, outcome.pieces.map((p) => p.value));
    } else if (outcome.kind === 'ambiguous' && !outcome.truncated) {
      pending.push({ hit, tokens, candidates: outcome.candidates, truncated: outcome.truncated });
    } else if (outcome.kind === 'none' && tokens.length > 0) {
      unsplit.push({ hit, tokens, types });
    } else {
      splitProblem(ctx, t, hit.row, rowData(t, hit.row), tokens, types.length, outcome, constraintText(t), content);
    }
  }
  if (pending.length > 0) resolveByColumns(ctx, t, content, pending, known);
  // After the rows read and those the column sums resolved (known): only they pin a row, never a row pinned.
  for (const u of unsplit) {
    if (!pinByColumns(ctx, t, content, u, known)) {
      splitProblem(ctx, t, u.hit.row, rowData(t, u.hit.row), u.tokens, u.types.length, { kind: 'none' }, constraintText(t), content);
    }
  }
  return { content, span: { start: hits[0]!.found.start, end } };
}

/**
 * Rows with several splits that each add up: the column equations (R1, R2) over the whole table
 * may single out one combination. Only then is it taken, with an info note; else every such row
 * is reported ambiguous and left unread.
 */
function resolveByColumns(
  ctx: Ctx,
  t: TableSpec,
  content: TableContent,
  pending: { hit: RowHit; tokens: Token[]; candidates: Piece[][]; truncated: boolean }[],
  known: Map<string, (number | null)[]>,
): void {
  const columns = t.columns.map((c) => c.id);
  const eqs = t.equations.filter((e) => e.each === 'column');
  const total = pending.reduce((a, p) => a * p.candidates.length, 1);
  const fits: number[][] = [];
  if (total <= MAX_COMBINATIONS) {
    const choice = pending.map(() => 0);
    const values = new Map(known);
    for (let n = 0; n < total; n++) {
      let k = n;
      for (let i = 0; i < pending.length; i++) {
        choice[i] = k % pending[i]!.candidates.length;
        k = Math.floor(k / pending[i]!.candidates.length);
        values.set(pending[i]!.hit.row.id, pending[i]!.candidates[choice[i]!]!.map((p) => p.value));
      }
      let ok = true;
      let checked = 0;
      for (const e of eqs) {
        for (const c of columns) {
          const ci = columns.indexOf(c);
          const terms = [...e.left, ...e.right].map((r) => values.get(r)?.[ci]);
          if (terms.some((x) => x === undefined || x === null)) continue;
          checked++;
          const sum = (ids: string[]): number => ids.reduce((a, r) => a + (values.get(r)![ci] ?? 0), 0);
          if (Math.abs(sum(e.left) - sum(e.right)) > 1e-9) {
            ok = false;
            break;
          }
        }
        if (!ok) break;
      }
      // Only a combination that the sums actually test (and pass) counts.
      if (ok && checked > 0) fits.push([...choice]);
      if (fits.length > 1) break;
    }
  }
  if (fits.length === 1) {
    pending.forEach((p, i) => {
      const pieces = p.candidates[fits[0]![i]!]!;
      putPieces(content, p.hit.row.id, p.hit.row.columns, pieces, ctx.locate);
      known.set(p.hit.row.id, pieces.map((x) => x.value));
      ctx.findings.push({
        ruleId: 'extract-resolved',
        messageId: 'resolvedBySums',
        hintId: 'original',
        data: { ...rowData(t, p.hit.row), raw: showTokens(p.tokens), chosen: showSplit(pieces) },
        location: rowLocation(t, p.hit.row),
        physical: ctx.locate(p.tokens[0]!.offset),
      });
    });
    return;
  }
  for (const p of pending) {
    splitProblem(ctx, t, p.hit.row, rowData(t, p.hit.row), p.tokens, p.hit.row.columns.length, { kind: 'ambiguous', candidates: p.candidates, truncated: p.truncated }, constraintText(t), content);
  }
}

/**
 * A row of table 三 no split of which satisfies its own sum (a real report's （七）总计 left its 商业企业 out of
 * its 总计: "21710000217" is 217 | 1 | 0 | 0 | 0 | 0 | 217): the column sums (R1, R2) may pin each of its cells
 * from the rows already read (`known`: those split and those the column sums resolved, never a guess) —
 * in each column, every equation in which this row is the only term not known gives a value. When every
 * cell has such a value and exactly one split of the row's digits (cell types kept, without the row's own
 * sum) gives each cell a value its column's equations give, that split is taken with an extract-resolved
 * note; the sum rules then find the row's own break (table3-row-total), and a column whose equations
 * disagree (table3-balance). Otherwise false: nothing is read (extract-failed, by the caller).
 */
function pinByColumns(
  ctx: Ctx,
  t: TableSpec,
  content: TableContent,
  u: { hit: RowHit; tokens: Token[]; types: CellType[] },
  known: ReadonlyMap<string, readonly (number | null)[]>,
): boolean {
  const row = u.hit.row;
  const eqs = t.equations.filter((e) => e.each === 'column' && [...e.left, ...e.right].includes(row.id));
  const valueOf = (rowId: string, column: string): number | null | undefined => {
    const spec = t.rows.find((r) => r.id === rowId);
    const i = spec ? spec.columns.indexOf(column) : -1;
    return i < 0 ? undefined : known.get(rowId)?.[i];
  };
  const pins: Set<number>[] = row.columns.map((c) => {
    const values = new Set<number>();
    for (const e of eqs) {
      // Every other term read, as a figure (a blank or a placeholder pins nothing).
      const other = (ids: string[]): number | undefined => {
        let sum = 0;
        for (const id of ids) {
          if (id === row.id) continue;
          const v = valueOf(id, c);
          if (typeof v !== 'number') return undefined;
          sum += v;
        }
        return sum;
      };
      const left = other(e.left);
      const right = other(e.right);
      if (left === undefined || right === undefined) continue;
      values.add(e.left.includes(row.id) ? right - left : left - right);
    }
    return values;
  });
  if (pins.some((p) => p.size === 0)) return false;
  const fits = (v: number | null | undefined, i: number): boolean => typeof v === 'number' && pins[i]!.has(v);
  const outcome = splitTokens(u.tokens, u.types, {
    partial: (values) => fits(values[values.length - 1], values.length - 1),
    check: (values) => values.every(fits),
  });
  if (outcome.kind !== 'ok' || !outcome.pieces.every((p, i) => fits(p.value, i))) return false;
  putPieces(content, row.id, row.columns, outcome.pieces, ctx.locate);
  ctx.findings.push({
    ruleId: 'extract-resolved',
    messageId: 'resolvedByColumns',
    hintId: 'original',
    data: { ...rowData(t, row), raw: showTokens(u.tokens), chosen: showSplit(outcome.pieces), constraint: constraintText(t) ?? '' },
    location: rowLocation(t, row),
    physical: ctx.locate(u.tokens[0]!.offset),
  });
  return true;
}

// ---------------------------------------------------------------------------------------------
// Table 四: header labels, then 15 values (three groups of five)
// ---------------------------------------------------------------------------------------------

/** Table 四's labels (columns with their variants, rows, groups) as the view writes them, longest first. */
const headerLabels = new WeakMap<TableSpec, string[]>();

/**
 * Table 四's column labels printed with a slip in its header, view span [from, to): what is left between
 * the table's own labels, each piece matched by the grid readers' columnTypo (bounded, unique). The
 * figures are read by position all the same; the slip is for table-label.
 */
function headerSlips(ctx: Ctx, t: TableSpec, from: number, to: number): Relabelled[] {
  let labels = headerLabels.get(t);
  if (!labels) {
    const all = [...t.columns.flatMap((c) => [c.label, ...(c.variants ?? [])]), ...t.rows.map((r) => r.label), ...t.rowGroups.map((g) => g.label)];
    labels = [...new Set(all.map(normLabel))].filter((l) => l !== '').sort((x, y) => y.length - x.length);
    headerLabels.set(t, labels);
  }
  const s = ctx.view.s;
  const out: Relabelled[] = [];
  let piece = from;
  const flush = (end: number): void => {
    if (end <= piece) return;
    const id = columnTypo(s.slice(piece, end), t, ctx.spec.id);
    if (id === undefined) return;
    const start = ctx.view.start[piece]!;
    out.push({ kind: 'column', id, label: ctx.text.slice(start, ctx.view.end[end - 1]!).replace(/[\s\u00a0\u3000]+/gu, ''), source: ctx.locate(start) });
  };
  for (let i = from; i < to; ) {
    const l = labels.find((x) => s.startsWith(x, i));
    if (l === undefined) {
      i++;
      continue;
    }
    flush(i);
    i += l.length;
    piece = i;
  }
  flush(to);
  return out;
}

function readTable4(ctx: Ctx, from: number, to: number): TableRead | undefined {
  const t = ctx.spec.tables.t4;
  const a = viewIndex(ctx.view, from);
  const b = viewIndex(ctx.view, to);
  // The header ends with the third "总计" (one per group).
  const totalForm = normLabel(t.columns.find((c) => c.id === 'total')!.label);
  const starts: number[] = [];
  for (let i = ctx.view.s.indexOf(totalForm, a); i >= 0 && i < b; i = ctx.view.s.indexOf(totalForm, i + 1)) starts.push(i);
  if (starts.length === 0) return undefined;
  const head = ctx.view.s.indexOf(normLabel(t.rows[0]!.label), a);
  const lastTotal = starts[Math.min(2, starts.length - 1)]!;
  const afterHeader = ctx.view.end[lastTotal + totalForm.length - 1]!;
  const run = valueRun(ctx.text, afterHeader, to);
  const cellCount = tableCells(t).length;
  // A row copied from a web page, each cell after a tab: its tabs place every cell, blank ones too.
  const tabbed = tabCells(ctx.text, afterHeader, run.end, cellCount, false);
  let tokens = tabbed?.tokens ?? withoutTrailingProse(run.tokens, cellCount, ctx.text);
  const end = tabbed?.end ?? (tokens.length < run.tokens.length ? (tokens[tokens.length - 1]?.end ?? run.end) : run.end);
  const tableStart = head >= 0 && head < lastTotal ? ctx.view.start[head]! : ctx.view.start[starts[0]!]!;
  if (tokens.length < cellCount) {
    // One cell per line, blank cells as empty lines: the header's labels, one per line too, give the usual gap.
    const line = { from: afterHeader, tokens, end };
    const unit = lineUnit([...gapsBetweenLines(ctx.text, tableStart, afterHeader), ...(lineGaps(ctx.text, line)?.before ?? [])]);
    tokens = (unit !== undefined ? withBlankLines(ctx.text, line, unit, cellCount, true) : undefined) ?? tokens;
  }
  const content = emptyTable(ctx.locate(tableStart));
  const slips = headerSlips(ctx, t, head >= 0 && head < lastTotal ? head : a, lastTotal);
  if (slips.length > 0) content.relabelled = slips;
  const cols = t.columns.map((c) => c.id);
  const types = t.rows.flatMap((r) => r.columns.map((c) => t.columns.find((x) => x.id === c)!.type));
  const check = rowCheck(t, cols);
  const group = cols.length;
  const byGroups = (values: (number | null)[]): boolean => {
    if (!check) return true;
    for (let g = 0; g + group <= values.length; g += group) if (!check(values.slice(g, g + group))) return false;
    return true;
  };
  const { outcome } = splitRow(ctx, tokens, types, {
    partial: (values) => (values.length % group === 0 ? byGroups(values.slice(values.length - group)) : true),
    check: byGroups,
  });
  if (outcome.kind === 'ok') {
    t.rows.forEach((r, i) => putPieces(content, r.id, r.columns, outcome.pieces.slice(i * group, (i + 1) * group), ctx.locate));
  } else if (outcome.kind !== 'none' || !pinnedGroups(ctx, t, content, tokens, types)) {
    splitProblem(ctx, t, undefined, { table: t.number, row: t.rows.map((r) => r.label).join('、') }, tokens, types.length, outcome, constraintText(t));
  }
  return { content, span: { start: tableStart, end: tokens.length ? end : afterHeader } };
}

/**
 * Table 四's run of digits that no split makes add up in every row (a real sum break, or a misprint):
 * of the splits in which the most rows add up, the rows every one of them gives the same figures are
 * read as such — a row whose figures are fixed but do not add up is then the sum rules' to report, at
 * its cells — and each stretch of rows left is reported on its own, with its own digits: "00202000001324015"
 * reads 行政复议 0 0 2 0 2 and 未经复议直接起诉 0 0 0 0 0 (every split in which two rows add up), and
 * 复议后起诉's "1324015" is reported, no split of it adding up. False when no row is pinned.
 */
function pinnedGroups(ctx: Ctx, t: TableSpec, content: TableContent, tokens: Token[], types: CellType[]): boolean {
  const free = splitTokens(tokens, types);
  const all = free.kind === 'ok' ? [free.pieces] : free.kind === 'ambiguous' && !free.truncated ? free.candidates : [];
  const group = t.columns.length;
  const part = (split: Piece[], i: number): Piece[] => split.slice(i * group, (i + 1) * group);
  const check = rowCheck(t, t.columns.map((c) => c.id));
  // The splits in which the most rows add up (a misprint breaks one row, not the cut of the others).
  const adding = all.map((split) => t.rows.filter((_, i) => !check || check(part(split, i).map((p) => p.value))).length);
  const most = Math.max(0, maxOf(adding));
  const splits = all.filter((_, k) => adding[k] === most);
  if (splits.length === 0) return false;
  const key = (pieces: Piece[]): string => pieces.map((p) => `${p.offset}:${p.raw}`).join(' ');
  const pinned = t.rows.map((_, i) => splits.every((c) => key(part(c, i)) === key(part(splits[0]!, i))));
  if (!pinned.some(Boolean)) return false;
  const first = splits[0]!;
  const textEnd = (tk: Token): number => tk.offset + tk.text.length;
  for (let i = 0; i < t.rows.length; ) {
    if (pinned[i]) {
      const row = t.rows[i]!;
      putPieces(content, row.id, row.columns, part(first, i), ctx.locate);
      // Read from several splits of the run (sums aside): say which and why.
      if (all.length > 1) {
        ctx.findings.push({
          ruleId: 'extract-resolved',
          messageId: 'resolvedByRows',
          hintId: 'original',
          data: { ...rowData(t, row), raw: showTokens(tokens), rows: t.rows.map((r) => `“${r.label}”`).join('、'), chosen: showSplit(part(first, i)), constraint: constraintText(t) ?? '' },
          location: rowLocation(t, row),
          physical: ctx.locate(part(first, i)[0]!.offset),
        });
      }
      i++;
      continue;
    }
    let j = i;
    while (j < t.rows.length && !pinned[j]) j++;
    // The rows' digits: from the end of the pinned row before them to the start of the pinned row after.
    const from = i > 0 ? (() => { const last = part(first, i - 1).at(-1)!; return last.offset + last.raw.length; })() : tokens[0]!.offset;
    const to = j < t.rows.length ? part(first, j)[0]!.offset : textEnd(tokens.at(-1)!);
    const own = tokens.flatMap((tk): Token[] => {
      const a = Math.max(from, tk.offset);
      const b = Math.min(to, textEnd(tk));
      return a < b ? [{ text: tk.text.slice(a - tk.offset, b - tk.offset), offset: a, ...(a === tk.offset && tk.fieldStart ? { fieldStart: true } : {}) }] : [];
    });
    const rows = t.rows.slice(i, j);
    const cells = rows.reduce((n, r) => n + r.columns.length, 0);
    const data = rows.length === 1 ? rowData(t, rows[0]!) : { table: t.number, row: rows.map((r) => r.label).join('、') };
    splitProblem(ctx, t, rows.length === 1 ? rows[0] : undefined, data, own, cells, { kind: 'none' }, constraintText(t));
    i = j;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// The whole text
// ---------------------------------------------------------------------------------------------

/** How well a table read fits the layout it was read by: cells read, less those it could not place. */
const fit = (r: TableRead | undefined): number => (r ? Object.keys(r.content.cells).length - r.content.extras.length : -1);

/**
 * Mixed layouts (#17 items 1, 2), as the grid readers do (grid.ts mixedLayouts): a table that does not fit
 * the report's version — cells left unread or missing: a 2021 report whose table 三 keeps the 2019 single
 * （六）其他处理 row, whose three sub-rows are then missing; a 2021 report whose table 二 keeps the 2019
 * columns, the reverse — is read again by the other version and taken, with `layout` set, when that reads
 * strictly more of it. The findings are those of the reading taken. The version of the report itself is
 * settled later from its year (analysis/resolve.ts settleMixedFormat), and table-layout reports the mix once.
 */
function ownLayout(ctx: Ctx, id: 't2' | 't3', from: number, to: number, read: (c: Ctx) => TableRead | undefined): TableRead | undefined {
  const by = (spec: FormatSpec): { read: TableRead | undefined; findings: Finding[] } => {
    const c: Ctx = { ...ctx, spec, findings: [] };
    return { read: read(c), findings: c.findings };
  };
  const other = getFormat(FORMAT_IDS.find((f) => f !== ctx.spec.id)!);
  // Only where the table's own words do not say it is the report's version: without cell boundaries a row
  // of the other version may seem to fit better (2021's one-figure 行政许可 row takes any digits), so a
  // table printing more of its version's labels (本年制发件数, 本年新制作数量 …) than of the other's is read
  // by its version, whatever it leaves unread.
  const own = formatByMarkers('', ctx.view.s.slice(viewIndex(ctx.view, from), viewIndex(ctx.view, to)));
  let taken = by(ctx.spec);
  if (taken.read && fit(taken.read) < tableCells(ctx.spec.tables[id]).length && own !== ctx.spec.id) {
    const alt = by(other);
    if (alt.read && fit(alt.read) > fit(taken.read)) {
      alt.read.content.layout = other.id;
      taken = alt;
    }
  }
  ctx.findings.push(...taken.findings);
  return taken.read;
}

/**
 * Reads a report out of plain text. Exported for tests and for the HTML and DOCX readers, which
 * read tables written as text (not as table markup) this way; `locate` maps offsets of `text` to
 * their physical source (default: line:column of `text`).
 */
export function analyseText(text: string, path: string, reader = 'text', locate: Locate = lineLocator(text)): Report {
  const meta = findMeta(text, locate);
  const body = meta.bodyStart;
  const view = normView(text);
  const format = formatByMarkers(text, view.s.slice(viewIndex(view, body)));
  const spec = getFormat(format ?? (meta.year !== undefined ? formatForYear(meta.year) : undefined) ?? '2021');
  const headings = findHeadings(text, body);
  const findings: Finding[] = [];
  // Tables are read with full-width digits as ASCII ones (one for one: offsets and locations hold), so a
  // row typed in full width ("１.属于国家秘密０００００００２.其他…") splits as one typed in ASCII does.
  const ctx: Ctx = { text: asciiDigits(text), view, spec, locate, findings };
  const at = (id: string): Heading | undefined => headings.find((h) => h.id === id);
  const nextAfter = (offset: number): number => headings.find((h) => h.start > offset)?.start ?? text.length;
  const tables: Report['tables'] = {};
  const spans: Span[] = [];

  // Table 二: in section 二 (or, without that heading, before table 三).
  const s2 = at('s2');
  const s3 = at('s3');
  const s4 = at('s4');
  const t2From = s2?.end ?? body;
  const t2To = s2 ? nextAfter(s2.end) : (s3?.start ?? text.length);
  const t2 = ownLayout(ctx, 't2', t2From, t2To, (c) => readTable2(c, t2From, t2To));
  if (t2) {
    tables.t2 = t2.content;
    spans.push(t2.span);
  }
  const t3From = s3?.end ?? t2?.span.end ?? body;
  const t3To = s3 ? nextAfter(s3.end) : (s4?.start ?? text.length);
  const t3 = ownLayout(ctx, 't3', t3From, t3To, (c) => readTable3(c, t3From, t3To));
  if (t3) {
    tables.t3 = t3.content;
    spans.push(t3.span);
  }
  // Table 四: in section 四, or, without that heading, after table 三 up to the next heading.
  const t4From = s4?.end ?? t3?.span.end;
  if (t4From !== undefined) {
    const t4 = readTable4(ctx, t4From, nextAfter(t4From));
    if (t4) {
      tables.t4 = t4.content;
      spans.push(t4.span);
    }
  }
  const sections = sectionsFrom(text, headings, text.length, spans, locate);
  return newReport({ path, reader, title: meta.title, agency: meta.agency, year: meta.year, period: meta.period, format, sections, tables, findings });
}

/**
 * Completes the tables a grid reader (HTML, DOCX) found with the tables written as text in the same
 * document: those it did not find as table markup, with the text reader's findings about them.
 */
export function withTextTables(
  found: { tables: Report['tables']; findings: Finding[] },
  text: string,
  path: string,
  reader: string,
  at: Locate,
): { tables: Report['tables']; findings: Finding[]; format: Report['format'] } {
  const tables = { ...found.tables };
  const findings = [...found.findings];
  const missing = TABLE_IDS.filter((t) => !tables[t]);
  if (missing.length === 0) return { tables, findings, format: undefined };
  const fromText = analyseText(text, path, reader, at);
  for (const t of missing) if (fromText.tables[t]) tables[t] = fromText.tables[t];
  findings.push(...fromText.findings.filter((f) => f.location.table !== undefined && missing.includes(f.location.table as TableId)));
  return { tables, findings, format: fromText.format };
}

export function readText(input: ReadInput): Report {
  const { text: raw } = decodeText(input.bytes, input.encoding);
  if (raw.length > MAX_TEXT_CHARS) throw textTooLong(raw.length);
  const text = raw.replace(/\r\n?/g, '\n');
  // Text copied out of a PDF whose text layer gives other characters for some (wrong-chars.ts): 10 places
  // or more, one read error instead of an error for every label that no longer matches; fewer, a warning.
  const wrong = wrongPlaces(text);
  if (wrong.count === 0) return analyseText(text, input.path);
  const locate = lineLocator(text);
  const at = locate(wrong.at);
  const data = { count: wrong.count, example: wrong.example, line: at.line ?? 1 };
  if (wrong.count >= WRONG_MAX) throw new ReadError('read-error', 'textWrongChars', data);
  const report = analyseText(text, input.path, 'text', locate);
  return { ...report, findings: [{ ruleId: 'extract-failed', messageId: 'wrongCharsText', data, location: {}, physical: at }, ...report.findings] };
}

const reader: Reader = { name: 'text', read: readText };
export default reader;
