/**
 * The reviewer's tables of a run (issue #19), as rows of values: 汇总 (a row per file: counts and key
 * figures), 问题 (a row per finding), 数据 (a row per table cell, in the tidy CSV's columns with file,
 * agency and year in front) and 年度 (per agency, each year present or missing and how its 上年结转 meets
 * the year before's 结转下年度). `check -f xlsx` writes all four as sheets (xlsx.ts), `check -f csv` the
 * 问题 table alone (findings-csv.ts). File, agency and year are those of the JSON output; 年度 pairs
 * files as the cross-file checks do (check/crossfile.ts: normalised agency name and year).
 */
import { T3_COLUMNS } from '../analysis/facts.js';
import type { ReportCells } from '../check/report-cells.js';
import { getFormat, type FormatSpec, type TableId } from '../format/spec.js';
import { cellDisplay } from '../model/cell.js';
import type { FileResult } from '../model/diagnostic.js';
import { formatSource } from '../model/location.js';
import { tableSpec } from '../model/report.js';
import { UI } from '../messages/ui.js';
import { tidyRows } from '../renderers/csv.js';
import { getRule } from '../rules/index.js';
import type { FormatContext } from './formatter.js';
import { describePlace, toolPath } from './place.js';
import { maxOf, minOf } from '../lists.js';

/** A cell of a table: text, a number, or nothing. */
export type Value = string | number | null;

/** A column: its header, its width in characters (xlsx), and whether long text wraps in it. */
export interface Column {
  header: string;
  width: number;
  wrap?: boolean;
}

type Lang = 'zh' | 'en';

/** A key figure of 汇总: the sum of the total column of some rows (every one a number, else nothing). */
interface Figure {
  zh: string;
  en: string;
  table: TableId;
  /** Row ids, or a row group's id (its rows). */
  rows: string[];
  column: string;
}

const FIGURES: readonly Figure[] = [
  { zh: '本年新收', en: 'new requests', table: 't3', rows: ['new'], column: 'total' },
  { zh: '上年结转', en: 'carried over', table: 't3', rows: ['carried_over'], column: 'total' },
  { zh: '予以公开', en: 'granted', table: 't3', rows: ['granted'], column: 'total' },
  { zh: '部分公开', en: 'partly granted', table: 't3', rows: ['partly_granted'], column: 'total' },
  { zh: '不予公开', en: 'denied', table: 't3', rows: ['denied'], column: 'total' },
  { zh: '无法提供', en: 'unable to provide', table: 't3', rows: ['unable'], column: 'total' },
  { zh: '不予处理', en: 'not processed', table: 't3', rows: ['not_processed'], column: 'total' },
  { zh: '其他处理', en: 'other handling', table: 't3', rows: ['other_handling'], column: 'total' },
  { zh: '办理结果总计', en: 'results total', table: 't3', rows: ['total'], column: 'total' },
  { zh: '结转下年度', en: 'carried forward', table: 't3', rows: ['carried_forward'], column: 'total' },
  { zh: '行政复议', en: 'administrative reviews', table: 't4', rows: ['review'], column: 'total' },
  { zh: '行政诉讼', en: 'lawsuits', table: 't4', rows: ['suit_direct', 'suit_after_review'], column: 'total' },
  { zh: '收费（万元）', en: 'fees (10,000 yuan)', table: 't2', rows: ['fees'], column: 'fee_amount' },
  { zh: '规章现行有效', en: 'regulations in force', table: 't2', rows: ['regulations'], column: 'in_force' },
  { zh: '行政规范性文件现行有效', en: 'normative documents in force', table: 't2', rows: ['normative_documents'], column: 'in_force' },
  { zh: '行政许可决定', en: 'licensing decisions', table: 't2', rows: ['licensing'], column: 'decisions' },
  { zh: '行政处罚决定', en: 'penalty decisions', table: 't2', rows: ['penalty'], column: 'decisions' },
  { zh: '行政强制决定', en: 'enforcement decisions', table: 't2', rows: ['enforcement'], column: 'decisions' },
];

