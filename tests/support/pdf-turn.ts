/**
 * Pages of a real PDF turned, moved or shrunk the ways pages come in published reports, written as an
 * incremental update (new versions of the page objects after the file's own end, as a PDF editor saves a
 * change): the file's fonts, text and rulings stay byte for byte.
 *
 * - `ccw`: the page's content drawn turned a quarter counter-clockwise in a landscape box, with `/Rotate 90`
 *   to show it upright — how printer drivers write a landscape page (the text runs up the page's own space);
 *   `ccw-float` the same with the turn written as a program computes it (cos 90° = 6.123233995736766e-17,
 *   not 0);
 * - `cw`: turned clockwise, with `/Rotate 270`;
 * - `sideways`: `/Rotate 90` alone (a page turned in a viewer and saved: its upright text shown sideways);
 * - `moved`: not turned, its box and content moved off the origin (`/MediaBox [-30 40 565.3 881.9]`), as
 *   cropping tools and some converters leave a page;
 * - `half`: its content shrunk to half its size about the page's centre, as printing a wide table "fit to
 *   page" does (a narrow column's cells 5 points wide).
 *
 * `insertPage` adds a page of the caller's own (a contents page before the report, say), in the same way.
 *
 * For PDFs with a classic cross-reference table and page objects in plain text (LibreOffice's, Chromium's).
 */
import { chineseFont } from './pdf.js';

export type Turn = 'ccw' | 'ccw-float' | 'cw' | 'sideways' | 'moved' | 'half';

const num = (n: number): string => String(Math.round(n * 10000) / 10000);

