/**
 * Text for a terminal (or a CI log, which renders escape sequences too): file names and report text
 * come from anyone, and a control character in them could move the cursor, clear the screen, set the
 * window title, hide text or reverse its direction (`invoice` + U+202E + `fdp.exe` shows as
 * `invoiceexe.pdf`). Every such character is shown as an escape instead: C0 controls except line feed and
 * tab, DEL and C1 controls as `\x1b`, the bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) as `\u202e`; bytes of a file name that are not UTF-8 (see src/node/files.ts) as
 * `\xff`, other lone surrogates as `\ud800`.
 *
 * Used by the pretty and github outputs and on standard error. JSON, SARIF and HTML keep the real
 * strings: they are data (HTML escapes them its own way).
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** `text` with every control character, bidi override and lone surrogate shown as an escape. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const c = ch.charCodeAt(0);
    if (c <= 0x9f) return `\\x${hex(c, 2)}`;
    // A byte of a file name that is not UTF-8 (U+DC80–U+DCFF): the byte.
    if (c >= 0xdc80 && c <= 0xdcff) return `\\x${hex(c - 0xdc00, 2)}`;
    return `\\u${hex(c, 4)}`;
  });
}
