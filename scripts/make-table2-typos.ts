/**
 * Builds fixtures/table2-typos/ (issue #17 items 9 and 10, rows without numbers): corpus reports with
 * one table-二 row label printed with a one- or two-character slip — a wrong character ("行政许克"), a
 * dropped one ("行政事业收费"), two in a long label ("其它对外管理服务事宜") — plain, with stray spaces inside
 * it, or wrapped over two lines; and two that must stay unread: a label equally close to two rows
 * ("行政许罚": one from 行政许可 and one from 行政处罚) and a slip in a two-character label ("规草": too short to
 * tell from another word). The typos are the script's, chosen from a fixed list by the report's place in
 * the corpus; nothing else changes.
 *
 * - `<page>/input.txt`: the page as published (fixtures/corpus-pages/<name>/page.txt), its label replaced
 *   in table 二 (the first occurrence after the table's first group label, 第二十条第（一）项);
 * - `<page>-html/input.html` for three of them: the corpus page as a web page (fixtures/readers/html),
 *   the label replaced in its table cell (the grid readers' path);
 * - `truth.json` beside each: the corpus entry, the typo (row, words, as written, layout) and the
 *   table-label finding it must give (the label as printed, spaces and line breaks left out, and the
 *   official row) — or, for the two that must stay unread, none, and the row's cells absent.
 *
 * - `<page>-[html-]t4-<column>`: table 四's column labels in a web page or a page's text, one of its three
 *   groups' label slipped ("其它结果", "尚末审结", "结果维特"), and one that must stay unread ("总记": a
 *   two-character label).
 *
 * Run through the test runner (no tsx here):  UPDATE_FIXTURES=1 npx vitest run tests/table2-typos.test.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TABLE2_TYPOS = join(import.meta.dirname, '../fixtures/table2-typos');
const PAGES = join(import.meta.dirname, '../fixtures/corpus-pages');
const HTML = join(import.meta.dirname, '../fixtures/readers/html');

interface Typo {
  row: string;
  /** The label as the official template has it (what table-label names). */
  official: string;
  printed: string;
}

/** Slips of the 2021 table 二's labels. */
const TYPOS_2021: Typo[] = [
  { row: 'licensing', official: '行政许可', printed: '行政许克' },
  { row: 'normative_documents', official: '行政规范性文件', printed: '行政规范姓文件' },
  { row: 'fees', official: '行政事业性收费', printed: '行政事业收费' },
  { row: 'enforcement', official: '行政强制', printed: '行政强治' },
  { row: 'penalty', official: '行政处罚', printed: '行政处法' },
  { row: 'fees', official: '行政事业性收费', printed: '行政事业姓收废' },
];

/** Slips of the 2019 table 二's labels. */
const TYPOS_2019: Typo[] = [
  { row: 'other_services', official: '其他对外管理服务事项', printed: '其它对外管理服务事宜' },
  { row: 'procurement', official: '政府集中采购', printed: '政府集中釆购' },
];

type Layout = 'typo' | 'spaces' | 'wrapped';
const LAYOUTS: Layout[] = ['typo', 'spaces', 'wrapped'];

function laidOut(printed: string, layout: Layout): string {
  const chars = [...printed];
  if (layout === 'spaces') return `${chars.slice(0, 2).join('')} ${chars.slice(2).join('')}`;
  if (layout === 'wrapped') {
    const half = Math.ceil(chars.length / 2);
    return `${chars.slice(0, half).join('')}\n${chars.slice(half).join('')}`;
  }
  return printed;
}

export interface Table2TypoTruth {
  /** The corpus entry (fixtures/corpus-pages/<base>) the file is made from. */
  base: string;
  reader: 'text' | 'html';
  /** The label's table and whether it names a row or (table 四) a column; `row` is then the column's id. */
  table: 't2' | 't4';
  kind: 'row' | 'column';
  typo: { row: string; words: string; written: string; layout: Layout };
  /** The table-label finding it must give; absent when the row must stay unread. */
  finding?: { ruleId: 'table-label'; severity: 'warning'; row: string; label: string; official: string };
}

export interface Table2TypoCase {
  name: string;
  file: string;
  input: string;
  truth: Table2TypoTruth;
}

const PAGE_NAMES = ['pingtan-2019', 'pingtan-2020', 'pingtan-2021', 'pingtan-2022', 'pingtan-2023', 'pingtan-2024', 'pingtan-2025', 'pingtan-econdev-2022', 'pingtan-econdev-2024', 'pingtan-finance-2021', 'pingtan-finance-2023', 'pingtan-office-2022', 'pingtan-office-2025', 'pingtan-police-2021', 'pingtan-police-2024'];

/** `text` with the first `words` after table 二's first group label replaced by `written`. */
function plant(name: string, text: string, words: string, written: string, start = '第二十条第（一）项'): string {
  const table = text.indexOf(start);
  if (table < 0) throw new Error(`${name}: no table 二 (${start})`);
  const at = text.indexOf(words, table);
  if (at < 0) throw new Error(`${name}: no "${words}" in table 二`);
  return text.slice(0, at) + written + text.slice(at + words.length);
}

