#!/usr/bin/env node
/**
 * `npm run bench [-- --large] [-- --runs 3] [-- --readme]` — on the built dist/ (run `npm run build` first).
 *
 * Generates N synthetic reports (1,000; 10,000 with --large) in every input format gongkai reads and
 * this script can write (JSON, CSV and XLSX in the official template layout, HTML official-layout
 * pages), from the real figures of fixtures/corpus/*.json with random variations (seeded), a few of
 * them broken. Then, in one run, measures and prints:
 *   (a) check throughput per format against the bare parse of the same files in the same process
 *       (JSON.parse; SheetJS read; csv-parse; htmlparser2), in CPU time, as a ratio (target ≤ 3× for JSON and CSV,
 *       ≤ 1.5× for XLSX and HTML); a target missed is explained from (p);
 *   (p) where the CPU time of one report goes, per format, over the same files as (a): read, config,
 *       resolve, narrative, each rule group (the rules' category), hints, messages, facts, spool, output
 *       (scripts/bench-phases.mjs: the dist modules' own steps called one by one, timed with
 *       process.cpuUsage(); nothing added to the core);
 *   (b) wall time of `gongkai check` with 1 and with 2 jobs, and the speed-up (target ≥ 1.8×), next to
 *       the machine's own ceiling: two separate processes checking the two halves at the same time; the
 *       CPU time per report of the whole run (the CLI and its checking processes: the children's times
 *       of /proc/self/stat) with 1 and 2 jobs (target: 2 jobs ≤ 1.1× 1 job), split between the CLI and
 *       its checking processes and between their main threads and V8's other threads (sampled per thread
 *       from /proc), and the cores one job uses (target ≤ 1.1): its CPU time over its processes' main
 *       threads' time, as on an idle machine (CPU ÷ wall, which the machine's load lowers, printed beside);
 *   (c) peak memory for N/10 and N files of every format in turn, a few broken, written as JSON and as
 *       HTML to a file (target ≤ 200 MB, not growing with the count): every process of the run summed
 *       (the CLI and its checking processes, PSS sampled from /proc), and the largest one alone; and whether
 *       that run names exactly the broken files;
 *   (d) cold start of `gongkai check one.json` against a bare `node -e ""` (target ≤ 2.5×);
 *   (e) PDF (needs poppler-utils, scripts/install-system-deps.sh): the committed PDF fixtures with a text
 *       layer (fixtures/readers/pdf), about 40 files (each case once or more), checked in one run with 1 job against `pdftotext
 *       -layout` over the same files, one process each (target ≤ 3×); and the peak memory of checking one
 *       PDF of 50 pages or more (the fixtures joined with pdfunite; target ≤ 300 MB).
 * Every figure is the median of several runs (--runs, default 3). `--only a,p,b,c,d,e`: only these
 * measures (the others print as not measured). `--outputs json` or `--outputs html`:
 * (c) measures only that output. (a) uses up to 300 files per format
 * (--sample). `--readme` writes the table into README.md between
 * <!-- bench:start --> and <!-- bench:end -->. `--keep` leaves the generated reports in place (path printed).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
const ONLY = new Set((args.includes('--only') ? args[args.indexOf('--only') + 1] ?? '' : 'a,p,b,c,d,e').split(','));

const dist = (p) => import(join(ROOT, 'dist', p));
const { checkFile, readReport } = await dist('node/file.js');
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
// The CLI runs from a copy of the build made now: a rebuild during the run (others on a shared machine,
// an editor's watch) would otherwise swap the bundle's chunks under a running measure.
const SNAPSHOT = join(work, 'build');
for (const d of ['bin', 'dist', 'schemas', 'package.json']) cpSync(join(ROOT, d), join(SNAPSHOT, d), { recursive: true, preserveTimestamps: true });
symlinkSync(join(ROOT, 'node_modules'), join(SNAPSHOT, 'node_modules'), 'dir');
const BIN = join(SNAPSHOT, 'bin/gongkai.js');
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
    // CPU time of this process (every thread: the file reads too), not wall time: on a shared machine
    // the wall time of a loop is as much the other processes' as its own.
    const cpuMs = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    for (let r = 0; r < RUNS; r++) {
      let t = cpuMs();
      for (const p of files) parsers[f](readFileSync(p));
      parse.push(cpuMs() - t);
      t = cpuMs();
      for (const p of files) await checkFile(p, { jobs: 1 });
      check.push(cpuMs() - t);
    }
    const p = median(parse);
    const c = median(check);
    rows.push({ format: f, files: files.length, parseMs: p / files.length, checkMs: c / files.length, ratio: c / p });
    log(`  (a) ${f}: parse ${(p / files.length).toFixed(2)} ms/file, check ${(c / files.length).toFixed(2)} ms/file`);
  }
  return rows;
}

// ── CLI runs in a child process, with wall time, CPU time and peak memory ─────────────────────────
// gongkai checks files in child processes of its own (src/node/pool.ts), so the memory of a run is that
// of a process tree: sampled from /proc every 20 ms, the CLI and every process below it summed. Their
// proportional set size (PSS: each shared page — the node binary, ICU data — divided among the processes
// that map it) is the memory the run takes; the RSS summed counts shared pages once per process (an upper
// bound). Next to them, the largest single process (/usr/bin/time %M). CPU time is the whole tree's
// (/usr/bin/time: user + system of the CLI and the processes it waited for).
const HAS_PROC = existsSync('/proc/self/smaps_rollup');
/** Clock ticks per second of /proc's times. */
const TICK_MS = 1000 / (Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100);
/** The user + system times of a /proc/<pid>/stat line from its 14th field on: [own, waited-for children], in ms. */
function statCpu(stat) {
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [(Number(f[11]) + Number(f[12])) * TICK_MS, (Number(f[13]) + Number(f[14])) * TICK_MS];
}
/**
 * CPU time of every process this one has waited for, in ms (/proc/self/stat cutime + cstime): a CLI run's
 * delta is the CLI's and every checking process's (each waited for by the CLI), whatever their number.
 */
