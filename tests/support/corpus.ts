/**
 * The real reports vendored in fixtures/corpus-pages (page text, hand-checked truth.json, SOURCE.md) as test data: their truth.json figures mapped onto the
 * model's cell keys, so every reader can be compared cell by cell against the truth.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { matchLabel } from '../../src/format/labels.js';
import { getFormat, TABLE_IDS, type FormatId, type TableId } from '../../src/format/spec.js';
import type { Report } from '../../src/model/report.js';
import { cellDisplay } from '../../src/model/cell.js';

/** The corpus folder, inside the repository: the tests read nothing outside it. */
export const CORPUS_DIR = resolve(import.meta.dirname, '../../fixtures/corpus-pages');

export interface Truth {
  name: string;
  dir: string;
  agency: string;
  year: number;
  format: FormatId;
  sectionsPresent: string[];
  /** Expected cells: `t3.new.natural` → number, or null for a blank cell. */
  cells: Map<string, number | null>;
  notes: string;
}

interface TruthJson {
  agency: string;
  year: number;
  format: FormatId;
  sections_present: string[];
  table2: Record<string, Record<string, number | null>>;
  table3: Record<string, (number | null)[]>;
  table4: Record<string, (number | null)[]>;
  notes?: string;
}

function id(label: string, items: { id: string; label: string; variants?: readonly string[] }[]): string {
  const m = matchLabel(label, items);
  if (!m) throw new Error(`truth label "${label}" matches nothing`);
  return m.id;
}

/** A corpus entry's truth (its folder's truth.json), or the truth file at `file`. */
export function loadTruth(name: string, file?: string): Truth {
  const dir = file === undefined ? join(CORPUS_DIR, name) : dirname(file);
  const t = JSON.parse(readFileSync(file ?? join(dir, 'truth.json'), 'utf8')) as TruthJson;
  const f = getFormat(t.format);
  const cells = new Map<string, number | null>();
  const t2 = f.tables.t2;
  for (const [rowLabel, cols] of Object.entries(t.table2)) {
    const rid = id(rowLabel, t2.rows);
    for (const [colLabel, v] of Object.entries(cols)) cells.set(`t2.${rid}.${id(colLabel, t2.columns)}`, v);
  }
  const t3 = f.tables.t3;
  for (const [rowLabel, values] of Object.entries(t.table3)) {
    const rid = id(rowLabel.split('/').pop()!, t3.rows.filter((r) => !rowLabel.includes('/') || r.group !== undefined));
    values.forEach((v, i) => cells.set(`t3.${rid}.${t3.columns[i]!.id}`, v));
  }
  const t4 = f.tables.t4;
  for (const [rowLabel, values] of Object.entries(t.table4)) {
    const rid = id(rowLabel, t4.rows);
    values.forEach((v, i) => cells.set(`t4.${rid}.${t4.columns[i]!.id}`, v));
  }
  return { name, dir, agency: t.agency, year: t.year, format: t.format, sectionsPresent: t.sections_present, cells, notes: t.notes ?? '' };
}

/** Names of all corpus entries (folders with a truth.json). */
export function corpusNames(): string[] {
  // Vendored in the repository: a missing folder is a broken checkout, never a reason to test nothing.
  if (!existsSync(CORPUS_DIR)) throw new Error(`the corpus is missing: ${CORPUS_DIR}`);
  return readdirSync(CORPUS_DIR).filter((n) => existsSync(join(CORPUS_DIR, n, 'truth.json'))).sort();
}

/** Cells of a report in the same shape as Truth.cells (numbers; null for blank; text kept as string). */
export function reportCells(report: Report): Map<string, number | null | string> {
  const out = new Map<string, number | null | string>();
  for (const t of TABLE_IDS as TableId[]) {
    const content = report.tables[t];
    if (!content) continue;
    for (const [key, c] of Object.entries(content.cells)) {
      out.set(`${t}.${key}`, c.kind === 'number' ? c.value : c.kind === 'blank' ? null : cellDisplay(c));
    }
  }
  return out;
}

/** Differences between a report's cells and the truth: [] when every truth cell is read exactly. */
export function diffAgainstTruth(report: Report, truth: Truth): string[] {
  const got = reportCells(report);
  const diffs: string[] = [];
  for (const [key, want] of truth.cells) {
    const have = got.get(key);
    if (have !== want) diffs.push(`${key}: expected ${String(want)}, got ${have === undefined ? '(missing)' : String(have)}`);
  }
  return diffs;
}
