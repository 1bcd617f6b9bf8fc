/**
 * Formatters turn a run's results into text. Each is written as a stream — text before the first file,
 * text for each file in order, text after the last with the summary — so that the CLI can write a run of
 * any size without holding it (see checkStream). `oneShot` makes the plain function, the run result in
 * and text out, from the same stream: both give the same bytes.
 */
import type { FileResult, RunResult } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';

export interface FormatContext {
  /** Colour level: 0 = none. */
  color: 0 | 1 | 2 | 3;
  /** Current working directory, to print paths relative to it. */
  cwd: string;
  /** Show only errors (--quiet). */
  quiet?: boolean;
  /** Show every related cell of a finding, e.g. each blank cell of a table (--verbose). */
  verbose?: boolean;
  /**
   * The reports by file path, for formatters that draw findings on the tables (html). The CLI fills it
   * only for those; other formatters never need it.
   */
  reports?: ReadonlyMap<string, Report>;
  /**
   * Where the rule pages are (a URL ending in '/'), for SARIF's helpUri when the project has no public
   * address for them: the CLI and the Node API give the pages of the installation (node/docs.ts).
   */
  docsBase?: string;
}

export type Formatter = (result: RunResult, ctx: FormatContext) => string;

/** One run's output, piece by piece. The pieces, concatenated, are the formatter's whole text. */
export interface FormatStream {
  head(): string;
  file(result: FileResult): string;
  tail(summary: RunResult['summary']): string;
}

/** Makes the stream of one run (it may keep small state across files, e.g. the unreadable ones). */
export type StreamFormatter = (ctx: FormatContext, lang: 'zh' | 'en') => FormatStream;

/** The plain formatter of a stream formatter. */
export function oneShot(make: StreamFormatter): Formatter {
  return (result, ctx) => {
    const s = make(ctx, result.lang);
    const parts = [s.head()];
    for (const f of result.files) parts.push(s.file(f));
    parts.push(s.tail(result.summary));
    return parts.join('');
  };
}
