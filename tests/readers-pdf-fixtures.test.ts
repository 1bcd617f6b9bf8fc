/**
 * The PDF reader on the generated PDF fixtures (fixtures/readers/pdf, scripts/make-pdf-fixtures.mjs,
 * issue #16 item 7): a corpus report printed by LibreOffice from Word or by Chromium from the HTML output
 * reads with every table cell equal to its hand-checked truth, its year, format and sections, and only the
 * corpus's known errors; the scan is one clear error and nothing else. (The report whose table 三 is a
 * picture, expect 'table-picture', is not checked here yet: the reader does not yet say that a table is a
 * picture — issue #16 item 6.)
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES, PDF_FIXTURES } from '../scripts/make-pdf-fixtures.mjs';
import { checkReport } from '../src/check/check.js';
import { checkFile, readReport } from '../src/node/file.js';
import { diffAgainstTruth, loadTruth } from './support/corpus.js';
import { KNOWN_ERRORS } from './support/known-errors.js';

const input = (name: string): string => join(PDF_FIXTURES, name, 'input.pdf');

function errorsOf(report: Parameters<typeof checkReport>[0]): string[] {
  return [...new Set(checkReport(report).diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId))].sort();
}

describe('PDF reader: corpus reports as PDFs (every cell against the truth)', () => {
  for (const c of CASES.filter((x) => x.expect === 'truth')) {
    it(`${c.name}: every cell equals truth.json, year, format, sections, only the known errors`, async () => {
      const truth = loadTruth(c.truth);
      const report = await readReport(input(c.name));
      expect(report.reader).toBe('pdf');
      expect(diffAgainstTruth(report, truth)).toEqual([]);
      expect(report.year).toBe(truth.year);
      expect(report.format).toBe(truth.format);
      expect(report.sections.length).toBe(truth.sectionsPresent.length);
      expect(errorsOf(report)).toEqual((KNOWN_ERRORS[c.truth] ?? []).sort());
    });
  }
});

describe('PDF reader: what cannot be read is said once, plainly', () => {
  for (const c of CASES.filter((x) => x.expect === 'no-text-layer')) {
    it(`${c.name} (image-only): one error, no text layer, and no other finding`, async () => {
      const result = await checkFile(input(c.name));
      expect(result.readable).toBe(false);
      expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.messageId])).toEqual([['read-error', 'error', 'pdfNoText']]);
      expect(result.diagnostics[0]!.message).toContain('PDF 没有文字层，可能是扫描件');
    });
  }
});