/** `text` with the n-th `words` after `start` replaced by `written`. */
function plantNth(name: string, text: string, words: string, written: string, nth: number, start: string): string {
  let at = text.indexOf(start);
  if (at < 0) throw new Error(`${name}: no "${start}"`);
  for (let k = 0; k < nth; k++) {
    at = text.indexOf(words, k === 0 ? at : at + words.length);
    if (at < 0) throw new Error(`${name}: fewer than ${nth} "${words}" after "${start}"`);
  }
  return text.slice(0, at) + written + text.slice(at + words.length);
}

export function buildTable2Typos(): Table2TypoCase[] {
  const cases: Table2TypoCase[] = [];
  PAGE_NAMES.forEach((name, k) => {
    const is2019 = name === 'pingtan-2019' || name === 'pingtan-2020';
    const list = is2019 ? TYPOS_2019 : TYPOS_2021;
    const typo = list[k % list.length]!;
    const layout = LAYOUTS[k % LAYOUTS.length]!;
    const words = typo.official;
    const written = laidOut(typo.printed, layout);
    const input = plant(name, readFileSync(join(PAGES, name, 'page.txt'), 'utf8'), words, written);
    cases.push({
      name,
      file: 'input.txt',
      input,
      truth: { base: name, reader: 'text', table: 't2', kind: 'row', typo: { row: typo.row, words, written, layout }, finding: { ruleId: 'table-label', severity: 'warning', row: typo.row, label: written.replace(/\s+/gu, ''), official: typo.official } },
    });
  });
  // The grid readers' path: the same kind of slip in a web page's table cell.
  for (const [name, typo] of [
    ['pingtan-2022', TYPOS_2021[0]!],
    ['pingtan-2024', TYPOS_2021[2]!],
    ['pingtan-2019', TYPOS_2019[1]!],
  ] as const) {
    const html = readFileSync(join(HTML, `${name}.html`), 'utf8');
    const input = plant(name, html, `>${typo.official}<`, `>${typo.printed}<`, '第二十条第（一）项');
    cases.push({
      name: `${name}-html`,
      file: 'input.html',
      input,
      truth: { base: name, reader: 'html', table: 't2', kind: 'row', typo: { row: typo.row, words: typo.official, written: typo.printed, layout: 'typo' }, finding: { ruleId: 'table-label', severity: 'warning', row: typo.row, label: typo.printed, official: typo.official } },
    });
  }
  // Must stay unread: equally close to two rows, and a slip in a two-character label.
  for (const [name, row, words, written] of [
    ['pingtan-2023', 'licensing', '行政许可', '行政许罚'],
    ['pingtan-2025', 'regulations', '规章', '规草'],
  ] as const) {
    const input = plant(name, readFileSync(join(PAGES, name, 'page.txt'), 'utf8'), words, written, '二、主动公开政府信息情况');
    cases.push({ name: `${name}-unread-${row}`, file: 'input.txt', input, truth: { base: name, reader: 'text', table: 't2', kind: 'row', typo: { row, words, written, layout: 'typo' } } });
  }
  // Table 四's column labels (repeated under each of its three groups) in a web page and in a page's text:
  // the n-th one slipped. In text the figures are read by position all the same.
  for (const [reader, name, column, words, written, nth, read] of [
    ['html', 'pingtan-2022', 'other', '其他结果', '其它结果', 2, true],
    ['html', 'pingtan-2021', 'pending', '尚未审结', '尚末审结', 1, true],
    ['html', 'pingtan-2023', 'total', '总计', '总记', 3, false],
    ['text', 'pingtan-2024', 'other', '其他结果', '其它结果', 2, true],
    ['text', 'pingtan-police-2024', 'upheld', '结果维持', '结果维特', 3, true],
  ] as const) {
    const html = reader === 'html';
    const source = readFileSync(html ? join(HTML, `${name}.html`) : join(PAGES, name, 'page.txt'), 'utf8');
    const input = html ? plantNth(name, source, `>${words}<`, `>${written}<`, nth, '四、政府信息公开行政') : plantNth(name, source, words, written, nth, '四、政府信息公开行政');
    cases.push({
      name: `${name}-${html ? 'html-' : ''}t4-${column}${read ? '' : '-unread'}`,
      file: html ? 'input.html' : 'input.txt',
      input,
      truth: {
        base: name,
        reader,
        table: 't4',
        kind: 'column',
        typo: { row: column, words, written, layout: 'typo' },
        ...(read ? { finding: { ruleId: 'table-label', severity: 'warning', row: column, label: written, official: words } as const } : {}),
      },
    });
  }
  return cases;
}

export function writeTable2Typos(root = TABLE2_TYPOS): Table2TypoCase[] {
  const cases = buildTable2Typos();
  for (const c of cases) {
    const dir = join(root, c.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, c.file), c.input);
    writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(c.truth, null, 2)}\n`);
  }
  return cases;
}
