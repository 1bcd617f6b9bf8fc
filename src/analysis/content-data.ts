/**
 * The data of the checks on what sections 一 and 五 say (schemas/content.json, imported as a module,
 * bundled; validated and compiled once): section 一's topics and the words that show each, the figures
 * local notices ask section 一 to give, and the words of section 五's problems, measures, numbering and
 * generic phrases.
 * The settings a gongkai.config.json may give these rules under "options" are here too
 * (`ContentOptionsSchema`, part of review-data.ts's RuleOptionsSchema).
 */
import { z } from 'zod';
import contentJson from '../../schemas/content.json' with { type: 'json' };
import { NUMBER_PATTERN } from '../format/numerals.js';

const Text = z.string().min(1);
const Topic = z.strictObject({
  id: Text,
  zh: Text,
  en: Text,
  /** Asked of governments only (条例 第五十条第（四）项). */
  government: z.boolean(),
  words: z.array(Text).min(1),
  source: Text,
});
const Figure = z.strictObject({
  id: Text,
  /** Figures of one kind (rules and normative documents issued, repealed, in force) are named together. */
  group: z.strictObject({ zh: Text, en: Text }).optional(),
  zh: Text,
  en: Text,
  patterns: z.array(z.string().includes('{N}')).min(1),
  source: Text,
});
const Numbering = z.strictObject({ regex: z.string().includes('('), first: Text, second: Text });
const Section5 = z.strictObject({
  $comment: z.string().optional(),
  measures: z.array(Text).min(1),
  problems: z.array(Text).min(1),
  problemHeadings: z.array(Text).min(1),
  items: z.array(Numbering).min(1),
  generic: z.array(Text).min(1),
  common: z.array(Text).min(1),
  minSpecific: z.number().int().min(0),
  source: Text,
});
const ContentFile = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  section1: z.strictObject({ topics: z.array(Topic).min(1), figures: z.array(Figure).min(1) }),
  section5: Section5,
});

interface Named {
  id: string;
  zh: string;
  en: string;
}

export interface CompiledTopic extends Named {
  government: boolean;
  /** One regex: any of the topic's words. */
  words: RegExp;
}

export interface CompiledFigure extends Named {
  group?: { zh: string; en: string };
  /** Tried on one sentence at a time. */
  patterns: RegExp[];
}

/** Section 五's data compiled: each list one regex (the numberings one each, global). */
interface Section5Data {
  measures: RegExp;
  problems: RegExp;
  problemHeadings: RegExp;
  items: { regex: RegExp; first: string; second: string }[];
  /** Global: every generic phrase of a text. */
  generic: RegExp;
  /** Global: the common words, longest first. */
  common: RegExp;
  minSpecific: number;
}

interface ContentData {
  topics: CompiledTopic[];
  figures: CompiledFigure[];
  section5: Section5Data;
}

/** One regex matching any of `patterns`. */
function anyOf(patterns: readonly string[], flags = 'u'): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p})`).join('|'), flags);
}

let cached: ContentData | undefined;

/** schemas/content.json, validated and compiled (once). Throws with the file name when it is invalid. */
export function contentData(): ContentData {
  if (cached) return cached;
  const parsed = ContentFile.safeParse(contentJson);
  if (!parsed.success) throw new Error(`schemas/content.json is not valid: ${z.prettifyError(parsed.error)}`);
  const d = parsed.data;
  const ids = [...d.section1.topics, ...d.section1.figures].map((x) => x.id);
  if (new Set(ids).size !== ids.length) throw new Error('schemas/content.json is not valid: an id is used twice');
  cached = {
    topics: d.section1.topics.map((t) => ({ id: t.id, zh: t.zh, en: t.en, government: t.government, words: anyOf(t.words) })),
    figures: d.section1.figures.map((f) => ({
      id: f.id,
      ...(f.group ? { group: f.group } : {}),
      zh: f.zh,
      en: f.en,
      patterns: f.patterns.map((p) => new RegExp(p.replaceAll('{N}', `(?:${NUMBER_PATTERN})`), 'u')),
    })),
    section5: {
      measures: anyOf(d.section5.measures),
      problems: anyOf(d.section5.problems),
      problemHeadings: anyOf(d.section5.problemHeadings),
      items: d.section5.items.map((i) => ({ regex: new RegExp(i.regex, 'gu'), first: i.first, second: i.second })),
      generic: anyOf(d.section5.generic, 'gu'),
      common: anyOf([...d.section5.common].sort((a, b) => b.length - a.length), 'gu'),
      minSpecific: d.section5.minSpecific,
    },
  };
  return cached;
}

/** The figure ids as the file lists them (the values the config's "figures" may take). */
const FIGURE_IDS = contentJson.section1.figures.map((f) => f.id) as [string, ...string[]];

/** What a gongkai.config.json may set under "options" for these rules (merged into RuleOptionsSchema). */
export const ContentOptionsSchema = {
  'section1-figures': z
    .strictObject({
      figures: z
        .array(z.enum(FIGURE_IDS))
        .describe(`The figures section 一 must give (default: all of them): ${FIGURE_IDS.join(', ')}.`),
    })
    .partial()
    .optional(),
};

/** The settings a file's config gives these rules. */
export type ContentOptions = { [K in keyof typeof ContentOptionsSchema]?: z.infer<(typeof ContentOptionsSchema)[K]> };
