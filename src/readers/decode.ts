/**
 * Text decoding for text-based inputs (CSV, HTML, plain text): a BOM, then strict UTF-8, then
 * GB18030 (a superset of GBK/GB2312, what Excel and WPS save on Chinese Windows). Big5 is tried when
 * GB18030 decoding produces replacement characters. `--encoding` overrides detection.
 */
import { ReadError } from '../errors.js';
import { because } from './reason.js';

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

/**
 * Characters common in these reports, simplified and traditional: the vocabulary of the official
 * headings and labels and frequent function words. Mojibake (Big5 read as GBK or the reverse) is made
 * of rare characters, so counting these tells the right decoding.
 */
const COMMON = new Set(
  '政府信息公开開工作年度报報告总總体體情况況主动動申请請处處理结結果复復议議诉訴讼訟行办辦件数數量本新收上转轉下继繼续續予以部分不同意无無法提供属屬于於机機关關掌握范範围圍内內其他非正常重的一是了在人有中国國区區县縣市省会會和为為对對与與及等方面个個月日至起止第二三四五六七八九十百千万萬元费費用自然组組织織商业業企科研构構社社益律师師务務所展进進加强強规規制建设設网網站平台臺发發布解读讀回应應注点點领領域实實验驗综綜合管委员員局厅廳镇鎮乡鄉街道存问問题題改措施计計划劃年报報告期限时時间間统統截止为止共条條次件份项項目'
    .split(''),
);

function commonScore(text: string): number {
  let n = 0;
  for (const ch of text) if (COMMON.has(ch)) n++;
  return n;
}

/** Decodes bytes to text. Throws ReadError (read-error/unreadable) for an unknown --encoding or undecodable bytes. */
export function decodeText(bytes: Uint8Array, encoding?: string): Decoded {
  if (encoding) {
    let decoder: InstanceType<typeof TextDecoder>;
    try {
      decoder = new TextDecoder(encoding, { fatal: true });
    } catch {
      throw new ReadError('read-error', 'unreadable', because(`unknown encoding "${encoding}"`, `未知的编码“${encoding}”`));
    }
    try {
      return { text: decoder.decode(bytes).replace(/^\uFEFF/, ''), encoding: decoder.encoding };
    } catch {
      throw new ReadError('read-error', 'unreadable', because(`the file is not valid ${encoding}`, `文件不是有效的 ${encoding} 编码`));
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
  const gbOk = gb !== undefined && !gb.includes('\uFFFD');
  const big5 = tryDecode(bytes, 'big5');
  const big5Ok = big5 !== undefined && !big5.includes('\uFFFD');
  // Every Big5 byte sequence is also valid GBK, so Big5 text used to come out as GB18030 mojibake.
  // When both decode, the one with more common report characters wins (ties go to GB18030).
  if (gbOk && big5Ok && commonScore(big5) > commonScore(gb)) return { text: big5, encoding: 'big5' };
  if (gbOk) return { text: gb, encoding: 'gb18030' };
  if (big5Ok) return { text: big5, encoding: 'big5' };
  throw new ReadError('read-error', 'unreadable', because('the text encoding could not be detected (not UTF-8, GB18030/GBK or Big5); use --encoding', '无法识别文本编码（不是 UTF-8、GB18030/GBK 或 Big5），请用 --encoding 指定'));
}

/** The charset a HTML page declares in a meta tag, if any (looked for in the first 4 KB as ASCII). */
export function htmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}
