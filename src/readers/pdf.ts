/**
 * PDF reader: the text layer of a published report, read exactly and offline with pdfjs-dist.
 *
 * Tables come from the page geometry (pdf-grid.ts: ruling lines → cells, text items by their centre);
 * a table that goes on over a page break with the same column edges and no header is one grid, its
 * merged labels carried over and a label split at the break joined. The grids go to the same table
 * finder the spreadsheet, HTML and Word readers use (grid.ts), so labels, variants and both format
 * versions read alike. The running text (pdf-text.ts: page furniture dropped, paragraphs joined across
 * lines and pages) gives the title, sections and period (grid-text.ts); the title block gives the agency
 * and year when the document's metadata does not.
 *
 * Every cell's source names its page and its box there. A PDF with no text layer (a scan) is one clear
 * read error and nothing else; so is one whose text is drawn in fonts whose characters cannot be told
 * (no Unicode map: no characters at all, or other characters than the ones shown — `garbled`), and one
 * with a font whose CMap the caller could not give (input.cMaps). When only some fonts are without a map,
 * their text is left out if it is little and in no table's figures, else the same one error (`lostText`).
 * A text layer that maps some characters to others (Latin-1 letters among the Chinese: "政ó公开") is one
 * read error too, or a warning when it is a few (`wrongCharacters`, wrong-chars.ts). A scan whose text is
 * text recognition's invisible layer is one read error as well; invisible text is never read.
 */
import { ReadError } from '../errors.js';
import { FORMAT_IDS, getFormat } from '../format/spec.js';
import type { Finding } from '../model/diagnostic.js';
import { metaFromTitle } from '../model/meta.js';
import { newReport, type Report } from '../model/report.js';
import type { Grid } from './grid-cells.js';
import { textFromGrids } from './grid-text.js';
import { findTables } from './grid.js';
import { isValueText } from './grid-labels.js';
import { readPdf, type PdfDocument } from './pdf-doc.js';
import { joinPieces } from './pdf-grid.js';
import { box, placeTables, tableGrid, type PlacedTable } from './pdf-tables.js';
import { pictureTables } from './pdf-pictures.js';
import { furniture, paragraphs, type Paragraph } from './pdf-text.js';
import type { ReadInput, Reader } from './reader.js';
import { SAYS_NOTHING, WRONG_MAX, wrongPlaces } from './wrong-chars.js';
import { maxOf, minOf } from '../lists.js';

