/**
 * Tables set as pictures: a table the report's section has (its heading was found) but the text layer
 * holds none of, where a page of that section shows a large image. The figures are in the picture, out
 * of reach of any text reader: one extract-failed finding names the table and the page (and the check
 * does not also call the section empty), instead of a silent "missing".
 */
import { matchSection } from '../format/sections.js';
import { TABLE_IDS, type FormatSpec } from '../format/spec.js';
import type { Finding } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import type { PageContent } from './pdf-page.js';
import { box } from './pdf-tables.js';

/** Large enough to hold a table: a third of the page's width and a tenth of its height. */
function large(page: PageContent, b: PageContent['images'][number]): boolean {
  return b.x1 - b.x0 >= page.width / 3 && b.y1 - b.y0 >= page.height / 10;
}

/** The findings for the tables of `report` that are pictures on the pages of their sections. */
export function pictureTables(report: Pick<Report, 'sections' | 'tables'>, spec: FormatSpec, pages: PageContent[]): Finding[] {
  const out: Finding[] = [];
  const found = report.sections.map((s) => ({ id: matchSection(s.heading)?.id, page: s.source?.page }));
  for (const id of TABLE_IDS) {
    if (report.tables[id]) continue;
    const t = spec.tables[id];
    const at = found.findIndex((s) => s.id === t.section);
    const from = found[at]?.page;
    if (from === undefined) continue;
    const to = found.slice(at + 1).find((s) => s.page !== undefined)?.page ?? pages.length;
    for (const page of pages.slice(from - 1, to)) {
      const image = page.images.find((b) => large(page, b));
      if (!image) continue;
      out.push({
        ruleId: 'extract-failed',
        messageId: 'picture',
        data: { table: t.number, page: page.page },
        location: { section: t.section, table: t.id, labels: { table: `${t.number}、${t.title}` } },
        physical: { page: page.page, box: box(page, image) },
      });
      break;
    }
  }
  return out;
}
