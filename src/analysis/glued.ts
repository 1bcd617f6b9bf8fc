/**
 * Run-together digits resolved with what the report itself says (#17 item 5). A table row read from
 * text whose digits split in several ways ("行政规范性文件693665": 6|93|665, 69|36|65, …) is kept by the
 * text reader with every split (TableContent.ambiguous) and an extract-ambiguous finding. Here the
 * statements of the report's text that restate figures of that row ("制发规范性文件6件，现行有效365件";
 * narrative.ts) are tried against each split: when they leave exactly one split that agrees with all of
 * them — and at least one of them tells the splits apart — that split is taken, the extract-ambiguous
 * finding gives way to an extract-resolved note naming the sentence, and the rules check the row.
 * Otherwise nothing changes: the row stays unread. The split itself has already kept each cell's type
 * (counts whole, 万元 amounts with decimals) in the reader. A table-二 row with fewer values than cells,
 * set apart by spaces ("行政规范性文件 20 155", extract-failed tooFew), is tried the same way with its
 * readings (AmbiguousRow.few: a blank cell beside the values, or the values cut into more cells).
 */
import { rowName, shortLabel } from '../format/labels.js';
import type { FormatSpec, TableId } from '../format/spec.js';
import { parseCellText, type Cell } from '../model/cell.js';
import type { Finding } from '../model/diagnostic.js';
import { tableSpec, type AmbiguousRow, type Report, type TableContent } from '../model/report.js';
import { agrees, findStatements, readings, type Statement } from './narrative.js';
import { narrativeData } from './narrative-data.js';
import { resolveFormat, resolveSections, type ResolvedSection } from './resolve.js';

/**
 * The report as `check` reads it: its glued rows that its own text singles out resolved (resolveGlued,
 * with the report's own format and sections). What every output that turns a file into cells uses —
 * `convert` (json, csv, html), the Node API, the offline page's downloads, the xlsx workbook's cells —
 * through check/bytes.ts readResolved, so that they write what `check` checked. Applying it twice
 * changes nothing (a resolved row has its cells).
 */
export function resolvedReport(report: Report): Report {
  if (!Object.values(report.tables).some((c) => c?.ambiguous && c.ambiguous.length > 0)) return report;
  return resolveGlued(report, resolveFormat(report), resolveSections(report));
}

/** Longest sentence quoted in the note, in characters. */
const QUOTE = 80;

/** A report's table with the cells of one row replaced by one split. */
function withSplit(report: Report, table: TableId, row: AmbiguousRow, split: AmbiguousRow['candidates'][number]): Report {
  const content = report.tables[table]!;
  const cells: Record<string, Cell> = Object.assign(Object.create(null) as Record<string, Cell>, content.cells);
  split.forEach((piece, i) => {
    cells[`${row.row}.${row.columns[i]!}`] = parseCellText(piece.raw, piece.source);
  });
  return { ...report, tables: { ...report.tables, [table]: { ...content, cells } } };
}

/** Whether a statement agrees with the report as it stands, and whether it involves a cell of the row at all. */
function judge(report: Report, format: FormatSpec, s: Statement, table: TableId, row: AmbiguousRow): 'agrees' | 'disagrees' | 'unrelated' {
  const q = narrativeData().data.quantities[s.quantity];
  if (!q) return 'unrelated';
  const rs = readings(report, format, q, s.reading);
  const touching = rs.filter((r) => r.cells.some((c) => c.table === table && c.row === row.row));
  if (touching.length === 0) return 'unrelated';
  return rs.some((r) => r.value !== undefined && agrees(s, r.value, q)) ? 'agrees' : 'disagrees';
}

/**
 * The report with every ambiguous row that its text singles out resolved (a new report object; the
 * given one is not changed), or the report itself when there is nothing to resolve.
 */
export function resolveGlued(report: Report, format: FormatSpec, sections: ResolvedSection[]): Report {
  const tables = (Object.entries(report.tables) as [TableId, TableContent][]).filter(([, c]) => c.ambiguous && c.ambiguous.length > 0);
  if (tables.length === 0) return report;
  const statements = findStatements(report, sections);
  if (statements.length === 0) return report;
  let out = report;
  const dropped: { table: TableId; row: string }[] = [];
  const notes: Finding[] = [];
  for (const [table, content] of tables) {
    const t = tableSpec(report, format, table);
    for (const row of content.ambiguous!) {
      if (row.columns.some((c) => content.cells[`${row.row}.${c}`] !== undefined)) continue;
      const verdicts = row.candidates.map((split) => {
        const trial = withSplit(out, table, row, split);
        return statements.map((s) => judge(trial, format, s, table, row));
      });
      // Evidence: statements about the row that agree with some splits and not with others.
      const telling = statements.map((_, i) => i).filter((i) => {
        const v = verdicts.map((x) => x[i]);
        return v.includes('agrees') && v.includes('disagrees');
      });
      if (telling.length === 0) continue;
      const fits = row.candidates.map((_, k) => k).filter((k) => telling.every((i) => verdicts[k]![i] === 'agrees'));
      if (fits.length !== 1) continue;
      const split = row.candidates[fits[0]!]!;
      out = withSplit(out, table, row, split);
      dropped.push({ table, row: row.row });
      const spec = t.rows.find((r) => r.id === row.row);
      const group = spec?.group ? t.rowGroups.find((g) => g.id === spec.group)?.label : undefined;
      const sentence = statements[telling[0]!]!.sentence.trim();
      notes.push({
        ruleId: 'extract-resolved',
        messageId: row.few ? 'resolvedByTextFew' : 'resolvedByText',
        hintId: 'original',
        data: {
          table: t.number,
          row: spec ? rowName(spec.label, group) : row.row,
          raw: row.raw,
          chosen: split.map((p) => (p.raw === '' ? '空白' : p.raw)).join(' | '),
          ...(row.few ? { chosenEn: split.map((p) => (p.raw === '' ? 'blank' : p.raw)).join(' | '), found: row.few.found, cells: row.few.cells } : {}),
          sentence: sentence.length > QUOTE ? `${sentence.slice(0, QUOTE)}…` : sentence,
        },
        location: { section: t.section, table, row: row.row, ...(spec ? { labels: { table: `${t.number}、${t.title}`, row: shortLabel(spec.label) } } : {}) },
        ...(split[0]?.source ? { physical: split[0].source } : {}),
      });
    }
  }
  if (out === report) return report;
  // (The reader's finding on the row gives way: extract-ambiguous, or extract-failed for a row short of values.)
  const findings = report.findings.filter(
    (f) => !((f.ruleId === 'extract-ambiguous' || (f.ruleId === 'extract-failed' && f.messageId === 'tooFew')) && dropped.some((d) => d.table === f.location.table && d.row === f.location.row)),
  );
  return { ...out, findings: [...findings, ...notes] };
}
