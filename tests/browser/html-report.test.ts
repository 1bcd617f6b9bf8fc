/// <reference lib="dom" />
// DOM types for the code that runs inside the page (page.evaluate); the build (tsconfig.build.json) stays without them.
/**
 * The HTML page of every report (the seed and every corpus report), opened in headless Chromium:
 * the official layout (SPEC §3–§5 spans), every value in its cell, findings on their cells, nothing
 * fetched, no CSP violation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../src/check/check.js';
import { readReport } from '../../src/node/file.js';
import { getFormat, type FormatId, type TableId } from '../../src/format/spec.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { renderHtml } from '../../src/renderers/html.js';
import { launch, readTables, ROOT, writeArtifact, type Box, type Browser, type TableInfo, type TdInfo, type ThInfo } from './browser.js';

const SEED = 'samples/tianmen-2021.json';
const CORPUS = readdirSync(join(ROOT, 'fixtures/corpus'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => `fixtures/corpus/${f}`);

let b: Browser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

// ---------------------------------------------------------------------------------------------
// Expectations, written from SPEC §3–§5 (not from the renderer)
// ---------------------------------------------------------------------------------------------

const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const ORG_COLUMNS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const T4_COLUMNS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/** The text a cell of the input JSON should show: the number or text as written, "" for blank. */
function expectedText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  const o = v as { value?: unknown; raw?: string };
  return o.raw !== undefined ? o.raw.trim() : expectedText(o.value);
}

const center = (x: Box): { x: number; y: number } => ({ x: (x.left + x.right) / 2, y: (x.top + x.bottom) / 2 });
const insideX = (p: { x: number }, x: Box): boolean => p.x > x.left && p.x < x.right;
const insideY = (p: { y: number }, x: Box): boolean => p.y > x.top && p.y < x.bottom;

function th(t: TableInfo, text: string, where?: (h: ThInfo) => boolean): ThInfo {
  const found = t.ths.filter((h) => h.text === text && (!where || where(h)));
  expect(found, `one header "${text}" in ${t.id}`).toHaveLength(1);
  return found[0]!;
}

function checkTable3(t: TableInfo, format: FormatId): void {
  const rows = format === '2021' ? 25 : 23;
  expect(t.layout).toBe('grid');
  expect(t.headRows).toBe(3);
  expect(t.bodyRows).toBe(rows);
  expect(t.tds).toHaveLength(rows * 7);
  // Header block (SPEC §4.1).
  const corner = th(t, NOTE);
  expect([corner.rowspan, corner.colspan, corner.row, corner.inHead]).toEqual([3, 3, 0, true]);
  const applicant = th(t, '申请人情况');
  expect([applicant.colspan, applicant.rowspan, applicant.row]).toEqual([7, 1, 0]);
  const natural = th(t, '自然人');
  expect([natural.rowspan, natural.colspan, natural.row]).toEqual([2, 1, 1]);
  const org = th(t, '法人或其他组织');
  expect([org.colspan, org.rowspan, org.row]).toEqual([5, 1, 1]);
  const total = th(t, '总计');
  expect([total.rowspan, total.row]).toEqual([2, 1]);
  expect(t.ths.filter((h) => h.row === 2).map((h) => h.text)).toEqual(ORG_COLUMNS);
  for (const l of ORG_COLUMNS) {
    const h = th(t, l);
    expect(insideX(center(h.box), org.box), `${l} under 法人或其他组织`).toBe(true);
  }
  // Row labels (SPEC §4.2/§4.3): 一、二、四 span the 3 label columns; （一）（二）（七） span 2.
  for (const l of ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '四、结转下年度继续办理']) expect(th(t, l).colspan).toBe(3);
  for (const l of ['（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（七）总计']) expect(th(t, l).colspan).toBe(2);
  expect(th(t, '三、本年度办理结果').rowspan).toBe(format === '2021' ? 22 : 20);
  expect(th(t, '（三）不予公开').rowspan).toBe(8);
  expect(th(t, '（四）无法提供').rowspan).toBe(3);
  expect(th(t, '（五）不予处理').rowspan).toBe(5);
  if (format === '2021') {
    expect(th(t, '（六）其他处理').rowspan).toBe(3);
  } else {
    const other = th(t, '（六）其他处理');
    expect([other.rowspan, other.colspan, other.scope]).toEqual([1, 2, 'row']);
  }
  // Every value cell sits under its column header and beside its row label, as drawn by Chromium.
  const spec = getFormat(format).tables.t3;
  const results = th(t, '三、本年度办理结果');
  for (const td of t.tds) {
    const [, rowId, colId] = td.cell.split('.');
    const row = spec.rows.find((r) => r.id === rowId)!;
    const col = spec.columns.find((c) => c.id === colId)!;
    const p = center(td.box);
    expect(insideX(p, th(t, col.label, (h) => h.inHead).box), `${td.cell} under ${col.label}`).toBe(true);
    expect(insideY(p, th(t, row.label, (h) => !h.inHead).box), `${td.cell} beside ${row.label}`).toBe(true);
    expect(insideY(p, results.box)).toBe(row.group !== undefined);
    if (col.group === 'organisation') expect(insideX(p, org.box)).toBe(true);
    expect(insideX(p, applicant.box)).toBe(true);
  }
}