const WORDS = {
  zh: {
    sheets: { summary: '汇总', findings: '问题', data: '数据', years: '年度' },
    summary: ['文件', '机关', '年度', '文件类型', '格式版本', '错误', '警告', '提示', '无法读取的原因'],
    findings: ['文件', '机关', '年度', '级别', '规则', '编号', '位置', '页', '所在', '问题', '应为', '实为', '修改建议'],
    data: ['文件', '机关', '年度', '表', '行组', '行', '列组', '列', '值', '位置', '状态', '原因'],
    years: ['机关', '年度', '报告', '文件', '本年上年结转（总计）', '上年结转下年度（总计）', '结转衔接', '说明'],
    read: '已读取',
    unread: '未能读取',
    present: '有',
    missing: '缺少',
    first: '最早一年',
    gap: '缺上一年度报告',
    ok: '一致',
    mismatch: '不一致',
    unknown: '无法比较',
    unknownWhy: '表三的上年结转或上年度的结转下年度没有数字',
    pair: '{column}：上年度 {previous} 结转下年度 {forward}，本年上年结转 {over}',
    separator: '；',
    unit: '（单位：{unit}）',
  },
  en: {
    sheets: { summary: 'Summary', findings: 'Findings', data: 'Data', years: 'Years' },
    summary: ['file', 'agency', 'year', 'input', 'format version', 'errors', 'warnings', 'infos', 'why unreadable'],
    findings: ['file', 'agency', 'year', 'severity', 'rule', 'code', 'location', 'page', 'place', 'message', 'expected', 'actual', 'hint'],
    data: ['file', 'agency', 'year', 'table', 'row_group', 'row', 'column_group', 'column', 'value', 'source', 'status', 'reason'],
    years: ['agency', 'year', 'report', 'files', 'carried over (total)', "previous year's carried forward (total)", 'carry-over chain', 'details'],
    read: 'read',
    unread: 'unread',
    present: 'present',
    missing: 'missing',
    first: 'first year',
    gap: "previous year's report missing",
    ok: 'consistent',
    mismatch: 'inconsistent',
    unknown: 'cannot compare',
    unknownWhy: "table 三 has no figure for 上年结转, or the previous year's none for 结转下年度",
    pair: '{column}: {previous} carried forward {forward}, this year carried over {over}',
    separator: '; ',
    unit: ' (in {unit})',
  },
} as const;

/** Units of money in English. */
const UNIT_EN: Readonly<Record<string, string>> = { 元: 'yuan', 万元: '10,000 yuan' };

const fillIn = (template: string, data: Record<string, string | number>): string => template.replace(/\{(\w+)\}/g, (m, k: string) => String(data[k] ?? m));

/** Column widths (characters) of each table's columns, in order. */
const WIDTHS = {
  summary: [30, 24, 6, 8, 8, 6, 6, 6, 40],
  findings: [30, 24, 6, 6, 18, 7, 20, 5, 30, 60, 10, 10, 50],
  data: [30, 24, 6, 4, 18, 36, 14, 14, 10, 24, 8, 40],
  years: [24, 6, 6, 30, 10, 10, 12, 50],
} as const;
const WRAP = { summary: [8], findings: [9, 12], data: [11], years: [7] } as const;

export type TableName = keyof typeof WIDTHS;

/** The sheet name of a table in a language. */
export function tableName(table: TableName, lang: Lang): string {
  return WORDS[lang].sheets[table];
}

/** The columns of a table in a language. */
export function columns(table: TableName, lang: Lang): Column[] {
  const headers: readonly string[] = table === 'summary' ? [...WORDS[lang].summary, ...FIGURES.map((f) => f[lang])] : WORDS[lang][table];
  const widths: readonly number[] = WIDTHS[table];
  const wrap: readonly number[] = WRAP[table];
  return headers.map((header, i) => ({ header, width: widths[i] ?? Math.max(8, header.length * 2), ...(wrap.includes(i) ? { wrap: true } : {}) }));
}

/** The number in a cell, or null (absent, blank, a placeholder, text). */
function numberAt(cells: ReportCells, table: TableId, row: string, column: string): number | null {
  const c = cells.tables[table]?.cells[`${row}.${column}`];
  return c?.kind === 'number' ? c.value : null;
}

