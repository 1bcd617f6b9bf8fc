#!/usr/bin/env node
/**
 * Builds the offline page (issue #18): dist/gongkai.html, one self-contained file that checks reports in
 * the browser with the same core as the CLI. `gongkai app -o file.html` copies it.
 *
 * - src/app/worker.ts (the core inside: browserCoreOptions, scripts/browser-core.mjs) and src/app/main.ts
 *   (the page's own script) are bundled by rolldown for the browser, minified, one file each.
 * - The page (src/app/page.html) gets src/app/style.css and the page script inline, and the worker
 *   script as a JSON string in a data block (`<script type="application/json">`, never run as it is): the
 *   page script makes the worker from it through a Blob URL. No `<` is left in that string, so nothing
 *   in the code can end the block.
 * - A Content-Security-Policy with default-src 'none' and exactly what the inline parts need: the page
 *   script and the two style sheets by their SHA-256 hashes (the page's own, and the one of the annotated
 *   report pages the page shows in a sandboxed frame, which inherits this policy), workers from blob:.
 *   No font is fetched or embedded: the page names the fonts Windows, macOS and Linux have.
 * - The Chinese CMaps of pdfjs-dist (scripts/app-cmaps.mjs: Adobe-GB1 and Adobe-CNS1, for PDFs whose
 *   Chinese fonts are not embedded) go into the worker's script as the global GONGKAI_CMAPS (rolldown
 *   define; src/app/cmaps.ts unpacks them): no fetch, nothing for the CSP to allow.
 *
 * Runs after `tsc` in `npm run build` (it reads the report pages' style sheet from dist/). Without
 * rolldown (a production install) it says so and writes nothing; `gongkai app` then says the page is
 * not built.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { browserCoreOptions } from './browser-core.mjs';
import { packCMaps } from './app-cmaps.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const APP = join(ROOT, 'src/app');
const OUT = join(ROOT, 'dist/gongkai.html');

let rolldown;
try {
  ({ rolldown } = await import('rolldown'));
} catch {
  process.stderr.write('build-app: rolldown is not installed; dist/gongkai.html is not built.\n');
  process.exit(0);
}

const started = Date.now();

/** rolldown's warnings that mean the bundle would not work in a browser. */
const fatal = [];
const onLog = (level, log) => {
  if (level === 'warn' && /UNRESOLVED|node:|builtin/i.test(`${log.code ?? ''} ${log.message}`)) fatal.push(log.message);
};

// The Chinese CMaps for PDFs whose fonts are not embedded (src/app/cmaps.ts), in the worker's script.
const cmaps = packCMaps();

/** One browser script: every import inlined (dynamic ones too), minified; `define`: globals filled in. */
async function script(input, define = {}) {
  const bundle = await rolldown({ ...browserCoreOptions(onLog), input, transform: { define } });
  const out = await bundle.generate({ format: 'iife', codeSplitting: false, minify: true });
  await bundle.close();
  if (fatal.length > 0) throw new Error(`build-app: ${input} does not bundle for the browser:\n${fatal.join('\n')}`);
  return out.output[0].code;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const [worker, main] = await Promise.all([
  script(join(APP, 'worker.ts'), { GONGKAI_CMAPS: JSON.stringify({ names: cmaps.names, sizes: cmaps.sizes, deflated: cmaps.deflated }) }),
  script(join(APP, 'main.ts')),
]);
if (!worker.includes(cmaps.deflated.slice(0, 64))) throw new Error('build-app: the CMaps are not in the worker script');
// The page script is inline: nothing in it may end the script element or open an HTML comment in it.
if (/<\/script|<!--/i.test(main)) throw new Error('build-app: the page script holds "</script" or "<!--"');
const css = readFileSync(join(APP, 'style.css'), 'utf8');

// The annotated report pages shown in the frame bring their own style sheet (renderers/html-page.ts).
const { PAGE_CSS, contentSecurityPolicy } = await import(pathToFileURL(join(ROOT, 'dist/renderers/html-page.js')).href);
if (!contentSecurityPolicy().includes(sha256(PAGE_CSS).slice(1, -1))) throw new Error('build-app: the report page style sheet and its hash differ');

const csp = [
  "default-src 'none'",
  `script-src ${sha256(main)}`,
  `style-src ${sha256(css)} ${sha256(PAGE_CSS)}`,
  'worker-src blob:',
  "img-src 'none'",
  "font-src 'none'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const workerText = JSON.stringify(worker).replace(/</g, '\\u003c');
const fills = { CSP: csp, VERSION: version, CSS: css, WORKER: workerText, MAIN: main };
// One pass over the template: a placeholder inside what is put in is never replaced again.
const html = readFileSync(join(APP, 'page.html'), 'utf8').replace(/\{\{(CSP|VERSION|CSS|WORKER|MAIN)\}\}/g, (_m, key) => fills[key]);

// Written beside and renamed: a `gongkai app` meanwhile never copies half a page.
const tmp = `${OUT}.${process.pid}.tmp`;
writeFileSync(tmp, html);
renameSync(tmp, OUT);
const mb = (Buffer.byteLength(html) / 1024 / 1024).toFixed(1);
const kb = (n) => `${Math.round(n / 1024)} KB`;
process.stderr.write(
  `build-app: dist/gongkai.html written (${mb} MB, of which ${kb(cmaps.packed)} the ${cmaps.names.length} Chinese CMaps: ${kb(cmaps.bytes)} of .bcmap, deflated, base64) in ${Date.now() - started} ms\n`,
);
