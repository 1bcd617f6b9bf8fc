#!/usr/bin/env node
/**
 * `npm run bench [-- --large] [-- --runs 3] [-- --readme]` — on the built dist/ (run `npm run build` first).
 *
 * Generates N synthetic reports (1,000; 10,000 with --large) in every input format gongkai reads and
 * this script can write (JSON, CSV and XLSX in the official template layout, HTML official-layout
 * pages), from the real figures of fixtures/corpus/*.json with random variations (seeded), a few of
 * them broken. Then, in one run, measures and prints:
 *   (a) check throughput per format against the bare parse of the same files in the same process
 *       (JSON.parse; SheetJS read; csv-parse; htmlparser2), as a ratio (target ≤ 1.3×);
 *   (b) wall time of `gongkai check` with 1 and with 2 jobs, and the speed-up (target ≥ 1.8×), next to
 *       the machine's own ceiling: two separate processes checking the two halves at the same time;
 *   (c) peak RSS for N/10 and N files of every format in turn, a few broken (target ≤ 200 MB, not
 *       growing with the count), and whether that run names exactly the broken files;
 *   (d) cold start of `gongkai check one.json` against a bare `node -e ""` (target ≤ 2.5×).
 * Every figure is the median of several runs (--runs, default 3). (a) uses up to 300 files per format
 * (--sample). `--readme` writes the table into README.md between
 * <!-- bench:start --> and <!-- bench:end -->. `--keep` leaves the generated reports in place (path printed).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith('--') ? Number(args[i + 1]) : def;
};
const LARGE = args.includes('--large');
const N = opt('--n', LARGE ? 10_000 : 1_000);
const RUNS = opt('--runs', 3);
const WRITE_README = args.includes('--readme');
/** `--only a,c`: run only these measurements (the others print as not measured). */
const ONLY = new Set((args.includes('--only') ? args[args.indexOf('--only') + 1] ?? '' : 'a,b,c,d').split(','));
const BIN = join(ROOT, 'bin/gongkai.js');

const dist = (p) => import(join(ROOT, 'dist', p));
const { checkFile, readReport } = await dist('engine/run.js');
const { READERS } = await dist('readers/index.js');
const readerNames = new Set(READERS.map((r) => r.name));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const log = (s) => process.stderr.write(`${s}\n`);

// ── Synthetic reports (scripts/synthetic.mjs) ─────────────────────────────────────────────────────
const { corpus, vary, WRITERS } = await import('./synthetic.mjs');
const FORMATS = Object.keys(WRITERS).filter((f) => readerNames.has(f));
const NOT_WRITTEN = [...readerNames].filter((f) => !WRITERS[f]);

const work = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
async function generate(dir, count, formats, brokenEvery, { mixed = false } = {}) {
  if (mixed) mkdirSync(dir, { recursive: true });
  else for (const f of formats) mkdirSync(join(dir, f), { recursive: true });
  const tmpJson = join(dir, '.tmp.json');
  const broken = [];
  for (let i = 0; i < count; i++) {
    const json = vary(corpus[i % corpus.length], i);
    // Mixed: one format per report, in turn; otherwise every report in every format.
    const these = mixed ? [formats[i % formats.length]] : formats;
    let report;
    if (these.some((f) => f !== 'json')) {
      writeFileSync(tmpJson, JSON.stringify(json));
      report = await readReport(tmpJson);
    }
    for (const f of these) {
      const w = WRITERS[f];
      let data = await w.write(json, report);
      const isBroken = brokenEvery && i % brokenEvery === brokenEvery - 1;
      if (isBroken) data = typeof data === 'string' ? data.slice(0, data.length / 3) : data.slice(0, 200);
      const path = join(dir, mixed ? '' : f, `r-${String(i).padStart(5, '0')}${w.ext}`);
      writeFileSync(path, data);
      if (isBroken) broken.push(path);
    }
  }
  rmSync(tmpJson, { force: true });
  return broken;
}

