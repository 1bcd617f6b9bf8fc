/**
 * The reader reads each PDF page's content once (src/readers/pdf-page.ts Runs): the horizontal text items
 * are built from the page's drawing operators with pdfjs's own rules instead of asking pdfjs for
 * getTextContent, which parses the page a second time. Here both readings of every text-layer PDF fixture
 * are set side by side: the same items in the same order — text and font exactly, position, width and
 * height to a thousandth of a point, the space items and the empty end-of-line items included. A pdfjs update that changes how getTextContent
 * breaks or spaces its items fails here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_OPTIONS, pageFonts, pdfjsData } from '../src/readers/pdf-doc.js';
import { loadPdfjs } from '../src/readers/pdf-load.js';
import { readOperators, type Ops } from '../src/readers/pdf-page.js';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, 'fixtures/readers/pdf');
const cases = readdirSync(DIR).filter((c) => !c.includes('scanned') && !c.endsWith('.md')).sort();

interface Item {
  str: string;
  fontName: string;
  transform: readonly number[];
  width: number;
  height: number;
}

/** The largest difference between the numbers of two lists of items (position, width, height). */
function furthest(a: readonly Item[], b: readonly Item[]): number {
  let d = 0;
  a.forEach((x, i) => {
    const y = b[i]!;
    [...x.transform.map((v, k) => v - y.transform[k]!), x.width - y.width, x.height - y.height].forEach((v) => (d = Math.max(d, Math.abs(v))));
  });
  return d;
}

describe('text items from the drawing operators are getTextContent’s', () => {
  it.each(cases)('%s', async (name) => {
    const pdfjs = await loadPdfjs();
    const { cMapUrl, standardFontDataUrl } = pdfjsData();
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(join(DIR, name, 'input.pdf'))), cMapUrl, cMapPacked: true, standardFontDataUrl, isEvalSupported: false, useSystemFonts: false, ...FONT_OPTIONS, verbosity: 0 }).promise;
    try {
      let items = 0;
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
        const expected = content.items.filter((i): i is typeof i & Item => 'str' in i);
        const list = await page.getOperatorList();
        const ops = pdfjs.OPS as unknown as Ops;
        const { runs } = readOperators(list.fnArray, list.argsArray, ops, { fonts: await pageFonts(page, list.fnArray, list.argsArray, ops), view: page.view, normalize: pdfjs.normalizeUnicode });
        // Text and font exactly; the numbers to a thousandth of a point (pdfjs keeps some in 32-bit floats).
        expect(runs.map((r) => [r.str, r.fontName]), `page ${p}`).toEqual(expected.map((i) => [i.str, i.fontName]));
        expect(furthest(runs, expected), `page ${p}`).toBeLessThan(0.001);
        items += expected.length;
      }
      expect(items).toBeGreaterThan(50);
    } finally {
      await doc.destroy();
    }
  });
});
