/// <reference lib="dom" />
/**
 * The offline page (issue #18): choose or drop reports, check them in Web Workers with the core of the
 * CLI (worker.ts), see a summary table, open each report's annotated official-layout view, download the
 * results. Nothing is fetched and nothing is stored: the page holds the files the user gave it for as
 * long as it is open. Hooks for tests: the file input `data-testid="files"`, the results download
 * `data-testid="download-json"`, and `<body data-state="done">` once every file has a result.
 */
import type { Diagnostic, FileResult, ReportFacts, Severity } from '../core.js';
import { fromDrop, fromInput, sortEntries, type Entry } from './files.js';
import { Stopped, WorkerPool, type Job } from './pool.js';
import type { Checked, FileKind, Finished, Lang, NotChecked, Request, View } from './protocol.js';
import { WORDS, fill, type WordKey } from './words.js';

/** The CLI's defaults: --timeout 60 and --max-size 50MB. */
const DEFAULT_TIMEOUT_S = 60;
const MAX_SIZE = 50 * 1024 * 1024;

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

let lang: Lang = 'zh';
const t = (key: WordKey, data?: Record<string, string | number>): string => (data ? fill(WORDS[lang][key], data) : WORDS[lang][key]);

/** The worker script, carried in the page as a JSON string (scripts/build-app.mjs). */
const workerCode = JSON.parse($('gongkai-worker').textContent ?? '""') as string;
const pool = new WorkerPool(workerCode, Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1)), (e) => showError(e.message));

/** The files of the last run, their results, and the run's totals and downloads. */
let entries: Entry[] = [];
let finished: Finished | undefined;
/** Index in `finished.run.files` → index in `entries` (a folder's JSON file that holds no report is left out). */
let entryOf: number[] = [];
let sort: { key: SortKey; up: boolean } = { key: 'file', up: true };
type SortKey = 'file' | 'agency' | 'year' | 'format' | 'errors' | 'warnings' | 'infos';

function setState(state: 'idle' | 'working' | 'done'): void {
  document.body.dataset.state = state;
  for (const id of ['files', 'folder', 'lang']) ($(id) as HTMLInputElement | HTMLButtonElement).disabled = state === 'working';
}

function showError(reason: string): void {
  const box = $('page-error');
  box.textContent = t('pageError', { reason });
  box.hidden = false;
}

/** Puts the words of the current language on the page. */
function applyWords(): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('pageTitle');
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-t]'))) el.textContent = t(el.dataset.t as WordKey);
  const button = $('lang');
  button.textContent = t('switchTo');
  button.setAttribute('aria-label', t('switchLabel'));
  button.lang = lang === 'zh' ? 'en' : 'zh-CN';
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-sort]'))) {
    b.setAttribute('aria-label', t('sortBy', { col: b.textContent ?? '' }));
  }
}

/** The time limit per file set on the page, in milliseconds (0: none). */
function limitMs(): number {
  const s = Number(($('timeout') as HTMLInputElement).value);
  return Number.isFinite(s) && s >= 0 ? Math.round(s * 1000 * 1000) / 1000 : DEFAULT_TIMEOUT_S * 1000;
}

/** Seconds as the CLI writes them in the time-limit message (node/pool.ts). */
function seconds(ms: number): string {
  return ms >= 1000 ? String(Math.round(ms / 100) / 10) : String(ms / 1000);
}

function ask<T>(request: Request, limit = 0, transfer?: Transferable[]): Promise<T> {
  return pool.run<T>(async (): Promise<Job> => (transfer ? { request, transfer } : { request }), limit);
}

/** The browser cannot read a file it was given: moved, renamed or deleted since (or no longer allowed). */
function gone(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'NotFoundError' || e.name === 'NotReadableError');
}

/** One file's result: checked in a worker within the time limit, or named with why it was not. */
async function checkOne(e: Entry, limit: number): Promise<Checked> {
  const notChecked = (reason: NotChecked) => ask<Checked>({ kind: 'notChecked', name: e.name, lang, reason });
  if (e.file.size > MAX_SIZE) return notChecked({ why: 'tooLarge', size: e.file.size, limit: MAX_SIZE });
  try {
    return await pool.run<Checked>(async () => {
      const bytes = await e.file.arrayBuffer();
      return { request: { kind: 'check', name: e.name, bytes, lang }, transfer: [bytes] };
    }, limit);
  } catch (err) {
    if (gone(err)) return notChecked({ why: 'gone' });
    if (!(err instanceof Stopped)) throw err;
    return notChecked(err.why === 'timeout' ? { why: 'timeout', seconds: seconds(limit) } : { why: 'crashed', how: t('crashedHow') });
  }
}

