/**
 * The package as a user installs it, without the network and without an npm cache: `npm pack`, the
 * tarball unpacked as `node_modules/gongkai` of an empty project, and beside it only the production
 * dependencies (package-lock.json entries not marked dev), taken from this checkout's node_modules. So
 * the tarball must hold every file the CLI and the API need, and every import must be satisfied by
 * `dependencies` (a module that only a devDependency provides is not there). Then the bin and the API
 * run from that project. Needs the built dist/ (npm run build).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let packed: { filename: string; files: { path: string }[] };
let dest: string;
let app: string;
let bin: string;

/** The production dependencies of the lock file: top-level node_modules entries not marked dev. */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  return Object.entries(lock.packages)
    .filter(([key, p]) => key.startsWith('node_modules/') && !key.slice('node_modules/'.length).includes('/node_modules/') && !p.dev)
    .map(([key]) => key.slice('node_modules/'.length));
}

function gongkai(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [bin, ...args], { cwd: app, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
}

beforeAll(() => {
  expect(existsSync(join(ROOT, 'dist/cli/main.js'))).toBe(true);
  dest = mkdtempSync(join(tmpdir(), 'gongkai-pack-'));
  // --ignore-scripts: dist/ is already built; `prepare` would rebuild it while other tests read it.
  // --offline: packing needs nothing from the registry, and a test must not ask it.
  const out = execFileSync(npm, ['pack', '--ignore-scripts', '--offline', '--json', '--pack-destination', dest], { cwd: ROOT, encoding: 'utf8' });
  packed = (JSON.parse(out) as (typeof packed)[])[0]!;
  app = join(dest, 'app');
  const pkgDir = join(app, 'node_modules/gongkai');
  mkdirSync(pkgDir, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module', dependencies: { gongkai: '*' } }));
  execFileSync('tar', ['-xzf', join(dest, packed.filename), '-C', pkgDir, '--strip-components=1']);
  for (const name of productionPackages()) {
    const link = join(app, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), link, 'dir');
  }
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  bin = join(pkgDir, manifest.bin.gongkai!);
  copyFileSync(join(ROOT, 'samples/tianmen-2021.json'), join(app, 'tianmen-2021.json'));
  copyFileSync(join(ROOT, 'samples/broken-2023.json'), join(app, 'broken-2023.json'));
}, 180_000);

afterAll(() => {
  if (dest) rmSync(dest, { recursive: true, force: true });
});

describe('packed tarball', () => {
  it('holds the bin, the built code with its types, the schemas and the README — not sources or tests', () => {
    const paths = packed.files.map((f) => f.path);
    for (const p of ['bin/gongkai.js', 'dist/cli/main.js', 'dist/index.js', 'dist/index.d.ts', 'dist/node/worker.js', 'schemas/format/table3.json', 'README.md', 'package.json']) {
      expect(paths).toContain(p);
    }
    expect(paths.filter((p) => /^(src|tests|fixtures|scripts)\//.test(p))).toEqual([]);
  });

  it('the installed bin checks reports, with the documented exit codes, every format reader loading from dependencies alone', () => {
    const ok = gongkai(['check', 'tianmen-2021.json']);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('共检查 1 个文件');
    const bad = gongkai(['check', '.', '--format', 'sarif', '--jobs', '2']);
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout).runs[0].results.length).toBeGreaterThan(0);
    // Each rule's helpUri is its page shipped in the installed package.
    const rules = JSON.parse(bad.stdout).runs[0].tool.driver.rules as { id: string; helpUri: string }[];
    for (const r of rules) {
      expect(r.helpUri.startsWith(pathToFileURL(join(app, 'node_modules/gongkai/docs/rules/')).href), r.helpUri).toBe(true);
      expect(existsSync(fileURLToPath(r.helpUri)), r.helpUri).toBe(true);
    }
    expect(gongkai(['check', '--no-such-option']).status).toBe(2);
    // The lazily loaded readers and their libraries (SheetJS, htmlparser2, csv-parse): a template
    // written as xlsx and csv, and a report converted to an HTML page that is read back.
    expect(gongkai(['template', '--to', 'xlsx', '-o', 'blank.xlsx']).status).toBe(0);
    expect(gongkai(['template', '--to', 'csv', '-o', 'blank.csv']).status).toBe(0);
    expect(gongkai(['convert', 'tianmen-2021.json', '--to', 'html', '-o', 'page.html']).status).toBe(0);
    const read = gongkai(['check', 'blank.xlsx', 'blank.csv', 'page.html', '--format', 'json']);
    const result = JSON.parse(read.stdout) as { files: { file: string; readable: boolean; reader: string; diagnostics: { ruleId: string }[] }[] };
    expect(result.files.map((f) => f.file).sort()).toEqual(['blank.csv', 'blank.xlsx', 'page.html']);
    expect(result.files.map((f) => [f.file, f.readable, f.reader]).sort()).toEqual([['blank.csv', true, 'csv'], ['blank.xlsx', true, 'xlsx'], ['page.html', true, 'html']]);
    for (const f of result.files) expect(f.diagnostics.map((d) => d.ruleId)).not.toContain('read-error');
  });

  it('the API imports by package name', () => {
    const script = "import { check, convert } from 'gongkai'; const r = await check(['tianmen-2021.json', 'broken-2023.json']); const csv = await convert('tianmen-2021.json', { to: 'csv' }); console.log(JSON.stringify({ files: r.summary.files, errors: r.summary.errors, csv: csv.split(/\\r?\\n/)[0] }));";
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    const r = JSON.parse(out) as { files: number; errors: number; csv: string };
    expect(r.files).toBe(2);
    expect(r.errors).toBeGreaterThan(0);
    expect(r.csv).toBe('table,row_group,row,column_group,column,value,source');
  });
});
