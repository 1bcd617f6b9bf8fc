/**
 * Text set 分散对齐 — distributed, Word's `w:jc distribute`, which LibreOffice prints justified to both edges
 * down to its last line, or a browser's `text-align: justify; text-align-last: justify`: a short label's
 * characters spread evenly over its cell's width, "行 政 规 范 性 文 件" 13.6 points apart in 10.5 pt, "信 息 内
 * 容" 37.8, "规 … 章" 134.5. pdfjs hands each character (or each few) as a piece of its own, which a table
 * without rules reads as that many columns: each such run is joined into one item here, before the table's
 * columns are looked for (pdf-columns.ts `linesOf`), and set as the same text centred in the same place would
 * be (a block heading spread over table 二's width is as narrow as its text, as a centred one is) — or, a line
 * of a label wrapped over several, as wide as its full lines.
 *
 * Characters evenly spaced are also what a table of narrow columns of equal width prints when its headings
 * stand a character a line ("结 结 其 尚" over the columns of table 四, "尚 … 结" where 总计's column has no
 * character on that line), and those must stay apart. A run (two characters or more, each alone, the first
 * perhaps a row's numbering, "3.") is taken as spread text only
 * - where figures stand on its line or the next few (its table's), when, standing over them, it keeps none
 *   of their columns — its step is none of theirs, and fewer than half its characters stand where a figure
 *   does — and either it stands over the figures within one of their columns ("商 业" over "企 业"), or, not
 *   going on down its characters' columns on the line above or below where it stands over the figures, it
 *   has three characters or more or another run on the page has the same two ends and a different number of
 *   them (labels spread over one cell: "规 … 章" and "行 政 规 范 性 文 件" between the same edges) or, left
 *   of the figures, a full line of its label stands just above or below from its one end to its other (its
 *   last line, "提 供" under "（ 四 ） 无 法");
 * - where no figures follow (headings closing a page, their figures on the next), when it has three
 *   characters or more and another run has its ends (with a different number of characters, or each where
 *   those of a run taken on its figures stand — on its page, or, for the headings closing a page that open
 *   the table on the next, on that page: spreadSigns), or it is a label's last line as above ("事 项" under
 *   "8.属于行政查询" closing a page), and nothing goes on down its characters' columns.
 * Nothing else is guessed. A run is first cut where it crosses from one cell into the next, a line beside
 * starting a text where one of its characters stands, the other cell's text between (acrossCells). Headings of columns whose gaps are no wider than their characters' run together
 * evenly: a run over figures is cut at the halfway points between the figures' columns into parts of one
 * length, each across its column's middle (headingsApart), and a heading's first characters caught at the
 * end of the run before are handed back where that sets it centred over its figures (handedOver).
 */
import { parseCellText } from '../model/cell.js';
import { isValueText } from './grid-labels.js';
import type { TextItem } from './pdf-page.js';

/** Characters set apart at least this many font sizes (less is ordinary text, which needs no joining). */
const SPREAD_GAP = 0.2;
/** Gaps of one spread run differ by at most this many points (positions are printed to a tenth of a point)… */
const SAME_GAP = 0.3;
/** …or this many font sizes. */
const SAME_GAP_SIZE = 0.03;
/** Two runs' ends, or a run's and a full line's, are the same within this many points (runs are looked up by their ends to the point). */
const SAME_PLACE = 1;
/** Lines one under the other stand at most this many font sizes apart (their tops). */
const NEXT_LINE = 2.5;
/** …the nearest this many of them each way. */
const NEIGHBOURS = 8;
/** The line of figures a run is compared with is its own or one at most this many lines below it. */
const FIGURES_WITHIN = 12;

interface Char {
  ch: string;
  x0: number;
  x1: number;
  item: TextItem;
  /** Where it is in its item's text. */
  index: number;
}

/** Characters closer than SPREAD_GAP together: what text spreading moves as one ("3." of 3.其他, a character). */
interface Unit {
  chars: Char[];
  x0: number;
  x1: number;
  text: string;
}

interface Run {
  line: number;
  units: Unit[];
  chars: Char[];
  items: TextItem[];
}

