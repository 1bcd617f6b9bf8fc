/**
 * Amounts written with a unit of money (#17 item 8): the 2021 fee amount (万元) and the 2019 procurement
 * amount (no unit in the template, read in 元) written "123.5万元", "1,200元", "1200.00元", "0.5 万元" or
 * with full-width digits and commas, through every reader (xlsx, csv, html, txt): the number is read,
 * converted to the column's unit, and amount-unit reports a unit other than the column's.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormatId } from '../src/format/spec.js';
import type { Diagnostic, RunResult } from '../src/model/diagnostic.js';
import { readReport } from '../src/node/file.js';
import { layoutToCsv, layoutToXlsx, reportLayout, type Layout } from '../src/renderers/template.js';
import { splitTokens, valueRun } from '../src/readers/split.js';
import { layoutLines } from '../scripts/make-text-fixtures.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A layout as a web page: one `<table>`, merged cells as colspan/rowspan. */
function layoutHtml(l: Layout): string {
  const span = new Map(l.merges.map((m) => [`${m.r0},${m.c0}`, m]));
  const covered = new Set<string>();
  for (const m of l.merges) for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) covered.add(`${r},${c}`);
  const width = Math.max(...l.rows.map((row) => row.length), ...l.merges.map((m) => m.c1 + 1));
  const rows = l.rows.map((row, r) => {
    const tds: string[] = [];
    for (let c = 0; c < width; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const m = span.get(`${r},${c}`);
      const v = row[c];
      const text = v === undefined ? '' : 'text' in v ? v.text : String(v.number ?? '');
      tds.push(`<td${m && m.c1 > m.c0 ? ` colspan="${m.c1 - m.c0 + 1}"` : ''}${m && m.r1 > m.r0 ? ` rowspan="${m.r1 - m.r0 + 1}"` : ''}>${esc(text)}</td>`);
    }
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某局年度报告</title></head><body><table border="1">${rows.join('\n')}</table></body></html>\n`;
}

/** A report of the format with every cell 0 and the amount cell written as `amount`. */
function layout(format: FormatId, cell: string, amount: string): Layout {
  const year = format === '2021' ? 2022 : 2019;
  return reportLayout(format, { title: `某局${year}年政府信息公开工作年度报告`, year, values: (id) => (id === cell ? amount : 0) });
}

/** The report in each reader's form, written to `dir`. */
async function files(dir: string, l: Layout): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const put = (name: string, data: string | Uint8Array): void => {
    writeFileSync(join(dir, name), data);
    out[name.slice(name.lastIndexOf('.') + 1)] = join(dir, name);
  };
  put('report.xlsx', await layoutToXlsx([{ name: '年度报告', layout: l }]));
  put('report.csv', layoutToCsv(l));
  put('report.html', layoutHtml(l));
  put('report.txt', `${layoutLines(l).map((x) => x.text).join('\n')}\n`);
  return out;
}

interface Case {
  format: FormatId;
  cell: string;
  written: string;
  value: number;
  /** The amount-unit finding expected, or undefined for none (and no cell-unit either, unless `cellUnit`). */
  finding?: { severity: 'error' | 'warning'; messageId: string; converted: string };
  cellUnit?: boolean;
}

const FEE = 't2.fees.fee_amount';
const PROCUREMENT = 't2.procurement.procurement_amount';
const CASES: Case[] = [
  // 2021: the fee amount is in 万元.
  { format: '2021', cell: FEE, written: '1,200元', value: 0.12, finding: { severity: 'error', messageId: 'wrongUnit', converted: '0.12' } },
  { format: '2021', cell: FEE, written: '1200.00元', value: 0.12, finding: { severity: 'error', messageId: 'wrongUnit', converted: '0.12' } },
  { format: '2021', cell: FEE, written: '１，２００元', value: 0.12, finding: { severity: 'error', messageId: 'wrongUnit', converted: '0.12' } },
  { format: '2021', cell: FEE, written: '123.5万元', value: 123.5, cellUnit: true },
  { format: '2021', cell: FEE, written: '0.5 万元', value: 0.5, cellUnit: true },
  // 2019: the procurement amount has no unit in the template and is read in 元.
  { format: '2019', cell: PROCUREMENT, written: '123.5万元', value: 1235000, finding: { severity: 'warning', messageId: 'otherUnit', converted: '1235000' } },
  { format: '2019', cell: PROCUREMENT, written: '0.5 万元', value: 5000, finding: { severity: 'warning', messageId: 'otherUnit', converted: '5000' } },
  { format: '2019', cell: PROCUREMENT, written: '1,200元', value: 1200 },
  { format: '2019', cell: PROCUREMENT, written: '1200.00元', value: 1200 },
  { format: '2019', cell: PROCUREMENT, written: '１２３．５万元', value: 1235000, finding: { severity: 'warning', messageId: 'otherUnit', converted: '1235000' } },
];

describe('amounts written with a unit of money, through every reader (#17 item 8)', () => {
  for (const c of CASES) {
    it(`${c.format} ${c.cell.split('.').pop()} written "${c.written}": read as ${c.value}`, async () => {
      const dir = tempDir('gk-amount-');
      const paths = await files(dir, layout(c.format, c.cell, c.written));
      for (const [reader, path] of Object.entries(paths)) {
        const report = await readReport(path);
        const [t, row, col] = c.cell.split('.') as ['t2', string, string];
        expect(report.format, reader).toBe(c.format);
        expect(report.tables[t]?.cells[`${row}.${col}`], reader).toMatchObject({ kind: 'number', value: c.value });
        // Through the CLI: the unit finding at the cell, and nothing else about the amount.
        const run = await runCli(['check', path, '--format', 'json']);
        const ds = (JSON.parse(run.stdout) as RunResult).files[0]!.diagnostics.filter((d: Diagnostic) => d.location.cell === c.cell);
        const units = ds.map((d) => [d.ruleId, d.severity, d.messageId, d.data?.converted]);
        const want: unknown[] = [];
        if (c.cellUnit) want.push(['cell-unit', 'warning', 'unit', undefined]);
        if (c.finding) want.push(['amount-unit', c.finding.severity, c.finding.messageId, c.finding.converted]);
        expect(units, reader).toEqual(want);
      }
    });
  }

  it('the messages say what was written, the column’s unit and the amount it was read as, in zh and en', async () => {
    const dir = tempDir('gk-amount-');
    const { txt } = await files(dir, layout('2021', FEE, '1,200元'));
    const zh = await runCli(['check', txt!]);
    expect(zh.stdout).toContain('表二“行政事业性收费”行“本年收费金额（单位：万元）”列写成“1,200元”，该列单位为万元，已按 0.12 万元读取。');
    expect(zh.stdout).toContain('换算为万元应填 0.12。');
    const { txt: t2019 } = await files(tempDir('gk-amount-'), layout('2019', PROCUREMENT, '123.5万元'));
    const en = await runCli(['check', t2019!, '--lang', 'en']);
    expect(en.stdout).toContain('The template sets no unit for this column; gongkai reads it in 元: 1235000 元.');
  });

  it('the text reader keeps a unit set apart by a space with its amount', () => {
    const text = '政府集中采购 135 0.5 万元\n';
    const run = valueRun(text, '政府集中采购'.length);
    expect(run.tokens.map((t) => t.text)).toEqual(['135', '0.5万元']);
    expect(splitTokens(run.tokens, ['count', 'amount'])).toMatchObject({ kind: 'ok', pieces: [{ raw: '135', value: 135 }, { raw: '0.5万元', value: 0.5 }] });
    // On a line of its own, a unit is not glued to the figure above it.
    expect(valueRun('规章\n3\n元\n', 2).tokens.map((t) => t.text)).toEqual(['3', '元']);
  });
});
