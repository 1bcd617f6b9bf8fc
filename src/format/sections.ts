/**
 * Recognises the six section headings by meaning and edit distance, not exact text (SPEC §2.1, §9.4).
 */
import { labelBody, similarity, similarityBound, splitNumbering, toSimplified, matchLabel } from './labels.js';
import { memoised } from './memo.js';
import { parseChineseNumeral } from './numerals.js';
import { getFormat, type SectionSpec } from './spec.js';

export interface SectionMatch {
  id: string;
  /** exact = the template title; variant = a listed variant; similar = by meaning or edit distance. */
  how: 'exact' | 'variant' | 'similar';
  score: number;
}

function sections(): SectionSpec[] {
  return getFormat('2021').sections;
}

/** All table row labels: a line that is one of these is a table row, never a heading. */
function isTableRowLabel(body: string, numbering: string): boolean {
  const f = getFormat('2021');
  const f19 = getFormat('2019');
  const rows = [...f.tables.t3.rows, ...f19.tables.t3.rows, ...f.tables.t3.rowGroups];
  const m = matchLabel(numbering + body, rows, 0.85);
  return m !== undefined;
}

/**
 * Matches a heading against the six sections. Returns undefined when the text is not one of
 * them (including table row labels such as "四、结转下年度继续办理").
 */
export function matchSection(heading: string): SectionMatch | undefined {
  return memoised(matches, heading, () => matchSectionUncached(heading));
}

const matches = new Map<string, SectionMatch | undefined>();

function matchSectionUncached(heading: string): SectionMatch | undefined {
  const { numbering, body: rawBody } = splitNumbering(heading);
  const body = labelBody(heading);
  if (body === '') return undefined;
  // The numbering of a top-level heading is "一、"; "（一）" or "1." mark sub-headings.
  if (numbering !== '' && !numbering.endsWith('、')) return undefined;
  const number = numbering.replace('、', '');
  const specs = sections();
  for (const s of specs) if (labelBody(s.title) === body) return { id: s.id, how: 'exact', score: 1 };
  for (const s of specs) {
    if (s.variants.some((v) => labelBody(v) === body)) return { id: s.id, how: 'variant', score: 1 };
  }
  if (isTableRowLabel(rawBody, numbering)) return undefined;
  // By similarity to the title or a variant.
  let best: SectionMatch | undefined;
  for (const s of specs) {
    for (const l of [s.title, ...s.variants]) {
      if (similarityBound(body, labelBody(l)) < 0.6) continue; // cannot reach 0.6 (hardening: long lines)
      const score = similarity(body, labelBody(l));
      if (score >= 0.6 && (!best || score > best.score)) best = { id: s.id, how: 'similar', score };
    }
  }
  if (best && (number === '' || specs.find((s) => s.id === best!.id)?.number === number)) return best;
  // By meaning: the section's keywords, with the numbering agreeing (a long sentence is not a heading).
  if ([...body].length > 40) return undefined;
  const simplified = toSimplified(body);
  const byMeaning = specs.filter(
    (s) => (number === '' || s.number === number) && s.keywords.some((words) => words.every((w) => simplified.includes(w))),
  );
  if (byMeaning.length === 1) return { id: byMeaning[0]!.id, how: 'similar', score: 0.5 };
  return undefined;
}

/** The number a top-level heading is written with: "三、主动公开政府信息情况" → 3; undefined without one ("（三）", "3." are no top-level numbering). */
export function headingNumber(heading: string): number | undefined {
  const { numbering } = splitNumbering(heading);
  return numbering.endsWith('、') ? parseChineseNumeral(numbering.slice(0, -1)) : undefined;
}

/** The number of a section in the template: s2 → 2. */
export function templateNumber(id: string): number | undefined {
  const s = sections().find((x) => x.id === id);
  return s ? parseChineseNumeral(s.number) : undefined;
}

let rowBodies: string[] | undefined;

/**
 * A top-level heading outside the template ("二、政务公开工作主要任务落实情况"): numbered "N、", two Chinese
 * characters or more after the number, neither a section's heading nor a table-三 row label, nor the start of
 * a top-level one or one with the row after it glued on ("四、结转下年度继续" wrapped, "三、本年度办理结果（一）…"). Its number, or undefined.
 */
export function outsideHeading(text: string): number | undefined {
  return memoised(outsides, text, () => outsideHeadingUncached(text));
}

const outsides = new Map<string, number | undefined>();

