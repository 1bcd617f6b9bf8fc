/**
 * The rule contract. A rule is data (id, code, default severity, category, tags, its texts in
 * both languages) plus, for rules that inspect the model, one `check` function. Rules whose
 * findings come from readers (unreadable file, JSON schema problems, extraction problems) have no
 * `check`: readers emit their findings under these ids, and the engine gives them severity and text.
 */
import type { Category, Finding, Severity } from '../model/diagnostic.js';
import type { Report, TableContent } from '../model/report.js';
import type { FormatSpec, TableId, TableSpec } from '../format/spec.js';
import type { Cell } from '../model/cell.js';
import type { LogicalLocation, Source } from '../model/location.js';
import type { ResolvedSection } from '../analysis/resolve.js';
import type { RuleOptions } from '../analysis/review-data.js';

/** The texts of a rule in one language. Templates use `{name}` placeholders. */
interface RuleText {
  /** Short title, shown in `gongkai rules`, the README table and SARIF. */
  title: string;
  /** One paragraph: what is checked, why, and how to fix it. */
  doc: string;
  messages: Record<string, string>;
  hints?: Record<string, string>;
}

export interface RuleTexts {
  zh: RuleText;
  en: RuleText;
}

/** A cell reference with everything a diagnostic needs. */
export interface CellRef {
  location: LogicalLocation;
  physical?: Source;
  cell: Cell | undefined;
}

/** What a rule's check function receives. */
export interface RuleContext {
  /** The normalized report being checked. */
  model: Report;
  /** The format version whose rules apply. */
  format: FormatSpec;
  /** Sections of the report, matched to the official six. */
  sections: ResolvedSection[];
  /** The report's content of a table, if the table is present. */
  table(id: TableId): TableContent | undefined;
  /** Official spec of a table in the applied format. */
  spec(id: TableId): TableSpec;
  /** A cell with its logical and physical location. */
  cellRef(table: TableId, row: string, column: string): CellRef;
  /** A value computed once per check and shared by all rules (e.g. the present cells). */
  memo<T>(key: string, make: () => T): T;
  /** The settings of the rules that have some, as the file's config gives them (defaults: schemas/review.json). */
  ruleOptions: RuleOptions;
  /** Report a finding under this rule's id. */
  report(finding: Omit<Finding, 'ruleId'> & { severity?: Severity }): void;
}

export interface Rule {
  /** Stable kebab-case id; also the file name. Never reused. */
  id: string;
  /** Stable short code (GK###). Never reused. */
  code: string;
  severity: Severity;
  category: Category;
  tags: string[];
  text: RuleTexts;
  /** Absent for rules whose findings readers emit. */
  check?: (ctx: RuleContext) => void;
}

/** Identity helper that keeps the literal types of a rule declaration. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
