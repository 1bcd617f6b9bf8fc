/**
 * The data of the checks reviewers grade (schemas/review.json, imported as a module, bundled; validated
 * once): the default settings of yoy-text-repeat, yoy-tables-unchanged, table3-other-share and
 * batch-copied-text, which a gongkai.config.json may change under "options" (`RuleOptionsSchema`), and
 * the boilerplate sentences left out before texts are compared.
 */
import { z } from 'zod';
import reviewJson from '../../schemas/review.json' with { type: 'json' };
import { ContentOptionsSchema, type ContentOptions } from './content-data.js';
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

const LevelSchema = z.enum(['department', 'government', 'township']);
/** An agency's level: a department (局, 委, 办 …), a government (县, 区, 市, 省 …) or a township (乡, 镇, 街道). */
export type Level = z.infer<typeof LevelSchema>;
const MonthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u, 'MM-DD, e.g. 01-28');
const Day = z
  .string()
  .regex(/^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u, 'YYYY-MM-DD, e.g. 2025-01-20')
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a day of the calendar');

/** report-late's settings: none has a default (the deadlines of the 条例 are in schemas/review.json). */
const ReportLateSchema = z.strictObject({
  deadline: MonthDay.optional().describe('The local deadline (MM-DD of the year after the reporting year), used instead of the 条例\'s (01-31 for departments, 03-31 for governments).'),
  level: LevelSchema.optional().describe('The level of the agencies whose reports are below this config: department, government or township (without it, from the end of the agency\'s name).'),
  published: z
    .record(z.string().min(1), Day)
    .optional()
    .describe('File pattern (relative to this config file\'s folder; a pattern without / matches file names) → the date (YYYY-MM-DD) the report was published, for files that do not say it themselves. The first pattern that matches a file applies.'),
});

/** The date a report was published as given outside the file: by --published, or by the config's pattern. */
interface GivenDate {
  date: string;
  from: 'option' | 'config';
  pattern?: string;
}

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
    'report-late': ReportLateSchema.optional(),
    ...ContentOptionsSchema,
  })
  .describe('Settings of the rules that have some (see each rule\'s page); a setting not given keeps its default.');

/** The settings a file's config gives (rule id → some of its settings). */
export type RuleOptions = { [K in OptionRule]?: Partial<SettingsOf[K]> } & ContentOptions & {
  /** As in the config, with `given`: the date for the file being checked (node/config.ts, --published). */
  'report-late'?: z.infer<typeof ReportLateSchema> & { given?: GivenDate };
};

const ReviewFile = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  rules: z.strictObject(Settings),
  boilerplate: z.array(z.strictObject({ regex: z.string().min(1), example: z.string().min(1), source: z.string().min(1) })),
  deadlines: z.strictObject({ $comment: z.string().optional(), department: MonthDay, government: MonthDay }),
  levels: z.array(z.strictObject({ level: LevelSchema, regex: z.string().min(1), examples: z.array(z.string().min(1)).min(1) })),
});

interface ReviewData {
  defaults: SettingsOf;
  /** The boilerplate patterns, compiled. */
  boilerplate: RegExp[];
  /** As in the file (for tests). */
  boilerplateEntries: { regex: string; example: string; source: string }[];
  /** The 条例's deadlines by level (MM-DD of the year after the reporting year). */
  deadlines: Partial<Record<Level, string>>;
  /** The level of an agency by the end of its name, tried in order. */
  levels: { level: Level; pattern: RegExp; examples: string[] }[];
}

let cached: ReviewData | undefined;

/** schemas/review.json, validated and compiled (once). Throws with the file name when it is invalid. */
export function reviewData(): ReviewData {
  if (cached) return cached;
  const parsed = ReviewFile.safeParse(reviewJson);
  if (!parsed.success) throw new Error(`schemas/review.json is not valid: ${z.prettifyError(parsed.error)}`);
  const d = parsed.data;
  const { $comment: _, ...deadlines } = d.deadlines;
  cached = {
    defaults: d.rules,
    boilerplate: d.boilerplate.map((b) => new RegExp(b.regex, 'u')),
    boilerplateEntries: d.boilerplate,
    deadlines,
    levels: d.levels.map((l) => ({ level: l.level, pattern: new RegExp(l.regex, 'u'), examples: l.examples })),
  };
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