function childrenCpuMs() {
  try {
    return statCpu(readFileSync('/proc/self/stat', 'utf8'))[1];
  } catch {
    return NaN;
  }
}
/**
 * A process's CPU time in ms, its main thread's apart (the others are V8's compiler and garbage-collector
 * threads and libuv's), and whether it is a checking process (its command line); undefined once gone.
 * `prev`: what the last sample said. An exited process not yet waited for (a zombie) has no command line
 * and no threads left but its times: what it was and its other threads' share are kept from before.
 */
function procCpu(pid, prev) {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'latin1');
    if (cmdline === '') {
      const ms = statCpu(readFileSync(`/proc/${pid}/stat`, 'utf8'))[0];
      const others = prev?.others ?? 0;
      return { ms, main: ms - others, others, worker: prev?.worker ?? false };
    }
    const worker = /worker\.js/.test(cmdline);
    let main = 0;
    let others = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const ms = statCpu(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'))[0];
      if (tid === String(pid)) main = ms;
      else others += ms;
    }
    return { ms: main + others, main, others, worker };
  } catch {
    return undefined;
  }
}
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
/** The pids below `root` (itself included), from the parent of every process in /proc. */
function tree(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(Number(name));
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]) ?? []));
  return out;
}
/** A process's resident and proportional set sizes, in KB. */
function memKb(pid) {
  try {
    const t = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return { rss: Number(/^Rss:\s+(\d+)/m.exec(t)?.[1] ?? 0), pss: Number(/^Pss:\s+(\d+)/m.exec(t)?.[1] ?? 0) };
  } catch {
    return { rss: 0, pss: 0 };
  }
}
async function cli(cliArgs, { rss = false } = {}) {
  const t = performance.now();
  const cpu0 = childrenCpuMs();
  /** The last CPU time seen of each process of the run (sampled with the memory). */
  const seen = new Map();
  const cmd = TIME && rss ? [TIME, ['-f', 'GONGKAI_BENCH %U %S %M', process.execPath, BIN, ...cliArgs]] : [process.execPath, [BIN, ...cliArgs]];
  const child = spawn(cmd[0], cmd[1], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  let err = '';
  child.stdout.on('data', (b) => out.push(b));
  child.stderr.on('data', (b) => (err += b));
  let pssKb = 0;
  let rssKb = 0;
  const sample = () => {
    // Under /usr/bin/time the CLI is its child; time itself is not counted.
    const pids = tree(child.pid).filter((p) => p !== child.pid || !(TIME && rss));
    const mems = pids.map(memKb);
    for (const p of pids) {
      const c = procCpu(p, seen.get(p));
      if (c) seen.set(p, c);
    }
    pssKb = Math.max(pssKb, mems.reduce((n, m) => n + m.pss, 0));
    rssKb = Math.max(rssKb, mems.reduce((n, m) => n + m.rss, 0));
  };
  const timer = rss && HAS_PROC ? setInterval(sample, 20) : undefined;
  const status = await new Promise((res) => child.on('close', (code) => res(code)));
  clearInterval(timer);
  const ms = performance.now() - t;
  const treeCpuMs = childrenCpuMs() - cpu0;
  const sampled = [...seen.values()];
  if (status !== 0 && status !== 1) throw new Error(`gongkai ${cliArgs.join(' ')} exited ${status}: ${err}`);
  const m = /GONGKAI_BENCH ([\d.]+) ([\d.]+) (\d+)/.exec(err);
  return {
    ms,
    status,
    treeMB: rss && HAS_PROC ? pssKb / 1024 : undefined,
    treeRssMB: rss && HAS_PROC ? rssKb / 1024 : undefined,
    processMB: m ? Number(m[3]) / 1024 : undefined,
    cpuMs: Number.isFinite(treeCpuMs) ? treeCpuMs : m ? (Number(m[1]) + Number(m[2])) * 1000 : undefined,
    // Sampled every 20 ms: the last few ms of each process are missed.
    workerCpuMs: sampled.length ? sampled.filter((x) => x.worker).reduce((n, x) => n + x.ms, 0) : undefined,
    cliCpuMs: sampled.length ? sampled.filter((x) => !x.worker).reduce((n, x) => n + x.ms, 0) : undefined,
    /** The checking processes' threads other than their main threads (V8's compiler and garbage collector). */
    workerThreadsMs: sampled.length ? sampled.filter((x) => x.worker).reduce((n, x) => n + x.others, 0) : undefined,
    /** Every process's main thread (what runs one after the other when nothing else waits for a core). */
    mainThreadsMs: sampled.length ? sampled.reduce((n, x) => n + x.main, 0) : undefined,
    stdout: Buffer.concat(out).toString('utf8'),
  };
}

// ── Run ───────────────────────────────────────────────────────────────────────────────────────────
log(`gongkai bench: N=${N} per format, ${RUNS} runs, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}`);
log(`formats: ${FORMATS.join(', ')}${NOT_WRITTEN.length ? ` (not generated, no writer here: ${NOT_WRITTEN.join(', ')})` : ''}; work dir ${work}`);
const loadStart = loadavg()[0];
let t0 = performance.now();
// (a) uses up to 300 files per format (--sample to change): throughput is per file, and thousands of
// XLSX files would take minutes to write and check three times over.
const sampleN = Math.min(N, opt('--sample', 300));
await generate(join(work, 'a'), ONLY.has('a') || ONLY.has('p') || ONLY.has('d') ? sampleN : 0, FORMATS, 0);
// (b): a directory of N reports (JSON) with one broken in 200.
if (ONLY.has('b')) await generate(join(work, 'n'), N, ['json'], 200);
// (c): directories of N and N/10 reports in every format in turn (mixed), one in 199 truncated (199: so that
// the truncated ones fall on every format in turn).
const brokenMixed = ONLY.has("c") ? await generate(join(work, "mixed"), N, FORMATS, 199, { mixed: true }) : [];
if (ONLY.has("c")) await generate(join(work, "mixed10"), Math.max(1, Math.floor(N / 10)), FORMATS, 199, { mixed: true });
log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const a = ONLY.has('a') ? await throughput(join(work, 'a'), FORMATS) : [];

// (p) where one report's CPU time goes, per format, over the same files as (a).
const phasesOf = {};
let phaseNames = [];
if (ONLY.has('p')) {
  const { phaseBench, phaseOrder } = await import('./bench-phases.mjs');
  const run = await phaseBench(ROOT);
  for (const f of FORMATS) {
    const files = readdirSync(join(work, 'a', f)).sort().map((n) => join(work, 'a', f, n));
    const r = await run(files, RUNS);
    phasesOf[f] = r;
    phaseNames = phaseOrder(r.categories);
    log(`  (p) ${f}: ${phaseNames.map((k) => `${k} ${r.phases[k].toFixed(2)}`).join(', ')} ms; checkFile ${r.checkFileMs.toFixed(2)} ms (CPU per report)`);
  }
}

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
  const cpu0 = childrenCpuMs();
  await Promise.all(dirs.map((d) => new Promise((res) => spawn(process.execPath, [BIN, 'check', d, '-j', '1'], { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } }).on('exit', res))));
  return { ms: performance.now() - t, cpuMs: childrenCpuMs() - cpu0 };
};
/** The same halves one after the other, 1 job each: the CPU time two gongkai processes take when they do not share the machine. */
const inTurn = async (dirs) => {
  const cpu0 = childrenCpuMs();
  for (const d of dirs) await new Promise((res) => spawn(process.execPath, [BIN, 'check', d, '-j', '1'], { stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } }).on('exit', res));
  return childrenCpuMs() - cpu0;
};
const one = [];
const two = [];
const split = [];
const oneCpu = [];
const twoCpu = [];
const oneCli = [];
const oneWorkers = [];
const twoCli = [];
const twoWorkers = [];
const oneThreads = [];
const oneMains = [];
const twoThreads = [];
const splitCpu = [];
const turnCpu = [];
let exitCode;
for (let r = 0; r < (ONLY.has('b') ? RUNS : 0); r++) {
  const x = await cli(['check', bDir, '-j', '1'], { rss: true });
  const y = await cli(['check', bDir, '-j', '2'], { rss: true });
  const z = await inParallel(halves);
  split.push(z.ms);
  splitCpu.push(z.cpuMs);
  turnCpu.push(await inTurn(halves));
  one.push(x.ms);
  two.push(y.ms);
  oneCpu.push(x.cpuMs);
  twoCpu.push(y.cpuMs);
  oneCli.push(x.cliCpuMs ?? NaN);
  oneWorkers.push(x.workerCpuMs ?? NaN);
  twoCli.push(y.cliCpuMs ?? NaN);
  twoWorkers.push(y.workerCpuMs ?? NaN);
  oneThreads.push(x.workerThreadsMs ?? NaN);
  oneMains.push(x.mainThreadsMs ?? NaN);
  twoThreads.push(y.workerThreadsMs ?? NaN);
  exitCode = y.status;
  log(`  (b) run ${r + 1}: 1 job ${(x.ms / 1000).toFixed(2)} s (CPU ${(x.cpuMs / 1000).toFixed(2)} s: CLI ${((x.cliCpuMs ?? NaN) / 1000).toFixed(2)}, checking ${((x.workerCpuMs ?? NaN) / 1000).toFixed(2)}, of which not on its main thread ${((x.workerThreadsMs ?? NaN) / 1000).toFixed(2)}), 2 jobs ${(y.ms / 1000).toFixed(2)} s (CPU ${(y.cpuMs / 1000).toFixed(2)} s: CLI ${((y.cliCpuMs ?? NaN) / 1000).toFixed(2)}, checking ${((y.workerCpuMs ?? NaN) / 1000).toFixed(2)}, of which not on their main threads ${((y.workerThreadsMs ?? NaN) / 1000).toFixed(2)}), two processes on halves ${(z.ms / 1000).toFixed(2)} s (CPU ${(z.cpuMs / 1000).toFixed(2)} s; in turn ${(turnCpu[r] / 1000).toFixed(2)} s)`);
}
const b = {
  files: N,
  oneMs: median(one),
  twoMs: median(two),
  splitMs: median(split),
  oneCpuMs: median(oneCpu),
  twoCpuMs: median(twoCpu),
  oneCliMs: median(oneCli),
  oneWorkersMs: median(oneWorkers),
  twoCliMs: median(twoCli),
  twoWorkersMs: median(twoWorkers),
  oneThreadsMs: median(oneThreads),
  oneMainsMs: median(oneMains),
  twoThreadsMs: median(twoThreads),
  splitCpuMs: median(splitCpu),
  turnCpuMs: median(turnCpu),
};
b.cpuRatio = b.twoCpuMs / b.oneCpuMs;
// Cores as measured (CPU ÷ wall) depend on the machine's load: a run that waits for a core takes longer
// and seems to use fewer. What one job uses of an idle machine: its CPU time over that of the main threads
// of the CLI and its checking process (which run one after the other, the CLI mostly waiting for replies
// and writing the output at the end), i.e. every thread's time over the time the run cannot be shorter than.
b.measuredCores = b.oneCpuMs / b.oneMs;
b.cores = b.oneCpuMs / b.oneMainsMs;
b.splitRatio = b.splitCpuMs / b.turnCpuMs;
b.speedup = b.oneMs / b.twoMs;
b.ceiling = b.oneMs / b.splitMs;
const summaryLine = !ONLY.has('b') ? '' : (await cli(['check', bDir, '-j', '2'])).stdout.trim().split('\n').filter((l) => l.includes('共检查'))[0] ?? '';