/** Reads the PDF's pages into the model. */
export async function readPdfReport(input: ReadInput): Promise<Report> {
  const doc = await readPdf(input.bytes, input.cMaps);
  // A font whose CMap the caller does not have (the offline page carries the Chinese ones only): its
  // text is lost, so the rest would read as a report with holes.
  if (doc.missingCMaps.length > 0) throw new ReadError('read-error', 'pdfCMapMissing', { cmaps: doc.missingCMaps.join(', ') });
  // A scan with text recognition's invisible layer over its pictures (nine glyphs in ten or more drawn so):
  // what it recognised may be wrong and the tables' rules are in the picture — one error, as for a scan.
  // Less of it: invisible text is not read (pdf-page.ts); pages whose text is all such (pdf-doc.ts ocrPages)
  // are one error naming them, a few words so are left out.
  if (doc.invisible > 0 && doc.invisible * 10 >= (doc.glyphs + doc.invisible) * 9) throw new ReadError('read-error', 'pdfOcrText', {});
  // Some pages so (a report whose tables were printed, stamped and scanned in): what they hold cannot be read.
  if (doc.ocrPages.length > 0) throw new ReadError('read-error', 'pdfOcrPages', pagesData(doc.ocrPages));
  const chars = doc.pages.reduce((n, p) => n + p.items.reduce((m, i) => m + readable(i.text), 0), 0);
  // Text drawn whose characters cannot be told (a font with no Unicode map and no usable encoding) is
  // not a scan: saying so would send the user to text recognition.
  if (chars === 0) throw new ReadError('read-error', doc.glyphs > 0 ? 'pdfFontNoMap' : 'pdfNoText', {});
  if (garbled(doc.pages.flatMap((p) => p.items.map((i) => i.text)), chars)) throw new ReadError('read-error', 'pdfFontNoMap', {});
  // Some fonts' characters cannot be told, others' can: that text is left out (see lostText).
  const lost = lostText(doc);
  const pages = lost ? doc.pages.map((p) => ({ ...p, items: p.items.filter((i) => !lost.fonts.has(i.font)) })) : doc.pages;
  const wrong = wrongCharacters(pages);
  const skip = furniture(pages.map((p) => ({ page: p.page, height: p.height, items: p.items, rulings: p.rulings })));
  const { groups, outside } = placeTables(pages, skip);
  if (lost) lostInTables(doc, lost, groups.flat());
  const tableGrids = groups.map((g, i) => tableGrid(g, i + 1));
  // Running text, each paragraph placed before the table it precedes.
  const tops = new Map<number, { y1: number; index: number }[]>();
  groups.forEach((g, i) => {
    const head = g[0]!;
    tops.set(head.page.page, [...(tops.get(head.page.page) ?? []), { y1: head.table.y1, index: i }]);
  });
  const paras = titleFirst(paragraphs(pages.map((p) => ({ page: p.page, height: p.height, items: outside.get(p.page) ?? [] })), new Set(), tops, groups.length));
  const textGrid = (list: Paragraph[]): Grid => ({
    name: '正文',
    rows: list.map((p) => [{ text: p.text, source: { page: p.page, box: box(pages[p.page - 1]!, p) } }]),
  });
  // Document order: the text before table 1, table 1, the text before table 2, … the text after the last.
  const grids: Grid[] = [];
  for (let i = 0; i <= groups.length; i++) {
    const before = paras.filter((p) => p.before === i);
    if (before.length > 0) grids.push(textGrid(before));
    if (i < groups.length) grids.push(tableGrids[i]!);
  }
  const found = findTables(grids);
  const text = textFromGrids(grids, found.used);
  const pictures = pictureTables({ sections: text.sections, tables: found.tables }, getFormat(found.format ?? FORMAT_IDS[0]), pages);
  const meta = doc.title !== undefined ? metaFromTitle(doc.title) : {};
  return newReport({
    path: input.path,
    reader: 'pdf',
    title: text.title ?? doc.title,
    agency: text.agency ?? meta.agency,
    year: text.year ?? meta.year,
    period: text.period,
    format: found.format,
    sections: text.sections,
    tables: found.tables,
    findings: [...(lost ? [lost.finding] : []), ...(wrong ? [wrong] : []), ...found.findings, ...pictures],
  });
}

/** Page numbers as the messages name them: "1, 2, 3" and "1、2、3". */
function pagesData(pages: readonly number[]): { pages: string; pagesZh: string } {
  return { pages: pages.join(', '), pagesZh: pages.join('、') };
}

const SAYS_SOMETHING = new RegExp(`[^${SAYS_NOTHING}]`, 'gu');

/**
 * The characters of a text that say something: not spaces, control or format characters, private-use
 * or unassigned code points, or U+FFFD — what a font without a Unicode map yields for its glyphs.
 */
function readable(text: string): number {
  return text.match(SAYS_SOMETHING)?.length ?? 0;
}

/** Characters enough to judge a text by (a few lines). */
const JUDGED = 200;

/**
 * The most frequent characters of written Chinese (about half of any Chinese text, a report's too): text
 * where they are rare is not Chinese, whatever its code points.
 */
const COMMON_HAN = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车广信息办申请',
);

/**
 * Text that comes out as other characters than the ones shown: a font without a Unicode map often yields
 * some character for each glyph rather than none — LibreOffice's subset fonts number their glyphs from
 * "!" (WinAnsi: "!\"#$%&'()*+…", then Latin-1 letters), a CID font gives its glyph numbers as code points
 * (Chinese characters among them, at random, and letters of Glagolitic, Georgian, Yi …). A PDF viewer
 * copies out the same garbage. Garbled: at least JUDGED characters that say something (`n`, see
 * `readable`), under a tenth of them common Chinese characters (COMMON_HAN), not Latin-script prose (an
 * English document is only not a report), and no 公开 or 信息 anywhere (a report with some text readable
 * is read, whatever else it holds).
 */
