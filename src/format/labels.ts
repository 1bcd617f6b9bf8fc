/**
 * Label-tolerant matching of official labels (section titles, row and column labels).
 *
 * Real reports write the same label in many ways: full- or half-width brackets and digits,
 * spaces and line breaks inside labels ("商业\n企业"), "1." / "1．" / "1、" / "(1)", curly or
 * straight quotes, traditional characters on mirror sites (總計), parenthesised notes kept or
 * dropped, and typos. Matching works on a normalised key and falls back to edit distance.
 */

/** Traditional → simplified for the characters that occur in the official labels and headings. */
const TRAD =
  '總总計计關关係系審审結结訴诉訟讼復复議议維维糾纠請请數数處处決决規规範范許许罰罚強强費费額额萬万單单項项開开況况體体動动問问題题進进報报' +
  '機机構构業业會会團团務务轉转辦办繼继續续屬属國国險险穩稳權权護护內内過过執执詢询現现製制補补確确訪访舉举複复無无當当據据應应與与經经濟济' +
  '廢废發发個个為为稱称於于並并門门類类後后區区縣县鎮镇鄉乡員员產产實实際际對对財财務务層层級级廳厅辦办構构況况眾众組组織织營营銷销' +
  '認认為为僅仅獲获這这樣样說说準准則则訊讯將将從从顯显錄录檔档綜综網网絡络專专題题設设圍围證证書书徵征稅税財财購购採采廣广範范' +
  // 2019 本年增/減, 沒有現成信息, 繳納費用, 第二十條
  '減减沒没繳缴納纳條条';

const tradMap = new Map<string, string>();
for (let i = 0; i + 1 < TRAD.length; i += 2) tradMap.set(TRAD[i]!, TRAD[i + 1]!);

/** UTF-16 unit → its simplified unit, 0 when unchanged (every character of the map is one unit). */
const SIMPLIFIED = new Uint16Array(0x10000);
for (const [t, s] of tradMap) SIMPLIFIED[t.charCodeAt(0)] = s.charCodeAt(0);

/**
 * Maps a string unit by unit through `table` (0 = keep the unit): the string itself when nothing
 * changes, which is the common case. Lengths and offsets are kept.
 */
export function mapUnits(s: string, table: Uint16Array): string {
  const n = s.length;
  let i = 0;
  while (i < n && table[s.charCodeAt(i)] === 0) i++;
  if (i === n) return s;
  // Unchanged runs are copied as slices, changed units one by one (Chinese text changes one unit in
  // ten or so: its full-width punctuation).
  let out = '';
  let run = 0;
  for (; i < n; i++) {
    const m = table[s.charCodeAt(i)]!;
    if (m !== 0) {
      out += s.slice(run, i) + String.fromCharCode(m);
      run = i + 1;
    }
  }
  return out + s.slice(run);
}

/** Traditional characters of the labels' vocabulary turned into simplified ones (character for character). */
export function toSimplified(s: string): string {
  return mapUnits(s, SIMPLIFIED);
}

/** The simplification table, for callers that fold more than traditional characters at once. */
export function simplificationTable(): Uint16Array {
  return SIMPLIFIED.slice();
}

const CN_NUM = '一二三四五六七八九十';
const NUMBERING = new RegExp(
  `^\\s*(?:([${CN_NUM}]+)\\s*[、.．,，]|[(（]\\s*([${CN_NUM}]+)\\s*[)）]|(\\d+)\\s*[.．、,，)）]|[(（]\\s*(\\d+)\\s*[)）])\\s*`,
);

/** Splits a leading numbering ("一、", "（三）", "1.", "1、", "(1)") from a label. */
export function splitNumbering(label: string): { numbering: string; body: string } {
  const s = toSimplified(label.normalize('NFKC'));
  const m = NUMBERING.exec(s);
  if (!m) return { numbering: '', body: s.trim() };
  const [, cnTop, cnParen, digit, digitParen] = m;
  const numbering = cnTop ? `${cnTop}、` : cnParen ? `(${cnParen})` : `${digit ?? digitParen}.`;
  return { numbering, body: s.slice(m[0].length).trim() };
}

const NOISE = /[\s\u00a0\u3000"'“”‘’「」『』()（）\[\]【】:：;；,，、。.．·・\-—–_/／\\*＊]/gu;

/** The text of a label with numbering, spacing, punctuation and width differences removed. */
export function labelBody(label: string): string {
  return splitNumbering(label).body.replace(NOISE, '');
}

/** Removes parenthesised notes: "（二）部分公开（区分处理的…）" → "（二）部分公开". Leading numbering is kept. */
export function withoutNotes(label: string): string {
  const { numbering, body } = splitNumbering(label);
  return numbering + body.normalize('NFKC').replace(/\([^()]*\)/g, '').trim();
}

/** The comparison key of a label: canonical numbering + body. */
function labelKey(label: string): string {
  const { numbering } = splitNumbering(label);
  return numbering + labelBody(label);
}

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}

