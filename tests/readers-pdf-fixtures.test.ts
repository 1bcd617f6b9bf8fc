/**
 * The PDF reader on the generated PDF fixtures (fixtures/readers/pdf, scripts/make-pdf-fixtures.mjs,
 * issue #16 item 7): every corpus report printed by LibreOffice from its Word file and by Chromium from
 * its official-layout HTML reads with every table cell equal to its hand-checked truth (truth.json) and
 * to the corpus JSON read directly, its year, format and sections, and exactly the findings `gongkai
 * check` gives on the corpus JSON itself (rule, message and data, locations apart) — no error the truth
 * does not have. The same through the CLI, a folder at a time. The scan is one clear error and nothing
 * else; so is the PDF whose text layer gives other characters (Ghostscript's re-writing of a Chromium
 * print). (The report whose table 三 is a picture is tests/readers-pdf.test.ts's.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES, PDF_FIXTURES, ROOT, type PdfCaseJson } from '../scripts/make-pdf-fixtures.mjs';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { checkFile, readReport } from '../src/node/file.js';
import { diffAgainstTruth, loadTruth, reportCells } from './support/corpus.js';
import { KNOWN_ERRORS } from './support/known-errors.js';

const input = (name: string): string => join(PDF_FIXTURES, name, 'input.pdf');
const corpusJson = (truth: string): string => join(ROOT, 'fixtures/corpus', `${truth}.json`);
const TRUTH_CASES = CASES.filter((x) => x.expect === 'truth');

/** The findings without their locations: rule, severity, message and data, sorted. */
function findings(diagnostics: readonly Pick<Diagnostic, 'ruleId' | 'severity' | 'messageId' | 'data'>[]): string[] {
  return diagnostics.map((d) => `${d.severity} ${d.ruleId}/${d.messageId} ${JSON.stringify(d.data ?? {})}`).sort();
}

describe('PDF reader: every corpus report as PDFs, made both ways', () => {
  it('every corpus report is printed by LibreOffice and by Chromium, each a case that must read as its truth', () => {
    const reports = [...new Set(CASES.map((c) => c.truth))];
    for (const r of reports) {
      for (const tool of ['libreoffice', 'chromium'] as const) expect(TRUTH_CASES.some((c) => c.truth === r && c.tool === tool), `${tool} ${r}`).toBe(true);
    }
    expect(reports.length).toBe(16);
  });

  for (const c of TRUTH_CASES) {
    it(`${c.name}: every cell equals truth.json and the corpus JSON; year, format, sections; the findings of the corpus JSON`, async () => {
      const truth = loadTruth(c.truth);
      const report = await readReport(input(c.name));
      expect(report.reader).toBe('pdf');
      expect(diffAgainstTruth(report, truth)).toEqual([]);
      const fromJson = await readReport(corpusJson(c.truth));
      expect(Object.fromEntries(reportCells(report))).toEqual(Object.fromEntries(reportCells(fromJson)));
      expect(report.year).toBe(truth.year);
      expect(report.format).toBe(truth.format);
      expect(report.sections.length).toBe(truth.sectionsPresent.length);
      const pdf = await checkFile(input(c.name));
      const json = await checkFile(corpusJson(c.truth));
      expect(findings(pdf.diagnostics)).toEqual(findings(json.diagnostics));
      // The errors are the corpus's known ones, no other.
      expect([...new Set(pdf.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId))].sort()).toEqual([...(KNOWN_ERRORS[c.truth] ?? [])].sort());
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

describe('PDF reader: a text layer that gives other characters is said once, plainly', () => {
  for (const c of CASES.filter((x) => x.expect === 'wrong-characters')) {
    it(`${c.name}: one error naming the pages and a place, and no other finding`, async () => {
      const result = await checkFile(input(c.name));
      expect(result.readable).toBe(false);
      expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.messageId])).toEqual([['read-error', 'error', 'pdfWrongChars']]);
      expect(result.diagnostics[0]!.data).toMatchObject({ pages: '1, 2, 3, 4', count: expect.any(Number) });
      expect(result.diagnostics[0]!.message).toMatch(/^PDF 的文字层把一部分字记成了别的字符（第1、2、3、4页共 \d+ 处，如“[^”]*[\u00C0-\u024F][^”]*”）/u);
    });
  }
});

interface CliFile {
  file: string;
  readable: boolean;
  diagnostics: Diagnostic[];
}

/**
 * The checks across files are off: the PDF folder holds every report twice (LibreOffice and Chromium),
 * so they would pair each report with two of the year before, where the corpus folder has one.
 */
const ACROSS_FILES = ['yoy-carry-over', 'yoy-in-force', 'yoy-text-repeat', 'yoy-jump', 'yoy-missing-year'].flatMap((r) => ['--rule', `${r}=off`]);

function cli(target: string): CliFile[] {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', target, '-f', 'json', ...ACROSS_FILES], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(r.status, r.stderr).toBe(1);
  return (JSON.parse(r.stdout) as { files: CliFile[] }).files;
}

describe('gongkai check fixtures/readers/pdf (the CLI, built dist/)', () => {
  it('each PDF: the findings the CLI gives on its corpus JSON (locations apart); the scan one error', { timeout: 180_000 }, () => {
    const pdfs = cli('fixtures/readers/pdf');
    const jsons = new Map(cli('fixtures/corpus').map((f) => [f.file.replace(/^.*\//, '').replace(/\.json$/, ''), f]));
    const byCase = new Map(pdfs.map((f) => [f.file.split('/').slice(-2)[0]!, f]));
    expect([...byCase.keys()].sort()).toEqual(CASES.map((c) => c.name).sort());
    for (const c of TRUTH_CASES) {
      const got = byCase.get(c.name)!;
      expect(got.readable, c.name).toBe(true);
      expect(findings(got.diagnostics), c.name).toEqual(findings(jsons.get(c.truth)!.diagnostics));
      // Every finding on a cell names its page (and its box there).
      const pages = (JSON.parse(readFileSync(join(PDF_FIXTURES, c.name, 'case.json'), 'utf8')) as PdfCaseJson).pages;
      for (const d of got.diagnostics.filter((x) => x.location.cell !== undefined)) {
        expect(d.physical?.page, `${c.name} ${d.ruleId}`).toBeGreaterThanOrEqual(1);
        expect(d.physical?.page, `${c.name} ${d.ruleId}`).toBeLessThanOrEqual(pages);
        expect(d.physical?.box, `${c.name} ${d.ruleId}`).toHaveLength(4);
      }
    }
    for (const c of CASES.filter((x) => x.expect === 'no-text-layer')) {
      expect(byCase.get(c.name)!.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)).toEqual(['read-error/pdfNoText']);
    }
    for (const c of CASES.filter((x) => x.expect === 'wrong-characters')) {
      expect(byCase.get(c.name)!.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)).toEqual(['read-error/pdfWrongChars']);
    }
  });
});