// ── (a) throughput against the bare parse ─────────────────────────────────────────────────────────
async function bareParsers() {
  const parsers = { json: (bytes) => JSON.parse(new TextDecoder().decode(bytes)) };
  const xlsx = await import('xlsx');
  const XLSX = xlsx.default ?? xlsx;
  parsers.xlsx = (bytes) => XLSX.read(bytes, { type: 'buffer' });
  const { parse } = await import('csv-parse/sync');
  parsers.csv = (bytes) => parse(new TextDecoder().decode(bytes), { relax_column_count: true, bom: true });
  const { parseDocument } = await import('htmlparser2');
  parsers.html = (bytes) => parseDocument(new TextDecoder().decode(bytes));
  return parsers;
}

async function throughput(dir, formats) {
  const parsers = await bareParsers();
  const rows = [];
  for (const f of formats) {
    const files = readdirSync(join(dir, f)).map((n) => join(dir, f, n));
    // Warm up both paths (JIT, lazily loaded readers and libraries).
    for (const p of files.slice(0, 20)) {
      parsers[f](readFileSync(p));
      await checkFile(p, { jobs: 1 });
    }
    const parse = [];
    const check = [];
    for (let r = 0; r < RUNS; r++) {
      let t = performance.now();
      for (const p of files) parsers[f](readFileSync(p));
      parse.push(performance.now() - t);
      t = performance.now();
      for (const p of files) await checkFile(p, { jobs: 1 });
      check.push(performance.now() - t);
    }
    const p = median(parse);
    const c = median(check);
    rows.push({ format: f, files: files.length, parseMs: p / files.length, checkMs: c / files.length, ratio: c / p });
    log(`  (a) ${f}: parse ${(p / files.length).toFixed(2)} ms/file, check ${(c / files.length).toFixed(2)} ms/file`);
  }
  return rows;
}

// ── CLI runs in a child process, with wall time and peak RSS ──────────────────────────────────────
const rssHook = join(work, 'rss-hook.mjs');
writeFileSync(
  rssHook,
  "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); if (process.env.GONGKAI_BENCH_RSS) writeFileSync(process.env.GONGKAI_BENCH_RSS, JSON.stringify({ maxRSS: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })); });\n",
);
function cli(cliArgs, { rss = false } = {}) {
  const rssFile = join(work, `rss-${process.hrtime.bigint()}.txt`);
  const t = performance.now();
  const r = spawnSync(process.execPath, [...(rss ? ['--import', rssHook] : []), BIN, ...cliArgs], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', ...(rss ? { GONGKAI_BENCH_RSS: rssFile } : {}) },
  });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`gongkai ${cliArgs.join(' ')} exited ${r.status}: ${r.stderr}`);
  const usage = rss ? JSON.parse(readFileSync(rssFile, 'utf8')) : undefined;
  return { ms, status: r.status, rssMB: usage ? usage.maxRSS / 1024 : undefined, cpuMs: usage?.cpuMs, stdout: r.stdout };
}

// ── Run ───────────────────────────────────────────────────────────────────────────────────────────
log(`gongkai bench: N=${N} per format, ${RUNS} runs, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}`);
log(`formats: ${FORMATS.join(', ')}${NOT_WRITTEN.length ? ` (not generated, no writer here: ${NOT_WRITTEN.join(', ')})` : ''}; work dir ${work}`);
const loadStart = loadavg()[0];
let t0 = performance.now();
// (a) uses up to 300 files per format (--sample to change): throughput is per file, and thousands of
// XLSX files would take minutes to write and check three times over.
const sampleN = Math.min(N, opt('--sample', 300));
await generate(join(work, 'a'), ONLY.has('a') || ONLY.has('d') ? sampleN : 0, FORMATS, 0);
// (b): a directory of N reports (JSON) with one broken in 200.
if (ONLY.has('b')) await generate(join(work, 'n'), N, ['json'], 200);
// (c): directories of N and N/10 reports in every format in turn (mixed), one in 199 truncated (199: so that
// the truncated ones fall on every format in turn).
const brokenMixed = ONLY.has("c") ? await generate(join(work, "mixed"), N, FORMATS, 199, { mixed: true }) : [];
if (ONLY.has("c")) await generate(join(work, "mixed10"), Math.max(1, Math.floor(N / 10)), FORMATS, 199, { mixed: true });
log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const a = ONLY.has('a') ? await throughput(join(work, 'a'), FORMATS) : [];