/** Checks the files given, then the years across them; the page shows the results. */
async function run(given: Entry[], skipped: { notYet: number; otherFormats: number }): Promise<void> {
  entries = sortEntries(given);
  finished = undefined;
  closeView();
  $('results').hidden = true;
  if (entries.length === 0) {
    const n = skipped.notYet + skipped.otherFormats;
    const status = $('status');
    status.textContent = t('noFiles', { skipped: n > 0 ? t('skipped', { n }) : '' });
    $('progress-box').hidden = false;
    ($('progress') as HTMLProgressElement).value = 0;
    setState('idle');
    return;
  }
  setState('working');
  const limit = limitMs();
  const progress = $('progress') as HTMLProgressElement;
  const status = $('status');
  $('progress-box').hidden = false;
  progress.max = entries.length;
  progress.value = 0;
  let done = 0;
  status.textContent = t('progress', { done, total: entries.length });
  const checked = await Promise.all(
    entries.map(async (e) => {
      const c = await checkOne(e, limit);
      done++;
      progress.value = done;
      status.textContent = t('progress', { done, total: entries.length });
      return c;
    }),
  );
  status.textContent = t('finishing');
  const files: FileResult[] = checked.map((c) => c.result);
  const facts: (ReportFacts | undefined)[] = checked.map((c) => c.facts);
  finished = await ask<Finished>({ kind: 'finish', files, facts, found: entries.map((e) => e.found), lang, skipped });
  entryOf = finished.kept;
  status.textContent = t('progress', { done, total: entries.length });
  showResults();
  setState('done');
}

/** The level filter: the severities shown. */
function shownSeverities(): Set<Severity> {
  const v = ($('severity') as HTMLSelectElement).value;
  return new Set<Severity>(v === 'error' ? ['error'] : v === 'warning' ? ['error', 'warning'] : ['error', 'warning', 'info']);
}

/** A file's findings that pass the filters (level and rule). */
function shownDiagnostics(f: FileResult): Diagnostic[] {
  const sev = shownSeverities();
  const rule = ($('rule') as HTMLSelectElement).value;
  return f.diagnostics.filter((d) => sev.has(d.severity) && (rule === '' || d.ruleId === rule));
}

function filtersActive(): boolean {
  return ($('severity') as HTMLSelectElement).value !== 'all' || ($('rule') as HTMLSelectElement).value !== '';
}

function sortValue(f: FileResult, key: SortKey): string | number {
  switch (key) {
    case 'file':
      return f.file;
    case 'agency':
      return f.agency ?? '';
    case 'year':
      return f.year ?? 0;
    case 'format':
      return f.readable ? (f.format ?? '') : '';
    case 'errors':
      return f.errorCount;
    case 'warnings':
      return f.warningCount;
    case 'infos':
      return f.infoCount;
  }
}

function cell(tag: 'td' | 'th', text: string, cls?: string): HTMLTableCellElement {
  const c = document.createElement(tag);
  c.textContent = text;
  if (cls) c.className = cls;
  return c;
}

/** A count; a badge with its mark when it is errors or warnings and not zero (as the batch HTML page). */
function countCell(n: number, severity?: 'error' | 'warning'): HTMLTableCellElement {
  const c = document.createElement('td');
  c.className = 'n';
  const span = document.createElement('span');
  span.className = severity && n > 0 ? `count c-${severity}` : 'count';
  span.textContent = String(n);
  c.append(span);
  return c;
}

/** The rule filter's choices: the rules that have findings in this run. */
function fillRules(files: FileResult[]): void {
  const select = $('rule') as HTMLSelectElement;
  const current = select.value;
  const rules = [...new Set(files.flatMap((f) => f.diagnostics.map((d) => d.ruleId)))].sort();
  select.replaceChildren();
  const all = document.createElement('option');
  all.value = '';
  all.textContent = t('allRules');
  select.append(all);
  for (const r of rules) {
    const o = document.createElement('option');
    o.value = r;
    o.textContent = r;
    select.append(o);
  }
  select.value = rules.includes(current) ? current : '';
}

