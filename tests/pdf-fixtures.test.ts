/**
 * The PDF fixtures (fixtures/readers/pdf, issue #16 item 7) are what scripts/make-pdf-fixtures.mjs says
 * they are, checked from the files without making them again (LibreOffice and Chromium are slow; `npm run
 * fixtures:pdf` remakes them): one folder per case of the script, each case.json naming a corpus report
 * that exists, each input.pdf a PDF with the page count, dates and text that case.json and the case's
 * features claim — a text layer with the report's title, or none at all for the scan; the table header
 * printed once or on every page; table 三 over two pages; 三、本年度办理结果 in vertical writing; labels
 * wrapped; table 三 a picture. The text comes from poppler's pdftotext (poppler-utils, installed by
 * scripts/install-system-deps.sh when missing), a reader independent of ours. That every cell reads equal
 * to the truth is the PDF reader's test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASES, chromiumSource, FEATURES, FIXED_DATE, GHOSTSCRIPT_ARGS, pageCount, PDF_FIXTURES, printCss, ROOT, type PdfCaseJson } from '../scripts/make-pdf-fixtures.mjs';
import { getFormat, type FormatId } from '../src/format/spec.js';
import { loadTruth } from './support/corpus.js';
import { requirePoppler } from './support/poppler.js';

/**
 * All the committed PDFs together stay below this (they are in every clone): 94 cases of some 70–180 KB,
 * most of it each file’s own subset of the one Chinese font (8.61 MB now).
 */
const MAX_TOTAL_BYTES = 8_700_000;
/** The column-group heading of table 三 (both formats): printed once per page the header is on. */
const T3_HEADING = '申请人情况';
/** Table 三's last row label (both formats). */
const T3_LAST_ROW = '结转下年度继续办理';

beforeAll(requirePoppler);

function tool(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r.stdout;
}

/**
 * The text of each page (pdftotext, one page at a time), the same without any white space, and without
 * figures either (`words`: a label wrapped beside its row's figures, "四、结转" | "下年度继" 0 0 0 … | "续办理").
 */
function pagesText(file: string, pages: number): { raw: string; flat: string; words: string }[] {
  return Array.from({ length: pages }, (_, i) => {
    const raw = tool('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8', file, '-']);
    return { raw, flat: raw.replace(/\s+/g, ''), words: raw.replace(/[\s\d]+/g, '') };
  });
}

interface Word {
  page: number;
  x: number;
  y: number;
  text: string;
}

/** Every word with its page and top-left corner (pdftotext -bbox). */
function words(file: string): Word[] {
  const out: Word[] = [];
  tool('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'])
    .split('<page ')
    .slice(1)
    .forEach((page, i) => {
      for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
        out.push({ page: i + 1, x: Number(m[1]), y: Number(m[2]), text: m[3]! });
      }
    });
  return out;
}

/**
 * The pages where table 三's column-group heading is printed as the table's heading: the word alone, with
 * the first column heading (自然人, perhaps wrapped) below it. (A Word file of the corpus also has the header's words run together
 * in a paragraph above the table: that is not the table's header.)
 */
function headingPages(ws: Word[]): number[] {
  const pages = ws.filter((w) => w.text === T3_HEADING && ws.some((o) => o.page === w.page && o.text.startsWith('自') && o.y > w.y + 1 && o.y - w.y < 150));
  return [...new Set(pages.map((w) => w.page))].sort((a, b) => a - b);
}

/**
 * The words with each line's run of single characters one word (at the first one's place): text spread over
 * its cell (分散对齐), which pdftotext gives a character a word — "申 请 人 情 况" is 申请人情况.
 */
