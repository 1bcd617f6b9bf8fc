/**
 * Small PDFs whose text needs what a PDF reader may lack (tests/support/pdf.ts writes them): Chinese in
 * fonts that are not embedded, through Adobe's predefined CMaps (simplified, traditional, vertical), a
 * Japanese one, and text in a font with no Unicode map and no usable encoding (all of it, or one line beside
 * text that reads); and a small two-page report with a ruled table to set such text in. Used by
 * tests/readers-pdf-cmaps.test.ts (the reader), tests/browser/app-pdf-cmaps.test.ts (the offline page),
 * tests/readers-pdf-lost-fonts.test.ts and tests/wrong-chars.test.ts.
 */
import { buildPdf, ruledTable, textAt } from './pdf.js';

/** A font dictionary of a CID font that is not embedded, in Adobe's `ordering`, its codes through `cmap`. */
function cidFont(name: string, cmap: string, ordering: string): string {
  return (
    `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /${cmap} /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${name} ` +
    `/CIDSystemInfo << /Registry (Adobe) /Ordering (${ordering}) /Supplement 4 >> /FontDescriptor << /Type /FontDescriptor /FontName /${name} /Flags 6 ` +
    '/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 >>] >>'
  );
}

/** UCS-2 codes (big-endian) of a text, as a hex string operand. */
const ucs2 = (text: string): string => `<${[...text].map((ch) => ch.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;

const REPORT_LINES: [number, number, string][] = [
  [780, 16, '某某县人民政府办公室'],
  [756, 16, '2023年政府信息公开工作年度报告'],
  [720, 12, '一、总体情况'],
  [700, 12, '本年度，本机关主动公开政府信息一百二十条。'],
  [676, 12, '二、主动公开政府信息情况'],
  [656, 12, '见下表。'],
];

/** A report's first page in STSong-Light (not embedded), its codes UCS-2 through UniGB-UCS2-H (Adobe-GB1). */
export function chineseReport(): Uint8Array {
  return buildPdf([{ content: REPORT_LINES.map(([y, size, text]) => textAt(72, y, text, { size })).join('\n') }]);
}

/**
 * The same report in traditional characters in MSung-Light (not embedded) through UniCNS-UCS2-H
 * (Adobe-CNS1), with a label in vertical writing (STSong-Light, UniGB-UCS2-V) at the side.
 */
export function traditionalReport(): Uint8Array {
  const lines: [number, number, string][] = [
    [780, 16, '某某縣人民政府辦公室'],
    [756, 16, '2023年政府資訊公開工作年度報告'],
    [720, 12, '一、總體情況'],
    [700, 12, '本年度，本機關主動公開政府資訊一百二十條。'],
  ];
  const text = lines.map(([y, size, t]) => `BT /TW ${size} Tf 1 0 0 1 72 ${y} Tm ${ucs2(t)} Tj ET`);
  return buildPdf([{ content: [...text, textAt(40, 600, '本年度办理结果', { vertical: true })].join('\n') }], {
    fonts: { TW: cidFont('MSung-Light', 'UniCNS-UCS2-H', 'CNS1') },
  });
}

/** A report's title in Chinese and a line in a Japanese font that is not embedded (UniJIS-UCS2-H, Adobe-Japan1). */
export function japaneseReport(): Uint8Array {
  return buildPdf([{ content: [textAt(72, 760, '某某市人民政府办公室2022年政府信息公开工作年度报告', { size: 16 }), `BT /JP 12 Tf 72 700 Td ${ucs2('日本語の文字')} Tj ET`].join('\n') }], {
    fonts: { JP: cidFont('KozMinPr6N-Regular', 'UniJIS-UCS2-H', 'Japan1') },
  });
}

/**
 * A TrueType font that is not embedded, symbolic, with no /Encoding and no /ToUnicode: its codes say
 * nothing of the characters (resource /NM of noMapReport).
 */
export const NO_MAP_FONT =
  '<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+SimSun /FirstChar 1 /LastChar 31 /Widths [' +
  Array.from({ length: 31 }, () => '1000').join(' ') +
  '] /FontDescriptor << /Type /FontDescriptor /FontName /ABCDEF+SimSun /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> >>';

/**
 * Lines of codes 1–31 in NO_MAP_FONT (/NM), as a page whose font subset numbers its glyphs from 1 draws
 * them (pdfjs gives their codes as the characters: control characters).
 */
export function noMapText(lines = 12): string {
  const hex = (i: number): string => Array.from({ length: 20 }, (_, k) => (((i * 7 + k) % 31) + 1).toString(16).padStart(2, '0')).join('');
  return Array.from({ length: lines }, (_, i) => `BT /NM 12 Tf 72 ${780 - i * 20} Td <${hex(i)}> Tj ET`).join('\n');
}

/** A page of text in NO_MAP_FONT only. */
export function noMapReport(): Uint8Array {
  return buildPdf([{ content: noMapText() }], { fonts: { NM: NO_MAP_FONT } });
}

/**
 * A report's first page that reads, with one line of NO_MAP_FONT beside it (20 glyphs, under 2 % of the
 * text): the reader leaves that line out and says so in one warning (extract-failed fontNoMap).
 */
export function fewLostReport(): Uint8Array {
  const title = textAt(72, 780, '某某县人民政府办公室2023年政府信息公开工作年度报告', { size: 16 });
  const body = Array.from({ length: 40 }, (_, i) => textAt(72, 740 - i * 16, '本年度本机关主动公开政府信息一百二十条，依法办理政府信息公开申请。', { size: 10 })).join('\n');
  return buildPdf([{ content: `${title}\n${body}\n${noMapText(1)}` }], { fonts: { NM: NO_MAP_FONT } });
}

const PROSE = '本年度本机关认真贯彻落实政府信息公开条例，主动公开政府信息，依法办理政府信息公开申请，加强平台建设和监督保障。';

/**
 * A small report: page 1 the title, section 一 and `lines` lines of its prose; page 2 section 二 and its
 * table, ruled (2021 format). `page1` and `page2`: more content on each page, NO_MAP_FONT there as /NM;
 * `ownerPassword`: encrypted with that owner password and none to open it, printing and copying forbidden.
 */
export function twoPageReport(opts: { lines?: number; page1?: string; page2?: string; ownerPassword?: string } = {}): Uint8Array {
  const lines = opts.lines ?? 24;
  const page1 = [
    textAt(72, 790, '某某县人民政府办公室', { size: 16 }),
    textAt(72, 766, '2023年政府信息公开工作年度报告', { size: 16 }),
    textAt(72, 730, '一、总体情况', { size: 12 }),
    ...Array.from({ length: lines }, (_, i) => textAt(72, 710 - i * 14, PROSE.slice(0, 40), { size: 10 })),
    opts.page1 ?? '',
  ];
  const xs = [60, 200, 320, 440, 540];
  const rows = [
    ['第二十条第（一）项', '<', '<', '<'],
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['规章', '0', '0', '5'],
    ['行政规范性文件', '2', '1', '30'],
    ['第二十条第（五）项', '<', '<', '<'],
    ['信息内容', '本年处理决定数量', '<', '<'],
    ['行政许可', '120', '<', '<'],
    ['第二十条第（六）项', '<', '<', '<'],
    ['信息内容', '本年处理决定数量', '<', '<'],
    ['行政处罚', '3', '<', '<'],
    ['行政强制', '0', '<', '<'],
    ['第二十条第（八）项', '<', '<', '<'],
    ['信息内容', '本年收费金额（单位：万元）', '<', '<'],
    ['行政事业性收费', '0', '<', '<'],
  ];
  const ys = Array.from({ length: rows.length + 1 }, (_, i) => 740 - i * 20);
  const page2 = [textAt(72, 780, '二、主动公开政府信息情况', { size: 12 }), ruledTable(xs, ys, rows), opts.page2 ?? ''];
  return buildPdf([{ content: page1.join('\n') }, { content: page2.join('\n') }], { fonts: { NM: NO_MAP_FONT }, ...(opts.ownerPassword !== undefined ? { ownerPassword: opts.ownerPassword } : {}) });
}

/** Where ruledTable sets the text of row `r` (0-based) in column `c` of twoPageReport()'s table: its baseline's left end. */
export const cellText = (r: number, c: number): [number, number] => [[60, 200, 320, 440][c]! + 2, 740 - r * 20 - 12];
