/**
 * The narrative text of a grid report: the title (with the agency and year it names), the six sections
 * and the statistics period, from the grids' text cells outside the tables the table finder used. A
 * heading 一、…六、 in a cell starts a section; the cells below or beside it, up to the next heading,
 * are its text.
 */
import type { Source } from '../model/location.js';
import { findPeriod, isTitleLine, metaFromTitle } from '../model/meta.js';
import type { Report, SectionText } from '../model/report.js';
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
  grids.forEach((g, gi) => {
    const skip = used.get(gi) ?? new Set<number>();
    g.rows.forEach((row, r) => {
      if (skip.has(r)) return;
      let prev: GridCell | undefined;
      for (const cell of row) {
        // A merged area repeats its cell: take it once.
        if (!cell || cell === prev || cell.text.trim() === '') {
          prev = cell;
          continue;
        }
        prev = cell;
        const text = cell.text.replace(/\r\n?/g, '\n').trim();
        if (isValueText(text) && current === undefined) continue;
        const [first = '', ...rest] = text.split('\n');
        const m = headingMatch(first);
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
          continue;
        }
        if (out.title === undefined && out.sections.length === 0 && isTitleLine(first)) {
          out.title = first.trim();
          out.titleSource = cell.source;
          const meta = metaFromTitle(out.title);
          if (meta.agency !== undefined) out.agency = meta.agency;
          if (meta.year !== undefined) out.year = meta.year;
          continue;
        }
        if (current) append(current, text, cell.source);
        if (!out.period) {
          const p = findPeriod(text);
          if (p) out.period = { ...p, source: cell.source };
        }
      }
    });
  });
  return out;
}