function showResults(): void {
  if (!finished) return;
  const { run } = finished;
  const s = run.summary;
  const skipped = s.skipped ? s.skipped.notReport + s.skipped.notYet + s.skipped.otherFormats : 0;
  $('totals').textContent = t('totals', { files: s.files, errors: s.errors, warnings: s.warnings, infos: s.infos, unreadable: s.unreadable }) + (skipped > 0 ? ` ${t('skipped', { n: skipped })}` : '');
  fillRules(run.files);
  renderRows();
  $('results').hidden = false;
}

function renderRows(): void {
  if (!finished) return;
  const files = finished.run.files;
  const active = filtersActive();
  const order = files
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => !active || shownDiagnostics(f).length > 0)
    .sort((a, b) => {
      const x = sortValue(a.f, sort.key);
      const y = sortValue(b.f, sort.key);
      // Equals stay in path order, whichever way the column is sorted.
      if (x === y) return a.i - b.i;
      return (x < y ? -1 : 1) * (sort.up ? 1 : -1);
    });
  const body = $('summary').querySelector('tbody')!;
  body.replaceChildren();
  for (const { f, i } of order) {
    const tr = document.createElement('tr');
    tr.dataset.fileIndex = String(i + 1);
    const th = document.createElement('th');
    th.scope = 'row';
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'link';
    open.textContent = f.file;
    open.addEventListener('click', () => void openView(i, true));
    th.append(open);
    tr.append(
      th,
      cell('td', f.agency ?? ''),
      cell('td', f.year !== undefined ? String(f.year) : '', 'n'),
      cell('td', f.readable ? (f.format ?? '') : t('unreadable')),
      countCell(f.errorCount, 'error'),
      countCell(f.warningCount, 'warning'),
      countCell(f.infoCount),
    );
    body.append(tr);
  }
  $('none-shown').hidden = order.length > 0;
  for (const h of Array.from($('summary').querySelectorAll<HTMLTableCellElement>('thead th'))) {
    const key = h.querySelector<HTMLButtonElement>('button[data-sort]')?.dataset.sort;
    if (key === sort.key) h.setAttribute('aria-sort', sort.up ? 'ascending' : 'descending');
    else h.removeAttribute('aria-sort');
  }
}

