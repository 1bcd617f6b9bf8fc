/** Formatters are pure functions: the run result in, text out. */
import type { RunResult } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';

export interface FormatContext {
  /** Colour level: 0 = none. */
  color: 0 | 1 | 2 | 3;
  /** Current working directory, to print paths relative to it. */
  cwd: string;
  /** Show only errors (--quiet). */
  quiet?: boolean;
  /**
   * The reports by file path, for formatters that draw findings on the tables (html). The CLI fills it
   * only for those; other formatters never need it.
   */
  reports?: ReadonlyMap<string, Report>;
}

export type Formatter = (result: RunResult, ctx: FormatContext) => string;
