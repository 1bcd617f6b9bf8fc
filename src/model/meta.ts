/** Title, agency and year from a report's title line (SPEC §7: "<机关名称>20XX年政府信息公开工作年度报告"). */

import { toSimplified } from '../format/labels.js';

/**
 * Matched on the title with traditional characters folded to simplified (a site's 繁體 button gives
 * "…政府信息公開工作年度報告"); the folding keeps every character's position, so the agency is taken from
 * the title as written.
 */
const TITLE = /^(.*?)(\d{4})\s*年(?:度)?\s*(.*?)政府信息公开(?:工作)?年度?报告/du;

export interface TitleMeta {
  agency?: string;
  year?: number;
}

/** Reads agency and year from a title such as "天门市政务服务和大数据管理局2021年政府信息公开工作年度报告". */
export function metaFromTitle(title: string): TitleMeta {
  const t = title.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const m = TITLE.exec(toSimplified(t));
  if (!m) return {};
  const year = Number(m[2]);
  const written = (k: 1 | 3): string => t.slice(m.indices![k]![0], m.indices![k]![1]).trim();
  const agency = (written(1) || written(3)).replace(/[《》“”"]/g, '').trim();
  return { ...(agency ? { agency } : {}), ...(year >= 2000 && year <= 2100 ? { year } : {}) };
}

/** Looks for a title line among the first lines of a text. */
export function isTitleLine(line: string): boolean {
  return line.length < 80 && TITLE.test(toSimplified(line.normalize('NFKC')));
}

const PERIOD =
  /[^。\n]*?(?:统计期限|统计时间|统计期|时间范围)[^。\n]*?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起)?\s*(?:至|到|—|-|～|~)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日[^。\n]*/uy;
const PERIOD_KEYWORD = /统计期限|统计时间|统计期|时间范围/u;
/** How far around its keyword a 统计期限 sentence is looked for (hardening: bounds the work on long lines). */
const PERIOD_WINDOW = 400;

/**
 * The 统计期限 sentence: "本报告所列数据统计期限为2021年1月1日至12月31日".
 * Tried only from the start of a sentence (after 。 or a line break) that has a keyword, on a window
 * around the keyword: an unanchored search is quadratic on a long line without 。 (found by fuzzing).
 */
export function findPeriod(text: string): { text: string; from?: string; to?: string } | undefined {
  let m: RegExpExecArray | null = null;
  for (let start = 0; start <= text.length && !m; ) {
    let end = start;
    while (end < text.length && text[end] !== '。' && text[end] !== '\n') end++;
    const kw = PERIOD_KEYWORD.exec(text.slice(start, end));
    if (kw) {
      const from = Math.max(start, start + kw.index - PERIOD_WINDOW);
      PERIOD.lastIndex = 0;
      m = PERIOD.exec(text.slice(from, Math.min(text.length, start + kw.index + 2 * PERIOD_WINDOW)));
    }
    start = end + 1;
  }
  if (!m) return undefined;
  const pad = (s: string): string => s.padStart(2, '0');
  const from = `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
  const to = `${m[4] ?? m[1]}-${pad(m[5]!)}-${pad(m[6]!)}`;
  return { text: m[0].trim(), from, to };
}
