#!/usr/bin/env node
/**
 * Warm-loop timing of `checkFile` per format, on the built dist/ (run `npm run build` first), and a
 * dump of every result for comparing before/after a change.
 *
 *   node scripts/profile-check.mjs [--formats json,csv,xlsx,html] [--n 60] [--loops 5]
 *                                  [--dump out.json] [--dir existing-dir]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/profile-check.mjs --formats json
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
const { checkFile, readReport } = await dist('engine/run.js');
const { reportLayout, layoutToCsv, layoutToXlsx } = await dist('renderers/template.js');
const { renderHtml } = await dist('renderers/html.js');
const { cellDisplay } = await dist('model/cell.js');

function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20261128);
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const corpusFiles = readdirSync(join(ROOT, 'fixtures/corpus')).filter((f) => f.endsWith('.json')).sort();
const corpus = corpusFiles.map((f) => JSON.parse(readFileSync(join(ROOT, 'fixtures/corpus', f), 'utf8')));
function vary(base, i) {
  const r = structuredClone(base);
  const agency = `${pick(['平潭', '天门', '福清', '长乐', '闽侯'])}${pick(['市', '区', '县'])}${pick(['教育局', '卫健委', '财政局', '人民政府办公室', '自然资源局'])}${i}`;
  r.agency = agency;
  r.title = `${agency}${r.year ?? 2023}年政府信息公开工作年度报告`;
  const t3 = r.tables?.t3;
  if (t3 && typeof t3 === 'object') {
    const rows = Object.keys(t3);
    if (random() < 0.25 && rows.length > 0) {
      const row = t3[pick(rows)];
      const cols = row && typeof row === 'object' ? Object.keys(row).filter((c) => typeof row[c] === 'number') : [];
      if (cols.length > 0) row[pick(cols)] += 1;
    }
  }
  for (const s of r.sections ?? []) if (random() < 0.3 && typeof s.text === 'string') s.text += `（${agency}补充说明。）`;
  return r;
}
function valuesOf(report) {
  return (id) => {
    const [t, row, col] = id.split('.');
    const cell = report.tables[t]?.cells[`${row}.${col}`];
    if (!cell) return undefined;
    return cell.kind === 'number' && cell.raw === undefined ? cell.value : cellDisplay(cell) || null;
  };
}
function layoutFor(report) {
  const texts = Object.fromEntries(report.sections.map((s, k) => [`s${k + 1}`, s.text]));
  return reportLayout(report.format ?? '2021', { values: valuesOf(report), title: report.title, year: report.year, texts });
}
const WRITERS = {
  json: { ext: '.json', write: async (json) => `${JSON.stringify(json, null, 2)}\n` },
  csv: { ext: '.csv', write: async (_j, report) => `\uFEFF${layoutToCsv(layoutFor(report))}` },
  xlsx: { ext: '.xlsx', write: async (_j, report) => layoutToXlsx([{ name: '年度报告', layout: layoutFor(report) }]) },
  html: { ext: '.html', write: async (_j, report) => renderHtml(report) },
};

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
