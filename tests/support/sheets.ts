/** Test helpers for grid readers: layouts (src/renderers/template.ts) as grids, with or without merges. */
import type { Grid, GridCell } from '../../src/readers/grid-cells.js';
import { a1 } from '../../src/model/location.js';
import type { Layout, LayoutCell } from '../../src/renderers/template.js';

function layoutText(c: LayoutCell | undefined): string {
  if (!c) return '';
  if ('text' in c) return c.text;
  if ('formula' in c) return c.number === undefined ? '' : String(c.number);
  return c.raw ?? String(c.number);
}

/** A layout as a grid named `name`; merged areas expanded when `expand` (as XLSX/HTML readers do). */
export function layoutToGrid(l: Layout, name: string, expand = true): Grid {
  const w = Math.max(...l.rows.map((r) => r.length), ...l.merges.map((m) => m.c1 + 1));
  const h = Math.max(l.rows.length, ...l.merges.map((m) => m.r1 + 1));
  const rows: (GridCell | undefined)[][] = [];
  for (let r = 0; r < h; r++) {
    const row: (GridCell | undefined)[] = [];
    for (let c = 0; c < w; c++) row.push({ text: layoutText(l.rows[r]?.[c]), source: { sheet: name, cell: a1(r, c) } });
    rows.push(row);
  }
  if (expand) {
    for (const m of l.merges) {
      const top = rows[m.r0]![m.c0];
      for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) rows[r]![c] = top;
    }
  }
  return { name, rows };
}
