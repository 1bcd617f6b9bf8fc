/// <reference lib="dom" />
// DOM types for the code that runs inside the page (page.evaluate); the build (tsconfig.build.json) stays without them.
/**
 * The browser draws the pages' Chinese with a CJK font (issue #13, item 15): Chromium itself says which
 * platform font drew each text (DevTools protocol, CSS.getPlatformFontsForNode). Without fonts-noto-cjk
 * the characters would be boxes in every screenshot; the control run, a browser whose fontconfig sees
 * only DejaVu, shows that this check then fails.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { ARTIFACTS, launch, type Browser } from './browser.js';

const PAGE = join(ARTIFACTS, 'cjk-fonts.html');
/** Text of the page in the serif (headings, body) and the sans-serif (tables) faces of PAGE_CSS. */
const PROBES = ['h1', 'section.rs p', 'table.t3 thead th', 'table.t3 tbody th'];

/** The platform fonts that drew each probe's text, with how many glyphs each drew. */
async function platformFonts(b: Browser): Promise<Record<string, { familyName: string; glyphCount: number }[]>> {
  const cdp = await b.context.newCDPSession(b.page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const out: Record<string, { familyName: string; glyphCount: number }[]> = {};
    for (const selector of PROBES) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      expect(nodeId, selector).toBeGreaterThan(0);
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      out[selector] = fonts.map((f) => ({ familyName: f.familyName, glyphCount: f.glyphCount }));
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

beforeAll(async () => {
  const r = await runCli(['convert', 'samples/tianmen-2021.json', '--to', 'html', '-o', PAGE]);
  expect(r.code, r.stderr).toBe(0);
});

describe('Chinese in the browser tests', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launch();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('is drawn with the Noto CJK fonts the page asks for', async () => {
    await b.page.goto(`file://${PAGE}`, { waitUntil: 'load' });
    const fonts = await platformFonts(b);
    for (const [selector, used] of Object.entries(fonts)) {
      expect(used.length, selector).toBeGreaterThan(0);
      // Every glyph of the probe (Chinese, digits, punctuation) comes from a Noto CJK face.
      for (const f of used) expect(f.familyName, selector).toMatch(/^Noto (Serif|Sans) CJK/);
    }
    expect(fonts.h1![0]!.familyName).toMatch(/^Noto Serif CJK/);
    expect(fonts['table.t3 thead th']![0]!.familyName).toMatch(/^Noto Sans CJK/);
    await b.page.locator('table.t4').screenshot({ path: join(ARTIFACTS, 'cjk-fonts-t4.png') });
  });
});

describe('control: a browser that sees no CJK font', () => {
  let b: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongkai-fontconfig-'));
    const conf = join(dir, 'fonts.conf');
    writeFileSync(conf, `<?xml version="1.0"?>\n<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${dir}/cache</cachedir></fontconfig>\n`);
    b = await launch({ env: { FONTCONFIG_FILE: conf } });
  });
  afterAll(async () => {
    await b?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws the same text without a CJK face, so the check above would fail', async () => {
    await b.page.goto(`file://${PAGE}`, { waitUntil: 'load' });
    const fonts = await platformFonts(b);
    const families = Object.values(fonts).flatMap((used) => used.map((f) => f.familyName));
    expect(families.length).toBeGreaterThan(0);
    expect(families.some((f) => /CJK/.test(f))).toBe(false);
    await b.page.locator('table.t4').screenshot({ path: join(ARTIFACTS, 'cjk-fonts-t4-without.png') });
  });
});