/** Saves `data` as a file (a Blob URL on a link: nothing leaves the machine). */
function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file's name without its folders and extension, for the names of its downloads. */
function stem(name: string): string {
  const base = name.split('/').pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

let viewing: { index: number; view?: View } | undefined;
let viewSeq = 0;

/** The view's buttons that need a drawn report page: its downloads and 打印本报告. */
const VIEW_BUTTONS = ['download-html', 'download-normalized', 'download-tidy', 'print-report'];

/**
 * The print-only copy of the report page shown in the frame: a browser prints a frame only as far as it
 * shows on screen, so printing the page (Ctrl+P, the browser's menu, 打印本报告) prints this copy instead,
 * whole, and nothing of the page around it (style.css, `body[data-print="report"]`). The copy lives in a
 * closed shadow root, so that the report's style sheet and the page's do not mix and its ids (the report's
 * `#report`…) are its own: nothing that looks into the page — its script, a test's locator, an assistive
 * tool — finds the report twice. It is parsed by DOMParser, which runs nothing; its style sheet is allowed
 * by the page's policy by its hash (the policy the frame's page inherits), and the policy fetches nothing.
 * `undefined`: no report page shown, the page prints itself.
 */
const printCopy = $('print-view').attachShadow({ mode: 'closed' });
/** The title of the report page in the print copy: the browser prints it in the page header, not the page's own. */
let printTitle: string | undefined;
let pageTitle: string | undefined;

function setPrintCopy(html: string | undefined): void {
  if (html === undefined) {
    printCopy.replaceChildren();
    printTitle = undefined;
    delete document.body.dataset.print;
    return;
  }
  const doc = new DOMParser().parseFromString(html, 'text/html');
  printCopy.replaceChildren(...Array.from(doc.head.querySelectorAll('style')), ...Array.from(doc.body.childNodes));
  printTitle = doc.title.trim() || undefined;
  document.body.dataset.print = 'report';
}

// While a report is printed, the page carries its title (the browser's print header and a saved PDF's name).
window.addEventListener('beforeprint', () => {
  if (printTitle === undefined) return;
  pageTitle = document.title;
  document.title = printTitle;
});
window.addEventListener('afterprint', () => {
  if (pageTitle === undefined) return;
  document.title = pageTitle;
  pageTitle = undefined;
});

function closeView(): void {
  viewing = undefined;
  viewSeq++;
  $('report').hidden = true;
  $('report').removeAttribute('aria-busy');
  $('view-box').replaceChildren();
  setPrintCopy(undefined);
}

/**
 * A report page in a frame of its own, made new for each view (Chromium leaves a frame whose srcdoc is
 * changed twice in one go without layout). Sandboxed: no script, no same origin; it inherits the page's
 * Content-Security-Policy.
 */
function showFrame(html: string, title: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', '');
  frame.id = 'view';
  frame.dataset.testid = 'view';
  frame.title = title;
  frame.srcdoc = html;
  $('view-box').replaceChildren(frame);
  return frame;
}

/**
 * Shows file `i`'s annotated official-layout view (drawn in a worker from its bytes, within the time limit).
 * `opened`: the person asked for this view (a row's button): the page scrolls to it and the view takes the
 * focus once drawn. When a filter changes, the view shown is drawn again in place: the page neither
 * scrolls nor moves the focus (the redraw ends later, while the person may be clicking elsewhere — a
 * scroll then would move what is under the pointer). `#report` is aria-busy while a view is being drawn.
 */
async function openView(i: number, opened: boolean): Promise<void> {
  if (!finished) return;
  const f = finished.run.files[i]!;
  const entry = entries[entryOf[i]!]!;
  const seq = ++viewSeq;
  viewing = { index: i };
  $('report-title').textContent = t('reportTitle', { file: f.file });
  // Drawn again in place: the last view stays until the new one replaces it (the page keeps its height).
  if (opened) {
    $('view-box').replaceChildren();
    setPrintCopy(undefined);
  }
  const note = $('view-note');
  const list = $('view-findings');
  list.replaceChildren();
  list.hidden = true;
  note.textContent = t('viewLoading');
  note.hidden = false;
  for (const id of VIEW_BUTTONS) $(id).hidden = true;
  const report = $('report');
  report.hidden = false;
  report.setAttribute('aria-busy', 'true');
  if (opened) {
    // The focus goes to the view's heading at once (not into the frame when it is drawn): a keyboard or
    // screen reader user hears which report opened, Tab reaches 返回 and the downloads, then the frame;
    // and Escape (read by this page, which a frame's keys do not reach) goes back.
    report.scrollIntoView();
    $('report-title').focus({ preventScroll: true });
  }
  const diagnostics = shownDiagnostics(f);
  let view: View;
  try {
    view = f.readable
      ? await pool.run<View>(async () => {
          const bytes = await entry.file.arrayBuffer();
          return { request: { kind: 'view', name: f.file, bytes, lang, diagnostics }, transfer: [bytes] };
        }, limitMs())
      : {};
  } catch (e) {
    if (seq !== viewSeq) return;
    report.removeAttribute('aria-busy');
    const reason = gone(e) ? t('fileGone') : e instanceof Stopped ? t(e.why === 'timeout' ? 'viewTimeout' : 'crashedHow', { seconds: seconds(limitMs()) }) : e instanceof Error ? e.message : String(e);
    note.textContent = t('viewFailed', { reason });
    $('view-box').replaceChildren();
    setPrintCopy(undefined);
    return;
  }
  if (seq !== viewSeq) return;
  report.removeAttribute('aria-busy');
  viewing = { index: i, view };
  if (view.html) {
    note.hidden = true;
    showFrame(view.html, t('viewFrame', { file: f.file }));
    setPrintCopy(view.html);
    for (const id of VIEW_BUTTONS) $(id).hidden = false;
    return;
  }
  note.textContent = t('viewUnreadable');
  $('view-box').replaceChildren();
  setPrintCopy(undefined);
  for (const d of diagnostics) {
    const li = document.createElement('li');
    li.className = `sev-${d.severity}`;
    const sev = document.createElement('span');
    sev.className = `sev sev-${d.severity}`;
    sev.textContent = `${d.severity === 'error' ? '✖' : d.severity === 'warning' ? '▲' : 'ℹ'} ${t(d.severity)}`;
    li.append(sev, ` ${d.message}${d.hint ? ` ${d.hint}` : ''}`);
    list.append(li);
  }
  list.hidden = false;
}

/** Files from a folder: the ones the CLI would read are checked; the others counted as left out. */
async function checkGiven(given: Entry[]): Promise<void> {
  const found = given.filter((e) => e.found);
  const kinds = found.length > 0 ? await ask<FileKind[]>({ kind: 'classify', names: found.map((e) => e.name) }) : [];
  const kindOf = new Map(found.map((e, i) => [e, kinds[i]!]));
  const skipped = { notYet: 0, otherFormats: 0 };
  const kept = given.filter((e) => {
    const k = kindOf.get(e);
    if (k === 'notYet') skipped.notYet++;
    else if (k === 'other') skipped.otherFormats++;
    return k === undefined || k === 'read';
  });
  await run(kept, skipped);
}

function start(given: Promise<Entry[]> | Entry[]): void {
  // At once, before anything is read: a test (or a person) never sees the last run's "done" for this one.
  setState('working');
  Promise.resolve(given)
    .then(checkGiven)
    .catch((e: unknown) => {
      showError(e instanceof Error ? e.message : String(e));
      setState('idle');
    });
}

function wire(): void {
  const files = $('files') as HTMLInputElement;
  const folder = $('folder') as HTMLInputElement;
  for (const input of [files, folder]) {
    input.addEventListener('change', () => {
      if (input.files && input.files.length > 0) start(fromInput(input.files));
      input.value = '';
    });
  }
  const zone = $('pick');
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    if (document.body.dataset.state === 'working' || !e.dataTransfer) return;
    start(fromDrop(e.dataTransfer));
  });
  // A file dropped beside the drop zone is not opened by the browser in place of the page.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());
  $('lang').addEventListener('click', () => {
    lang = lang === 'zh' ? 'en' : 'zh';
    applyWords();
    // The findings are worded when checked: checked again in the new language.
    if (finished) start(entries.slice());
  });
  for (const id of ['severity', 'rule']) {
    $(id).addEventListener('change', () => {
      renderRows();
      if (viewing) void openView(viewing.index, false);
    });
  }
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-sort]'))) {
    b.addEventListener('click', () => {
      const key = b.dataset.sort as SortKey;
      sort = sort.key === key ? { key, up: !sort.up } : { key, up: true };
      renderRows();
    });
  }
  $('download-json').addEventListener('click', () => finished && download('gongkai-results.json', finished.json, 'application/json'));
  $('download-csv').addEventListener('click', () => finished && download('gongkai-findings.csv', finished.csv, 'text/csv'));
  const back = (): void => {
    const i = viewing?.index;
    closeView();
    if (i !== undefined) $('summary').querySelector<HTMLButtonElement>(`tr[data-file-index="${i + 1}"] button`)?.focus();
  };
  $('back').addEventListener('click', back);
  // Escape leaves the view, as 返回 does.
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented || $('report').hidden) return;
    e.preventDefault();
    back();
  });
  const current = (): { name: string; view: View } | undefined => {
    if (!viewing?.view || !finished) return undefined;
    return { name: stem(finished.run.files[viewing.index]!.file), view: viewing.view };
  };
  $('download-html').addEventListener('click', () => {
    const c = current();
    if (c?.view.html) download(`${c.name}-annotated.html`, c.view.html, 'text/html');
  });
  $('download-normalized').addEventListener('click', () => {
    const c = current();
    if (c?.view.json) download(`${c.name}-normalized.json`, c.view.json, 'application/json');
  });
  $('download-tidy').addEventListener('click', () => {
    const c = current();
    if (c?.view.csv) download(`${c.name}-tidy.csv`, c.view.csv, 'text/csv');
  });
  // The browser's own print (the same as Ctrl+P): the report shown, whole (setPrintCopy).
  $('print-report').addEventListener('click', () => window.print());
  const year = $('template-year') as HTMLInputElement;
  year.value = String(new Date().getFullYear() - 1);
  $('download-template').addEventListener('click', () => {
    const y = Number(year.value);
    const note = $('template-note');
    note.textContent = '';
    ask<Uint8Array | undefined>({ kind: 'template', year: y }).then(
      (bytes) => {
        if (bytes) download(lang === 'zh' ? `年度报告模板-${y}.xlsx` : `annual-report-template-${y}.xlsx`, bytes as BlobPart, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        else note.textContent = t('templateNoFormat', { year: Number.isFinite(y) ? y : year.value });
      },
      (e: unknown) => showError(e instanceof Error ? e.message : String(e)),
    );
  });
}

applyWords();
wire();
setState('idle');