/** A line's characters left to right, each where it stands (TextItem.xs, else an even share of its item). */
function charsOf(line: TextItem[]): Char[] {
  const out: Char[] = [];
  for (const it of line) {
    const n = it.text.length;
    const xs = it.xs && it.xs.length === n ? it.xs : undefined;
    for (let i = 0; i < n; i++) {
      const ch = it.text[i]!;
      if (ch.trim() === '') continue;
      const x0 = it.x0 + (xs ? xs[i]! : ((it.x1 - it.x0) * i) / n);
      const x1 = i + 1 < n ? it.x0 + (xs ? xs[i + 1]! : ((it.x1 - it.x0) * (i + 1)) / n) : it.x1;
      out.push({ ch, x0, x1, item: it, index: i });
    }
  }
  return out;
}

/** A line's characters in units (see Unit). */
function unitsOf(chars: Char[]): Unit[] {
  const out: Unit[] = [];
  for (const c of chars) {
    const last = out[out.length - 1];
    if (last && c.x0 - last.x1 < c.item.size * SPREAD_GAP) {
      last.chars.push(c);
      last.x1 = Math.max(last.x1, c.x1);
      last.text += c.ch;
    } else out.push({ chars: [c], x0: c.x0, x1: c.x1, text: c.ch });
  }
  return out;
}

/**
 * Whether a unit can be spread text's: one character, not a figure or a Latin letter (a cell's figures are
 * not; "/" of 本年增/减 is) — or a row's numbering first ("3." of 3.其他). (Never more: text spread moves
 * each character, and "三、本年度办" closing its cell 11 points before "（ 一 ） 予 以 公 开", spread 11
 * points apart in the next, is no part of it.)
 */
const spreadable = (u: Unit, first: boolean): boolean => (u.chars.length === 1 && !/[0-9A-Za-z]/.test(u.text)) || (first && /^\d{1,2}[.、．]$/.test(u.text));

/** A run of a line's units, with their characters and the items those come from (each once). */
function runOf(line: number, units: Unit[]): Run {
  const chars = units.flatMap((u) => u.chars);
  return { line, units, chars, items: [...new Set(chars.map((c) => c.item))] };
}

/**
 * A line's runs of units evenly spread: two or more, each spreadable, set apart by the same gap (of at least
 * SPREAD_GAP, as units are), each unit in one run at most (the first that reaches it). A run may take part
 * of an item: the neighbouring cells' texts with no padding between them are one item, "议 行" of 行政复议 |
 * 行政诉讼.
 */
function runsOf(units: Unit[], line: number): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < units.length - 1) {
    const a = units[i]!;
    if (!spreadable(a, true) || !spreadable(units[i + 1]!, false)) {
      i++;
      continue;
    }
    const size = a.chars[0]!.item.size;
    const gap = units[i + 1]!.x0 - a.x1;
    const tol = Math.max(SAME_GAP, size * SAME_GAP_SIZE);
    let j = i + 1;
    while (j + 1 < units.length && spreadable(units[j + 1]!, false) && Math.abs(units[j + 1]!.x0 - units[j]!.x1 - gap) <= tol) j++;
    out.push(runOf(line, units.slice(i, j + 1)));
    i = j + 1;
  }
  return out;
}

/**
 * A line's figures: its numbers, and its placeholders ("无", "/", "-") after the last of its other text — not
 * "无" of 申请人无正当理由 standing alone among a label's pieces, nor "/" of 本年增/减 among the headings.
 */
function figuresOf(line: TextItem[]): TextItem[] {
  let last = -1;
  line.forEach((i, k) => {
    if (!isValueText(i.text)) last = k;
  });
  return line.filter((i, k) => isValueText(i.text) && (k > last || parseCellText(i.text).kind === 'number'));
}

/** Where a line's figures stand, each list sorted: left ends, right ends, middles, and the steps between neighbours'. */
interface Places {
  x0s: number[];
  x1s: number[];
  mids: number[];
  steps: number[];
}

function placesOf(figures: TextItem[]): Places {
  const sorted = [...figures].sort((a, b) => a.x0 - b.x0);
  // (Between neighbours as wide as each other, whatever sets them in their cells: "13" and "2" centred step
  // their columns' pitch and a few points more or less.)
  const steps: number[] = [];
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k - 1]!;
    const b = sorted[k]!;
    if (Math.abs(b.x1 - b.x0 - (a.x1 - a.x0)) <= SAME_PLACE / 2) steps.push(b.x0 - a.x0);
  }
  const up = (a: number, b: number): number => a - b;
  return { x0s: sorted.map((f) => f.x0), x1s: sorted.map((f) => f.x1).sort(up), mids: sorted.map((f) => (f.x0 + f.x1) / 2).sort(up), steps: steps.sort(up) };
}

