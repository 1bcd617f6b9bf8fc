/**
 * A section heading padded with non-breaking spaces on the published page wraps before its last character
 * when printed ("三、收到和处理政府信息公开申请情" | "况"): the first line ends far from the margin (the
 * spaces are not drawn), which otherwise ends a paragraph. The heading is one heading again (pdf-text.ts
 * wrappedHeading): no false section-title ("…申请情" against the template), the same sections and section
 * findings as the page itself. Fixture: fixtures/pdf-wrapped-heading (scripts/make-wrapped-heading-pdf.mjs,
 * a corpus agency page with headings 三 and 四 padded, printed by Chromium).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../src/check/bytes.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { paragraphs } from '../src/readers/pdf-text.js';
import type { TextItem } from '../src/readers/pdf-page.js';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'fixtures/pdf-wrapped-heading');
const meta = JSON.parse(readFileSync(join(DIR, 'case.json'), 'utf8')) as { source: string; wrapped: { heading: string; first: string }[] };
const sectionFindings = (ds: Diagnostic[]): string[] => ds.filter((d) => d.ruleId.startsWith('section-')).map((d) => `${d.ruleId} ${d.message}`).sort();

describe('a padded section heading wrapped before its last character (PDF)', () => {
  it('the fixture is such a page: both headings are cut before their last character', () => {
    expect(meta.wrapped.map((w) => w.heading)).toEqual(['三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况']);
    for (const w of meta.wrapped) expect(w.heading.startsWith(w.first) && w.heading.length === w.first.length + 1).toBe(true);
  });

  it('reads each heading whole: the same section findings as the page itself, no section-title', async () => {
    const pdf = await checkBytes('input.pdf', readFileSync(join(DIR, 'input.pdf')));
    const html = await checkBytes('page.html', readFileSync(join(ROOT, meta.source)));
    expect(pdf.result.readable).toBe(true);
    expect(pdf.result.diagnostics.filter((d) => d.ruleId === 'section-title')).toEqual([]);
    expect(sectionFindings(pdf.result.diagnostics)).toEqual(sectionFindings(html.result.diagnostics));
  });

  it('the core reads a PDF handed in as a Node Buffer (pdfjs refuses a Buffer: the reader copies the bytes into a plain Uint8Array)', async () => {
    const buffer = readFileSync(join(DIR, 'input.pdf'));
    expect(Buffer.isBuffer(buffer)).toBe(true);
    const got = await checkBytes('input.pdf', buffer);
    expect(got.result.diagnostics.filter((d) => d.ruleId === 'read-error')).toEqual([]);
    expect(got.result.readable).toBe(true);
    // The caller's bytes are left as they were.
    expect(buffer.equals(readFileSync(join(DIR, 'input.pdf')))).toBe(true);
  });

  it('through the built CLI: no section finding the page does not have', () => {
    const run = (f: string): Diagnostic[] =>
      (JSON.parse(spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', f, '-f', 'json'], { cwd: ROOT, encoding: 'utf8' }).stdout) as { files: { diagnostics: Diagnostic[] }[] }).files[0]!.diagnostics;
    expect(sectionFindings(run('fixtures/pdf-wrapped-heading/input.pdf'))).toEqual(sectionFindings(run(meta.source)));
  });

  it('only a heading that the next line completes: a short heading line followed by body text stays a paragraph of its own', () => {
    const line = (text: string, x0: number, x1: number, y: number): TextItem => ({ text, x0, x1, y0: y, y1: y + 12, size: 12, font: 'F', vertical: false });
    const body = 'x'.repeat(40);
    const page = (items: TextItem[]) => paragraphs([{ page: 1, height: 842, items }], new Set(), new Map(), 0).map((p) => p.text);
    // A body line sets the right margin (520); the heading line ends at 280.
    const wrapped = page([line(body, 60, 520, 700), line('三、收到和处理政府信息公开申请情', 86, 280, 680), line('况', 60, 72, 664), line(body, 60, 520, 648)]);
    expect(wrapped).toContain('三、收到和处理政府信息公开申请情况');
    // The heading complete on its line: the next short line is not taken into it.
    const whole = page([line(body, 60, 520, 700), line('三、收到和处理政府信息公开申请情况', 86, 292, 680), line('况', 60, 72, 664), line(body, 60, 520, 648)]);
    expect(whole).toContain('三、收到和处理政府信息公开申请情况');
    expect(whole).not.toContain('三、收到和处理政府信息公开申请情况况');
    // A heading the next line does not complete (body text after a short heading).
    const other = page([line(body, 60, 520, 700), line('三、收到和处理政府信息公开申请情', 86, 280, 680), line('全年共收到', 60, 180, 664), line(body, 60, 520, 648)]);
    expect(other).toContain('三、收到和处理政府信息公开申请情');
    expect(other.some((t) => t.startsWith('三、收到和处理政府信息公开申请情全年'))).toBe(false);
  });
});
