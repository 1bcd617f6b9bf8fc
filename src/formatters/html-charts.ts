/**
 * The charts of the batch page (`check -f html`, issue #19 item 3): inline SVG, no script — findings by
 * rule (bar), reports by number of errors (bar) and, for an agency with reports of two or more years,
 * a small line of 新收 (t3 new.total) and 办理结果 (t3 （七）总计, total.total) across the years.
 *
 * Readable without colour and in print: values written on the bars and at the points, the two lines told
 * apart by dashes and marker shapes, the error bars by a hatching; each chart has a <title> and <desc>
 * and a data table for screen readers. Styled only by classes of the page's one style sheet (the CSP
 * allows nothing else). Bounded: the figures are counted as the results come (one small record per
 * agency and year, not per finding), the rule bars and the agency lines are capped, and the page says so.
 */
import { agencyKey } from '../analysis/facts.js';
import type { FileResult } from '../model/diagnostic.js';
import type { Cell } from '../model/cell.js';
import { fill } from '../messages/render.js';
import { escapeHtml as esc } from '../renderers/html-page.js';
import { maxOf, minOf } from '../lists.js';

/** At most this many rules get a bar of their own; the rest share one. */
export const MAX_RULE_BARS = 40;
/** At most this many agencies get a line. */
export const MAX_AGENCY_LINES = 12;

/** The error-count groups of the second chart: [from, to] (to undefined: and more). */
export const ERROR_BUCKETS: readonly (readonly [number, number | undefined])[] = [
  [0, 0],
  [1, 1],
  [2, 2],
  [3, 5],
  [6, 10],
  [11, 20],
  [21, undefined],
];

/** 新收 and 办理结果 of one report (null: the cell is absent, blank or not a number). */
export interface ChartFigures {
  received: number | null;
  handled: number | null;
}

const WORDS = {
  zh: {
    heading: '图表',
    byRule: '按规则统计的问题数',
    byRuleDesc: '共 {n} 条问题，涉及 {rules} 条规则；最多的是 {top}（{topN} 条）。',
    noFindings: '没有发现问题。',
    otherRules: '其他 {n} 条规则',
    rulesCut: '只画出问题最多的 {max} 条规则，其余 {n} 条规则合为一条。',
    byErrors: '按错误数统计的报告数',
    byErrorsDesc: '共 {n} 份报告，其中 {clean} 份没有错误。',
    errorsGroup: '{from}–{to} 个错误',
    errorsOne: '{from} 个错误',
    errorsMore: '{from} 个及以上错误',
    rule: '规则',
    findings: '问题数',
    group: '错误数',
    reports: '报告数',
    lines: '同一机构各年度的新收申请与办理结果',
    linesNote: '新收：表三“本年新收政府信息公开申请数量”总计；办理结果：表三“（七）总计”总计。空白或无法读取的数字不画点。',
    lineTitle: '{agency}：{from}–{to} 年新收申请与办理结果',
    lineDesc: '{agency} 各年度：{points}。',
    point: '{year} 年新收 {received}、办理结果 {handled}',
    none: '无',
    received: '新收',
    handled: '办理结果',
    year: '年度',
    agency: '机构',
    linesCut: '共有 {n} 个机构有两个或以上年度的报告，只画出报告年度最多的 {max} 个，其余 {rest} 个未画出。',
  },
  en: {
    heading: 'Charts',
    byRule: 'Findings by rule',
    byRuleDesc: '{n} findings from {rules} rules; the most from {top} ({topN}).',
    noFindings: 'No findings.',
    otherRules: '{n} other rules',
    rulesCut: 'Only the {max} rules with the most findings are drawn; the other {n} rules share one bar.',
    byErrors: 'Reports by number of errors',
    byErrorsDesc: '{n} reports, {clean} of them without errors.',
    errorsGroup: '{from}–{to} errors',
    errorsOne: '{from} errors',
    errorsMore: '{from} or more errors',
    rule: 'Rule',
    findings: 'Findings',
    group: 'Errors',
    reports: 'Reports',
    lines: 'Applications received and handled, year by year, per agency',
    linesNote: 'Received: table 3, new applications this year, total; handled: table 3, (7) total, total. A blank or unreadable figure has no point.',
    lineTitle: '{agency}: applications received and handled, {from}–{to}',
    lineDesc: '{agency} by year: {points}.',
    point: '{year}: received {received}, handled {handled}',
    none: 'none',
    received: 'Received',
    handled: 'Handled',
    year: 'Year',
    agency: 'Agency',
    linesCut: '{n} agencies have reports of two or more years; only the {max} with the most years are drawn, the other {rest} are not.',
  },
} as const;

