/**
 * Headings numbered off the template (fixtures/inserted-section: scripts/make-inserted-section.ts, the PDFs
 * by scripts/make-inserted-section-pdf.mjs). A real department report held out from the project inserts
 * "二、政务公开工作主要任务落实情况" after 一 and numbers the template's sections on to 七: gongkai took the
 * inserted section as part of 一 and said nothing of either. Now, in every form (flattened text, web page,
 * Word, PDF), a top-level heading outside the template that the report's own numbering vouches for is a
 * section of its own (section-unknown), and headings numbered off the template are reported once per run
 * (section-title numbering / numberingRun); numbered lists inside a section and a numbered line that
 * continues no numbering stay text.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkBytes, readResolved } from '../src/check/bytes.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { headingNumber, insertedHeadings, outsideHeading } from '../src/format/sections.js';
import { buildInsertedSection, INSERTED_SECTION, writeInsertedSection, type InsertedSectionCase, type SectionFinding } from '../scripts/make-inserted-section.js';
import { publishedFromCorpus, toDocx, toHtml } from './support/publish.js';
import { updatingFixtures } from './support/fixtures.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/gongkai.js');
const cases = updatingFixtures() ? writeInsertedSection() : buildInsertedSection();
const FORMS = ['input.txt', 'input.html', 'input.docx', 'input.pdf'] as const;
type Form = (typeof FORMS)[number];

const onDisk = (c: InsertedSectionCase, form: Form): Uint8Array => new Uint8Array(readFileSync(join(INSERTED_SECTION, c.meta.name, form)));

/** The corpus report in the same form, as published: its own findings are the baseline. */
function baseline(c: InsertedSectionCase, form: Exclude<Form, 'input.pdf'>): Uint8Array {
  if (form === 'input.txt') return new Uint8Array(readFileSync(join(ROOT, 'fixtures/corpus-pages', c.meta.corpus, 'page.txt')));
  const p = publishedFromCorpus(c.meta.corpus);
  return form === 'input.html' ? new TextEncoder().encode(toHtml(p)) : toDocx(p);
}

const SECTION_RULES = new Set(['section-unknown', 'section-title']);
const sectionFindings = (ds: readonly Diagnostic[]): SectionFinding[] =>
  ds
    .filter((d) => SECTION_RULES.has(d.ruleId))
    .map((d) => {
      const data = (d as Diagnostic & { data?: Record<string, unknown> }).data ?? {};
      return {
        ruleId: d.ruleId as SectionFinding['ruleId'],
        messageId: d.messageId ?? '',
        heading: String(data.heading ?? ''),
        ...(d.ruleId === 'section-title' ? { section: d.location.section } : {}),
        ...(d.messageId === 'numberingRun' ? { more: Number(data.more) } : {}),
      };
    });
/** A finding as compared across forms: rule, message and place in the tables. */
const key = (d: Diagnostic): string => `${d.severity} ${d.ruleId}/${d.messageId} ${d.location.table ?? ''}.${d.location.row ?? ''}.${d.location.column ?? ''}`;
const others = (ds: readonly Diagnostic[]): string[] => ds.filter((d) => !SECTION_RULES.has(d.ruleId)).map(key).sort();

