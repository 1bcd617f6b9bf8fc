/**
 * Text decoding for text-based inputs (CSV, HTML, plain text): a BOM, then strict UTF-8, then
 * GB18030 (a superset of GBK/GB2312, what Excel and WPS save on Chinese Windows). Big5 is tried when
 * GB18030 decoding produces replacement characters. `--encoding` overrides detection.
 */
import { ReadError } from '../errors.js';

export interface Decoded {
  text: string;
  /** The encoding used, as a WHATWG label: utf-8, utf-16le, utf-16be, gb18030, big5, … */
  encoding: string;
}

function tryDecode(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes bytes to text. Throws ReadError (read-error/unreadable) for an unknown --encoding or undecodable bytes. */
export function decodeText(bytes: Uint8Array, encoding?: string): Decoded {
  if (encoding) {
    let decoder: InstanceType<typeof TextDecoder>;
    try {
      decoder = new TextDecoder(encoding, { fatal: true });
    } catch {
      throw new ReadError('read-error', 'unreadable', { reason: `unknown encoding "${encoding}" / 未知的编码“${encoding}”` });
    }
    try {
      return { text: decoder.decode(bytes).replace(/^\uFEFF/, ''), encoding: decoder.encoding };
    } catch {
      throw new ReadError('read-error', 'unreadable', { reason: `the file is not valid ${encoding} / 文件不是有效的 ${encoding} 编码` });
    }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode(bytes.subarray(3), 'utf-8');
    if (text !== undefined) return { text, encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== undefined && !gb.includes('\uFFFD')) return { text: gb, encoding: 'gb18030' };
  const big5 = tryDecode(bytes, 'big5');
  if (big5 !== undefined && !big5.includes('\uFFFD')) return { text: big5, encoding: 'big5' };
  throw new ReadError('read-error', 'unreadable', {
    reason: 'the text encoding could not be detected (not UTF-8, GB18030/GBK or Big5); use --encoding / 无法识别文本编码，请用 --encoding 指定',
  });
}

/** The charset a HTML page declares in a meta tag, if any (looked for in the first 4 KB as ASCII). */
export function htmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}