/** Whether a sorted list holds a number within `within` points of x. */
function near(sorted: number[], x: number, within: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (sorted[m]! < x - within) lo = m + 1;
    else hi = m;
  }
  return lo < sorted.length && sorted[lo]! <= x + within;
}

/**
 * Whether a run stands within one column of the figures (the middles of the figures either side of it
 * halfway out, their middles sorted): a heading spread over its own column's width, "商 业" over "企 业" in
 * table 三's 商业企业 column, never a character a column.
 */
function withinColumn(run: Run, at: Places): boolean {
  const m = at.mids;
  if (m.length < 2) return false;
  const columnOf = (x: number): number => {
    let lo = 0;
    let hi = m.length - 1;
    while (lo < hi) {
      const k = (lo + hi) >> 1;
      if (x > (m[k]! + m[k + 1]!) / 2) lo = k + 1;
      else hi = k;
    }
    return lo;
  };
  const x0 = run.chars[0]!.x0;
  const x1 = run.chars[run.chars.length - 1]!.x1;
  const last = m.length - 1;
  // (Not outside the figures' outer columns, each as wide as its neighbour.)
  return columnOf(x0) === columnOf(x1) && x0 > m[0]! - (m[1]! - m[0]!) / 2 && x1 < m[last]! + (m[last]! - m[last - 1]!) / 2;
}

/**
 * Whether a run keeps the columns of the figures below it: its step one of theirs (as exactly as its gaps
 * are equal: a heading a character a column steps as the columns do, to a few tenths of a point — "复 议 后 起
 * 诉" spread over five columns 31.7 points apart steps 32.3), or half its characters or more where figures stand.
 */
function keepsColumns(run: Run, at: Places): boolean {
  const u = run.units;
  const within = Math.max(SAME_GAP, run.chars[0]!.item.size * SAME_GAP_SIZE);
  if (near(at.steps, (u[u.length - 1]!.x0 - u[0]!.x0) / (u.length - 1), within)) return true;
  let on = 0;
  for (const p of u) if (near(at.x0s, p.x0, within) || near(at.x1s, p.x1, within) || near(at.mids, (p.x0 + p.x1) / 2, within)) on++;
  return on >= 2 && 2 * on >= u.length;
}

/**
 * The lines (items left to right, top line first) with each run of spread text one item: its characters
 * without the spaces between them, centred where the run is (or as wide as it, a line of a label wrapped over
 * several), and what is left of an item a run took part of a piece of its own. `joined` hears of each new
 * item and the items it was made of (the page's, for telling which of them a table took); `next`, asked only
 * where a run with no figures after it stands, gives the next page's signs (spreadSigns).
 */
export function joinSpread(lines: TextItem[][], joined: (item: TextItem, parts: TextItem[]) => void, next?: () => SpreadSigns): TextItem[][] {
  const { runs, taken, units, ends, withFigures, alike, figuresFrom, stacked, wrapped, placesUnder } = chosen(lines);
  if (runs.length === 0) return lines;
  // (Or, no figures following, where such a run stands on the next page — the header of a table closing a
  // page, its rows on the next where its blocks' headings stand alike over their figures: "第 二 十 条 第 （ 一
  // ） 项" and "信 息 内 容" closing page 1, "第 二 十 条 第 （ 五 ） 项" and "信 息 内 容" over 行政许可 on page 2.)
  let there: SpreadSigns | undefined;
  const alikeThere = (r: Run): boolean => {
    if (!next) return false;
    there ??= next();
    return alike(r, there);
  };
  const first = new Set(taken);
  for (const r of runs) if (!first.has(r) && r.units.length >= 3 && figuresFrom(r.line) === undefined && (alike(r, withFigures) || alikeThere(r)) && !stacked(r)) taken.push(r);
  if (taken.length === 0) return lines;
  return joinRuns(lines, handedOver(taken.flatMap((r) => headingsApart(r, placesUnder(r))), units, placesUnder), ends, wrapped, joined);
}

/**
 * Runs over figures with the first characters of a column's heading handed over from the run before: those
 * of its last characters as far from each other and from the next run's first as that run's own are apart,
 * where the next run, with them, stands centred over a column's figures better than without them — "本" of
 * 本年增/减 set after 上一年项目数量 as far apart as that one's characters are, "年 增 / 减" further apart (a
 * browser's justified headings, their columns' gaps no wider than their characters').
 */
