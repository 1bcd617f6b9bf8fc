/**
 * The data of the checks reviewers grade (schemas/review.json, imported as a module, bundled; validated
 * once): the default settings of yoy-text-repeat, yoy-tables-unchanged, table3-other-share and
 * batch-copied-text, which a gongkai.config.json may change under "options" (`RuleOptionsSchema`), and
 * the boilerplate sentences left out before texts are compared.
 */
import { z } from 'zod';
import reviewJson from '../../schemas/review.json' with { type: 'json' };
import { foldForMatching } from './narrative-text.js';

const Percent = z.number().min(0).max(100);
const Count = z.number().int().min(0).max(1_000_000);

/** Each rule's settings, all of them (the defaults in schemas/review.json). */
const Settings = {
  'yoy-text-repeat': z.strictObject({
    percent: Percent.describe('Report a section, or the whole report, when at least this share (percent) of its text repeats the previous report of the same agency.'),
    minChars: Count.describe('Sections shorter than this many characters (years, numbers, spaces, punctuation and boilerplate not counted) are not compared on their own.'),
  }),
  'yoy-tables-unchanged': z.strictObject({
    percent: Percent.describe('Report when at least this share (percent) of the tables\' non-zero figures equal the previous report\'s.'),
    minCells: Count.describe('Only when the tables have at least this many non-zero figures.'),
  }),
  'table3-other-share': z.strictObject({
    percent: Percent.describe('Report when （六）其他处理 is more than this share (percent) of the results total of table 三.'),
    minResults: Count.describe('Only when table 三\'s results total is at least this many applications.'),
  }),
  'batch-copied-text': z.strictObject({
    percent: Percent.describe('Report sections 一 and 五 of two agencies when at least this share (percent) of one of them is found in the other (agency names, years, numbers and boilerplate not counted).'),
    minChars: Count.describe('Sections shorter than this many characters (as counted above) are not compared.'),
  }),
};

type SettingsOf = { [K in keyof typeof Settings]: z.infer<(typeof Settings)[K]> };
type OptionRule = keyof SettingsOf;

/**
 * What a gongkai.config.json may set under "options": per rule, any of its settings (the rest keep
 * their defaults).
 */
export const RuleOptionsSchema = z
  .strictObject({
    'yoy-text-repeat': Settings['yoy-text-repeat'].partial().optional(),
    'yoy-tables-unchanged': Settings['yoy-tables-unchanged'].partial().optional(),
    'table3-other-share': Settings['table3-other-share'].partial().optional(),
    'batch-copied-text': Settings['batch-copied-text'].partial().optional(),
  })
  .describe('Settings of the rules that have some (see each rule\'s page); a setting not given keeps its default.');

/** The settings a file's config gives (rule id → some of its settings). */
export type RuleOptions = { [K in OptionRule]?: Partial<SettingsOf[K]> };

const ReviewFile = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  rules: z.strictObject(Settings),
  boilerplate: z.array(z.strictObject({ regex: z.string().min(1), example: z.string().min(1), source: z.string().min(1) })),
});

interface ReviewData {
  defaults: SettingsOf;
  /** The boilerplate patterns, compiled. */
  boilerplate: RegExp[];
  /** As in the file (for tests). */
  boilerplateEntries: { regex: string; example: string; source: string }[];
}

let cached: ReviewData | undefined;

/** schemas/review.json, validated and compiled (once). Throws with the file name when it is invalid. */
export function reviewData(): ReviewData {
  if (cached) return cached;
  const parsed = ReviewFile.safeParse(reviewJson);
  if (!parsed.success) throw new Error(`schemas/review.json is not valid: ${z.prettifyError(parsed.error)}`);
  const d = parsed.data;
  cached = { defaults: d.rules, boilerplate: d.boilerplate.map((b) => new RegExp(b.regex, 'u')), boilerplateEntries: d.boilerplate };
  return cached;
}

/** A rule's settings for one file: its config's options over the defaults. */
export function settingsOf<K extends OptionRule>(options: RuleOptions | undefined, rule: K): SettingsOf[K] {
  return { ...reviewData().defaults[rule], ...(options?.[rule] ?? {}) } as SettingsOf[K];
}

/** True when a sentence is boilerplate that many reports share (tried with full-width and traditional characters folded). */
export function isBoilerplate(sentence: string): boolean {
  const s = foldForMatching(sentence);
  return reviewData().boilerplate.some((re) => re.test(s));
}