function checkTable4(t: TableInfo): void {
  expect(t.layout).toBe('transposed');
  expect(t.headRows).toBe(3);
  expect(t.bodyRows).toBe(1);
  expect(t.tds).toHaveLength(15);
  const review = th(t, '行政复议');
  expect([review.colspan, review.rowspan, review.row]).toEqual([5, 1, 0]);
  const lit = th(t, '行政诉讼');
  expect([lit.colspan, lit.rowspan, lit.row]).toEqual([10, 1, 0]);
  const direct = th(t, '未经复议直接起诉');
  const after = th(t, '复议后起诉');
  expect([direct.colspan, direct.row, after.colspan, after.row]).toEqual([5, 1, 5, 1]);
  const row1 = t.ths.filter((h) => h.row === 1);
  expect(row1.map((h) => h.text)).toEqual([...T4_COLUMNS, '未经复议直接起诉', '复议后起诉']);
  for (const h of row1.slice(0, 5)) expect(h.rowspan).toBe(2);
  expect(t.ths.filter((h) => h.row === 2).map((h) => h.text)).toEqual([...T4_COLUMNS, ...T4_COLUMNS]);
  const groupOf: Record<string, ThInfo> = { review, suit_direct: direct, suit_after_review: after };
  const labels: Record<string, string> = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结', total: '总计' };
  for (const td of t.tds) {
    const [, rowId, colId] = td.cell.split('.');
    const p = center(td.box);
    const group = groupOf[rowId!]!;
    expect(insideX(p, group.box), `${td.cell} under ${group.text}`).toBe(true);
    if (rowId !== 'review') expect(insideX(p, lit.box)).toBe(true);
    const heads = t.ths.filter((h) => h.text === labels[colId!] && insideX(p, h.box));
    expect(heads, `${td.cell} under ${labels[colId!]}`).toHaveLength(1);
  }
}

function checkTable2(t: TableInfo, format: FormatId): void {
  expect(t.layout).toBe('blocks');
  const blocks = format === '2021' ? ['（一）', '（五）', '（六）', '（八）'] : ['（一）', '（五）', '（六）', '（八）', '（九）'];
  const heads = t.ths.filter((h) => h.className.includes('blockhead'));
  expect(heads.map((h) => h.text)).toEqual(blocks.map((x) => `第二十条第${x}项`));
  for (const h of heads) expect(h.colspan).toBe(4);
  expect(t.tds).toHaveLength(format === '2021' ? 10 : 22);
  expect(t.ths.filter((h) => h.text === '信息内容')).toHaveLength(blocks.length);
  if (format === '2021') {
    // Blocks (五)(六)(八) have one value column spanning the 3 grid columns (SPEC §3.1).
    for (const td of t.tds) expect(td.colspan).toBe(td.block === 'item1' ? 1 : 3);
  }
  const spec = getFormat(format).tables.t2;
  for (const td of t.tds) {
    const [, rowId, colId] = td.cell.split('.');
    const row = spec.rows.find((r) => r.id === rowId)!;
    const col = spec.columns.find((c) => c.id === colId)!;
    expect(td.block).toBe(row.group);
    const p = center(td.box);
    expect(insideX(p, th(t, col.label, (h) => h.block === td.block).box), `${td.cell} under ${col.label}`).toBe(true);
    expect(insideY(p, th(t, row.label, (h) => h.scope === 'row').box), `${td.cell} beside ${row.label}`).toBe(true);
  }
}

