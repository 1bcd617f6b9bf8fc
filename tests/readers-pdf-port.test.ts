/**
 * The reader talks to pdfjs's worker code through its own in-thread channel (src/readers/pdf-load.ts
 * DirectPort), which hands messages over as they are instead of copying each with structuredClone as
 * pdfjs's own in-thread channel does. Here every PDF fixture's pages are read through both channels and set
 * side by side: the same operators with the same arguments (every glyph of every text operator), and the
 * same fonts. A pdfjs update that changes a message after sending it, or that the direct channel misses,
 * fails here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { FONT_OPTIONS, pdfjsData } from '../src/readers/pdf-doc.js';
import { DirectPort, loadPdfjs, pdfWorker } from '../src/readers/pdf-load.js';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, 'fixtures/readers/pdf');
const cases = readdirSync(DIR).filter((c) => !c.endsWith('.md')).sort();

interface Page {
  fnArray: number[];
  argsArray: unknown[];
  fonts: Record<string, unknown>;
}

/** Every page's operator list and the fonts it names, through `worker` (pdfjs's own channel when absent). */
async function pages(file: string, worker?: Pdfjs.PDFWorker): Promise<Page[]> {
  const pdfjs = await loadPdfjs();
  const { cMapUrl, standardFontDataUrl } = pdfjsData();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), ...(worker ? { worker } : {}), cMapUrl, cMapPacked: true, standardFontDataUrl, isEvalSupported: false, useSystemFonts: false, ...FONT_OPTIONS, verbosity: 0 }).promise;
  try {
    const out: Page[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const list = await page.getOperatorList();
      const fonts: Record<string, unknown> = {};
      list.fnArray.forEach((fn, i) => {
        if (fn !== pdfjs.OPS.setFont) return;
        const name = String((list.argsArray[i] as unknown[])[0]);
        const font = page.commonObjs.get(name) as { name?: string; vertical?: boolean; fontMatrix?: unknown; bbox?: unknown; isType3Font?: boolean };
        fonts[name] = { name: font.name, vertical: font.vertical, fontMatrix: font.fontMatrix, bbox: font.bbox, isType3Font: font.isType3Font };
      });
      out.push({ fnArray: [...list.fnArray], argsArray: [...list.argsArray], fonts });
    }
    return out;
  } finally {
    await doc.destroy();
    worker?.destroy();
  }
}

describe('the direct channel gives what pdfjs’s own channel gives', () => {
  it.each(cases.filter((c) => !c.includes('scanned')))('%s', async (name) => {
    const file = join(DIR, name, 'input.pdf');
    const own = await pages(file);
    const direct = await pages(file, await pdfWorker());
    expect(direct.length).toBe(own.length);
    expect(own.reduce((n, p) => n + p.fnArray.length, 0)).toBeGreaterThan(100);
    // As data: a glyph comes as pdfjs's Glyph object instead of its copy, and each document has its own
    // number in its font names (g_d0_f1, g_d1_f1 …).
    const data = (v: unknown): unknown => JSON.parse(JSON.stringify(v).replace(/"g_d\d+_/g, '"g_dN_'));
    direct.forEach((page, i) => {
      expect(page.fnArray, `page ${i + 1}`).toEqual(own[i]!.fnArray);
      expect(data(page.argsArray), `page ${i + 1}`).toEqual(data(own[i]!.argsArray));
      expect(data(page.fonts), `page ${i + 1}`).toEqual(data(own[i]!.fonts));
    });
  });

  it('copies the arrays of a stream chunk, which pdfjs empties after sending, and hands the rest over', async () => {
    const port = new DirectPort();
    const got: unknown[] = [];
    port.addEventListener('message', (e) => got.push(e.data));
    const glyph = { unicode: '公' };
    const chunk = { fnArray: [1, 2], argsArray: [[glyph], null], lastChunk: false };
    const other = { action: 'x', data: { font: glyph } };
    port.postMessage({ stream: 3, chunk });
    port.postMessage(other);
    chunk.fnArray.length = 0;
    chunk.argsArray.length = 0;
    expect(got).toEqual([]); // after a turn, as a worker's message would come
    await Promise.resolve();
    await Promise.resolve();
    const [first, second] = got as [{ chunk: typeof chunk }, typeof other];
    expect(first.chunk.fnArray).toEqual([1, 2]);
    expect((first.chunk.argsArray[0] as unknown[])[0]).toBe(glyph);
    expect(second).toBe(other);
  });
});