function spreadJoined(ws: Word[]): Word[] {
  const out: Word[] = [];
  const runs = new Set<Word>();
  const single = (w: Word): boolean => [...w.text].length === 1 && !/\d/.test(w.text);
  for (const w of [...ws].sort((a, b) => a.page - b.page || a.y - b.y || a.x - b.x)) {
    const last = out[out.length - 1];
    if (last && runs.has(last) && single(w) && last.page === w.page && Math.abs(last.y - w.y) < 1) last.text += w.text;
    else {
      const copy = { ...w };
      out.push(copy);
      if (single(w)) runs.add(copy);
    }
  }
  return out;
}

/** Single characters standing in one column, read top to bottom: vertical writing as pdftotext sees it. */
function verticalRuns(ws: Word[]): string[] {
  const cols = new Map<string, Word[]>();
  for (const w of ws) {
    if ([...w.text].length !== 1) continue;
    const key = `${w.page}:${Math.round(w.x)}`;
    cols.set(key, [...(cols.get(key) ?? []), w]);
  }
  return [...cols.values()].map((c) => c.sort((a, b) => a.y - b.y).map((w) => w.text).join(''));
}

const names = readdirSync(PDF_FIXTURES).filter((n) => statSync(join(PDF_FIXTURES, n)).isDirectory()).sort();

describe('fixtures/readers/pdf: one folder per case of scripts/make-pdf-fixtures.mjs', () => {
  it('the folders are the script\'s cases, each with input.pdf and case.json only, listed in the README', () => {
    expect(names).toEqual(CASES.map((c) => c.name).sort());
    const readme = readFileSync(join(PDF_FIXTURES, 'README.md'), 'utf8');
    for (const n of names) {
      expect(readdirSync(join(PDF_FIXTURES, n)).sort(), n).toEqual(['case.json', 'input.pdf']);
      expect(readme, n).toContain(n);
    }
    expect(readme).toContain('npm run fixtures:pdf');
  });

  it(`the PDFs stay small: ${MAX_TOTAL_BYTES / 1000} KB together at most`, () => {
    const total = names.reduce((n, c) => n + statSync(join(PDF_FIXTURES, c, 'input.pdf')).size, 0);
    expect(total).toBeLessThanOrEqual(MAX_TOTAL_BYTES);
  });

  it('every feature named is one the script describes; both tools and the image-only case are there', () => {
    for (const c of CASES) for (const f of c.features) expect(Object.keys(FEATURES), `${c.name}: ${f}`).toContain(f);
    expect(new Set(CASES.map((c) => c.tool))).toEqual(new Set(['libreoffice', 'chromium', 'ghostscript']));
    const all = new Set(CASES.flatMap((c) => c.features));
    for (const f of ['table-breaks-across-pages', 'no-repeated-header', 'vertical-group-label', 'wrapped-labels', 'image-only']) expect(all, f).toContain(f);
  });
});

