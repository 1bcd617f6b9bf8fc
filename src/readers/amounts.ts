/**
 * Amounts written with a unit of money in their cell (#17 item 8): "1,200元" in the 2021 fee column,
 * whose unit is 万元, or "123.5万元" in the 2019 procurement column, read in 元 (schemas/format: a
 * column's `unit`, or `readUnit` where the template prints none). Every reader keeps the number as
 * written with its unit (model/cell.ts parseCellText); here its value becomes the amount in the
 * column's unit, so sums, the text's figures and last year's report compare like with like. The text
 * and the unit as written stay in `raw` and `unit` (amount-unit reports the difference).
 */
import { allFormats, TABLE_IDS, type TableId } from '../format/spec.js';
import { amountIn, isMoneyUnit } from '../model/cell.js';
import type { Report } from '../model/report.js';

let units: Map<string, string> | undefined;

/** The unit of each amount column that has one, by `table.column` (the ids differ between the formats). */
function columnUnits(): Map<string, string> {
  if (units) return units;
  units = new Map();
  for (const f of allFormats()) {
    for (const t of TABLE_IDS) {
      for (const c of f.tables[t].columns) {
        const unit = c.unit ?? c.readUnit;
        if (c.type === 'amount' && unit !== undefined) units.set(`${t}.${c.id}`, unit);
      }
    }
  }
  return units;
}

/** The report with every amount written in another unit of money converted to its column's unit (in place). */
export function amountsInColumnUnits(report: Report): Report {
  for (const t of TABLE_IDS as TableId[]) {
    const content = report.tables[t];
    if (!content) continue;
    for (const [key, cell] of Object.entries(content.cells)) {
      if (cell.kind !== 'number' || !isMoneyUnit(cell.unit)) continue;
      const unit = columnUnits().get(`${t}.${key.slice(key.indexOf('.') + 1)}`);
      if (unit === undefined || unit === cell.unit) continue;
      cell.value = amountIn(cell, unit)!;
    }
  }
  return report;
}
