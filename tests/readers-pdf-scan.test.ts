/**
 * A scanned report (issue #16 item 6: one clear error, pdfNoText, and no other finding) is told without
 * decoding its pictures. Reading a page's operators makes pdfjs decode every picture on it, in JavaScript:
 * 0.85 s a page of a 300 dpi scan, 2.9 s at 600 dpi (9 pages: 7.8 s and 26 s; now 1.6 and 1.7 s, with the
 * process's start) — a scan of 70 pages would have run out of the 60 s time limit instead of saying it is a
 * scan — and a picture of 10,000 × 10,000 pixels took its process to 377 MB.
 * pdfjs's text content leaves pictures alone: a PDF over 100 KB a page is asked that first, and one whose
 * first page draws no text is asked it for the other pages.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../src/model/diagnostic.js';
import { readPdf } from '../src/readers/pdf-doc.js';
import { buildPdf, textContent } from './support/pdf.js';
import { readError } from './support/read-error.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
/** A page painted with one picture over all of it, as a scanner makes it. */
const SCANNED = 'q 595 0 0 842 0 0 cm /Im0 Do Q';
/** A picture of one colour (it deflates to almost nothing however large). */
const picture = (width: number, height: number): { width: number; height: number; rgb: Uint8Array } => ({ width, height, rgb: Buffer.alloc(width * height * 3, 0xf0) });

describe('a scanned PDF', () => {
  it('whose first page draws no text, nor any other: read no further than that page, and pdfNoText', async () => {
    const bytes = buildPdf([1, 2, 3].map(() => ({ content: SCANNED, images: { Im0: picture(600, 850) } })));
    // Small (its pictures deflate to a few KB): its first page is read as any other.
    expect(bytes.length).toBeLessThan(100_000);
    const doc = await readPdf(bytes);
    expect(doc.textless).toBe(true);
    expect(doc.pages.map((p) => [p.page, p.images.length, p.items.length])).toEqual([
      [1, 1, 0],
      [2, 0, 0],
      [3, 0, 0],
    ]);
    expect(doc.pages.map((p) => [p.width, p.height])).toEqual([
      [595, 842],
      [595, 842],
      [595, 842],
    ]);
    expect((await readError(bytes)).messageId).toBe('pdfNoText');
  });

  it('over 100 KB a page: no picture decoded at all', async () => {
    // 300 MB of pixels, 300 KB deflated.
    const bytes = buildPdf([{ content: SCANNED, images: { Im0: picture(10_000, 10_000) } }]);
    expect(bytes.length).toBeGreaterThan(100_000);
    const doc = await readPdf(bytes);
    expect(doc.textless).toBe(true);
    expect(doc.pages.map((p) => [p.page, p.images.length, p.items.length])).toEqual([[1, 0, 0]]);
  });

  it('with a typed page among the pictures (a cover, text on its second page): read as any other PDF', async () => {
    for (const pages of [
      [{ content: textContent(['Cover page']) }, { content: SCANNED, images: { Im0: picture(600, 850) } }],
      [{ content: SCANNED, images: { Im0: picture(600, 850) } }, { content: textContent(['Typed page']) }],
    ]) {
      const doc = await readPdf(buildPdf(pages));
      expect(doc.textless).toBeUndefined();
      expect(doc.pages.map((p) => p.images.length)).toEqual(pages.map((p) => (p.images ? 1 : 0)));
      expect(doc.pages.map((p) => p.items.map((i) => i.text).join(''))).toEqual(pages.map((p) => (p.images ? '' : p.content.includes('Cover') ? 'Cover page' : 'Typed page')));
    }
  });

  it('through the CLI, a scan of a picture of 10,000 × 10,000 pixels: exactly pdfNoText, the picture never decoded (its process took 377 MB decoding it)', () => {
    const dir = tempDir('gk-scan-');
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    writeFileSync(join(dir, 'scan.pdf'), buildPdf([{ content: SCANNED, images: { Im0: picture(10_000, 10_000) } }]));
    const r = spawnSync('/usr/bin/time', ['-f', 'GONGKAI_RSS_KB=%M', process.execPath, join(ROOT, 'bin/gongkai.js'), 'check', 'scan.pdf', '-f', 'json', '-o', 'out.json'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' },
    });
    expect(r.status, r.stderr).toBe(1);
    const result = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as RunResult;
    expect(result.files[0]!.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)).toEqual(['read-error/pdfNoText']);
    expect(Number(/GONGKAI_RSS_KB=(\d+)/.exec(r.stderr)?.[1]) / 1024).toBeLessThan(300);
    expect(readdirSync(tmp)).toEqual([]);
  }, 120_000);
});
