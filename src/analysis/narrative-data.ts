/**
 * The data of the narrative checks: schemas/narrative.json (imported as a module, bundled), validated
 * and compiled once — the quantities and the cells each is read from, the patterns of the statements
 * that restate them, "未收到…" statements, percentages and words of approximation — with the small
 * reading of regex sources that tells whether a pattern ends with its number and unit (then a sentence
 * without such a number and unit is skipped, narrative-text.ts).
 */
import { z } from 'zod';
import narrativeJson from '../../schemas/narrative.json' with { type: 'json' };
import { NUMBER_PATTERN } from '../format/numerals.js';

/**
 * Why a quantity may be read another way than its plain reading: a real phrase that means it (`example`,
 * from the corpus report `source`, where the tables show it), and a phrase whose wording fixes the plain
 * reading (`plain`, with `{N}` for the number), which must never be read this way.
 */
const Evidence = z.object({
  example: z.string().min(1),
  source: z.string().min(1),
  plain: z.string().includes('{N}'),
});
const Quantity = z.object({
  zh: z.string(),
  en: z.string(),
  /** The readings: the first is the plain one; each further one needs its evidence. */
  anyOf: z.array(z.array(z.string().regex(/^t[234]\.[a-z0-9_]+\.[a-z0-9_]+$/)).min(1)).min(1),
  /** One per further reading, in order: evidence[i] justifies anyOf[i + 1]. */
  evidence: z.array(Evidence).optional(),
  percentOf: z.string().optional(),
  unit: z.string().optional(),
});
const Pattern = z.object({
  quantity: z.string(),
  units: z.string(),
  regex: z.string().includes('{N}'),
  before: z.string().optional(),
  notBefore: z.string().optional(),
  exclude: z.string().optional(),
  sentence: z.string().optional(),
  /** The one reading (index in the quantity's anyOf) the phrase's wording allows. */
  reading: z.number().int().min(0).optional(),
});
const NonePattern = z.object({
  quantities: z.record(z.string(), z.string()),
  regex: z.string(),
  exclude: z.string().optional(),
  sentence: z.string().optional(),
});
const NarrativeFile = z.object({
  $comment: z.string().optional(),
  version: z.literal(1),
  /** Quantities compared from year to year for large jumps (yoy-jump); their first reading is the figure. */
  yearOverYear: z.array(z.string()),
  quantities: z.record(z.string(), Quantity),
  units: z.record(z.string(), z.string()),
  patterns: z.array(Pattern),
  none: z.array(NonePattern),
  percent: z.string().includes('{P}'),
  approximate: z.object({ before: z.string(), after: z.string() }),
});
type NarrativeData = z.infer<typeof NarrativeFile>;
export type QuantitySpec = z.infer<typeof Quantity>;

interface CompiledPattern {
  quantity: string;
  /** The one reading the wording allows (index in the quantity's anyOf), if it fixes one. */
  reading?: number;
  re: RegExp;
  /**
   * When every match ends with the number, optional spaces and the unit (the regex has no top-level
   * alternation and only lookarounds after `{N}`): the units, so that a sentence without any
   * "number + unit" of them is skipped without running the pattern.
   */
  numberUnit?: string;
  before?: RegExp;
  notBefore?: RegExp;
  exclude?: RegExp;
  sentence?: RegExp;
}

interface Compiled {
  data: NarrativeData;
  patterns: CompiledPattern[];
  /** The units of each units name written as plain alternatives (`件|个|宗`), for `numberUnit`. */
  unitWords: Map<string, string[]>;
  none: { quantities: Record<string, RegExp>; re: RegExp; exclude?: RegExp; sentence?: RegExp }[];
  percent: RegExp;
  approxBefore: RegExp;
  approxAfter: RegExp;
}

let compiled: Compiled | undefined;