const outJson = join(work, 'out.json');
const outHtml = join(work, 'out.html');
/** Peak memory of `check <dir> -f <format>:file` with 2 jobs (medians of RUNS): the whole tree, and the largest process. */
const rssAt = async (dir, format) => {
  const runs = [];
  for (let r = 0; r < RUNS; r++) runs.push(await cli(['check', dir, '-j', '2', '-f', `${format}:${format === 'html' ? outHtml : outJson}`], { rss: true }));
  return { treeMB: median(runs.map((x) => x.treeMB ?? NaN)), treeRssMB: median(runs.map((x) => x.treeRssMB ?? NaN)), processMB: median(runs.map((x) => x.processMB ?? NaN)) };
};
const NONE = { treeMB: NaN, treeRssMB: NaN, processMB: NaN };
/** `--outputs json,html` (default): which outputs (c) measures. */
const OUTPUTS = new Set((args.includes('--outputs') ? args[args.indexOf('--outputs') + 1] ?? '' : 'json,html').split(','));
const rssFor = async (dir, format) => (OUTPUTS.has(format) ? rssAt(dir, format) : NONE);
const c = ONLY.has('c')
  ? {
      small: Math.max(1, Math.floor(N / 10)),
      large: N,
      json: { small: await rssFor(join(work, 'mixed10'), 'json'), large: await rssFor(join(work, 'mixed'), 'json') },
      html: { small: await rssFor(join(work, 'mixed10'), 'html'), large: await rssFor(join(work, 'mixed'), 'html') },
    }
  : { small: 0, large: 0, json: { small: NONE, large: NONE }, html: { small: NONE, large: NONE } };
