/**
 * The only rule registry, in reporting order. Ids and codes are never reused: a retired rule
 * stays here as a tombstone comment.
 */
import type { Rule } from './rule.js';
import readError from './read-error.js';
import internalError from './internal-error.js';
import tooManyFindings from './too-many-findings.js';
import jsonSchema from './json-schema.js';
import jsonUnknownKey from './json-unknown-key.js';
import jsonForbiddenKey from './json-forbidden-key.js';
import extractAmbiguous from './extract-ambiguous.js';
import extractFailed from './extract-failed.js';
import extractResolved from './extract-resolved.js';
import formulaNoValue from './formula-no-value.js';
import formulaStale from './formula-stale.js';
import sectionMissing from './section-missing.js';
import sectionOrder from './section-order.js';
import sectionTitle from './section-title.js';
import sectionEmpty from './section-empty.js';
import sectionUnknown from './section-unknown.js';
import formatSuperseded from './format-superseded.js';
import reportYear from './report-year.js';
import tableMissing from './table-missing.js';
import cellMissing from './cell-missing.js';
import cellBlank from './cell-blank.js';
import tableExtra from './table-extra.js';
import tableLabel from './table-label.js';
import tableLayout from './table-layout.js';
import cellNotNumber from './cell-not-number.js';
import cellUnit from './cell-unit.js';
import valueNegative from './value-negative.js';
import valueNotInteger from './value-not-integer.js';
import amountUnit from './amount-unit.js';
import table3Balance from './table3-balance.js';
import table3ResultsTotal from './table3-results-total.js';
import table3RowTotal from './table3-row-total.js';
import table4RowTotal from './table4-row-total.js';
import table3OtherShare from './table3-other-share.js';
import feeReport from './fee-report.js';
import section1Length from './section1-length.js';
import section5Substance from './section5-substance.js';
import section1Topics from './section1-topics.js';
import section1Figures from './section1-figures.js';
import section5Specific from './section5-specific.js';
import narrativeFigure from './narrative-figure.js';
import narrativePercentage from './narrative-percentage.js';
import reportPeriod from './report-period.js';
import reportLate from './report-late.js';
import yoyCarryOver from './yoy-carry-over.js';
import yoyInForce from './yoy-in-force.js';
import yoyTextRepeat from './yoy-text-repeat.js';
import yoyTablesUnchanged from './yoy-tables-unchanged.js';
import yoyJump from './yoy-jump.js';
import yoyMissingYear from './yoy-missing-year.js';
import batchCopiedText from './batch-copied-text.js';
import batchRollup from './batch-rollup.js';

export const RULES: readonly Rule[] = [
  // Input (emitted by readers)
  readError,
  internalError,
  tooManyFindings,
  jsonSchema,
  jsonUnknownKey,
  jsonForbiddenKey,
  // Extraction (emitted by the text, HTML and DOCX readers)
  extractAmbiguous,
  extractFailed,
  extractResolved,
  // Extraction (emitted by the spreadsheet readers)
  formulaNoValue,
  formulaStale,
  // Sections
  sectionMissing,
  sectionOrder,
  sectionTitle,
  sectionEmpty,
  sectionUnknown,
  // Format version and year
  formatSuperseded,
  reportYear,
  // Tables: completeness
  tableMissing,
  cellMissing,
  cellBlank,
  tableExtra,
  tableLabel,
  tableLayout,
  // Tables: value domains
  cellNotNumber,
  cellUnit,
  valueNegative,
  valueNotInteger,
  amountUnit,
  // Tables: sums (equations in schemas/format)
  table3Balance,
  table3ResultsTotal,
  table3RowTotal,
  table4RowTotal,
  // Tables: what reviewers follow up
  table3OtherShare,
  // Content required by the 2021 format
  feeReport,
  section1Length,
  section5Substance,
  // What sections 一 and 五 say (schemas/content.json)
  section1Topics,
  section1Figures,
  section5Specific,
  // Narrative against tables, years (schemas/narrative.json)
  narrativeFigure,
  narrativePercentage,
  reportPeriod,
  // When it was published (schemas/review.json deadlines)
  reportLate,
  // Year over year (emitted by the cross-file step, src/check/crossfile.ts)
  yoyCarryOver,
  yoyInForce,
  // yoy-section5-repeat (GK167): retired, replaced by yoy-text-repeat (every section and the whole report).
  yoyTextRepeat,
  yoyTablesUnchanged,
  yoyJump,
  yoyMissingYear,
  // Across the files of one run (also from src/check/crossfile.ts)
  batchCopiedText,
  batchRollup,
];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}
