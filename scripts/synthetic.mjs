/**
 * Synthetic reports for the bench and the profiler, on the built dist/ (run `npm run build` first):
 * seeded variations of the real figures of fixtures/corpus/*.json, and writers for every format the
 * scripts can write (JSON; CSV and XLSX in the official template layout; official-layout HTML pages).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const dist = (p) => import(join(ROOT, 'dist', p));
const { reportLayout, layoutToCsv, layoutToXlsx } = await dist('renderers/template.js');
const { renderHtml } = await dist('renderers/html.js');
const { cellDisplay } = await dist('model/cell.js');

/** Seeded PRNG (mulberry32): the same reports every run. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20261128);
const pick = (xs) => xs[Math.floor(random() * xs.length)];

/** The corpus reports' file names (sorted) and their normalized JSON. */
export const corpusFiles = readdirSync(join(ROOT, 'fixtures/corpus')).filter((f) => f.endsWith('.json')).sort();
export const corpus = corpusFiles.map((f) => JSON.parse(readFileSync(join(ROOT, 'fixtures/corpus', f), 'utf8')));

/**
 * A variation of a real report: another agency name and year, numbers scaled in whole rows (so most
 * sums still hold), and in a quarter of the reports one cell off by one (a real-looking error).
 */
export function vary(base, i) {
  const r = structuredClone(base);
  const agency = `${pick(['平潭', '天门', '福清', '长乐', '闽侯'])}${pick(['市', '区', '县'])}${pick(['教育局', '卫健委', '财政局', '人民政府办公室', '自然资源局'])}${i}`;
  r.agency = agency;
  r.title = `${agency}${r.year ?? 2023}年政府信息公开工作年度报告`;
  const t3 = r.tables?.t3;
  if (t3 && typeof t3 === 'object') {
    const rows = Object.keys(t3);
    if (random() < 0.25 && rows.length > 0) {
      const row = t3[pick(rows)];
      const cols = row && typeof row === 'object' ? Object.keys(row).filter((c) => typeof row[c] === 'number') : [];
      if (cols.length > 0) row[pick(cols)] += 1;
    }
  }
  for (const s of r.sections ?? []) if (random() < 0.3 && typeof s.text === 'string') s.text += `（${agency}补充说明。）`;
  const own = rng(0x5eed + i);
  for (const s of r.sections ?? []) if (typeof s.text === 'string') s.text = reword(s.text, own);
  return r;
}

/** Characters a reworded text draws from (common ones, none a digit, unit or sentence mark). */
const WORDS = [...'工作推进政务公开规范管理服务质量提升落实制度建设平台渠道群众企业机关部门信息发布解读回应关切组织保障监督考核培训队伍专栏栏目网站公众号'];

/**
 * The text of another agency: one Chinese character in four, away from figures (two characters either
 * side of a digit are kept, with the units and words a figure is read with), replaced by another. The
 * reports made from one corpus report would otherwise share their text word for word: a batch of
 * different agencies that copied each other's reports wholesale, which batch-copied-text then compares
 * pair by pair (a cost of the cross-file step that grows with the copies, not with the files).
 */
function reword(text, next) {
  const chars = [...text];
  const nearDigit = (k) => chars.slice(Math.max(0, k - 2), k + 3).some((c) => c >= '0' && c <= '9');
  return chars.map((c, k) => (/\p{Script=Han}/u.test(c) && next() < 0.25 && !nearDigit(k) ? WORDS[Math.floor(next() * WORDS.length)] : c)).join('');
}

/** The values of a read report, by cell id, as the template layout wants them. */
function valuesOf(report) {
  return (id) => {
    const [t, row, col] = id.split('.');
    const cell = report.tables[t]?.cells[`${row}.${col}`];
    if (!cell) return undefined;
    return cell.kind === 'number' && cell.raw === undefined ? cell.value : cellDisplay(cell) || null;
  };
}

export const WRITERS = {
  json: { ext: '.json', write: async (json) => `${JSON.stringify(json, null, 2)}\n` },
  csv: { ext: '.csv', write: async (_json, report) => `\uFEFF${layoutToCsv(layoutFor(report))}` },
  xlsx: { ext: '.xlsx', write: async (_json, report) => layoutToXlsx([{ name: '年度报告', layout: layoutFor(report) }]) },
  html: { ext: '.html', write: async (_json, report) => renderHtml(report) },
};
function layoutFor(report) {
  const texts = Object.fromEntries(report.sections.map((s, k) => [`s${k + 1}`, s.text]));
  return reportLayout(report.format ?? '2021', { values: valuesOf(report), title: report.title, year: report.year, texts });
}