// The last (c) run's output: exit code, summary, and whether exactly the broken files are named unreadable.
let mixedLine = '';
if (ONLY.has('c')) {
  const status = (await cli(['check', join(work, 'mixed'), '-j', '2', '-f', `json:${outJson}`])).status;
  const result = JSON.parse(readFileSync(outJson, 'utf8'));
  const byFile = new Map(result.files.map((f) => [f.file, f]));
  const unreadable = brokenMixed.filter((p) => byFile.get(p)?.readable === false).length;
  const withErrors = brokenMixed.filter((p) => byFile.get(p)?.readable && byFile.get(p).errorCount > 0).length;
  const missed = brokenMixed.length - unreadable - withErrors;
  const perFormat = FORMATS.map((f) => `${result.files.filter((x) => x.file.endsWith(WRITERS[f].ext)).length} ${f}`).join(', ');
  mixedLine = `The ${N}-file mixed run (${perFormat}; ${brokenMixed.length} truncated on purpose) exits ${status}. Of the truncated files, ${unreadable} are named unreadable and ${withErrors} readable with errors (what was left of a CSV or HTML page)${missed ? `; ${missed} NOT reported` : ', none missed'}. Summary: ${result.summary.files} files, ${result.summary.clean} clean, ${result.summary.withErrors} with errors, ${result.summary.withWarnings} with warnings, ${result.summary.unreadable} unreadable.`;
  log(`  ${mixedLine}`);
}
const mb = (m) => `${m.treeMB.toFixed(0)} MB PSS (RSS summed ${m.treeRssMB.toFixed(0)} MB, largest process ${m.processMB.toFixed(0)} MB)`;
for (const f of ['json', 'html'].filter((x) => OUTPUTS.has(x))) log(`  (c) peak memory, -f ${f}: ${c.small} files ${mb(c[f].small)}, ${c.large} files ${mb(c[f].large)}`);

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

