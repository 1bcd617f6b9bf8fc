/**
 * Diagnostics: what rules and readers report, and the result shape every formatter serializes.
 */
import type { LogicalLocation, Source } from './location.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * What a finding is about: `content` = the agency's report is wrong; `format` = it departs from the
 * official layout; `extraction` = gongkai could not read something for sure (not the agency's fault
 * necessarily); `input` = the file itself is unusable or malformed.
 */
export type Category = 'content' | 'format' | 'extraction' | 'input';

/** Message arguments: rendered into the language's template. */
export type MessageData = Record<string, string | number>;

/** An operand cell of a sum, or another related place. */
export interface Related {
  location: LogicalLocation;
  physical?: Source;
  /** What the cell holds, as written ("" for blank: the report leaves it empty). */
  value?: string;
  /**
   * A cell the report has no value for, instead of `value`: `unread` = gongkai could not read it (a
   * reader's extraction finding names it; not the report's fault), `missing` = absent from the report.
   */
  status?: 'unread' | 'missing';
}

/** A finding before rendering: made by a rule or a reader. */
export interface Finding {
  ruleId: string;
  /** Key of the message template in the rule's messages. */
  messageId: string;
  data?: MessageData;
  /** Key of a hint template (same rule), if a hint helps. */
  hintId?: string;
  hintData?: MessageData;
  location: LogicalLocation;
  physical?: Source;
  related?: Related[];
  /** For sums: the value the anchor side should have, and what it has. */
  expected?: number | string;
  actual?: number | string;
  /** For sums: the equation in official labels. */
  equation?: string;
  /** Overrides the rule's category (rarely needed). */
  category?: Category;
  /** Lowers the rule's severity for this finding (e.g. info for "could not check"); 'off' settings still win. */
  severity?: Severity;
}

/** A rendered diagnostic, as printed by `--format json`. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  category: Category;
  messageId: string;
  message: string;
  hint?: string;
  /** Path of the file the diagnostic is about. */
  file: string;
  location: LogicalLocation;
  physical?: Source;
  related?: Related[];
  expected?: number | string;
  actual?: number | string;
  equation?: string;
  data?: MessageData;
}

/** Result for one file. */
export interface FileResult {
  file: string;
  /** Reader used (json, xlsx, csv, html, docx, text); undefined when nothing could read it. */
  reader?: string;
  /** Format version the checks applied. */
  format?: string;
  title?: string;
  agency?: string;
  year?: number;
  /** False when the file could not be read at all. */
  readable: boolean;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

/** Result of a whole run; `--format json` prints exactly this. */
export interface RunResult {
  tool: { name: 'gongkai'; version: string };
  lang: 'zh' | 'en';
  files: FileResult[];
  summary: {
    files: number;
    clean: number;
    withErrors: number;
    withWarnings: number;
    unreadable: number;
    errors: number;
    warnings: number;
    infos: number;
    /**
     * Files found in directories or by patterns and left out, by why (present only when some were):
     * JSON files that hold no report, formats reports come in that gongkai cannot read yet (.doc, .wps,
     * .et, .ofd, …), and files of other kinds. Not counted in `files`.
     */
    skipped?: { notReport: number; notYet: number; otherFormats: number };
  };
}

/** A run's summary with nothing counted yet. */
export function emptySummary(): RunResult['summary'] {
  return { files: 0, clean: 0, withErrors: 0, withWarnings: 0, unreadable: 0, errors: 0, warnings: 0, infos: 0 };
}

/** Counts one file's result into a run's summary (the CLI's runs and the offline page count alike). */
export function addToSummary(s: RunResult['summary'], f: FileResult): void {
  s.files++;
  if (!f.readable) s.unreadable++;
  else {
    if (f.errorCount === 0 && f.warningCount === 0) s.clean++;
    if (f.errorCount > 0) s.withErrors++;
    if (f.warningCount > 0) s.withWarnings++;
  }
  s.errors += f.errorCount;
  s.warnings += f.warningCount;
  s.infos += f.infoCount;
}