/** Similarity in [0, 1]: 1 − distance / longer length. */
export function similarity(a: string, b: string): number {
  const n = Math.max([...a].length, [...b].length);
  return n === 0 ? 1 : 1 - editDistance(a, b) / n;
}

/** Code points in a string, without building an array of them. */
export function codePoints(s: string): number {
  // As `[...s].length`: a low surrogate right after a high one completes a pair; any other unit (a lone
  // surrogate included) is a code point of its own.
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    n++;
  }
  return n;
}

/**
 * An upper bound of `similarity(a, b)` from the lengths alone (the distance is at least the length
 * difference), in O(length). Lets matchers skip edit distances that cannot reach their threshold, so
 * that a 100,000-character line is not compared cell by cell with every label (hardening).
 */
export function similarityBound(a: string, b: string): number {
  return lengthBound(codePoints(a), codePoints(b));
}

function lengthBound(x: number, y: number): number {
  const n = Math.max(x, y);
  return n === 0 ? 1 : Math.min(x, y) / n;
}

/** Something with an official label and accepted variants. */
export interface Labelled {
  id: string;
  label: string;
  variants?: readonly string[];
}

/** How a label matched: exactly the official label, a listed variant, or by similarity. */
export interface LabelMatch {
  id: string;
  how: 'exact' | 'normalised' | 'variant' | 'similar';
  score: number;
}

/**
 * Matches free text against a list of labelled things.
 * Order of attempts: exact text → same normalised key → a listed variant → same body ignoring
 * numbering and parenthesised notes → edit-distance similarity ≥ `minScore` (unique best).
 */
/** What matchLabel derives from a known label, computed once per label (a batch matches thousands of cells). */
interface LabelInfo {
  key: string;
  bare: string;
  body: string;
  numbering: string;
  bareLength: number;
  bodyLength: number;
}
const labelInfos = new Map<string, LabelInfo>();

function labelInfo(l: string): LabelInfo {
  let info = labelInfos.get(l);
  if (!info) {
    const bare = labelBody(withoutNotes(l));
    const body = labelBody(l);
    info = { key: labelKey(l), bare, body, numbering: splitNumbering(l).numbering, bareLength: codePoints(bare), bodyLength: codePoints(body) };
    if (labelInfos.size >= 20_000) labelInfos.clear();
    labelInfos.set(l, info);
  }
  return info;
}

export function matchLabel(text: string, items: readonly Labelled[], minScore = 0.8): LabelMatch | undefined {
  const raw = text.trim();
  if (raw === '') return undefined;
  const exact = items.find((i) => i.label === raw);
  if (exact) return { id: exact.id, how: 'exact', score: 1 };
  const key = labelKey(raw);
  const byKey = items.filter((i) => labelInfo(i.label).key === key);
  if (byKey.length === 1) return { id: byKey[0]!.id, how: 'normalised', score: 1 };
  const byVariant = items.filter((i) => (i.variants ?? []).some((v) => labelInfo(v).key === key));
  if (byVariant.length === 1) return { id: byVariant[0]!.id, how: 'variant', score: 1 };
  const bare = (s: string): string => labelBody(withoutNotes(s));
  const num = splitNumbering(raw).numbering;
  const body = bare(raw);
  if (body === '') return undefined;
  const byBody = items.filter((i) =>
    [i.label, ...(i.variants ?? [])].some((l) => labelInfo(l).bare === body && (num === '' || labelInfo(l).numbering === num)),
  );
  if (byBody.length === 1) return { id: byBody[0]!.id, how: 'normalised', score: 1 };
  const rawBody = labelBody(raw);
  const bodyLength = codePoints(body);
  const rawBodyLength = codePoints(rawBody);
  let best: LabelMatch | undefined;
  let tie = false;
  for (const i of items) {
    for (const l of [i.label, ...(i.variants ?? [])]) {
      const li = labelInfo(l);
      const numL = li.numbering;
      if (num !== '' && numL !== '' && num !== numL) continue;
      // Skipping what cannot reach minScore changes no result: only scores ≥ minScore are returned.
      if (lengthBound(bodyLength, li.bareLength) < minScore && lengthBound(rawBodyLength, li.bodyLength) < minScore) continue;
      const s = Math.max(similarity(body, li.bare), similarity(rawBody, li.body));
      if (best === undefined || s > best.score) {
        if (best?.id !== i.id) tie = false;
        best = { id: i.id, how: 'similar', score: s };
      } else if (s === best.score && best.id !== i.id) {
        tie = true;
      }
    }
  }
  if (best && best.score >= minScore && !tie) return best;
  return undefined;
}

/** Lowest similarity a numbered label with a typo may have with its official row (matchNumbered). */
const TYPO_MIN_SCORE = 0.6;
/** How much closer than any other row a numbered label with a typo must be (matchNumbered). */
const TYPO_MARGIN = 0.2;

