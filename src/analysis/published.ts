/**
 * When a report was published, and by when it had to be (rule report-late).
 *
 * - `publishedOnPage(bytes)`: the date a saved web page or a text copy of it gives in the site's header —
 *   the page's `<meta name="PubDate">`, or a label 发布时间 / 发布日期 / 时间 followed by a date
 *   (2024-03-08, 2024/3/8, 2024.03.08, 2024年3月8日) — with where it was read.
 * - `agencyLevel(name)`: department, government or township, from the end of the agency's name
 *   (schemas/review.json `levels`).
 * - `deadline(year, level, local)`: the last day the report of `year` may be published.
 */
import { decodeText } from '../readers/decode.js';
import { asciiDigits } from '../format/numerals.js';
import { reviewData, type Level } from './review-data.js';

export interface PublishedOnPage {
  /** YYYY-MM-DD. */
  date: string;
  /** The words the date was read from, as written. */
  text: string;
  /** Line of the file it is on (1-based). */
  line: number;
}

/** How much of a text copy's start the site's header is looked for in. */
const HEADER = 3000;
const DATE = String.raw`(20\d\d)\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})`;
const META = new RegExp(String.raw`<meta\b[^>]*\bname\s*=\s*["']?(?:PubDate|publishdate|firstpublishedtime)["']?[^>]*\bcontent\s*=\s*["']\s*${DATE}`, 'iu');
const META_REVERSED = new RegExp(String.raw`<meta\b[^>]*\bcontent\s*=\s*["']\s*${DATE}[^>]*\bname\s*=\s*["']?(?:PubDate|publishdate|firstpublishedtime)["']?`, 'iu');
/** A label, then (in markup, across tags) the date: 时间 only where it starts a line or follows a space (not 统计时间). */
const LABEL = new RegExp(String.raw`(?:发布(?:时间|日期)|(?:^|(?<=[\s>]))时间)\s*[:：]?\s*(?:<[^>]{0,200}>\s*){0,6}(?:&nbsp;\s*)*${DATE}`, 'mu');

function ymd(y: string, m: string, d: string): string | undefined {
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(Number(y), month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The publication date in a page's header (text copy or markup), or undefined. */
export function publishedOnPage(bytes: Uint8Array, markup: boolean, encoding?: string): PublishedOnPage | undefined {
  // A date typed in full width (２０２６-０１-２０) reads as an ASCII one.
  const text = asciiDigits(decodeText(bytes, encoding).text);
  const where = markup ? text : text.slice(0, HEADER);
  const found = (markup ? (META.exec(where) ?? META_REVERSED.exec(where)) : null) ?? LABEL.exec(where);
  if (!found) return undefined;
  const date = ymd(found[1]!, found[2]!, found[3]!);
  if (!date) return undefined;
  const line = (where.slice(0, found.index).match(/\n/gu)?.length ?? 0) + 1;
  return { date, text: found[0].replace(/<[^>]*>|&nbsp;/gu, ' ').replace(/\s+/gu, ' ').trim(), line };
}

/** The level of an agency from the end of its name (notes in brackets left out), or undefined. */
export function agencyLevel(name: string | undefined): Level | undefined {
  if (!name) return undefined;
  const bare = name.replace(/[（(][^）)]*[）)]|【[^】]*】/gu, '').trim();
  return reviewData().levels.find((l) => l.pattern.test(bare))?.level;
}

/**
 * The last day (YYYY-MM-DD) the report of `year` may be published: the local deadline (MM-DD) when one is
 * set, else the 条例's for the level; for a township (not named there) or a level not known, the latest of
 * them (the report is late at any level).
 */
export function deadline(year: number, level: Level | undefined, local: string | undefined): { date: string; basis: 'local' | Level | 'unknown' } {
  const { deadlines } = reviewData();
  if (local) return { date: `${year + 1}-${local}`, basis: 'local' };
  if (level && deadlines[level]) return { date: `${year + 1}-${deadlines[level]}`, basis: level };
  const latest = Object.values(deadlines).sort().at(-1)!;
  return { date: `${year + 1}-${latest}`, basis: level ?? 'unknown' };
}

/** Days from `a` to `b` (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
