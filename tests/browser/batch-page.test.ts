/// <reference lib="dom" />
// DOM types for the code that runs inside the page (page.evaluate); the build (tsconfig.build.json) stays without them.
/**
 * The batch page (`gongkai check <dir> --format html -o page.html`) on a wide screen (issue #13, item 14):
 * it uses the window's width (A4 only when printed), its error and warning counts stand out as badges
 * that still read without colour, and no header is laid out one character per line.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model/diagnostic.js';
import { runCli } from '../support/cli.js';
import { ARTIFACTS, launch, type Browser } from './browser.js';

const PAGE = join(ARTIFACTS, 'check-batch.html');
/** 210 mm at 96 dpi: the old cap. */
const A4_PX = (210 / 25.4) * 96;

let b: Browser;
let json: RunResult;
beforeAll(async () => {
  b = await launch();
  const r = await runCli(['check', 'fixtures/corpus', 'samples', '--format', 'html', '-o', PAGE, '--jobs', '1']);
  expect(r.code, r.stderr).toBe(1); // the corpus has known errors
  json = JSON.parse((await runCli(['check', 'fixtures/corpus', 'samples', '--format', 'json', '--jobs', '1'])).stdout) as RunResult;
});
afterAll(async () => {
  await b?.close();
});

async function openAt(width: number): Promise<void> {
  await b.page.setViewportSize({ width, height: 1000 });
  await b.page.goto(pathToFileURL(PAGE).href, { waitUntil: 'load' });
}

/** Every column header on the page: the characters it shows, and how many of them are on each line. */
function headerLines(): Promise<{ table: string; text: string; chars: number; lines: number[] }[]> {
  return b.page.evaluate(() => {
    const heads = Array.from(document.querySelectorAll('table.summary thead th, table.official thead th, table.official tr.colhead th, table.official th.blockhead'));
    return heads.map((th) => {
      const tops: number[] = [];
      const skip = (n: Node) => (n.parentElement?.closest('.marks, .sr, .tag') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT);
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT, { acceptNode: skip });
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const s = n.textContent ?? '';
        for (let i = 0; i < s.length; i++) {
          if (/\s/.test(s[i]!)) continue;
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          const r = range.getBoundingClientRect();
          if (r.width === 0) continue;
          tops.push(r.top + r.height / 2);
          text += s[i];
        }
      }
      // Characters whose middles are within half a line of each other are on the same line.
      const half = parseFloat(getComputedStyle(th).fontSize) / 2;
      const lines: number[] = [];
      tops.sort((x, y) => x - y).forEach((t, i, all) => (i === 0 || t - all[i - 1]! > half ? lines.push(1) : lines[lines.length - 1]!++));
      return { table: (th.closest('table') as HTMLElement).className, text, chars: text.length, lines };
    });
  });
}