/** Every value equals the input JSON; cells absent from the input are shown as missing. */
function checkValues(tables: Record<string, TableInfo>, json: { tables: Record<string, Record<string, Record<string, unknown>>> }): void {
  for (const tid of ['t2', 't3', 't4'] as TableId[]) {
    const input = json.tables[tid];
    if (!input) {
      expect(tables[tid]).toBeUndefined();
      continue;
    }
    for (const td of tables[tid]!.tds) {
      const [, row, col] = td.cell.split('.');
      const v = input[row!]?.[col!];
      if (v === undefined) expect(td.kind, td.cell).toBe('missing');
      expect(td.v, td.cell).toBe(expectedText(v));
    }
  }
}

/** Each value cell names its header cells (headers/ids): they exist and include its row and column labels. */
function checkHeaders(tables: Record<string, TableInfo>, format: FormatId): void {
  for (const t of Object.values(tables)) {
    const spec = getFormat(format).tables[t.id as TableId];
    const byId = new Map(t.ths.map((h) => [h.id, h]));
    for (const h of t.ths) expect(h.scope, `scope of ${h.text}`).toMatch(t.id === 't3' && h.id.endsWith('-corner') ? /^$/ : /^(col|colgroup|row|rowgroup)$/);
    for (const td of t.tds) {
      const [, rowId, colId] = td.cell.split('.');
      const texts = td.headers.map((id) => byId.get(id)?.text);
      expect(texts, `${td.cell} headers resolve`).not.toContain(undefined);
      expect(texts, `${td.cell} headers`).toContain(spec.columns.find((c) => c.id === colId)!.label);
      expect(texts, `${td.cell} headers`).toContain(spec.rows.find((r) => r.id === rowId)!.label);
    }
  }
}

/** Findings on exactly their cells; operands marked exactly; every link goes somewhere. */
async function checkAnnotations(tables: Record<string, TableInfo>, ds: Diagnostic[]): Promise<void> {
  const rendered = new Set(Object.values(tables).flatMap((t) => t.tds.map((td) => td.cell)));
  const tds = new Map<string, TdInfo>(Object.values(tables).flatMap((t) => t.tds.map((td) => [td.cell, td] as const)));
  const expectedFinding = new Map<string, number[]>();
  const expectedOperand = new Set<string>();
  ds.forEach((d, i) => {
    if (d.location.cell && rendered.has(d.location.cell)) expectedFinding.set(d.location.cell, [...(expectedFinding.get(d.location.cell) ?? []), i + 1]);
    if (d.severity === 'info') return; // operands of "could not check" infos are not marked
    for (const r of d.related ?? []) if (r.location.cell && rendered.has(r.location.cell)) expectedOperand.add(r.location.cell);
  });
  for (const [cell, td] of tds) {
    const numbers = expectedFinding.get(cell);
    expect(/\bf-(error|warning|info)\b/.test(td.className), `finding class on ${cell}`).toBe(numbers !== undefined);
    expect(/\bop\b/.test(td.className), `operand class on ${cell}`).toBe(expectedOperand.has(cell));
    for (const n of numbers ?? []) {
      const d = ds[n - 1]!;
      expect(td.marks, `mark ${n} on ${cell}`).toContain(`${{ error: '✖', warning: '▲', info: 'ℹ' }[d.severity]}${n}`);
    }
    if (td.kind === 'blank') expect(td.tag).toBe('空白');
    if (td.kind === 'placeholder') expect(td.tag).toBe('占位符');
    if (td.kind === 'missing') expect(td.tag).toBe('缺失');
  }
  const list = await b.page.evaluate(() =>
    Array.from(document.querySelectorAll('section.findings li')).map((li) => {
      const a = li.querySelector('a[href^="#"]');
      const target = a ? document.getElementById(a.getAttribute('href')!.slice(1)) : null;
      return { target: target ? ((target as HTMLElement).dataset.cell ?? target.id) : null, hasLink: a !== null, rule: (li as HTMLElement).dataset.rule };
    }),
  );
  expect(list).toHaveLength(ds.length);
  ds.forEach((d, i) => {
    expect(list[i]!.rule).toBe(d.ruleId);
    if (d.location.cell && rendered.has(d.location.cell)) expect(list[i]!.target, `finding ${i + 1} links to its cell`).toBe(d.location.cell);
    if (list[i]!.hasLink) expect(list[i]!.target, `finding ${i + 1} link resolves`).not.toBeNull();
  });
  // Every in-page link resolves to an element.
  const dangling = await b.page.evaluate(() =>
    Array.from(document.querySelectorAll('a[href^="#"]'))
      .map((a) => a.getAttribute('href')!.slice(1))
      .filter((id) => !document.getElementById(id)),
  );
  expect(dangling).toEqual([]);
}

