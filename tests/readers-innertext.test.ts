/**
 * A report's web page copied as text from a browser (#17 item 3): Chromium's document.body.innerText of a
 * page whose tables are Word-exported, every cell after a tab, a cell's <p> wrapped in blank lines, its
 * zero cells left blank as a real 2019 provincial page leaves them (`<td><p>&nbsp;</p></td>` in tables
 * 二/三, `<td>&nbsp;</td>` in 四). fixtures/readers/innertext is written by
 * scripts/make-innertext-fixtures.mjs (run by hand). Every cell reads as the truth has it, each blank one
 * as a blank cell at its no-break space, reported as cell-blank; no row is left unread.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getFormat } from '../src/format/spec.js';
import type { Diagnostic } from '../src/model/diagnostic.js';
import type { Report } from '../src/model/report.js';
import { valueRun } from '../src/readers/split.js';
import { tabCells } from '../src/readers/tabcells.js';
import { analyseText } from '../src/readers/text.js';
import { readReport } from '../src/node/file.js';
import { reportCells } from './support/corpus.js';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, 'fixtures/readers/innertext');
const cases = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

interface Truth {
  truth: string;
  format: '2019' | '2021';
  blanks: string[];
  cells: Record<string, number | null>;
}

const truthOf = (name: string): Truth => JSON.parse(readFileSync(join(DIR, name, 'truth.json'), 'utf8')) as Truth;

/** The character at a 1-based line:column of a text. */
function charAt(text: string, line: number, column: number): string | undefined {
  return text.split('\n')[line - 1]?.[column - 1];
}

describe('a web page copied from the browser (innerText): fixtures', () => {
  it('covers both formats, with blank cells in every table', () => {
    const truths = cases.map(truthOf);
    expect(new Set(truths.map((t) => t.format))).toEqual(new Set(['2019', '2021']));
    for (const t of ['t2', 't3', 't4']) expect(truths.every((x) => x.blanks.some((id) => id.startsWith(`${t}.`))), t).toBe(true);
    // The layout the fix is about: rows whose every cell is blank, and table 四's row with figures and
    // bare blank cells side by side (a cell with <p> on lines of its own, one without it after a tab).
    const texts = cases.map((c) => readFileSync(join(DIR, c, 'input.txt'), 'utf8'));
    expect(texts.some((s) => /（六）其他处理\n\n\t(?:\n\n\u00a0\n\n\t){6}\n\n\u00a0\n\n/u.test(s))).toBe(true);
    expect(texts.some((s) => /\n\n\d+\n\n\t\u00a0\t\u00a0\t\n\n\d+\n\n/u.test(s))).toBe(true);
  });

  for (const name of cases) {
    const file = join(DIR, name, 'input.txt');
    const truth = truthOf(name);
    it(`${name} (${truth.format}, ${truth.truth}): every cell as the truth, each blank at its no-break space, nothing unread`, async () => {
      const text = readFileSync(file, 'utf8');
      const report = await readReport(file);
      expect(report.reader).toBe('text');
      expect(report.format).toBe(truth.format);
      expect(Object.fromEntries(reportCells(report))).toEqual(truth.cells);
      expect(report.findings.filter((f) => f.ruleId.startsWith('extract-'))).toEqual([]);
      for (const id of truth.blanks) {
        const [t, row, col] = id.split('.') as ['t2' | 't3' | 't4', string, string];
        const src = report.tables[t]!.cells[`${row}.${col}`]!.source!;
        expect(charAt(text, src.line!, src.column!), `${id} at ${src.line}:${src.column}`).toBe('\u00a0');
      }
      // Figures where they are written: each number cell's source is its digits.
      for (const [id, v] of Object.entries(truth.cells)) {
        if (v === null) continue;
        const [t, row, col] = id.split('.') as ['t2' | 't3' | 't4', string, string];
        const src = report.tables[t]!.cells[`${row}.${col}`]!.source!;
        const line = text.split('\n')[src.line! - 1]!;
        expect(Number(line.slice(src.column! - 1).replace(/[^\d.-].*$/u, '')), id).toBe(v);
      }
    });
  }
});

describe('through the built CLI: gongkai check x.txt -f json', () => {
  for (const name of cases) {
    it(`${name}: the blanks are cell-blank at their cells, no extraction finding`, () => {
      const truth = truthOf(name);
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', join(DIR, name, 'input.txt'), '-f', 'json'], { encoding: 'utf8', cwd: ROOT });
      expect(r.stderr).toBe('');
      const file = (JSON.parse(r.stdout) as { files: { readable: boolean; diagnostics: Diagnostic[] }[] }).files[0]!;
      expect(file.readable).toBe(true);
      const ds = file.diagnostics;
      expect(ds.filter((d) => d.category === 'extraction').map((d) => d.message)).toEqual([]);
      const named = ds.filter((d) => d.ruleId === 'cell-blank').flatMap((d) => [d.location.cell, ...(d.related ?? []).map((x) => x.location.cell)]);
      expect(new Set(named)).toEqual(new Set(truth.blanks));
      // A blank cell's finding points at its line in the file.
      const lines = readFileSync(join(DIR, name, 'input.txt'), 'utf8').split('\n');
      for (const d of ds.filter((x) => x.ruleId === 'cell-blank')) {
        for (const at of [d, ...(d.related ?? [])]) {
          const line = at.physical?.line;
          expect(line, at.location.cell).toBeDefined();
          expect(lines[line! - 1]!.trim(), `${at.location.cell} at line ${line}`).toBe('');
        }
      }
      expect(r.status).toBe(ds.some((d) => d.severity === 'error') ? 1 : 0);
    });
  }
});