describe('gongkai check --format html: the batch page on screen', () => {
  it('uses the window width, up to a limit (210 mm only in print)', async () => {
    await openAt(1400);
    const at1400 = await b.page.evaluate(() => ({
      main: document.querySelector('main')!.getBoundingClientRect().width,
      summary: document.querySelector('table.summary')!.getBoundingClientRect().width,
      scroll: document.documentElement.scrollWidth,
    }));
    expect(at1400.main).toBeGreaterThan(1200);
    expect(at1400.summary).toBeGreaterThan(A4_PX + 200);
    expect(at1400.scroll).toBeLessThanOrEqual(1400);
    await b.page.screenshot({ path: join(ARTIFACTS, 'check-batch-1400.png') });
    await openAt(2560);
    expect(await b.page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().width)).toBeLessThanOrEqual(1600);
    // Printed, the page is A4: the summary table fits the printable width.
    await openAt(718);
    await b.page.emulateMedia({ media: 'print' });
    try {
      expect(await b.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(718);
    } finally {
      await b.page.emulateMedia({ media: 'screen' });
    }
  });

  it('shows the error and warning counts as badges that read without colour too', async () => {
    await openAt(1400);
    const cells = await b.page.evaluate(() =>
      Array.from(document.querySelectorAll('table.summary tbody td[data-count]')).map((td) => {
        const badge = td.querySelector('.count');
        const cs = badge ? getComputedStyle(badge) : undefined;
        return {
          kind: td.getAttribute('data-count')!,
          text: td.textContent,
          background: cs?.backgroundColor ?? '',
          cellBackground: getComputedStyle(td).backgroundColor,
          border: cs ? `${cs.borderTopStyle} ${cs.borderTopWidth}` : '',
          mark: badge ? getComputedStyle(badge, '::before').content : '',
          weight: cs?.fontWeight ?? '',
        };
      }),
    );
    const counts = json.files.flatMap((f) => [
      ['errors', f.errorCount],
      ['warnings', f.warningCount],
      ['infos', f.infoCount],
    ]) as [string, number][];
    expect(cells.map((c) => [c.kind, Number(c.text)])).toEqual(counts);
    const highlighted = cells.filter((c) => c.kind !== 'infos' && Number(c.text) > 0);
    expect(highlighted.length).toBeGreaterThan(10);
    const transparent = 'rgba(0, 0, 0, 0)';
    for (const c of highlighted) {
      expect(c.background, `${c.kind} ${c.text}`).not.toBe(transparent);
      expect(c.background).not.toBe(c.cellBackground);
      // Without colour (a grey printout, a forced-colours screen): a framed, bold number after its mark.
      expect(c.border).toMatch(/^solid [1-9]/);
      expect(Number(c.weight)).toBeGreaterThanOrEqual(600);
      expect(c.mark).toContain(c.kind === 'errors' ? '✖' : '▲');
    }
    const errorBadge = highlighted.find((c) => c.kind === 'errors')!.background;
    const warningBadge = highlighted.find((c) => c.kind === 'warnings')!.background;
    expect(errorBadge).not.toBe(warningBadge);
    // A zero is not highlighted.
    for (const c of cells.filter((x) => Number(x.text) === 0)) expect(c.background === '' || c.background === transparent, `${c.kind} 0`).toBe(true);
    // The totals at the top too.
    const totals = await b.page.evaluate(() =>
      Array.from(document.querySelectorAll('header .totals [data-total]')).map((e) => [e.getAttribute('data-total'), Number(e.textContent)]),
    );
    expect(totals).toEqual([
      ['errors', json.summary.errors],
      ['warnings', json.summary.warnings],
      ['infos', json.summary.infos],
    ]);
  });

  it('shows the charts (issue #19): bars as counted in the JSON output, the agency lines, within the page in print too', async () => {
    await openAt(1400);
    const seen = await b.page.evaluate(() => ({
      rules: Array.from(document.querySelectorAll('#chart-rules g.bar-item')).map((g) => [g.getAttribute('data-rule'), Number(g.querySelector('text.chart-value')!.textContent)]),
      barWidths: Array.from(document.querySelectorAll('#chart-rules rect.bar')).map((r) => r.getBoundingClientRect().width),
      lines: Array.from(document.querySelectorAll('figure.chart-line')).map((f) => f.getAttribute('data-agency')),
      svgsVisible: Array.from(document.querySelectorAll('svg.chart-svg')).every((s) => s.getBoundingClientRect().width > 200 && s.getBoundingClientRect().height > 50),
    }));
    const byRule = new Map<string, number>();
    for (const f of json.files) for (const d of f.diagnostics) byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
    expect(new Map(seen.rules as [string, number][])).toEqual(byRule);
    expect(seen.barWidths.every((w) => w > 0)).toBe(true);
    expect(seen.lines).toContain('平潭综合实验区（管委会，区级汇总报告）');
    expect(seen.svgsVisible).toBe(true);
    await b.page.locator('section.charts').screenshot({ path: join(ARTIFACTS, 'check-batch-charts.png') });
    // Printed (A4), the charts fit the printable width.
    await openAt(718);
    await b.page.emulateMedia({ media: 'print' });
    try {
      expect(await b.page.evaluate(() => document.querySelector('section.charts')!.getBoundingClientRect().right)).toBeLessThanOrEqual(718);
      await b.page.locator('section.charts').screenshot({ path: join(ARTIFACTS, 'check-batch-charts-print.png') });
    } finally {
      await b.page.emulateMedia({ media: 'screen' });
    }
  });

  for (const width of [1400, 1000]) {
    it(`lays out no header one character per line (${width} px)`, async () => {
      await openAt(width);
      const heads = await headerLines();
      expect(heads.length).toBeGreaterThan(100);
      // Never one character per line; a short heading (up to four characters, such as 总计, 自然人,
      // 结果维持) is not split with one character left alone on a line.
      const bad = heads.filter((h) => h.chars >= 2 && (h.lines.length >= h.chars || (h.chars <= 4 && h.lines.includes(1))));
      expect(bad).toEqual([]);
      // On a wide window the short ones are on one line.
      if (width === 1400) expect(heads.filter((h) => h.chars <= 4 && h.lines.length > 1)).toEqual([]);
      if (width === 1000) await b.page.locator('table.t3').first().screenshot({ path: join(ARTIFACTS, 'check-batch-t3-1000.png') });
    });
  }
});
