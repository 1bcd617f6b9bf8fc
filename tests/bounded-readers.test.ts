/**
 * Bounded readers and linear text analysis (issue #14 items 2 and 3).
 *
 * 1. Readers refuse what no report can be — merged areas filling more than MAX_MERGED_CELLS positions,
 *    more merged areas than MAX_MERGE_AREAS, sheets larger than MAX_SHEET_CELLS, more elements or a
 *    deeper nesting than a page or a Word document has, a text longer than MAX_TEXT_CHARS — with a
 *    plain read-error, in the reader (in-process) and through the CLI.
 * 2. Every hostile grid and text case of tests/support/hostile.ts, and files just under the bounds, are
 *    checked alone by the built CLI in a child process: under 512 MB of memory each (the figures are
 *    printed; SECURITY.md lists them).
 * 3. Sentence splitting, narrative matching, the text reader and the page reader finish on texts where
 *    the code they replace overflowed the stack or worked for minutes (their times are printed, not
 *    asserted), and the linear rewrites give the same results as what they replace.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findStatements } from '../src/analysis/narrative.js';
import { sentences } from '../src/analysis/narrative-text.js';
import { resolveSections } from '../src/analysis/resolve.js';
import { ReadError } from '../src/errors.js';
import type { RunResult } from '../src/model/diagnostic.js';
import type { Report } from '../src/model/report.js';
import { readCsv } from '../src/readers/csv.js';
import { readDocx } from '../src/readers/docx.js';
import { readHtml } from '../src/readers/html.js';
import { readJson } from '../src/readers/json.js';
import { MAX_MERGE_AREAS, MAX_MERGED_CELLS, MAX_TEXT_CHARS } from '../src/readers/limits.js';
import { analyseText, readText } from '../src/readers/text.js';
import { lineLocator, normLabel, normView } from '../src/readers/textlayout.js';
import { readXlsx } from '../src/readers/xlsx.js';
import { runCli } from './support/cli.js';
import { workbook } from './support/grid-arbs.js';
import { BROKEN, CLEAN, HOSTILE } from './support/hostile.js';
import { tempDir } from './support/tmp.js';
import { buildZip } from './support/zip.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/gongkai.js');
const enc = new TextEncoder();
const bytes = (s: string): Uint8Array => enc.encode(s);

/** The read-error a reader throws for the input, or a failure naming what happened instead. */
async function refusal(read: () => unknown): Promise<ReadError> {
  try {
    await read();
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  throw new Error('the file was read, not refused');
}

const corners = (merges = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>一、总体情况</t></is></c></row><row r="3000"><c r="CV3000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>${merges ? `<mergeCells>${merges}</mergeCells>` : ''}</worksheet>`;

const docx = (body: string): Uint8Array =>
  buildZip([{ name: 'word/document.xml', method: 0, data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>` }]);

describe('readers refuse what no report can be, with a plain reason', () => {
  it('HTML: spans filling more than the merge budget (colspan=255 rowspan=999 on every cell of 500 rows)', async () => {
    const page = `<table>${`<tr>${'<td colspan="255" rowspan="999">1</td>'.repeat(4)}</tr>`.repeat(500)}</table>`;
    const e = await refusal(() => readHtml({ path: 'spans.html', bytes: bytes(page) }));
    expect(e.ruleId).toBe('read-error');
    expect(e.data.reasonZh).toBe(`表格合并单元格范围过大（合并后超过 ${MAX_MERGED_CELLS.toLocaleString('en-US')} 个单元格），不像年度报告的表格；请检查文件`);
  });

  it('HTML: a report table with merged headers and notes is read as before', () => {
    const page = `<p>三、收到和处理政府信息公开申请情况</p><table><tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td rowspan="3">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="3">总计</td></tr><tr><td rowspan="2">商业企业</td><td rowspan="2">科研机构</td><td rowspan="2">社会公益组织</td><td rowspan="2">法律服务机构</td><td rowspan="2">其他</td></tr><tr></tr>${'<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>5</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>'}<tr><td colspan="10">注：${'说明'.repeat(100)}</td></tr></table>`;
    const report = readHtml({ path: 'ok.html', bytes: bytes(page) });
    expect(report.tables.t3?.cells['new.natural']).toMatchObject({ kind: 'number', value: 5 });
  });

  it('Word: gridSpan=64 on every cell of 2,000 rows', async () => {
    const e = await refusal(() => readDocx({ path: 'spans.docx', bytes: docx(`<w:tbl>${`<w:tr>${'<w:tc><w:tcPr><w:gridSpan w:val="64"/><w:vMerge/></w:tcPr><w:p/></w:tc>'.repeat(4)}</w:tr>`.repeat(2000)}</w:tbl>`) }));
    expect(e.data.reasonZh).toMatch(/^表格合并单元格范围过大/);
  });

  it('Word: runs nested 5,000 deep (the parser slows down with the square of the depth)', async () => {
    const e = await refusal(() => readDocx({ path: 'deep.docx', bytes: docx(`<w:p>${'<w:r>'.repeat(5000)}<w:t>一、总体情况</w:t>${'</w:r>'.repeat(5000)}</w:p>`) }));
    expect(e.data.reasonZh).toBe('Word 正文元素嵌套超过 400 层');
  });

  it('Word: more elements than any report has', async () => {
    const e = await refusal(() => readDocx({ path: 'many.docx', bytes: docx('<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(170_000)) }));
    expect(e.data.reasonZh).toBe('Word 正文的元素超过 500,000 个，远超年度报告的规模；请检查文件');
  });

  it('Web page: more elements than any report page has', async () => {
    const e = await refusal(() => readHtml({ path: 'many.html', bytes: bytes(`<body>${'<i>'.repeat(250_000)}</body>`) }));
    expect(e.data.reasonZh).toBe('网页的元素超过 200,000 个，远超年度报告的规模；请检查文件');
  });

  it('xlsx: 200 merged areas each covering a 3,000 × 100 sheet', async () => {
    const e = await refusal(() => readXlsx({ path: 'm.xlsx', bytes: workbook([corners('<mergeCell ref="A1:CV3000"/>'.repeat(200))]) }));
    expect(e.data.reasonZh).toMatch(/^表格合并单元格范围过大/);
  });

  it(`xlsx: more than ${MAX_MERGE_AREAS.toLocaleString('en-US')} merged areas, counted before SheetJS keeps them`, async () => {
    const merges = Array.from({ length: 25_000 }, (_, i) => `<mergeCell ref="A${2 * i + 1}:B${2 * i + 2}"/>`).join('');
    const e = await refusal(() => readXlsx({ path: 'm.xlsx', bytes: workbook([corners(merges).replace(/<row r="3000">.*?<\/row>/, '')]) }));
    expect(e.data.reasonZh).toBe('表格合并单元格过多（超过 20,000 处），不像年度报告的表格；请检查文件');
  });

  it('xlsx: three sheets of 3,000 × 100 used cells', async () => {
    const e = await refusal(() => readXlsx({ path: 's.xlsx', bytes: workbook([corners(), corners(), corners()]) }));
    expect(e.data.reasonZh).toBe('工作簿各工作表的范围共有 600,000 个单元格（上限 300,000），不像年度报告；请只保留报告所在的工作表后再检查');
  });

  it('XML Spreadsheet 2003 with another prefix: SheetJS no longer fills the merged area, the budget refuses it', async () => {
    const xml = '<?xml version="1.0"?><x:Workbook xmlns:x="urn:schemas-microsoft-com:office:spreadsheet"><x:Worksheet x:Name="S"><x:Table><x:Row><x:Cell x:MergeAcross="199" x:MergeDown="1999"><x:Data x:Type="String">x</x:Data></x:Cell></x:Row></x:Table></x:Worksheet></x:Workbook>';
    const e = await refusal(() => readXlsx({ path: 'm.xls', bytes: bytes(xml) }));
    expect(e.data.reasonZh).toMatch(/^表格合并单元格范围过大/);
  });

  it('XML Spreadsheet 2003: a merged title across the table widens the grid as before', async () => {
    const xml = '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table><Row><Cell ss:MergeAcross="5"><Data ss:Type="String">一、总体情况</Data></Cell></Row><Row><Cell><Data ss:Type="String">本年度政府信息公开工作稳步推进。</Data></Cell></Row></Table></Worksheet></Workbook>';
    const report = await readXlsx({ path: 't.xls', bytes: bytes(xml) });
    expect(report.sections.map((s) => s.heading)).toEqual(['一、总体情况']);
  });

  it(`text, CSV and JSON: more than ${MAX_TEXT_CHARS.toLocaleString('en-US')} characters`, async () => {
    const over = MAX_TEXT_CHARS + 1000;
    for (const e of [
      await refusal(() => readText({ path: 'n.txt', bytes: bytes('\n'.repeat(over)) })),
      await refusal(() => readCsv({ path: 'c.csv', bytes: bytes(','.repeat(over)) })),
      await refusal(() => {
        const r = JSON.parse(readFileSync(CLEAN, 'utf8')) as { sections: { text: string }[] };
        r.sections[0]!.text = '政务公开工作稳步推进'.repeat(over / 10);
        return readJson({ path: 'l.json', bytes: bytes(JSON.stringify(r)) });
      }),
    ]) {
      expect(e.ruleId).toBe('read-error');
      expect(String(e.data.reasonZh)).toMatch(/^文字内容共有 [\d,]+ 个字符（上限 2,000,000），远超年度报告的篇幅；请检查文件$/);
    }
  });

  it('Word: a body part over 64 MB is refused from the archive directory, before anything is inflated', async () => {
    // 70 MB of paragraphs deflated at about 70:1, under the zip guard's ratio of 100:1.
    const chunks: string[] = [];
    for (let i = 0; i < 110_000; i++) chunks.push(`${'<w:p/>'.repeat(100)}<w:p w:rsidR="${(i * 2654435761 >>> 0).toString(16).padStart(8, '0')}"/>`);
    const part = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${chunks.join('')}</w:body></w:document>`;
    const file = buildZip([{ name: 'word/document.xml', data: part }]);
    expect(file.length * 100).toBeGreaterThan(part.length);
    const e = await refusal(() => readDocx({ path: 'big.docx', bytes: file }));
    expect(e.data.reasonZh).toMatch(/^Word 正文（word\/document\.xml）解压后有 \d+ MB，超过 64 MB 的上限/);
  });

  it('through the CLI: the hostile files are named unreadable with their reason, the other reports checked as always', { timeout: 120_000 }, async () => {
    const dir = tempDir('gongkai-bounded-');
    copyFileSync(CLEAN, join(dir, 'clean.json'));
    copyFileSync(BROKEN, join(dir, 'broken.json'));
    writeFileSync(join(dir, 'spans.html'), `<table>${`<tr>${'<td colspan="255" rowspan="999">1</td>'.repeat(4)}</tr>`.repeat(500)}</table>`);
    writeFileSync(
      join(dir, 'merge-2003.xls'),
      '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table><Row><Cell ss:MergeAcross="16383" ss:MergeDown="1048575"><Data ss:Type="String">x</Data></Cell></Row></Table></Worksheet></Workbook>',
    );
    writeFileSync(join(dir, 'newlines.txt'), '\n'.repeat(10 * 1024 * 1024));
    const run = await runCli(['check', dir, '-f', 'json', '--timeout', '30']);
    expect(run.code, run.stderr).toBe(1);
    const result = JSON.parse(run.stdout) as RunResult;
    const byName = new Map(result.files.map((f) => [f.file.replace(/^.*[\\/]/, ''), f]));
    expect(byName.get('clean.json')!.errorCount).toBe(0);
    expect(byName.get('broken.json')!.errorCount).toBeGreaterThan(0);
    const reason = (name: string): string => {
      const f = byName.get(name)!;
      expect(f.readable, name).toBe(false);
      return f.diagnostics.map((d) => `${d.ruleId}: ${d.message}`).join('\n');
    };
    expect(reason('spans.html')).toMatch(/^read-error: 无法读取此文件：表格合并单元格范围过大/);
    expect(reason('merge-2003.xls')).toMatch(/^read-error: 无法读取此文件：表格合并单元格范围过大/);
    expect(reason('newlines.txt')).toMatch(/^read-error: 无法读取此文件：文字内容共有 10,485,760 个字符/);
  });
});

describe('each hostile file alone stays under 512 MB (built CLI, child process)', () => {
  /** The grid and text cases of tests/support/hostile.ts (the others are other people's). */
  const NAMES = new Set([
    'merge-2003.xls', 'merges.xlsx', 'spans.html', 'paragraphs.docx', 'newlines.txt', 'newlines.html', 'long-section.json', 'many-figures.json',
    'merges-corners.xlsx', 'merges-sheets.xlsx', 'mergecells.xlsx', 'merge-many-2003.xls', 'merge-prefix-2003.xls', 'spans-rows.html',
    'elements.html', 'spans-rows.docx', 'nested-runs.docx', 'paragraphs-deflated.docx', 'newlines.csv', 'commas.csv',
  ]);
  /** Files just under the bounds: read, not refused, within the same memory. */
  const NEAR: { name: string; make: (dir: string) => void }[] = [
    { name: 'near-elements.html', make: (d) => writeFileSync(join(d, 'near-elements.html'), `<html><body>${'<p>x</p>'.repeat(199_000)}</body></html>`) },
    { name: 'near-cells.html', make: (d) => writeFileSync(join(d, 'near-cells.html'), `<html><body><table>${`<tr>${'<td>1</td>'.repeat(100)}</tr>`.repeat(1980)}</table></body></html>`) },
    { name: 'near-spans.html', make: (d) => writeFileSync(join(d, 'near-spans.html'), `<html><body><table>${`<tr>${'<td colspan="64">1</td>'.repeat(4)}</tr>`.repeat(390)}</table></body></html>`) },
    { name: 'near-elements.docx', make: (d) => writeFileSync(join(d, 'near-elements.docx'), docx('<w:p><w:r><w:t>ab</w:t></w:r></w:p>'.repeat(166_000))) },
    { name: 'near-cells.docx', make: (d) => writeFileSync(join(d, 'near-cells.docx'), docx(`<w:tbl>${`<w:tr>${'<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>'.repeat(20)}</w:tr>`.repeat(4900)}</w:tbl>`)) },
    { name: 'near-text.txt', make: (d) => writeFileSync(join(d, 'near-text.txt'), '政务公开工作稳步推进'.repeat(199_000)) },
    { name: 'near-lines.txt', make: (d) => writeFileSync(join(d, 'near-lines.txt'), '政务公开工作稳步推进\n'.repeat(180_000)) },
    { name: 'near-stubs.xlsx', make: (d) => {
      const rows = Array.from({ length: 3000 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 100 }, (_, c) => `<c r="${c < 26 ? String.fromCharCode(65 + c) : `${String.fromCharCode(64 + Math.floor(c / 26))}${String.fromCharCode(65 + (c % 26))}`}${r + 1}"/>`).join('')}</row>`).join('');
      writeFileSync(join(d, 'near-stubs.xlsx'), workbook([`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`]));
    } },
  ];
  const cases = [...HOSTILE.filter((c) => NAMES.has(c.name)), ...NEAR.map((n) => ({ ...n, what: 'just under the bounds' }))];

  it('knows every case it names', () => {
    expect(HOSTILE.filter((c) => NAMES.has(c.name)).map((c) => c.name).sort()).toEqual([...NAMES].sort());
  });

  for (const c of cases) {
    it(`${c.name}: ${c.what}`, { timeout: 120_000 }, () => {
      const dir = tempDir('gongkai-alone-');
      mkdirSync(join(dir, 'tmp'));
      c.make(dir);
      const r = spawnSync('/usr/bin/time', ['-f', 'GONGKAI_RSS_KB=%M', process.execPath, BIN, 'check', join(dir, c.name), '-f', 'json', '--timeout', '60'], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        timeout: 110_000,
        killSignal: 'SIGKILL',
        env: { ...process.env, TMPDIR: join(dir, 'tmp'), NO_COLOR: '1' },
      });
      const rssMb = Number(/GONGKAI_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
      const result = r.stdout ? (JSON.parse(r.stdout) as RunResult) : undefined;
      const file = result?.files[0];
      const first = file?.diagnostics[0];
      console.log(`[alone] ${c.name}: exit ${r.status}${r.signal ? ` ${r.signal}` : ''}, ${rssMb.toFixed(0)} MB, ${file?.readable ? 'read' : `refused: ${first?.message ?? r.stderr.slice(0, 200)}`}`);
      expect(r.signal).toBeNull();
      expect([0, 1]).toContain(r.status);
      expect(rssMb).toBeLessThan(512);
      // Refused by the reader's own bound, never by running out of memory or time.
      expect(first?.messageId === 'outOfMemory' || first?.messageId === 'timeout' || first?.messageId === 'crashed', first?.message).toBe(false);
      if (c.name.startsWith('near-')) expect(file?.readable, first?.message).toBe(true);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Linear text analysis
// ---------------------------------------------------------------------------------------------

/** Milliseconds for f, the best of two runs (the machine is shared). */
function time(f: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * Runs f on the largest input (8 units) and prints its time next to 1 unit's. Nothing here asserts a
 * speed (that is npm run bench's job, never a test's): the test's own time limit (120 s) is the hang
 * guard, and the code these rewrites replace takes far longer than that on 8 units — its work grew with
 * the square of the text (a look-back over the whole prefix per statement, the page text flattened at
 * every paragraph: minutes to hours here) or it overflowed the stack.
 */
function linear(name: string, make: (units: number) => unknown, f: (input: never) => unknown): void {
  const small = make(1);
  const large = make(8);
  f(small as never); // warm up
  const ms = [time(() => f(small as never)), time(() => f(large as never))];
  console.log(`[linear] ${name}: ${ms.map((t) => t.toFixed(0)).join(' / ')} ms for 1 / 8 units`);
}

const MILLION = 1_000_000;

function reportWith(text: string): { report: Report; sections: ReturnType<typeof resolveSections> } {
  const r = JSON.parse(readFileSync(CLEAN, 'utf8')) as Record<string, unknown>;
  const report = { path: 'x.json', reader: 'json', year: r.year as number, sections: [{ heading: '三、收到和处理政府信息公开申请情况', text, source: {} }], tables: {}, findings: [] } as unknown as Report;
  return { report, sections: resolveSections(report) };
}

describe('text analysis is linear', () => {
  it('sentence splitting: 1–8 million characters without punctuation (a regex overflowed the stack on 10 million)', { timeout: 120_000 }, () => {
    linear('sentences', (u) => '政务公开工作稳步推进'.repeat(u * MILLION / 10), (t: string) => sentences(t));
    expect(sentences('政务公开工作稳步推进'.repeat(MILLION))).toHaveLength(1);
  });

  it('narrative statements: one sentence restating a figure over 0.5–4 million characters', { timeout: 120_000 }, () => {
    const sentence = '本年度收到政府信息公开申请1件'; // 15 characters, one statement
    linear('findStatements', (u) => reportWith(sentence.repeat((u * MILLION) / 30)), (x: ReturnType<typeof reportWith>) => findStatements({ ...x.report }, x.sections));
    const { report, sections } = reportWith(sentence.repeat(1000));
    expect(findStatements(report, sections)).toHaveLength(1000);
  });

  it('the text reader: 1–8 million characters of prose and line breaks', { timeout: 120_000 }, () => {
    const chunk = '一、总体情况\n本机关全年收到政府信息公开申请12件，办结12件。\n\n\n二、主动公开政府信息情况\n规章 0 0 3\n';
    linear('analyseText', (u) => chunk.repeat(Math.round((u * MILLION) / chunk.length)), (t: string) => analyseText(t, 'x.txt'));
  });

  it('the page reader: 20,000–160,000 paragraphs (the page text was flattened at every paragraph)', { timeout: 120_000 }, () => {
    linear('readHtml', (u) => bytes(`<html><body>${'<p>申请12件。</p>'.repeat(u * 20_000)}</body></html>`), (b: Uint8Array) => readHtml({ path: 'p.html', bytes: b }));
  });
});

describe('the linear rewrites give the same results', () => {
  /** The regex sentence splitter this replaces (it overflows the stack on millions of characters). */
  const regexSentences = (text: string): { text: string; start: number }[] => {
    const out: { text: string; start: number }[] = [];
    for (const m of text.matchAll(/[^。！？；!?;\n]+[。！？；!?;]?/gu)) if (m[0].trim() !== '') out.push({ text: m[0], start: m.index });
    return out;
  };
  const prose = fc.string({ unit: fc.constantFrom('政', '务', '1', ' ', '\n', '。', '！', '？', '；', '!', '?', ';', '，', '\u3000', '𠀀', 'a'), maxLength: 80 });

  it('sentences() splits as the regex did', () => {
    fc.assert(
      fc.property(prose, (t) => {
        expect(sentences(t)).toEqual(regexSentences(t));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('lineLocator() gives the line and column a list of line starts gave', () => {
    const reference = (text: string, offset: number): { line: number; column: number } => {
      const starts = [0];
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
      let k = 0;
      while (k + 1 < starts.length && starts[k + 1]! <= offset) k++;
      return { line: k + 1, column: offset - starts[k]! + 1 };
    };
    const text = fc.string({ unit: fc.constantFrom('a', '\n', '政', '\r'), maxLength: 2000 });
    fc.assert(
      fc.property(text, fc.integer({ min: -3, max: 2100 }), (t, offset) => {
        expect(lineLocator(t)(offset)).toEqual(reference(t, offset));
      }),
      { numRuns: 500, seed: 8 },
    );
  });

  it('normView() gives the characters and offsets it gave before', () => {
    const reference = (text: string): { s: string; start: number[]; end: number[] } => {
      let s = '';
      const start: number[] = [];
      const end: number[] = [];
      for (let i = 0; i < text.length; ) {
        const ch = String.fromCodePoint(text.codePointAt(i)!);
        const next = i + ch.length;
        for (const c of normLabel(ch)) {
          s += c;
          start.push(i);
          end.push(next);
        }
        i = next;
      }
      return { s, start, end };
    };
    const text = fc.string({ unit: fc.constantFrom('政', '務', 'Ａ', '１', ' ', '“', '”', '\n', '㍿', '𠀀', '（', 'a'), maxLength: 5000 });
    fc.assert(
      fc.property(text, (t) => {
        const v = normView(t);
        const r = reference(t);
        expect({ s: v.s, start: [...v.start], end: [...v.end] }).toEqual(r);
      }),
      { numRuns: 300, seed: 9 },
    );
  });
});