/** An incremental update of a PDF: its objects read, new versions and new objects written after its end. */
function update(pdf: Uint8Array): {
  text: string;
  object: (n: number) => string;
  /** The page tree's root: its object number, dictionary and kids. */
  tree: { num: number; dict: string; kids: number[] };
  /** Writes object `n` (a new one when `n` is undefined); its number. */
  write: (n: number | undefined, body: string) => number;
  stream: (content: string) => number;
  /** The PDF with the objects written. */
  finish: () => Uint8Array;
} {
  const text = Buffer.from(pdf).toString('latin1');
  const object = (n: number): string => {
    const m = new RegExp(`(?:^|[\\r\\n])${n} 0 obj\\s*(<<[\\s\\S]*?>>)\\s*endobj`).exec(text);
    if (!m) throw new Error(`object ${n} not found`);
    return m[1]!;
  };
  const root = /(?:^|[\r\n])(\d+) 0 obj\s*(<<\s*\/Type\s*\/Pages[\s\S]*?>>)\s*endobj/.exec(text);
  if (!root) throw new Error('no page tree');
  const kids = [.../\/Kids\s*\[([^\]]*)\]/.exec(root[2]!)![1]!.matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));
  const startxref = Number(/startxref\s+(\d+)\s*%%EOF\s*$/.exec(text)?.[1]);
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(text)?.[1] ?? '';
  let size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const keep = ['Root', 'Info'].map((k) => new RegExp(`/${k}\\s+\\d+\\s+0\\s+R`).exec(trailer)?.[0] ?? '').join(' ');
  const id = /\/ID\s*\[[^\]]*\]/.exec(trailer)?.[0] ?? '';
  const out: string[] = [];
  const offsets = new Map<number, number>();
  let at = text.length;
  const write = (n: number | undefined, body: string): number => {
    const k = n ?? size++;
    const chunk = `\n${k} 0 obj\n${body}\nendobj\n`;
    offsets.set(k, at + 1);
    out.push(chunk);
    at += chunk.length;
    return k;
  };
  return {
    text,
    object,
    tree: { num: Number(root[1]), dict: root[2]!, kids },
    write,
    stream: (content) => write(undefined, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`),
    finish: () => {
      const xref = [...offsets].sort((a, b) => a[0] - b[0]).map(([n, o]) => `${n} 1\n${String(o).padStart(10, '0')} 00000 n \n`).join('');
      out.push(`xref\n${xref}trailer\n<< /Size ${size} ${keep} ${id} /Prev ${startxref} >>\nstartxref\n${at}\n%%EOF\n`);
      return new Uint8Array(Buffer.from(text + out.join(''), 'latin1'));
    },
  };
}

export function turnPages(pdf: Uint8Array, turns: Record<number, Turn>): Uint8Array {
  const u = update(pdf);
  for (const [index, turn] of Object.entries(turns)) {
    const n = u.tree.kids[Number(index)];
    if (n === undefined) throw new Error(`no page ${index}`);
    let dict = u.object(n);
    const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(dict);
    const [x0, y0, x1, y1] = box ? box.slice(1).map(Number) as [number, number, number, number] : [0, 0, 595.28, 841.89];
    const [w, h] = [x1 - x0, y1 - y0];
    if (turn !== 'sideways') {
      const cos = turn === 'ccw-float' ? '0.00000000000000006123233995736766' : '0';
      // (x, y) → (h − y, x) counter-clockwise; (x, y) → (y, w − x) clockwise, the box's own origin first;
      // moved: (x, y) → (x + dx, y + dy) in a box moved alike; half: about the box's centre.
      const [dx, dy] = [-30, 40];
      const cm =
        turn === 'half'
          ? `0.5 0 0 0.5 ${num(x0 / 2 + w / 4)} ${num(y0 / 2 + h / 4)} cm`
          : turn === 'moved'
          ? `1 0 0 1 ${num(dx - x0)} ${num(dy - y0)} cm`
          : turn === 'cw'
            ? `0 -1 1 0 0 ${num(w)} cm 1 0 0 1 ${num(-x0)} ${num(-y0)} cm`
            : `${cos} 1 -1 ${cos} ${num(h)} 0 cm 1 0 0 1 ${num(-x0)} ${num(-y0)} cm`;
      const before = u.stream(`q ${cm}\n`);
      const after = u.stream('\nQ\n');
      const contents = /\/Contents\s*(\d+\s+0\s+R|\[[^\]]*\])/.exec(dict);
      if (!contents) throw new Error(`page ${index} has no contents`);
      const own = contents[1]!.startsWith('[') ? contents[1]!.slice(1, -1) : contents[1]!;
      dict = dict.replace(contents[0], `/Contents [${before} 0 R ${own} ${after} 0 R]`);
      const newBox = turn === 'half' ? undefined : turn === 'moved' ? `/MediaBox [${dx} ${dy} ${num(w + dx)} ${num(h + dy)}]` : `/MediaBox [0 0 ${num(h)} ${num(w)}]`;
      if (newBox) dict = box ? dict.replace(box[0], newBox) : dict.replace(/>>$/, `${newBox}>>`);
    }
    if (turn !== 'moved' && turn !== 'half') dict = dict.replace(/\/Rotate\s+-?\d+/, '').replace(/>>$/, ` /Rotate ${turn === 'cw' ? 270 : 90}>>`);
    u.write(n, dict);
  }
  return u.finish();
}

/**
 * The PDF with a page inserted before page `before` (0-based), its content stream `content` written with the
 * Chinese font of tests/support/pdf.ts (`/ZH`: STSong-Light, not embedded, UniGB-UCS2-H; textAt writes it) on an
 * A4 page, as an incremental update (a new version of the page tree's root).
 */
export function insertPage(pdf: Uint8Array, before: number, content: string): Uint8Array {
  const u = update(pdf);
  const font = u.write(undefined, chineseFont('UniGB-UCS2-H'));
  const stream = u.stream(content);
  const page = u.write(undefined, `<< /Type /Page /Parent ${u.tree.num} 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /ZH ${font} 0 R >> >> /Contents ${stream} 0 R >>`);
  const kids = [...u.tree.kids];
  kids.splice(before, 0, page);
  const dict = u.tree.dict.replace(/\/Kids\s*\[[^\]]*\]/, `/Kids [${kids.map((k) => `${k} 0 R`).join(' ')}]`).replace(/\/Count\s+\d+/, `/Count ${kids.length}`);
  u.write(u.tree.num, dict);
  return u.finish();
}
