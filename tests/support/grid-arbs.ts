/**
 * Structure-aware generators for the grid readers (issue #14 item 10): merged-cell and span structures
 * of every grid format — xlsx mergeCells, XML Spreadsheet 2003 MergeAcross/MergeDown/Index, HTML
 * colspan/rowspan (tables in tables too), Word gridSpan/vMerge/hMerge/gridBefore (tables in cells) —
 * with sizes from one cell to a whole sheet, so that a reader meets ordinary merges, large ones,
 * many of them, nonsense values and overlaps. Each case is the file's bytes plus what the test needs to
 * judge the reader: the cells written in the input and the positions its merged areas ask for.
 *
 * Used by tests/fuzz-grids.test.ts (a fixed seed, a modest number of runs) and tests/fuzz/grids.fuzz.ts
 * (`npm run fuzz`, many more).
 */
import fc from 'fast-check';
import { buildZip } from './zip.js';

export interface GridCase {
  /** File name (its extension chooses the reader). */
  name: string;
  bytes: Uint8Array;
  /** Cells written in the input (td/th, w:tc, c, Cell). */
  cells: number;
  /** Positions the merged areas ask for beyond their own cells, before any clamping (a requested area, not a built one). */
  requested: number;
  /** The input's largest merged area (rows × columns), as requested. */
  largest: number;
  /** Merged areas declared (xlsx mergeCell elements; XML 2003 MergeAcross/MergeDown attributes). */
  areas: number;
  /** Grid positions of the sheets' used areas, each cut at 3,000 × 100 (xlsx only). */
  box: number;
}

/** A span or merge extent: mostly small, sometimes large, now and then absurd or not a number. */
const extent = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom(255, 999, 1000, 16_384, 65_534, 1_048_576) },
);
const junk = fc.constantFrom('', '0', '-3', 'abc', '1e9', ' 7', '2.5', '99999999999');

function col(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const enc = new TextEncoder();

/** How many times a structure is repeated: usually once, sometimes up to `max` times. */
const copiesUpTo = (max: number): fc.Arbitrary<number> => fc.oneof({ weight: 8, arbitrary: fc.constant(1) }, { weight: 2, arbitrary: fc.integer({ min: 2, max }) });
const copies = copiesUpTo(3000);

// ---------------------------------------------------------------------------------------------
// xlsx: cells anywhere in a big sheet, merged areas of any size, repeated
// ---------------------------------------------------------------------------------------------

const position = fc.record({
  r: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 60 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 5000 }) }),
  c: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 20 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 200 }) }),
});

