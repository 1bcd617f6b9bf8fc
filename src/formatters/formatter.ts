/** Formatters are pure functions: the run result in, text out. */
import type { RunResult } from '../model/diagnostic.js';

export interface FormatContext {
  /** Colour level: 0 = none. */
  color: 0 | 1 | 2 | 3;
  /** Current working directory, to print paths relative to it. */
  cwd: string;
  /** Show only errors (--quiet). */
  quiet?: boolean;
}

export type Formatter = (result: RunResult, ctx: FormatContext) => string;