function handedOver(runs: Run[], units: Unit[][], placesUnder: (r: Run, below: boolean) => Places | undefined): Run[] {
  const at = new Map<Unit, Run>();
  for (const r of runs) at.set(r.units[0]!, r);
  // (Each unit's place on its line, for the unit after a run: the lines' units once each.)
  const place = new Map<Unit, number>();
  for (const k of new Set(runs.map((r) => r.line))) units[k]!.forEach((u, i) => place.set(u, i));
  const out = new Map<Run, Run>(runs.map((r) => [r, r]));
  // (Right to left along each line: the next run as it will be, having handed over its own.)
  for (const run of [...runs].sort((p, q) => p.line - q.line || q.units[0]!.x0 - p.units[0]!.x0)) {
    const a = out.get(run)!;
    const line = units[a.line]!;
    const next = line[place.get(a.units[a.units.length - 1]!)! + 1];
    const first = next && at.get(next);
    const b = first && out.get(first);
    const m = placesUnder(a, true)?.mids;
    if (!first || !b || b.units.length < 2 || !m || m.length < 2) continue;
    const step = b.units[1]!.x0 - b.units[0]!.x1;
    const size = b.chars[0]!.item.size;
    const tol = Math.max(SAME_GAP, size * SAME_GAP_SIZE);
    // (Its last characters as far apart as the next run's, and as far from its first.)
    let t = a.units.length;
    while (t > 2 && Math.abs((t === a.units.length ? b.units[0]! : a.units[t]!).x0 - a.units[t - 1]!.x1 - step) <= tol) t--;
    if (t === a.units.length) continue;
    // How far a span's middle is from the nearest figures' middle.
    const off = (x0: number, x1: number): number => m.reduce((d, x) => Math.min(d, Math.abs((x0 + x1) / 2 - x)), Infinity);
    const end = b.units[b.units.length - 1]!.x1;
    const withThem = off(a.units[t]!.x0, end);
    if (withThem >= off(b.units[0]!.x0, end) || withThem > size) continue;
    out.set(first, runOf(a.line, [...a.units.slice(t), ...b.units]));
    out.set(run, runOf(a.line, a.units.slice(0, t)));
  }
  return runs.map((r) => out.get(r)!);
}

/**
 * A run over figures, as several column headings of one length each spread over its column, the columns' gaps
 * no wider than their characters' ("本 年 新 制 作 数 量本 年 新 公 开 数 量对 外 公 开 总 数 量", a browser's
 * justified headings over table 二's three columns in 16 pt): a run a column, where the halfway points
 * between the figures' columns fall between its characters and cut it into parts of the same number of them,
 * two or more, each across its column's middle — and it stands over the figures' columns only (not a block
 * heading from the labels' column over them all). Else the run as it is.
 */
function headingsApart(r: Run, at: Places | undefined): Run[] {
  const m = at?.mids;
  if (!m || m.length < 2) return [r];
  const us = r.units;
  const last = m.length - 1;
  if (us[0]!.x0 < m[0]! - (m[1]! - m[0]!) / 2 || us[us.length - 1]!.x1 > m[last]! + (m[last]! - m[last - 1]!) / 2) return [r];
  // (Each part with the column it is over.)
  const parts: { units: Unit[]; column: number }[] = [];
  let k = 0;
  for (const [i, u] of us.entries()) {
    while (k < last && (m[k]! + m[k + 1]!) / 2 <= u.x0) {
      const cut = (m[k]! + m[k + 1]!) / 2;
      k++;
      // (A halfway point across a character: no cut.)
      if (i > 0 && cut < us[i - 1]!.x1) return [r];
    }
    if ((m[k]! + (m[k + 1] ?? Infinity)) / 2 < u.x1) return [r];
    const part = parts[parts.length - 1];
    if (part && part.column === k) part.units.push(u);
    else parts.push({ units: [u], column: k });
  }
  const n = parts[0]!.units.length;
  if (parts.length < 2 || n < 2 || parts.some((p) => p.units.length !== n)) return [r];
  // (Each over its column's figures, across their middle: not the last line of a label wrapped in its cell
  // beside them, "事务 信息" over a figure standing in the labels' column.)
  if (parts.some((p) => p.units[0]!.x0 > m[p.column]! || p.units[p.units.length - 1]!.x1 < m[p.column]!)) return [r];
  return parts.map((p) => runOf(r.line, p.units));
}