type Words = (typeof WORDS)['zh' | 'en'];

/** 新收 and 办理结果 from a report's tables (a Report's or the checking process's ReportCells). */
export function chartFigures(tables: { t3?: { cells: Record<string, Cell> } } | undefined): ChartFigures | undefined {
  const cells = tables?.t3?.cells;
  if (!cells) return undefined;
  const num = (key: string): number | null => {
    const c = cells[key];
    return c?.kind === 'number' && Number.isFinite(c.value) ? c.value : null;
  };
  return { received: num('new.total'), handled: num('total.total') };
}

/** The error-count group of a report (index into ERROR_BUCKETS). */
export function errorBucket(errors: number): number {
  const i = ERROR_BUCKETS.findIndex(([from, to]) => errors >= from && (to === undefined || errors <= to));
  return i < 0 ? 0 : i;
}

interface AgencyLine {
  name: string;
  years: Map<number, ChartFigures>;
}

/** The charts' figures, counted file by file as the results come; `render` draws them. */
export class RunCharts {
  private readonly rules = new Map<string, number>();
  private readonly buckets = ERROR_BUCKETS.map(() => 0);
  private readonly agencies = new Map<string, AgencyLine>();
  private files = 0;

  /** Adds a file's result (as shown on the page) and its figures when its report could be read. */
  add(f: FileResult, figures?: ChartFigures): void {
    this.files++;
    for (const d of f.diagnostics) this.rules.set(d.ruleId, (this.rules.get(d.ruleId) ?? 0) + 1);
    this.buckets[errorBucket(f.errorCount)]!++;
    if (!figures || f.agency === undefined || f.year === undefined) return;
    if (figures.received === null && figures.handled === null) return;
    const key = agencyKey(f.agency);
    if (key === '') return;
    let line = this.agencies.get(key);
    if (!line) this.agencies.set(key, (line = { name: f.agency, years: new Map() }));
    // Two files of one agency and year: the first one's figures.
    if (!line.years.has(f.year)) line.years.set(f.year, figures);
  }

  /** The charts' section of the page (escaped HTML). */
  render(lang: 'zh' | 'en'): string {
    const w = WORDS[lang];
    const parts = [`<section class="charts" id="charts" aria-labelledby="charts-h"><h2 id="charts-h">${esc(w.heading)}</h2>`, '<div class="chart-row">'];
    parts.push(this.ruleChart(w), this.errorChart(w), '</div>');
    parts.push(this.agencyLines(w));
    parts.push('</section>');
    return parts.join('\n');
  }

  private ruleChart(w: Words): string {
    const sorted = [...this.rules].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const total = sorted.reduce((s, [, n]) => s + n, 0);
    const head = `<figure class="chart" id="chart-rules"><figcaption>${esc(w.byRule)}</figcaption>`;
    if (sorted.length === 0) return `${head}<p class="chart-empty">${esc(w.noFindings)}</p></figure>`;
    const shown = sorted.slice(0, MAX_RULE_BARS).map(([rule, n]) => ({ label: rule, n, data: rule }));
    const rest = sorted.slice(MAX_RULE_BARS);
    if (rest.length > 0) shown.push({ label: fill(w.otherRules, { n: rest.length }), n: rest.reduce((s, [, n]) => s + n, 0), data: '' });
    const desc = fill(w.byRuleDesc, { n: total, rules: sorted.length, top: sorted[0]![0], topN: sorted[0]![1] });
    const svg = barChart('chart-rules', w.byRule, desc, shown, 'bar-rule', 'rule');
    const cut = rest.length > 0 ? `<p class="chart-note">${esc(fill(w.rulesCut, { max: MAX_RULE_BARS, n: rest.length }))}</p>` : '';
    const table = dataTable(w.byRule, [w.rule, w.findings], shown.map((b) => [b.label, String(b.n)]));
    return `${head}${svg}${cut}${table}</figure>`;
  }

  private errorChart(w: Words): string {
    const bars = ERROR_BUCKETS.map(([from, to], i) => ({
      label: to === undefined ? fill(w.errorsMore, { from }) : from === to ? fill(w.errorsOne, { from }) : fill(w.errorsGroup, { from, to }),
      n: this.buckets[i]!,
      data: to === undefined ? `${from}-` : `${from}-${to}`,
    }));
    const desc = fill(w.byErrorsDesc, { n: this.files, clean: this.buckets[0]! });
    const svg = barChart('chart-errors', w.byErrors, desc, bars, 'bar-errors', 'errors');
    const table = dataTable(w.byErrors, [w.group, w.reports], bars.map((b) => [b.label, String(b.n)]));
    return `<figure class="chart" id="chart-errors"><figcaption>${esc(w.byErrors)}</figcaption>${svg}${table}</figure>`;
  }

