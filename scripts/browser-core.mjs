/**
 * How the pure core (src/core.ts) is bundled for a browser, a web worker or an edge function: rolldown,
 * platform 'browser' (no Node.js built-in module is available to it), one file. Libraries that ship a
 * separate browser build are pointed at it here (csv-parse's Node build uses Node's Buffer). Used by
 * tests/browser/core-browser.test.ts, and by the offline app's build when it comes.
 */
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

export const BROWSER_ALIASES = {
  'csv-parse/sync': join(ROOT, 'node_modules/csv-parse/dist/esm/sync.js'),
};

/** rolldown input options for the core; `onLog` receives rolldown's warnings. */
export function browserCoreOptions(onLog) {
  return {
    input: join(ROOT, 'src/core.ts'),
    platform: 'browser',
    resolve: { alias: BROWSER_ALIASES },
    ...(onLog ? { onLog } : {}),
  };
}