/**
 * Where a page's runs of spread text taken on figures' evidence stand: by their ends (to the point), where
 * each of their units starts (to the point). Another page's runs closing it may be taken on them (joinSpread).
 */
export type SpreadSigns = Map<string, Set<string>>;

/** The signs of the runs of spread text a page's lines show over their figures (see SpreadSigns). */
export function spreadSigns(lines: TextItem[][]): SpreadSigns {
  return chosen(lines).withFigures;
}

/** Units of a run to the point (the key of SpreadSigns' values). */
const sign = (r: Run): string => r.units.map((u) => Math.round(u.x0)).join(',');
/** A run's ends to the point (the key of SpreadSigns). */
const endsKey = (x0: number, x1: number): string => `${Math.round(x0)}:${Math.round(x1)}`;

/** A page's runs of spread text, those taken on the page's own evidence, and what joinSpread asks of them after. */
interface Chosen {
  runs: Run[];
  taken: Run[];
  units: Unit[][];
  ends: (r: Run) => [number, number];
  withFigures: SpreadSigns;
  /** Whether a run stands as one of `signs` does, each unit where that one's does. */
  alike: (r: Run, signs: SpreadSigns) => boolean;
  figuresFrom: (k: number) => number | undefined;
  stacked: (r: Run) => boolean;
  wrapped: (r: Run, spread?: Map<number, Run[]>, last?: boolean) => boolean;
  placesUnder: (r: Run, below?: boolean) => Places | undefined;
}

/**
 * Runs cut where they cross from one cell into the next: before a unit that starts where a line just above or
 * below starts a text (the first of a run, or a piece of two characters or more: "1.", "不予处"), that line
 * having text between the unit and the one before it in the run (the other cell's, ending there). The last
 * line of a group label and a row's label beside it spread alike on one line, "理 申 请" (理 of （五）不予处理,
 * 申 请 of 1.信访举报投诉类申请, in a 公文's 16 pt), are two; the parts of one unit are no runs.
 */
function acrossCells(runs: Run[], units: Unit[][], besideLine: (k: number, size: number, test: (n: number) => boolean) => boolean): Run[] {
  if (runs.length === 0) return runs;
  // Where text starts on each line, and where its units end, sorted.
  const up = (a: number, b: number): number => a - b;
  const starts = units.map((us) => us.filter((u) => u.chars.length > 1).map((u) => u.x0));
  for (const r of runs) starts[r.line]!.push(r.units[0]!.x0);
  for (const xs of starts) xs.sort(up);
  const endsAt = units.map((us) => us.map((u) => u.x1).sort(up));
  // (Whether a sorted list holds a number from a to b: none where b < a.)
  const between = (xs: number[], a: number, b: number): boolean => near(xs, (a + b) / 2, (b - a) / 2);
  return runs.flatMap((r) => {
    const size = r.chars[0]!.item.size;
    const within = Math.max(SAME_GAP, size * SAME_GAP_SIZE);
    const parts: Unit[][] = [[r.units[0]!]];
    for (let i = 1; i < r.units.length; i++) {
      const u = r.units[i]!;
      const before = r.units[i - 1]!;
      const cut = besideLine(r.line, size, (n) => near(starts[n]!, u.x0, within) && between(endsAt[n]!, before.x1 + within, u.x0 - within));
      if (cut) parts.push([u]);
      else parts[parts.length - 1]!.push(u);
    }
    if (parts.length === 1) return [r];
    return parts.filter((p) => p.length >= 2).map((p) => runOf(r.line, p));
  });
}