  private agencyLines(w: Words): string {
    const several = [...this.agencies.values()].filter((a) => a.years.size >= 2);
    if (several.length === 0) return '';
    several.sort((a, b) => b.years.size - a.years.size || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const drawn = several.slice(0, MAX_AGENCY_LINES).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const out = [`<div class="chart-lines"><h3>${esc(w.lines)}</h3>`, `<p class="chart-note">${esc(w.linesNote)}</p>`];
    if (several.length > drawn.length) out.push(`<p class="chart-note chart-cut">${esc(fill(w.linesCut, { n: several.length, max: MAX_AGENCY_LINES, rest: several.length - drawn.length }))}</p>`);
    out.push(`<div class="chart-row">`);
    drawn.forEach((a, i) => out.push(lineChart(a, i, w)));
    out.push('</div></div>');
    return out.join('\n');
  }
}

/** A data table for screen readers (visually hidden: the chart shows the same numbers). */
function dataTable(caption: string, head: [string, string], rows: string[][]): string {
  const body = rows.map(([a, b]) => `<tr><th scope="row">${esc(a!)}</th><td>${esc(b!)}</td></tr>`).join('');
  return `<table class="sr chart-data"><caption>${esc(caption)}</caption><thead><tr><th scope="col">${esc(head[0])}</th><th scope="col">${esc(head[1])}</th></tr></thead><tbody>${body}</tbody></table>`;
}

const ROW = 22;
const LABEL_W = 230;
const BAR_W = 360;
const VALUE_W = 60;

/** A horizontal bar chart: one bar per item, its label on the left and its value written after it. */
function barChart(id: string, title: string, desc: string, bars: { label: string; n: number; data: string }[], cls: string, kind: string): string {
  const max = Math.max(1, maxOf(bars, (b) => b.n));
  const width = LABEL_W + BAR_W + VALUE_W;
  const height = bars.length * ROW + 8;
  const rows = bars.map((b, i) => {
    const y = 4 + i * ROW;
    const len = b.n === 0 ? 0 : Math.max(1, Math.round((b.n / max) * BAR_W));
    return [
      `<g class="bar-item" data-${kind}="${esc(b.data)}" data-count="${b.n}">`,
      `<text class="chart-label" x="${LABEL_W - 6}" y="${y + 15}" text-anchor="end">${esc(b.label)}</text>`,
      `<rect class="bar ${cls}" x="${LABEL_W}" y="${y + 3}" width="${len}" height="${ROW - 6}"/>`,
      `<text class="chart-value" x="${LABEL_W + len + 4}" y="${y + 15}">${b.n}</text>`,
      '</g>',
    ].join('');
  });
  const axis = `<line class="axis" x1="${LABEL_W}" y1="2" x2="${LABEL_W}" y2="${height - 2}"/>`;
  return [
    `<svg class="chart-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>`,
    ...rows,
    axis,
    '</svg>',
  ].join('\n');
}

const LW = 340;
const LH = 210;
const PAD = { left: 44, right: 16, top: 40, bottom: 38 };
/** Room between the axes and the first and last year, for the values written at the points. */
const INSET = 20;

/** The small line of one agency: 新收 (solid, circles) and 办理结果 (dashed, squares) by year. */
function lineChart(a: AgencyLine, index: number, w: Words): string {
  const years = [...a.years.keys()].sort((x, y) => x - y);
  const from = years[0]!;
  const to = years[years.length - 1]!;
  const values = years.flatMap((y) => [a.years.get(y)!.received, a.years.get(y)!.handled]).filter((v): v is number => v !== null);
  const max = Math.max(1, maxOf(values));
  const min = Math.min(0, minOf(values));
  const plotW = LW - PAD.left - PAD.right - 2 * INSET;
  const plotH = LH - PAD.top - PAD.bottom;
  const x = (year: number): number => PAD.left + INSET + (to === from ? plotW / 2 : ((year - from) / (to - from)) * plotW);
  const y = (v: number): number => PAD.top + plotH - ((v - min) / (max - min)) * plotH;
  const r = (n: number): string => String(Math.round(n * 10) / 10);
  const id = `chart-line-${index + 1}`;
  const series = (key: 'received' | 'handled', cls: string, dy: number): string => {
    // A line joins the points of consecutive years only: a missing year or figure breaks it.
    const segments: string[][] = [];
    let current: string[] = [];
    for (let yr = from; yr <= to; yr++) {
      const v = a.years.get(yr)?.[key];
      if (v === null || v === undefined) {
        if (current.length) segments.push(current);
        current = [];
        continue;
      }
      current.push(`${r(x(yr))},${r(y(v))}`);
    }
    if (current.length) segments.push(current);
    const lines = segments.filter((s) => s.length > 1).map((s) => `<polyline class="line ${cls}" points="${s.join(' ')}"/>`);
    const marks = years.flatMap((yr) => {
      const v = a.years.get(yr)![key];
      if (v === null) return [];
      const px = r(x(yr));
      const py = r(y(v));
      const mark = key === 'received' ? `<circle class="pt ${cls}" cx="${px}" cy="${py}" r="3.5"/>` : `<rect class="pt ${cls}" x="${r(x(yr) - 3.5)}" y="${r(y(v) - 3.5)}" width="7" height="7"/>`;
      return [`<g class="point" data-series="${key}" data-year="${yr}" data-value="${v}">${mark}<text class="chart-value pv" x="${px}" y="${r(y(v) + dy)}" text-anchor="middle">${v}</text></g>`];
    });
    return [...lines, ...marks].join('');
  };
  const axisY = PAD.top + plotH;
  const ticks = years.map((yr) => `<text class="chart-label tick" x="${r(x(yr))}" y="${axisY + 30}" text-anchor="middle">${yr}</text>`).join('');
  const legend = [
    `<line class="line l-received" x1="${PAD.left}" y1="12" x2="${PAD.left + 22}" y2="12"/><circle class="pt l-received" cx="${PAD.left + 11}" cy="12" r="3.5"/>`,
    `<text class="chart-label" x="${PAD.left + 28}" y="16">${esc(w.received)}</text>`,
    `<line class="line l-handled" x1="${PAD.left + 110}" y1="12" x2="${PAD.left + 132}" y2="12"/><rect class="pt l-handled" x="${PAD.left + 117.5}" y="8.5" width="7" height="7"/>`,
    `<text class="chart-label" x="${PAD.left + 138}" y="16">${esc(w.handled)}</text>`,
  ].join('');
  const fig = (v: number | null): string => (v === null ? w.none : String(v));
  const points = years.map((yr) => fill(w.point, { year: yr, received: fig(a.years.get(yr)!.received), handled: fig(a.years.get(yr)!.handled) }));
  const title = fill(w.lineTitle, { agency: a.name, from, to });
  const desc = fill(w.lineDesc, { agency: a.name, points: points.join(w === WORDS.zh ? '；' : '; ') });
  const rows = years.map((yr) => `<tr><th scope="row">${yr}</th><td>${esc(fig(a.years.get(yr)!.received))}</td><td>${esc(fig(a.years.get(yr)!.handled))}</td></tr>`).join('');
  const table = `<table class="sr chart-data"><caption>${esc(title)}</caption><thead><tr><th scope="col">${esc(w.year)}</th><th scope="col">${esc(w.received)}</th><th scope="col">${esc(w.handled)}</th></tr></thead><tbody>${rows}</tbody></table>`;
  return [
    `<figure class="chart chart-line" id="${id}" data-agency="${esc(a.name)}"><figcaption>${esc(a.name)}</figcaption>`,
    `<svg class="chart-svg" viewBox="0 0 ${LW} ${LH}" width="${LW}" height="${LH}" role="img" aria-labelledby="${id}-t ${id}-d" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>`,
    legend,
    `<line class="axis" x1="${PAD.left}" y1="${axisY}" x2="${LW - PAD.right}" y2="${axisY}"/>`,
    `<line class="axis" x1="${PAD.left}" y1="${PAD.top - 4}" x2="${PAD.left}" y2="${axisY}"/>`,
    `<text class="chart-label tick" x="${PAD.left - 4}" y="${r(y(max) + 4)}" text-anchor="end">${max}</text>`,
    `<text class="chart-label tick" x="${PAD.left - 4}" y="${r(y(min) + 4)}" text-anchor="end">${min}</text>`,
    ticks,
    series('received', 'l-received', -7),
    series('handled', 'l-handled', 15),
    '</svg>',
    table,
    '</figure>',
  ].join('\n');
}
