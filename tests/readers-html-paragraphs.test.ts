/**
 * Web pages whose tables are written as one <p> or <div> per cell, an empty one for a blank cell (#17
 * item 3, HTML), built by scripts/make-html-paragraphs.ts from the corpus: every cell reads as the corpus
 * has it, each empty block as a blank cell at its line, and `gongkai check` gives exactly the listed
 * findings — the blanks as cell-blank, never extract-failed; a row label printed with a typo is read
 * under its row and reported by table-label (#17 item 9).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/model/diagnostic.js';
import { readReport } from '../src/node/file.js';
import { readHtml } from '../src/readers/html.js';
import { buildParagraphPages, PARAGRAPH_PAGES, writeParagraphPages, type ParagraphMeta } from '../scripts/make-html-paragraphs.js';
import type { ExpectedFinding } from '../scripts/make-text-fixtures.js';
import { runCli } from './support/cli.js';
import { reportCells } from './support/corpus.js';
import { updatingFixtures } from './support/fixtures.js';

if (updatingFixtures()) writeParagraphPages();

const built = buildParagraphPages();
const committed = existsSync(PARAGRAPH_PAGES) ? readdirSync(PARAGRAPH_PAGES).filter((n) => existsSync(join(PARAGRAPH_PAGES, n, 'case.json'))).sort() : [];

/** Where a diagnostic is: its cell's line, else its section or table, else '' (the file). */
function at(d: Diagnostic): string {
  if (d.location.cell !== undefined && d.physical?.line !== undefined) return `line ${d.physical.line}`;
  return d.location.section ?? d.location.table ?? '';
}

const key = (f: ExpectedFinding): string => `${f.ruleId} ${f.severity} ${f.at}`;

describe('paragraph pages are what scripts/make-html-paragraphs.ts builds', () => {
  it('the same cases, byte for byte', () => {
    expect(committed).toEqual(built.map((b) => b.name).sort());
    for (const b of built) {
      const dir = join(PARAGRAPH_PAGES, b.name);
      expect(readFileSync(join(dir, 'input.html'), 'utf8'), `${b.name}/input.html (UPDATE_FIXTURES=1 regenerates)`).toBe(b.html);
      expect(JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(b.meta)));
    }
  });

  it('every way an editor writes an empty block is there', () => {
    const pages = built.map((b) => b.html).join('\n');
    for (const empty of ['<p></p>', '<p>&nbsp;</p>', '<p><br></p>', '<p><span></span></p>', '<div></div>', '<div>&nbsp;</div>', '<div><br></div>']) expect(pages).toContain(empty);
  });
});

describe('tables one block per cell, blank cells as empty blocks, checked through the CLI', () => {
  for (const b of built) {
    const file = join(PARAGRAPH_PAGES, b.name, 'input.html');
    const meta = JSON.parse(readFileSync(join(PARAGRAPH_PAGES, b.name, 'case.json'), 'utf8')) as ParagraphMeta;
    it(`${b.name}: one <${meta.block}> per cell, ${meta.blanks.length} blank${meta.typo ? ', a label with a typo' : ''}`, async () => {
      const report = await readReport(file);
      expect(report.reader).toBe('html');
      expect(report.format).toBe(meta.format);
      // Every cell as the corpus has it, the blanked ones blank; each at its own line.
      const want = reportCells(await readReport(join('fixtures', 'corpus', `${meta.truth}.json`)));
      for (const id of meta.blanks) want.set(id, null);
      expect(Object.fromEntries(reportCells(report))).toEqual(Object.fromEntries(want));
      for (const [id, line] of Object.entries(meta.cells)) {
        const [t, row, col] = id.split('.') as ['t2' | 't3' | 't4', string, string];
        expect(report.tables[t]?.cells[`${row}.${col}`]?.source?.line, id).toBe(line);
      }
      expect(report.findings).toEqual([]);
      expect(report.tables.t3?.relabelled?.map((r) => ({ row: r.id, label: r.label }))).toEqual(meta.typo ? [meta.typo] : undefined);
      // Through the CLI: exactly the listed findings, each at its place.
      const run = await runCli(['check', file, '--format', 'json']);
      const result = (JSON.parse(run.stdout) as { files: { readable: boolean; diagnostics: Diagnostic[] }[] }).files[0]!;
      expect(result.readable).toBe(true);
      const ds = result.diagnostics;
      expect(ds.map((d) => key({ ruleId: d.ruleId, severity: d.severity, at: at(d) })).sort()).toEqual(meta.findings.map(key).sort());
      expect(ds.filter((d) => d.category === 'extraction')).toEqual([]);
      // Every blank cell is named by a cell-blank finding (at it, or among the cells of its table's finding).
      const named = ds.filter((d) => d.ruleId === 'cell-blank').flatMap((d) => [d.location.cell, ...(d.related ?? []).map((r) => r.location.cell)]);
      expect(new Set(named)).toEqual(new Set(meta.blanks));
      if (meta.typo) expect(ds.find((d) => d.ruleId === 'table-label')?.message).toContain(`“${meta.typo.label}”`);
      expect(run.code).toBe(meta.findings.some((f) => f.severity === 'error') ? 1 : 0);
    });
  }
});

describe('empty blocks in the page text', () => {
  const page = (body: string): string => `<html><body><div class="article">${body}</div></body></html>`;
  const cells = (body: string): Record<string, unknown> => {
    const r = readHtml({ path: 'p.html', bytes: new TextEncoder().encode(page(body)) });
    return Object.fromEntries(Object.entries(r.tables.t2?.cells ?? {}).map(([k, c]) => [k, c.kind === 'number' ? c.value : c.kind]));
  };
  const t2 = (issued: string): string =>
    ['二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', issued, '<p>0</p>', '<p>5</p>', '行政规范性文件', '<p>2</p>', '<p>1</p>', '<p>9</p>']
      .filter((x) => x !== '')
      .map((x) => (x.startsWith('<') ? x : `<p>${x}</p>`))
      .join('\n');

  it('a nested empty block is one empty line, not two', () => {
    expect(cells(t2('<div><p></p></div>'))).toMatchObject({ 'regulations.issued': 'blank', 'regulations.repealed': 0, 'regulations.in_force': 5 });
  });

  it('a block with text in an inner element is not empty', () => {
    expect(cells(t2('<p><span>3</span></p>'))).toMatchObject({ 'regulations.issued': 3, 'regulations.repealed': 0, 'regulations.in_force': 5 });
  });

  it('without the empty block the lost cell is not guessed', () => {
    const got = cells(t2(''));
    expect(got).not.toHaveProperty(['regulations.issued']);
    expect(got).toMatchObject({ 'normative_documents.issued': 2 });
  });

  it('pages of 20,000–160,000 empty paragraphs are read in time linear in the page (times printed)', { timeout: 120_000 }, () => {
    const ms = [20_000, 160_000].map((n) => {
      const body = `${t2('<p></p>')}\n${'<p></p><p>&nbsp;</p>'.repeat(n / 2)}`;
      const t0 = performance.now();
      const got = cells(body);
      const ms = performance.now() - t0;
      expect(got).toMatchObject({ 'regulations.issued': 'blank', 'normative_documents.in_force': 9 });
      return ms;
    });
    console.log(`[linear] readHtml with empty paragraphs: ${ms.map((t) => t.toFixed(0)).join(' / ')} ms for 1 / 8 units`);
  });
});
