/**
 * What a check reports (issue #13): findings in document order (item 12), one piece of advice per wrong
 * cell when failed sums share it (item 3), blank cells as one finding per table (item 5), and what
 * `convert` says about cells it could not read (item 6).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDiagnostics } from '../src/check/order.js';
import { sortDiagnostics } from '../src/check/check.js';
import { readReport } from '../src/node/file.js';
import { getFormat, TABLE_IDS } from '../src/format/spec.js';
import type { Diagnostic, RunResult, Severity } from '../src/model/diagnostic.js';
import { RULES } from '../src/rules/index.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';

const F2021 = getFormat('2021');

// ---------------------------------------------------------------------------------------------
// A small text report in the 2021 format, written piece by piece so that each test can break one thing.
// ---------------------------------------------------------------------------------------------

const HEAD = '某局2022年政府信息公开工作年度报告\n本报告所列数据统计期限为2022年1月1日至2022年12月31日。\n一、总体情况\n本局依法做好政府信息公开工作。\n';
const T2_OK =
  '二、主动公开政府信息情况\n第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n行政规范性文件 1 0 3\n' +
  '第二十条第（五）项 信息内容 本年处理决定数量\n行政许可 12\n第二十条第（六）项 信息内容 本年处理决定数量\n行政处罚 3\n行政强制 0\n' +
  '第二十条第（八）项 信息内容 本年收费金额（单位：万元）\n行政事业性收费 0\n';
const T3_HEAD = '三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他\n';
const T3_ROWS: [string, number[]][] = [
  ['一、本年新收政府信息公开申请数量', [71, 3, 0, 0, 0, 0, 74]],
  ['二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1]],
  ['三、本年度办理结果（一）予以公开', [21, 0, 0, 0, 0, 0, 21]],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [8, 1, 0, 0, 0, 0, 9]],
  ['（三）不予公开1.属于国家秘密', [0, 0, 0, 0, 0, 0, 0]],
  ['2.其他法律行政法规禁止公开', [0, 0, 0, 0, 0, 0, 0]],
  ['3.危及“三安全一稳定”', [0, 0, 0, 0, 0, 0, 0]],
  ['4.保护第三方合法权益', [0, 0, 0, 0, 0, 0, 0]],
  ['5.属于三类内部事务信息', [1, 0, 0, 0, 0, 0, 1]],
  ['6.属于四类过程性信息', [2, 0, 0, 0, 0, 0, 2]],
  ['7.属于行政执法案卷', [1, 0, 0, 0, 0, 0, 1]],
  ['8.属于行政查询事项', [0, 0, 0, 0, 0, 0, 0]],
  ['（四）无法提供1.本机关不掌握相关政府信息', [37, 0, 0, 0, 0, 0, 37]],
  ['2.没有现成信息需要另行制作', [0, 0, 0, 0, 0, 0, 0]],
  ['3.补正后申请内容仍不明确', [0, 0, 0, 0, 0, 0, 0]],
  ['（五）不予处理1.信访举报投诉类申请', [0, 0, 0, 0, 0, 0, 0]],
  ['2.重复申请', [0, 0, 0, 0, 0, 0, 0]],
  ['3.要求提供公开出版物', [0, 0, 0, 0, 0, 0, 0]],
  ['4.无正当理由大量反复申请', [0, 0, 0, 0, 0, 0, 0]],
  ['5.要求行政机关确认或重新出具已获取信息', [0, 0, 0, 0, 0, 0, 0]],
  ['（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [2, 0, 0, 0, 0, 0, 2]],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [0, 0, 0, 0, 0, 0, 0]],
  ['3.其他', [0, 2, 0, 0, 0, 0, 2]],
  ['（七）总计', [72, 3, 0, 0, 0, 0, 75]],
  ['四、结转下年度继续办理', [0, 0, 0, 0, 0, 0, 0]],
];
const T4_HEAD = '四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n';
const TAIL = '五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n';

function textReport(parts: { t2?: string; t3?: (rows: [string, number[]][]) => void; t4?: string } = {}): string {
  const rows = T3_ROWS.map(([l, v]) => [l, [...v]] as [string, number[]]);
  parts.t3?.(rows);
  const t3 = T3_HEAD + rows.map(([l, v]) => `${l} ${v.join(' ')}`).join('\n') + '\n';
  return HEAD + (parts.t2 ?? T2_OK) + t3 + T4_HEAD + (parts.t4 ?? '0 1 1 0 2 1 0 0 0 1 0 0 0 0 0') + '\n' + TAIL;
}

function write(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function jsonCheck(path: string, ...args: string[]): Promise<{ code: number; ds: Diagnostic[] }> {
  const r = await runCli(['check', path, '-f', 'json', ...args]);
  return { code: r.code, ds: (JSON.parse(r.stdout) as RunResult).files[0]!.diagnostics };
}

// ---------------------------------------------------------------------------------------------
// Item 12: document order
// ---------------------------------------------------------------------------------------------

/** Position of a diagnostic, computed here from the format data alone: file level, section, table, row, column. */
function position(d: Diagnostic): number[] {
  const l = d.location;
  const t = l.table ? F2021.tables[l.table as 't2'] : undefined;
  const section = l.section ?? t?.section;
  if (section === undefined) return [0];
  return [
    1,
    F2021.sections.findIndex((s) => s.id === section),
    l.table === undefined ? -1 : TABLE_IDS.indexOf(l.table as 't2'),
    l.row === undefined ? -1 : t!.rows.findIndex((r) => r.id === l.row),
    l.column === undefined ? -1 : t!.columns.findIndex((c) => c.id === l.column),
  ];
}