async function checkPage(path: string, annotate: boolean): Promise<void> {
  const report = await readReport(path);
  const json = JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
  const result = checkReport(report);
  const html = renderHtml(report, annotate ? { diagnostics: result.diagnostics } : {});
  const name = path.replace(/^.*\//, '').replace(/\.json$/, '') + (annotate ? '.annotated' : '');
  b.errors.length = 0;
  await b.open(name, html);
  const format = report.format!;
  expect(['2021', '2019']).toContain(format);
  const tables = await readTables(b.page);
  expect(Object.keys(tables).sort()).toEqual(Object.keys(json.tables).sort());
  if (tables.t3) checkTable3(tables.t3, format);
  if (tables.t4) checkTable4(tables.t4);
  if (tables.t2) checkTable2(tables.t2, format);
  checkValues(tables, json);
  checkHeaders(tables, format);
  // Caption with unit and period; the six sections in order; lang and title.
  for (const t of Object.values(tables)) {
    expect(t.caption).toContain('单位');
    expect(t.caption).toContain('统计期限');
  }
  const page = await b.page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    sections: Array.from(document.querySelectorAll('section.rs')).map((s) => (s as HTMLElement).dataset.section),
    scripts: document.scripts.length,
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
  }));
  expect(page.lang).toBe('zh-CN');
  expect(page.title).toBe(report.title ?? page.title);
  expect(page.sections.filter((s) => s !== 'unknown')).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
  expect(page.scripts).toBe(0);
  expect(page.csp).toContain("default-src 'none'");
  if (annotate) await checkAnnotations(tables, result.diagnostics);
  else {
    const marked = await b.page.evaluate(() => document.querySelectorAll('.marks, .findings, .tag, td.op').length);
    expect(marked).toBe(0);
  }
  expect(b.requests).toEqual([]);
  expect(b.errors).toEqual([]);
}