const bDir = join(work, 'n/json');
// The machine's own ceiling: the same files split in two halves, checked by two separate gongkai
// processes at the same time (1 job each). Nothing is shared between them, so their speed-up over one
// process is what this machine gives two independent workloads of this kind.
const halves = [join(work, 'n/half1'), join(work, 'n/half2')];
if (ONLY.has('b')) {
  const names = readdirSync(bDir).sort();
  halves.forEach((h, k) => {
    mkdirSync(h, { recursive: true });
    for (const n of names.slice(k === 0 ? 0 : Math.ceil(names.length / 2), k === 0 ? Math.ceil(names.length / 2) : names.length)) writeFileSync(join(h, n), readFileSync(join(bDir, n)));
  });
}
const inParallel = async (dirs) => {
  const t = performance.now();
  await Promise.all(dirs.map((d) => new Promise((res) => spawn(process.execPath, [BIN, 'check', d, '-j', '1'], { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } }).on('exit', res))));
  return performance.now() - t;
};
const one = [];
const two = [];
const split = [];
const oneCpu = [];
const twoCpu = [];
let exitCode;
for (let r = 0; r < (ONLY.has('b') ? RUNS : 0); r++) {
  const x = cli(['check', bDir, '-j', '1'], { rss: true });
  const y = cli(['check', bDir, '-j', '2'], { rss: true });
  split.push(await inParallel(halves));
  one.push(x.ms);
  two.push(y.ms);
  oneCpu.push(x.cpuMs);
  twoCpu.push(y.cpuMs);
  exitCode = y.status;
  log(`  (b) run ${r + 1}: 1 job ${(x.ms / 1000).toFixed(2)} s (CPU ${(x.cpuMs / 1000).toFixed(2)} s), 2 jobs ${(y.ms / 1000).toFixed(2)} s (CPU ${(y.cpuMs / 1000).toFixed(2)} s), two processes on halves ${(split[r] / 1000).toFixed(2)} s`);
}
const b = { files: N, oneMs: median(one), twoMs: median(two), splitMs: median(split), oneCpuMs: median(oneCpu), twoCpuMs: median(twoCpu) };
b.speedup = b.oneMs / b.twoMs;
b.ceiling = b.oneMs / b.splitMs;
const summaryLine = !ONLY.has('b') ? '' : cli(['check', bDir, '-j', '2']).stdout.trim().split('\n').filter((l) => l.includes('共检查'))[0] ?? '';

const outJson = join(work, 'out.json');
const rssAt = (dir) => median(Array.from({ length: RUNS }, () => cli(['check', dir, '-j', '2', '-f', `json:${outJson}`], { rss: true }).rssMB));
const c = ONLY.has('c')
  ? { small: Math.max(1, Math.floor(N / 10)), large: N, smallMB: rssAt(join(work, 'mixed10')), largeMB: rssAt(join(work, 'mixed')) }
  : { small: 0, large: 0, smallMB: NaN, largeMB: NaN };
// The last (c) run's output: exit code, summary, and whether exactly the broken files are named unreadable.
let mixedLine = '';
if (ONLY.has('c')) {
  const status = cli(['check', join(work, 'mixed'), '-j', '2', '-f', `json:${outJson}`]).status;
  const result = JSON.parse(readFileSync(outJson, 'utf8'));
  const byFile = new Map(result.files.map((f) => [f.file, f]));
  const unreadable = brokenMixed.filter((p) => byFile.get(p)?.readable === false).length;
  const withErrors = brokenMixed.filter((p) => byFile.get(p)?.readable && byFile.get(p).errorCount > 0).length;
  const missed = brokenMixed.length - unreadable - withErrors;
  const perFormat = FORMATS.map((f) => `${result.files.filter((x) => x.file.endsWith(WRITERS[f].ext)).length} ${f}`).join(', ');
  mixedLine = `The ${N}-file mixed run (${perFormat}; ${brokenMixed.length} truncated on purpose) exits ${status}. Of the truncated files, ${unreadable} are named unreadable and ${withErrors} readable with errors (what was left of a CSV or HTML page)${missed ? `; ${missed} NOT reported` : ', none missed'}. Summary: ${result.summary.files} files, ${result.summary.clean} clean, ${result.summary.withErrors} with errors, ${result.summary.withWarnings} with warnings, ${result.summary.unreadable} unreadable.`;
  log(`  ${mixedLine}`);
}
log(`  (c) peak RSS: ${c.small} files ${c.smallMB.toFixed(0)} MB, ${c.large} files ${c.largeMB.toFixed(0)} MB`);