// (e) PDF against pdftotext -layout, and a PDF of 50 pages or more for peak memory.
const PDF_DIR = join(ROOT, 'fixtures/readers/pdf');
const hasPoppler = ['pdftotext', 'pdfinfo', 'pdfunite'].every((t) => spawnSync(t, ['-v']).status === 0);
const pdfs = ONLY.has('e') && hasPoppler && existsSync(PDF_DIR)
  ? readdirSync(PDF_DIR).sort().map((c) => join(PDF_DIR, c, 'input.pdf')).filter((p) => existsSync(p) && !/scanned/.test(p))
  : [];
if (ONLY.has('e') && !hasPoppler) log('  (e) not measured: pdftotext, pdfinfo or pdfunite missing (scripts/install-system-deps.sh installs poppler-utils)');
let e;
if (pdfs.length > 0) {
  const dir = join(work, 'pdf');
  mkdirSync(dir);
  let k = 0;
  // About 40 files in all: every fixture at least once (36 cases today), the few of old 5 times each.
  const copies = Math.max(1, Math.ceil(40 / pdfs.length));
  for (const p of pdfs) for (let i = 0; i < copies; i++) cpSync(p, join(dir, `r${String(k++).padStart(3, '0')}.pdf`));
  const files = readdirSync(dir).sort().map((f) => join(dir, f));
  const gkMs = [];
  const ptMs = [];
  for (let r = 0; r < RUNS; r++) {
    gkMs.push((await cli(['check', dir, '-j', '1', '-f', 'json', '-o', join(work, 'pdf-out.json')])).ms);
    const t = performance.now();
    for (const f of files) spawnSync('pdftotext', ['-layout', f, '-'], { stdio: 'ignore' });
    ptMs.push(performance.now() - t);
  }
  // Where the time goes: pdfjs-dist alone (open, every page's getOperatorList — all the reader asks of it
  // since it takes the text from the operator list too, nothing of gongkai's own) over the same files in this process, warm, against
  // the whole check. What is left is gongkai's: starting the run, the checking process, reading pdfjs,
  // table geometry, label matching, rules and output.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const pdfjsData = (folder) => `${join(ROOT, 'node_modules/pdfjs-dist', folder)}/`;
  // pdfjs alone as the reader and a checking process use it: the reader's font options (no glyph outlines in
  // Node), its direct channel to pdfjs's worker code (pdf-load.ts), pdfjs inflating in the process (inflate.ts), Node's base64 (base64.ts).
  const { FONT_OPTIONS } = await import('../dist/readers/pdf-doc.js');
  const { pdfWorker } = await import('../dist/readers/pdf-load.js');
  const { inflateInProcess } = await import('../dist/node/inflate.js');
  const { nativeBase64 } = await import('../dist/node/base64.js');
  inflateInProcess();
  nativeBase64();
  const bareOnce = async () => {
    const t = performance.now();
    for (const f of files) {
      const worker = await pdfWorker();
      const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(f)), worker, cMapUrl: pdfjsData('cmaps'), cMapPacked: true, standardFontDataUrl: pdfjsData('standard_fonts'), isEvalSupported: false, useSystemFonts: false, ...FONT_OPTIONS, verbosity: 0 }).promise;
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        await page.getOperatorList();
      }
      await doc.destroy();
      worker.destroy();
    }
    return performance.now() - t;
  };
  const firstMs = await bareOnce();
  const pdfjsMs = [];
  for (let r = 0; r < RUNS; r++) pdfjsMs.push(await bareOnce());
  const pages = (f) => Number(/^Pages:\s+(\d+)/m.exec(spawnSync('pdfinfo', [f], { encoding: 'utf8' }).stdout)?.[1] ?? 0);
  const parts = [];
  let joined = 0;
  while (joined < 50) {
    for (const p of pdfs) {
      if (joined >= 50) break;
      parts.push(p);
      joined += Math.max(1, pages(p));
    }
  }
  const big = join(work, 'fifty.pdf');
  spawnSync('pdfunite', [...parts, big]);
  const mem = await cli(['check', big, '-j', '1', '-f', 'json', '-o', join(work, 'fifty.json')], { rss: true });
  e = { files: files.length, gkMs: median(gkMs), ptMs: median(ptMs), pdfjsMs: median(pdfjsMs), pdfjsFirstMs: firstMs, pages: pages(big), mem };
  e.ratio = e.gkMs / e.ptMs;
  log(`  (e) PDF: ${e.files} files ${(e.gkMs / 1000).toFixed(2)} s vs pdftotext ${(e.ptMs / 1000).toFixed(2)} s = ${e.ratio.toFixed(2)}×; pdfjs-dist alone ${(e.pdfjsMs / 1000).toFixed(2)} s (${(e.pdfjsMs / e.ptMs).toFixed(2)}× pdftotext; first pass ${(e.pdfjsFirstMs / 1000).toFixed(2)} s); ${e.pages} pages: ${mem.treeMB?.toFixed(0)} MB`);
}