function outsideHeadingUncached(text: string): number | undefined {
  const n = headingNumber(text);
  if (n === undefined) return undefined;
  const { numbering, body } = splitNumbering(text);
  if (!/\p{Script=Han}.*\p{Script=Han}/u.test(body)) return undefined;
  if (matchSection(text) !== undefined || isTableRowLabel(body, numbering)) return undefined;
  const own = labelBody(text);
  rowBodies ??= [getFormat('2021'), getFormat('2019')]
    .flatMap((f) => [...f.tables.t3.rows, ...f.tables.t3.rowGroups].map((r) => r.label))
    .filter((l) => splitNumbering(l).numbering.endsWith('、'))
    .map((l) => labelBody(l));
  if (rowBodies.some((r) => r.startsWith(own) || own.startsWith(r))) return undefined;
  return n;
}

/**
 * What follows a section's title in a table of contents (目录) printed before the report: leaders and a page
 * number ("……3", " 3", "........ 第3页").
 */
export const CONTENTS_TAIL = /^[ \t\u3000.．·•…‥⋯—–\-_]*(?:第\s*)?[0-9０-９]{1,3}(?:\s*页)?[ \t\u3000]*$/u;
/** A table of contents lists this many sections at least: fewer lines like its entries are the report's own. */
export const CONTENTS_MIN = 3;
/** The longest line taken for an entry of a table of contents: a heading, its leaders and the page number. */
const CONTENTS_LINE = 160;

/**
 * A line shaped as one of a table of contents: Chinese text, then leaders and a page number ("（一）主动公开……1",
 * "一、总体情况……………1"). Undefined for any other line; `section` is the section it names, if it names one (the
 * caller takes such lines as contents only where CONTENTS_MIN naming sections come in a row).
 */
export function contentsLine(line: string): { section: string | undefined } | undefined {
  const t = line.trim();
  // A heading and its leaders: a longer line is text (and the pattern below is not tried on it).
  if (t.length > CONTENTS_LINE) return undefined;
  const m = /^(.*?\p{Script=Han})([ \t\u3000.．·•…‥⋯—–\-_]*(?:第\s*)?[0-9０-９]{1,3}(?:\s*页)?)$/u.exec(t);
  if (!m || !CONTENTS_TAIL.test(m[2]!)) return undefined;
  return { section: matchSection(m[1]!)?.id };
}

/** The longest heading the readers take, in characters (a template title or variant has about 20; the rest is room for slips). */
export const MAX_HEADING = 32;

/** Numbered lines weighed in one place for a heading outside the template: real reports have one or two. */
const MAX_OUTSIDE_TRIES = 50;

/**
 * The headings outside the template that the report's own numbering vouches for: between two section
 * headings written "a、" and "b、" with b > a + 1, the outside headings numbered a+1, a+2, … in that order;
 * after the last section heading ("a、"), those numbered a+1, a+2, …. A list inside a section ("一、" "二、"
 * of its points) is none: its numbers do not continue the headings'.
 *
 * `known`: the section headings in document order, each with the number it is written with (none:
 * undefined); `numbered`: the other lines numbered "N、" in document order; `isOutside` tells whether one
 * is a heading outside the template (outsideHeading), asked only of a line with the number due, and at
 * most so many times in one place (hostile text). Returns those taken.
 */
export function insertedHeadings<C extends { at: number; number: number }>(
  known: { at: number; number: number | undefined }[],
  numbered: C[],
  isOutside: (c: C) => boolean = () => true,
): C[] {
  const taken: C[] = [];
  let k = 0;
  for (let i = 0; i < known.length; i++) {
    const a = known[i]!;
    const b = known[i + 1];
    if (a.number === undefined || (b !== undefined && b.number === undefined)) continue;
    const limit = b?.number ?? Infinity;
    let expected = a.number + 1;
    let tries = 0;
    while (k < numbered.length && numbered[k]!.at <= a.at) k++;
    for (let j = k; j < numbered.length && expected < limit && tries < MAX_OUTSIDE_TRIES; j++) {
      const c = numbered[j]!;
      if (b !== undefined && c.at >= b.at) break;
      if (c.number !== expected) continue;
      tries++;
      if (!isOutside(c)) continue;
      taken.push(c);
      expected++;
    }
  }
  return taken;
}

/** The template heading of a section: "五、存在的主要问题及改进情况". */
export function templateHeading(id: string): string {
  const s = sections().find((x) => x.id === id);
  return s ? `${s.number}、${s.title}` : id;
}
