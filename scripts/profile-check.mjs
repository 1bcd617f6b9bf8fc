#!/usr/bin/env node
/**
 * Warm-loop timing of `checkFile` per format, on the built dist/ (run `npm run build` first), and a
 * dump of every result for comparing before/after a change.
 *
 *   node scripts/profile-check.mjs [--formats json,csv,xlsx,html] [--n 60] [--loops 5]
 *                                  [--dump out.json] [--dir existing-dir]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/profile-check.mjs --formats json
 *
 * `checkFile` checks each file in a checking process of its own, which a profile of this process does not
 * see. `--in-process` checks them here instead, as a checking process does (its per-file step `processFile`,
 * pdfjs inflating in the process, no canvas, Node's base64), so that `--cpu-prof` shows the checking itself;
 * with `--dir D` the files are D/<format>/* as they are (PDFs, say: `--formats pdf --dir D` with D/pdf/*.pdf):
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/profile-check.mjs --formats pdf --dir D --in-process --loops 1
 *
 * Files: fixtures/corpus/*.json and, for each format, the same reports written as the bench writes them
 * (seeded variations of the corpus, template layout for CSV/XLSX, renderHtml for HTML).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const arg = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const FORMATS = arg('--formats', 'json,csv,xlsx,html').split(',');
const N = Number(arg('--n', '60'));
const LOOPS = Number(arg('--loops', '5'));
const DUMP = arg('--dump');
const dist = (p) => import(join(ROOT, 'dist', p));
const IN_PROCESS = args.includes('--in-process');
if (IN_PROCESS) {
  (await dist('node/inflate.js')).inflateInProcess();
  (await dist('node/no-canvas.js')).pdfjsWithoutCanvas();
  (await dist('node/base64.js')).nativeBase64();
}
const { checkFile: contained, processFile, readReport } = await dist('node/file.js');
const checkFile = IN_PROCESS ? (p, opts) => processFile(p, opts).then((o) => o.result) : contained;
const { corpus, corpusFiles, vary, WRITERS } = await import('./synthetic.mjs');

const existing = arg('--dir');
const work = existing ?? mkdtempSync(join(tmpdir(), 'gongkai-prof-'));
if (!existing || !existsSync(join(work, FORMATS[0]))) {
  for (const f of FORMATS) mkdirSync(join(work, f), { recursive: true });
  const tmpJson = join(work, '.tmp.json');
  for (let i = 0; i < N; i++) {
    const json = vary(corpus[i % corpus.length], i);
    writeFileSync(tmpJson, JSON.stringify(json));
    const report = await readReport(tmpJson);
    for (const f of FORMATS) writeFileSync(join(work, f, `r-${String(i).padStart(4, '0')}${WRITERS[f].ext}`), await WRITERS[f].write(json, report));
  }
  rmSync(tmpJson, { force: true });
}

const dump = {};
for (const f of FORMATS) {
  const files = readdirSync(join(work, f)).sort().map((n) => join(work, f, n));
  if (f === 'json') files.push(...corpusFiles.map((n) => join(ROOT, 'fixtures/corpus', n)));
  for (const p of files.slice(0, 10)) await checkFile(p, { jobs: 1 });
  const times = [];
  const cpu = [];
  for (let l = 0; l < LOOPS; l++) {
    const t = performance.now();
    const u = process.cpuUsage();
    for (const p of files) await checkFile(p, { jobs: 1 });
    const du = process.cpuUsage(u);
    times.push((performance.now() - t) / files.length);
    cpu.push((du.user + du.system) / 1000 / files.length);
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // CPU time is less disturbed than wall time by other processes on a busy machine.
  process.stderr.write(`${f}: ${files.length} files, wall min ${Math.min(...times).toFixed(3)} median ${med(times).toFixed(3)} ms/file; CPU min ${Math.min(...cpu).toFixed(3)} median ${med(cpu).toFixed(3)} ms/file\n`);
  if (DUMP) {
    for (const p of files) {
      const key = `${f}/${p.slice(p.lastIndexOf('/') + 1)}`;
      dump[key] = { zh: await checkFile(p, { jobs: 1 }), en: await checkFile(p, { jobs: 1, lang: 'en' }) };
    }
  }
}
if (DUMP) writeFileSync(DUMP, JSON.stringify(dump, null, 1));
if (!existing) rmSync(work, { recursive: true, force: true });
