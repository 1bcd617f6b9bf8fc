/** The normalized JSON form of a report (schemas/report.schema.json). Cells read from files other than
 * JSON keep their source location in the object form `{ "value": …, "source": {…} }`. */
import { TABLE_IDS, getFormat } from '../format/spec.js';
import type { Cell } from '../model/cell.js';
import { SCHEMA_VERSION, tableSpec, type NormalizedJsonType, type Report } from '../model/report.js';
import type { Source } from '../model/location.js';
import type { UnreadCell } from '../check/unread.js';

type CellOut = number | string | null | { value: number | string | null; raw?: string; source?: Source; status?: 'unread'; reason?: string };

export interface NormalizedJsonOptions {
  /** Cells the reader could not read: written as `{ value: null, status: "unread", reason }` (see unreadCells). */
  unread?: readonly UnreadCell[];
}

function cellValue(c: Cell): number | string | null {
  switch (c.kind) {
    case 'number':
      return c.unit !== undefined ? (c.raw ?? `${c.value}${c.unit}`) : c.value;
    case 'blank':
      return null;
    case 'placeholder':
    case 'text':
      return c.raw;
  }
}

function cellOut(c: Cell, keepSource: boolean): CellOut {
  const value = cellValue(c);
  // Keep the exact decimal text of amounts such as "4166.241619" or "1.20".
  const raw = c.kind === 'number' && c.raw !== undefined && c.unit === undefined && c.raw.trim() !== String(c.value) ? c.raw.trim() : undefined;
  const source = keepSource && c.source && Object.keys(c.source).some((k) => k !== 'pointer') ? c.source : undefined;
  if (raw === undefined && source === undefined) return value;
  return { value, ...(raw !== undefined ? { raw } : {}), ...(source ? { source } : {}) };
}

export function toNormalizedJson(report: Report, opts: NormalizedJsonOptions = {}): NormalizedJsonType {
  const keepSource = report.reader !== 'json';
  const spec = getFormat(report.format ?? '2021');
  const unread = new Map((opts.unread ?? []).map((u) => [`${u.table}.${u.row}.${u.column}`, u]));
  const tables: NormalizedJsonType['tables'] = {};
  const tableFormats: NonNullable<NormalizedJsonType['tableFormats']> = {};
  for (const t of TABLE_IDS) {
    const content = report.tables[t];
    if (!content) continue;
    if (content.layout && content.layout !== spec.id) tableFormats[t] = content.layout;
    const out: Record<string, Record<string, CellOut>> = {};
    for (const row of tableSpec(report, spec, t).rows) {
      for (const col of row.columns) {
        const c = content.cells[`${row.id}.${col}`];
        const lost = c ? undefined : unread.get(`${t}.${row.id}.${col}`);
        if (lost) (out[row.id] ??= {})[col] = { value: null, status: 'unread', reason: lost.reason, ...(lost.source ? { source: lost.source } : {}) };
        if (!c) continue;
        (out[row.id] ??= {})[col] = cellOut(c, keepSource);
      }
    }
    tables[t] = out;
  }
  return {
    $schema: 'https://gongkai.dev/schemas/report.schema.json',
    schemaVersion: SCHEMA_VERSION,
    ...(report.format ? { format: report.format } : {}),
    ...(report.title !== undefined ? { title: report.title } : {}),
    ...(report.agency !== undefined ? { agency: report.agency } : {}),
    ...(report.year !== undefined ? { year: report.year } : {}),
    ...(report.period ? { period: { text: report.period.text, ...(report.period.from ? { from: report.period.from } : {}), ...(report.period.to ? { to: report.period.to } : {}) } } : {}),
    sections: report.sections.map((s) => ({
      heading: s.heading,
      text: s.text,
      ...(keepSource && s.source && Object.keys(s.source).some((k) => k !== 'pointer') ? { source: s.source } : {}),
    })),
    ...(Object.keys(tableFormats).length > 0 ? { tableFormats } : {}),
    tables,
  };
}

export function renderNormalizedJson(report: Report, opts: NormalizedJsonOptions = {}): string {
  return `${JSON.stringify(toNormalizedJson(report, opts), null, 2)}\n`;
}
