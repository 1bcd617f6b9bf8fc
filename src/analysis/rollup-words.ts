/**
 * The words of schemas/rollup.json (batch-rollup, check/rollup.ts): by which a report says it is a summary
 * (逐级汇总) of its units' reports, and the agencies never taken for units. Here, below the checks, because the
 * facts of a report that says so keep the place of every cell of its tables (analysis/facts.ts).
 */
import { z } from 'zod';
import rollupJson from '../../schemas/rollup.json' with { type: 'json' };
import { foldForMatching } from './narrative-text.js';

const RollupFile = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  notUnits: z.array(z.strictObject({ regex: z.string().min(1), examples: z.array(z.string().min(1)).min(1), why: z.string().min(1) })),
  summaryWords: z.array(
    z.strictObject({
      regex: z.string().min(1),
      on: z.enum(['text', 'agency']).optional(),
      examples: z.array(z.strictObject({ text: z.string().min(1), source: z.string().min(1) })).min(1),
      why: z.string().min(1),
    }),
  ),
});

interface SummaryWords {
  text: RegExp[];
  agency: RegExp[];
  /** Agencies never taken for units without a declaration (vertical management). */
  notUnits: RegExp[];
  /** As in the file (for tests). */
  entries: z.infer<typeof RollupFile>['summaryWords'];
  notUnitEntries: z.infer<typeof RollupFile>['notUnits'];
}

let words: SummaryWords | undefined;

/** schemas/rollup.json, validated and compiled (once). */
export function summaryWords(): SummaryWords {
  if (words) return words;
  const parsed = RollupFile.safeParse(rollupJson);
  if (!parsed.success) throw new Error(`schemas/rollup.json is not valid: ${z.prettifyError(parsed.error)}`);
  const e = parsed.data.summaryWords;
  words = {
    notUnits: parsed.data.notUnits.map((n) => new RegExp(n.regex, 'u')),
    text: e.filter((w) => (w.on ?? 'text') === 'text').map((w) => new RegExp(w.regex, 'u')),
    agency: e.filter((w) => w.on === 'agency').map((w) => new RegExp(w.regex, 'u')),
    entries: e,
    notUnitEntries: parsed.data.notUnits,
  };
  return words;
}

/** The sentence (or the agency's name) by which a report says it is a summary, or undefined. */
export function summarySays(facts: { agency?: string; texts: Record<string, string> }): string | undefined {
  const w = summaryWords();
  if (facts.agency && w.agency.some((re) => re.test(foldForMatching(facts.agency!)))) return facts.agency;
  for (const text of Object.values(facts.texts)) {
    for (const sentence of text.split(/[。！？；!?;\n]/u)) {
      const s = foldForMatching(sentence);
      for (const re of w.text) {
        const m = re.exec(s);
        if (!m) continue;
        if (s.length !== sentence.length) return sentence.trim();
        // The clause that holds the words (folding keeps the length).
        const from = Math.max(s.lastIndexOf('，', m.index), s.lastIndexOf(',', m.index)) + 1;
        const after = s.slice(m.index + m[0].length).search(/[，,]/u);
        return sentence.slice(from, after < 0 ? undefined : m.index + m[0].length + after).trim();
      }
    }
  }
  return undefined;
}