/** The runs of a page's lines and those taken on the page's own evidence (joinSpread). */
function chosen(lines: TextItem[][]): Chosen {
  const chars = lines.map(charsOf);
  const units = chars.map(unitsOf);
  const tops = lines.map((l) => l.reduce((m, i) => Math.max(m, i.y1), -Infinity));
  // Whether `test` holds for a line just above or below line k (a line's spacing away at most, the nearest
  // few: a hostile page's lines may stand a hair apart).
  const besideLine = (k: number, size: number, test: (n: number) => boolean): boolean => {
    for (let n = k - 1; n >= 0 && k - n <= NEIGHBOURS && Math.abs(tops[n]! - tops[k]!) <= size * NEXT_LINE; n--) if (test(n)) return true;
    for (let n = k + 1; n < lines.length && n - k <= NEIGHBOURS && Math.abs(tops[n]! - tops[k]!) <= size * NEXT_LINE; n++) if (test(n)) return true;
    return false;
  };
  const besideLines = (r: Run, size: number, test: (n: number) => boolean): boolean => besideLine(r.line, size, test);
  const runs = acrossCells(units.flatMap((u, k) => runsOf(u, k)), units, besideLine);
  const byLine = new Map<number, Run[]>();
  for (const r of runs) {
    const list = byLine.get(r.line);
    if (list) list.push(r);
    else byLine.set(r.line, [r]);
  }
  // How many runs of each number of units have each pair of ends (to the point), for finding another with
  // the same ends and a different number.
  const key = endsKey;
  const ends = (r: Run): [number, number] => [r.chars[0]!.x0, r.chars[r.chars.length - 1]!.x1];
  const byEnds = new Map<string, Map<number, number>>();
  for (const r of runs) {
    const k = key(...ends(r));
    const counts = byEnds.get(k) ?? new Map<number, number>();
    counts.set(r.units.length, (counts.get(r.units.length) ?? 0) + 1);
    byEnds.set(k, counts);
  }
  const around = (x0: number, x1: number): string[] => [-1, 0, 1].flatMap((d0) => [-1, 0, 1].map((d1) => key(x0 + d0, x1 + d1)));
  const sameEnds = (r: Run): boolean => around(...ends(r)).some((k) => [...(byEnds.get(k)?.keys() ?? [])].some((n) => n !== r.units.length));
  // Each line's figures, and a run's line of figures: its own, else, of the next few down, the line with the
  // most (the nearest of those: not the top pieces of figures wrapped in their cells, "2" … "2" of 21 over a
  // row of seven).
  const figures = lines.map(figuresOf);
  const figuresFrom = (k: number): number | undefined => {
    // (Its own line's, where it has figures: a row's label beside its figures, not the next table's.)
    if (figures[k]!.length > 0) return k;
    let best: number | undefined;
    for (let j = k; j < lines.length && j - k <= FIGURES_WITHIN; j++) if (figures[j]!.length > (best === undefined ? 0 : figures[best]!.length)) best = j;
    return best;
  };
  // Where each line's characters standing alone start (units of one character), sorted, and where its top is.
  const starts = units.map((us) => us.filter((u) => u.chars.length === 1).map((u) => u.x0).sort((a, b) => a - b));
  // Whether a run's characters go on down their columns on a line just above or below (a line's spacing away
  // at most, whatever stands between: the headings of two groups of columns stand half a line apart), as a
  // column's heading does, a character a line ("结 结 其 尚" over "果 果 他 未 总"): half its inner units or
  // more start where characters standing alone on that line do — its first and last stand at its cell's
  // edges as any text spread over the same cell does ("行 政 诉 讼" over "未 经 复 议 直 接 起 诉"), and a
  // label's full line above its spread last line has a character wherever that has one ("3.危及“三安全" over
  // "一 稳 定 ”") — or, of two, both.
  const stacked = (r: Run): boolean => {
    const size = r.chars[0]!.item.size;
    const within = Math.max(SAME_GAP, size * SAME_GAP_SIZE);
    const tested = r.units.length > 2 ? r.units.slice(1, -1) : r.units;
    const on = (n: number): boolean => 2 * tested.filter((u) => near(starts[n]!, u.x0, within)).length >= tested.length;
    return besideLines(r, size, on);
  };
  // Whether a run is a line of a label wrapped over several: a line just above or below (a line's spacing
  // away at most) holds one unit from the run's one end to its other — or, `spread` given (runs by line), a
  // run from the same end to the same end with as many characters: every full line of a label spread over
  // its cell, "7. 属 于 行" over "政 执 法 案" in a 公文's 16 pt; `last`: with more characters (a label's last
  // line under its full ones, "申 请" under "报 投 诉 类").
  // (Runs by line looked up by their line and ends to the point, not searched: a hostile line may hold tens of
  // thousands.)
  const indexes = new WeakMap<Map<number, Run[]>, Map<number, Map<string, Run[]>>>();
  const indexOf = (spread: Map<number, Run[]>): Map<number, Map<string, Run[]>> => {
    let ix = indexes.get(spread);
    if (!ix) {
      ix = new Map();
      for (const [n, rs] of spread) {
        const onLine = new Map<string, Run[]>();
        for (const o of rs) {
          const k = key(...ends(o));
          const list = onLine.get(k);
          if (list) list.push(o);
          else onLine.set(k, [o]);
        }
        ix.set(n, onLine);
      }
      indexes.set(spread, ix);
    }
    return ix;
  };
  const wrapped = (r: Run, spread?: Map<number, Run[]>, last = false): boolean => {
    const [from, to] = ends(r);
    const size = r.chars[0]!.item.size;
    const n0 = r.units.length;
    const ix = spread && indexOf(spread);
    const keys = ix && around(from, to);
    const alongside = (o: Run): boolean => o !== r && (last ? o.units.length > n0 : o.units.length === n0) && Math.abs(ends(o)[0] - from) <= SAME_PLACE && Math.abs(ends(o)[1] - to) <= SAME_PLACE;
    const full = (n: number): boolean => {
      const onLine = ix?.get(n);
      if (onLine && keys!.some((k) => onLine.get(k)?.some(alongside) === true)) return true;
      // (The line's units from the first that starts within a point of the run's start: they are in order.)
      const us = units[n]!;
      let lo = 0;
      let hi = us.length;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (us[m]!.x0 < from - SAME_PLACE) lo = m + 1;
        else hi = m;
      }
      for (let i = lo; i < us.length && us[i]!.x0 <= from + SAME_PLACE; i++) if (Math.abs(us[i]!.x1 - to) <= SAME_PLACE) return true;
      return false;
    };
    return besideLines(r, size, full);
  };
  const places = new Map<number, Places>();
  // The figures' places under a run, if any (read once a line of figures): its line's, or the next few's;
  // `below`: the next few's only (a heading's line may hold a "/" among its headings, 本年增/减's).
  const placesUnder = (r: Run, below = false): Places | undefined => {
    const k = below ? (r.line + 1 < lines.length ? figuresFrom(r.line + 1) : undefined) : figuresFrom(r.line);
    if (k === undefined) return undefined;
    let at = places.get(k);
    if (!at) places.set(k, (at = placesOf(figures[k]!)));
    return at;
  };
  const taken = runs.length === 0 ? [] : runs.filter((r) => {
    const at = placesUnder(r);
    if (at) {
      // (Nor, over the figures, going on down its characters' columns: centred headings a character a
      // column over figures set at the right of their cells, "未 总 果" over "审 计 维", which keep no step of
      // the figures' where 总计's columns are narrower, or "尚 … 结" over "未 总 果", 总计's column empty on
      // that line. Labels spread alike one under the other, "信 息 内 容" over "行 政 许 可", stand left of
      // the figures.)
      // (Of two characters left of the figures, also the last line of a label wrapped over several, a full
      // line of it just above or below from the same end to the same end: "提 供" under "（四）无法". Keeping
      // the figures' step tells headings a character a column only over them: a label spread left of them
      // may step as they do, "家 秘 密" 30.9 points apart beside figures 31 apart in a 公文's 16 pt.)
      const over = r.chars[r.chars.length - 1]!.x1 > at.x0s[0]!;
      return !(over && keepsColumns(r, at)) && ((over && withinColumn(r, at)) || (!(over && stacked(r)) && (r.units.length >= 3 || sameEnds(r) || (!over && wrapped(r, byLine, true)))));
    }
    // (No figures beside or under it — headings closing a page, their figures on the next, perhaps the first
    // line of a heading a character a column, the rest on the next page —: only with another run of the same
    // ends, or as the last line of a label wrapped over several ("事 项" closing a page under "8.属于行政查
    // 询"), nothing going on down its characters' columns.)
    return ((r.units.length >= 3 && sameEnds(r)) || wrapped(r, byLine, true)) && !stacked(r);
  });
  // (Or, no figures following, where a run taken on figures' evidence stands: each character where that one's
  // does — table 二's block heading "第 二 十 条 第 （ 八 ） 项" closing the page, its block on the next, as
  // "第 二 十 条 第 （ 一 ） 项" over its figures: joinSpread.)
  const withFigures: SpreadSigns = new Map();
  for (const r of taken) {
    if (figuresFrom(r.line) === undefined) continue;
    const k = key(...ends(r));
    const signs = withFigures.get(k) ?? new Set<string>();
    signs.add(sign(r));
    withFigures.set(k, signs);
  }
  const alike = (r: Run, signs: SpreadSigns): boolean => around(...ends(r)).some((k) => signs.get(k)?.has(sign(r)) === true);
  return { runs, taken, units, ends, withFigures, alike, figuresFrom, stacked, wrapped, placesUnder };
}

