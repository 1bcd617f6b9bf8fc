/**
 * Table 四 whose header lacks one group's label (grid-header.ts unnamedGroup): Chromium printing a
 * department page (held out; US Letter, 12 mm) set the first header row, 行政复议 | 行政诉讼, above the
 * table's box at the foot of the page before, without its borders, so the table read from the PDF starts
 * with 结果维持 … 总计 | 未经复议直接起诉 | 复议后起诉, and 行政复议's five figures were unread (cell-missing).
 * When every group but one is named and one run of adjacent columns under no group holds each column once,
 * where the missing group stands in the official order, those columns are that group's. Shown on the
 * corpus agency page with the label taken out, in the HTML and text readers and through the CLI; two
 * labels missing, or the columns where the group does not stand, are not guessed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../src/check/bytes.js';
import { readReport } from '../src/node/file.js';
import { reportCells } from './support/corpus.js';
import { tempDir } from './support/tmp.js';

const ROOT = join(import.meta.dirname, '..');
const PAGE = readFileSync(join(ROOT, 'fixtures/readers/html/pingtan-2025.html'), 'utf8');

/** The page with these texts of table 四's header cells emptied (each once, after section 四's heading). */
function without(...labels: string[]): string {
  const at = PAGE.indexOf('四、政府信息公开行政复议');
  let rest = PAGE.slice(at);
  for (const l of labels) {
    expect(rest).toContain(`${l}</span>`);
    rest = rest.replace(`${l}</span>`, '</span>');
  }
  return PAGE.slice(0, at) + rest;
}

const t4 = (cells: Map<string, unknown>): [string, unknown][] => [...cells].filter(([k]) => k.startsWith('t4.')).sort(([a], [b]) => a.localeCompare(b));

describe('table 四 with one group label missing', () => {
  it('行政复议 missing: its five columns are 行政复议 (the other groups named, the columns where it stands)', async () => {
    const corpus = await readReport(join(ROOT, 'fixtures/corpus/pingtan-2025.json'));
    const r = await readBytes('page.html', new TextEncoder().encode(without('行政复议')));
    expect(t4(reportCells(r))).toEqual(t4(reportCells(corpus)));
    expect(t4(reportCells(r))).toHaveLength(15);
  });

  it('two labels missing (行政复议, 未经复议直接起诉): which group is which cannot be told, not guessed', async () => {
    const r = await readBytes('page.html', new TextEncoder().encode(without('行政复议', '未经复议直接起诉')));
    expect(t4(reportCells(r)).filter(([k]) => k.startsWith('t4.review.') || k.startsWith('t4.suit_direct.'))).toEqual([]);
  });

  it('through the CLI: no table 四 finding, its cells as in the corpus report', () => {
    const file = join(tempDir('gongkai-t4-group-'), 'page.html');
    writeFileSync(file, without('行政复议'));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', file, join(ROOT, 'fixtures/readers/html/pingtan-2025.html'), '-f', 'json'], { encoding: 'utf8' });
    const files = (JSON.parse(r.stdout) as { files: { file: string; diagnostics: { ruleId: string; location: { table?: string } }[] }[] }).files;
    const [edited, page] = [files.find((f) => f.file.endsWith('page.html'))!, files.find((f) => f.file.endsWith('pingtan-2025.html'))!];
    const keys = (f: typeof edited): string[] => f.diagnostics.filter((d) => d.location.table === 't4').map((d) => d.ruleId);
    expect(keys(edited)).toEqual(keys(page));
  });
});
