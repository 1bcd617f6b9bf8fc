/**
 * grid.ts on layouts agencies use besides the official one: table 四 as three labelled rows, spacer
 * columns, a two-row header, a table without version markers, duplicate and unknown rows, headings
 * and text in the same cell.
 */
import { describe, expect, it } from 'vitest';
import { getFormat } from '../src/format/spec.js';
import type { Grid } from '../src/readers/grid-cells.js';
import { textFromGrids } from '../src/readers/grid-text.js';
import { findTables } from '../src/readers/grid.js';
import type { Report } from '../src/model/report.js';
import { place, tableLayout, type Layout } from '../src/renderers/template.js';
import { diffAgainstTruth, loadTruth } from './support/corpus.js';
import { layoutToGrid } from './support/sheets.js';

type Row = (string | number)[];

function grid(rows: Row[], name = 'S'): Grid {
  return { name, rows: rows.map((row, r) => row.map((v, c) => ({ text: String(v), source: { sheet: name, cell: `R${r + 1}C${c + 1}` } }))) };
}

function values(cells: Record<string, { kind: string; value?: number; source?: { cell?: string } }> | undefined): Record<string, number | string> {
  return Object.fromEntries(Object.entries(cells ?? {}).map(([k, c]) => [k, c.kind === 'number' ? c.value! : c.kind]));
}