/** The lines with the runs `taken` each one item (joinSpread). */
function joinRuns(
  lines: TextItem[][],
  taken: Run[],
  ends: (r: Run) => [number, number],
  wrapped: (r: Run, spread?: Map<number, Run[]>, last?: boolean) => boolean,
  joined: (item: TextItem, parts: TextItem[]) => void,
): TextItem[][] {
  const byLine = new Map<number, Run[]>();
  for (const r of taken) {
    const list = byLine.get(r.line);
    if (list) list.push(r);
    else byLine.set(r.line, [r]);
  }
  return lines.map((l, k) => {
    const rs = byLine.get(k);
    if (!rs) return l;
    // Each run's item, made where its first character is; the characters the runs take, by item.
    const at = new Map<TextItem, Map<number, TextItem>>();
    const taken = new Map<TextItem, Set<number>>();
    for (const r of rs) {
      // (Set as the same text centred in its place would be — spread text is spread evenly either side of
      // its cell's middle — so that widths and ends say of it what they say of any other text; but a line of
      // a label wrapped over several, a full line of it just above or below from the same end to the same
      // end — one piece, or a run taken of as many characters —, stays as wide as that: the lines of a label
      // spread over its cell all are. Runs of other lengths between the same ends are other cells' labels,
      // "信 息 内 容" over "规 章", and stay centred.)
      const [from, to] = ends(r);
      const widths = r.chars.map((c) => c.x1 - c.x0);
      const natural = widths.reduce((a, w) => a + w, 0);
      const full = wrapped(r, byLine);
      const x0 = full ? from : (from + to - natural) / 2;
      const stretch = full && natural > 0 ? (to - from) / natural : 1;
      const xs: number[] = [];
      let x = 0;
      for (const w of widths) {
        xs.push(x);
        x += w * stretch;
      }
      const item: TextItem = {
        text: r.chars.map((c) => c.ch).join(''),
        x0,
        x1: full ? to : x0 + natural,
        y0: r.items.reduce((m, i) => Math.min(m, i.y0), Infinity),
        y1: r.items.reduce((m, i) => Math.max(m, i.y1), -Infinity),
        size: r.items[0]!.size,
        font: r.items[0]!.font,
        vertical: false,
        xs,
      };
      joined(item, r.items);
      const first = r.chars[0]!;
      at.set(first.item, (at.get(first.item) ?? new Map<number, TextItem>()).set(first.index, item));
      for (const c of r.chars) taken.set(c.item, (taken.get(c.item) ?? new Set<number>()).add(c.index));
    }
    const out: TextItem[] = [];
    for (const it of l) {
      const gone = taken.get(it);
      if (!gone) {
        out.push(it);
        continue;
      }
      // The item's runs where they start, and what is left of it between them, a piece each (its
      // characters where they stand).
      const made = at.get(it);
      let rest = -1;
      const leave = (end: number): void => {
        if (rest < 0) return;
        const piece = pieceOf(it, rest, end);
        if (piece) {
          joined(piece, [it]);
          out.push(piece);
        }
        rest = -1;
      };
      for (let i = 0; i < it.text.length; i++) {
        const run = made?.get(i);
        if (run) out.push(run);
        if (gone.has(i)) leave(i);
        else if (rest < 0) rest = i;
      }
      leave(it.text.length);
    }
    return out.sort((a, b) => a.x0 - b.x0);
  });
}

/** The part of an item from character `from` up to `to` (not included), spaces at its ends left off; undefined when nothing is left. */
function pieceOf(it: TextItem, from: number, to: number): TextItem | undefined {
  while (from < to && it.text[from]!.trim() === '') from++;
  while (to > from && it.text[to - 1]!.trim() === '') to--;
  if (to <= from) return undefined;
  const n = it.text.length;
  const xs = it.xs && it.xs.length === n ? it.xs : undefined;
  const offset = (i: number): number => (i >= n ? it.x1 - it.x0 : xs ? xs[i]! : ((it.x1 - it.x0) * i) / n);
  const x0 = it.x0 + offset(from);
  return { ...it, text: it.text.slice(from, to), x0, x1: it.x0 + offset(to), xs: Array.from({ length: to - from }, (_, k) => offset(from + k) - offset(from)) };
}
