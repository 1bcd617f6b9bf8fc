/**
 * A checking process leaves a PDF's JPEG pictures in colour undecoded (src/node/no-picture-decode.ts): pdfjs
 * decoded every picture on a page when the page's drawing was read, in JavaScript — a report whose text
 * pages are followed by nine pages scanned at 300 dpi took 8.0 s and 254 MB, now 1.8 s and 130 MB, with the
 * same findings. The reader still knows where each picture is (a table set as a picture is found by it).
 * The scan is made here as a scanner would make it: Ghostscript (installed by scripts/install-system-deps.sh)
 * printing a fixture's pages as JPEG pictures, joined after the fixture's own pages by pdfunite (poppler).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../src/model/diagnostic.js';
import { readPdf } from '../src/readers/pdf-doc.js';
import { buildPdf, ocrPage } from './support/pdf.js';
import { requirePoppler } from './support/poppler.js';
import { readError } from './support/read-error.js';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURE = join(ROOT, 'fixtures/readers/pdf/libreoffice-pingtan-2021/input.pdf');

beforeAll(requirePoppler);

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r.stdout;
}

describe('JPEG pictures in a checking process', () => {
  let dir: string;
  let mixed: string;
  beforeAll(() => {
    dir = tempDir('gk-jpeg-');
    const scan = join(dir, 'scan.pdf');
    run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfimage24', '-r150', '-sCompression=JPEG', `-sOutputFile=${scan}`, FIXTURE]);
    mixed = join(dir, 'mixed.pdf');
    run('pdfunite', [FIXTURE, scan, mixed]);
  });

  it('are handed to the stand-in, one a page, and left undecoded; the reader still has each picture\'s place', () => {
    // A process of its own, as a checking process starts: the stand-in first, then pdfjs.
    const script = `
      const { picturesUndecoded } = await import(${JSON.stringify(join(ROOT, 'dist/node/no-picture-decode.js'))});
      picturesUndecoded();
      const { readPdf } = await import(${JSON.stringify(join(ROOT, 'dist/readers/pdf-doc.js'))});
      const doc = await readPdf(new Uint8Array((await import('node:fs')).readFileSync(${JSON.stringify(mixed)})));
      console.log(JSON.stringify({ handed: globalThis.ImageDecoder.handed, pictures: doc.pages.map((p) => p.images.length), text: doc.pages.map((p) => p.items.length > 0) }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const pages = Number(run('pdfinfo', [FIXTURE]).match(/Pages:\s+(\d+)/)![1]);
    const out = JSON.parse(r.stdout) as { handed: number; pictures: number[]; text: boolean[] };
    expect(out.handed).toBe(pages);
    expect(out.pictures).toEqual([...Array(pages).fill(0), ...Array(pages).fill(1)]);
    expect(out.text).toEqual([...Array(pages).fill(true), ...Array(pages).fill(false)]);
  });

  it('through the CLI: the findings of the report alone (its scanned copy after it adds none)', () => {
    const check = (file: string): string[] => {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', file, '-f', 'json'], { encoding: 'utf8', timeout: 120_000 });
      return (JSON.parse(r.stdout) as RunResult).files[0]!.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`);
    };
    expect(check(mixed)).toEqual(check(FIXTURE));
  });
});

// A scan with text recognition, its pages grey JPEG pictures (a scanner's grey mode): pdfjs decodes those
// itself, in JavaScript, whenever a page's drawing is read — 0.85 s a page at 300 dpi, a long scan past the
// time limit. The first page of text recognition makes the file one read error whatever follows, so the
// pages after it are read without their pictures. Made here: a page of invisible recognised text
// (tests/readers-pdf-ocr.test.ts's kind) before a fixture's pages printed by Ghostscript as grey JPEG pictures.
describe('grey JPEG pages after a page of text recognition', () => {
  let file: string;
  let scanPages: number;
  beforeAll(() => {
    const dir = tempDir('gk-ocr-grey-');
    const scan = join(dir, 'scan.pdf');
    run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfimage8', '-r300', '-sCompression=JPEG', `-sOutputFile=${scan}`, FIXTURE]);
    scanPages = Number(run('pdfinfo', [scan]).match(/Pages:\s+(\d+)/)![1]);
    const ocr = join(dir, 'ocr.pdf');
    writeFileSync(ocr, buildPdf([{ content: ocrPage(3) }]));
    file = join(dir, 'ocr-then-grey.pdf');
    run('pdfunite', [ocr, scan, file]);
  });

  it('are read without their pictures (pdfjs leaves them out, undecoded); the text recognition found as before', async () => {
    const doc = await readPdf(new Uint8Array(readFileSync(file)));
    expect(doc.ocrPages).toEqual([1]);
    expect(doc.picturesUntil).toBe(1);
    expect(doc.pages.length).toBe(1 + scanPages);
    expect(doc.pages.map((p) => p.images.length)).toEqual(Array(1 + scanPages).fill(0));
    expect(doc.pages.slice(1).every((p) => p.items.length === 0)).toBe(true);
    expect(doc.invisible).toBeGreaterThanOrEqual(50);
    expect(doc.glyphs).toBe(0);
  });

  it('the file is the one read error it was, in the reader and through the CLI', async () => {
    const e = await readError(new Uint8Array(readFileSync(file)));
    expect([e.ruleId, e.messageId]).toEqual(['read-error', 'pdfOcrText']);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/gongkai.js'), 'check', file, '-f', 'json'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as RunResult).files[0]!.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)).toEqual(['read-error/pdfOcrText']);
  });

  it('pages before the first page of text recognition keep their pictures; a file with none reads every picture', async () => {
    const dir = tempDir('gk-grey-first-');
    const low = join(dir, 'grey.pdf');
    run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfimage8', '-r72', '-sCompression=JPEG', `-sOutputFile=${low}`, FIXTURE]);
    const ocr = join(dir, 'ocr.pdf');
    writeFileSync(ocr, buildPdf([{ content: ocrPage(3) }]));
    const between = join(dir, 'grey-ocr-grey.pdf');
    run('pdfunite', [low, ocr, low, between]);
    const doc = await readPdf(new Uint8Array(readFileSync(between)));
    expect(doc.ocrPages).toEqual([scanPages + 1]);
    expect(doc.picturesUntil).toBe(scanPages + 1);
    expect(doc.pages.map((p) => p.images.length)).toEqual([...Array(scanPages).fill(1), 0, ...Array(scanPages).fill(0)]);
    // No page of text recognition (a typed report, then its grey scan): every picture read, where it is.
    const typed = join(dir, 'typed-then-grey.pdf');
    run('pdfunite', [FIXTURE, low, typed]);
    const mixed = await readPdf(new Uint8Array(readFileSync(typed)));
    expect(mixed.picturesUntil).toBeUndefined();
    expect(mixed.pages.map((p) => p.images.length)).toEqual([...Array(scanPages).fill(0), ...Array(scanPages).fill(1)]);
  });
});