describe('findTables on other layouts', () => {
  it('table 四 as three labelled rows under a 5-column header', () => {
    const g = grid([
      ['四、政府信息公开行政复议、行政诉讼情况'],
      ['', '', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
      ['行政复议', '', 1, 0, 2, 0, 3],
      ['行政诉讼', '未经复议直接起诉', 4, 0, 0, 1, 5],
      ['', '复议后起诉', 0, 0, 0, 0, 0],
      ['五、存在的主要问题及改进情况'],
    ]);
    const { tables } = findTables([g]);
    expect(values(tables.t4?.cells)).toMatchObject({ 'review.upheld': 1, 'review.other': 2, 'review.total': 3, 'suit_direct.upheld': 4, 'suit_direct.pending': 1, 'suit_direct.total': 5, 'suit_after_review.total': 0 });
    expect(Object.keys(tables.t4!.cells)).toHaveLength(15);
    expect(tables.t4!.cells['suit_direct.total']!.source?.cell).toBe('R4C7');
  });

  it('table 三 with a two-row header, spacer columns and a row-total column named 合计', () => {
    const spec = getFormat('2019').tables.t3;
    const header1 = ['', '自然人', '', '法人或其他组织', '', '', '', '', '合计'];
    const header2 = ['', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''];
    const rows: Row[] = [header1, header2];
    spec.rows.forEach((r, i) => rows.push([r.label, i, '', 0, 0, 0, 0, 0, i]));
    const { tables, format } = findTables([grid(rows)]);
    // No label only one version prints: the version whose rows fit wins (（六）其他处理 is a row in 2019).
    expect(format).toBe('2019');
    expect(Object.keys(tables.t3!.cells)).toHaveLength(spec.rows.length * 7);
    expect(values(tables.t3!.cells)['total.natural']).toBe(spec.rows.findIndex((r) => r.id === 'total'));
    expect(tables.t3!.extras).toEqual([]);
  });

  it('a duplicated row and an unknown row inside the table are extras; the unknown row is named', () => {
    const g = grid([
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', 1, 0, 5],
      ['规章', 9, 9, 9],
      ['地方性法规', 2, 0, 3],
      ['行政规范性文件', 3, 1, 20],
    ]);
    const { tables, format } = findTables([g]);
    expect(format).toBe('2021');
    expect(values(tables.t2!.cells)).toEqual({ 'regulations.issued': 1, 'regulations.repealed': 0, 'regulations.in_force': 5, 'normative_documents.issued': 3, 'normative_documents.repealed': 1, 'normative_documents.in_force': 20 });
    expect(tables.t2!.extras.map((e) => e.label)).toEqual(['规章', '地方性法规']);
    expect(tables.t2!.extras[1]!.source?.cell).toBe('R4C1');
  });

  it('a heading with its text in the same cell, and text beside a heading', () => {
    const g = grid([
      ['平潭综合实验区2023年政府信息公开工作年度报告'],
      ['一、总体情况\n2023年，我区……'],
      ['五、存在的主要问题及改进情况', '一是……'],
      ['六、其他需要报告的事项'],
      ['无其他需要报告的事项。'],
    ]);
    const t = textFromGrids([g]);
    expect(t).toMatchObject({ year: 2023, agency: '平潭综合实验区' });
    expect(t.sections.map((s) => [s.heading, s.text])).toEqual([
      ['一、总体情况', '2023年，我区……'],
      ['五、存在的主要问题及改进情况', '一是……'],
      ['六、其他需要报告的事项', '无其他需要报告的事项。'],
    ]);
  });

  it('no table labels: nothing found, no format', () => {
    const r = findTables([grid([['a', 'b'], [1, 2]])]);
    expect(r.tables).toEqual({});
    expect(r.format).toBeUndefined();
  });
});

describe('traditional characters (mirror sites, Big5 files)', () => {
  // Traditional forms of the characters of the official labels (OpenCC's common mapping).
  const T2S = '總总計计關关係系結结訴诉訟讼復复議议維维糾纠請请數数處处決决規规範范許许罰罚強强費费額额萬万單单項项開开況况動动問问題题進进報报機机構构業业會会務务轉转辦办繼继續续屬属國国險险穩稳權权護护內内過过執执詢询現现製制補补確确訪访舉举複复無无當当應应經经廢废發发對对財财採采購购條条沒没繳缴納纳減减類类後后區区證证實实際际組组織织獲获這这則则門门';
  const s2t = new Map<string, string>();
  for (let i = 0; i + 1 < T2S.length; i += 2) s2t.set(T2S[i + 1]!, T2S[i]!);
  const trad = (s: string): string => [...s].map((c) => s2t.get(c) ?? c).join('');
  for (const f of ['2021', '2019'] as const) {
    it(`${f}: every label written in traditional characters is read`, () => {
      const spec = getFormat(f);
      const rows: Row[] = [];
      // Table 二, 三 and 四 in simple layouts, every label converted.
      for (const g of spec.tables.t2.rowGroups) {
        rows.push([trad(g.label)]);
        rows.push([trad('信息内容'), ...g.columns!.map((c) => trad(spec.tables.t2.columns.find((x) => x.id === c)!.label))]);
        for (const r of spec.tables.t2.rows.filter((x) => x.group === g.id)) rows.push([trad(r.label), ...g.columns!.map(() => 1)]);
      }
      rows.push([]);
      rows.push(['', trad('自然人'), ...spec.tables.t3.columns.slice(1).map((c) => trad(c.label))]);
      for (const r of spec.tables.t3.rows) rows.push([trad(r.label), 0, 0, 0, 0, 0, 0, 0]);
      rows.push([]);
      rows.push(spec.tables.t4.rows.flatMap((r) => [trad(r.label), '', '', '', '']));
      rows.push(spec.tables.t4.rows.flatMap(() => spec.tables.t4.columns.map((c) => trad(c.label))));
      rows.push(spec.tables.t4.rows.flatMap(() => [0, 0, 0, 0, 0]));
      const found = findTables([grid(rows)]);
      expect(found.format).toBe(f);
      for (const id of ['t2', 't3', 't4'] as const) {
        const want = spec.tables[id].rows.reduce((n, r) => n + r.columns.length, 0);
        expect(Object.keys(found.tables[id]?.cells ?? {}).length, id).toBe(want);
        expect(found.tables[id]?.extras, id).toEqual([]);
      }
    });
  }
});

describe('tables side by side on one sheet', () => {
  for (const expand of [true, false]) {
    for (const gap of [1, 0]) {
      it(`二 | 三 | 四 next to each other (${expand ? 'merged' : 'no merges'}, ${gap ? 'a spacer column' : 'no spacer'}) read equal to the truth`, () => {
        const truth = loadTruth('pingtan-2021');
        const spec = getFormat(truth.format);
        const sheet: Layout = { rows: [], merges: [], cells: new Map(), headings: new Map() };
        let col = 1;
        for (const id of ['t2', 't3', 't4'] as const) {
          const l = tableLayout(spec, id, { values: (cid) => truth.cells.get(cid) });
          place(sheet, l, 2, col);
          col += Math.max(...l.rows.map((r) => r.length)) + gap;
        }
        const found = findTables([layoutToGrid(sheet, 'S', expand)]);
        const report = { path: 'x', reader: 'x', sections: [], tables: found.tables, findings: [] } as Report;
        expect(diffAgainstTruth(report, truth)).toEqual([]);
        for (const id of ["t2", "t3", "t4"] as const) expect(found.tables[id]?.extras.map((e) => `${e.label}@${e.source?.cell}`), id).toEqual([]);
      });
    }
  }
});

describe('a big data sheet beside the tables', () => {
  it('3000 rows of other data are passed over quickly and the tables below them are still found', () => {
    const truth = loadTruth('pingtan-2023');
    const spec = getFormat(truth.format);
    const sheet: Layout = { rows: [], merges: [], cells: new Map(), headings: new Map() };
    for (let r = 0; r < 3000; r++) sheet.rows.push(Array.from({ length: 12 }, (_, c) => (c % 3 === 0 ? { number: r * c } : { text: `依申请公开事项${r}-${c}号关于信息公开的答复` })));
    let row = 3001;
    for (const id of ['t2', 't3', 't4'] as const) {
      const l = tableLayout(spec, id, { values: (cid) => truth.cells.get(cid) });
      place(sheet, l, row, 0);
      row += l.rows.length + 1;
    }
    const grid = layoutToGrid(sheet, 'S', true);
    const t0 = performance.now();
    const found = findTables([grid]);
    textFromGrids([grid], found.used);
    const ms = performance.now() - t0;
    const report = { path: 'x', reader: 'x', sections: [], tables: found.tables, findings: [] } as Report;
    expect(diffAgainstTruth(report, truth)).toEqual([]);
    // About 1 s on a shared 2-core machine; 83 s before the quick rejection of unmatchable texts.
    expect(ms).toBeLessThan(15_000);
  }, 60_000);
});