function garbled(texts: readonly string[], n: number): boolean {
  if (n < JUDGED) return false;
  let common = 0;
  let latin = 0;
  for (const t of texts) {
    for (const c of t) {
      if (COMMON_HAN.has(c)) {
        // A report is past this within its first lines.
        if (++common >= n / 10) return false;
      } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) latin++;
    }
  }
  if (latin >= (n * 3) / 5) return false;
  return !texts.some((t) => /公开|公開|信息|資訊/u.test(t));
}

/**
 * The fonts whose characters cannot be told, in a PDF where others can: most of their glyphs give no
 * character (a subset font without its Unicode map: control characters), or some do and the rest are no
 * Chinese, or their text is other characters than the ones shown (`otherCharacters`).
 */
function unmappedFonts(doc: PdfDocument): Set<string> {
  const texts = new Map<string, string[]>();
  for (const p of doc.pages) {
    for (const i of p.items) {
      const list = texts.get(i.font);
      if (list) list.push(i.text);
      else texts.set(i.font, [i.text]);
    }
  }
  const out = new Set<string>();
  for (const [name, f] of doc.fonts) {
    const text = texts.get(name) ?? [];
    // A subset font numbers its glyphs 1, 2, 3 …: the first 31 come out as control characters, the next
    // as ASCII and Latin-1 ("!\"#$%&'()…", letters) — a Chinese font's text with no Chinese in it.
    const numbered = f.unmapped >= 3 && !text.some((t) => /\p{Script=Han}/u.test(t));
    if ((f.unmapped > 0 && f.unmapped * 2 >= f.glyphs) || numbered || otherCharacters(text)) out.add(name);
  }
  return out;
}

const LETTER = /\p{L}/u;
const HAN = /\p{Script=Han}/u;

/** Letters enough to judge one font's text by. */
const JUDGED_LETTERS = 20;

/**
 * One font's text is other characters than the ones shown: a CID font without its Unicode map gives its
 * glyph numbers as code points — letters of any script, Chinese characters among them at random. At least
 * JUDGED_LETTERS letters beyond ASCII (digits, Latin and punctuation say nothing here), under a tenth of
 * them common Chinese characters and under four fifths Chinese characters at all (a font that holds only
 * a report's rarer characters is still Chinese).
 */
function otherCharacters(texts: readonly string[]): boolean {
  let letters = 0;
  let common = 0;
  let han = 0;
  for (const t of texts) {
    for (const c of t) {
      if (c < '\u0080') continue;
      // Most of a report's characters: a letter, Chinese and common, told without the two tests below.
      if (COMMON_HAN.has(c)) {
        letters++;
        common++;
        han++;
        continue;
      }
      if (!LETTER.test(c)) continue;
      letters++;
      if (HAN.test(c)) han++;
    }
  }
  return letters >= JUDGED_LETTERS && common * 10 < letters && han * 5 < letters * 4;
}

/** Text of unmapped fonts above this share of the glyphs is more than a report can be checked without. */
const LOST_SHARE = 0.02;

interface Lost {
  fonts: Set<string>;
  /** extract-failed: the pages and the count of the characters left out. */
  finding: Finding;
  data: { pages: string; pagesZh: string; count: number };
}

/**
 * Text in fonts whose characters cannot be told (unmappedFonts), beside text that reads. Half the text
 * or more: the one read error pdfFontNoMap, as when it is all such text; more than LOST_SHARE: the report
 * cannot be checked, one read error names the pages (instead of errors for every cell and section the
 * text hides). Less (a title, quotation marks, a fallback font's rarer characters): left out and the rest
 * read — unless it is in a table's figures (lostInTables) — with one extract-failed warning naming the
 * pages and the count.
 */
