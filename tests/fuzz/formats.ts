/**
 * Format-aware fuzz inputs: inputs shaped like real reports (official labels, table ids, section
 * headings) with hostile values, so that fuzzing reaches past the first parse error.
 * Readers with no entry here still get the generic inputs (harness.ts).
 */
import fc from 'fast-check';
import { getFormat, TABLE_IDS } from '../../src/format/spec.js';
import * as XLSX from 'xlsx';
import { buildZip } from '../support/zip.js';
import { encodeLegacy } from '../support/legacy-encodings.js';
import { anyText, nastyString, utf8, type FuzzSource } from './harness.js';

const f21 = getFormat('2021');
const f19 = getFormat('2019');
const rowIds = [...new Set([f21, f19].flatMap((f) => TABLE_IDS.flatMap((t) => f.tables[t].rows.map((r) => r.id))))];
const colIds = [...new Set([f21, f19].flatMap((f) => TABLE_IDS.flatMap((t) => f.tables[t].columns.map((c) => c.id))))];
const rowLabels = [...new Set([f21, f19].flatMap((f) => TABLE_IDS.flatMap((t) => f.tables[t].rows.map((r) => r.label))))];
const colLabels = [...new Set([f21, f19].flatMap((f) => TABLE_IDS.flatMap((t) => f.tables[t].columns.map((c) => c.label))))];
const headings = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

const key = (ids: string[], labels: string[]): fc.Arbitrary<string> =>
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ids) }, { weight: 2, arbitrary: fc.constantFrom(...labels) }, { weight: 1, arbitrary: fc.constantFrom(...FORBIDDEN) }, { weight: 1, arbitrary: anyText });

const number = fc.oneof(
  fc.integer({ min: -5, max: 5000 }),
  fc.double(),
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER + 2, 1e21, -0),
);

const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: number },
  { weight: 3, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.record({ value: fc.oneof(number, nastyString, fc.constant(null)), raw: fc.option(nastyString, { nil: undefined }) }, { requiredKeys: ['value'] }) },
  { weight: 1, arbitrary: fc.array(number, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('value', 'raw', 'source', ...FORBIDDEN), fc.oneof(number, nastyString), { maxKeys: 3 }) },
);

const table = fc.dictionary(key(rowIds, rowLabels), fc.oneof({ weight: 8, arbitrary: fc.dictionary(key(colIds, colLabels), cellValue, { maxKeys: 12 }) }, { weight: 1, arbitrary: cellValue }), { maxKeys: 14 });

/** A report-shaped object with hostile values and forbidden keys anywhere. */
const reportObject = fc.record(
  {
    $schema: fc.string(),
    schemaVersion: fc.oneof(fc.constant(1), number, nastyString),
    format: fc.oneof(fc.constantFrom('2021', '2019', '2007', ''), nastyString),
    title: fc.oneof(fc.constantFrom('平潭综合实验区2021年度政府信息公开工作年度报告', '某某县2019年政府信息公开工作年度报告'), anyText),
    agency: anyText,
    year: fc.oneof(fc.integer({ min: 1990, max: 2100 }), number, nastyString),
    period: fc.oneof(fc.record({ text: anyText, from: anyText, to: anyText }, { requiredKeys: [] }), nastyString),
    sections: fc.oneof(fc.array(fc.record({ heading: fc.oneof(fc.constantFrom(...headings), anyText), text: anyText }, { requiredKeys: [] }), { maxLength: 8 }), nastyString),
    tables: fc.oneof({ weight: 8, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom('t2', 't3', 't4'), fc.constantFrom(...FORBIDDEN), anyText), table, { maxKeys: 4 }) }, { weight: 1, arbitrary: cellValue }),
  },
  { requiredKeys: [] },
);

/** Puts a forbidden key into the JSON text at a random object (JSON.stringify would drop __proto__ set as a property). */
function withForbiddenKey(text: string, at: number, which: string, value: string): string {
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '{') positions.push(i);
  if (positions.length === 0) return text;
  const p = positions[Math.floor(at * positions.length) % positions.length]!;
  const inner = text[p + 1] === '}' ? '' : ',';
  return `${text.slice(0, p + 1)}"${which}":${value}${inner}${text.slice(p + 1)}`;
}

