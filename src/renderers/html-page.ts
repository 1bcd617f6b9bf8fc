/**
 * The shell of every HTML page gongkai writes: escaping of all report text, the one inline style
 * sheet (screen and print), the Content-Security-Policy that allows exactly that style sheet (by its
 * SHA-256 hash) and nothing else — no script, nothing fetched — and the page around an already
 * escaped body.
 */
import { VERSION } from '../version.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML text and attribute values (both quote kinds). Control characters that HTML
 * forbids are replaced by U+FFFD so that the page stays well-formed.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd')
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const esc = escapeHtml;

export const PAGE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3f3f3; color: #111; font: 16px/1.7 "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif; }
main { max-width: 210mm; margin: 0 auto; padding: 12mm 14mm; background: #fff; }
h1 { font-size: 22px; text-align: center; margin: 0 0 4px; line-height: 1.4; }
h2 { font-size: 18px; margin: 22px 0 6px; }
h3 { font-size: 16px; margin: 18px 0 6px; }
p { margin: 0 0 6px; text-indent: 2em; text-align: justify; }
.meta { text-align: center; text-indent: 0; color: #444; font-size: 14px; }
.gen { text-align: right; text-indent: 0; color: #666; font-size: 12px; margin-top: 18px; }
table.official { width: 100%; border-collapse: collapse; margin: 8px 0 6px; font-size: 13px; line-height: 1.45;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimHei", sans-serif; }
table.official caption { caption-side: top; padding: 4px 0 6px; font-weight: bold; font-size: 15px; }
table.official caption .cm { display: block; font-weight: normal; font-size: 12px; color: #333; }
table.official th, table.official td { border: 1px solid #000; padding: 3px 4px; vertical-align: middle; }
table.official th { font-weight: normal; text-align: center; }
table.official thead th, table.official th.blockhead, table.official tr.colhead th { font-weight: bold; }
table.official th[scope="row"] { text-align: left; }
table.official th.rg { text-align: center; }
table.official th.corner { font-weight: normal; font-size: 12px; text-align: left; }
table.official td { text-align: center; min-width: 2.6em; font-variant-numeric: tabular-nums; }
/* A column heading is at least two characters wide, never one character per line ("总/计"), and its
   lines are balanced ("商业/企业", not "商业企/业"). */
table.official thead th:not(.corner), table.official tr.colhead th { min-width: calc(2em + 12px); text-wrap: balance; }
table.t3 th[scope="row"] { min-width: 9em; }
table.t3 thead th[scope="col"], table.t3 td { min-width: calc(3em + 12px); }
table.t3 th.rg { min-width: 4.6em; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.missing-block { border: 1px dashed #888; padding: 6px 10px; color: #444; text-indent: 0; }
/* annotations */
.findings { border: 2px solid #333; padding: 8px 12px; margin: 12px 0 18px; font-size: 14px; line-height: 1.55; }
.findings h2 { margin: 0 0 6px; font-size: 16px; }
.findings ol, ol.notes { margin: 0; padding-left: 2.6em; }
.findings li, ol.notes li { margin: 2px 0; }
.legend { text-indent: 0; font-size: 12px; color: #333; }
ol.notes { font-size: 13px; line-height: 1.5; border-left: 3px solid #999; margin: 4px 0 10px; padding: 4px 8px 4px 2.8em; background: #fafafa; }
ol.notes.section { margin-top: 0; }
.sev { font-weight: bold; white-space: nowrap; }
.sev-error .sev, .sev.sev-error { color: #a4161a; }
.sev-warning .sev, .sev.sev-warning { color: #7a5a00; }
.sev-info .sev, .sev.sev-info { color: #1d4e89; }
.where { color: #333; }
.ea { color: #333; white-space: nowrap; }
.rule { color: #666; font-family: ui-monospace, monospace; font-size: 11px; }
td.f-error { background: #fde0dc; outline: 2px solid #a4161a; outline-offset: -2px; }
td.f-warning { background: #fff1c2; outline: 2px dashed #7a5a00; outline-offset: -2px; }
td.f-info { outline: 2px dotted #1d4e89; outline-offset: -2px; }
td.op { background-image: repeating-linear-gradient(135deg, #e6efff 0 4px, #ffffff 4px 8px); }
td.f-error.op { background: #fde0dc; }
th.f-error, th.f-warning, th.f-info { text-decoration: underline wavy; }
.marks { display: block; font-size: 10px; line-height: 1.2; white-space: nowrap; }
.marks a { text-decoration: none; color: inherit; margin: 0 1px; }
a.mark.sev-error { color: #a4161a; font-weight: bold; }
a.mark.sev-warning { color: #7a5a00; font-weight: bold; }
a.mark.sev-info { color: #1d4e89; }
a.opmark { color: #1d4e89; }
.tag { display: block; font-size: 10px; color: #555; font-style: italic; }
td.k-blank .tag, td.k-missing .tag, td.k-unread .tag { border: 1px dashed #777; padding: 0 2px; }
td.k-placeholder .v, td.k-text .v { border-bottom: 1px dashed #777; }
.sec-notes { text-indent: 0; }
/* the batch page (check --format html): the window's width on screen, up to a limit; A4 only in print */
main.run { max-width: 1600px; padding: 16px 24px; }
table.summary { border-collapse: collapse; width: 100%; font-size: 13px; margin: 8px 0 16px; }
table.summary caption { text-align: left; font-weight: bold; padding: 4px 0; }
table.summary th, table.summary td { border: 1px solid #666; padding: 3px 6px; }
table.summary thead th { white-space: nowrap; }
table.summary th[scope="row"] { text-align: left; font-weight: normal; overflow-wrap: anywhere; }
table.summary td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
/* counts of errors and warnings: a coloured badge, and without colour a framed bold number after its mark */
.count { display: inline-block; min-width: 2.2em; padding: 0 6px; border: 1px solid transparent; border-radius: 10px; text-align: center; line-height: 1.5; }
.count.c-error { background: #fde0dc; color: #a4161a; border-color: #a4161a; font-weight: bold; }
.count.c-warning { background: #fff1c2; color: #5c4300; border-color: #7a5a00; font-weight: bold; }
.count.c-error::before { content: "✖"; margin-right: 3px; }
.count.c-warning::before { content: "▲"; margin-right: 3px; }
.totals { text-align: center; text-indent: 0; margin: 4px 0 10px; }
.totals .count { margin-left: 14px; }
article.report + article.report { border-top: 3px double #333; margin-top: 24px; padding-top: 12px; }
/* the batch page's charts (formatters/html-charts.ts): inline SVG, values written, readable without colour */
.charts { margin: 8px 0 16px; }
.charts h2 { font-size: 17px; margin: 12px 0 6px; }
.charts h3 { font-size: 15px; margin: 12px 0 4px; }
.chart-row { display: flex; flex-wrap: wrap; gap: 12px 24px; align-items: flex-start; }
figure.chart { margin: 0; border: 1px solid #999; padding: 6px 8px; max-width: 100%; break-inside: avoid; page-break-inside: avoid; }
figure.chart figcaption { font-weight: bold; font-size: 14px; margin-bottom: 4px; }
.chart-svg { display: block; max-width: 100%; height: auto; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; }
.chart-label { font-size: 12px; fill: #111; }
.chart-value { font-size: 12px; font-weight: bold; fill: #000; }
.chart-note, .chart-empty { text-indent: 0; font-size: 13px; color: #333; }
.chart-svg .axis { stroke: #000; stroke-width: 1; }
.chart-svg .bar { stroke: #000; stroke-width: 1; }
.chart-svg .bar-rule { fill: #8fa8c8; }
.chart-svg .bar-errors { fill: #e3a29c; }
.chart-svg .line { fill: none; stroke-width: 2; }
.chart-svg .l-received { stroke: #1d4e89; }
.chart-svg .l-handled { stroke: #7a2e00; stroke-dasharray: 6 3; }
.chart-svg .pt { stroke-dasharray: none; stroke-width: 1.5; }
.chart-svg circle.l-received { fill: #1d4e89; }
.chart-svg rect.l-handled { fill: #fff; }
:target { scroll-margin-top: 20px; box-shadow: 0 0 0 3px #000 inset; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main, main.run { max-width: none; padding: 0; }
  .count { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  table.official { font-size: 9pt; }
  table.official thead { display: table-header-group; }
  table.official tr, table.official th, table.official td { break-inside: avoid; page-break-inside: avoid; }
  table.official tbody.block { break-inside: avoid; page-break-inside: avoid; }
  table.t4, table.t2 { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  ol.notes li, .findings li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  td.f-error, td.f-warning, td.f-info, td.op { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  article.report + article.report { break-before: page; page-break-before: always; border-top: none; }
}
`;

/**
 * SHA-256 of PAGE_CSS (UTF-8), base64: the style sheet's hash in the CSP. Written out rather than
 * computed, so that the page needs no platform hashing (Node's crypto module; Web Crypto is asynchronous);
 * tests/html.test.ts recomputes it from PAGE_CSS and fails when the style sheet changed without it.
 */
const PAGE_CSS_SHA256 = 'z+e0+JKnYQ8Sehyd3Faj8UTerFPB2cUekiS2avw2Y1k=';

/** The CSP of every page: nothing but the one inline style sheet. */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `style-src 'sha256-${PAGE_CSS_SHA256}'`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "script-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * A complete page around `body` (already escaped HTML). `wide`: the batch page, which uses the window's
 * width on screen (a report alone keeps the width of an A4 page).
 */
export function htmlPage(title: string, body: string, opts: { wide?: boolean } = {}): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy())}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="gongkai ${esc(VERSION)}">`,
    `<title>${esc(title)}</title>`,
    `<style>${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    opts.wide ? '<main class="run">' : '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