function lostText(doc: PdfDocument): Lost | undefined {
  const fonts = unmappedFonts(doc);
  if (fonts.size === 0) return undefined;
  const count = [...fonts].reduce((n, f) => n + doc.fonts.get(f)!.glyphs, 0);
  if (count * 2 >= doc.glyphs) throw new ReadError('read-error', 'pdfFontNoMap', {});
  const pageList = [...new Set([...fonts].flatMap((f) => doc.fonts.get(f)!.pages))].sort((a, b) => a - b);
  const data = { ...pagesData(pageList), count };
  if (count > doc.glyphs * LOST_SHARE) throw new ReadError('read-error', 'pdfFontNoMapPart', { ...data, share: Math.max(1, Math.round((count * 100) / doc.glyphs)) });
  return { fonts, data, finding: { ruleId: 'extract-failed', messageId: 'fontNoMap', data, location: {}, physical: { page: pageList[0]! } } };
}

/**
 * Left-out text inside a table's cell that holds a figure or nothing else (a label with a quotation
 * mark left out still matches its row): the table's figures cannot be told — one read error naming the
 * page, not a wrong or blank figure and the sums it breaks.
 */
function lostInTables(doc: PdfDocument, lost: Lost, tables: readonly PlacedTable[]): void {
  for (const { page, table } of tables) {
    for (const item of doc.pages[page.page - 1]!.items) {
      if (!lost.fonts.has(item.font)) continue;
      const x = (item.x0 + item.x1) / 2;
      const y = (item.y0 + item.y1) / 2;
      if (x < table.x0 || x > table.x1 || y < table.y0 || y > table.y1) continue;
      const cell = table.cells.flat().find((c) => x >= c.x0 && x <= c.x1 && y >= c.y0 && y <= c.y1);
      if (!cell || cell.text.trim() === '' || isValueText(cell.text)) throw new ReadError('read-error', 'pdfFontNoMapTables', { ...lost.data, page: page.page });
    }
  }
}

/**
 * Characters that stand for others (wrong-chars.ts), page by page: WRONG_MAX or more, the text and the
 * tables' labels (and perhaps figures) cannot be trusted — one read error naming the pages, the count and the
 * first place, instead of errors for every label that no longer matches. Fewer: the warning extract-failed
 * wrongChars, and the rest read.
 */
function wrongCharacters(pages: readonly { page: number; items: readonly { text: string }[] }[]): Finding | undefined {
  let count = 0;
  let example = '';
  const found: number[] = [];
  for (const p of pages) {
    const here = wrongPlaces(p.items.map((i) => i.text).join(''));
    if (here.count === 0) continue;
    found.push(p.page);
    count += here.count;
    if (!example) example = here.example;
  }
  if (count === 0) return undefined;
  const data = { ...pagesData(found), count, example };
  if (count >= WRONG_MAX) throw new ReadError('read-error', 'pdfWrongChars', data);
  return { ruleId: 'extract-failed', messageId: 'wrongChars', data, location: {}, physical: { page: found[0]! } };
}

/** The title block: the lines set larger than the body at the top of page 1, before any heading, as one title. */
function titleFirst(paras: Paragraph[]): Paragraph[] {
  if (paras.length === 0) return paras;
  const sizes = paras.map((p) => p.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)]!;
  let n = 0;
  while (n < paras.length && paras[n]!.page === 1 && paras[n]!.size > body + 0.5 && !/^\s*[一二三四五六七八九十]+、/.test(paras[n]!.text)) n++;
  if (n < 2) return paras;
  const head = paras.slice(0, n);
  const title: Paragraph = { ...head[0]!, text: joinPieces(head.map((p) => p.text)), x0: minOf(head, (p) => p.x0), x1: maxOf(head, (p) => p.x1), y0: minOf(head, (p) => p.y0) };
  return [title, ...paras.slice(n)];
}

const reader: Reader = { name: 'pdf', read: readPdfReport };
export default reader;
