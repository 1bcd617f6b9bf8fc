/**
 * The real report PDF in ../shared/pdf (a WPS-made 5-page report, never copied into the repository):
 * every table cell equal to its hand-checked truth, the six sections found, no error the truth does not
 * have, and its vertical label read whole. The one test that reads outside the checkout; it skips when
 * that folder is absent (a user's clone).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../src/check/bytes.js';
import { checkReport } from '../src/check/check.js';
import { readPdf } from '../src/readers/pdf-doc.js';
import { diffAgainstTruth, loadTruth } from './support/corpus.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, '..', 'shared', 'pdf');
const NAME = 'hongze-district-2024';
const present = existsSync(join(DIR, `${NAME}.pdf`)) && existsSync(join(DIR, `${NAME}.truth.json`));

describe.skipIf(!present)('the real PDF in ../shared/pdf', () => {
  it('reads every table cell as its truth, the sections and the title block', async () => {
    // Table 三 of this 2021 report has the single 2019-style row （六）其他处理 (the truth's notes): the
    // 2021 format has no such row, so it is compared apart — the table is read by its own (2019) layout.
    const json = JSON.parse(readFileSync(join(DIR, `${NAME}.truth.json`), 'utf8')) as { table3: Record<string, number[]> };
    const six = json.table3['（六）其他处理']!;
    delete json.table3['（六）其他处理'];
    const file = join(tempDir('gongkai-pdf-truth-'), 'truth.json');
    writeFileSync(file, JSON.stringify(json));
    const truth = loadTruth(NAME, file);
    const report = await readBytes(`${NAME}.pdf`, new Uint8Array(readFileSync(join(DIR, `${NAME}.pdf`))));
    if (process.env.PDF_DEBUG) console.log(JSON.stringify(report, null, 1).slice(0, 20000));
    expect(diffAgainstTruth(report, truth)).toEqual([]);
    expect(report.format).toBe(truth.format);
    expect(report.agency).toBe(truth.agency);
    expect(report.year).toBe(truth.year);
    // Page numbers ("- 3 -") are dropped from the running text.
    for (const s of report.sections) expect(s.text).not.toMatch(/-\s*\d\s*-/);
    const ids = ['一', '二', '三', '四', '五', '六'];
    expect(report.sections.map((s) => ids.find((id) => s.heading.trim().startsWith(`${id}、`)))).toEqual(truth.sectionsPresent);
    expect(report.tables.t3?.layout).toBe('2019');
    expect(report.tables.t3?.extras).toEqual([]);
    const columns = ['natural', 'commercial', 'research', 'nonprofit', 'legal_services', 'other', 'total'];
    expect(columns.map((c) => (report.tables.t3?.cells[`other_handling.${c}`] as { value?: number } | undefined)?.value)).toEqual(six);
    // Tables 二 and 三 meet on page 3 with a heading between them: two tables, each whole over its break.
    const tablesOf = (t: 't2' | 't3'): Set<number | undefined> => new Set(Object.values(report.tables[t]!.cells).map((c) => c.source?.table));
    expect([...tablesOf('t2')]).toEqual([1]);
    expect([...tablesOf('t3')]).toEqual([2]);
    expect(report.tables.t3!.cells['unable_not_held.natural']!.source?.page).toBe(3);
    expect(report.tables.t3!.cells['unable_needs_creation.natural']!.source?.page).toBe(4);
    const result = checkReport(report);
    // The only error: table 三 follows the 2019 layout (one （六）其他处理 row where 2021 has three), said
    // once; the warnings: the label typo "2.其他法律行政止公开" (table-label), and the report's own section
    // 一, which as a government's gives no result of 社会评议 or 责任追究 (section1-topics), and the mismatch
    // the truth's notes name: section 一 says "区政府办代表区政府受理政府信息公开申请 17 件" (the PDF's text has
    // spaces beside its numbers), table 三's 一、本年新收 总计 is 95 (narrative-figure). The sums all
    // hold. (The three 2021 rows are not in the PDF: its table 三 has 23 rows, （六）其他处理 one row of
    // figures with no 1./2./3. under it — the truth's notes; poppler's pdftotext shows the same.)
    expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.severity} ${d.ruleId} ${d.location.table ?? d.location.section}`)).toEqual([
      'warning section1-topics s1',
      'warning narrative-figure t3',
      'error table-layout t3',
      'warning table-label t3',
    ]);
    const mismatch = result.diagnostics.find((d) => d.ruleId === 'narrative-figure')!;
    expect(mismatch.location.cell).toBe('t3.new.total');
    expect(mismatch.message).toMatch(/申请为 17件，但表三“一、本年新收政府信息公开申请数量”总计为 95：“2024 年，区政府办代表区政府受理政府信息公开申请 17 件/u);
  });

  it('三、本年度办理结果, set in a vertical font low on page 3, reads whole (pdfjs\'s own text items lose all but "三、本")', async () => {
    const doc = await readPdf(new Uint8Array(readFileSync(join(DIR, `${NAME}.pdf`))));
    expect(doc.pages.flatMap((p) => p.items.filter((i) => i.vertical).map((i) => `${p.page}:${i.text}`))).toEqual(['3:三、本年度办理结果']);
  });
});