const jsonSources: FuzzSource[] = [
  {
    name: 'report-shaped JSON',
    weight: 25,
    arb: reportObject.map((o) => ({ bytes: utf8(JSON.stringify(o)), ext: '.json' })),
  },
  {
    name: 'forbidden keys injected anywhere',
    weight: 10,
    arb: fc
      .tuple(reportObject, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...FORBIDDEN), fc.constantFrom('{"polluted":"yes"}', '{"prototype":{"polluted":1}}', '1', '"x"', '[{"polluted":true}]')), { minLength: 1, maxLength: 4 }))
      .map(([o, ins]) => ({ bytes: utf8(ins.reduce((t, [at, k, v]) => withForbiddenKey(t, at, k, v), JSON.stringify(o))), ext: '.json' })),
  },
  {
    name: 'raw numeric tokens JSON cannot round-trip',
    weight: 5,
    arb: fc
      .tuple(fc.constantFrom(...rowIds), fc.constantFrom(...colIds), fc.constantFrom('1e400', '-1e400', '1e-400', '123456789012345678901234567890', '-0', '0.1e1', '1E+2', '9007199254740993'))
      .map(([r, c, n]) => ({ bytes: utf8(`{"format":"2021","tables":{"t3":{"${r}":{"${c}":${n}}},"t2":{"${r}":{"${c}":${n}}},"t4":{"${r}":{"${c}":${n}}}},"year":${n}}`), ext: '.json' })),
  },
  {
    name: 'deep nesting',
    weight: 3,
    arb: fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":', '{"tables":'), fc.boolean()).map(([depth, open, closed]) => {
      const close = open === '[' ? ']' : '}';
      return { bytes: utf8(open.repeat(depth) + '1' + (closed ? close.repeat(depth) : '')), ext: '.json' };
    }),
  },
  {
    name: 'very long lines and strings',
    weight: 2,
    arb: fc.tuple(fc.integer({ min: 10_000, max: 600_000 }), fc.constantFrom('title', 'agency', 'tables', 'sections')).map(([n, k]) => ({
      bytes: utf8(`{"${k}":"${'报'.repeat(n)}"}`),
      ext: '.json',
    })),
  },
  {
    name: 'invalid UTF-8 and BOMs',
    weight: 3,
    arb: fc.tuple(reportObject, fc.constantFrom([0xff], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xef, 0xbb, 0xbf], [0xfe, 0xff], [0xf8, 0x88, 0x80, 0x80, 0x80]), fc.double({ min: 0, max: 1, noNaN: true })).map(([o, bad, at]) => {
      const b = utf8(JSON.stringify(o));
      const p = Math.floor(at * b.length);
      return { bytes: new Uint8Array([...b.subarray(0, p), ...bad, ...b.subarray(p)]), ext: '.json' };
    }),
  },
];

/** Format-specific inputs for a reader's extension (empty for formats without any yet). */
export function formatSources(ext: string): FuzzSource[] {
  switch (ext) {
    case '.json':
      return jsonSources;
    default:
      return extraSources[ext] ?? [];
  }
}

// ---------------------------------------------------------------------------------------------
// Grid formats: rows of official labels and hostile values, as CSV, text, HTML, XLSX and DOCX.

const labelText = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...rowLabels, ...colLabels, ...headings) }, { weight: 2, arbitrary: nastyString }, { weight: 1, arbitrary: anyText });
const valueText = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: -3, max: 99999 }).map(String) }, { weight: 3, arbitrary: nastyString }, { weight: 1, arbitrary: anyText });
const gridArb = fc.array(fc.tuple(labelText, fc.array(valueText, { maxLength: 9 })).map(([l, vs]) => [l, ...vs]), { minLength: 1, maxLength: 40 });