/**
 * A numbered label that matchLabel leaves unmatched because a typo or a dropped word takes it below
 * its threshold ("2.其他法律行政止公开" for "2.其他法律行政法规禁止公开": 0.75): matched by a bounded edit
 * distance among the rows with the same numbering only, when it is at least `minScore` similar to one
 * and closer to it by `margin` than to every other — never a guess between two rows equally close.
 * Unnumbered texts are left alone (too many ordinary phrases resemble a short label).
 */
export function matchNumbered(text: string, items: readonly Labelled[], minScore = TYPO_MIN_SCORE, margin = TYPO_MARGIN): LabelMatch | undefined {
  const raw = text.trim();
  const num = splitNumbering(raw).numbering;
  if (num === '') return undefined;
  const body = labelBody(withoutNotes(raw));
  const rawBody = labelBody(raw);
  // A bare number with a word or two ("2.其他") is too short to tell a typo from another row.
  if (codePoints(body) < 4) return undefined;
  const scores = new Map<string, number>();
  for (const i of items) {
    for (const l of [i.label, ...(i.variants ?? [])]) {
      const li = labelInfo(l);
      if (li.numbering !== num) continue;
      if (lengthBound(codePoints(body), li.bareLength) < minScore && lengthBound(codePoints(rawBody), li.bodyLength) < minScore) continue;
      const s = Math.max(similarity(body, li.bare), similarity(rawBody, li.body));
      if (s > (scores.get(i.id) ?? -1)) scores.set(i.id, s);
    }
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < minScore) return undefined;
  if (second && best[1] - second[1] < margin) return undefined;
  return { id: best[0], how: 'similar', score: best[1] };
}

/**
 * Most characters an unnumbered label printed with a slip may differ from its official label by, from
 * the official label's length: none for labels of one or two characters (规章: one slip leaves a
 * different word), one for three to five (行政许可, 其他结果), two for six and more (行政规范性文件).
 */
export function typoBound(length: number): number {
  return length <= 2 ? 0 : length <= 5 ? 1 : 2;
}

/**
 * An unnumbered label printed with a one- or two-character slip ("行政许司", "行政规范文件", "其它结果") that
 * matchLabel leaves unmatched: matched to the official label (or a listed variant) of an unnumbered item
 * within typoBound of that label's length, when that item is strictly closer than every other — never a
 * guess between two equally close (行政许可 and 行政处罚 differ by two: "行政许罚" is one from each, and
 * matches neither). Spaces, punctuation, width and notes are left out first (labelBody).
 */
export function matchTypo(text: string, items: readonly Labelled[]): LabelMatch | undefined {
  const raw = text.trim();
  if (splitNumbering(raw).numbering !== '') return undefined;
  const forms = [...new Set([labelBody(withoutNotes(raw)), labelBody(raw)])].filter((f) => f !== '');
  if (forms.length === 0) return undefined;
  /** Per item: its smallest distance, and whether that is within its label's bound. */
  const best = new Map<string, { d: number; within: boolean }>();
  for (const i of items) {
    for (const l of [i.label, ...(i.variants ?? [])]) {
      const li = labelInfo(l);
      if (li.numbering !== '') continue;
      for (const [f, official, length] of forms.flatMap((f) => [[f, li.bare, li.bareLength], [f, li.body, li.bodyLength]] as const)) {
        const bound = typoBound(length);
        const n = codePoints(f);
        // The distance is at least the difference of the lengths: farther than any bound is not computed.
        if (Math.abs(n - length) > 2) continue;
        const d = editDistance(f, official);
        const prev = best.get(i.id);
        if (!prev || d < prev.d || (d === prev.d && d <= bound && !prev.within)) best.set(i.id, { d, within: d <= bound });
      }
    }
  }
  const ranked = [...best].sort((a, b) => a[1].d - b[1].d);
  const [first, second] = ranked;
  if (!first || first[1].d === 0 || !first[1].within) return undefined;
  if (second && second[1].d <= first[1].d) return undefined;
  const length = Math.max(codePoints(forms[0]!), 1);
  return { id: first[0], how: 'similar', score: 1 - first[1].d / length };
}

/** Display form of an official label without its parenthesised note: "（二）部分公开（区分处理的…）" → "（二）部分公开". */
export function shortLabel(label: string): string {
  return label.replace(/(?!^)（[^（）]*）$/u, '').replace(/(?!^)\([^()]*\)$/u, '');
}

/**
 * How a row is named to people: numbered sub-rows carry their group ("（三）不予公开/8.属于行政查询事项"),
 * other rows their own label without notes.
 */
export function rowName(row: string, group?: string): string {
  const r = shortLabel(row);
  return group && /^\d/.test(r) ? `${shortLabel(group)}/${r}` : r;
}