describe('HTML page in Chromium', () => {
  it('the seed report: official layout, values, and a screenshot to look at', async () => {
    await checkPage(SEED, false);
    const png = await b.page.screenshot({ fullPage: true });
    writeArtifact('seed-tianmen-2021.png', png);
    for (const t of ['t2', 't3', 't4']) await b.page.locator(`table.${t}`).screenshot({ path: join(ROOT, `test-artifacts/seed-tianmen-2021-${t}.png`) });
    await checkPage(SEED, true);
  });

  for (const path of CORPUS) {
    it(`${path}: plain and annotated`, async () => {
      await checkPage(path, false);
      // One 2019-format report's tables as pictures too (its 表二 has five blocks of other widths).
      const shoot = path.endsWith('pingtan-2020.json');
      if (shoot) await b.page.locator('table.t2').screenshot({ path: join(ROOT, 'test-artifacts/pingtan-2020-t2.png') });
      await checkPage(path, true);
      if (shoot) await b.page.locator('table.t3').screenshot({ path: join(ROOT, 'test-artifacts/pingtan-2020.annotated-t3.png') });
    });
  }

  it('prints on A4: header rows repeat, rows and small tables are not cut', async () => {
    const report = await readReport(SEED);
    await b.open('seed-print', renderHtml(report, { diagnostics: checkReport(report).diagnostics }));
    await b.page.emulateMedia({ media: 'print' });
    await b.page.setViewportSize({ width: 718, height: 1000 }); // A4 width less the 12 mm margins, at 96 dpi
    try {
      const styles = await b.page.evaluate(() => {
        const cs = (sel: string) => getComputedStyle(document.querySelector(sel)!);
        const t3 = document.querySelector('table.t3') as HTMLElement;
        return {
          thead: cs('table.t3 thead').display,
          tr: cs('table.t3 tbody tr').breakInside,
          t4: cs('table.t4').breakInside,
          block: cs('table.t2 tbody.block').breakInside,
          h2: cs('h2').breakAfter,
          fits: t3.scrollWidth <= document.documentElement.clientWidth,
          colorAdjust: cs('td.f-error, td.f-warning, td.op, td').printColorAdjust,
        };
      });
      expect(styles).toMatchObject({ thead: 'table-header-group', tr: 'avoid', t4: 'avoid', block: 'avoid', h2: 'avoid', fits: true });
      await b.page.locator('table.t3').screenshot({ path: join(ROOT, 'test-artifacts/seed-print-t3.png') });
      const pdf = await b.page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      writeArtifact('seed-tianmen-2021.pdf', pdf);
    } finally {
      await b.page.emulateMedia({ media: 'screen' });
      await b.page.setViewportSize({ width: 1000, height: 1400 });
    }
  });

  it('a broken sum marks exactly the total cell and its operands', async () => {
    const json = JSON.parse(readFileSync(join(ROOT, SEED), 'utf8'));
    json.tables.t4.review.upheld = 2; // 总计 stays 0
    const file = writeArtifact('broken-sum.json', JSON.stringify(json));
    const report = await readReport(file);
    const result = checkReport(report);
    // The seed's only other finding is a section-title warning (its 五 heading is a variant).
    expect(result.diagnostics.filter((d) => d.location.cell).map((d) => `${d.ruleId}@${d.location.cell}`)).toEqual(['table4-row-total@t4.review.total']);
    const n = result.diagnostics.findIndex((d) => d.ruleId === 'table4-row-total') + 1;
    await b.open('broken-sum', renderHtml(report, { diagnostics: result.diagnostics }));
    const marked = await b.page.evaluate(() => ({
      findings: Array.from(document.querySelectorAll('td.f-error, td.f-warning, td.f-info')).map((td) => (td as HTMLElement).dataset.cell),
      operands: Array.from(document.querySelectorAll('td.op')).map((td) => (td as HTMLElement).dataset.cell),
      mark: document.querySelector('td.f-error .mark')?.textContent ?? '',
      notes: Array.from(document.querySelectorAll('ol.notes li')).map((li) => li.id + ' ' + li.textContent),
    }));
    expect(marked.findings).toEqual(['t4.review.total']);
    expect(marked.operands).toEqual(['t4.review.upheld', 't4.review.corrected', 't4.review.other', 't4.review.pending']);
    expect(marked.mark).toContain(`✖${n}`);
    expect(marked.mark).toContain('错误');
    const note = marked.notes.find((x) => x.startsWith(`note-${n} `)) ?? '';
    expect(note).toContain(result.diagnostics[n - 1]!.message);
    expect(note).toContain('应为 2，实为 0');
    await b.page.screenshot({ path: join(ROOT, 'test-artifacts/broken-sum.png'), fullPage: true });
  });

  it('samples/broken-2023.json: findings, blanks and placeholders marked; a missing section shown', async () => {
    await checkPage('samples/broken-2023.json', true);
    const page = await b.page.evaluate(() => ({
      missing: document.querySelector('section.rs[data-missing="true"]')?.getAttribute('data-section'),
      missingNotes: Array.from(document.querySelectorAll('section.rs[data-missing="true"] ol.notes li')).map((li) => (li as HTMLElement).dataset.rule),
      blank: document.querySelector('td[data-cell="t3.denied_query.nonprofit"]')?.textContent ?? '',
      placeholder: document.querySelector('td[data-cell="t3.denied_query.research"]')?.textContent ?? '',
    }));
    expect(page.missing).toBe('s6');
    expect(page.missingNotes).toEqual(['section-missing', 'fee-report']);
    expect(page.blank).toContain('空白');
    expect(page.placeholder).toContain('/');
    expect(page.placeholder).toContain('占位符');
    await b.page.screenshot({ path: join(ROOT, 'test-artifacts/broken-2023.annotated.png'), fullPage: true });
    await b.page.locator('table.t3').screenshot({ path: join(ROOT, 'test-artifacts/broken-2023.annotated-t3.png') });
    await b.page.locator('section.findings').screenshot({ path: join(ROOT, 'test-artifacts/broken-2023.findings.png') });
  });

  it('English annotations with --lang en', async () => {
    const report = await readReport('samples/broken-2023.json');
    const result = checkReport(report, { lang: 'en' });
    await b.open('broken-2023.en', renderHtml(report, { lang: 'en', diagnostics: result.diagnostics }));
    const text = await b.page.evaluate(() => ({
      heading: document.querySelector('section.findings h2')?.textContent ?? '',
      lang: document.querySelector('section.findings')?.getAttribute('lang'),
      first: document.querySelector('section.findings li')?.textContent ?? '',
    }));
    expect(text.heading).toContain('Findings');
    expect(text.lang).toBe('en');
    expect(text.first).toContain(result.diagnostics[0]!.message);
  });
});