function csvField(t: string): string {
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

const legacy = fc.constantFrom<'utf-8' | 'gbk' | 'big5' | 'utf-16le' | 'bom'>('utf-8', 'utf-8', 'utf-8', 'gbk', 'big5', 'utf-16le', 'bom');

/** Text in an encoding; characters an encoding lacks are replaced by "?" (as a real export would). */
function encodeAs(text: string, enc: 'utf-8' | 'gbk' | 'big5' | 'utf-16le' | 'bom'): Uint8Array {
  if (enc === 'utf-8') return utf8(text);
  if (enc === 'bom') return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
  if (enc === 'utf-16le') {
    const b = new Uint8Array(2 + text.length * 2);
    b[0] = 0xff;
    b[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      b[2 + i * 2] = text.charCodeAt(i) & 0xff;
      b[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    return b;
  }
  const out: number[] = [];
  for (const ch of text) {
    try {
      out.push(...encodeLegacy(ch, enc));
    } catch {
      out.push(0x3f);
    }
  }
  return new Uint8Array(out);
}

const csvSources: FuzzSource[] = [
  {
    name: 'label grids as CSV/TSV in several encodings',
    weight: 30,
    arb: fc.tuple(gridArb, fc.constantFrom(',', '\t', ';'), fc.constantFrom('\n', '\r\n', '\r'), legacy).map(([g, d, nl, enc]) => ({
      bytes: encodeAs(g.map((r) => r.map(csvField).join(d)).join(nl), enc),
      ext: d === '\t' ? '.tsv' : '.csv',
    })),
  },
  {
    name: 'broken quoting',
    weight: 10,
    arb: fc.array(fc.oneof(valueText, fc.constantFrom('"', '""', '"a"b"', '\n', ',', '"\n"')), { maxLength: 60 }).map((a) => ({ bytes: utf8(a.join('')), ext: '.csv' })),
  },
];

const textSources: FuzzSource[] = [
  {
    name: 'report-like text (headings, table lines) in several encodings',
    weight: 30,
    arb: fc.tuple(fc.array(fc.oneof(fc.constantFrom(...headings), gridArb.map((g) => g.map((r) => r.join(' ')).join('\n')), anyText), { maxLength: 12 }), legacy).map(([parts, enc]) => ({
      bytes: encodeAs(parts.join('\n'), enc),
      ext: '.txt',
    })),
  },
];

const span = fc.oneof({ weight: 5, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('colspan="2"', 'rowspan="3"', 'colspan="1000"', 'rowspan="65535"', 'colspan="-1"', 'rowspan="x"', 'colspan="99999999999"') });
const htmlSources: FuzzSource[] = [
  {
    name: 'HTML tables with spans, nesting and broken markup',
    weight: 30,
    arb: fc
      .tuple(
        gridArb,
        fc.array(span, { minLength: 10, maxLength: 10 }),
        fc.constantFrom('', '<meta charset="gbk">', '<meta charset="big5">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', '<meta charset="nonsense">'),
        fc.boolean(),
        fc.constantFrom<'utf-8' | 'gbk' | 'big5'>('utf-8', 'gbk', 'big5'),
      )
      .map(([g, spans, meta, broken, enc]) => {
        let k = 0;
        const rows = g.map((r) => `<tr>${r.map((c) => `<td ${spans[k++ % spans.length]}>${c.replace(/</g, '&lt;')}</td>`).join('')}</tr>`).join('');
        const html = `<!doctype html><html><head>${meta}<title>${g[0]![0]}</title></head><body><h1>${g[0]![0]}</h1><table>${rows}${broken ? '<table><tr><td>' : '</table>'}</body></html>`;
        return { bytes: encodeAs(html, enc), ext: '.html' };
      }),
  },
  {
    name: 'deep and unclosed markup',
    weight: 5,
    arb: fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.constantFrom('<div>', '<table><tr><td>', '<b>', '<td>', '<!--')).map(([n, tag]) => ({ bytes: utf8(tag.repeat(n) + '申请人数 12'), ext: '.html' })),
  },
];

const ooxml = {
  types: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  rels: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  workbook: '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
  wbRels: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
};
const xmlEsc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const xlsxSources: FuzzSource[] = [
  {
    name: 'label grids written by SheetJS, with merges and formulas',
    weight: 25,
    arb: fc
      .tuple(gridArb, fc.array(fc.tuple(fc.nat(60), fc.nat(12), fc.nat(2000), fc.nat(200)), { maxLength: 4 }), fc.array(fc.tuple(fc.nat(40), fc.nat(9), fc.constantFrom('SUM(B1:B9)', '1/0', 'A1', 'NOW()', 'B2+', 'INDIRECT("XFD1048576")')), { maxLength: 3 }))
      .map(([g, merges, formulas]) => {
        // Excel (and SheetJS's writer) allow at most 32,767 characters in a cell.
        const ws = XLSX.utils.aoa_to_sheet(g.map((r) => r.map((c) => (/^-?\d+$/.test(c) ? Number(c) : c.slice(0, 32_767)))));
        ws['!merges'] = merges.map(([r, c, h, w]) => ({ s: { r, c }, e: { r: r + h, c: c + w } }));
        for (const [r, c, f] of formulas) ws[XLSX.utils.encode_cell({ r, c })] = { t: 'n', f };
        const wb = XLSX.utils.book_new();
        XLSX.utils.book_append_sheet(wb, ws, '表三');
        return { bytes: new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer), ext: '.xlsx' };
      }),
  },
  {
    name: 'hand-made sheet XML (huge refs, odd cells) in a zip',
    weight: 10,
    arb: fc
      .tuple(fc.array(fc.tuple(fc.constantFrom('A1', 'B2', 'XFD1048576', 'A0', 'ZZZZ9', '', 'A-1', 'C1048577'), fc.constantFrom('n', 's', 'str', 'b', 'e', 'inlineStr', 'd', 'x'), valueText), { maxLength: 20 }), fc.constantFrom('A1:XFD1048576', 'A1:B2', '', 'garbage', 'A1048576:A1'), fc.boolean())
      .map(([cells, ref, truncate]) => {
        const body = cells.map(([r, t, v]) => (t === 'inlineStr' ? `<c r="${r}" t="inlineStr"><is><t>${xmlEsc(v)}</t></is></c>` : `<c r="${r}" t="${t}"><v>${xmlEsc(v)}</v></c>`)).join('');
        let sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${ref}"/><sheetData><row r="1">${body}</row></sheetData></worksheet>`;
        if (truncate) sheet = sheet.slice(0, sheet.length >> 1);
        return {
          bytes: buildZip([
            { name: '[Content_Types].xml', data: ooxml.types },
            { name: '_rels/.rels', data: ooxml.rels },
            { name: 'xl/workbook.xml', data: ooxml.workbook },
            { name: 'xl/_rels/workbook.xml.rels', data: ooxml.wbRels },
            { name: 'xl/worksheets/sheet1.xml', data: sheet },
          ]),
          ext: '.xlsx',
        };
      }),
  },
  {
    name: 'random zip structures',
    weight: 5,
    arb: fc.array(fc.record({ name: fc.oneof(fc.constantFrom('xl/workbook.xml', 'xl/worksheets/sheet1.xml', '[Content_Types].xml', '../../etc/passwd', 'a/'.repeat(100)), anyText.map((t) => t.slice(0, 300))), data: anyText, method: fc.constantFrom<0 | 8>(0, 8) }), { maxLength: 6 }).map((entries) => ({ bytes: buildZip(entries), ext: '.xlsx' })),
  },
];

const docxSources: FuzzSource[] = [
  {
    name: 'document.xml with paragraphs and tables (spans, vMerge)',
    weight: 30,
    arb: fc
      .tuple(fc.array(fc.oneof(labelText.map((t) => ({ p: t })), gridArb.map((g) => ({ t: g }))), { maxLength: 8 }), fc.array(fc.constantFrom('', '<w:gridSpan w:val="3"/>', '<w:gridSpan w:val="60000"/>', '<w:vMerge w:val="restart"/>', '<w:vMerge/>', '<w:gridSpan w:val="-4"/>'), { minLength: 5, maxLength: 5 }), fc.boolean())
      .map(([blocks, props, truncate]) => {
        let k = 0;
        const run = (t: string): string => `<w:r><w:t xml:space="preserve">${xmlEsc(t)}</w:t></w:r>`;
        const body = blocks
          .map((b) => ('p' in b ? `<w:p>${run(b.p)}</w:p>` : `<w:tbl>${b.t.map((r) => `<w:tr>${r.map((c) => `<w:tc><w:tcPr>${props[k++ % props.length]}</w:tcPr><w:p>${run(c)}</w:p></w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`))
          .join('');
        let doc = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
        if (truncate) doc = doc.slice(0, doc.length >> 1);
        return { bytes: buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: doc }]), ext: '.docx' };
      }),
  },
];

/** Format-specific inputs of the grid and text readers, by extension. */
const extraSources: Record<string, FuzzSource[]> = { '.csv': csvSources, '.txt': textSources, '.html': htmlSources, '.xlsx': xlsxSources, '.docx': docxSources };

