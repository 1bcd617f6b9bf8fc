/**
 * Recognises the six section headings by meaning and edit distance, not exact text (SPEC §2.1, §9.4).
 */
import { labelBody, similarity, similarityBound, splitNumbering, toSimplified, matchLabel } from './labels.js';
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
  // The same headings come back in report after report: remembered (results are shared, never mutated).
  if (heading.length > 200) return matchSectionUncached(heading);
  if (matches.has(heading)) return matches.get(heading);
  const m = matchSectionUncached(heading);
  if (matches.size >= 5_000) matches.clear();
  matches.set(heading, m);
  return m;
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

/** The template heading of a section: "五、存在的主要问题及改进情况". */
export function templateHeading(id: string): string {
  const s = sections().find((x) => x.id === id);
  return s ? `${s.number}、${s.title}` : id;
}
