/** The cells of `convert --to json` compared with a case's truth, for the text-reader fixture tests. */
import { expect } from 'vitest';

export type JsonCell = number | string | null | { value: number | string | null; raw?: string; status?: string; source?: { line?: number; column?: number } };
export type JsonTables = Record<string, Record<string, Record<string, JsonCell>>>;

const valueOf = (c: JsonCell): number | string | null => (c !== null && typeof c === 'object' ? c.value : c);

/**
 * Every cell of the converted JSON against the truth: each read cell equal, and the unread rows (`table.row`)
 * as said. `amounts`: a text value such as "9116.36元" or "1,200" is compared as its number.
 */
export function compareCells(tables: JsonTables, truth: Record<string, Record<string, Record<string, number | null>>>, unread: readonly string[], amounts = false): void {
  const unreadRows = new Set<string>();
  for (const [t, rows] of Object.entries(truth)) {
    for (const [r, cols] of Object.entries(rows)) {
      for (const [col, want] of Object.entries(cols)) {
        const got = tables[t]?.[r]?.[col];
        expect(got, `${t}.${r}.${col}`).toBeDefined();
        if (got !== null && typeof got === 'object' && got.status === 'unread') {
          unreadRows.add(`${t}.${r}`);
          continue;
        }
        const v = valueOf(got!);
        expect(amounts && typeof v === 'string' ? Number(v.replace(/元|,/g, '')) : v, `${t}.${r}.${col}`).toBe(want);
      }
    }
  }
  expect([...unreadRows].sort()).toEqual([...unread].sort());
}
