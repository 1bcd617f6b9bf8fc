/**
 * The package installs and runs from its packed tarball: `npm pack`, then an offline
 * `npm install <tgz>` into an empty project (dependencies come from the local npm cache), then
 * `npx gongkai check` and the API through `import('gongkai')`. Needs the built dist/ (npm run build).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let packed: { filename: string; files: { path: string }[] };
let app: string;

beforeAll(() => {
  expect(existsSync(join(ROOT, 'dist/cli/main.js'))).toBe(true);
  const dest = mkdtempSync(join(tmpdir(), 'gongkai-pack-'));
  // --ignore-scripts: dist/ is already built; `prepare` would rebuild it while other tests read it.
  const out = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], { cwd: ROOT, encoding: 'utf8' });
  packed = (JSON.parse(out) as (typeof packed)[])[0]!;
  app = join(dest, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module' }));
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', join(dest, packed.filename)], { cwd: app, encoding: 'utf8', stdio: 'pipe' });
  copyFileSync(join(ROOT, 'samples/tianmen-2021.json'), join(app, 'tianmen-2021.json'));
  copyFileSync(join(ROOT, 'samples/broken-2023.json'), join(app, 'broken-2023.json'));
}, 180_000);

describe('packed tarball', () => {
  it('holds the bin, the built code with its types, the schemas and the README — not sources or tests', () => {
    const paths = packed.files.map((f) => f.path);
    for (const p of ['bin/gongkai.js', 'dist/cli/main.js', 'dist/index.js', 'dist/index.d.ts', 'dist/engine/worker.js', 'schemas/format/table3.json', 'README.md', 'package.json']) {
      expect(paths).toContain(p);
    }
    expect(paths.filter((p) => /^(src|tests|fixtures|scripts)\//.test(p))).toEqual([]);
  });

  it('`npx gongkai check` runs from the installed package, with the documented exit codes', () => {
    const ok = spawnSync('npx', ['--offline', 'gongkai', 'check', 'tianmen-2021.json'], { cwd: app, encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('共检查 1 个文件');
    const bad = spawnSync('npx', ['--offline', 'gongkai', 'check', '.', '--format', 'sarif'], { cwd: app, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout).runs[0].results.length).toBeGreaterThan(0);
    expect(spawnSync('npx', ['--offline', 'gongkai', 'check', '--no-such-option'], { cwd: app, encoding: 'utf8' }).status).toBe(2);
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