export const xlsxCase: fc.Arbitrary<GridCase> = fc
  .record({
    sheets: fc.array(
      fc.record({
        cells: fc.array(fc.tuple(position, fc.constantFrom('一、总体情况', '本年新收政府信息公开申请数量', '7', '', '自然人')), { maxLength: 30 }),
        merges: fc.array(fc.tuple(position, extent, extent, copies), { maxLength: 12 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ sheets }) => {
    let cells = 0;
    let requested = 0;
    let largest = 0;
    let areas = 0;
    let box = 0;
    const xml = sheets.map((s) => {
      if (s.cells.length > 0) box += (Math.min(2999, Math.max(...s.cells.map(([p]) => p.r))) + 1) * (Math.min(99, Math.max(...s.cells.map(([p]) => p.c))) + 1);
      const byRow = new Map<number, Map<number, string>>();
      for (const [p, text] of s.cells) {
        if (!byRow.has(p.r)) byRow.set(p.r, new Map());
        byRow.get(p.r)!.set(p.c, text);
      }
      const rows = [...byRow.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([r, cs]) => {
          const cellXml = [...cs.entries()].sort((a, b) => a[0] - b[0]).map(([c, t]) => {
            cells++;
            return /^\d+$/.test(t) ? `<c r="${col(c)}${r + 1}"><v>${t}</v></c>` : `<c r="${col(c)}${r + 1}" t="inlineStr"><is><t>${t}</t></is></c>`;
          });
          return `<row r="${r + 1}">${cellXml.join('')}</row>`;
        })
        .join('');
      const merges = s.merges
        .map(([p, h, w, n]) => {
          const e = { r: Math.min(p.r + h - 1, 1_048_575), c: Math.min(p.c + w - 1, 16_383) };
          const area = (e.r - p.r + 1) * (e.c - p.c + 1);
          requested += (area - 1) * n;
          largest = Math.max(largest, area);
          areas += n;
          return `<mergeCell ref="${col(p.c)}${p.r + 1}:${col(e.c)}${e.r + 1}"/>`.repeat(n);
        })
        .join('');
      return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${merges ? `<mergeCells>${merges}</mergeCells>` : ''}</worksheet>`;
    });
    return { name: 'case.xlsx', bytes: workbook(xml), cells, requested, largest, areas, box };
  });

/** A workbook with one sheet per XML given. */
export function workbook(sheets: string[]): Uint8Array {
  const ids = sheets.map((_, i) => i + 1);
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${ids.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    },
    { name: '_rels/.rels', data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
    { name: 'xl/workbook.xml', data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${ids.map((i) => `<sheet name="表${i}" sheetId="${i}" r:id="rId${i}"/>`).join('')}</sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${ids.map((i) => `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('')}</Relationships>` },
    ...sheets.map((data, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data })),
  ]);
}

// ---------------------------------------------------------------------------------------------
// XML Spreadsheet 2003: rows of cells with MergeAcross/MergeDown/Index, any namespace prefix
// ---------------------------------------------------------------------------------------------

const attr = (v: number | string): fc.Arbitrary<number | string> => fc.constant(v);

export const spreadsheet2003Case: fc.Arbitrary<GridCase> = fc
  .record({
    prefix: fc.constantFrom('ss', 'x', 'o'),
    declared: fc.boolean(),
    rows: fc.array(
      fc.record({
        index: fc.option(fc.oneof({ weight: 10, arbitrary: fc.integer({ min: 1, max: 60 }) }, { weight: 1, arbitrary: attr(1_048_576) }, { weight: 1, arbitrary: junk }), { freq: 5 }),
        cells: fc.array(
          fc.record({
            index: fc.option(fc.oneof({ weight: 10, arbitrary: fc.integer({ min: 1, max: 40 }) }, { weight: 1, arbitrary: attr(16_384) }, { weight: 1, arbitrary: junk }), { freq: 5 }),
            across: fc.option(fc.oneof(extent.map((x) => x - 1), junk), { freq: 2 }),
            down: fc.option(fc.oneof(extent.map((x) => x - 1), junk), { freq: 2 }),
            text: fc.constantFrom('一、总体情况', '12', '', '其他'),
          }),
          { maxLength: 8 },
        ),
        times: copies,
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ prefix, declared, rows }) => {
    let cells = 0;
    let requested = 0;
    let largest = 0;
    let areas = 0;
    const n = (v: number | string | null): number => {
      const x = typeof v === 'number' ? v : Number.parseInt(v ?? '0', 10) | 0;
      return Math.max(0, x);
    };
    const body = rows
      .map((row) => {
        const cellsXml = row.cells
          .map((c) => {
            cells += row.times;
            const area = (n(c.across) + 1) * (n(c.down) + 1);
            requested += (area - 1) * row.times;
            largest = Math.max(largest, area);
            areas += ((c.across !== null ? 1 : 0) + (c.down !== null ? 1 : 0)) * row.times;
            const a = [
              c.index !== null ? ` ${prefix}:Index="${c.index}"` : '',
              c.across !== null ? ` ${prefix}:MergeAcross="${c.across}"` : '',
              c.down !== null ? ` ${prefix}:MergeDown="${c.down}"` : '',
            ].join('');
            return `<${prefix}:Cell${a}><${prefix}:Data ${prefix}:Type="String">${c.text}</${prefix}:Data></${prefix}:Cell>`;
          })
          .join('');
        return `<${prefix}:Row${row.index !== null ? ` ${prefix}:Index="${row.index}"` : ''}>${cellsXml}</${prefix}:Row>`.repeat(row.times);
      })
      .join('');
    const ns = 'urn:schemas-microsoft-com:office:spreadsheet';
    const root = declared ? `<Workbook xmlns="${ns}" xmlns:${prefix}="${ns}">` : `<${prefix}:Workbook xmlns:${prefix}="${ns}">`;
    const close = declared ? '</Workbook>' : `</${prefix}:Workbook>`;
    const xml = `<?xml version="1.0"?>${root}<${prefix}:Worksheet ${prefix}:Name="S"><${prefix}:Table ${prefix}:ExpandedRowCount="${rows.length}">${body}</${prefix}:Table></${prefix}:Worksheet>${close}`;
    return { name: 'case.xls', bytes: enc.encode(xml), cells, requested, largest, areas, box: 0 };
  });

// ---------------------------------------------------------------------------------------------
// HTML: tables of rows of cells with colspan/rowspan, tables inside cells, rows repeated
// ---------------------------------------------------------------------------------------------

interface HtmlTable {
  rows: { cells: { colspan: number | string | null; rowspan: number | string | null; th: boolean; nested: HtmlTable | null }[]; times: number }[];
}

const htmlTable: fc.Memo<HtmlTable> = fc.memo((depth) =>
  fc.record({
    rows: fc.array(
      fc.record({
        cells: fc.array(
          fc.record({
            colspan: fc.option(fc.oneof(extent, junk), { freq: 2 }),
            rowspan: fc.option(fc.oneof(extent, junk), { freq: 2 }),
            th: fc.boolean(),
            nested: depth > 1 ? fc.option(htmlTable(depth - 1), { freq: 8 }) : fc.constant(null),
          }),
          { maxLength: 8 },
        ),
        // Rows are repeated in the outer tables only (a repeated row of a repeated table multiplies).
        times: depth === 3 ? copiesUpTo(1000) : fc.constant(1),
      }),
      { maxLength: depth === 3 ? 8 : 3 },
    ),
  }),
);

export const htmlCase: fc.Arbitrary<GridCase> = fc.array(htmlTable(3), { minLength: 1, maxLength: 3 }).map((tables) => {
  let cells = 0;
  let requested = 0;
  let largest = 0;
  const span = (v: number | string | null): number => {
    const x = typeof v === 'number' ? v : Number.parseInt(v ?? '1', 10);
    return Number.isFinite(x) && x >= 1 ? x : 1;
  };
  const render = (t: HtmlTable): string =>
    `<table>${t.rows
      .map((row) => {
        const tds = row.cells
          .map((c) => {
            cells += row.times;
            const area = span(c.colspan) * span(c.rowspan);
            requested += (area - 1) * row.times;
            largest = Math.max(largest, area);
            const tag = c.th ? 'th' : 'td';
            const a = `${c.colspan !== null ? ` colspan="${c.colspan}"` : ''}${c.rowspan !== null ? ` rowspan="${c.rowspan}"` : ''}`;
            // A table inside a cell of a repeated row would repeat with it: only in rows written once.
            return `<${tag}${a}>${c.nested && row.times === 1 ? render(c.nested) : '1'}</${tag}>`;
          })
          .join('');
        return `<tr>${tds}</tr>`.repeat(row.times);
      })
      .join('')}</table>`;
  const html = `<html><body><p>一、总体情况</p>${tables.map(render).join('')}</body></html>`;
  return { name: 'case.html', bytes: enc.encode(html), cells, requested, largest, areas: 0, box: 0 };
});

// ---------------------------------------------------------------------------------------------
// Word: tables of rows of cells with gridSpan, vMerge, hMerge, gridBefore; tables inside cells
// ---------------------------------------------------------------------------------------------

interface DocxTable {
  rows: {
    before: number | string | null;
    cells: { span: number | string | null; vMerge: 'restart' | 'continue' | null; hMerge: 'restart' | 'continue' | null; nested: DocxTable | null }[];
    times: number;
  }[];
}

const docxTable: fc.Memo<DocxTable> = fc.memo((depth) =>
  fc.record({
    rows: fc.array(
      fc.record({
        before: fc.option(fc.oneof(fc.integer({ min: 0, max: 5 }), extent, junk), { freq: 4 }),
        cells: fc.array(
          fc.record({
            span: fc.option(fc.oneof(extent, junk), { freq: 2 }),
            vMerge: fc.constantFrom(null, null, 'restart' as const, 'continue' as const),
            hMerge: fc.constantFrom(null, null, null, 'restart' as const, 'continue' as const),
            nested: depth > 1 ? fc.option(docxTable(depth - 1), { freq: 8 }) : fc.constant(null),
          }),
          { maxLength: 8 },
        ),
        // Rows are repeated in the outer tables only (a repeated row of a repeated table multiplies).
        times: depth === 3 ? copiesUpTo(1000) : fc.constant(1),
      }),
      { maxLength: depth === 3 ? 8 : 3 },
    ),
  }),
);

export const docxCase: fc.Arbitrary<GridCase> = fc.array(docxTable(3), { minLength: 1, maxLength: 3 }).map((tables) => {
  let cells = 0;
  let requested = 0;
  let largest = 0;
  const span = (v: number | string | null): number => {
    const x = typeof v === 'number' ? v : Number.parseInt(v ?? '1', 10);
    return Number.isFinite(x) && x >= 1 ? x : 1;
  };
  const render = (t: DocxTable): string =>
    `<w:tbl>${t.rows
      .map((row) => {
        const pr = row.before !== null ? `<w:trPr><w:gridBefore w:val="${row.before}"/></w:trPr>` : '';
        const tcs = row.cells
          .map((c) => {
            cells += row.times;
            const s = span(c.span);
            requested += (s - 1) * row.times;
            largest = Math.max(largest, s);
            const props = [
              c.span !== null ? `<w:gridSpan w:val="${c.span}"/>` : '',
              c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.vMerge === 'continue' ? '<w:vMerge/>' : '',
              c.hMerge === 'restart' ? '<w:hMerge w:val="restart"/>' : c.hMerge === 'continue' ? '<w:hMerge/>' : '',
            ].join('');
            return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}<w:p><w:r><w:t>1</w:t></w:r></w:p>${c.nested && row.times === 1 ? `${render(c.nested)}<w:p/>` : ''}</w:tc>`;
          })
          .join('');
        return `<w:tr>${pr}${tcs}</w:tr>`.repeat(row.times);
      })
      .join('')}</w:tbl>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>${tables.map(render).join('')}</w:body></w:document>`;
  // Stored, not deflated: repeated rows would pass the zip guard's ratio and never reach the reader.
  return { name: 'case.docx', bytes: buildZip([{ name: 'word/document.xml', data: xml, method: 0 }]), cells, requested, largest, areas: 0, box: 0 };
});

// ---------------------------------------------------------------------------------------------
// The property
// ---------------------------------------------------------------------------------------------

/** Grid positions handed to the table finder (filled in by a vi.mock of src/readers/grid.js). */
export interface GridProbe {
  /** Positions holding a cell, over every grid of the file. */
  positions: number;
}

/** Counts the positions of grids that hold a cell. */
export function filledPositions(grids: readonly { rows: readonly (readonly unknown[])[] }[]): number {
  let n = 0;
  for (const g of grids) for (const row of g.rows) for (const cell of row) if (cell !== undefined) n++;
  return n;
}

export type Outcome = 'read' | 'merges' | 'mergeAreas' | 'sheets' | 'other';

/**
 * Reads one case and checks the property: the reader returns a report or refuses with a ReadError
 * (nothing else escapes); the grids it builds hold at most the input's own cells plus the merge budget
 * (xlsx: at most MAX_SHEET_CELLS positions); a refusal for merged cells, merged areas or sheet size
 * is justified by what the input asks for. Returns what happened and why, for the tally.
 */
export async function checkGridCase(
  c: GridCase,
  read: (input: { path: string; bytes: Uint8Array }) => unknown,
  probe: GridProbe,
  limits: { merged: number; areas: number; sheet: number },
  ReadErrorClass: new (...args: never[]) => Error,
): Promise<{ outcome: Outcome; reason: string }> {
  probe.positions = 0;
  let outcome: Outcome = 'read';
  let reason = '';
  try {
    await read({ path: c.name, bytes: c.bytes });
  } catch (e) {
    if (!(e instanceof ReadErrorClass)) throw new Error(`${c.name}: not a ReadError: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    const data = (e as unknown as { messageId?: string; data?: { reason?: string } });
    reason = String(data.data?.reason ?? data.messageId ?? '');
    outcome = /merged cells of its tables span/.test(reason) ? 'merges' : /merged areas/.test(reason) ? 'mergeAreas' : /sheets of this workbook/.test(reason) ? 'sheets' : 'other';
  }
  const bound = c.name.endsWith('.xlsx') || c.name.endsWith('.xls') ? limits.sheet : c.cells + limits.merged;
  if (probe.positions > bound) throw new Error(`${c.name}: ${probe.positions} grid positions, over the bound ${bound} (${c.cells} cells in the input)`);
  if (outcome === 'merges' && c.requested <= limits.merged) throw new Error(`${c.name}: refused for merged cells, but its merged areas ask for only ${c.requested} positions`);
  if (outcome === 'mergeAreas' && c.areas <= limits.areas) throw new Error(`${c.name}: refused for ${c.areas} merged areas`);
  if (outcome === 'sheets' && c.name.endsWith('.xlsx') && c.box <= limits.sheet) throw new Error(`${c.name}: refused for sheet size, but its sheets cover ${c.box} positions`);
  return { outcome, reason };
}
