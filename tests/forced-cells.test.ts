/**
 * Unread table cells the report's own sums force (#17, analysis/forced.ts), on fixtures/forced-cells
 * (scripts/make-forced-cells.ts, from the corpus): a 2021 table 三 whose three （六）其他处理 sub-rows share
 * one merged row of cells on the page — the page reads every cell, its flattened text and its one-cell-
 * per-line copy leave sub-rows 2 and 3 unread and （七）总计 forces them to 0; a row whose every column
 * leaves one unread cell, the difference; one unread cell of a converted JSON; glued rows whose split
 * only the cells they force single out; a broken sum and figures the reader saw, where nothing may be
 * worked out. In process (readResolved, checkBytes) and through the
 * built CLI (check -f json, convert --to json). Before analysis/forced.ts the unread cells stayed unread.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes, readResolved } from '../src/check/bytes.js';
import type { Report } from '../src/model/report.js';
import { buildForcedCells, writeForcedCells, type ForcedCase, type ForcedInput } from '../scripts/make-forced-cells.js';
import { updatingFixtures } from './support/fixtures.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/gongkai.js');
const cases = updatingFixtures() ? writeForcedCells() : buildForcedCells();
const runs = cases.flatMap((c) => c.inputs.map((i) => ({ c, i, label: `${c.name}/${i.file}` })));

/** Every cell of table 三 the case must read: `row.column` → value. */
function truthCells(c: ForcedCase): [string, number | null][] {
  return Object.entries(c.truth).flatMap(([row, cols]) => Object.entries(cols).map(([col, v]): [string, number | null] => [`${row}.${col}`, v]));
}

/** The rows the case leaves unread or works out: every cell of table 三 not in the truth. */
const COLUMNS = ['natural', 'commercial', 'research', 'nonprofit', 'legal_services', 'other', 'total'];

function rowsOf(findings: { ruleId: string; messageId: string; location: { table?: string; row?: string } }[], ruleId: string, messageId?: string): string[] {
  return [...new Set(findings.filter((f) => f.ruleId === ruleId && f.location.table === 't3' && (messageId === undefined || f.messageId === messageId)).map((f) => f.location.row!))].sort();
}

describe.each(runs)('$label', ({ c, i }) => {
  const bytes = (x: ForcedInput): Uint8Array => new TextEncoder().encode(x.text);

  it('reads every cell of table 三 equal to the truth; the rows left unread have no value', async () => {
    const report: Report = await readResolved(`${c.name}-${i.file}`, bytes(i));
    const cells = report.tables.t3!.cells;
    for (const [key, want] of truthCells(c)) expect(cells[key], key).toMatchObject(want === null ? { kind: 'blank' } : { kind: 'number', value: want });
    for (const row of i.unread) for (const col of COLUMNS) expect(cells[`${row}.${col}`], `${row}.${col}`).toBeUndefined();
    expect(rowsOf(report.findings, 'extract-resolved', 'resolvedByRelation')).toEqual([...i.resolved].sort());
    expect(rowsOf(report.findings, 'extract-failed')).toEqual([...i.unread].sort());
    expect(rowsOf(report.findings, 'extract-resolved', 'resolvedBySums')).toEqual([...(i.split ?? [])].sort());
    expect(rowsOf(report.findings, 'extract-ambiguous')).toEqual([]);
  });

  it('check: each worked-out row noted with the relation in zh and en, no sum finding hidden', async () => {
    const zh = (await checkBytes(`${c.name}-${i.file}`, bytes(i))).result.diagnostics;
    const en = (await checkBytes(`${c.name}-${i.file}`, bytes(i), { lang: 'en' })).result.diagnostics;
    const notes = zh.filter((d) => d.ruleId === 'extract-resolved' && d.messageId === 'resolvedByRelation');
    expect(notes.map((d) => d.location.row).sort()).toEqual([...i.resolved].sort());
    for (const d of notes) {
      expect(d.severity).toBe('info');
      expect(d.message).toMatch(/勾稽关系（.*等于.*）/);
      expect(d.message).not.toMatch(/undefined|null|NaN|\{/);
    }
    for (const d of en.filter((x) => x.ruleId === 'extract-resolved' && x.messageId === 'resolvedByRelation')) {
      expect(d.message).toMatch(/table's own sums \(.* equals .*\)/);
      expect(d.message).not.toMatch(/undefined|null|NaN|\{/);
    }
    expect(rowsOf(zh, 'extract-failed')).toEqual([...i.unread].sort());
    // The worked-out cells make the sums of table 三 hold: no sum finding but the case's own break.
    const sums = zh.filter((d) => d.ruleId.startsWith('table3-') && d.severity !== 'info');
    if (c.name === 'broken') {
      // The break is in the results column sums: the figures read already exceed （七）总计, so whatever the
      // unread row holds (never below 0) the sum fails — an error at the total, not "could not check".
      expect(sums.length).toBeGreaterThan(0);
      for (const d of sums) {
        expect([d.ruleId, d.messageId, d.severity]).toEqual(['table3-results-total', 'exceeds', 'error']);
        expect(d.message).toMatch(/一定不等于（七）总计：.*未能读取.*已为 \d+，大于另一边的 \d+/);
      }
    } else expect(sums).toEqual([]);
  });

  it('the built CLI: check -f json notes the same rows, convert --to json writes what check read', () => {
    const input = join('fixtures/forced-cells', c.name, i.file);
    const r = spawnSync(process.execPath, [BIN, 'check', input, '-f', 'json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout.trim().startsWith('{'), r.stderr).toBe(true);
    const ds = (JSON.parse(r.stdout) as { files: { diagnostics: { ruleId: string; messageId: string; location: { table?: string; row?: string } }[] }[] }).files[0]!.diagnostics;
    expect(rowsOf(ds, 'extract-resolved', 'resolvedByRelation')).toEqual([...i.resolved].sort());
    expect(rowsOf(ds, 'extract-failed')).toEqual([...i.unread].sort());
    expect(rowsOf(ds, 'extract-resolved', 'resolvedBySums')).toEqual([...(i.split ?? [])].sort());
    const conv = spawnSync(process.execPath, [BIN, 'convert', input, '--to', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const t3 = (JSON.parse(conv.stdout) as { tables: { t3: Record<string, Record<string, unknown>> } }).tables.t3;
    const valueOf = (x: unknown): unknown => (x !== null && typeof x === 'object' ? (x as { value: unknown }).value : x);
    for (const [key, want] of truthCells(c)) {
      const [row, col] = key.split('.') as [string, string];
      expect(valueOf(t3[row]?.[col]), key).toBe(want);
    }
    for (const row of i.unread) for (const col of COLUMNS) expect(t3[row]?.[col], `${row}.${col}`).toMatchObject({ status: 'unread' });
    // convert exits 1 when a cell is unread (pingtan-2023 has a glued table-二 row of its own).
    if (i.unread.length > 0) expect(conv.status).toBe(1);
  });
});