/** Validates and compiles schemas/narrative.json (imported as a module, bundled; once). Throws with the file name when it is invalid. */
export function narrativeData(): Compiled {
  if (compiled) return compiled;
  const parsed = NarrativeFile.safeParse(narrativeJson);
  if (!parsed.success) throw new Error(`schemas/narrative.json is not valid: ${z.prettifyError(parsed.error)}`);
  const data = parsed.data;
  for (const q of data.yearOverYear) if (!data.quantities[q]) throw new Error(`schemas/narrative.json: yearOverYear names unknown quantity ${q}`);
  for (const [name, q] of Object.entries(data.quantities)) {
    // Every reading but the plain one is justified by a real phrase (and a plain phrase it must not take).
    if ((q.evidence?.length ?? 0) !== q.anyOf.length - 1) {
      throw new Error(`schemas/narrative.json: quantity ${name} has ${q.anyOf.length - 1} further readings and ${q.evidence?.length ?? 0} evidence entries`);
    }
  }
  const patterns = data.patterns.map((p, i) => {
    const q = data.quantities[p.quantity];
    if (!q) throw new Error(`schemas/narrative.json: pattern ${i} names unknown quantity ${p.quantity}`);
    if (p.reading !== undefined && p.reading >= q.anyOf.length) throw new Error(`schemas/narrative.json: pattern ${i} names reading ${p.reading} of ${p.quantity}, which has ${q.anyOf.length}`);
    const units = data.units[p.units];
    if (units === undefined) throw new Error(`schemas/narrative.json: pattern ${i} names unknown units ${p.units}`);
    const source = `${p.regex.replace('{N}', `(?<n>${NUMBER_PATTERN})`)}\\s*(?<unit>${units})`;
    const anchored =
      PLAIN_WORDS.test(units) && !hasTopLevelAlternation(p.regex) && onlyLookarounds(p.regex.slice(p.regex.indexOf('{N}') + 3));
    return {
      quantity: p.quantity,
      ...(p.reading !== undefined ? { reading: p.reading } : {}),
      re: new RegExp(source, 'gu'),
      ...(anchored ? { numberUnit: p.units } : {}),
      ...(p.before ? { before: new RegExp(p.before, 'u') } : {}),
      ...(p.notBefore ? { notBefore: new RegExp(p.notBefore, 'u') } : {}),
      ...(p.exclude ? { exclude: new RegExp(p.exclude, 'u') } : {}),
      ...(p.sentence ? { sentence: new RegExp(p.sentence, 'u') } : {}),
    };
  });
  const none = data.none.map((n) => {
    for (const q of Object.keys(n.quantities)) if (!data.quantities[q]) throw new Error(`schemas/narrative.json: none names unknown quantity ${q}`);
    return {
      quantities: Object.fromEntries(Object.entries(n.quantities).map(([q, m]) => [q, new RegExp(m, 'u')])),
      re: new RegExp(n.regex, 'gu'),
      ...(n.exclude ? { exclude: new RegExp(n.exclude, 'u') } : {}),
      ...(n.sentence ? { sentence: new RegExp(n.sentence, 'u') } : {}),
    };
  });
  const unitWords = new Map(Object.entries(data.units).map(([name, u]) => [name, u.split('|')]));
  compiled = {
    data,
    patterns,
    unitWords,
    none,
    percent: new RegExp(data.percent.replace('{P}', '[0-9]+(?:\\.[0-9]+)?'), 'u'),
    approxBefore: new RegExp(data.approximate.before, 'u'),
    approxAfter: new RegExp(data.approximate.after, 'u'),
  };
  return compiled;
}

/** A regex source that is plain words separated by `|` (no other regex syntax). */
const PLAIN_WORDS = /^[^\\^$.*+?()[\]{}|]+(?:\|[^\\^$.*+?()[\]{}|]+)*$/u;

/** Index just past the group that opens at `open` (a `(`), skipping escapes and classes; -1 if unclosed. */
function groupEnd(re: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < re.length; i++) {
    const ch = re[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Whether a regex source has a `|` outside every group (then a suffix applies to its last branch only). */
function hasTopLevelAlternation(re: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < re.length; i++) {
    const ch = re[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** Whether a regex source is nothing but lookaheads/lookbehinds (matches no characters). */
function onlyLookarounds(re: string): boolean {
  let at = 0;
  while (at < re.length) {
    if (!/^\((?:\?[=!]|\?<[=!])/u.test(re.slice(at))) return false;
    const end = groupEnd(re, at);
    if (end < 0) return false;
    at = end;
  }
  return true;
}
