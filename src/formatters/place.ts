/** Shared by the formatters (pretty, SARIF, GitHub): where a diagnostic is, in words and as a path, and what its cells hold. */
import { isAbsolute, relative } from 'pathe';
import { formatSource } from '../model/location.js';
import type { Diagnostic, Related } from '../model/diagnostic.js';
import { UI } from '../messages/ui.js';

/** What a related cell holds, in words when it holds nothing: blank in the report, not read by gongkai, or missing. */
export function relatedValue(r: Related, lang: 'zh' | 'en'): string {
  const ui = UI[lang];
  if (r.status === 'unread') return ui.unreadCell;
  if (r.status === 'missing') return ui.missingCell;
  return r.value === '' ? ui.blankCell : (r.value ?? '');
}

/** The logical place in official labels: `表三 › 一、本年新收 › 自然人`, or the section heading. */
export function describePlace(d: Diagnostic): string {
  const l = d.location.labels;
  const parts: string[] = [];
  if (l?.table) parts.push(`表${l.table.split('、')[0]}`);
  else if (l?.section) parts.push(l.section);
  if (l?.row) parts.push(l.rowGroup && !l.row.startsWith(l.rowGroup) ? `${l.rowGroup} ${l.row}` : l.row);
  if (l?.column) parts.push(l.columnGroup ? `${l.columnGroup}/${l.column}` : l.column);
  return parts.join(' › ');
}

/** Place plus physical source for a diagnostic that has no line: `表三 › … › 自然人 (#/tables/t3/new/natural)`. */
export function describeWhere(d: Diagnostic, lang: 'zh' | 'en'): string {
  const place = describePlace(d);
  const src = formatSource(d.physical, lang);
  return [place, src && src !== place ? `(${src})` : ''].filter(Boolean).join(' ');
}

/** A path as the tools want it: relative to the working directory, with forward slashes. */
export function toolPath(file: string, cwd: string): string {
  // pathe: the same relative path as node:path, always with forward slashes, on any platform.
  return isAbsolute(file) ? relative(cwd, file) || file : file.replace(/\\/g, '/');
}