/** A key figure of a report: its cells summed when every one is a number (a blank is not 0). */
function figure(cells: ReportCells, format: FormatSpec, f: Figure): number | null {
  if (!cells.tables[f.table]) return null;
  const t = tableSpec(cells, format, f.table);
  const rows = t.rows.filter((r) => f.rows.includes(r.id) || (r.group !== undefined && f.rows.includes(r.group)));
  if (rows.length === 0 || rows.some((r) => !r.columns.includes(f.column))) return null;
  let sum = 0;
  for (const r of rows) {
    const v = numberAt(cells, f.table, r.id, f.column);
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

/** The file as shown in the tables: relative to the working directory, with forward slashes. */
const shownFile = (f: FileResult, ctx: Pick<FormatContext, 'cwd'>): string => toolPath(f.file, ctx.cwd);

/** 汇总: the file's row. */
export function summaryRow(f: FileResult, cells: ReportCells | undefined, ctx: Pick<FormatContext, 'cwd'>): Value[] {
  const format = getFormat(cells?.format ?? '2021');
  const why = f.readable ? null : (f.diagnostics[0]?.message ?? null);
  const figures = FIGURES.map((x) => (cells ? figure(cells, format, x) : null));
  return [shownFile(f, ctx), f.agency ?? null, f.year ?? null, f.reader ?? null, f.format ?? null, f.errorCount, f.warningCount, f.infoCount, why, ...figures];
}

/** 问题: a row per finding of the file. */
export function findingRows(f: FileResult, ctx: Pick<FormatContext, 'cwd'>, lang: Lang): Value[][] {
  const file = shownFile(f, ctx);
  const ui = UI[lang];
  return f.diagnostics.map((d) => {
    const { page, ...where } = d.physical ?? {};
    return [
      file,
      f.agency ?? null,
      f.year ?? null,
      ui[d.severity],
      d.ruleId,
      getRule(d.ruleId)?.code ?? null,
      formatSource(where, lang) || null,
      page ?? null,
      describePlace(d) || null,
      d.message,
      d.expected ?? null,
      d.actual ?? null,
      d.hint ?? null,
    ];
  });
}

/** 数据: a row per table cell of the report, in official order (the tidy CSV's rows). */
export function* dataRows(f: FileResult, cells: ReportCells, ctx: Pick<FormatContext, 'cwd'>, lang: Lang): Generator<Value[]> {
  const w = WORDS[lang];
  const head: Value[] = [shownFile(f, ctx), f.agency ?? null, f.year ?? null];
  for (const { fields: official, cell, lost, readUnit } of tidyRows(cells, cells.unread)) {
    // A number is given in the column's unit; where the template prints none (2019's 采购总金额, read in
    // 元 whatever the report wrote), the column's label says it, as the 2021 fee column's does.
    const fields = readUnit ? [...official.slice(0, 4), `${official[4]}${fillIn(w.unit, { unit: lang === 'en' ? (UNIT_EN[readUnit] ?? readUnit) : readUnit })}`] : official;
    if (lost) {
      yield [...head, ...fields, null, formatSource(lost.source, lang) || null, w.unread, lost.reason];
      continue;
    }
    const value = cell!.kind === 'number' ? cell!.value : cellDisplay(cell);
    yield [...head, ...fields, value, formatSource(cell!.source, lang) || null, w.read, null];
  }
}

/** One report of an agency's chain: its file, and table 三's carry-over figures per column. */
interface ChainEntry {
  file: string;
  over: (number | null)[];
  forward: (number | null)[];
}

/**
 * 年度: the reports of each agency by year (paired as the cross-file checks pair them), kept as a few
 * numbers per report while the run goes on; `rows` gives the table once every file is in.
 */
export class YearChains {
  private readonly agencies = new Map<string, { name: string; years: Map<number, ChainEntry[]> }>();

  constructor(
    private readonly ctx: Pick<FormatContext, 'cwd'>,
    private readonly lang: Lang,
  ) {}

  add(f: FileResult, cells: ReportCells | undefined): void {
    if (!cells?.agencyKey || cells.year === undefined) return;
    let agency = this.agencies.get(cells.agencyKey);
    if (!agency) this.agencies.set(cells.agencyKey, (agency = { name: cells.agency ?? cells.agencyKey, years: new Map() }));
    const column = (row: string) => T3_COLUMNS.map((c) => numberAt(cells, 't3', row, c));
    const entry = { file: shownFile(f, this.ctx), over: column('carried_over'), forward: column('carried_forward') };
    const list = agency.years.get(cells.year);
    if (list) list.push(entry);
    else agency.years.set(cells.year, [entry]);
  }

  /** Every agency (by name), every year from its first to its last: present (a row per file) or missing. */
  rows(): Value[][] {
    const w = WORDS[this.lang];
    const labels = getFormat('2021').tables.t3.columns;
    const label = (c: string): string => labels.find((x) => x.id === c)?.label ?? c;
    const total = T3_COLUMNS.indexOf('total');
    const out: Value[][] = [];
    const agencies = [...this.agencies.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const { name, years } of agencies) {
      const first = minOf(years.keys());
      const last = maxOf(years.keys());
      // Years come from facts.ts: 2000–2100, so the span is at most a century.
      for (let y = first; y <= last; y++) {
        const entries = years.get(y);
        if (!entries) {
          out.push([name, y, w.missing, null, null, null, null, null]);
          continue;
        }
        const before = years.get(y - 1);
        for (const e of entries) {
          let state: string;
          let details: string | null = null;
          const forward = before?.[0]?.forward[total] ?? null;
          if (y === first) state = w.first;
          else if (!before) state = w.gap;
          else {
            const pairs: string[] = [];
            let compared = false;
            for (const b of before) {
              T3_COLUMNS.forEach((c, i) => {
                const over = e.over[i];
                const fwd = b.forward[i];
                if (over === null || over === undefined || fwd === null || fwd === undefined) return;
                compared = true;
                if (over !== fwd) pairs.push(fillIn(w.pair, { column: label(c), previous: b.file, forward: fwd, over }));
              });
            }
            state = !compared ? w.unknown : pairs.length > 0 ? w.mismatch : w.ok;
            details = !compared ? w.unknownWhy : pairs.length > 0 ? pairs.join(w.separator) : null;
          }
          out.push([name, y, w.present, e.file, e.over[total] ?? null, forward, state, details]);
        }
      }
    }
    return out;
  }
}
