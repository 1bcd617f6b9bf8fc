/**
 * GBK, Big5 and GB18030 bytes for tests and fixture scripts. Node's TextEncoder only writes UTF-8, so the reverse tables are built
 * from the decoders: every 2-byte sequence is decoded once and each character maps back to its bytes.
 */
export type Legacy = 'gbk' | 'big5' | 'gb18030';

const tables = new Map<string, Map<string, number[]>>();

function table(label: Legacy): Map<string, number[]> {
  let t = tables.get(label);
  if (t) return t;
  t = new Map();
  const dec = new TextDecoder(label);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const s = dec.decode(new Uint8Array([lead, trail]));
      if (s.length >= 1 && !s.includes('\ufffd') && [...s].length === 1 && !t.has(s)) t.set(s, [lead, trail]);
    }
  }
  tables.set(label, t);
  return t;
}

/**
 * Encodes text in GBK, Big5 or GB18030 (its two-byte codes, which cover the BMP characters reports use);
 * throws for a character the table does not have.
 */
export function encodeLegacy(text: string, label: Legacy): Uint8Array {
  const t = table(label);
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const b = t.get(ch);
      if (!b) throw new Error(`${label} has no ${ch} (U+${c.toString(16)})`);
      out.push(...b);
    }
  }
  return new Uint8Array(out);
}
