/**
 * A tiny PDF writer for tests: pages whose content streams are given (optionally deflated), with one
 * standard font (Helvetica, /F1) for ASCII text and a Chinese CID font that is not embedded (STSong-Light,
 * Adobe-GB1, through the predefined CMaps UniGB-UCS2-H, /ZH, and UniGB-UCS2-V, /ZV, for vertical
 * writing), and a correct cross-reference table. pdfjs-dist can read PDFs but
 * not write them, and no other library in node_modules does; the project's real PDF fixtures are made
 * by scripts/make-pdf-fixtures.mjs (LibreOffice, Chromium). This one makes only the odd structures a
 * test needs (ten thousand empty pages, a million drawing operations, a content stream of text runs) and
 * the table layouts of a PDF reader's unit tests (ruled tables with merged cells, text set where a test
 * puts it, vertical writing).
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

export interface PdfPage {
  /** The page's content stream (PDF operators; bytes as they are). */
  content: string | Uint8Array;
  /** Store it deflated (FlateDecode): a huge stream in a small file. */
  deflate?: boolean;
  /** Pictures the page can paint (`/Im0 Do`): RGB, 8 bits a sample, `rgb` the pixels row by row (stored deflated). */
  images?: Record<string, { width: number; height: number; rgb: Uint8Array }>;
}

