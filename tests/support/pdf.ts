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
import { deflateSync } from 'node:zlib';

export interface PdfPage {
  /** The page's content stream (PDF operators). */
  content: string;
  /** Store it deflated (FlateDecode): a huge stream in a small file. */
  deflate?: boolean;
}

/** A PDF file of these pages (A4), or `count` copies of one page object shared by every page. */
export function buildPdf(pages: PdfPage[], opts: { repeat?: number; encrypt?: boolean; fonts?: Record<string, string> } = {}): Uint8Array {
  const objects: (string | Uint8Array)[] = [];
  const add = (body: string | Uint8Array): number => objects.push(body);
  const enc = new TextEncoder();
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, filled in below
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  // Chinese: a CID font that is not embedded, its codes UCS-2 through Adobe's predefined CMaps (horizontal
  // and vertical writing), Latin letters and figures half as wide as Chinese characters. A reader needs
  // the packaged CMap file to read it.
  const cid = (cmap: string): number =>
    add(
      `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /${cmap} /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ` +
        '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 ' +
        '/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 /W [1 95 500] >>] >>',
    );
  const zhH = cid('UniGB-UCS2-H');
  const zhV = cid('UniGB-UCS2-V');
  // Further fonts a test gives (resource name → font dictionary), on every page.
  const more = Object.entries(opts.fonts ?? {}).map(([name, dict]) => ` /${name} ${add(dict)} 0 R`).join('');
  const kids: number[] = [];
  for (const p of pages) {
    const data = p.deflate ? deflateSync(Buffer.from(p.content, 'latin1')) : enc.encode(p.content);
    const head = enc.encode(`<< /Length ${data.length}${p.deflate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`);
    const stream = new Uint8Array(head.length + data.length + 10);
    stream.set(head);
    stream.set(data, head.length);
    stream.set(enc.encode('\nendstream'), head.length + data.length);
    const content = add(stream);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R /ZH ${zhH} 0 R /ZV ${zhV} 0 R${more} >> >> /Contents ${content} 0 R >>`));
  }
  const repeat = opts.repeat ?? 1;
  const all = Array.from({ length: repeat }, () => kids).flat();
  objects[1] = `<< /Type /Pages /Kids [${all.map((k) => `${k} 0 R`).join(' ')}] /Count ${all.length} >>`;
  const parts: Uint8Array[] = [enc.encode('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const bytes = typeof body === 'string' ? enc.encode(`${body}\n`) : body;
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
  parts.push(enc.encode(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${offset}\n%%EOF\n`));
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
