/**
 * Characters that stand for others in text taken out of a PDF: a text layer whose Unicode maps send part
 * of the codes to wrong characters gives Latin letters among the Chinese ("区¯政金融局", "政ó公开", "ç告"
 * for 报告). Ghostscript re-writing a PDF that Chromium printed (as sites compressing their PDFs do) turns
 * about one Chinese character in ten into such letters, and 、 。 into digits; pdftotext and a viewer's
 * copy read the same, so a .txt copied from such a PDF carries them too.
 *
 * Counted: a letter of Latin-1 or Latin Extended (U+00C0–U+024F; not the signs before it — × ÷ ° · « » ©
 * are written in Chinese text and on web pages) whose neighbours, spaces and control characters skipped,
 * are no Latin letters (pinyin "píngtán", "Café", "Müller" are words) and one of them a Chinese character.
 */

/** From this many places on, the text cannot be trusted (fewer: a warning). */
export const WRONG_MAX = 10;
/** Characters shown on each side of the first place. */
const CONTEXT = 4;

const ODD_LETTER = /^[\u00C0-\u024F]$/u;
const LETTER = /^\p{L}$/u;
const LATIN = /^[A-Za-z\u00C0-\u024F]$/u;
const HAN = /^\p{Script=Han}$/u;
/**
 * Characters that say nothing: white space, control and format characters, private-use and unassigned code
 * points, U+FFFD (what a font without a Unicode map yields). Skipped between neighbours here; pdf.ts counts
 * the others (`readable`).
 */
export const SAYS_NOTHING = '\\p{White_Space}\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}\\uFFFD';
const SKIPPED = new RegExp(`^[${SAYS_NOTHING}]$`, 'u');

export interface WrongPlaces {
  /** Places found. */
  count: number;
  /** The first place with up to CONTEXT characters either side (spaces left out); '' when none. */
  example: string;
  /** Offset of the first place's character in the text; -1 when none. */
  at: number;
}

/** The places in `text` where a character stands for another (see above). */
export function wrongPlaces(text: string): WrongPlaces {
  const chars: string[] = [];
  const offsets: number[] = [];
  let i = 0;
  for (const c of text) {
    if (!SKIPPED.test(c)) {
      chars.push(c);
      offsets.push(i);
    }
    i += c.length;
  }
  let count = 0;
  let first = -1;
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k]!;
    if (!ODD_LETTER.test(c) || !LETTER.test(c)) continue;
    const before = chars[k - 1] ?? '';
    const after = chars[k + 1] ?? '';
    if (LATIN.test(before) || LATIN.test(after)) continue;
    if (!HAN.test(before) && !HAN.test(after)) continue;
    count++;
    if (first < 0) first = k;
  }
  if (first < 0) return { count: 0, example: '', at: -1 };
  return { count, example: chars.slice(Math.max(0, first - CONTEXT), first + CONTEXT + 1).join(''), at: offsets[first]! };
}
