/**
 * Messages are for agency staff: plain Chinese (or English with --lang en) that says what is wrong and
 * how to fix it. This file checks that what the messages suggest works, and that no message carries
 * programmer words (parser error codes, type names, internal equation ids).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../src/node/run.js';
import { checkFile } from '../src/node/file.js';
import type { Lang } from '../src/messages/render.js';
import type { FileResult } from '../src/model/diagnostic.js';
import { RULES } from '../src/rules/index.js';
import { runCli } from './support/cli.js';
import { tempDir } from './support/tmp.js';
import { buildZip } from './support/zip.js';

const RULE_FIXTURES = join(import.meta.dirname, '../fixtures/rules');

describe('format-superseded: the command its hint suggests runs', () => {
  const input = join(RULE_FIXTURES, 'format-superseded/invalid-2019-format-for-2022/input.json');
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: the suggested gongkai template command writes the template (exit 0)`, async () => {
      const run = await runCli(['check', input, '--format', 'json', '--lang', lang]);
      const d = (JSON.parse(run.stdout) as { files: { diagnostics: { ruleId: string; hint?: string }[] }[] }).files[0]!.diagnostics.find((x) => x.ruleId === 'format-superseded');
      expect(d?.hint).toBeDefined();
      // The command closes the hint, so that it can be copied as it is.
      const m = /gongkai (template .*)$/.exec(d!.hint!);
      expect(m, d!.hint).not.toBeNull();
      const args = m![1]!.trim().split(/\s+/);
      expect(args[0]).toBe('template');
      const dir = mkdtempSync(join(tmpdir(), 'gk-superseded-'));
      try {
        const made = await runCli(args, {}, dir);
        expect(made.stderr).toBe('');
        expect(made.code).toBe(0);
        const files = readdirSync(dir);
        expect(files).toHaveLength(1);
        expect(statSync(join(dir, files[0]!)).size).toBeGreaterThan(1000);
        // The template it wrote is the current (2021) format for the report's year.
        const checked = await runCli(['check', join(dir, files[0]!), '--format', 'json']);
        const result = (JSON.parse(checked.stdout) as { files: { format: string; year?: number }[] }).files[0]!;
        expect(result.format).toBe('2021');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

/** Words of programs, not of the people who read the messages. */
const PROGRAMMER_WORDS: [RegExp, string][] = [
  [/\bundefined\b/i, 'undefined'],
  [/\bnull\b/i, 'null'],
  [/\bNaN\b/, 'NaN'],
  [/\barray\b/i, 'array'],
  [/\bobject\b/i, 'object'],
  [/\bstring\b/i, 'string'],
  [/\bboolean\b/i, 'boolean'],
  [/Unexpected/, 'Unexpected'],
  [/EndOf/, 'EndOf'],
  [/Invalid input/i, 'Invalid input'],
  [/\bR[1-4]\b/, 'R1–R4'],
  [/\[object/, '[object'],
  [/TypeError|SyntaxError|RangeError/, 'TypeError'],
  [/(?:^|[\s（(“"：:])\/(?:tables|sections|period|title|agency|year|format|schemaVersion)\b/, 'JSON pointer'],
  [/\{\w+(?:\|\w+)*\}/, 'unfilled placeholder'],
];

function programmerWords(text: string): string[] {
  return PROGRAMMER_WORDS.filter(([re]) => re.test(text)).map(([, w]) => w);
}

const CORPUS_JSON = join(import.meta.dirname, '../fixtures/corpus/pingtan-2025.json');

/** Hostile JSON documents: truncated, wrong types, lists where objects belong, empty values, missing keys. */
function hostileJson(): Record<string, string | Uint8Array> {
  const text = readFileSync(CORPUS_JSON, 'utf8');
  const base = (): Record<string, any> => JSON.parse(text) as Record<string, any>;
  const out: Record<string, string | Uint8Array> = {};
  // Truncated at many places: inside a key, a string, a number, after a colon or a comma, in an escape.
  const cuts = new Set<number>([1, 2, 5, 20, 21, 30, 44, 60, 61, 62, 100, 150, 151, 152, 400, 1000]);
  for (const m of text.matchAll(/[:,\[\]{}]|\d|"/g)) if (m.index! < 6000 && m.index! % 7 === 0) cuts.add(m.index! + 1);
  for (const at of [...cuts].sort((a, b) => a - b)) out[`cut-${at}.json`] = text.slice(0, at);
  out['cut-end.json'] = text.slice(0, -2);
  // Syntax errors of every kind.
  const syntax: Record<string, string> = {
    'trailing-comma': '{"schemaVersion": 1, "sections": [], "tables": {},}',
    comment: '{"schemaVersion": 1, // 注释\n "sections": [], "tables": {}}',
    'single-quotes': "{'schemaVersion': 1}",
    'unquoted-key': '{schemaVersion: 1}',
    'nan-literal': '{"schemaVersion": NaN}',
    'bare-word': '{"title": 政府信息公开}',
    'missing-colon': '{"title" "x"}',
    'missing-comma': '{"title": "x" "year": 2022}',
    'after-end': '{"title": "x"} {"title": "y"}',
    'control-char': '{"title": "a\tb"}',
    'bad-escape': '{"title": "a\\qb"}',
    'bad-unicode': '{"title": "a\\u12G4"}',
    'unclosed-string': '{"title": "某局2022年',
    'bad-number': '{"year": 20.22.1}',
    'minus-only': '{"year": -}',
    'extra-brace': '{"title": "x"}}',
    'extra-bracket': '{"sections": [1]]}',
    'bracket-for-brace': '{"sections": [}',
    empty: '',
    'bom-only': '\uFEFF',
    blank: '  \n\t ',
  };
  for (const [k, v] of Object.entries(syntax)) out[`syntax-${k}.json`] = v;
  out['invalid-utf8.json'] = new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
  out['deep.json'] = '['.repeat(100) + ']'.repeat(100);
  out['deep-object.json'] = '{"a":'.repeat(100) + '1' + '}'.repeat(100);
  out['deep-broken.json'] = '['.repeat(5000);
  // Wrong types everywhere.
  const values: [string, unknown][] = [['null', null], ['list', []], ['list1', [1, 'x']], ['object', {}], ['text', 'x'], ['number', 5], ['true', true], ['false', false]];
  for (const key of ['schemaVersion', 'format', 'title', 'agency', 'year', 'period', 'sections', 'tables', '$schema']) {
    for (const [n, v] of values) {
      const d = base();
      d[key] = v;
      out[`type-${key}-${n}.json`] = JSON.stringify(d);
    }
    const d = base();
    delete d[key];
    out[`missing-${key}.json`] = JSON.stringify(d);
  }
  for (const [n, v] of values) {
    const d = base();
    d.sections[1] = v;
    out[`type-section-${n}.json`] = JSON.stringify(d);
    for (const f of ['heading', 'text', 'source']) {
      const e = base();
      e.sections[2][f] = v;
      out[`type-section-${f}-${n}.json`] = JSON.stringify(e);
    }
    for (const t of ['t2', 't3', 't4']) {
      const e = base();
      e.tables[t] = v;
      out[`type-${t}-${n}.json`] = JSON.stringify(e);
    }
    const row = base();
    row.tables.t3.new = v;
    out[`type-row-${n}.json`] = JSON.stringify(row);
    const row2 = base();
    row2.tables.t2.regulations = v;
    out[`type-t2row-${n}.json`] = JSON.stringify(row2);
    const cell = base();
    cell.tables.t3.total.natural = v;
    out[`type-cell-${n}.json`] = JSON.stringify(cell);
    const inner = base();
    inner.tables.t4.review.total = { value: v, raw: v, source: v };
    out[`type-cell-object-${n}.json`] = JSON.stringify(inner);
    const period = base();
    period.period = { text: v, from: v, to: v };
    out[`type-period-fields-${n}.json`] = JSON.stringify(period);
  }
  for (const [n, v] of [['text', '2022'], ['fraction', 2022.5], ['early', 1990], ['negative', -1], ['big', 1e30]] as const) {
    const d = base();
    d.year = v;
    out[`year-${n}.json`] = JSON.stringify(d);
  }
  for (const v of [2, '1', 0]) {
    const d = base();
    d.schemaVersion = v;
    out[`schema-version-${String(v)}.json`] = JSON.stringify(d);
  }
  const src = base();
  src.sections[0].source = { line: -1, sheet: 5, table: 'x' };
  out['source-bad.json'] = JSON.stringify(src);
  const cellSrc = base();
  cellSrc.tables.t3.new.natural = { value: 1, source: { line: 0, col: 'x' } };
  out['cell-source-bad.json'] = JSON.stringify(cellSrc);
  // Keys the layout does not have, misspelt or forbidden.
  const unknown = base();
  unknown.sectons = unknown.sections;
  unknown.tables.t5 = {};
  unknown.period.until = '2025-12-31';
  unknown.sections[0].note = 'x';
  out['unknown-keys.json'] = JSON.stringify(unknown);
  out['forbidden-keys.json'] = text.replace('"tables": {', '"tables": {"__proto__": {"x": 1}, "constructor": 1, ').replace('"sections": [', '"prototype": 1, "sections": [');
  // Not a report object at the top.
  for (const [n, v] of [['list', '[{"title": "某局2022年政府信息公开工作年度报告"}]'], ['null', 'null'], ['text', '"政府信息公开"'], ['number', '2022'], ['words', '["政府信息公开工作年度报告"]']] as const) out[`top-${n}.json`] = v;
  return out;
}

/** Other hostile files: damaged workbooks, documents and pages, binary text. */
function hostileFiles(): Record<string, string | Uint8Array> {
  const bin = new Uint8Array(256).map((_, i) => (i * 37) % 256);
  return {
    'random.xlsx': bin,
    'random.xls': bin,
    'truncated.xlsx': buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]).subarray(0, 40),
    'no-workbook.xlsx': buildZip([{ name: 'a.txt', data: 'x' }]),
    'bad-sheet.xlsx': buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets>' },
    ]),
    'text.xlsx': 'a,b\n1,2\n',
    'random.docx': bin,
    'no-document.docx': buildZip([{ name: 'word/other.xml', data: '<x/>' }]),
    'bad-document.docx': buildZip([{ name: 'word/document.xml', data: '<w:document><w:body' }]),
    'binary.html': new Uint8Array([0x3c, 0x00, 0x00, 0xff]),
    'binary.csv': new Uint8Array([0x61, 0x2c, 0x00, 0x01, 0x0a]),
    'quotes.csv': 'a,"b\n"c"d,e\n"',
    'binary.txt': bin,
    'unknown.pdf': '%PDF-1.4',
    'empty.xlsx': '',
    'empty.csv': '',
    'empty.html': '',
    'empty.txt': '',
    'empty.docx': '',
  };
}

/** Every message and hint of a result. */
function texts(r: FileResult): { where: string; text: string }[] {
  return r.diagnostics.flatMap((d) => [
    { where: `${r.file} ${d.ruleId}/${d.messageId}`, text: d.message },
    ...(d.hint !== undefined ? [{ where: `${r.file} ${d.ruleId}/${d.messageId} hint`, text: d.hint }] : []),
  ]);
}

describe('no programmer words in any message (zh and en)', () => {
  it('the templates themselves', () => {
    const bad: string[] = [];
    for (const rule of RULES) {
      for (const lang of ['zh', 'en'] as const) {
        const t = rule.text[lang];
        for (const [id, tpl] of [...Object.entries(t.messages), ...Object.entries(t.hints ?? {}).map(([k, v]) => [`hint ${k}`, v] as const)]) {
          const words = programmerWords(tpl.replace(/\{\w+(?:\|\w+)*\}/g, 'X'));
          if (words.length) bad.push(`${rule.id} ${lang} ${id}: ${words.join(', ')}: ${tpl}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  const cases = (() => {
    const root = join(import.meta.dirname, '../fixtures/rules');
    const out: { input: string; previous?: string }[] = [];
    for (const rule of readdirSync(root).sort()) {
      for (const c of readdirSync(join(root, rule)).sort()) {
        const dir = join(root, rule, c);
        const input = readdirSync(dir).find((f) => f.startsWith('input.'));
        if (!input) continue;
        const previous = join(dir, 'previous.json');
        out.push({ input: join(dir, input), ...(existsSync(previous) ? { previous } : {}) });
      }
    }
    return out;
  })();

  for (const lang of ['zh', 'en'] as Lang[]) {
    it(`${lang}: every rule fixture, and hostile JSON and other hostile files`, async () => {
      const dir = tempDir('gk-plain-');
      const files = { ...hostileJson(), ...hostileFiles() };
      for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
      const results: FileResult[] = [];
      for (const c of cases) {
        results.push(c.previous ? (await checkPaths([c.input], { previous: c.previous, jobs: 1, lang })).files[0]! : await checkFile(c.input, { lang }));
      }
      for (const name of Object.keys(files).sort()) results.push(await checkFile(join(dir, name), { lang }));
      const all = results.flatMap(texts);
      // The inputs do reach the messages they are about.
      const ids = new Set(results.flatMap((r) => r.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)));
      for (const id of ['json-schema/invalidJson', 'json-schema/invalid', 'json-unknown-key/unknown', 'json-forbidden-key/forbidden', 'table3-balance/incomplete', 'read-error/unreadable', 'read-error/zipMalformed']) {
        expect(ids.has(id), id).toBe(true);
      }
      // Chinese messages are Chinese: no English sentence inside (commands and options aside).
      const english = (t: string): string[] => (lang === 'zh' && /(?:^|[^-\w.])[a-z]+ [a-z]+ [a-z]{2,}\b/.test(t.replace(/gongkai [^，。；]*|--[\w-]+(?:[ =][\w.-]+)?/g, '')) ? ['English text'] : []);
      const bad = all.map((m) => ({ ...m, words: [...programmerWords(m.text), ...english(m.text)] })).filter((m) => m.words.length > 0);
      const seen = new Set<string>();
      const report = bad
        .filter((m) => {
          const k = `${m.where.replace(/^\S+ /, '')} ${m.words.join()}`;
          return seen.has(k) ? false : (seen.add(k), true);
        })
        .map((m) => `${m.where} [${m.words.join(', ')}]: ${m.text}`);
      expect(report).toEqual([]);
    });
  }
});

describe('what the messages say instead, through the CLI', () => {
  async function messages(name: string, content: string, lang: Lang): Promise<string[]> {
    const dir = tempDir('gk-plain-cli-');
    const file = join(dir, name);
    writeFileSync(file, content);
    const run = await runCli(['check', file, '--format', 'json', '--lang', lang]);
    return (JSON.parse(run.stdout) as { files: FileResult[] }).files[0]!.diagnostics.filter((d) => d.ruleId.startsWith('json') || d.ruleId === 'table3-balance').map((d) => d.message);
  }
  const report = (): Record<string, any> => JSON.parse(readFileSync(CORPUS_JSON, 'utf8')) as Record<string, any>;

  it('a truncated file: the line and column where it ends and what may be missing', async () => {
    const text = '{\n  "schemaVersion": 1,\n  "tables": {"t4": {"review": {"upheld": 1\n';
    expect(await messages('cut.json', text, 'zh')).toEqual(['不是有效的 JSON：第 4 行第 1 列，文件在这里意外结束，可能少了 } } } }（文件不完整，或最后几行被删掉了）。']);
    expect(await messages('cut.json', text, 'en')).toEqual(['Not valid JSON: line 4, column 1: the file ends too early; } } } } may be missing (the file is incomplete, or its last lines were cut off).']);
    expect(await messages('comma.json', '{"title": "x",\n "year": 2023,\n}', 'zh')).toEqual(['不是有效的 JSON：第 3 行第 1 列，这里应是用双引号括起的键名（最后一项后面不能有逗号）。']);
  });

  it('wrong values: the field by its official labels, what belongs there and what is there', async () => {
    const d = report();
    d.tables.t3.total.natural = [1, 2];
    d.year = '2025';
    delete d.schemaVersion;
    d.sections[1] = null;
    d.extra = 1;
    const zh = await messages('types.json', JSON.stringify(d), 'zh');
    expect(zh).toContain('表三“（七）总计”行“自然人”列：应为数字（空白单元格写 ""，“/”“无”等照原样写成文字），实际为一组值 […]（2 项）。');
    expect(zh).toContain('报告年度（year）：应为整数年份（2000 至 2100 之间，如 2023，不带引号），实际为文字“2025”。');
    expect(zh).toContain('缺少结构版本号（schemaVersion），应为数字 1。');
    expect(zh).toContain('正文第 2 部分（sections 第 2 项）：应为{"heading": "…", "text": "…"} 这样的一个部分，实际为空值。');
    expect(zh).toContain('文件最外层中的键“extra”不属于规范化报告结构，已忽略。');
    // The sum it cannot check is named by what it checks.
    expect(zh).toContain('“自然人”列无法核对“本年新收＋上年结转＝（七）总计＋结转下年度”：（七）总计 不是数字。');
    const en = await messages('types.json', JSON.stringify(d), 'en');
    expect(en).toContain('Table 三, row "（七）总计", column "自然人": expected a number ("" for a blank cell; "/", "无" and the like as written), found a list […] of 2.');
    expect(en).toContain('The layout version (schemaVersion) is missing; expected the number 1.');
  });
});
