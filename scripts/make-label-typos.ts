/**
 * Builds fixtures/label-typos/ (issue #17 items 9 and 10): every corpus page as published text
 * (fixtures/corpus-pages/<name>/page.txt) with two table-三 row labels printed with a typo — a dropped
 * word ("2.其他法律行政止公开"), a dropped or a wrong character — each as a plain typo, with stray spaces
 * inside it, or wrapped over two lines. The typos are the script's, chosen from a fixed list by the
 * page's place in the corpus; nothing else of the page changes.
 *
 * Each folder holds `input.txt` (the page) and `truth.json`: the corpus entry, each typo (row, the text
 * replaced and its replacement, how it is laid out) and the findings it must give beyond the page's own:
 * one table-label warning per typo, naming the label as printed (spaces and line breaks left out) and
 * the official row. Every cell must read as the page as published reads.
 *
 * Run through the test runner (no tsx here):  UPDATE_FIXTURES=1 npx vitest run tests/label-typos.test.ts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LABEL_TYPOS = join(import.meta.dirname, '../fixtures/label-typos');
const PAGES = join(import.meta.dirname, '../fixtures/corpus-pages');

/** A row label's words and what a typo makes of them. */
interface Typo {
  row: string;
  /** The official row as table-label names it (group/row). */
  official: string;
  words: string;
  printed: string;
}

const TYPOS: Typo[] = [
  { row: 'denied_prohibited', official: '（三）不予公开/2.其他法律行政法规禁止公开', words: '其他法律行政法规禁止公开', printed: '其他法律行政止公开' },
  { row: 'unable_not_held', official: '（四）无法提供/1.本机关不掌握相关政府信息', words: '本机关不掌握相关政府信息', printed: '本机关不掌握相关信息' },
  { row: 'denied_internal', official: '（三）不予公开/5.属于三类内部事务信息', words: '属于三类内部事务信息', printed: '属于三类内部事物信息' },
  { row: 'not_processed_excessive', official: '（五）不予处理/4.无正当理由大量反复申请', words: '无正当理由大量反复申请', printed: '无正当理由大量申请' },
  { row: 'unable_needs_creation', official: '（四）无法提供/2.没有现成信息需要另行制作', words: '没有现成信息需要另行制作', printed: '没有现成信息需另行制做' },
  { row: 'not_processed_confirmation', official: '（五）不予处理/5.要求行政机关确认或重新出具已获取信息', words: '要求行政机关确认或重新出具已获取信息', printed: '要求行政机关确认或出具已获取信息' },
  { row: 'denied_process', official: '（三）不予公开/6.属于四类过程性信息', words: '属于四类过程性信息', printed: '属于四类过程信息' },
  { row: 'unable_unclear', official: '（四）无法提供/3.补正后申请内容仍不明确', words: '补正后申请内容仍不明确', printed: '补正后申请内容不明' },
  { row: 'denied_third_party', official: '（三）不予公开/4.保护第三方合法权益', words: '保护第三方合法权益', printed: '保护第三方合法权利' },
  { row: 'not_processed_publication', official: '（五）不予处理/3.要求提供公开出版物', words: '要求提供公开出版物', printed: '要求提供出版物' },
];

/** How a typo is laid out in the text. */
type Layout = 'typo' | 'spaces' | 'wrapped';
const LAYOUTS: Layout[] = ['typo', 'spaces', 'wrapped'];

function laidOut(printed: string, layout: Layout): string {
  const chars = [...printed];
  if (layout === 'spaces') return `${chars.slice(0, 2).join('')} ${chars.slice(2, 5).join('')}  ${chars.slice(5).join('')}`;
  if (layout === 'wrapped') {
    const half = Math.ceil(chars.length / 2);
    return `${chars.slice(0, half).join('')}\n${chars.slice(half).join('')}`;
  }
  return printed;
}

interface Planted {
  row: string;
  official: string;
  words: string;
  written: string;
  layout: Layout;
}

/** A finding the case must give beyond the page's own. */
interface Expected {
  ruleId: 'table-label';
  severity: 'warning';
  row: string;
  /** The label as printed, as the finding quotes it. */
  label: string;
  official: string;
}

export interface LabelTypoCase {
  name: string;
  input: string;
  truth: { base: string; typos: Planted[]; findings: Expected[] };
}

export function corpusPages(): string[] {
  return readdirSync(PAGES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** The numbering written just before `at` ("2." of "00000002.其他…"), as written. */
function numberingBefore(text: string, at: number): string {
  const m = /(\d)\s*[.．、]\s*$/u.exec(text.slice(Math.max(0, at - 4), at));
  if (!m) throw new Error(`no numbering before ${text.slice(at, at + 12)}`);
  return m[0];
}

export function buildLabelTypos(): LabelTypoCase[] {
  return corpusPages().map((name, k) => {
    let input = readFileSync(join(PAGES, name, 'page.txt'), 'utf8');
    const typos: Planted[] = [];
    const findings: Expected[] = [];
    for (const [n, typo] of [TYPOS[k % TYPOS.length]!, TYPOS[(k + 5) % TYPOS.length]!].entries()) {
      const layout = LAYOUTS[(k + n + 2) % LAYOUTS.length]!;
      const at = input.indexOf(typo.words);
      if (at < 0 || input.indexOf(typo.words, at + 1) >= 0) throw new Error(`${name}: "${typo.words}" is not on the page exactly once`);
      const written = laidOut(typo.printed, layout);
      const numbering = numberingBefore(input, at);
      input = input.slice(0, at) + written + input.slice(at + typo.words.length);
      typos.push({ row: typo.row, official: typo.official, words: typo.words, written, layout });
      findings.push({ ruleId: 'table-label', severity: 'warning', row: typo.row, label: `${numbering}${written}`.replace(/\s+/gu, ''), official: typo.official });
    }
    return { name, input, truth: { base: name, typos, findings } };
  });
}

export function writeLabelTypos(root = LABEL_TYPOS): LabelTypoCase[] {
  const cases = buildLabelTypos();
  for (const c of cases) {
    const dir = join(root, c.name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'input.txt'), c.input);
    writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(c.truth, null, 2)}\n`);
  }
  return cases;
}