describe.each(CASES)('fixtures/readers/pdf/$name', (c) => {
  const dir = join(PDF_FIXTURES, c.name);
  const file = join(dir, 'input.pdf');
  const meta = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as PdfCaseJson;
  const bytes = readFileSync(file);

  it('case.json is the script\'s case and names a corpus report that exists, with its truth', () => {
    expect(meta).toMatchObject({ truth: c.truth, corpus: `fixtures/corpus/${c.truth}.json`, features: c.features, expect: c.expect });
    expect(meta.textLayer).toBe(!c.features.includes('image-only'));
    const corpus = JSON.parse(readFileSync(join(ROOT, meta.corpus), 'utf8')) as { agency: string; year: number; format: string };
    const truth = loadTruth(c.truth);
    expect({ agency: corpus.agency, year: corpus.year, format: corpus.format }).toEqual({ agency: truth.agency, year: truth.year, format: truth.format });
    // What it was made from is in the repository (the Word file) or is the command that renders it.
    if (c.tool === 'libreoffice') expect(existsSync(join(ROOT, meta.made.from)), meta.made.from).toBe(true);
    else if (c.tool === 'ghostscript') {
      // Another case's committed PDF, of the same report, written again.
      expect(CASES.find((o) => o.name === c.from)).toMatchObject({ truth: c.truth });
      expect(meta.made.from).toBe(`fixtures/readers/pdf/${c.from}/input.pdf`);
      expect(meta.made.how).toBe(`gs ${GHOSTSCRIPT_ARGS.join(' ')} -sOutputFile=out.pdf ${meta.made.from}`);
    } else {
      expect(meta.made.from).toBe(chromiumSource(c));
      if (c.print === 'agency-page') expect(existsSync(join(ROOT, meta.made.from)), meta.made.from).toBe(true);
      else expect(meta.made.from).toBe(`node bin/gongkai.js convert fixtures/corpus/${c.truth}.json --to html`);
      // The stylesheet it was printed with is the script's now (an edited stylesheet needs npm run fixtures:pdf).
      expect(meta.made.printCss).toBe(printCss(c));
      if (meta.breakBefore) expect(meta.made.printCss).toContain(`table.${meta.breakBefore.table} tr[data-row="${meta.breakBefore.row}"] { break-before: page;`);
    }
    expect(meta.made.tool).toMatch({ libreoffice: /^LibreOffice /, chromium: /^Chromium /, ghostscript: /^Ghostscript / }[c.tool]);
    if (c.tool === 'ghostscript') expect(tool('pdfinfo', [join(PDF_FIXTURES, c.name, 'input.pdf')])).toMatch(/^Producer:\s+GPL Ghostscript /m);
  });

  it('is a whole PDF with the page count case.json gives (page tree and pdfinfo agree), A4, fixed dates', () => {
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-16).toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    const info = tool('pdfinfo', [file]);
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(meta.pages);
    expect(pageCount(bytes)).toBe(meta.pages);
    expect(/^Page size:.*\(A4\)$/m.test(info), info).toBe(true);
    const dates = [...bytes.toString('latin1').matchAll(/\/(?:CreationDate|ModDate)\s*\(D:(\d{14})/g)].map((m) => m[1]);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toBe(FIXED_DATE);
  });

  it(c.features.includes('image-only') ? 'has no text layer: no font, pdftotext gives nothing, every page a picture' : 'has a text layer with the report\'s title', () => {
    const pages = pagesText(file, meta.pages);
    const text = pages.map((p) => p.flat).join('');
    if (c.features.includes('image-only')) {
      expect(text).toBe('');
      expect(bytes.toString('latin1')).not.toMatch(/\/Font\b/);
      const images = tool('pdfimages', ['-list', file]).split('\n').slice(2).filter((l) => l.trim());
      expect(new Set(images.map((l) => Number(l.trim().split(/\s+/)[0]))).size).toBe(meta.pages);
      return;
    }
    // In the order the page draws its text (-raw): pdftotext's reading order may put a centred title's
    // pieces out of order.
    const { title } = JSON.parse(readFileSync(join(ROOT, meta.corpus), 'utf8')) as { title: string };
    if (c.features.includes('wrong-characters')) {
      // pdftotext too reads other characters: Latin-1 letters among the Chinese, the title not whole.
      const first = tool('pdftotext', ['-raw', '-l', '1', '-enc', 'UTF-8', file, '-']).replace(/\s+/g, '');
      expect(first).not.toContain(title.replace(/\s+/g, ''));
      expect(first.match(/\p{Script=Han}[\u00C0-\u024F]|[\u00C0-\u024F]\p{Script=Han}/gu)?.length ?? 0).toBeGreaterThanOrEqual(10);
      return;
    }
    expect(tool('pdftotext', ['-raw', '-l', '1', '-enc', 'UTF-8', file, '-']).replace(/\s+/g, '')).toContain(title.replace(/\s+/g, ''));
  });

  const has = (f: string): boolean => c.features.includes(f);
  // (With wrong characters the labels looked for are not whole.)
  if (!has('image-only') && !has('wrong-characters')) {
    it('table 三: its header printed once or on every page, over one page or two, as its features say', () => {
      const pages = pagesText(file, meta.pages);
      const onPages = (s: string): number[] => pages.flatMap((p, i) => (p.words.includes(s) ? [i + 1] : []));
      // (Labels spread over their cells are a character a word: each line's run of them one word.)
      const heading = headingPages(has('distributed-labels') ? spreadJoined(words(file)) : words(file));
      if (has('table-as-picture')) {
        // The table is a picture: none of its labels is text, its section heading is.
        expect(heading).toEqual([]);
        expect(onPages('三、收到和处理政府信息公开申请情况').length).toBeGreaterThan(0);
        expect(tool('pdfimages', ['-list', file]).split('\n').slice(2).filter((l) => l.trim()).length).toBe(1);
        return;
      }
      if (has('no-repeated-header')) expect(heading).toHaveLength(1);
      if (has('repeated-header')) expect(heading.length).toBeGreaterThan(1);
      // The table's last row: on the last page that has its label (the body text may name it too).
      const last = onPages(T3_LAST_ROW);
      expect(last.length).toBeGreaterThan(0);
      if (has('table-breaks-across-pages')) expect(Math.max(...last)).toBeGreaterThan(heading[0]!);
    });
  }

  if (has('wrapped-labels')) {
    it('labels are wrapped: the 部分公开 row label is on no single line, its characters all there', () => {
      const format = getFormat(JSON.parse(readFileSync(join(ROOT, meta.corpus), 'utf8')).format as FormatId);
      const label = format.tables.t3.rows.find((r) => r.id === 'partly_granted')!.label.replace(/\s+/g, '');
      const lines = tool('pdftotext', ['-enc', 'UTF-8', file, '-']).split('\n').map((l) => l.replace(/\s+/g, ''));
      expect(lines.some((l) => l.includes(label))).toBe(false);
      const chars = new Set(lines.join(''));
      for (const ch of label) expect(chars.has(ch), ch).toBe(true);
    });
  }

  if (has('distributed-labels')) {
    it('labels are spread over their cells: 规章\'s two characters are words of their own on one line, far apart, nothing between', () => {
      const ws = words(file);
      const pair = ws.filter((w) => w.text === '规').flatMap((a) => ws.filter((b) => b.text === '章' && b.page === a.page && Math.abs(b.y - a.y) < 1 && b.x > a.x).map((b) => [a, b] as const));
      expect(pair.some(([a, b]) => b.x - a.x > 60 && !ws.some((w) => w.page === a.page && Math.abs(w.y - a.y) < 1 && w.x > a.x && w.x < b.x))).toBe(true);
    });
  }

  if (has('header-closing-page')) {
    it('table 二\'s first block heading and header close a page, no figure under them there; 规章\'s row opens the next', () => {
      const ws = spreadJoined(words(file));
      const heading = ws.find((w) => w.text === '第二十条第（一）项');
      expect(heading).toBeDefined();
      const below = ws.filter((w) => w.page === heading!.page && w.y > heading!.y + 1);
      expect(below.map((w) => w.text).join('')).toMatch(/^信息内容/);
      expect(below.some((w) => /\d/.test(w.text))).toBe(false);
      const next = ws.filter((w) => w.page === heading!.page + 1);
      const top = next.reduce((m, w) => Math.min(m, w.y), Infinity);
      expect(next.filter((w) => Math.abs(w.y - top) < 1).sort((a, b) => a.x - b.x).map((w) => w.text)[0]).toBe('规章');
    });
  }

  if (has('vertical-group-label')) {
    it('三、本年度办理结果 is set vertically: its characters stand in one column, top to bottom', () => {
      const runs = verticalRuns(words(file));
      // (In a 公文's 16 pt the column wraps into a second one, "三、本年度办理" | "结果".)
      expect(runs.some((r) => r.includes('本年度办理')), runs.filter((r) => r.length > 3).join(' | ')).toBe(true);
    });
  }
});