function lexLE(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? -Infinity;
    const y = b[i] ?? -Infinity;
    if (x !== y) return x < y;
  }
  return true;
}

describe('item 12: findings in document order', () => {
  it('a report with findings in tables 二, 三 and 四 lists them by section, table, row and column (CLI)', async () => {
    const dir = tempDir('gk-order-');
    // 表二: two rows whose run-together digits split several ways (unread), on one line of the text, and
    // rows of blocks (五)–(八) left out; 表三: a wrong 总计 in two rows; 表四: a wrong 总计.
    const t2 = '二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章1129 行政规范性文件1129\n';
    const text = textReport({
      t2,
      t3: (rows) => {
        rows[0]![1][6] = 75;
        rows[23]![1][6] = 76;
        rows[22]![1][1] = 2;
      },
      t4: '0 1 1 0 3 1 0 0 0 1 0 0 0 0 0',
    });
    const { ds } = await jsonCheck(write(dir, 'order.txt', text));
    const at = ds.map((d) => `${d.ruleId}@${d.location.cell ?? d.location.row ?? d.location.table ?? d.location.section ?? ''}`);
    expect(ds.some((d) => d.location.table === 't2')).toBe(true);
    expect(ds.some((d) => d.location.table === 't3')).toBe(true);
    expect(ds.some((d) => d.location.table === 't4')).toBe(true);
    for (let i = 1; i < ds.length; i++) expect(lexLE(position(ds[i - 1]!), position(ds[i]!)), `${at[i - 1]} before ${at[i]}`).toBe(true);
    // The rows of 表二 in the official order, not by the wording of their messages.
    expect(ds.filter((d) => d.location.table === 't2').map((d) => d.location.row)).toEqual([
      'regulations',
      'normative_documents',
      'licensing',
      'penalty',
      'enforcement',
      'fees',
    ]);
    // The pretty output lists them in the same order.
    const pretty = (await runCli(['check', join(dir, 'order.txt')])).stdout;
    const rowsInPretty = ['规章', '行政规范性文件', '行政许可', '行政处罚', '行政强制', '行政事业性收费'].map((w) => pretty.indexOf(`“${w}”`));
    expect(rowsInPretty.every((x) => x >= 0)).toBe(true);
    expect([...rowsInPretty].sort((a, b) => a - b)).toEqual(rowsInPretty);
  });

  // Generated diagnostics over every kind of location the rules and readers make.
  const sectionIds = [undefined, ...F2021.sections.map((s) => s.id), 's9'];
  const rowIds = [undefined, 'zzz', ...new Set(TABLE_IDS.flatMap((t) => F2021.tables[t].rows.map((r) => r.id)))];
  const columnIds = [undefined, 'zzz', ...new Set(TABLE_IDS.flatMap((t) => F2021.tables[t].columns.map((c) => c.id)))];
  const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
  const physical = fc.record(
    {
      line: fc.integer({ min: 1, max: 50 }),
      column: fc.integer({ min: 1, max: 50 }),
      pointer: fc.constantFrom('/sections/2', '/sections/10', '/tables/t3/new/natural', '/title'),
      sheet: fc.constantFrom('表三', 'Sheet1'),
      cell: fc.constantFrom('A1', 'B9', 'B10', 'AA3'),
      table: fc.integer({ min: 1, max: 4 }),
      row: fc.integer({ min: 1, max: 30 }),
      col: fc.integer({ min: 1, max: 8 }),
      paragraph: fc.integer({ min: 1, max: 40 }),
    },
    { requiredKeys: [] },
  );
  const diagnostic: fc.Arbitrary<Diagnostic> = fc
    .record({
      ruleId: fc.constantFrom(...RULES.map((r) => r.id)),
      severity: fc.constantFrom<Severity>('error', 'warning', 'info'),
      section: fc.constantFrom(...sectionIds),
      table: fc.constantFrom(undefined, 't2', 't3', 't4'),
      row: fc.constantFrom(...rowIds),
      column: fc.constantFrom(...columnIds),
      physical: optional(physical),
      message: fc.constantFrom('a', 'b', '表二“规章”', '表二“行政规范性文件”'),
    })
    .map(({ ruleId, severity, section, table, row, column, physical, message }) => ({
      ruleId,
      severity,
      category: 'content' as const,
      messageId: 'm',
      message,
      file: 'x.txt',
      location: {
        ...(section ? { section } : {}),
        ...(table ? { table } : {}),
        ...(row ? { row } : {}),
        ...(column ? { column } : {}),
        ...(table && row && column ? { cell: `${table}.${row}.${column}` } : {}),
      },
      ...(physical ? { physical } : {}),
    }));
  const cmp = compareDiagnostics(F2021);
  const sign = (x: number): number => (x > 0 ? 1 : x < 0 ? -1 : 0);

  it('the comparator is a total order: reflexive, antisymmetric and transitive (property)', () => {
    fc.assert(
      fc.property(diagnostic, diagnostic, diagnostic, (a, b, c) => {
        expect(cmp(a, a)).toBe(0);
        // As numbers: two findings that tie give 0 one way and -0 (the negated 0) the other, which toBe tells apart.
        expect(sign(cmp(a, b)) === -sign(cmp(b, a))).toBe(true);
        if (cmp(a, b) <= 0 && cmp(b, c) <= 0) expect(cmp(a, c)).toBeLessThanOrEqual(0);
        if (cmp(a, b) < 0 && cmp(b, c) <= 0) expect(cmp(a, c)).toBeLessThan(0);
      }),
      { numRuns: 20_000 },
    );
  });

  it('sorting gives every pair in order, and the same order from any arrangement of the input (property)', () => {
    fc.assert(
      fc.property(fc.array(diagnostic, { maxLength: 40 }).chain((ds) => fc.tuple(fc.constant(ds), fc.shuffledSubarray(ds, { minLength: ds.length }))), ([ds, shuffled]) => {
        const sorted = sortDiagnostics(ds, F2021);
        for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) expect(cmp(sorted[i]!, sorted[j]!)).toBeLessThanOrEqual(0);
        const again = sortDiagnostics(shuffled, F2021);
        expect(again.map((d, i) => cmp(d, sorted[i]!))).toEqual(sorted.map(() => 0));
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Item 3: one wrong cell, several failed sums: the advice never rests on a cell in doubt
// ---------------------------------------------------------------------------------------------

/** pingtan-2024 (all sums hold) with some cells of table 三 changed, written as a JSON report. */
function mutated(dir: string, name: string, cells: Record<string, number>): string {
  const data = JSON.parse(readFileSync('fixtures/corpus/pingtan-2024.json', 'utf8')) as { tables: Record<string, Record<string, Record<string, number>>> };
  for (const [k, value] of Object.entries(cells)) {
    const [row, col] = k.split('.') as [string, string];
    data.tables.t3![row]![col] = value;
  }
  return write(dir, name, JSON.stringify(data));
}

const sums = (ds: Diagnostic[]): Diagnostic[] => ds.filter((d) => d.severity === 'error' && /^table[34]-/.test(d.ruleId));
const count = (text: string, word: string): number => text.split(word).length - 1;

describe('item 3: failed sums that share a wrong cell', () => {
  it('the original report has no sum errors', async () => {
    expect(sums((await jsonCheck('fixtures/corpus/pingtan-2024.json')).ds)).toEqual([]);
  });

  it('a wrong cell inside a row and a column: one 应为, the true value, on that cell; the other failure points at it (CLI)', async () => {
    const dir = tempDir('gk-cause-');
    // （一）予以公开 自然人 is 71; written 72 it breaks its row (总计 71) and its column (（七）总计 217).
    const file = mutated(dir, 'one-cell.json', { 'granted.natural': 72 });
    const errors = sums((await jsonCheck(file)).ds);
    expect(errors.map((d) => d.location.cell)).toEqual(['t3.granted.total', 't3.total.natural']);
    // Neither total is wrong: no finding states a value for its own cell (before: 应为 72 and 应为 218).
    for (const d of errors) {
      expect(d.expected).toBeUndefined();
      expect(d.data).toMatchObject({ causeCell: 't3.granted.natural', causeValue: 71, causeActual: 72 });
    }
    expect(errors[0]!.hint).toContain('最可能是表三“（一）予以公开”自然人填错了：该格现为 72，应为 71');
    expect(errors[1]!.hint).toContain('与表三“（一）予以公开”自然人是同一个原因');
    expect(errors[1]!.hint).not.toContain('应为');
    const pretty = (await runCli(['check', file])).stdout;
    expect(count(pretty, '应为')).toBe(1);
    expect(pretty).toContain('应为 71');
    const en = sums((await jsonCheck(file, '--lang', 'en')).ds);
    expect(en[0]!.hint).toContain('holds 72, expected 71');
    expect(en[1]!.hint).toContain('same cause');
  });

  it('a wrong row total that is also a term of the 总计 column: 应为 on that cell only', async () => {
    const dir = tempDir('gk-cause-');
    const file = mutated(dir, 'total.json', { 'granted.total': 70 });
    const errors = sums((await jsonCheck(file)).ds);
    expect(errors.map((d) => [d.location.cell, d.expected, d.actual])).toEqual([
      ['t3.granted.total', 71, 70],
      // Before: 应为 217 for （七）总计, derived from the wrong 70.
      ['t3.total.total', undefined, undefined],
    ]);
    expect(errors[1]!.hint).toContain('与表三“（一）予以公开”总计是同一个原因');
    const pretty = (await runCli(['check', file])).stdout;
    expect(count(pretty, '应为')).toBe(1);
    expect(pretty).toContain('应为 71，实为 70');
  });

  it('a wrong （七）总计 cell in three sums: every 应为 is the true value, the row total states none', async () => {
    const dir = tempDir('gk-cause-');
    const file = mutated(dir, 'grand.json', { 'total.natural': 300 });
    const errors = sums((await jsonCheck(file)).ds);
    expect(errors.length).toBe(3);
    // Before: the （七）总计 row said 总计 应为 301.
    expect(new Set(errors.map((d) => d.expected))).toEqual(new Set([217, undefined]));
    for (const d of errors) expect(d.expected === undefined).toBe(d.location.cell !== 't3.total.natural');
    expect(errors.find((d) => d.location.cell === 't3.total.total')!.hint).toContain('与表三“（七）总计”自然人是同一个原因');
  });

  it('two wrong cells no single change explains: no 应为 at all, the shared cells are named', async () => {
    const dir = tempDir('gk-cause-');
    const file = mutated(dir, 'two.json', { 'granted.natural': 72, 'total.natural': 219 });
    const errors = sums((await jsonCheck(file)).ds);
    expect(errors.length).toBeGreaterThan(2);
    for (const d of errors) {
      expect(d.expected).toBeUndefined();
      expect(d.hint).toContain('无法只凭本式判断哪一格填错');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Item 5: the blank template: one blank-cells finding per table, the full list in JSON/SARIF/--verbose
// ---------------------------------------------------------------------------------------------

describe('item 5: blank cells, one finding per table', () => {
  for (const to of ['csv', 'xlsx'] as const) {
    it(`checking the blank ${to} template prints a short report; JSON, SARIF and --verbose list every blank cell (CLI)`, async () => {
      const dir = tempDir('gk-blank-');
      const file = join(dir, `t.${to}`);
      expect((await runCli(['template', '--to', to, '-o', file])).code).toBe(0);
      // The blank cells of the template, counted from the report itself.
      const report = await readReport(file);
      const blankCells = TABLE_IDS.flatMap((t) => Object.entries(report.tables[t]?.cells ?? {}).filter(([, c]) => c.kind === 'blank').map(([k]) => `${t}.${k}`));
      expect(blankCells.length).toBeGreaterThan(150);

      const pretty = await runCli(['check', file]);
      expect(pretty.code).toBe(1);
      const lines = pretty.stdout.split('\n').length;
      // Before: 900+ lines, 167+ warnings.
      expect(lines).toBeLessThan(60);
      expect(pretty.stdout).toMatch(/表三有 \d+ 个空白单元格，例如：一、本年新收政府信息公开申请数量 · 自然人；/);
      expect(pretty.stdout).toContain('未填写的数字应填 0');
      expect(pretty.stdout).toContain('加 --verbose 逐个列出');

      const { ds } = await jsonCheck(file);
      const blanks = ds.filter((d) => d.ruleId === 'cell-blank');
      expect(blanks.map((d) => d.location.table)).toEqual(['t2', 't3', 't4']);
      // Each at its table's first blank cell, with the count, and every cell in `related`.
      for (const d of blanks) {
        expect(d.location.cell).toBe(d.related![0]!.location.cell);
        expect(d.data?.count).toBe(d.related!.length);
        expect(d.physical).toEqual(d.related![0]!.physical);
      }
      expect(blanks.flatMap((d) => d.related!.map((r) => r.location.cell)).sort()).toEqual([...blankCells].sort());
      expect(blanks.every((d) => d.related!.every((r) => r.value === '' && r.location.labels?.row && r.location.labels.column))).toBe(true);

      // The sums over blank cells: a blank counts as 0, and a sum whose sides are both blank holds (0 = 0):
      // nothing to say beyond cell-blank (before: one "could not check" per rule and table).
      expect(ds.filter((d) => /^table[34]-/.test(d.ruleId))).toEqual([]);

      const sarif = JSON.parse((await runCli(['check', file, '-f', 'sarif'])).stdout) as { runs: { results: { ruleId: string; relatedLocations?: unknown[] }[] }[] };
      const sarifBlanks = sarif.runs[0]!.results.filter((r) => r.ruleId === 'cell-blank');
      expect(sarifBlanks.reduce((n, r) => n + (r.relatedLocations?.length ?? 0), 0)).toBe(blankCells.length);

      const verbose = await runCli(['check', file, '--verbose']);
      for (const d of blanks) for (const r of d.related!) expect(verbose.stdout).toContain(`${r.location.labels!.row} › ${r.location.labels!.column}=（空白）`);
      expect(verbose.stdout.split('\n').length).toBeGreaterThan(blankCells.length);
    });
  }

  it('a table with one or two blank cells keeps one finding per cell', async () => {
    const { ds } = await jsonCheck('fixtures/rules/cell-blank/invalid-placeholders-and-blank/input.json');
    expect(ds.filter((d) => d.ruleId === 'cell-blank').map((d) => [d.messageId, d.location.cell, d.related])).toEqual([
      ['placeholder', 't2.licensing.decisions', undefined],
      ['placeholder', 't3.denied_query.research', undefined],
      ['blank', 't4.suit_direct.pending', undefined],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Item 6: convert keeps the cells it could not read, marked unread, says so and exits 1; --strict
// ---------------------------------------------------------------------------------------------

describe('item 6: convert and the cells it could not read', () => {
  // 表二's 行政规范性文件 row reads "1129": three cells, and three ways to split the digits; the reader
  // leaves the row unread (extract-ambiguous). Everything else reads.
  const T2_UNREAD = T2_OK.replace('行政规范性文件 1 0 3', '行政规范性文件1129');
  const unreadRow = (dir: string): string => write(dir, 'unread.txt', textReport({ t2: T2_UNREAD }));
  const line = textReport({ t2: T2_UNREAD }).split('\n').findIndex((l) => l === '行政规范性文件1129') + 1;
  const COLUMNS = ['本年制发件数', '本年废止件数', '现行有效件数'];

  it('the report reads except that row, which check reports as unread', async () => {
    const dir = tempDir('gk-unread-');
    const report = await readReport(unreadRow(dir));
    expect(Object.keys(report.tables.t2!.cells).filter((k) => k.startsWith('normative_documents.'))).toEqual([]);
    expect(report.findings.map((f) => [f.ruleId, f.location.row])).toEqual([['extract-ambiguous', 'normative_documents']]);
  });

  it('CSV: a warning on stderr naming the cells, why and where; the cells kept as unread rows; exit 1 (CLI)', async () => {
    const dir = tempDir('gk-unread-');
    const r = await runCli(['convert', unreadRow(dir), '--to', 'csv']);
    // Before: exit 0, nothing on stderr, and the three cells simply absent.
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('有 3 个单元格未能读取，已在输出中标为未读取（unread），没有当作空白或 0');
    expect(r.stderr).toContain(`表二“行政规范性文件”行的本年制发件数、本年废止件数、现行有效件数（原文件 第 ${line} 行`);
    expect(r.stderr).toContain('“1129”可拆分为多种结果');
    const rows = r.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('table,row_group,row,column_group,column,value,source,status,reason');
    const lost = rows.filter((l) => l.includes(',行政规范性文件,'));
    expect(lost).toHaveLength(3);
    lost.forEach((l, i) => {
      expect(l).toMatch(new RegExp(`^二,第二十条第（一）项,行政规范性文件,,${COLUMNS[i]},,${line}:\\d+,unread,表二“行政规范性文件”行的数字“1129”可拆分为多种结果`));
    });
    expect(rows.filter((l) => l.endsWith(',read,'))).toHaveLength(rows.length - 1 - 3);
    // Read back, the cells are still unread: not blank, not missing.
    const back = await jsonCheck(write(dir, 'back.csv', r.stdout));
    expect(back.ds.filter((d) => d.ruleId === 'extract-failed').map((d) => d.location.cell)).toEqual(COLUMNS.map((_, i) => `t2.normative_documents.${['issued', 'repealed', 'in_force'][i]}`));
    expect(back.ds.filter((d) => (d.ruleId === 'cell-blank' || d.ruleId === 'cell-missing') && d.location.table === 't2')).toEqual([]);
  });

  it('JSON: each such cell is {value: null, status: "unread", reason}, valid by the schema; read back it stays unread (CLI)', async () => {
    const dir = tempDir('gk-unread-');
    const out = join(dir, 'out.json');
    const r = await runCli(['convert', unreadRow(dir), '--to', 'json', '-o', out, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('3 cell(s) could not be read; they are marked unread in the output');
    expect(r.stderr).toContain(`(in the file at line ${line}, column`);
    const data = JSON.parse(readFileSync(out, 'utf8')) as { tables: { t2: Record<string, Record<string, unknown>> } };
    for (const col of ['issued', 'repealed', 'in_force']) {
      expect(data.tables.t2.normative_documents![col]).toMatchObject({ value: null, status: 'unread', reason: expect.stringContaining('"1129" can be split in 3 ways') as string, source: { line } });
    }
    const Ajv2020 = (await import('ajv/dist/2020.js')).default;
    const ajv = new Ajv2020.default({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')) as object);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const back = await jsonCheck(out);
    expect(back.ds.filter((d) => d.ruleId === 'extract-failed').map((d) => d.physical?.pointer)).toEqual(['issued', 'repealed', 'in_force'].map((c) => `/tables/t2/normative_documents/${c}`));
    expect(back.ds.find((d) => d.ruleId === 'extract-failed')!.message).toContain('在转换前的原文件中未能读取');
    expect(back.ds.filter((d) => (d.ruleId === 'cell-blank' || d.ruleId === 'cell-missing') && d.location.table === 't2')).toEqual([]);
  });

  it('--strict writes nothing at all and exits 1 (CLI)', async () => {
    const dir = tempDir('gk-unread-');
    const file = unreadRow(dir);
    for (const to of ['csv', 'json', 'html']) {
      const out = join(dir, `out.${to}`);
      const r = await runCli(['convert', file, '--to', to, '-o', out, '--strict']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('按 --strict 的要求，没有写出任何输出');
      expect(existsSync(out)).toBe(false);
      const toStdout = await runCli(['convert', file, '--to', to, '--strict']);
      expect([toStdout.code, toStdout.stdout]).toEqual([1, '']);
    }
  });

  it('a report read whole converts as before: exit 0, nothing on stderr, no status column (CLI)', async () => {
    const dir = tempDir('gk-unread-');
    const r = await runCli(['convert', write(dir, 'ok.txt', textReport()), '--to', 'csv', '--strict']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\r\n')[0]).toBe('table,row_group,row,column_group,column,value,source');
  });

  it('the Node API: the cells are in the text marked unread and onUnread is told; strict rejects', async () => {
    const dir = tempDir('gk-unread-');
    const file = unreadRow(dir);
    const { convert, UnreadCellsError } = await import('../src/index.js');
    const told: string[] = [];
    const csv = await convert(file, { to: 'csv', onUnread: (cells) => told.push(...cells.map((c) => `${c.table}.${c.row}.${c.column}`)) });
    expect(told).toEqual(['t2.normative_documents.issued', 't2.normative_documents.repealed', 't2.normative_documents.in_force']);
    expect(csv.split('\r\n').filter((l) => l.includes(',unread,'))).toHaveLength(3);
    await expect(convert(file, { to: 'json', strict: true })).rejects.toBeInstanceOf(UnreadCellsError);
  });
});
