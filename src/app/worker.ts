/// <reference lib="dom" />
/**
 * The checking worker of the offline page: the pure core (src/core.ts), bundled in, does all the work —
 * the same readers, rules, messages and results as `gongkai check`. It answers one request at a time
 * (protocol.ts); the page times each one and replaces a worker that takes too long.
 */
import './no-eval.js';
import {
  CrossFile,
  addToSummary,
  emptySummary,
  FORMATTERS,
  NOT_YET,
  ReadError,
  VERSION,
  checkBytes,
  extensionOf,
  factsKey,
  readResolved,
  readableExtensions,
  renderCsv,
  renderHtml,
  renderNormalizedJson,
  renderTemplate,
  formatForYear,
  sizeOverLimit,
  unreadCells,
  unreadableResult,
  type FileResult,
  type RunResult,
} from '../core.js';
import { cMap } from './cmaps.js';
import type { Checked, Envelope, FileKind, Finished, Lang, NotChecked, Reply, Request, View } from './protocol.js';

interface WorkerScope {
  onmessage: ((e: MessageEvent<Envelope>) => void) | null;
  postMessage(message: Reply | { ready: true }, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** A file the page did not give to a worker, or whose worker was stopped: its read-error, as the CLI words it. */
function notChecked(name: string, lang: Lang, reason: NotChecked): FileResult {
  const finding = (messageId: string, data: Record<string, string>) => unreadableResult(name, { ruleId: 'read-error', messageId, data, location: {} }, { lang });
  switch (reason.why) {
    case 'timeout':
      return finding('timeout', { seconds: reason.seconds });
    case 'crashed':
      return finding('crashed', { how: reason.how });
    case 'tooLarge':
      return finding('tooLarge', sizeOverLimit(reason.size, reason.limit, lang));
    case 'gone':
      return finding('notFound', { path: name });
  }
}

/** The read-error of a JSON file that holds no report (readers/json.ts notReport…), as node/file.ts tells it. */
function notReport(result: FileResult): boolean {
  const d = result.diagnostics[0];
  return !result.readable && result.diagnostics.length === 1 && d?.ruleId === 'read-error' && d.messageId.startsWith('notReport');
}

/** The run's counts, as node/run.ts counts them. */
function summarize(files: FileResult[]): RunResult['summary'] {
  const s = emptySummary();
  for (const f of files) addToSummary(s, f);
  return s;
}

/** The year-over-year checks across the files, the summary and the downloads of the run. */
async function finish(req: Extract<Request, { kind: 'finish' }>): Promise<Finished> {
  const kept: number[] = [];
  let notReports = 0;
  req.files.forEach((f, i) => {
    if (req.found[i] && notReport(f)) notReports++;
    else kept.push(i);
  });
  const cross = new CrossFile(
    req.facts.map((f) => factsKey(f)),
    (i) => req.facts[i],
    { lang: req.lang },
  );
  const files = kept.map((i) => cross.apply(i, req.files[i]!));
  const summary = summarize(files);
  const skipped = { notReport: notReports, notYet: req.skipped.notYet, otherFormats: req.skipped.otherFormats };
  if (skipped.notReport + skipped.notYet + skipped.otherFormats > 0) summary.skipped = skipped;
  const run: RunResult = { tool: { name: 'gongkai', version: VERSION }, lang: req.lang, files, summary };
  const ctx = { color: 0 as const, cwd: '' };
  const json = (await FORMATTERS.json!())(run, ctx);
  const csv = (await FORMATTERS.csv!())(run, ctx);
  return { run, kept, json, csv };
}

async function view(req: Extract<Request, { kind: 'view' }>): Promise<View> {
  try {
    // Read as `check` read it: the downloads hold the cells the findings are about.
    const report = await readResolved(req.name, new Uint8Array(req.bytes), { cMaps: cMap });
    const unread = unreadCells(report, req.lang);
    return {
      html: renderHtml(report, { lang: req.lang, diagnostics: req.diagnostics }),
      json: renderNormalizedJson(report, { unread }),
      csv: renderCsv(report, { unread }),
    };
  } catch (e) {
    if (e instanceof ReadError) return {};
    throw e;
  }
}

async function answer(req: Request): Promise<{ value: unknown; transfer?: Transferable[] }> {
  switch (req.kind) {
    case 'check': {
      const { result, facts } = await checkBytes(req.name, new Uint8Array(req.bytes), { lang: req.lang, cMaps: cMap });
      const value: Checked = facts ? { result, facts } : { result };
      return { value };
    }
    case 'notChecked':
      return { value: { result: notChecked(req.name, req.lang, req.reason) } satisfies Checked };
    case 'finish':
      return { value: await finish(req) };
    case 'view':
      return { value: await view(req) };
    case 'classify': {
      const readable = new Set(readableExtensions());
      const kinds: FileKind[] = req.names.map((n) => {
        const ext = extensionOf(n);
        return readable.has(ext) ? 'read' : NOT_YET[ext] ? 'notYet' : 'other';
      });
      return { value: kinds };
    }
    case 'template': {
      const format = formatForYear(req.year);
      if (!format) return { value: undefined };
      const bytes = (await renderTemplate('xlsx', format, req.year)) as Uint8Array;
      return { value: bytes, transfer: [bytes.buffer] };
    }
  }
}

scope.onmessage = (e) => {
  const { id, ...req } = e.data;
  answer(req as Request).then(
    ({ value, transfer }) => scope.postMessage({ id, ok: true, value }, transfer ?? []),
    (err: unknown) => scope.postMessage({ id, ok: false, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }),
  );
};

// Ready for requests: the page times a request from here on, not the worker's start-up.
scope.postMessage({ ready: true });
