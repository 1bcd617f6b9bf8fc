/**
 * Numbers as written in report text: Arabic digits (full or half width, with thousands separators,
 * "1.2万"), Chinese numerals (八, 十二, 一百二十三, 两千零五, 壹佰贰拾叁) and percentages.
 * `NUMBER_PATTERN` is the regular-expression source that narrative patterns use for `{N}`.
 */

/** Full-width digits (０–９) as ASCII ones, one character for one (offsets in the text hold). */
export function asciiDigits(text: string): string {
  return /[０-９]/u.test(text) ? text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : text;
}

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

const CN_CHARS = `${Object.keys(DIGITS).join('')}${Object.keys(SMALL_UNITS).join('')}${Object.keys(BIG_UNITS).join('')}`;
/** The Chinese numeral characters NUMBER_PATTERN accepts. */
export const CN_NUMERAL_CHARS: string = CN_CHARS;

/**
 * Source of a regular expression matching one number: Arabic (with `,` thousands separators only in
 * groups of three, optional decimals, optional 万/亿 multiplier) or a run of Chinese numeral characters.
 */
export const NUMBER_PATTERN = `(?<![0-9０-９])(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?(?:[万亿])?|(?<![${CN_CHARS}])[${CN_CHARS}]+`;
// The lookbehinds make a number start where its run of digits starts: without them, a long run of
// digits (or of numeral characters) is retried from every position inside it, which is quadratic per
// pattern (a 13 KB text took seconds; found by fuzzing). A match could then start inside "1234,567".


/** Parses a Chinese numeral ("一百二十三", "十二", "两千零五", "三万四千") or returns undefined. */
export function parseChineseNumeral(text: string): number | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  // A plain digit string such as "二〇二三" (years written digit by digit).
  if ([...s].every((c) => c in DIGITS) && s.length > 1) {
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  let total = 0; // completed 万/亿 sections
  let section = 0; // current section below 万
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const c of s) {
    if (c in DIGITS) {
      // Two digits in a row ("二三", "五零") are not a numeral; a 零 only holds a place ("一百零五").
      if (digit !== undefined && digit !== 0) return undefined;
      digit = DIGITS[c]!;
    } else if (c in SMALL_UNITS) {
      const u = SMALL_UNITS[c]!;
      if (u >= lastUnit && section !== 0) return undefined; // 十百: out of order
      // "十二" = 12: a leading 十 has an implied 一.
      section += (digit ?? 1) * u;
      digit = undefined;
      lastUnit = u;
    } else if (c in BIG_UNITS) {
      const u = BIG_UNITS[c]!;
      section += digit ?? 0;
      if (section === 0 && total === 0) return undefined;
      total = (total + section) * u;
      section = 0;
      digit = undefined;
      lastUnit = Infinity;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** Parses a number as written in text (Arabic or Chinese); undefined when it is not one. */
export function parseNumeral(text: string): number | undefined {
  const t = text.normalize('NFKC').trim().replace(/，/g, ',').replace(/．/g, '.');
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([万亿])?$/.exec(t);
  if (m) {
    const v = Number(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`);
    const mult = m[3] === '万' ? 1e4 : m[3] === '亿' ? 1e8 : 1;
    return Math.round(v * mult * 1e6) / 1e6;
  }
  return parseChineseNumeral(t);
}

/** Number of decimal places a number is written with ("33.9" → 1, "八" → 0). */
export function decimalsOf(text: string): number {
  const m = /[.．](\d+)/.exec(text.normalize('NFKC'));
  return m ? m[1]!.length : 0;
}
