/**
 * A checking process (see pool.ts), started with `fork`: it receives the run's options and spool folder
 * first (`init`), says it is ready, then receives files one at a time, runs the same per-file step as a run
 * without child processes, writes each outcome to its own file in the run's spool and sends back where it
 * is. It ends when the process that started it goes away (its channel closes). Started by views.ts
 * (`views` instead of `init`), it draws the annotated views of the html output instead, one at a time.
 */
import { storeOutcome, type WorkerInit, type WorkerReply, type WorkerTask } from './pool.js';
import { SpoolWriter } from './spool.js';
import { processFile, readReport, type RunOptions } from './file.js';
import type { ViewInit, ViewReply, ViewSettings, ViewTask } from './views.js';
import type { Report } from '../model/report.js';
import { READERS } from '../readers/index.js';
import type { KeepOptions } from '../check/bytes.js';
import type { ConvertSettings } from './convert-file.js';
import { inflateInProcess } from './inflate.js';
import { pdfjsWithoutCanvas } from './no-canvas.js';
import { nativeBase64 } from './base64.js';
import { picturesUndecoded } from './no-picture-decode.js';

// PDFs: pdfjs inflates in this process, not through web streams (inflate.ts), loads no canvas (no-canvas.ts),
// writes base64 with Node's own (base64.ts) and leaves JPEG pictures undecoded (no-picture-decode.ts).
inflateInProcess();
pdfjsWithoutCanvas();
nativeBase64();
picturesUndecoded();

const send = (reply: WorkerReply): void => {
  process.send?.(reply);
};
// Ctrl-C reaches every process of the terminal's foreground group: the parent handles it (and kills this
// one), so a file is never reported as crashed because of it.
process.on('SIGINT', () => undefined);
// The parent is gone (finished, killed): nothing more to do.
process.on('disconnect', () => process.exit(0));

// While this process waits for its first file, the JSON reader (the most common, and cheap) is loaded.
void READERS.find((r) => r.name === 'json')
  ?.load()
  .catch(() => undefined);

let options: RunOptions | undefined;
/** What else to keep of each report (its table cells, for the xlsx output). */
let keep: KeepOptions = {};
let spool: SpoolWriter | undefined;
/** Set when this process converts files (`gongkai convert`) instead of checking them. */
let convert: ConvertSettings | undefined;
/** Set when this process draws the html output's annotated views (views.ts) instead of checking files. */
let views: ViewSettings | undefined;
// Files are checked one after the other, in the order they arrive.
let chain: Promise<void> = Promise.resolve();
process.on('message', (message: WorkerInit | WorkerTask | ViewInit | ViewTask) => {
  if ('views' in message) {
    views = message.views;
    options = { ...views.reading, lang: views.lang, syncIo: true };
    process.send?.({ ready: true } satisfies ViewReply);
    return;
  }
  if ('view' in message) {
    const { index, view } = message;
    chain = chain.then(async () => {
      const { drawView } = await import('../formatters/html.js');
      let report: Report | undefined;
      try {
        report = await readReport(view.result.file, options);
      } catch {
        // Changed or removed since the check: its findings are listed instead.
      }
      process.send?.({ index, html: drawView(view.result, view.position, report, views!.cwd, views!.lang) } satisfies ViewReply);
    });
    return;
  }
  if ('init' in message) {
    // Files are read synchronously here: nothing else waits on this process.
    options = { ...message.init.options, syncIo: true };
    keep = message.init.keep ?? {};
    convert = message.init.convert;
    // Outcomes go to this process's own file in the run's spool; only where they are is sent back.
    spool = new SpoolWriter(message.init.spoolDir, `w${process.pid}.jsonl`);
    send({ ready: true });
    return;
  }
  const task = message;
  chain = chain.then(async () => {
    try {
      if (convert) {
        const { convertFile } = await import('./convert-file.js');
        send({ index: task.index, outcome: { result: spool!.put(await convertFile(task.path, convert)) } });
      } else send({ index: task.index, outcome: storeOutcome(await processFile(task.path, options, keep), spool!) });
    } catch (e) {
      // An internal error outside the file's check (processFile reports a file's own failures as findings).
      const err = e instanceof Error ? e : new Error(String(e));
      send({ index: task.index, error: { message: err.message, ...(err.stack ? { stack: err.stack } : {}) } });
    }
  });
});
