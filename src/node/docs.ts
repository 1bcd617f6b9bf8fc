/**
 * Where this installation keeps the rule pages (docs/rules/<id>.md, shipped in the package), as a file:
 * URL ending in '/': SARIF's `helpUri` points there while the project has no public address for them
 * (RULE_DOCS_BASE in rules/docs.ts wins when it has one). Undefined when the pages are not there.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULE_DOCS_DIR } from '../rules/docs.js';

export function localDocsBase(): string | undefined {
  // src/node/ and dist/node/ are both two levels below the package's root (the bundle keeps the URL of
  // the dist/ module, scripts/bundle.mjs).
  const base = new URL(`../../${RULE_DOCS_DIR}/`, import.meta.url);
  return base.protocol === 'file:' && existsSync(fileURLToPath(new URL('README.md', base))) ? base.href : undefined;
}
