/**
 * Hardening (issue 8): prototype pollution, formula injection, HTML escaping, atomic outputs,
 * size limits, zip bombs through the real readers, million-row sheets, encodings, and the CLI on
 * malformed input (exit codes, no stack traces).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { writeOutput } from '../src/cli/io-write.js';
import { checkFile, readReport } from '../src/node/file.js';
import { renderCsv } from '../src/renderers/csv.js';
import { layoutToXlsx, type Layout } from '../src/renderers/template.js';
import { buildZip, zipBomb } from './support/zip.js';
import { encodeLegacy } from './support/legacy-encodings.js';

const dir = mkdtempSync(join(tmpdir(), 'gk-hardening-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(name: string, content: string | Uint8Array): string {
  const d = join(dir, String(n++));
  mkdirSync(d);
  const p = join(d, name);
  writeFileSync(p, content);
  return p;
}

async function cli(args: string[], cwd = dir): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (s: string) => (stdout += s), isTTY: false }, stderr: { write: (s: string) => (stderr += s), isTTY: false }, env: { NO_COLOR: '1' }, cwd });
  return { code, stdout, stderr };
}

const STACK = /\n\s+at .+\(?.*:\d+:\d+\)?/;

const seed = JSON.parse(readFileSync('fixtures/corpus/pingtan-2021.json', 'utf8')) as Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
describe('prototype pollution', () => {
  const payload = '{"polluted":"yes","toString":"x"}';
  const levels: Record<string, string> = {
    top: `{"__proto__":${payload},"title":"x"}`,
    topConstructor: `{"constructor":{"prototype":${payload}},"title":"x"}`,
    period: `{"period":{"text":"a","__proto__":${payload}}}`,
    section: `{"sections":[{"heading":"一、总体情况","text":"x","__proto__":${payload}}]}`,
    tables: `{"tables":{"__proto__":${payload},"t3":{}}}`,
    table: `{"tables":{"t3":{"__proto__":${payload},"constructor":{"prototype":${payload}}}}}`,
    row: `{"format":"2021","tables":{"t3":{"new":{"__proto__":${payload},"natural":1}}}}`,
    cell: `{"format":"2021","tables":{"t3":{"new":{"natural":{"value":1,"__proto__":${payload}}}}}}`,
    prototypeKey: `{"prototype":${payload},"tables":{"t2":{"prototype":{"prototype":1}}}}`,
    nestedArray: `{"sections":[[{"__proto__":${payload}}]]}`,
  };
  for (const [where, json] of Object.entries(levels)) {
    it(`refuses forbidden keys (${where}) without effect and reports them`, async () => {
      const p = file(`${where}.json`, json);
      const result = await checkFile(p, { lang: 'en' });
      expect(({}) as Record<string, unknown>).not.toHaveProperty('polluted');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(String({})).toBe('[object Object]');
      expect(result.diagnostics.some((d) => d.ruleId === 'json-forbidden-key')).toBe(true);
      // And through every output of convert.
      for (const to of ['json', 'csv', 'html']) {
        const r = await cli(['convert', p, '--to', to]);
        expect(r.code).toBe(0);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        if (to === 'json') expect(r.stdout).not.toMatch(/__proto__|"polluted"/);
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
describe('formula injection in CSV and XLSX outputs', () => {
  const hostile = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=1', '\r=1', '=HYPERLINK("http://evil","x")'];
  it('convert --to csv neutralizes text cells and keeps numbers as numbers', async () => {
    const t3 = { new: { natural: 12, commercial: -3, research: '3.5' }, carried_over: { natural: hostile[0], commercial: hostile[1], research: hostile[2], nonprofit: hostile[3], legal_services: hostile[4], other: hostile[5] } } as Record<string, Record<string, unknown>>;
    t3.new!.legal_services = hostile[6];
    const p = file('inject.json', JSON.stringify({ ...seed, tables: { t3 } }));
    const r = await cli(['convert', p, '--to', 'csv']);
    expect(r.code).toBe(0);
    // Parse fields (quoted fields may hold CR/commas).
    const fields: string[] = [];
    const re = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/g;
    for (let m = re.exec(r.stdout); m && m[0] !== ''; m = re.exec(r.stdout)) fields.push(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!);
    for (const f of fields) expect(f).not.toMatch(/^[=+\-@\t\r](?!\d+(\.\d+)?$)/);
    for (const h of hostile) expect(fields).toContain(`'${h}`);
    expect(fields).toContain('12');
    expect(fields).toContain('-3'); // a number stays a number, sign and all
    expect(fields).toContain('3.5');
  });
  it('renderCsv neutralizes every hostile value the fuzz strings can make', () => {
    const report = { path: 'x', reader: 'json', format: '2021' as const, sections: [], findings: [], tables: { t3: { cells: Object.fromEntries(hostile.map((h, i) => [['new.natural', 'new.commercial', 'new.research', 'new.nonprofit', 'new.legal_services', 'new.other', 'new.total'][i]!, { kind: 'text' as const, raw: h, source: { pointer: '/x' } }])), extras: [] } } };
    const out = renderCsv(report as never);
    for (const h of hostile) expect(out).toContain(`'${h.replace(/"/g, '""')}`);
  });
  it('the xlsx template writer stores hostile text as neutralized strings, numbers as numbers', async () => {
    const layout: Layout = { rows: [hostile.map((text) => ({ text })), [{ number: -5 }, { number: 12 }, { formula: 'SUM(A2:B2)', number: 7 }]], merges: [], cells: new Map(), headings: new Map() };
    const bytes = await layoutToXlsx([{ name: 'S', layout }]);
    const XLSX = await import('xlsx');
    const ws = XLSX.read(bytes, { type: 'array', cellFormula: true }).Sheets.S!;
    hostile.forEach((h, c) => {
      const cell = ws[XLSX.utils.encode_cell({ r: 0, c })] as { t: string; v: unknown; f?: string };
      expect(cell.t).toBe('s');
      expect(cell.v).toBe(`'${h}`);
      expect(cell.f).toBeUndefined();
    });
    expect(ws.A2).toMatchObject({ t: 'n', v: -5 });
    expect(ws.B2).toMatchObject({ t: 'n', v: 12 });
    expect((ws.C2 as { f?: string }).f).toBe('SUM(A2:B2)'); // the template's own formulas stay
  });
});

// ---------------------------------------------------------------------------------------------
describe('HTML output escapes everything', () => {
  const payloads = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    'javascript:alert(1)',
    '</title><script>alert(1)</script>',
    '<iframe srcdoc="<script>alert(1)</script>">',
    '<style>body{background:url(javascript:alert(1))}</style>',
  ] as const;
  const hostileReport = {
    format: '2021',
    title: `2021年${payloads[0]}政府信息公开工作年度报告`,
    agency: payloads[1],
    period: { text: payloads[2] },
    sections: payloads.map((p, i) => ({ heading: i === 0 ? '一、总体情况' : p, text: p })),
    tables: {
      t3: { new: { natural: payloads[3], commercial: 1 }, [payloads[4]]: { natural: 1 } },
      t2: { [payloads[5]]: { [payloads[6]]: payloads[7] } },
    },
    [payloads[0]]: 'unknown key',
  };

  /** Parses HTML and lists what could run: script elements, on* attributes, javascript: URLs, srcdoc. */
  function active(html: string): string[] {
    const found: string[] = [];
    const p = new Parser({
      onopentag(name, attrs) {
        // The batch page's own charts are inline SVG (formatters/html-charts.ts): their handlers are still looked for below.
        const chart = name === 'svg' && attrs.class === 'chart-svg';
        if (!chart && ['script', 'iframe', 'object', 'embed', 'img', 'svg', 'a', 'base', 'form'].includes(name) && !(name === 'a' && !attrs.href?.match(/^\s*javascript:/i))) {
          if (name !== 'a' || attrs.href) found.push(`<${name}>`);
        }
        for (const [k, v] of Object.entries(attrs)) {
          if (/^on/i.test(k)) found.push(`${name}[${k}]`);
          if (/^\s*(javascript|data|vbscript):/i.test(v) && /^(href|src|action|formaction|xlink:href|srcdoc)$/i.test(k)) found.push(`${name}[${k}=${v}]`);
          if (k === 'srcdoc') found.push(`${name}[srcdoc]`);
        }
      },
    }, { decodeEntities: true, lowerCaseTags: true });
    p.write(html);
    p.end();
    return found;
  }

  it('convert --to html and --annotate: payloads in text, labels, keys and the file name are inert', async () => {
    const fname = `<script>alert(1)<script><svg onload=alert(1)>" onmouseover="alert(1).json`; // no "/" in a file name
    const p = file(fname, JSON.stringify(hostileReport));
    for (const args of [['--to', 'html'], ['--to', 'html', '--annotate'], ['--to', 'html', '--annotate', '--lang', 'en']]) {
      const r = await cli(['convert', p, ...args]);
      expect(r.code, r.stderr).toBe(0);
      expect(active(r.stdout)).toEqual([]);
      expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(r.stdout).toMatch(/Content-Security-Policy[^>]*script-src (&#39;|')none(&#39;|')/);
    }
  });
  it('check --format html: the report page of several files with hostile names', async () => {
    const d = join(dir, `batch-${n++}`);
    mkdirSync(d);
    writeFileSync(join(d, `<img src=x onerror=alert(1)>.json`), JSON.stringify(hostileReport));
    writeFileSync(join(d, `javascript:alert(1).json`), '{ broken');
    const r = await cli(['check', d, '--format', 'html']);
    expect([0, 1]).toContain(r.code);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(active(r.stdout)).toEqual([]);
    expect(r.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
  it('the checker itself finds a live payload (so the test can fail)', () => {
    expect(active('<p>ok</p><img src=x onerror=alert(1)>')).not.toEqual([]);
    expect(active('<a href=" javascript:alert(1)">x</a>')).not.toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('nothing lost: atomic output, no overwriting inputs, batch goes on', () => {
  const good = JSON.stringify(seed);
  it('writes through a temp file and rename: the target is replaced whole, no temp file left', async () => {
    const d = join(dir, `w${n++}`);
    mkdirSync(d);
    writeFileSync(join(d, 'out.txt'), 'previous');
    await writeOutput('out.txt', 'new content', d);
    expect(readFileSync(join(d, 'out.txt'), 'utf8')).toBe('new content');
    expect(readdirSync(d)).toEqual(['out.txt']);
  });
  it('a failed write (target is a directory / parent missing) leaves the previous file intact and no temp file', async () => {
    const d = join(dir, `w${n++}`);
    mkdirSync(join(d, 'out.json'), { recursive: true });
    writeFileSync(join(d, 'out.json', 'keep.txt'), 'previous');
    const input = file('in.json', good);
    const r = await cli(['convert', input, '--to', 'json', '-o', join(d, 'out.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write|无法写入/);
    expect(r.stderr).not.toMatch(STACK);
    expect(readFileSync(join(d, 'out.json', 'keep.txt'), 'utf8')).toBe('previous');
    expect(readdirSync(d)).toEqual(['out.json']);
    const r2 = await cli(['convert', input, '--to', 'json', '-o', join(d, 'missing', 'out.json')]);
    expect(r2.code).toBe(2);
    expect(existsSync(join(d, 'missing'))).toBe(false);
  });
  it('a failed run (unreadable input) leaves no output at all, and an existing output untouched', async () => {
    const d = join(dir, `w${n++}`);
    mkdirSync(d);
    const bad = join(d, 'bad.json');
    writeFileSync(bad, '{"title": "truncated');
    const r = await cli(['convert', bad, '--to', 'csv', '-o', join(d, 'out.csv')]);
    expect(r.code).toBe(1);
    expect(readdirSync(d).sort()).toEqual(['bad.json']);
    writeFileSync(join(d, 'out.csv'), 'previous');
    await cli(['convert', bad, '--to', 'csv', '-o', join(d, 'out.csv')]);
    expect(readFileSync(join(d, 'out.csv'), 'utf8')).toBe('previous');
  });
  it('-o refuses to overwrite an input file, however it is spelled', async () => {
    const d = join(dir, `w${n++}`);
    mkdirSync(d);
    const input = join(d, 'report.json');
    writeFileSync(input, good);
    symlinkSync(input, join(d, 'link.json'));
    for (const out of [input, './report.json', 'sub/../report.json', 'link.json']) {
      mkdirSync(join(d, 'sub'), { recursive: true });
      // Inputs are resolved from the process's directory, outputs from io.cwd: give the input absolute.
      const r = await cli(['convert', input, '--to', 'json', '-o', out], d);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toMatch(/^gongkai: 不能把结果写到输入文件 .* 上，请用 -o 换一个文件名。\n$/);
      const r2 = await cli(['check', input, '--format', 'json', '-o', out], d);
      expect(r2.code, out).toBe(2);
    }
    expect(readFileSync(input, 'utf8')).toBe(good);
  });
  it('a batch goes on past broken files and lists each of them', async () => {
    const d = join(dir, `batch${n++}`);
    mkdirSync(d);
    writeFileSync(join(d, 'a-good.json'), good);
    writeFileSync(join(d, 'b-truncated.json'), good.slice(0, 500));
    writeFileSync(join(d, 'c-bomb.xlsx'), zipBomb());
    writeFileSync(join(d, 'd-empty.json'), '');
    writeFileSync(join(d, 'e-random.docx'), new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]));
    writeFileSync(join(d, 'f-binary.csv'), new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 37) % 256)));
    writeFileSync(join(d, 'g-good.json'), good);
    const r = await cli(['check', d, '--format', 'json', '--jobs', '1']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { files: { file: string; readable: boolean }[] };
    const names = out.files.map((f) => f.file.slice(f.file.lastIndexOf('/') + 1));
    expect(names).toEqual(['a-good.json', 'b-truncated.json', 'c-bomb.xlsx', 'd-empty.json', 'e-random.docx', 'f-binary.csv', 'g-good.json']);
    expect(out.files.filter((f) => !f.readable).map((f) => f.file.slice(f.file.lastIndexOf('/') + 1))).toEqual(expect.arrayContaining(['b-truncated.json', 'c-bomb.xlsx', 'd-empty.json', 'e-random.docx']));
    expect(out.files.find((f) => f.file.endsWith('g-good.json'))!.readable).toBe(true);
    const pretty = await cli(['check', d, '--jobs', '1']);
    for (const name of ['b-truncated.json', 'c-bomb.xlsx', 'd-empty.json', 'e-random.docx']) expect(pretty.stdout + pretty.stderr).toContain(name);
  });
});

// ---------------------------------------------------------------------------------------------
describe('resource limits', () => {
  it('a report with a very long section is checked in linear time (regression: 8 MB took 55 s in report-period)', async () => {
    const base = JSON.parse(readFileSync('fixtures/corpus/seed-tianmen-2021.json', 'utf8')) as { sections: { heading: string; text: string }[] };
    const one = base.sections[0]!.text;
    let text = '';
    // Just under the 2,000,000 characters a report's text may have (src/readers/limits.ts): longer is refused.
    while (text.length + one.length < 1_900_000) text += `${one}\n`;
    const p = file('long-section.json', JSON.stringify({ ...base, sections: [{ ...base.sections[0]!, text }, ...base.sections.slice(1)] }));
    const t = performance.now();
    const result = await checkFile(p);
    const ms = performance.now() - t;
    console.log(`JSON report with a ${(text.length / 1e6).toFixed(1)}-million-character section 一: checked in ${ms.toFixed(0)} ms`);
    expect(result.readable).toBe(true);
    // A hang guard, not a speed test: linear is well under a second here; quadratic took ~20 s.
    expect(ms).toBeLessThan(10_000);
  });

  it('convert --max-size refuses a larger file with the same message, and converts it with a larger limit', async () => {
    const p = file('big-convert.json', JSON.stringify({ ...seed, padding: 'x'.repeat(300 * 1024) }));
    const r = await cli(['convert', p, '--to', 'csv', '--max-size', '100KB', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/exceeds the limit 100 KB/);
    expect(r.stdout).toBe('');
    const ok = await cli(['convert', p, '--to', 'csv', '--max-size', '1MB']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^table,row_group,row/);
    expect((await cli(['convert', p, '--to', 'csv', '--max-size', 'huge'])).code).toBe(2);
  });

  it('--max-size refuses a larger file (exit 1, clear message) and accepts it with a larger limit', async () => {
    const p = file('big.json', JSON.stringify({ ...seed, padding: 'x'.repeat(300 * 1024) }));
    const r = await cli(['check', p, '--max-size', '100KB', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/exceeds the limit 100 KB/);
    const ok = await cli(['check', p, '--max-size', '1MB', '--format', 'json']);
    expect((JSON.parse(ok.stdout) as { files: { readable: boolean }[] }).files[0]!.readable).toBe(true);
    for (const bad of ['lots', '-1', '10XB', '']) expect((await cli(['check', p, '--max-size', bad])).code).toBe(2);
  });
  it('a 300 KB zip bomb named .xlsx or .docx is refused by the readers, quickly', async () => {
    for (const ext of ['.xlsx', '.docx']) {
      const p = file(`bomb${ext}`, zipBomb());
      const t = performance.now();
      const result = await checkFile(p, { lang: 'en' });
      const ms = performance.now() - t;
      console.log(`zip bomb as ${ext}: refused as ${result.diagnostics[0]?.messageId} in ${ms.toFixed(1)} ms`);
      expect(result.readable).toBe(false);
      expect(result.diagnostics[0]!.messageId).toBe('zipRatio');
      expect(result.diagnostics[0]!.message).toMatch(/zip bomb/);
      expect(ms).toBeLessThan(5000); // generous: the machine is shared; the measured figure is printed
    }
  });
  it('merged areas far beyond the content do not blow up the grid (fuzz regression: was 27 s)', async () => {
    const XLSX = await import('xlsx');
    const ws = XLSX.utils.aoa_to_sheet([['本年新收政府信息公开申请数量', 1, 2], ['自然人', 3, 4]]);
    ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 1979, c: 110 } }, { s: { r: 1, c: 1 }, e: { r: 1008, c: 207 } }, { s: { r: 0, c: 2 }, e: { r: 853, c: 40 } }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const p = file('merges.xlsx', new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer));
    const t = performance.now();
    const report = await readReport(p);
    const ms = performance.now() - t;
    console.log(`sheet with merges to DG1980 over 2×3 cells: read in ${ms.toFixed(0)} ms`);
    expect(report.reader).toBe('xlsx');
    expect(ms).toBeLessThan(5000);
  });
  it('a sheet whose used range claims a million rows is read without allocating them', async () => {
    const sheet =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<dimension ref="A1:XFD1048576"/><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>本年新收政府信息公开申请数量</t></is></c><c r="B1"><v>12</v></c></row>' +
      '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>' +
      '</sheetData><mergeCells count="1"><mergeCell ref="C1:XFC1048575"/></mergeCells></worksheet>';
    const xlsx = buildZip([
      { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>' },
      { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
      { name: 'xl/workbook.xml', data: '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>' },
      { name: 'xl/_rels/workbook.xml.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
      { name: 'xl/worksheets/sheet1.xml', data: sheet },
    ]);
    const p = file('million.xlsx', xlsx);
    const before = process.memoryUsage().heapUsed;
    const t = performance.now();
    const report = await readReport(p);
    const ms = performance.now() - t;
    const grew = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
    console.log(`million-row sheet: read in ${ms.toFixed(0)} ms, heap grew ${grew.toFixed(1)} MB`);
    expect(report.reader).toBe('xlsx');
    expect(ms).toBeLessThan(10_000);
    // A million rows of even empty cells would be hundreds of MB; the reader keeps a capped grid.
    expect(grew).toBeLessThan(150);
  });
});

// ---------------------------------------------------------------------------------------------
describe('encodings', () => {
  it('invalid UTF-8 in JSON is a clear error', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"title":"'), 0xc3, 0x28, ...new TextEncoder().encode('"}')]);
    const r = await checkFile(file('bad-utf8.json', bytes), { lang: 'en' });
    expect(r.readable).toBe(false);
    expect(r.diagnostics[0]!.message).toMatch(/invalid UTF-8/);
    // GBK bytes in a .json file are not silently accepted either.
    const gbk = await checkFile(file('gbk.json', encodeLegacy('{"title":"平潭综合实验区2021年度政府信息公开工作年度报告"}', 'gbk')), { lang: 'zh' });
    expect(gbk.readable).toBe(false);
    expect(gbk.diagnostics[0]!.message).toMatch(/UTF-8/);
  });
  const simplified = '平潭综合实验区2021年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开政府信息。\n';
  const traditional = '平潭綜合實驗區2021年政府信息公開工作年度報告\n一、總體情況\n本年度主動公開政府信息。\n';
  it('text and CSV in GBK are detected', async () => {
    for (const ext of ['.txt', '.csv']) {
      const report = await readReport(file(`gbk${ext}`, encodeLegacy(simplified.replace(/\n/g, ext === '.csv' ? ',\n' : '\n'), 'gbk')));
      expect(JSON.stringify(report)).toContain('平潭综合实验区');
    }
  });
  it('text in Big5 is detected (it also decodes, as mojibake, as GBK)', async () => {
    const report = await readReport(file('big5.txt', encodeLegacy(traditional, 'big5')));
    expect(JSON.stringify(report)).toContain('一、總體情況');
    expect(JSON.stringify(report)).toContain('本年度主動公開政府信息');
  });
  it('HTML: a declared charset is used; without one, GBK is detected', async () => {
    const page = (charset: string, text: string): string => `<!doctype html><html><head>${charset ? `<meta charset="${charset}">` : ''}<title>x</title></head><body><p>${text.replace(/\n/g, '</p><p>')}</p></body></html>`;
    const declared = await readReport(file('big5.html', encodeLegacy(page('big5', traditional), 'big5')));
    expect(JSON.stringify(declared)).toContain('本年度主動公開政府信息');
    const undeclaredBig5 = await readReport(file('big5-undeclared.html', encodeLegacy(page('', traditional), 'big5')));
    expect(JSON.stringify(undeclaredBig5)).toContain('本年度主動公開政府信息');
    const undeclared = await readReport(file('gbk.html', encodeLegacy(page('', simplified), 'gbk')));
    expect(JSON.stringify(undeclared)).toContain('平潭综合实验区');
  });
  it('--encoding overrides detection, and an unknown or wrong encoding is reported', async () => {
    const p = file('forced.txt', encodeLegacy(traditional, 'big5'));
    expect(JSON.stringify(await readReport(p, { encoding: 'big5' }))).toContain('本年度主動公開政府信息');
    const r = await cli(['check', p, '--encoding', 'no-such-encoding', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/unknown encoding "no-such-encoding"/);
    const utf8Forced = await cli(['check', p, '--encoding', 'utf-8', '--lang', 'en']);
    expect(utf8Forced.code).toBe(1);
    expect(utf8Forced.stdout).toMatch(/not valid utf-8/);
  });
});

// ---------------------------------------------------------------------------------------------
describe('CLI on malformed input: exit 1 or 2, no stack traces unless --debug', () => {
  const inputs: [string, string | Uint8Array][] = [
    ['empty.json', ''],
    ['nul.json', new Uint8Array(64)],
    ['deep.json', '['.repeat(100_000)],
    ['deep-valid.json', '['.repeat(5000) + ']'.repeat(5000)],
    ['array.json', '[1,2,3]'],
    ['nan.json', '{"tables":{"t3":{"new":{"natural":NaN}}}}'],
    ['huge.json', '{"year":1e999,"tables":{"t3":{"new":{"natural":1e999}}}}'],
    ['random.xlsx', new Uint8Array(Array.from({ length: 2000 }, (_, i) => (i * 131 + 7) % 256))],
    ['truncated.xlsx', zipBomb(2, 1024).subarray(0, 900)],
    ['text.docx', 'this is not a zip'],
    ['binary.html', new Uint8Array(Array.from({ length: 2000 }, (_, i) => (i * 17) % 256))],
    ['long-line.txt', '数'.repeat(200_000)],
    ['quotes.csv', '"'.repeat(10_001) + '\n,,,\n'],
    ['noext', '{}'],
    ['report.pdf', '%PDF-1.4'],
  ];
  for (const [name, content] of inputs) {
    it(`${name}`, async () => {
      const p = file(name, content);
      for (const args of [['check', p], ['check', p, '--format', 'json'], ['convert', p, '--to', 'json'], ['convert', p, '--to', 'html']]) {
        const r = await cli(args);
        expect([0, 1, 2], `${args.join(' ')}: ${r.stderr}`).toContain(r.code);
        if (args[0] === 'check') expect(r.code, r.stderr).not.toBe(0);
        expect(r.stderr, args.join(' ')).not.toMatch(STACK);
        expect(r.stdout).not.toMatch(STACK);
        expect(r.stderr).not.toMatch(/internal error|内部错误/);
      }
    });
  }
  it('a missing file and a directory with nothing to read: exit 1, no stack', async () => {
    const r = await cli(['check', join(dir, 'does-not-exist.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(STACK);
    const empty = join(dir, `empty${n++}`);
    mkdirSync(empty);
    const r2 = await cli(['check', empty]);
    expect(r2.code).toBe(1);
  });
});
