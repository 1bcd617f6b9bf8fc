/**
 * Word documents whose tables are written as paragraphs, one cell per paragraph, an empty paragraph for
 * a blank cell — what pasting a web table as text into Word gives (#17 item 3, Word) — built by
 * scripts/make-docx-paragraphs.ts from the corpus: every cell reads as the corpus has it, each empty
 * paragraph as a blank cell at its paragraph, and `gongkai check` (the built CLI) gives exactly the
 * listed findings — the blanks as cell-blank, never extract-failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { readReport } from '../src/node/file.js';
import { readDocx } from '../src/readers/docx.js';
import { buildDocxParagraphs, DOCX_PARAGRAPHS, docxBytes, writeDocxParagraphs, type DocxParagraphMeta } from '../scripts/make-docx-paragraphs.js';
import type { ExpectedFinding } from '../scripts/make-text-fixtures.js';
import { reportCells } from './support/corpus.js';
import { updatingFixtures } from './support/fixtures.js';

if (updatingFixtures()) writeDocxParagraphs();

const ROOT = join(import.meta.dirname, '..');
const built = buildDocxParagraphs();
const committed = existsSync(DOCX_PARAGRAPHS) ? readdirSync(DOCX_PARAGRAPHS).filter((n) => existsSync(join(DOCX_PARAGRAPHS, n, 'case.json'))).sort() : [];

/** Where a diagnostic is: its cell's paragraph, else its section or table, else '' (the file). */
function at(d: Diagnostic): string {
  if (d.location.cell !== undefined && d.physical?.paragraph !== undefined) return `paragraph ${d.physical.paragraph}`;
  return d.location.section ?? d.location.table ?? '';
}

const key = (f: ExpectedFinding): string => `${f.ruleId} ${f.severity} ${f.at}`;

describe('pasted Word documents are what scripts/make-docx-paragraphs.ts builds', () => {
  it('the same cases, part for part', () => {
    expect(committed).toEqual(built.map((b) => b.name).sort());
    for (const b of built) {
      const dir = join(DOCX_PARAGRAPHS, b.name);
      const parts = unzipSync(readFileSync(join(dir, 'input.docx')));
      const want = unzipSync(docxBytes(b.document));
      expect(Object.keys(parts).sort()).toEqual(Object.keys(want).sort());
      for (const [name, data] of Object.entries(want)) expect(new TextDecoder().decode(parts[name]), `${b.name}/input.docx ${name} (UPDATE_FIXTURES=1 regenerates)`).toBe(new TextDecoder().decode(data));
      expect(JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(b.meta)));
    }
  });

  it('every way Word writes an empty paragraph is there', () => {
    const doc = built.map((b) => b.document).join('\n');
    for (const empty of ['<w:p/>', '<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>', '<w:t></w:t></w:r></w:p>', '\u00a0</w:t></w:r></w:p>']) expect(doc).toContain(empty);
  });
});

describe('tables one paragraph per cell, blank cells as empty paragraphs, checked through the built CLI', () => {
  for (const b of built) {
    const file = join(DOCX_PARAGRAPHS, b.name, 'input.docx');
    const meta = JSON.parse(readFileSync(join(DOCX_PARAGRAPHS, b.name, 'case.json'), 'utf8')) as DocxParagraphMeta;
    it(`${b.name}: ${meta.blanks.length} blank`, async () => {
      const report = await readReport(file);
      expect(report.reader).toBe('docx');
      expect(report.format).toBe(meta.format);
      // Every cell as the corpus has it, the blanked ones blank; each at its own paragraph.
      const want = reportCells(await readReport(join(ROOT, 'fixtures', 'corpus', `${meta.truth}.json`)));
      for (const id of meta.blanks) want.set(id, null);
      expect(Object.fromEntries(reportCells(report))).toEqual(Object.fromEntries(want));
      for (const [id, paragraph] of Object.entries(meta.cells)) {
        const [t, row, col] = id.split('.') as ['t2' | 't3' | 't4', string, string];
        expect(report.tables[t]?.cells[`${row}.${col}`]?.source?.paragraph, id).toBe(paragraph);
      }
      expect(report.findings).toEqual([]);
      const run = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', file, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
      const result = (JSON.parse(run.stdout) as { files: { readable: boolean; diagnostics: Diagnostic[] }[] }).files[0]!;
      expect(result.readable).toBe(true);
      const ds = result.diagnostics;
      expect(ds.map((d) => key({ ruleId: d.ruleId, severity: d.severity, at: at(d) })).sort()).toEqual(meta.findings.map(key).sort());
      expect(ds.filter((d) => d.category === 'extraction')).toEqual([]);
      const named = ds.filter((d) => d.ruleId === 'cell-blank').flatMap((d) => [d.location.cell, ...(d.related ?? []).map((r) => r.location.cell)]);
      expect(new Set(named)).toEqual(new Set(meta.blanks));
      expect(run.status).toBe(meta.findings.some((f) => f.severity === 'error') ? 1 : 0);
    });
  }
});

describe('empty paragraphs in a Word document', () => {
  const doc = (paras: string[]): Uint8Array =>
    docxBytes(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paras.map((p) => (p.startsWith('<') ? p : `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`)).join('')}</w:body></w:document>`);
  const cells = (issued: string): Record<string, unknown> => {
    const paras = ['二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', issued, '0', '5', '行政规范性文件', '2', '1', '9'].filter((x) => x !== '');
    const r = readDocx({ path: 'p.docx', bytes: doc(paras) });
    return Object.fromEntries(Object.entries(r.tables.t2?.cells ?? {}).map(([k, c]) => [k, c.kind === 'number' ? c.value : c.kind]));
  };

  it('an empty paragraph in a row is a blank cell', () => {
    expect(cells('<w:p/>')).toMatchObject({ 'regulations.issued': 'blank', 'regulations.repealed': 0, 'regulations.in_force': 5, 'normative_documents.in_force': 9 });
  });

  it('a paragraph of only a no-break space is a blank cell', () => {
    expect(cells('<w:p><w:r><w:t xml:space="preserve">\u00a0</w:t></w:r></w:p>')).toMatchObject({ 'regulations.issued': 'blank', 'regulations.repealed': 0 });
  });

  it('without the empty paragraph the lost cell is not guessed', () => {
    const got = cells('');
    expect(got).not.toHaveProperty(['regulations.issued']);
    expect(got).toMatchObject({ 'normative_documents.issued': 2 });
  });
});
