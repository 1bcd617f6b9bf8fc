/**
 * The DOCX reader on Word documents of the corpus reports (tests/support/publish.ts): tables with
 * merged header cells (w:gridSpan, w:vMerge), numbers split over runs; they read the same as the
 * site pages of the same reports.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../src/engine/check.js';
import { readReport } from '../src/engine/run.js';
import { corpusNames, diffAgainstTruth, loadTruth, reportCells } from './support/corpus.js';
import { KNOWN_ERRORS } from './support/known-errors.js';
import { publishedFromCorpus, toDocx, toHtml } from './support/publish.js';
import { readHtml } from '../src/readers/html.js';
import { documentPart } from '../src/readers/docx.js';

const DIR = join(import.meta.dirname, '../fixtures/readers/docx');

function fixture(name: string, bytes: Uint8Array): string {
  const file = join(DIR, `${name}.docx`);
  if (process.env.UPDATE_FIXTURES || (!existsSync(file) && !process.env.CI)) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, bytes);
  }
  expect(existsSync(file), `${file} is missing (run UPDATE_FIXTURES=1)`).toBe(true);
  // Compared by content: deflate output may differ between zlib versions, the document may not.
  const part = (b: Uint8Array): string => Buffer.from(documentPart(b)).toString('utf8');
  expect(part(new Uint8Array(readFileSync(file)))).toBe(part(bytes));
  return file;
}

function errorsOf(report: Parameters<typeof checkReport>[0]): string[] {
  return [...new Set(checkReport(report).diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId))].sort();
}

describe('DOCX reader: corpus reports as Word documents', () => {
  for (const name of corpusNames()) {
    it(`${name}: every cell equals truth.json, only the known errors, same as its HTML`, async () => {
      const truth = loadTruth(name);
      const published = publishedFromCorpus(name);
      const file = fixture(name, toDocx(published));
      const report = await readReport(file);
      expect(report.reader).toBe('docx');
      expect(diffAgainstTruth(report, truth)).toEqual([]);
      expect(report.year).toBe(truth.year);
      expect(report.format).toBe(truth.format);
      expect(report.sections.map((s) => s.heading)).toEqual(published.sections.map((s) => s.heading));
      expect(errorsOf(report)).toEqual((KNOWN_ERRORS[name] ?? []).sort());
      const html = readHtml({ path: `${name}.html`, bytes: new TextEncoder().encode(toHtml(published)) });
      expect(reportCells(report)).toEqual(reportCells(html));
      expect(report.sections.map((s) => [s.heading, s.text])).toEqual(html.sections.map((s) => [s.heading, s.text]));
    });
  }
});
