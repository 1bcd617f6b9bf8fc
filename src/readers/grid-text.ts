/**
 * The narrative text of a grid report: the title (with the agency and year it names), the six sections
 * and the statistics period, from the grids' text cells outside the tables the table finder used. A
 * heading 一、…六、 in a cell starts a section; the cells below or beside it, up to the next heading,
 * are its text.
 */
import type { Source } from '../model/location.js';
import { findPeriod, isTitleLine, metaFromTitle } from '../model/meta.js';
import type { Report, SectionText } from '../model/report.js';
import { splitNumbering } from '../format/labels.js';
import { CONTENTS_MIN, CONTENTS_TAIL, contentsLine, headingNumber, insertedHeadings, MAX_HEADING, outsideHeading } from '../format/sections.js';
import type { Grid, GridCell } from './grid-cells.js';
import { headingMatch, isValueText } from './grid-labels.js';

export interface GridText {
  title?: string;
  titleSource?: Source;
  agency?: string;
  year?: number;
  period?: Report['period'];
  sections: SectionText[];
}

/**
 * Title, sections and period from the grids' text cells outside the tables: a heading 一、…六、 in a
 * cell starts a section; the cells below or beside it, up to the next heading, are its text.
 */
export function textFromGrids(grids: Grid[], used: Map<number, Set<number>> = new Map()): GridText {
  const out: GridText = { sections: [] };
  const byId = new Map<string, SectionText>();
  let current: SectionText | undefined;
  const append = (s: SectionText, text: string, source: Source): void => {
    if (s.text === '') s.textSource = source;
    s.text = s.text === '' ? text : `${s.text}\n${text}`;
  };
  const { inserted, furniture } = headingPlan(grids, used);
  const contents = contentsCells(grids, used);
  forEachTextCell(grids, used, (cell) => {
    if (contents.has(cell)) return;
    const text = cell.text.replace(/\r\n?/g, '\n').trim();
    if (isValueText(text) && current === undefined) return;
    const [first = '', ...rest] = text.split('\n');
    // A heading outside the template that the report's numbering vouches for: a section of its own.
    if (inserted.has(cell)) {
      current = { heading: first.trim(), text: '', source: cell.source };
      out.sections.push(current);
      const body = rest.join('\n').trim();
      if (body !== '') append(current, body, cell.source);
      return;
    }
    const m = furniture.has(cell) ? undefined : headingMatch(first);
    if (m) {
      const seen = byId.get(m.id);
      if (seen) current = seen;
      else {
        current = { heading: first.trim(), text: '', source: cell.source };
        byId.set(m.id, current);
        out.sections.push(current);
      }
      const body = rest.join('\n').trim();
      if (body !== '') append(current, body, cell.source);
      return;
    }
    if (out.title === undefined && out.sections.length === 0 && isTitleLine(first)) {
      out.title = first.trim();
      out.titleSource = cell.source;
      const meta = metaFromTitle(out.title);
      if (meta.agency !== undefined) out.agency = meta.agency;
      if (meta.year !== undefined) out.year = meta.year;
      return;
    }
    if (current) append(current, text, cell.source);
    if (!out.period) {
      const p = findPeriod(text);
      if (p) out.period = { ...p, source: cell.source };
    }
  });
  return out;
}

/**
 * The cells of a table of contents (目录) printed before the report: lines of text with leaders and a page number
 * (format/sections.ts contentsLine), or a short line alone in its cell with the page number in the next
 * ("一、总体情况" | "1", set apart on the line), in a row with CONTENTS_MIN of them or more naming sections
 * (subsections "（一）主动公开……1" may come between). Neither headings nor any section's text: taken as
 * headings, each section would be found on the contents page, its page number its text, and the report's title
 * after them a section's text.
 */
