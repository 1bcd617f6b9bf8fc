/** Repair hints on failed sums (src/check/hints.ts, hints-causes.ts, hints-model.ts): the finding stays an error, the hint names the likely cause. */
import { describe, expect, it } from 'vitest';
import { readReport } from '../src/node/file.js';
import { checkReport } from '../src/check/check.js';
import { repairHints } from '../src/check/hints-causes.js';
import { resolveFormat } from '../src/analysis/resolve.js';
import type { Report } from '../src/model/report.js';
import type { Diagnostic } from '../src/model/diagnostic.js';

async function corpus(name: string): Promise<Report> {
  return readReport(`fixtures/corpus/${name}.json`);
}

function set(r: Report, table: 't3' | 't4', cells: Record<string, number>): void {
  for (const [k, value] of Object.entries(cells)) r.tables[table]!.cells[k] = { kind: 'number', value };
}

function sumErrors(r: Report, lang: 'zh' | 'en' = 'zh'): Diagnostic[] {
  return checkReport(r, { lang }).diagnostics.filter((d) => d.severity === 'error' && /^table[34]-/.test(d.ruleId));
}

function hintIds(r: Report): string[] {
  const format = resolveFormat(r);
  return [...repairHints(r, format).values()].map((h) => h.hintId);
}

/** A small consistent report: 5 applications from natural persons, 3 granted, 2 not held. */
async function small(): Promise<Report> {
  const r = await corpus('seed-tianmen-2021');
  set(r, 't3', {
    'new.natural': 5, 'new.total': 5,
    'granted.natural': 3, 'granted.total': 3,
    'unable_not_held.natural': 2, 'unable_not_held.total': 2,
    'total.natural': 5, 'total.total': 5,
  });
  return r;
}

describe('repair hints', () => {
  it('the untouched corpus reports and the small report have no sum errors', async () => {
    expect(sumErrors(await corpus('pingtan-2023'))).toEqual([]);
    expect(sumErrors(await small())).toEqual([]);
  });

  it('a split number (2 | 0 → 20) gets the split hint on every failure it explains', async () => {
    const r = await corpus('pingtan-2023');
    // 部分公开: 其他 = 0, 总计 = 20. The 20 read as 2 | 0 over the two cells.
    set(r, 't3', { 'partly_granted.other': 2, 'partly_granted.total': 0 });
    const errors = sumErrors(r);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    for (const e of errors) {
      expect(e.severity).toBe('error');
      expect(e.hint).toContain('合起来是 20');
    }
    expect(new Set(hintIds(r))).toEqual(new Set(['split']));
    const en = sumErrors(r, 'en');
    expect(en[0]!.hint).toContain('together read 20');
  });

  it('a single-digit split inside the applicant columns (2 | 2 → 22) is found too', async () => {
    const r = await corpus('pingtan-2023');
    set(r, 't3', { 'granted.natural': 2, 'granted.commercial': 2 });
    const errors = sumErrors(r);
    expect(errors.length).toBe(3);
    for (const e of errors) expect(e.hint).toContain('合起来是 22');
  });

  it('a ±1 slip between two columns explains both failures with one hint naming both cells', async () => {
    const r = await small();
    // One application counted under 商业企业 instead of 自然人 in 予以公开.
    set(r, 't3', { 'granted.natural': 2, 'granted.commercial': 1 });
    const errors = sumErrors(r);
    expect(errors.map((e) => e.location.cell).sort()).toEqual(['t3.total.commercial', 't3.total.natural']);
    for (const e of errors) {
      expect(e.hint).toContain('可能有 1 件记错了格');
      expect(e.hint).toContain('“（一）予以公开”自然人（2）');
      expect(e.hint).toContain('改为 3 和 0');
    }
    expect(hintIds(r)).toEqual(['slip', 'slip']);
  });

  it('a ±1 slip between two rows is recognised (ambiguous places are listed)', async () => {
    const r = await small();
    set(r, 't3', { 'granted.natural': 2, 'unable_not_held.natural': 3 });
    const errors = sumErrors(r);
    expect(errors.map((e) => e.location.cell).sort()).toEqual(['t3.granted.total', 't3.unable_not_held.total']);
    // Either the two 自然人 cells or the two 总计 cells were swapped by one.
    for (const e of errors) expect(e.hint).toMatch(/一正一负、相差同为 1/);
  });

  it('a total copied from the neighbouring row gets the copied hint', async () => {
    const r = await corpus('pingtan-2023');
    set(r, 't3', { 'granted.total': 20 });
    const row = sumErrors(r).find((e) => e.ruleId === 'table3-row-total')!;
    expect(row.hint).toContain('本格 20 与相邻的表三“（二）部分公开”总计相同');
    expect(row.hint).toContain('应为 22');
  });

  it('a column shifted down by one row gets the shifted hint', async () => {
    const r = await corpus('pingtan-2023');
    const rows = Object.keys(r.tables.t3!.cells).filter((k) => k.endsWith('.natural')).map((k) => k.split('.')[0]!);
    const spec = resolveFormat(r).tables.t3.rows.map((x) => x.id).filter((id) => rows.includes(id));
    const from = spec.indexOf('granted');
    const vals = spec.map((id) => (r.tables.t3!.cells[`${id}.natural`] as { value: number }).value);
    for (let j = spec.length - 1; j > from; j--) set(r, 't3', { [`${spec[j]}.natural`]: vals[j - 1]! });
    set(r, 't3', { 'granted.natural': 0 });
    const errors = sumErrors(r);
    expect(errors.length).toBeGreaterThan(2);
    expect(errors.every((e) => e.hint?.includes('表三“自然人”列的数字可能从表三“（一）予以公开”自然人起整体向后错了一格'))).toBe(true);
  });

  it('gives no hint when nothing simple explains the failure (the real corpus errors)', async () => {
    for (const name of ['pingtan-2020', 'pingtan-police-2021', 'pingtan-econdev-2024']) {
      const r = await corpus(name);
      const errors = sumErrors(r);
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) expect(e.hint ?? '').not.toMatch(/拆成了两格|记错了格|照抄|错了一格/);
    }
  });
});
