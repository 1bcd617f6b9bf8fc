/**
 * "Changing any single number of table 三 or 四 in a valid normalized-JSON report by +1 produces an
 * error that names that cell — as its location or among the related operand cells — by JSON pointer
 * and by its official labels." Checked for every cell of two real reports (one all zeros, one busy).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../src/check/check.js';
import { readJson } from '../src/readers/json.js';
import { getFormat } from '../src/format/spec.js';

type Tables = Record<string, Record<string, Record<string, number>>>;

async function check(data: unknown) {
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  return checkReport(await readJson({ path: 'mutant.json', bytes }));
}

for (const name of ['seed-tianmen-2021', 'pingtan-2024']) {
  describe(`+1 in any cell of 表三/表四 of ${name}`, () => {
    const original = JSON.parse(readFileSync(`fixtures/corpus/${name}.json`, 'utf8')) as { tables: Tables };
    it('the original has no errors', async () => {
      expect((await check(original)).errorCount).toBe(0);
    });
    const f = getFormat('2021');
    for (const table of ['t3', 't4'] as const) {
      for (const row of f.tables[table].rows) {
        for (const column of row.columns) {
          const id = `${table}.${row.id}.${column}`;
          it(id, async () => {
            const data = structuredClone(original);
            data.tables[table]![row.id]![column]! += 1;
            const errors = (await check(data)).diagnostics.filter((d) => d.severity === 'error');
            const pointer = `/tables/${table}/${row.id}/${column}`;
            const naming = errors.filter(
              (d) =>
                (d.location.cell === id && d.physical?.pointer === pointer) ||
                d.related?.some((r) => r.location.cell === id && r.physical?.pointer === pointer),
            );
            expect(naming.length, `no error names ${id}`).toBeGreaterThan(0);
            const d = naming[0]!;
            const labels = d.location.cell === id ? d.location.labels : d.related!.find((r) => r.location.cell === id)!.location.labels;
            expect(labels?.row).toBeTruthy();
            expect(labels?.column).toBe(f.tables[table].columns.find((c) => c.id === column)!.label);
          });
        }
      }
    }
  });
}