/** RC4 (the PDF standard security handler's cipher, revisions 2 and 3). */
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const S = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + S[i]! + key[i % key.length]!) & 255;
    [S[i], S[j]] = [S[j]!, S[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + S[i]!) & 255;
    [S[i], S[j]] = [S[j]!, S[i]!];
    out[k] = data[k]! ^ S[(S[i]! + S[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Uint8Array[]): Uint8Array => {
  const h = createHash('md5');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};

/** The password padding of the standard security handler (ISO 32000-1, 7.6.3.3). */
const PAD = Uint8Array.from(Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex'));

/**
 * The standard security handler, revision 3 (RC4, 128-bit key), with an empty user password: anyone opens
 * the file, only the owner's password lifts `permissions` (what "禁止复制/打印" PDFs are). Algorithms 2, 3
 * and 5 of ISO 32000-1 7.6.3.
 */
function ownerOnly(owner: string, permissions: number, id: Uint8Array): { dict: string; objectKey: (num: number) => Uint8Array } {
  const padded = (pw: string): Uint8Array => Uint8Array.from([...Buffer.from(pw, 'latin1').subarray(0, 32), ...PAD].slice(0, 32));
  let ownerKey = md5(padded(owner));
  for (let i = 0; i < 50; i++) ownerKey = md5(ownerKey);
  let O = rc4(ownerKey, padded(''));
  for (let i = 1; i <= 19; i++) O = rc4(ownerKey.map((b) => b ^ i), O);
  const P = new Uint8Array(4);
  new DataView(P.buffer).setInt32(0, permissions, true);
  let key = md5(padded(''), O, P, id);
  for (let i = 0; i < 50; i++) key = md5(key);
  let U = rc4(key, md5(PAD, id));
  for (let i = 1; i <= 19; i++) U = rc4(key.map((b) => b ^ i), U);
  const hexOf = (b: Uint8Array): string => Buffer.from(b).toString('hex');
  const u = hexOf(Uint8Array.from([...U, ...new Uint8Array(16)]));
  return {
    dict: `/Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /O <${hexOf(O)}> /U <${u}> /P ${permissions} >> /ID [<${hexOf(id)}> <${hexOf(id)}>]`,
    objectKey: (num) => md5(key, Uint8Array.of(num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0)).subarray(0, 16),
  };
}

/**
 * A PDF file of these pages (A4), or `count` copies of one page object shared by every page. `encrypt`: a
 * password is needed to open it (the reader must refuse it); `ownerPassword`: encrypted, opened without a
 * password, printing and copying forbidden (the reader reads it as any other).
 */
/**
 * The Chinese font's dictionary: a CID font that is not embedded (STSong-Light), its codes UCS-2 through Adobe's
 * predefined CMap `cmap` (UniGB-UCS2-H horizontal, UniGB-UCS2-V vertical), Latin letters and figures half as
 * wide as Chinese characters. A reader needs the packaged CMap file to read it.
 */
export function chineseFont(cmap: string): string {
  return (
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /${cmap} /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ` +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 ' +
    '/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 /W [1 95 500] >>] >>'
  );
}

export function buildPdf(pages: PdfPage[], opts: { repeat?: number; encrypt?: boolean; ownerPassword?: string; fonts?: Record<string, string> } = {}): Uint8Array {
  const objects: (string | Uint8Array)[] = [];
  const add = (body: string | Uint8Array): number => objects.push(body);
  const enc = new TextEncoder();
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, filled in below
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  // Chinese: a CID font that is not embedded, its codes UCS-2 through Adobe's predefined CMaps (horizontal
  // and vertical writing), Latin letters and figures half as wide as Chinese characters. A reader needs
  // the packaged CMap file to read it.
  const cid = (cmap: string): number => add(chineseFont(cmap));
  const zhH = cid('UniGB-UCS2-H');
  const zhV = cid('UniGB-UCS2-V');
  // Further fonts a test gives (resource name → font dictionary), on every page.
  const more = Object.entries(opts.fonts ?? {}).map(([name, dict]) => ` /${name} ${add(dict)} 0 R`).join('');
  const kids: number[] = [];
  // Printing (bit 3) and copying (bits 5 and 10) forbidden; the rest allowed.
  const restricted = opts.ownerPassword !== undefined ? ownerOnly(opts.ownerPassword, ~(4 | 16 | 512) | 0, md5(enc.encode(`gongkai-${pages.length}`))) : undefined;
  for (const p of pages) {
    const bytes = typeof p.content === 'string' ? Buffer.from(p.content, 'latin1') : p.content;
    const plain = p.deflate ? deflateSync(bytes) : typeof p.content === 'string' ? enc.encode(p.content) : p.content;
    // The stream's object number is the next one: its data encrypted with that object's key.
    const data = restricted ? rc4(restricted.objectKey(objects.length + 1), plain) : plain;
    const head = enc.encode(`<< /Length ${data.length}${p.deflate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`);
    const stream = new Uint8Array(head.length + data.length + 10);
    stream.set(head);
    stream.set(data, head.length);
    stream.set(enc.encode('\nendstream'), head.length + data.length);
    const content = add(stream);
    const xobjects = Object.entries(p.images ?? {}).map(([name, im]) => {
      const pixels = deflateSync(im.rgb);
      const head = enc.encode(`<< /Type /XObject /Subtype /Image /Width ${im.width} /Height ${im.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`);
      const body = new Uint8Array(head.length + pixels.length + 10);
      body.set(head);
      body.set(pixels, head.length);
      body.set(enc.encode('\nendstream'), head.length + pixels.length);
      return ` /${name} ${add(body)} 0 R`;
    });
    const pictures = xobjects.length > 0 ? ` /XObject <<${xobjects.join('')} >>` : '';
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R /ZH ${zhH} 0 R /ZV ${zhV} 0 R${more} >>${pictures} >> /Contents ${content} 0 R >>`));
  }
  const repeat = opts.repeat ?? 1;
  const all = Array.from({ length: repeat }, () => kids).flat();
  objects[1] = `<< /Type /Pages /Kids [${all.map((k) => `${k} 0 R`).join(' ')}] /Count ${all.length} >>`;
  const parts: Uint8Array[] = [enc.encode('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    // Encrypted: the literal strings of a dictionary too (the fonts' (Adobe) and (GB1)), as hex strings.
    const text = typeof body === 'string' && restricted ? body.replace(/\(([^()\\]*)\)/g, (_m, t: string) => `<${Buffer.from(rc4(restricted.objectKey(i + 1), Buffer.from(t, 'latin1'))).toString('hex')}>`) : body;
    const bytes = typeof text === 'string' ? enc.encode(`${text}\n`) : text;
    const chunk = [enc.encode(`${i + 1} 0 obj\n`), bytes, enc.encode('\nendobj\n')];
    for (const c of chunk) {
      parts.push(c);
      offset += c.length;
    }
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  // A standard security handler whose user password is not empty: a reader must ask for it.
  const hex = (seed: number): string => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
  const encrypt = opts.encrypt ? ` /Encrypt << /Filter /Standard /V 1 /R 2 /O <${hex(11)}> /U <${hex(29)}> /P -4 >> /ID [<${hex(5).slice(0, 32)}> <${hex(5).slice(0, 32)}>]` : '';
  const trailer = restricted ? ` ${restricted.dict}` : encrypt;
  parts.push(enc.encode(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailer} >>\nstartxref\n${offset}\n%%EOF\n`));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A content stream that writes `lines` of text (ASCII) at 12 pt from the top left. */
export function textContent(lines: string[]): string {
  const esc = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);
  return `BT /F1 12 Tf 14 TL 72 780 Td ${lines.map((l) => `(${esc(l)}) '`).join(' ')} ET`;
}

/** A string operand of the Chinese fonts: the text's UCS-2 codes (big-endian), as hex. */
export function zh(text: string): string {
  return `<${[...text].map((ch) => ch.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
}

/**
 * Text set at (x, y) (its baseline's left end, page space, y up), in the Chinese font; `vertical`: set top
 * to bottom from (x, y) down, in the vertical-writing font.
 */
export function textAt(x: number, y: number, text: string, opts: { size?: number; vertical?: boolean } = {}): string {
  return `BT /${opts.vertical ? 'ZV' : 'ZH'} ${opts.size ?? 10} Tf 1 0 0 1 ${x} ${y} Tm ${zh(text)} Tj ET`;
}

/**
 * A page of a report's first lines drawn in text rendering mode `mode` — 3 (invisible) or 7 (invisible, a
 * clip): the text layer text recognition puts over a scan's picture; 0 draws them as text.
 */
export function ocrPage(mode: number): string {
  const lines = ['某某县人民政府办公室', '2023年政府信息公开工作年度报告', '一、总体情况', '本年度，本机关主动公开政府信息一百二十条，依法办理政府信息公开申请。'];
  return [`${mode} Tr`, ...lines.map((t, i) => textAt(72, 780 - i * 24, t, { size: 12 }))].join('\n');
}

/** Straight lines [x0, y0, x1, y1], stroked 0.5 pt wide. */
function strokes(lines: [number, number, number, number][]): string {
  return `0.5 w ${lines.map(([a, b, c, d]) => `${a} ${b} m ${c} ${d} l`).join(' ')} S`;
}

/**
 * A ruled table: column edges `xs` left to right, row edges `ys` top to bottom, and the text of each
 * cell (lines separated by '\n', set from the cell's top left at 10 pt). A cell '^' is the cell above
 * going on, '<' the cell to the left (merged: no border between them). `open` leaves the outer sides
 * undrawn, as LibreOffice does.
 */
export function ruledTable(xs: number[], ys: number[], rows: string[][], opts: { open?: boolean } = {}): string {
  const R = ys.length - 1;
  const C = xs.length - 1;
  // The cell each position belongs to: [row, col] of its top-left corner.
  const owner: [number, number][][] = [];
  for (let r = 0; r < R; r++) {
    owner.push([]);
    for (let c = 0; c < C; c++) {
      const t = rows[r]?.[c] ?? '';
      owner[r]![c] = t === '^' ? owner[r - 1]![c]! : t === '<' ? owner[r]![c - 1]! : [r, c];
    }
  }
  const same = (a: [number, number], b: [number, number]): boolean => a[0] === b[0] && a[1] === b[1];
  const lines: [number, number, number, number][] = [];
  for (let r = 0; r <= R; r++) {
    for (let c = 0; c < C; c++) {
      const inner = r > 0 && r < R;
      if (inner && same(owner[r - 1]![c]!, owner[r]![c]!)) continue;
      lines.push([xs[c]!, ys[r]!, xs[c + 1]!, ys[r]!]);
    }
  }
  for (let c = 0; c <= C; c++) {
    if (opts.open && (c === 0 || c === C)) continue;
    for (let r = 0; r < R; r++) {
      const inner = c > 0 && c < C;
      if (inner && same(owner[r]![c - 1]!, owner[r]![c]!)) continue;
      lines.push([xs[c]!, ys[r]!, xs[c]!, ys[r + 1]!]);
    }
  }
  const texts: string[] = [];
  rows.forEach((row, r) =>
    row.forEach((t, c) => {
      if (t === '^' || t === '<' || t === '') return;
      t.split('\n').forEach((line, k) => texts.push(textAt(xs[c]! + 2, ys[r]! - 12 - k * 12, line)));
    }),
  );
  return [strokes(lines), ...texts].join('\n');
}
