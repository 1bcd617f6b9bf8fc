/**
 * What a file that starts with markup really is, from its first bytes: an HTML page (what web systems
 * — OA and 政务 systems, 信息公开平台 — export as an "Excel" file with an .xls name, Excel's own "Save as
 * web page" included) or an XML Spreadsheet 2003 workbook (`<Workbook xmlns="urn:schemas-microsoft-com:
 * office:spreadsheet">`). A byte-order mark, leading blank lines, an XML declaration, processing
 * instructions and comments before the first element are skipped. Only ASCII is looked at, so GBK and
 * UTF-8 files are recognised alike; UTF-16 is recognised by its byte-order mark.
 */

export type MarkupKind = 'html' | 'spreadsheetml';

/** Elements an HTML export starts with (a whole page, or a bare table as many web systems write it). */
const HTML_START = /^<(?:html|head|body|table|meta|title|style|link|script|div|p|span|font|center|h[1-6]|tr|thead|tbody|colgroup|col|br|form)\b/i;

/** The first 2 KB as text: UTF-16 by its mark, otherwise byte for byte (ASCII markup reads the same in GBK or UTF-8). */
function head(bytes: Uint8Array): string {
  const n = Math.min(bytes.byteLength, 2048);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2, n & ~1));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2, n & ~1));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return new TextDecoder('latin1').decode(bytes.subarray(start, n));
}

/** The kind of markup the bytes start with, or undefined when they are not (recognisably) either. */
export function markupKind(bytes: Uint8Array): MarkupKind | undefined {
  let s = head(bytes).replace(/^\uFEFF/, '');
  // Skip what may come before the first element: blanks, <?xml …?>, <?mso-application …?>, comments.
  for (;;) {
    s = s.trimStart();
    if (s.startsWith('<?')) {
      const end = s.indexOf('?>');
      if (end < 0) return undefined;
      s = s.slice(end + 2);
    } else if (s.startsWith('<!--')) {
      const end = s.indexOf('-->');
      if (end < 0) return undefined;
      s = s.slice(end + 3);
    } else break;
  }
  if (/^<(?:ss:)?Workbook\b/.test(s)) return 'spreadsheetml';
  if (/^<!doctype\s+html\b/i.test(s) || HTML_START.test(s)) return 'html';
  return undefined;
}

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="gb2312"?>`), lower case. */
export function xmlEncoding(bytes: Uint8Array): string | undefined {
  const m = /^<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head(bytes).replace(/^\uFEFF/, '').trimStart());
  return m?.[1]?.toLowerCase();
}
