/**
 * What sections 一 and 五 say, read with the data of schemas/content.json (content-data.ts): which of
 * section 一's required topics it covers, which of the figures notices ask for it gives, and whether
 * section 五 states problems and itemised measures or only generic phrases. Each is linear in the text: a fold, one pass of each list's regex (bounded
 * repetitions only), the figures' patterns per sentence.
 */
import { contentData, type CompiledFigure, type CompiledTopic } from './content-data.js';
import { foldForMatching, sentences, tightened } from './narrative-text.js';

/**
 * A document's title (《…》): it names topics it is not about (《…政府网站…考核指标的通知》). A title may
 * run over a wrapped line (a few hundred characters at most).
 */
const TITLE = /《[^《》\n]*》|《[^《》]{0,200}》/gu;

/**
 * The text as the data's patterns are tried on: folded (full-width, traditional), the words of titles in
 * 《》 blanked out; as long as the text, so that an offset in it is one in the text.
 */
function contentText(text: string): string {
  return foldForMatching(text).replace(TITLE, (t) => t.replace(/[^《》\n]/gu, ' '));
}

/**
 * Section 一's topics that its text does not cover (none of the topic's words appears), in the data's
 * order; the governments' own topics only for a government's report. Topics and figures are looked for
 * sentence by sentence, without the spaces beside numbers ("信息 184 条" is "信息184条") and with
 * wrapped lines joined (narrative-text.ts `tightened`).
 */
export function missingTopics(text: string, government: boolean): CompiledTopic[] {
  const s = sentences(contentText(text))
    .map((x) => tightened(x.text).text)
    .join('\n');
  return contentData().topics.filter((t) => (!t.government || government) && !t.words.test(s));
}

/**
 * The figures (of `ids`, or all) that no sentence of the text gives, in the data's order. A sentence
 * gives a figure when one of its patterns matches it.
 */
export function missingFigures(text: string, ids?: readonly string[]): CompiledFigure[] {
  const wanted = contentData().figures.filter((f) => ids === undefined || ids.includes(f.id));
  if (wanted.length === 0) return [];
  const found = new Set<string>();
  for (const { text: written } of sentences(contentText(text))) {
    const sentence = tightened(written).text;
    for (const f of wanted) if (!found.has(f.id) && f.patterns.some((p) => p.test(sentence))) found.add(f.id);
    if (found.size === wanted.length) break;
  }
  return wanted.filter((f) => !found.has(f.id));
}

/**
 * Figures named for a message: consecutive figures of one group under the group's name once
 * (“规章、行政规范性文件的本年制发件数、本年废止件数”), the others as they are; `；` between them in
 * Chinese, `; ` in English.
 */
export function figureList(figures: readonly CompiledFigure[], lang: 'zh' | 'en'): string {
  const parts: string[] = [];
  for (let i = 0; i < figures.length; ) {
    const group = figures[i]!.group;
    let j = i + 1;
    while (group && j < figures.length && figures[j]!.group?.zh === group.zh) j++;
    const names = figures.slice(i, j).map((f) => f[lang]);
    const joined = lang === 'zh' ? names.join('、') : names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}` : names[0]!;
    parts.push(`${group ? group[lang] : ''}${joined}`);
    i = j;
  }
  return parts.join(lang === 'zh' ? '；' : '; ');
}

/** What section 五 says: problems, measures, whether these are itemised, generic phrases only. */
export interface Section5Reading {
  /** It states problems (before its measures), or has a part headed as the problems. */
  problems: boolean;
  /** It has measures (改进措施, 下一步, 2025年我局将 …). */
  measures: boolean;
  /** The measures are numbered one by one (一是 … 二是, (一) … (二), 1. … 2.). */
  itemised: boolean;
  /** Characters left once the generic phrases, the words every section 五 uses, digits and punctuation are set aside. */
  specific: number;
  /** The generic phrases it uses, as written and each once, when fewer than the data's minSpecific characters are left; empty otherwise. */
  generic: string[];
}

const HAN = /\p{Script=Han}/gu;

/**
 * Below this many characters (whitespace not counted) section 五 says next to nothing: section5-substance
 * reports it, and section5-specific leaves it to that rule.
 */
export const SECTION5_MIN_CHARS = 10;

/**
 * Section 五 read for its problems, measures and generic phrases with its wrapped lines joined ("下" | "一步",
 * "一" | "是坚持" where a PDF's lines end: narrative-text.ts `tightened`); its measures' numbering both so and
 * as written, where a line break still starts an item ("一、" at a paragraph's start).
 */
export function readSection5(text: string): Section5Reading {
  const d = contentData().section5;
  const s = contentText(text);
  const t = tightened(text);
  const joined = contentText(t.text);
  const m = d.measures.exec(joined);
  const start = m ? t.at(m.index) : s.length;
  const problems = d.problems.test(joined.slice(0, m ? m.index : joined.length)) || d.problemHeadings.test(joined);
  const after = [s.slice(start), joined.slice(m ? m.index : joined.length)];
  const itemised =
    m !== null &&
    d.items.some(({ regex, first, second }) => {
      const seen = new Set<string>();
      for (const a of after) for (const x of a.matchAll(regex)) seen.add(x[1]!);
      return seen.has(first) && seen.has(second);
    });
  const phrases: string[] = [];
  for (const x of joined.matchAll(d.generic)) {
    const written = t.text.slice(x.index, x.index + x[0].length);
    if (!phrases.includes(written)) phrases.push(written);
  }
  const specific = (joined.replace(d.generic, ' ').replace(d.common, ' ').match(HAN) ?? []).length;
  return { problems, measures: m !== null, itemised, specific, generic: phrases.length > 0 && specific < d.minSpecific ? phrases : [] };
}