// ── Report ────────────────────────────────────────────────────────────────────────────────────────
const ok = (pass) => (pass ? '✔' : '✘');
const lines = [];
lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, load average ${loadStart.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end; N = ${N}, medians of ${RUNS} runs (cold start: ${gk.length}).`);
lines.push('');
lines.push('| measure | result | target |');
lines.push('|---|---|---|');
/** Target of (a) per format: check time ≤ this many times the bare parse. */
const PARSE_TARGET = { json: 3, csv: 3, xlsx: 1.5, html: 1.5 };
const ms2 = (x) => x.toFixed(2);
/** One sentence on what a format's check costs, from (p): its three largest parts and why each is needed. */
function whyCost(f) {
  const r = phasesOf[f];
  if (!r) return 'run with `--only a,p` for where the time goes';
  const top = phaseNames.filter((k) => !['json', 'pretty'].includes(k)).sort((x, y) => r.phases[y] - r.phases[x]).slice(0, 3);
  const rulesOf = (k) => {
    if (!k.startsWith('rules:')) return '';
    const cat = k.slice(6);
    const ids = Object.entries(r.perRule).filter(([id]) => phasesOfRuleCategory(id) === cat).sort((x, y) => y[1] - x[1]).slice(0, 3);
    return ids.length ? `, most in ${ids.map(([id, v]) => `${id} ${ms2(v)}`).join(', ')}` : '';
  };
  return `of ${ms2(r.checkFileMs)} ms CPU per report, ${top.map((k) => `${k} takes ${ms2(r.phases[k])} ms${rulesOf(k)}: ${why(k, f)}`).join('; ')}`;
}
const { why } = ONLY.has('p') ? await import('./bench-phases.mjs') : { why: () => '' };
const { RULES } = ONLY.has('p') ? await dist('rules/index.js') : { RULES: [] };
const phasesOfRuleCategory = (id) => RULES.find((x) => x.id === id)?.category;
const misses = [];
for (const r of a) {
  const target = PARSE_TARGET[r.format] ?? 3;
  const pass = r.ratio <= target;
  lines.push(`| (a) check vs bare parse, ${r.format} (${r.files} files, CPU time) | ${r.checkMs.toFixed(2)} vs ${r.parseMs.toFixed(2)} ms/file = **${r.ratio.toFixed(2)}×** | ≤ ${target}× ${ok(pass)} |`);
  if (!pass) misses.push(`- (a) ${r.format} ✘: ${whyCost(r.format)}.`);
}
if (ONLY.has('b')) {
  const per = (x) => `${(x / b.files).toFixed(2)} ms`;
  lines.push(`| (b) CPU time per report, ${b.files} JSON reports, 1 → 2 jobs (the CLI and its checking processes) | ${per(b.oneCpuMs)} → ${per(b.twoCpuMs)} = **${b.cpuRatio.toFixed(2)}×** (CLI process ${per(b.oneCliMs)} → ${per(b.twoCliMs)}, checking processes ${per(b.oneWorkersMs)} → ${per(b.twoWorkersMs)}). Two separate gongkai processes on the two halves, at once: ${(b.splitCpuMs / 1000).toFixed(2)} s CPU, one after the other: ${(b.turnCpuMs / 1000).toFixed(2)} s = ${b.splitRatio.toFixed(2)}× | ≤ 1.1× ${ok(b.cpuRatio <= 1.1)} |`);
  if (b.cpuRatio > 1.1) {
    // Two gongkai runs on the halves one after the other pay a run's fixed cost twice (a CLI and a checking
    // process started, the code loaded and compiled anew): what that costs over one run on all the files.
    const fixed = b.turnCpuMs - b.oneCpuMs;
    misses.push(
      `- (b) 2 jobs ✘: the checking processes take ${per(b.twoWorkersMs)} of CPU per report with 2 jobs against ${per(b.oneWorkersMs)} with 1, ${per(b.twoThreadsMs)} against ${per(b.oneThreadsMs)} of it on V8's compiler and garbage-collector threads (the CLI process ${per(b.twoCliMs)} against ${per(b.oneCliMs)}). ` +
        `A second checking process starts, loads and compiles the checking code anew — Node 20 keeps no compiled code between processes: two runs on the halves one after the other take ${(fixed / 1000).toFixed(2)} s (${per(fixed)} per report) more CPU than one run on all — ` +
        `and two processes at once take ${b.splitRatio.toFixed(2)}× the CPU time of the same two one after the other (this machine's two vCPUs slowing each other down).`,
    );
  }
  lines.push(`| (b) cores used by one job: CPU time ÷ its processes' main threads' time (as on an idle machine) | ${(b.oneCpuMs / 1000).toFixed(2)} s ÷ ${(b.oneMainsMs / 1000).toFixed(2)} s = **${b.cores.toFixed(2)}** (CPU ÷ wall here, at this load: ${(b.oneCpuMs / 1000).toFixed(2)} s ÷ ${(b.oneMs / 1000).toFixed(2)} s = ${b.measuredCores.toFixed(2)}) | ≤ 1.1 ${ok(b.cores <= 1.1)} |`);
  if (b.cores > 1.1) misses.push(`- (b) cores ✘: of ${(b.oneCpuMs / 1000).toFixed(2)} s CPU, the checking process took ${(b.oneWorkersMs / 1000).toFixed(2)} s, ${(b.oneThreadsMs / 1000).toFixed(2)} s of it on V8's compiler and garbage-collector threads beside its main thread, and the CLI ${(b.oneCliMs / 1000).toFixed(2)} s; that work is needed (the optimised code and the collected heap): moved onto the main thread (node --single-threaded, measured on this machine) it costs the same CPU time and lengthens the run by as much.`);
}
if (ONLY.has('b')) lines.push(`| (b) wall time, ${b.files} JSON reports, 1 → 2 jobs | ${(b.oneMs / 1000).toFixed(2)} s → ${(b.twoMs / 1000).toFixed(2)} s = **${b.speedup.toFixed(2)}×** (CPU ${(b.oneCpuMs / 1000).toFixed(2)} s → ${(b.twoCpuMs / 1000).toFixed(2)} s). The machine's own ceiling: two separate processes, 1 job each, on the two halves at once: ${(b.splitMs / 1000).toFixed(2)} s = ${b.ceiling.toFixed(2)}× | ≥ 1.8× ${ok(b.speedup >= 1.8)} |`);
for (const f of ONLY.has('c') ? ['json', 'html'].filter((x) => OUTPUTS.has(x)) : []) {
  const x = c[f];
  lines.push(`| (c) peak memory, ${c.small} → ${c.large} mixed files, \`-f ${f}\` to a file (2 jobs; every process of the run, PSS summed) | ${x.small.treeMB.toFixed(0)} MB → **${x.large.treeMB.toFixed(0)} MB** (RSS summed ${x.small.treeRssMB.toFixed(0)} → ${x.large.treeRssMB.toFixed(0)} MB; largest single process ${x.small.processMB.toFixed(0)} → ${x.large.processMB.toFixed(0)} MB) | ≤ 200 MB ${ok(x.large.treeMB <= 200)} |`);
}
if (ONLY.has('d')) lines.push(`| (d) cold start \`gongkai check one.json\` vs \`node -e ""\` | ${d.gongkaiMs.toFixed(0)} vs ${d.bareMs.toFixed(0)} ms = **${d.ratio.toFixed(2)}×** | ≤ 2.5× ${ok(d.ratio <= 2.5)} |`);
if (e) {
  lines.push(`| (e) PDF: \`gongkai check\` of ${e.files} PDFs (1 job) vs \`pdftotext -layout\` of each | ${(e.gkMs / 1000).toFixed(2)} vs ${(e.ptMs / 1000).toFixed(2)} s = **${e.ratio.toFixed(2)}×** | ≤ 3× ${ok(e.ratio <= 3)} |`);
  lines.push(`| (e) PDF, where the time goes: pdfjs-dist alone (open, the operator list of every page — text, rulings, pictures: all the reader asks of it — warm, in one process) on the same files | ${(e.pdfjsMs / 1000).toFixed(2)} s = **${(e.pdfjsMs / e.ptMs).toFixed(2)}× pdftotext** (first pass, loading it: ${(e.pdfjsFirstMs / 1000).toFixed(2)} s); gongkai's own work on top: ${((e.gkMs - e.pdfjsMs) / 1000).toFixed(2)} s | the library's floor: ≤ 3× ${ok(e.pdfjsMs / e.ptMs <= 3)} |`);
  if (e.mem.treeMB !== undefined) lines.push(`| (e) PDF: peak memory checking one ${e.pages}-page PDF (every process, PSS summed) | **${e.mem.treeMB.toFixed(0)} MB** (largest process ${e.mem.processMB?.toFixed(0) ?? '?'} MB) | ≤ 300 MB ${ok(e.mem.treeMB <= 300)} |`);
}
if (ONLY.has('p') && phaseNames.length) {
  const fs = FORMATS.filter((f) => phasesOf[f]);
  lines.push('', `(p) CPU time per report in ms, phase by phase (the same ${sampleN} files per format as (a); \`scripts/bench-phases.mjs\`):`, '');
  lines.push(`| phase | ${fs.join(' | ')} |`, `|---|${fs.map(() => '---:').join('|')}|`);
  for (const k of phaseNames) lines.push(`| ${k} | ${fs.map((f) => ms2(phasesOf[f].phases[k])).join(' | ')} |`);
  lines.push(`| **check, whole** (checkFile) | ${fs.map((f) => `**${ms2(phasesOf[f].checkFileMs)}**`).join(' | ')} |`);
  const aOf = Object.fromEntries(a.map((r) => [r.format, r]));
  if (a.length) lines.push(`| bare parse (a) | ${fs.map((f) => (aOf[f] ? ms2(aOf[f].parseMs) : '')).join(' | ')} |`);
}
if (misses.length) lines.push('', 'Targets missed, and why:', '', ...misses);
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