const oneFile = ONLY.has('d') ? join(work, 'a/json', readdirSync(join(work, 'a/json'))[0]) : '';
const bare = [];
const gk = [];
for (let r = 0; r < (ONLY.has('d') ? Math.max(7, RUNS * 3) : 0); r++) {
  let t = performance.now();
  spawnSync(process.execPath, ['-e', '']);
  bare.push(performance.now() - t);
  t = performance.now();
  spawnSync(process.execPath, [BIN, 'check', oneFile]);
  gk.push(performance.now() - t);
}
const d = { bareMs: median(bare), gongkaiMs: median(gk) };
d.ratio = d.gongkaiMs / d.bareMs;

// ── Report ────────────────────────────────────────────────────────────────────────────────────────
const ok = (pass) => (pass ? '✔' : '✘');
const lines = [];
lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, load average ${loadStart.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end; N = ${N}, medians of ${RUNS} runs (cold start: ${gk.length}).`);
lines.push('');
lines.push('| measure | result | target |');
lines.push('|---|---|---|');
for (const r of a) {
  lines.push(`| (a) check vs bare parse, ${r.format} (${r.files} files) | ${r.checkMs.toFixed(2)} vs ${r.parseMs.toFixed(2)} ms/file = **${r.ratio.toFixed(2)}×** | ≤ 1.3× ${ok(r.ratio <= 1.3)} |`);
}
if (ONLY.has('b')) lines.push(`| (b) wall time, ${b.files} JSON reports, 1 → 2 jobs | ${(b.oneMs / 1000).toFixed(2)} s → ${(b.twoMs / 1000).toFixed(2)} s = **${b.speedup.toFixed(2)}×** (CPU ${(b.oneCpuMs / 1000).toFixed(2)} s → ${(b.twoCpuMs / 1000).toFixed(2)} s). The machine's own ceiling: two separate processes, 1 job each, on the two halves at once: ${(b.splitMs / 1000).toFixed(2)} s = ${b.ceiling.toFixed(2)}× | ≥ 1.8× ${ok(b.speedup >= 1.8)} |`);
if (ONLY.has('c')) lines.push(`| (c) peak RSS, ${c.small} → ${c.large} mixed files (2 jobs) | ${c.smallMB.toFixed(0)} MB → **${c.largeMB.toFixed(0)} MB** | ≤ 200 MB ${ok(c.largeMB <= 200)} |`);
if (ONLY.has('d')) lines.push(`| (d) cold start \`gongkai check one.json\` vs \`node -e ""\` | ${d.gongkaiMs.toFixed(0)} vs ${d.bareMs.toFixed(0)} ms = **${d.ratio.toFixed(2)}×** | ≤ 2.5× ${ok(d.ratio <= 2.5)} |`);
if (NOT_WRITTEN.length) lines.push('', `Formats read but not generated here (no writer): ${NOT_WRITTEN.join(', ')}.`);
if (ONLY.has('b')) lines.push('', `The ${N}-file JSON run (one file in 200 broken on purpose) exits ${exitCode}: ${summaryLine}`);
if (ONLY.has('c')) lines.push('', mixedLine);
const table = lines.join('\n');
process.stdout.write(`${table}\n`);

if (WRITE_README) {
  const readme = join(ROOT, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md has no ${start} … ${end} block`);
  writeFileSync(readme, `${text.slice(0, i + start.length)}\n${table}\n${text.slice(j)}`);
  log('README.md updated.');
}
if (args.includes('--keep')) log(`kept the generated reports in ${work}`);
else rmSync(work, { recursive: true, force: true });
log(`total ${((performance.now() - t0) / 1000).toFixed(0)} s`);
