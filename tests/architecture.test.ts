/**
 * The house stays honest (issue #15): imports only point down the layers of src/ARCHITECTURE.md, with no
 * cycle and no Node.js module in the pure core (dependency-cruiser, .dependency-cruiser.cjs), and nothing
 * is dead — no unused file, export or dependency (knip, knip.json). Each check is also shown to fail on a
 * small scratch project that breaks it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules/.bin');

function run(cmd: string, args: string[], cwd = ROOT): { status: number | null; out: string } {
  const r = spawnSync(join(BIN, cmd), args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 16 * 1024 * 1024 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function project(files: Record<string, string>): string {
  const dir = tempDir('gongkai-arch-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const TSCONFIG = JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true }, include: ['src'] });

describe('dependency-cruiser', () => {
  it('src/ has no cycle, no upward import and no Node.js module in the core', { timeout: 120_000 }, () => {
    const r = run('depcruise', ['src', '--config', CONFIG]);
    expect(r.out).toMatch(/no dependency violations found/);
    expect(r.status).toBe(0);
  });

  it('fails on an upward import, a cycle and a Node.js module in the core', { timeout: 120_000 }, () => {
    const dir = project({
      'tsconfig.json': TSCONFIG,
      // format (the lowest layer) importing the Node edge, and node:fs.
      'src/format/spec.ts': "import { x } from '../node/run.js';\nimport { readFileSync } from 'node:fs';\nexport const y = x + String(readFileSync);\n",
      'src/node/run.ts': 'export const x = 1;\n',
      // a cycle inside one layer.
      'src/check/a.ts': "import { b } from './b.js';\nexport const a = () => b();\n",
      'src/check/b.ts': "import { a } from './a.js';\nexport const b = () => a();\n",
    });
    const r = run('depcruise', ['src', '--config', CONFIG], dir);
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/layer-format-imports-above: src\/format\/spec\.ts → src\/node\/run\.ts/);
    expect(r.out).toMatch(/core-imports-no-node-builtin: src\/format\/spec\.ts → (node:)?fs/);
    expect(r.out).toMatch(/no-circular: src\/check\/a\.ts/);
  });
});

describe('knip', () => {
  it('finds no unused file, export or dependency', { timeout: 300_000 }, () => {
    const r = run('knip', ['--no-progress']);
    expect(r.out.trim()).toBe('');
    expect(r.status).toBe(0);
  });

  it('fails on an unused export and an unused file', { timeout: 300_000 }, () => {
    const dir = project({
      'package.json': JSON.stringify({ name: 'scratch', version: '1.0.0', type: 'module', main: 'src/index.ts' }),
      'tsconfig.json': TSCONFIG,
      'knip.json': JSON.stringify({ entry: ['src/index.ts'], project: ['src/**/*.ts'] }),
      'src/index.ts': "import { used } from './lib.js';\nconsole.log(used());\n",
      'src/lib.ts': 'export function used(): number {\n  return 1;\n}\nexport function forgotten(): number {\n  return 2;\n}\n',
      'src/orphan.ts': 'export const orphan = 3;\n',
    });
    const r = run('knip', ['--no-progress'], dir);
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/Unused files[\s\S]*src\/orphan\.ts/);
    expect(r.out).toMatch(/Unused exports[\s\S]*forgotten/);
  });
});
