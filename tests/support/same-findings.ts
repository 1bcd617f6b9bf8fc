/**
 * Findings compared between a report as published and the same report written another way (spaces beside
 * numbers, wrapped lines, full-width digits): severity, rule, message id, cell or section, and the figures
 * the finding names — not the message, which quotes the text as written.
 */
import { checkBytes } from '../../src/check/bytes.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { toDocx, toHtml, type Published } from './publish.js';

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function key(d: Diagnostic): string {
  const data = (d as Diagnostic & { data?: Record<string, unknown> }).data ?? {};
  const figures = Object.entries(data)
    .filter(([, v]) => typeof v === 'number')
    .map(([k, v]) => `${k}=${String(v)}`)
    .sort()
    .join(',');
  return `${d.severity} ${d.ruleId}/${d.messageId ?? ''} ${d.location.cell ?? d.location.table ?? d.location.section ?? ''} ${figures}`;
}

/** The findings of a file's bytes (named for its reader), as compared. */
export async function findingKeys(name: string, bytes: Uint8Array): Promise<string[]> {
  return (await checkBytes(name, bytes)).result.diagnostics.map(key).sort();
}

/** The findings of a report published as a web page and as Word. */
export async function webAndWordKeys(p: Published): Promise<{ html: string[]; docx: string[] }> {
  return { html: await findingKeys('page.html', utf8(toHtml(p))), docx: await findingKeys('report.docx', toDocx(p)) };
}