function contentsCells(grids: Grid[], used: Map<number, Set<number>>): Set<GridCell> {
  const out = new Set<GridCell>();
  let run: GridCell[] = [];
  let entries = 0;
  /** A short line alone in its cell, an entry (`section`: naming one) if the page number follows. */
  let pending: { cell: GridCell; section: boolean } | undefined;
  const close = (): void => {
    if (entries >= CONTENTS_MIN) for (const c of run) out.add(c);
    run = [];
    entries = 0;
  };
  forEachTextCell(grids, used, (cell) => {
    const lines = cell.text.split(/\r\n?|\n/).map((l) => l.trim()).filter((l) => l !== '');
    if (pending && lines.length === 1 && CONTENTS_TAIL.test(lines[0]!)) {
      run.push(pending.cell, cell);
      if (pending.section) entries++;
      pending = undefined;
      return;
    }
    pending = undefined;
    const shaped = lines.map((l) => contentsLine(l));
    if (shaped.every((x) => x !== undefined)) {
      run.push(cell);
      entries += shaped.filter((x) => x.section !== undefined).length;
      return;
    }
    const only = lines.length === 1 ? lines[0]! : '';
    if (only !== '' && only.length <= MAX_HEADING && /\p{Script=Han}/u.test(only)) {
      pending = { cell, section: splitNumbering(only).numbering !== '' && headingMatch(only) !== undefined };
      return;
    }
    close();
  });
  close();
  return out;
}

/** The text cells of the grids outside the tables, in order, each once (a merged area repeats its cell). */
function forEachTextCell(grids: Grid[], used: Map<number, Set<number>>, visit: (cell: GridCell) => void): void {
  grids.forEach((g, gi) => {
    const skip = used.get(gi) ?? new Set<number>();
    g.rows.forEach((row, r) => {
      if (skip.has(r)) return;
      let prev: GridCell | undefined;
      for (const cell of row) {
        if (cell && cell !== prev && cell.text.trim() !== '') visit(cell);
        prev = cell;
      }
    });
  });
}

/**
 * Which text cells' first lines are headings otherwise than by matching a section:
 * - `inserted`: a top-level heading outside the template that the report's own numbering vouches for
 *   (format/sections.ts insertedHeadings): "二、政务公开工作主要任务落实情况" between "一、总体情况" and
 *   "三、主动公开政府信息情况" — a section of its own;
 * - `furniture`: a line only like a heading (matched by similarity, not a template title or variant) above
 *   the report's title whose section has its heading again below, such as a site's menu line "二、主动公开"
 *   a page prints above the report — no heading.
 */
function headingPlan(grids: Grid[], used: Map<number, Set<number>>): { inserted: Set<GridCell>; furniture: Set<GridCell> } {
  const known: { at: number; number: number | undefined; id: string }[] = [];
  const numbered: { at: number; number: number; first: string; cell: GridCell }[] = [];
  const beforeTitle: { at: number; number: number | undefined; id: string; cell: GridCell }[] = [];
  // A title line counts only above the first template heading: below it, it is the report's text.
  let titled = false;
  let at = 0;
  forEachTextCell(grids, used, (cell) => {
    at++;
    const first = cell.text.trimStart().split(/\r?\n|\r/u, 1)[0]!.trim();
    const m = headingMatch(first);
    const top = !titled && known.length === 0;
    if (m && top && m.how === 'similar') beforeTitle.push({ at, number: headingNumber(first), id: m.id, cell });
    else if (m) known.push({ at, number: headingNumber(first), id: m.id });
    // A heading is a short line; a paragraph that merely starts with "二、" is none.
    else if ([...first].length <= MAX_HEADING) {
      const number = headingNumber(first);
      if (number !== undefined) numbered.push({ at, number, first, cell });
    }
    if (!m && top && isTitleLine(first)) titled = true;
  });
  // Furniture only where the title follows and the section's own heading comes again below it; otherwise
  // they are the report's own headings after all.
  const furniture = new Set<GridCell>();
  for (const h of beforeTitle) {
    if (titled && known.some((k) => k.id === h.id)) furniture.add(h.cell);
    else known.push(h);
  }
  known.sort((a, b) => a.at - b.at);
  const inserted = numbered.length === 0 ? new Set<GridCell>() : new Set(insertedHeadings(known, numbered, (c) => outsideHeading(c.first) !== undefined).map((c) => c.cell));
  return { inserted, furniture };
}
