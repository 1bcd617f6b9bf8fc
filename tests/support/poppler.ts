/**
 * What the PDF fixture tests share: poppler-utils (pdftotext, pdfinfo), which check how a fixture breaks,
 * installed by the project's script when missing; and findings compared without their places.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Diagnostic } from '../../src/model/diagnostic.js';

const ROOT = join(import.meta.dirname, '../..');

const hasPoppler = (): boolean =>
  spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0 && spawnSync('pdfinfo', ['-v'], { encoding: 'utf8' }).status === 0;

/** For beforeAll: poppler-utils there, or installed by scripts/install-system-deps.sh, or a plain error. */
export function requirePoppler(): void {
  if (hasPoppler()) return;
  spawnSync('bash', [join(ROOT, 'scripts/install-system-deps.sh')], { stdio: 'inherit' });
  if (!hasPoppler()) throw new Error('pdftotext/pdfinfo (poppler-utils) are missing and scripts/install-system-deps.sh could not install them');
}

/** The findings without their locations: rule, severity, message and data, sorted. */
export const findingKeys = (ds: readonly Pick<Diagnostic, 'ruleId' | 'severity' | 'messageId' | 'data'>[]): string[] =>
  ds.map((d) => `${d.severity} ${d.ruleId}/${d.messageId} ${JSON.stringify(d.data ?? {})}`).sort();
