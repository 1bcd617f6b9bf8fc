/** The HTML renderer and formatter without a browser: escaping, CSP, links never built from input. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../src/check/check.js';
import { summarize } from '../src/node/run.js';
import { readReport } from '../src/node/file.js';
import htmlFormatter from '../src/formatters/html.js';
import type { FileResult } from '../src/model/diagnostic.js';
import type { Report } from '../src/model/report.js';
import { contentSecurityPolicy, escapeHtml, PAGE_CSS } from '../src/renderers/html-page.js';
import { renderHtml } from '../src/renderers/html.js';

const EVIL = [
  '<script>window.__pwned = 1</script>',
  '"><img src=x onerror="window.__pwned=2">',
  "'><svg onload=alert(3)>",
  'javascript:alert(4)',
  '</style><style>body{display:none}</style>',
  '</title><script>alert(5)</script>',
  '<a href="javascript:alert(6)">x</a>',
  '&lt;already escaped&gt; & more',
];

/** The elements and attributes of a page, as an HTML parser sees them. */
function parse(html: string): { tags: Map<string, number>; attrs: { tag: string; name: string; value: string }[]; text: string } {
  const tags = new Map<string, number>();
  const attrs: { tag: string; name: string; value: string }[] = [];
  let text = '';
  const parser = new Parser(
    {
      onopentag(name, a) {
        tags.set(name, (tags.get(name) ?? 0) + 1);
        for (const [k, v] of Object.entries(a)) attrs.push({ tag: name, name: k, value: v });
      },
      ontext(t) {
        text += t;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { tags, attrs, text };
}

/** No element or attribute the input could have smuggled in; the evil strings are there as text. */
function expectInert(html: string): string {
  const { tags, attrs, text } = parse(html);
  for (const t of ['script', 'img', 'iframe', 'object', 'embed', 'form', 'base', 'link']) expect(tags.get(t), `<${t}>`).toBeUndefined();
  expect(tags.get('style')).toBe(1);
  // SVG only as the batch page's charts (formatters/html-charts.ts), each with its own <title>.
  const svgs = tags.get('svg') ?? 0;
  expect(attrs.filter((a) => a.tag === 'svg' && a.name === 'class').map((a) => a.value)).toEqual(Array<string>(svgs).fill('chart-svg'));
  expect(tags.get('title')).toBe(1 + svgs);
  expect(attrs.filter((a) => a.name.startsWith('on') || a.name === 'src' || a.name === 'style')).toEqual([]);
  // Every link is an in-page fragment.
  for (const a of attrs.filter((x) => x.name === 'href')) expect(a.value.startsWith('#'), a.value).toBe(true);
  return text;
}

async function evilReport(): Promise<Report> {
  const report = await readReport('samples/broken-2023.json');
  report.title = `${EVIL[5]}${EVIL[0]}`;
  report.agency = EVIL[1]!;
  report.period = { text: EVIL[2]!, from: EVIL[3]! };
  report.sections[0]!.heading = `一、总体情况${EVIL[4]}`;
  report.sections[0]!.text = EVIL.join('\n');
  report.tables.t3!.cells['new.natural'] = { kind: 'text', raw: EVIL[1]! };
  report.tables.t2!.cells['regulations.issued'] = { kind: 'placeholder', raw: EVIL[6]! };
  return report;
}

describe('escapeHtml', () => {
  it('escapes the five characters and replaces forbidden control characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml('a\u0000b\u0007c\td\ne')).toBe('a\ufffdb\ufffdc\td\ne');
    expect(escapeHtml('统计期限：2021年')).toBe('统计期限：2021年');
  });
});

describe('renderHtml', () => {
  it('renders report text, cell text and metadata as text, in the plain and the annotated page', async () => {
    const report = await evilReport();
    for (const html of [renderHtml(report), renderHtml(report, { diagnostics: checkReport(report).diagnostics }), renderHtml(report, { lang: 'en', diagnostics: checkReport(report, { lang: 'en' }).diagnostics })]) {
      const text = expectInert(html);
      for (const e of EVIL) expect(text).toContain(e);
    }
  });

  it('has a CSP that allows only its own style sheet, by hash', () => {
    const html = renderHtml({ path: 'x.json', reader: 'json', sections: [], tables: {}, findings: [] });
    const csp = contentSecurityPolicy();
    // The hash is written out in html-page.ts (no platform hashing): recomputed here, so that a style
    // sheet changed without its hash fails.
    const hash = createHash('sha256').update(PAGE_CSS).digest('base64');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(csp).not.toContain('unsafe');
    expect(html).toContain(`<style>${PAGE_CSS}</style>`);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    // A report without tables or sections still shows the six sections, each marked missing.
    expect(html.match(/data-missing="true"/g)).toHaveLength(6);
  });

  it('keeps the exact text of number cells (thousands separators, decimals, units)', async () => {
    const report = await readReport('samples/tianmen-2021.json');
    report.tables.t2!.cells['fees.fee_amount'] = { kind: 'number', value: 4166.241619, raw: '4166.241619' };
    report.tables.t3!.cells['new.natural'] = { kind: 'number', value: 1234, raw: '1,234' };
    const html = renderHtml(report);
    expect(html).toMatch(/data-cell="t2\.fees\.fee_amount"[^>]*><span class="v">4166\.241619<\/span>/);
    expect(html).toMatch(/data-cell="t3\.new\.natural"[^>]*><span class="v">1,234<\/span>/);
  });
});

/** Every in-page link has its target. */
function expectLinksResolve(html: string): void {
  const { attrs } = parse(html);
  const ids = new Set(attrs.filter((a) => a.name === 'id').map((a) => a.value));
  const dangling = attrs.filter((a) => a.name === 'href' && !ids.has(a.value.slice(1))).map((a) => a.value);
  expect(dangling).toEqual([]);
  expect(ids.size).toBe(attrs.filter((a) => a.name === 'id').length); // ids are unique
}

describe('findings without a cell', () => {
  it('attach to the row header, table, or section, and every link resolves', async () => {
    const report = await readReport('samples/broken-2023.json');
    for (const c of ['upheld', 'corrected', 'other', 'pending', 'total']) delete report.tables.t4!.cells[`suit_direct.${c}`];
    for (const c of ['natural', 'commercial', 'research', 'nonprofit', 'legal_services', 'other', 'total']) delete report.tables.t3!.cells[`carried_over.${c}`];
    delete report.tables.t2;
    report.sections.splice(1, 1); // 二 goes, with its table
    const ds = checkReport(report).diagnostics;
    const at = (rule: string, f: (d: (typeof ds)[number]) => boolean = () => true) => ds.findIndex((d) => d.ruleId === rule && f(d)) + 1;
    const rowT4 = at('cell-missing', (d) => d.location.row === 'suit_direct');
    const rowT3 = at('cell-missing', (d) => d.location.row === 'carried_over');
    const tableT2 = at('table-missing');
    expect([rowT4, rowT3, tableT2].every((n) => n > 0)).toBe(true);
    const html = renderHtml(report, { diagnostics: ds });
    expectLinksResolve(html);
    expect(html).toMatch(new RegExp(`<th scope="colgroup" id="t4-h-r-suit_direct" colspan="5" class="f-error">未经复议直接起诉<span class="marks"><a class="mark sev-error" href="#note-${rowT4}"`));
    expect(html).toMatch(new RegExp(`<th scope="row" id="t3-r-carried_over" colspan="3" class="f-error">二、上年结转政府信息公开申请数量<span class="marks"><a class="mark sev-error" href="#note-${rowT3}"`));
    expect(html).toContain(`<li id="finding-${tableT2}" class="sev-error" data-rule="table-missing" data-target="sec-s2">`);
    expect(html).toMatch(/<section class="rs missing" id="sec-s2" data-section="s2" data-missing="true">/);
  });

  it('every link of the corpus pages resolves, plain and annotated', async () => {
    for (const name of ['pingtan-2020', 'pingtan-finance-2021', 'pingtan-econdev-2024']) {
      const report = await readReport(`fixtures/corpus/${name}.json`);
      expectLinksResolve(renderHtml(report));
      expectLinksResolve(renderHtml(report, { diagnostics: checkReport(report).diagnostics }));
    }
  });
});

describe('html formatter', () => {
  it('escapes file names and agencies, and links only inside the page', async () => {
    const report = await evilReport();
    const evilFiles = ['"><script>alert(1)</script>.json', 'javascript:alert(1).json', "<img src=x onerror=alert(2)>.xlsx"];
    const files: FileResult[] = evilFiles.map((file, i) => ({
      ...checkReport({ ...report, path: file }),
      ...(i === 2 ? { readable: false } : {}),
      agency: EVIL[1]!,
    }));
    const result = summarize(files, 'zh');
    const reports = new Map([[evilFiles[0]!, { ...report, path: evilFiles[0]! }]]);
    const html = htmlFormatter(result, { color: 0, cwd: process.cwd(), reports });
    const text = expectInert(html);
    for (const f of evilFiles) expect(text).toContain(f);
    expect(text).toContain(EVIL[1]);
    expect(html).toContain('<a href="#r2-report">javascript:alert(1).json</a>');
    // The summary table has one row per file; the one with a report gets the annotated tables.
    expect(html.match(/<tr data-file-index=/g)).toHaveLength(3);
    expect(html).toContain('id="r1-cell-t3.new.total"');
    expect(html).not.toContain('id="r2-cell-');
  });

  it('--quiet keeps only errors', async () => {
    const report = await readReport('samples/broken-2023.json');
    const result = summarize([checkReport(report)], 'zh');
    const quiet = htmlFormatter(result, { color: 0, cwd: process.cwd(), quiet: true, reports: new Map([[report.path, report]]) });
    const items = quiet.match(/<li id="r1-finding-\d+" class="sev-(\w+)"/g) ?? [];
    expect(items.length).toBe(result.files[0]!.errorCount);
    expect(items.every((x) => x.includes('sev-error'))).toBe(true);
  });

  it('is registered and its words exist in both languages', async () => {
    const { FORMATTERS } = await import('../src/formatters/index.js');
    expect(await FORMATTERS.html!()).toBe(htmlFormatter);
    const { HTML_UI } = await import('../src/renderers/html-words.js');
    expect(Object.keys(HTML_UI.en).sort()).toEqual(Object.keys(HTML_UI.zh).sort());
    // The renderer's files list no label of the format (they all come from schemas/format).
    const files = readdirSync('src/renderers').filter((f) => /^html.*\.ts$/.test(f));
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) expect(readFileSync(`src/renderers/${f}`, 'utf8')).not.toMatch(/自然人|行政复议|第二十条|本年度办理结果/);
  });
});
