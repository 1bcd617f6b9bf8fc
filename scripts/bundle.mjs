#!/usr/bin/env node
/**
 * Bundles the compiled CLI (dist/) into a few files under dist/bundle/, for a short start-up: Node
 * otherwise resolves and reads ~230 modules (rules, zod, commander, chalk) on every `gongkai check`.
 *
 * - Entries: cli.js (bin/gongkai.js prefers it when it is newer than dist/cli/main.js), worker.js (the
 *   checking worker, next to the pool), index.js (same API as dist/index.js).
 * - Readers, formatters and commands that are imported lazily stay separate chunks, loaded on use; the
 *   spreadsheet, HTML, Word and CSV libraries (and tinyglobby) stay external node_modules imports.
 * - Modules that find data files relative to themselves (`new URL('../../schemas/…', import.meta.url)`)
 *   get their original location back: their `import.meta.url` is rewritten to the URL of the original
 *   dist/ module. pool.ts keeps its own, so that it finds the bundled worker.js beside it.
 *
 * Runs after `tsc` in `npm run build`. Without rolldown (a production install) it says so and does
 * nothing: the unbundled dist/ works the same, only starts slower.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(DIST, 'bundle');

let rolldown;
try {
  ({ rolldown } = await import('rolldown'));
} catch {
  process.stderr.write('bundle: rolldown is not installed; dist/ stays unbundled (it works, it only starts slower).\n');
  process.exit(0);
}

/**
 * The only libraries bundled: the ones every run loads (ESM, no data files). Every other package stays
 * an external import from node_modules: the spreadsheet, HTML, Word and CSV libraries are loaded only
 * for the formats that need them, and UMD/CommonJS packages keep their own module loading.
 */
const BUNDLED = new Set(['zod', 'chalk', 'commander']);
const isExternal = (id) => {
  if (id.startsWith('node:') || builtinModules.includes(id)) return true;
  if (id.startsWith('.') || id.startsWith('/') || id.startsWith('#') || id.startsWith('\0')) return false;
  const pkg = id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0];
  return !BUNDLED.has(pkg);
};

const keepOwnUrl = new Set([join(DIST, 'node', 'pool.js')]);

const rewriteImportMetaUrl = {
  name: 'gongkai-import-meta-url',
  transform(code, id) {
    if (!id.startsWith(DIST + sep) || keepOwnUrl.has(id) || !code.includes('import.meta.url')) return null;
    const rel = relative(OUT, id).split(sep).join('/');
    return { code: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), map: null };
  },
};

const started = Date.now();
// Written beside, then swapped in with renames: a gongkai started meanwhile never sees half a bundle
// (while dist/bundle is missing, bin/gongkai.js runs the unbundled dist/).
const TMP = join(DIST, `.bundle-${process.pid}`);
const OLD = join(DIST, `.bundle-old-${process.pid}`);
rmSync(TMP, { recursive: true, force: true });
const bundle = await rolldown({
  input: { cli: join(DIST, 'cli/main.js'), worker: join(DIST, 'node/worker.js'), index: join(DIST, 'index.js') },
  platform: 'node',
  external: isExternal,
  plugins: [rewriteImportMetaUrl],
  logLevel: 'silent',
});
await bundle.write({ dir: TMP, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', sourcemap: false });
await bundle.close();
for (const f of ['cli.js', 'worker.js', 'index.js']) if (!existsSync(join(TMP, f))) throw new Error(`bundle: ${f} missing`);
if (existsSync(OUT)) renameSync(OUT, OLD);
renameSync(TMP, OUT);
rmSync(OLD, { recursive: true, force: true });
process.stderr.write(`bundle: dist/bundle/ written in ${Date.now() - started} ms\n`);