describe('tabcells: a row as innerText lays it out', () => {
  const NB = '\u00a0';
  /** The cells read in text from `from` (after the label) to the end of its value run. */
  const cells = (text: string, from: number, n: number, label: boolean): (string | null)[] | undefined => {
    const run = valueRun(text, from);
    return tabCells(text, from, run.end, n, label)?.tokens.map((t) => (t.text === '' ? null : t.text));
  };

  it("table 四's row of the real page: cells with <p> on lines of their own, bare blanks inline after a tab", () => {
    const row = `\n\n5\n\n\t${NB}\t${NB}\t\n\n2\n\n\t\n\n7\n\n\t\n\n3\n\n\t${NB}\t${NB}\t${NB}\t\n\n3\n\n\t${NB}\t${NB}\t${NB}\t${NB} \t${NB}\n\n五、`;
    expect(cells(row, 0, 15, false)).toEqual(['5', null, null, '2', '7', '3', null, null, null, '3', null, null, null, null, null]);
  });

  it('a row whose every cell is blank, each in a <p>, is seven blank cells at their no-break spaces', () => {
    const text = `（六）其他处理\n\n${`\t\n\n${NB}\n\n`.repeat(7)}\n\n\n（七）总计`;
    const from = '（六）其他处理'.length;
    const run = valueRun(text, from);
    const got = tabCells(text, from, run.end, 7, true)!;
    expect(got.tokens.map((t) => t.text)).toEqual(Array(7).fill(''));
    for (const t of got.tokens) expect(text[t.offset]).toBe(NB);
  });

  it('a no-break space with a space after it, and an empty cell, are blank; a cell in its place', () => {
    expect(cells(`规章\t${NB} \t\t7`, 2, 3, true)).toEqual([null, null, '7']);
    expect(cells('规章\t0\t0\t5\n规范性文件', 2, 3, true)).toEqual(['0', '0', '5']);
  });

  it('fields that are not exactly the cells: no reading (the row is read as before)', () => {
    // One tab short, one too many.
    expect(cells(`规章\t${NB}\t7`, 2, 3, true)).toBeUndefined();
    expect(cells(`规章\t${NB}\t7\t1\t2`, 2, 3, true)).toBeUndefined();
    // Two figures in one cell, a figure in the label's cell, no tab at all.
    expect(cells('规章\t1 2\t3\t4', 2, 3, true)).toBeUndefined();
    expect(cells('规章 1\t2\t3', 2, 3, true)).toBeUndefined();
    expect(cells('规章\n1\n2\n3', 2, 3, true)).toBeUndefined();
    // The last cell is the figure on its line; a figure run into the words after the table is prose.
    expect(cells(`规章\t1\t2\t${NB}\n\n2020年，`, 2, 3, true)).toEqual(['1', '2', null]);
    expect(cells('规章\t1\t2\t\n\n2020年，', 2, 3, true)).toBeUndefined();
  });
});

describe('the text reader on a copied table', () => {
  const t3 = getFormat('2019').tables.t3;
  /** A 2019 table 三 as innerText gives it: the label cell, then each figure in a <p>, a zero as a blank. */
  function page(values: (rowId: string) => number[]): string {
    const NB = '\u00a0';
    const rows = t3.rows.map((r) => {
      const group = r.group && t3.rows.find((x) => x.group === r.group) === r ? `${t3.rowGroups.find((g) => g.id === r.group)!.label}\n\n\t\n\n` : '';
      return `${group}${r.label}\n\n${values(r.id).map((v) => `\t\n\n${v === 0 ? NB : v}\n\n`).join('')}`;
    });
    const head = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n\n\t\n\n申请人情况\n\n\n\n\n自然人\n\n\t\n\n法人或其他组织\n\n\t\n\n总计\n\n\n\n\n商业企业\n\n\t\n\n科研机构\n\n\t\n\n社会公益组织\n\n\t\n\n法律服务机构\n\n\t\n\n其他\n\n\n\n\n';
    return `某局2019年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n${head}${rows.join('\n\n\n')}\n\n四、政府信息公开行政复议、行政诉讼情况\n`;
  }

  it('reads every row, the all-blank ones as blank cells, and says nothing is unread', () => {
    const filled = new Set(['new', 'granted', 'total']);
    const report: Report = analyseText(page((id) => (filled.has(id) ? [3, 0, 0, 0, 0, 0, 3] : [0, 0, 0, 0, 0, 0, 0])), 'x.txt');
    expect(report.findings).toEqual([]);
    const cells = report.tables.t3!.cells;
    for (const r of t3.rows) {
      for (const [i, c] of r.columns.entries()) {
        const cell = cells[`${r.id}.${c}`];
        if (filled.has(r.id) && (i === 0 || i === 6)) expect(cell, `${r.id}.${c}`).toMatchObject({ kind: 'number', value: 3 });
        else expect(cell?.kind, `${r.id}.${c}`).toBe('blank');
      }
    }
  });
});
