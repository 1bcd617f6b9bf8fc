/**
 * A tiny PDF writer for tests: pages whose content streams are given (optionally deflated), with one
 * standard font (Helvetica) for text, and a correct cross-reference table. pdfjs-dist can read PDFs but
 * not write them, and no other library in node_modules does; the project's real PDF fixtures are made
 * by scripts/make-pdf-fixtures.mjs (LibreOffice, Chromium). This one makes only the odd structures a
 * test needs (ten thousand empty pages, a million drawing operations, a content stream of text runs).
 */
import { deflateSync } from 'node:zlib';

export interface PdfPage {
  /** The page's content stream (PDF operators). */
  content: string;
  /** Store it deflated (FlateDecode): a huge stream in a small file. */
  deflate?: boolean;
}

/** A PDF file of these pages (A4), or `count` copies of one page object shared by every page. */
export function buildPdf(pages: PdfPage[], opts: { repeat?: number; encrypt?: boolean } = {}): Uint8Array {
  const objects: (string | Uint8Array)[] = [];
  const add = (body: string | Uint8Array): number => objects.push(body);
  const enc = new TextEncoder();
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, filled in below
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const kids: number[] = [];
  for (const p of pages) {
    const data = p.deflate ? deflateSync(Buffer.from(p.content, 'latin1')) : enc.encode(p.content);
    const head = enc.encode(`<< /Length ${data.length}${p.deflate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`);
    const stream = new Uint8Array(head.length + data.length + 10);
    stream.set(head);
    stream.set(data, head.length);
    stream.set(enc.encode('\nendstream'), head.length + data.length);
    const content = add(stream);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
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
