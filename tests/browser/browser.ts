/// <reference lib="dom" />
// DOM types for the code that runs inside the page (page.evaluate); the build (tsconfig.build.json) stays without them.
/**
 * Headless Chromium for the browser tests: Debian's `chromium` driven by playwright-core, with the Noto
 * CJK fonts for the Chinese text. When /usr/bin/chromium or the fonts are missing,
 * scripts/install-system-deps.sh installs them (apt-get); if they are still missing the tests fail —
 * they never skip silently.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

/** Debian's firefox-esr, the Firefox the tests drive (puppeteer-core over WebDriver BiDi). */
export const FIREFOX = '/usr/bin/firefox-esr';

/**
 * Why Firefox cannot be used here, or undefined when it is installed (installed now by
 * scripts/install-system-deps.sh if it can be): a Firefox test is skipped saying this, never silently.
 */
export function firefoxMissing(): string | undefined {
  if (existsSync(FIREFOX)) return undefined;
  const r = spawnSync('bash', [join(ROOT, 'scripts/install-system-deps.sh')], { encoding: 'utf8' });
  if (existsSync(FIREFOX)) return undefined;
  return `${FIREFOX} is not installed and scripts/install-system-deps.sh could not install it (exit ${r.status}${r.stderr.trim() ? `: ${r.stderr.trim().split('\n').at(-1)}` : ''})`;
}
export const ROOT = resolve(import.meta.dirname, '../..');
/** Generated pages and screenshots (gitignored). */
export const ARTIFACTS = join(ROOT, 'test-artifacts');

/** True when fontconfig has a Chinese font of the Noto CJK family (Debian's fonts-noto-cjk). */
function hasCjkFonts(): boolean {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 && /Noto (Sans|Serif) CJK/.test(r.stdout);
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM) && hasCjkFonts()) return;
  const r = spawnSync('bash', [join(ROOT, 'scripts/install-system-deps.sh')], { stdio: 'inherit' });
  if (r.status !== 0 || !existsSync(CHROMIUM) || !hasCjkFonts()) {
    throw new Error(`${CHROMIUM} or the Noto CJK fonts are missing and scripts/install-system-deps.sh could not install them (exit ${r.status})`);
  }
}

export interface Browser {
  page: Page;
  context: BrowserContext;
  /** Every request the pages made other than the file:// pages themselves. */
  requests: string[];
  /** Console errors and page errors (a CSP violation shows up here). */
  errors: string[];
  /** Writes `html` to test-artifacts/html/<name>.html and opens it. */
  open(name: string, html: string): Promise<string>;
  close(): Promise<void>;
}

/** `env`: extra environment for the browser process (e.g. FONTCONFIG_FILE for a control without fonts). */
export async function launch(opts: { env?: Record<string, string> } = {}): Promise<Browser> {
  ensureChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), 'gongkai-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ...(opts.env ? { env: { ...process.env, ...opts.env } as Record<string, string> } : {}),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1000, height: 1400 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file://')) requests.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  // Nothing may be fetched: refuse any network request outright.
  await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
  const dir = join(ARTIFACTS, 'html');
  mkdirSync(dir, { recursive: true });
  return {
    page,
    context,
    requests,
    errors,
    async open(name, html) {
      const file = join(dir, `${name}.html`);
      writeFileSync(file, html);
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      return file;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** What the tests read from a rendered official table. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
export interface ThInfo {
  id: string;
  text: string;
  colspan: number;
  rowspan: number;
  scope: string;
  inHead: boolean;
  /** Index of its row among the table's rows. */
  row: number;
  block: string | null;
  className: string;
  box: Box;
}
export interface TdInfo {
  cell: string;
  v: string;
  kind: string;
  className: string;
  colspan: number;
  headers: string[];
  marks: string;
  tag: string;
  block: string | null;
  box: Box;
}
export interface TableInfo {
  id: string;
  layout: string;
  caption: string;
  headRows: number;
  bodyRows: number;
  ths: ThInfo[];
  tds: TdInfo[];
}

/** Reads every official table on the page (optionally inside one article). */
export async function readTables(page: Page, scope = 'body'): Promise<Record<string, TableInfo>> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    // Label text without the annotation marks and screen-reader extras.
    const label = (el: Element): string => {
      const c = el.cloneNode(true) as Element;
      c.querySelectorAll('.marks, .sr, .tag').forEach((x) => x.remove());
      return (c.textContent ?? '').trim();
    };
    const out: Record<string, unknown> = {};
    for (const t of Array.from(root.querySelectorAll('table.official')) as HTMLTableElement[]) {
      const rows = Array.from(t.rows);
      out[t.dataset.table!] = {
        id: t.dataset.table,
        layout: t.dataset.layout,
        caption: t.caption?.textContent ?? '',
        headRows: t.tHead?.rows.length ?? 0,
        bodyRows: Array.from(t.tBodies).reduce((n, b) => n + Array.from(b.rows).filter((r) => r.querySelector('td')).length, 0),
        ths: Array.from(t.querySelectorAll('th')).map((th) => ({
          id: th.id,
          text: label(th),
          colspan: (th as HTMLTableCellElement).colSpan,
          rowspan: (th as HTMLTableCellElement).rowSpan,
          scope: th.getAttribute('scope') ?? '',
          inHead: th.closest('thead') !== null,
          row: rows.indexOf(th.parentElement as HTMLTableRowElement),
          block: th.closest('tbody')?.getAttribute('data-block') ?? null,
          className: th.className,
          box: box(th),
        })),
        tds: Array.from(t.querySelectorAll('td[data-cell]')).map((td) => ({
          cell: (td as HTMLElement).dataset.cell!,
          v: td.querySelector('.v')?.textContent ?? '',
          kind: (td as HTMLElement).dataset.kind!,
          className: td.className,
          colspan: (td as HTMLTableCellElement).colSpan,
          headers: (td.getAttribute('headers') ?? '').split(/\s+/).filter(Boolean),
          marks: td.querySelector('.marks')?.textContent ?? '',
          tag: td.querySelector('.tag')?.textContent ?? '',
          block: td.closest('tbody')?.getAttribute('data-block') ?? null,
          box: box(td),
        })),
      };
    }
    return out as Record<string, TableInfo>;
  }, scope) as Promise<Record<string, TableInfo>>;
}

export function writeArtifact(name: string, data: string | Buffer): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, name);
  writeFileSync(file, data);
  return file;
}
