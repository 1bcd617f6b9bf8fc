/**
 * scripts/install-system-deps.sh (issue #13, item 15; issue #16 item 7): each package the browser tests
 * and the PDF fixtures need (chromium, firefox-esr for the offline page in Firefox (issue #18), fonts-noto-cjk, libreoffice-writer-nogui, libreoffice-calc-nogui for
 * the xlsx output's LibreOffice test, fonts-droid-fallback, ghostscript, poppler-utils) is checked on its own and only the missing ones are installed; nothing is printed or
 * changed when all is there; it fails with a clear message when it cannot install. Run against stand-ins
 * for dpkg-query, apt-get, id and sudo on PATH, which keep the "installed" packages in a folder.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/tmp.js';

const SCRIPT = resolve(import.meta.dirname, '../../scripts/install-system-deps.sh');
/** Every package the script installs, in its order. */
const ALL = ['chromium', 'firefox-esr', 'fonts-noto-cjk', 'libreoffice-writer-nogui', 'libreoffice-calc-nogui', 'fonts-droid-fallback', 'ghostscript', 'poppler-utils'];
const INSTALL = 'install -y -qq --no-install-recommends';
/** All packages but `except`. */
const allBut = (...except: string[]): string[] => ALL.filter((p) => !except.includes(p));

interface World {
  /** Packages installed before the run. */
  installed: string[];
  uid?: number;
  /** sudo that works without a password. */
  sudo?: boolean;
  /** apt-get fails. */
  aptFails?: boolean;
  /** apt-get says it worked but installs nothing. */
  aptLies?: boolean;
}

function world(w: World): { run: () => { status: number | null; stdout: string; stderr: string; apt: string[] }; state: string } {
  const dir = tempDir('gongkai-sysdeps-');
  const bin = join(dir, 'bin');
  const state = join(dir, 'state');
  mkdirSync(bin);
  mkdirSync(state);
  for (const p of w.installed) writeFileSync(join(state, p), '');
  const stub = (name: string, body: string): void => {
    writeFileSync(join(bin, name), `#!/bin/bash\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  // dpkg-query -W -f='${Status}' <package>
  stub('dpkg-query', `pkg="\${@: -1}"; if [ -e "${state}/$pkg" ]; then printf 'install ok installed'; else echo "dpkg-query: no packages found matching $pkg" >&2; exit 1; fi`);
  stub(
    'apt-get',
    `echo "$*" >> "${join(dir, 'apt.log')}"
${w.aptFails ? 'echo "E: Unable to locate package fonts-noto-cjk" >&2; exit 100' : ''}
if [ "$1" = install ] || [ "$3" = install ] || [[ " $* " == *" install "* ]]; then
  for a in "$@"; do case "$a" in -*|install) ;; *) ${w.aptLies ? ':' : `touch "${state}/$a"`} ;; esac; done
fi`,
  );
  stub('id', `echo ${w.uid ?? 0}`);
  stub('sudo', w.sudo ? 'shift; "$@"' : 'echo "sudo: a password is required" >&2; exit 1');
  // The real chromium is on this machine: the old script stopped there, fonts or not.
  stub('chromium', 'exit 0');
  return {
    state,
    run: () => {
      const r = spawnSync('bash', [SCRIPT], { encoding: 'utf8', env: { PATH: `${bin}:/usr/bin:/bin`, HOME: dir, TMPDIR: dir } });
      const log = join(dir, 'apt.log');
      const apt = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
      return { status: r.status, stdout: r.stdout, stderr: r.stderr, apt };
    },
  };
}

describe('scripts/install-system-deps.sh', () => {
  it('all there: exits 0, prints nothing, installs nothing', () => {
    const r = world({ installed: ALL }).run();
    expect(r).toEqual({ status: 0, stdout: '', stderr: '', apt: [] });
  });

  it('chromium there but not the fonts: installs the fonts (and only them)', () => {
    const w = world({ installed: allBut('fonts-noto-cjk') });
    const r = w.run();
    expect(r.status, r.stderr).toBe(0);
    expect(r.apt).toEqual(['update -qq', `${INSTALL} fonts-noto-cjk`]);
    expect(existsSync(join(w.state, 'fonts-noto-cjk'))).toBe(true);
    expect(r.stdout).toBe('install-system-deps: installed fonts-noto-cjk\n');
  });

  it('the browser there, the PDF tools not: installs LibreOffice, the TrueType font, Ghostscript and poppler-utils (and only them)', () => {
    const w = world({ installed: ['chromium', 'firefox-esr', 'fonts-noto-cjk'] });
    const r = w.run();
    expect(r.status, r.stderr).toBe(0);
    expect(r.apt).toEqual(['update -qq', `${INSTALL} libreoffice-writer-nogui libreoffice-calc-nogui fonts-droid-fallback ghostscript poppler-utils`]);
    expect(r.stdout).toBe('install-system-deps: installed libreoffice-writer-nogui libreoffice-calc-nogui fonts-droid-fallback ghostscript poppler-utils\n');
    for (const p of ALL) expect(existsSync(join(w.state, p)), p).toBe(true);
  });

  it('Firefox checked on its own: only firefox-esr missing installs only it', () => {
    const w = world({ installed: allBut('firefox-esr') });
    const r = w.run();
    expect(r.status, r.stderr).toBe(0);
    expect(r.apt).toEqual(['update -qq', `${INSTALL} firefox-esr`]);
    expect(r.stdout).toBe('install-system-deps: installed firefox-esr\n');
  });

  it('each PDF package is checked on its own: only poppler-utils missing installs only it', () => {
    const r = world({ installed: allBut('poppler-utils') }).run();
    expect(r.status, r.stderr).toBe(0);
    expect(r.apt).toEqual(['update -qq', `${INSTALL} poppler-utils`]);
  });

  it('nothing there: installs all in one go, and a second run does nothing', () => {
    const w = world({ installed: [] });
    expect(w.run().apt).toEqual(['update -qq', `${INSTALL} ${ALL.join(' ')}`]);
    expect(w.run()).toMatchObject({ status: 0, stdout: '', stderr: '', apt: ['update -qq', `${INSTALL} ${ALL.join(' ')}`] });
  });

  it('through sudo when not root', () => {
    const w = world({ installed: allBut('chromium'), uid: 1000, sudo: true });
    const r = w.run();
    expect(r.status, r.stderr).toBe(0);
    expect(r.apt.at(-1)).toBe(`${INSTALL} chromium`);
  });

  it('cannot install (not root, no sudo): exit 1 naming what is missing and how to install it', () => {
    const r = world({ installed: allBut('fonts-noto-cjk', 'libreoffice-writer-nogui'), uid: 1000 }).run();
    expect(r.status).toBe(1);
    expect(r.apt).toEqual([]);
    expect(r.stderr).toContain('installing needs root');
    expect(r.stderr).toContain(
      'missing: fonts-noto-cjk libreoffice-writer-nogui. Install them, e.g.: sudo apt-get install --no-install-recommends fonts-noto-cjk libreoffice-writer-nogui',
    );
  });

  it('apt-get fails: exit 1 with its last lines and what is missing', () => {
    const r = world({ installed: allBut('fonts-noto-cjk'), aptFails: true }).run();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('E: Unable to locate package fonts-noto-cjk');
    expect(r.stderr).toContain('apt-get could not install fonts-noto-cjk');
  });

  it('apt-get succeeds but the package is still missing: exit 1', () => {
    const r = world({ installed: allBut('fonts-noto-cjk'), aptLies: true }).run();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('fonts-noto-cjk is still not installed');
  });
});