describe('fixtures/inserted-section', () => {
  it('are what scripts/make-inserted-section.ts builds now (UPDATE_FIXTURES=1 rewrites them; input.pdf by scripts/make-inserted-section-pdf.mjs)', () => {
    for (const c of cases) {
      const dir = join(INSERTED_SECTION, c.meta.name);
      expect(readFileSync(join(dir, 'input.txt'), 'utf8'), `${c.meta.name}/input.txt`).toBe(c.txt);
      expect(readFileSync(join(dir, 'input.html'), 'utf8'), `${c.meta.name}/input.html`).toBe(c.html);
      expect(strFromU8(unzipSync(onDisk(c, 'input.docx'))['word/document.xml']!), `${c.meta.name}/input.docx`).toBe(c.document);
      expect(JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'))).toEqual(c.meta);
      expect(existsSync(join(dir, 'input.pdf')), `${c.meta.name}/input.pdf`).toBe(true);
    }
  });

  it('the cases are what they say: the corpus report has no section finding in any form', async () => {
    for (const form of ['input.txt', 'input.html', 'input.docx'] as const) {
      const { result } = await checkBytes(form, baseline(cases[0]!, form));
      expect(sectionFindings(result.diagnostics), form).toEqual([]);
    }
  });
});

describe.each(cases.flatMap((c) => FORMS.map((form) => ({ c, form, label: `${c.meta.name}/${form}` }))))('$label', ({ c, form }) => {
  it('gives the section findings of the case, and otherwise what the corpus report gives', async () => {
    const bytes = onDisk(c, form);
    const { result } = await checkBytes(form, bytes);
    expect(sectionFindings(result.diagnostics)).toEqual(c.meta.findings);
    // The PDF is the web page printed: it gives what the page gives.
    const base = form === 'input.pdf' ? (await checkBytes('input.html', onDisk(c, 'input.html'))).result : (await checkBytes(form, baseline(c, form))).result;
    expect(others(result.diagnostics)).toEqual(others(base.diagnostics));
  });

  it('reads the inserted section as a section of its own, and lists inside sections as their text', async () => {
    const report = await readResolved(form, onDisk(c, form));
    const flat = (s: string): string => s.replace(/\s+/gu, '');
    const s1 = report.sections.find((s) => s.heading.includes('总体情况'))!;
    if (c.meta.inserted) {
      const own = report.sections.find((s) => flat(s.heading) === flat(c.meta.inserted!.heading));
      expect(own, 'the inserted section').toBeDefined();
      expect(flat(own!.text)).toContain(flat(c.meta.inserted.text).slice(0, 30));
      expect(flat(s1.text)).not.toContain(flat(c.meta.inserted.text).slice(0, 30));
      expect(report.sections).toHaveLength(7);
    } else expect(report.sections).toHaveLength(6);
    for (const [heading, text] of Object.entries(c.meta.added)) {
      const body = report.sections.find((s) => flat(s.heading).endsWith(flat(heading).slice(2)))!;
      for (const line of text.split('\n')) expect(flat(body.text), `${heading}: ${line}`).toContain(flat(line));
    }
  });
});

describe('through the CLI', () => {
  const run = (args: string[]): { status: number | null; stdout: string } => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('checks the forms of a case together: each says where the numbering goes off and which heading is no template section, in Chinese and in English', () => {
    // The four forms of the case (its folder also holds case.json, which is no report).
    const files = FORMS.map((f) => join(INSERTED_SECTION, 'inserted', f));
    const zh = run(['check', ...files]);
    expect(zh.status).toBe(0);
    expect(zh.stdout.match(/标题“三、主动公开政府信息情况”的编号与格式模板不一致，应为“二、主动公开政府信息情况”；其后 4 个部分的编号也同样错位。/gu)).toHaveLength(FORMS.length);
    expect(zh.stdout.match(/标题“二、政务公开工作主要任务落实情况”不是格式模板的六个部分之一。/gu)).toHaveLength(FORMS.length);
    const en = run(['check', ...files, '--lang', 'en', '-f', 'json']);
    const results = (JSON.parse(en.stdout) as { files: { file: string; diagnostics: { ruleId: string; message: string }[] }[] }).files;
    expect(results).toHaveLength(FORMS.length);
    for (const f of results) {
      expect(f.diagnostics.filter((d) => d.ruleId === 'section-title').map((d) => d.message), f.file).toEqual([
        'Heading "三、主动公开政府信息情况" is numbered differently from the template: it should be "二、主动公开政府信息情况"; the 4 sections after it are numbered off the same way.',
      ]);
    }
  });
});

describe('format/sections.ts: headings outside the template', () => {
  it('outsideHeading: a numbered heading that is no section and no table-三 row (nor the start of one)', () => {
    expect(outsideHeading('二、政务公开工作主要任务落实情况')).toBe(2);
    expect(outsideHeading('二、主动公开政府信息情况')).toBeUndefined();
    expect(outsideHeading('四、结转下年度继续办理')).toBeUndefined();
    expect(outsideHeading('四、结转下年度继续')).toBeUndefined();
    expect(outsideHeading('三、本年度办理结果（一）予以公开')).toBeUndefined();
    expect(outsideHeading('（二）政务公开工作')).toBeUndefined();
    expect(outsideHeading('2、政务公开工作')).toBeUndefined();
    expect(outsideHeading('二、A')).toBeUndefined();
    expect(headingNumber('十、其他')).toBe(10);
  });

  it('insertedHeadings: only where the headings\' own numbering leaves room, in sequence', () => {
    const known = (...ns: (number | undefined)[]): { at: number; number: number | undefined }[] => ns.map((number, i) => ({ at: i * 10, number }));
    const c = (at: number, number: number): { at: number; number: number } => ({ at, number });
    // 一 … 三: the 二 between them; a list "一、二、" inside a section is not continued numbering.
    expect(insertedHeadings(known(1, 3, 4), [c(5, 2), c(12, 1), c(14, 2)])).toEqual([c(5, 2)]);
    // No room between 一 and 二: a list there is text.
    expect(insertedHeadings(known(1, 2), [c(3, 1), c(5, 2)])).toEqual([]);
    // After the last: what continues its number only (七 after 六, not 八).
    expect(insertedHeadings(known(1, 2, 3, 4, 5, 6), [c(55, 8)])).toEqual([]);
    expect(insertedHeadings(known(1, 2, 3, 4, 5, 6), [c(55, 7)])).toEqual([c(55, 7)]);
    // Two inserted in a row; an unnumbered heading vouches for nothing.
    expect(insertedHeadings(known(1, 4), [c(2, 2), c(4, 3), c(6, 3)])).toEqual([c(2, 2), c(4, 3)]);
    expect(insertedHeadings(known(1, undefined), [c(5, 2)])).toEqual([]);
  });

  it('insertedHeadings weighs only lines with the number due, and at most 50 in one place (hostile text: 100,000 numbered lines)', () => {
    const known = [{ at: 0, number: 1 }, { at: 1_000_000, number: 3 }, { at: 1_000_001, number: 4 }];
    const lines = Array.from({ length: 100_000 }, (_, i) => ({ at: i + 1, number: 2 + (i % 3) }));
    let asked = 0;
    const none = insertedHeadings(known, lines, (l) => {
      asked++;
      expect(l.number).toBe(2);
      return false;
    });
    expect(none).toEqual([]);
    expect(asked).toBe(50);
  });
});
