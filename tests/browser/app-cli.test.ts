/**
 * `gongkai app` (issue #18): writes the offline page the build made (dist/gongkai.html, run npm run build
 * first) to the file asked for, never over an existing file without --force, in the user's language;
 * and the package ships the page.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';
import { ROOT } from './browser.js';

const PAGE = join(ROOT, 'dist/gongkai.html');

describe('gongkai app', () => {
  it('writes the page to gongkai.html by default, or to -o, and says how to use it', async () => {
    const dir = tempDir('gongkai-app-cli-');
    const page = readFileSync(PAGE);
    const r = await runCli(['app'], {}, dir);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'gongkai.html')).equals(page)).toBe(true);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^已写出离线检查页面 gongkai\.html（\d+(\.\d)? MB）。用浏览器/);
    const named = await runCli(['app', '-o', '检查.html', '--lang', 'en'], {}, dir);
    expect(named.code).toBe(0);
    expect(readFileSync(join(dir, '检查.html')).equals(page)).toBe(true);
    expect(named.stderr).toMatch(/^wrote the offline page 检查\.html \(\d+(\.\d)? MB\)\. Open it in a browser/);
  });

  it('keeps an existing file unless --force, and tells why it cannot write (exit 2)', async () => {
    const dir = tempDir('gongkai-app-cli-');
    writeFileSync(join(dir, 'gongkai.html'), 'mine');
    const kept = await runCli(['app', '-o', 'gongkai.html'], {}, dir);
    expect(kept.code).toBe(2);
    expect(kept.stderr).toContain('文件已存在，未写入');
    expect(readFileSync(join(dir, 'gongkai.html'), 'utf8')).toBe('mine');
    const forced = await runCli(['app', '-o', 'gongkai.html', '--force'], {}, dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'gongkai.html')).equals(readFileSync(PAGE))).toBe(true);
    const nowhere = await runCli(['app', '-o', join(dir, 'no-such-folder', 'a.html'), '--lang', 'en'], {}, dir);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('the folder does not exist (ENOENT)');
  });

  it('is in the package', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--offline'], { cwd: ROOT, encoding: 'utf8' });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toContain('dist/gongkai.html');
  });
});
